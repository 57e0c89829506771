/**
 * `npx tsx bench/ship-timeline.ts [--seeds N] [--from K] [--scenario path] [--raids]`: the fate of
 * each of Japan's named carriers and battleships, game against history. Historical bot against
 * historical bot, seeds K..K+N-1 (default 1..100), single-threaded. For each ship: the share of
 * games she is sunk in each year, by what (air strike at sea, gunfire, port strike, torpedo), the
 * share afloat on 1 January 1945 with where she lies and her mean aircraft then, and the share
 * afloat at the end — next to her real fate. `--raids` lists every carrier strike on a Japanese
 * port in 1945 (turn, port, carriers, aircraft, what it sank). `--trace <ship id>` prints, for
 * each game in which that ship is sunk before 1945, her story from the first battle she is hit in:
 * each battle that hit her (area, damage before and after, the two sides' strength, the Japanese
 * heavy ships and US carriers there) and her yard visits. Made for docs/CALIBRATION.md §1l.
 */
import { policyByName } from '../src/ai/registry';
import { createGame, readJapaneseIntentions, resolveTurn } from '../src/engine/index';
import type { ForceState } from '../src/engine/state';
import { flag, option, scenarioWorld, word } from './cli-args';

/** Each ship's real fate (B9 B13 B14 B17 B18): month and how, or afloat at the surrender. */
const HISTORY: Record<string, string> = {
  akagi: '1942-06 air (Midway)',
  kaga: '1942-06 air (Midway)',
  soryu: '1942-06 air (Midway)',
  hiryu: '1942-06 air (Midway)',
  shoho: '1942-05 air (Coral Sea)',
  ryujo: '1942-08 air (E. Solomons)',
  hiei: '1942-11 gun+air (Guadalcanal)',
  kirishima: '1942-11 gunfire (Guadalcanal)',
  mutsu: '1943-06 explosion (Hashirajima)',
  shokaku: '1944-06 torpedo (Philippine Sea)',
  taiho: '1944-06 torpedo (Philippine Sea)',
  hiyo: '1944-06 air (Philippine Sea)',
  zuikaku: '1944-10 air (Engaño)',
  zuiho: '1944-10 air (Engaño)',
  chitose: '1944-10 air (Engaño)',
  chiyoda: '1944-10 air+gun (Engaño)',
  musashi: '1944-10 air (Sibuyan Sea)',
  fuso: '1944-10 gunfire (Surigao)',
  yamashiro: '1944-10 gunfire (Surigao)',
  kongo: '1944-11 torpedo (Formosa Strait)',
  shinano: '1944-11 torpedo (maiden voyage)',
  unryu: '1944-12 torpedo (East China Sea)',
  yamato: '1945-04 air (Ten-Gō)',
  haruna: '1945-07 port strike (Kure)',
  ise: '1945-07 port strike (Kure)',
  hyuga: '1945-07 port strike (Kure)',
  amagi: '1945-07 port strike (Kure)',
  nagato: 'afloat (damaged, Yokosuka)',
  hosho: 'afloat',
  junyo: 'afloat (torpedoed Dec 1944)',
  ryuho: 'afloat (damaged, Kure)',
  katsuragi: 'afloat (damaged, Kure)',
};
const CLASSES = new Set(['fleet-carrier', 'light-carrier', 'battleship']);
const world = scenarioWorld();
const seeds = option('seeds', 100);
const from = option('from', 1);
const raids = flag('raids');
const traced = word('trace');

interface Tally {
  name: string;
  cls: string;
  games: number;
  sunk: Map<string, number>; // year -> games
  how: Map<string, number>; // "1945 port-strike" -> games
  afloat45: number;
  where45: Map<string, number>;
  aircraft45: number;
  afloatEnd: number;
}
const tallies = new Map<string, Tally>();
const tally = (f: ForceState): Tally => {
  let t = tallies.get(f.id);
  if (!t) {
    const cls = f.type === 'ship' ? f.class : f.type;
    t = {
      name: f.name,
      cls,
      games: 0,
      sunk: new Map(),
      how: new Map(),
      afloat45: 0,
      where45: new Map(),
      aircraft45: 0,
      afloatEnd: 0,
    };
    tallies.set(f.id, t);
  }
  return t;
};
const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
const named = (f: ForceState) => f.side === 'japan' && f.type === 'ship' && CLASSES.has(f.class);
const ends = new Map<string, number>();

for (let s = from; s < from + seeds; s++) {
  const japan = policyByName('historical')!;
  const allies = policyByName('historical')!;
  let state = createGame(world, String(s));
  const seen = new Set<string>();
  let counted45 = false;
  const story: string[] = [];
  let tracedLost = '';
  while (!state.outcome) {
    if (!counted45 && state.date >= '1945-01-01') {
      counted45 = true;
      for (const f of state.forces) {
        if (!named(f) || f.status !== 'active') continue;
        const t = tally(f);
        t.afloat45 += 1;
        bump(t.where45, f.location);
        t.aircraft45 += f.type === 'ship' ? f.aircraft : 0;
      }
    }
    const japanOrders = japan.orders(world, state, 'japan');
    const intel = readJapaneseIntentions(world, state, japanOrders);
    const orders = { japan: japanOrders, allies: allies.orders(world, state, 'allies', { intel }) };
    const { state: after, report } = resolveTurn(world, state, orders);
    const year = report.date.slice(0, 4);
    if (traced) {
      const before = state.forces.find((f) => f.id === traced);
      const now = after.forces.find((f) => f.id === traced);
      for (const item of report.items) {
        if (item.kind !== 'battle' || !item.losses.some((l) => l.force === traced)) continue;
        const heavy = (side: 'japan' | 'allies', classes: string[]) =>
          after.forces
            .filter(
              (f) =>
                f.side === side &&
                f.type === 'ship' &&
                classes.includes(f.class) &&
                (f.location === item.area || item.losses.some((l) => l.force === f.id)),
            )
            .map((f) => f.id)
            .join(',');
        story.push(
          `  ${report.date.slice(0, 7)} ${item.portStrike ? 'port strike ' : ''}${item.area}: ${before?.type === 'ship' ? before.damage : '?'}% -> ${now?.status === 'lost' ? 'SUNK' : now?.type === 'ship' ? `${now.damage}%` : '?'}; strength jp ${item.strength.japan} us ${item.strength.allies} [${item.stages.join(' ')}]; jp heavy ${heavy('japan', ['battleship', 'fleet-carrier', 'light-carrier'])}; us carriers ${heavy('allies', ['fleet-carrier', 'light-carrier'])}`,
        );
      }
      if (now?.status === 'lost' && before?.status === 'active') tracedLost = report.date;
      else if (now?.status === 'active' && before?.location !== now.location && story.length > 0)
        story.push(
          `  ${report.date.slice(0, 7)} at ${now.location} (${now.type === 'ship' ? now.damage : '?'}%)`,
        );
    }
    for (const item of report.items) {
      if (item.kind === 'battle') {
        const portStrike = item.portStrike !== undefined;
        if (raids && portStrike && year === '1945' && item.area === 'home-islands') {
          const jp = item.losses.filter((l) => l.side === 'japan' && l.destroyed).map((l) => l.name);
          const hit = item.losses
            .filter((l) => l.side === 'japan' && !l.destroyed && l.amount > 0)
            .map((l) => `${l.name} ${l.amount}%`);
          console.log(
            `seed ${s} ${report.date.slice(0, 7)} strike ${item.strength.allies}: sunk [${jp.join(', ')}] hit [${hit.join(', ')}]`,
          );
        }
        for (const l of item.losses) {
          if (!l.destroyed) continue;
          const f = after.forces.find((x) => x.id === l.force);
          if (!f || !named(f)) continue;
          const fire = l.cause.code === 'fire' ? l.cause.fire : l.cause.code;
          const how = portStrike ? 'port-strike' : `${fire}@${item.area}`;
          bump(tally(f).sunk, year);
          bump(tally(f).how, `${report.date.slice(0, 7)} ${how}`);
        }
      } else if (item.kind === 'damage' && item.destroyed) {
        const f = after.forces.find((x) => x.id === item.force);
        if (!f || !named(f)) continue;
        bump(tally(f).sunk, year);
        bump(tally(f).how, `${report.date.slice(0, 7)} ${item.cause.code}`);
      }
    }
    state = after;
  }
  if (traced && tracedLost !== '' && tracedLost < '1945-01-01')
    console.log(`seed ${s}: ${traced} sunk ${tracedLost.slice(0, 7)}\n${story.join('\n')}`);
  bump(ends, state.date.slice(0, 7));
  for (const f of state.forces) {
    if (!named(f)) continue;
    const t = tally(f);
    if (!seen.has(f.id)) t.games += 1;
    seen.add(f.id);
    if (f.status === 'active') t.afloatEnd += 1;
  }
}

const pct = (n: number) => `${Math.round((n * 100) / seeds)}%`.padStart(4);
console.log(
  `Japan's capital ships, historical v historical, seeds ${from}..${from + seeds - 1} (share of games)`,
);
console.log(
  `End of play: ${[...ends]
    .sort()
    .map(([d, n]) => `${d} ${n}`)
    .join(', ')}`,
);
const order = ['fleet-carrier', 'light-carrier', 'battleship'];
const rows = [...tallies].sort((a, b) => order.indexOf(a[1].cls) - order.indexOf(b[1].cls));
console.log(
  '| ship | class | history | sunk 1942 / 43 / 44 / 45 | afloat 1 Jan 1945 (where; aircraft) | afloat at end | commonest losses |',
);
console.log('|---|---|---|---|---|---|---|');
const sums = new Map<string, number>();
for (const [id, t] of rows) {
  const years = ['1942', '1943', '1944', '1945'].map((y) => pct(t.sunk.get(y) ?? 0)).join(' /');
  for (const y of ['1941', '1942', '1943', '1944', '1945'])
    bump(sums, `${t.cls} ${y}`, (t.sunk.get(y) ?? 0) / seeds);
  bump(sums, `${t.cls} afloat45`, t.afloat45 / seeds);
  const where = [...t.where45]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([w, n]) => `${w} ${pct(n).trim()}`)
    .join(', ');
  const air = t.afloat45 > 0 ? Math.round(t.aircraft45 / t.afloat45) : 0;
  const how = [...t.how]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([w, n]) => `${w} ${pct(n).trim()}`)
    .join('; ');
  console.log(
    `| ${t.name} | ${t.cls} | ${HISTORY[id] ?? '?'} | ${years} | ${pct(t.afloat45)} (${where}; ${air}) | ${pct(t.afloatEnd)} | ${how} |`,
  );
}
console.log('\nMeans a game (sunk by year; afloat on 1 January 1945):');
for (const c of order) {
  const ys = ['1942', '1943', '1944', '1945'].map((y) => (sums.get(`${c} ${y}`) ?? 0).toFixed(2)).join(' / ');
  console.log(
    `  ${c}: sunk 1942/43/44/45 ${ys}; afloat 1 Jan 1945 ${(sums.get(`${c} afloat45`) ?? 0).toFixed(2)}`,
  );
}

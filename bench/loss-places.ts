/**
 * `npx tsx bench/loss-places.ts [--seeds N] [--from K] [--scenario path]`: for each of the Japanese
 * capital ships history lost in 1944–45, what happens in the game in the month and sea area of her
 * real loss. Historical bot against historical bot, seeds K..K+N-1 (default 1..100), single-threaded.
 * For each loss: the share of games in which she is already sunk before that month, afloat but
 * elsewhere (where), at the place; and at the place: a battle fought there that month, she hit in
 * it (mean damage after), she withdrew, she sunk; Allied submarine boats there (mean) and torpedo
 * attacks on her. Made for docs/CALIBRATION.md §1n.
 */
import { isSubmarine } from '../src/engine/combat-values';
import { option, scenarioWorld } from './cli-args';
import { historicalTurns } from './historical-game';

/** Each 1944–45 loss (B13 B14 B17 B18): ship, month, the game's sea area or port, how. */
const LOSSES: [string, string, string, string][] = [
  ['taiho', '1944-06', 'philippine-sea', 'torpedo (Albacore)'],
  ['shokaku', '1944-06', 'philippine-sea', 'torpedo (Cavalla)'],
  ['hiyo', '1944-06', 'philippine-sea', 'air'],
  ['musashi', '1944-10', 'philippine-sea', 'air (Sibuyan Sea)'],
  ['fuso', '1944-10', 'philippine-sea', 'gunfire (Surigao)'],
  ['yamashiro', '1944-10', 'philippine-sea', 'gunfire (Surigao)'],
  ['zuikaku', '1944-10', 'philippine-sea', 'air (Engaño)'],
  ['kongo', '1944-11', 'east-china-sea', 'torpedo (Sealion)'],
  ['shinano', '1944-11', 'home-islands', 'torpedo (Archerfish)'],
  ['unryu', '1944-12', 'east-china-sea', 'torpedo (Redfish)'],
  ['yamato', '1945-04', 'east-china-sea', 'air (Ten-Gō)'],
  ['haruna', '1945-07', 'home-islands', 'port strike'],
  ['ise', '1945-07', 'home-islands', 'port strike'],
  ['hyuga', '1945-07', 'home-islands', 'port strike'],
  ['amagi', '1945-07', 'home-islands', 'port strike'],
];
const world = scenarioWorld();
const seeds = option('seeds', 100);
const from = option('from', 1);
interface Row {
  gone: number;
  notYet: number;
  ended: number;
  elsewhere: Map<string, number>;
  there: number;
  battle: number;
  hit: number;
  damageAfter: number;
  withdrew: number;
  sunkThere: number;
  sunkMonth: number;
  boats: number;
  torpedoes: number;
}
const rows = new Map<string, Row>();
for (const [id] of LOSSES)
  rows.set(id, {
    gone: 0,
    notYet: 0,
    ended: 0,
    elsewhere: new Map(),
    there: 0,
    battle: 0,
    hit: 0,
    damageAfter: 0,
    withdrew: 0,
    sunkThere: 0,
    sunkMonth: 0,
    boats: 0,
    torpedoes: 0,
  });
for (let s = from; s < from + seeds; s++) {
  const seen = new Set<string>();
  for (const { before: state, after, report } of historicalTurns(world, String(s))) {
    const month = report.date.slice(0, 7);
    for (const [id, when, place] of LOSSES) {
      if (when !== month) continue;
      seen.add(id);
      const r = rows.get(id)!;
      const before = state.forces.find((f) => f.id === id);
      const now = after.forces.find((f) => f.id === id);
      if (!before || !now) {
        r.notYet += 1;
        continue;
      }
      if (before.status !== 'active') {
        r.gone += 1;
        continue;
      }
      // Where she ended the turn, or was lost.
      const battles = report.items.filter((i) => i.kind === 'battle' && i.area === place && !i.portStrike);
      const strikes = report.items.filter((i) => i.kind === 'battle' && i.area === place && i.portStrike);
      const inBattle = [...battles, ...strikes].some(
        (i) => i.kind === 'battle' && i.losses.some((l) => l.force === id),
      );
      if (now.location !== place && !inBattle && now.status === 'active') {
        const k = now.location;
        r.elsewhere.set(k, (r.elsewhere.get(k) ?? 0) + 1);
        continue;
      }
      r.there += 1;
      if (battles.length + strikes.length > 0) r.battle += 1;
      for (const i of [...battles, ...strikes]) {
        if (i.kind !== 'battle') continue;
        const l = i.losses.find((x) => x.force === id);
        if (!l) continue;
        r.hit += 1;
        if (l.cause.code === 'fire' && l.cause.left === 'withdrew') r.withdrew += 1;
      }
      if (now.status === 'lost') r.sunkThere += 1;
      else if (now.type === 'ship') r.damageAfter += now.damage;
      r.boats += after.forces
        .filter((f) => f.side === 'allies' && f.status === 'active' && isSubmarine(f) && f.location === place)
        .reduce((n, f) => n + (f.type === 'flotilla' ? f.count : 0), 0);
      r.torpedoes += report.items.filter(
        (i) => i.kind === 'damage' && i.force === id && i.cause.code === 'torpedoed',
      ).length;
    }
  }
  for (const [id] of LOSSES) if (!seen.has(id)) rows.get(id)!.ended += 1;
}
console.log(`Japan's 1944–45 losses, at history's month and place; seeds ${from}..${from + seeds - 1}`);
console.log(
  '| ship | month, place, how | sunk before / game over / not yet in the game | elsewhere | at the place | battle there | hit | withdrew | sunk | mean damage if afloat | US boats there (mean) | torpedo attacks |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const [id, when, place, how] of LOSSES) {
  const r = rows.get(id)!;
  const where = [...r.elsewhere]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const afloat = r.there - r.sunkThere;
  console.log(
    `| ${id} | ${when} ${place}, ${how} | ${r.gone} / ${r.ended} / ${r.notYet} | ${where || '-'} | ${r.there} | ${r.battle} | ${r.hit} | ${r.withdrew} | ${r.sunkThere} | ${afloat ? Math.round(r.damageAfter / afloat) : '-'}% | ${r.there ? (r.boats / r.there).toFixed(1) : '-'} | ${r.torpedoes} |`,
  );
}

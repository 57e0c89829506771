/**
 * Report items are data and their words live in src/text (issue 11 item 5): every stock-change
 * code, every control and detection cause has words, naming areas, forces, buildables and events
 * by name; and a game the engine plays gives every stock change, change of hands and search as a
 * code, never as words of its own.
 */
import { describe, expect, it } from 'vitest';
import { policyByName } from '../../src/ai/registry';
import {
  type ChangeCode,
  type ControlCause,
  type DetectionCause,
  type EffectDone,
  type ReportItem,
  resolveTurn,
  type StockCause,
  type StockChange,
} from '../../src/engine';
import { battleSummary } from '../../src/text/battle-text';
import { effectText } from '../../src/text/event-text';
import { type ReportNames, reportNames } from '../../src/text/report-names';
import {
  controlCauseText,
  detectionCauseText,
  intelligenceText,
  policyLine,
} from '../../src/text/report-text';
import { changeText } from '../../src/text/stock-text';
import { labWorld, shippingRules, startWith, submarineRules } from '../support/lab';

const NAMES: Record<string, string> = {
  borneo: 'Borneo',
  java: 'Java',
  'home-islands': 'Home Islands',
  'south-china-sea': 'South China Sea',
  'java-sea': 'Java Sea',
  kaga: 'Kaga',
  'sixteenth-army': '16th Army',
  'escort-1': 'Escort flotilla',
  'pearl-harbor': 'Pearl Harbor',
};
const name = (id: string) => NAMES[id] ?? `<${id}>`;
const names: ReportNames = {
  side: (id) => ({ japan: 'Japan', allies: 'Allies' })[id] ?? id,
  area: name,
  force: name,
  buildable: (id) => ({ escort: 'Escort flotilla (4 ships)' })[id] ?? `<${id}>`,
  event: (id) => ({ 'pearl-harbor': 'Pearl Harbor', embargo: 'The oil embargo' })[id] ?? `<${id}>`,
  production: (entry) => (entry === 0 ? 'US war production' : `<entry ${entry}>`),
  resource: (id) => ({ oil: 'Oil' })[id] ?? `<${id}>`,
  unit: (resource) => (resource === 'oil' ? 'thousand barrels' : ''),
  flag: (id) => ({ embargo: 'Oil embargo' })[id] ?? `<${id}>`,
};

/** One cause of every code, with the words it reads as (a code missing here fails to type-check). */
const EVERY_CHANGE: { [K in ChangeCode]: [Extract<StockCause, { code: K }>, string] } = {
  produced: [
    { code: 'produced', area: 'borneo', fields: 40, kept: 80, full: 1200 },
    'produced in Borneo (fields at 40% after sabotage) (rationing keeps 80% of 1,200)',
  ],
  'southern-stock-cut-off': [
    { code: 'southern-stock-cut-off', stock: 8667, capital: 'home-islands', held: [] },
    '8,667 in the southern stock cannot be loaded for Home Islands: no southern oil field where tankers load is held; ships in the southern zone can still burn it there',
  ],
  'output-cut-off': [
    { code: 'output-cut-off', area: 'java', capital: 'home-islands', output: 2700, resource: 'oil' },
    'Java is cut off from Home Islands: its 2,700 thousand barrels cannot be shipped home',
  ],
  'loaded-into-tankers': [
    { code: 'loaded-into-tankers', capital: 'home-islands' },
    'loaded into tankers for Home Islands',
  ],
  'shipped-home': [
    {
      code: 'shipped-home',
      from: [
        { area: 'borneo', amount: 700, fields: 50 },
        { area: 'java', amount: 1500, southernStock: true },
      ],
    },
    'shipped home from Borneo 700 (fields at 50% after sabotage), the southern stock at Java (1,500 in store)',
  ],
  'lost-at-sea': [{ code: 'lost-at-sea', cargo: 120 }, '120 went down with the ships on the way'],
  'left-behind-closed': [
    { code: 'left-behind-closed', cargo: 1200, closed: ['south-china-sea', 'java-sea'] },
    '1,200 left behind: no convoys sail through South China Sea, Java Sea',
  ],
  'left-behind-short': [
    {
      code: 'left-behind-short',
      cargo: 300,
      ships: 'freighters',
      tonnage: 900,
      garrisons: 600,
      sailings: 50,
    },
    '300 left behind: 900 thousand GT of freighters, 600 of them supplying garrisons overseas (50% of them sent to sea), cannot carry it all',
  ],
  'not-worked-up': [
    { code: 'not-worked-up', cargo: 8, percent: 80 },
    '8 not worked up: rationing keeps 80% of industry',
  ],
  scheduled: [{ code: 'scheduled', entry: 0 }, 'US war production'],
  sunk: [
    {
      code: 'sunk',
      by: 'submarines',
      areas: [
        // Summing to the loop's amount (5): a line that is part of the areas' total says so (play29).
        { area: 'south-china-sea', kgt: 3 },
        { area: 'java-sea', kgt: 2 },
      ],
    },
    'sunk by submarines (South China Sea 3, Java Sea 2)',
  ],
  'mines-laid': [
    {
      code: 'mines-laid',
      areas: [
        { area: 'south-china-sea', mines: 120 },
        { area: 'java-sea', mines: 30 },
      ],
    },
    'laid by the minelayers (South China Sea 120, Java Sea 30)',
  ],
  'oil-economy': [{ code: 'oil-economy' }, 'the economy and the home front'],
  'oil-sortie': [
    { code: 'oil-sortie', force: 'sixteenth-army', to: 'borneo', south: true },
    '16th Army to Borneo (southern stock)',
  ],
  'oil-idle': [
    { code: 'oil-idle', zone: true, south: true },
    'ships in port and on station in the southern zone (southern stock)',
  ],
  'oil-restrike': [
    { code: 'oil-restrike', force: 'kaga', from: 'java-sea', port: 'borneo', south: true },
    'Kaga stayed in Java Sea to strike Borneo (southern stock)',
  ],
  'oiler-loaded': [{ code: 'oiler-loaded', force: 'kaga', area: 'borneo' }, 'loaded into Kaga at Borneo'],
  'pilot-training': [{ code: 'pilot-training', pilots: 60 }, 'training 60 pilots'],
  'air-replacements': [{ code: 'air-replacements', force: 'kaga' }, 'replacements for Kaga'],
  'build-ordered': [
    { code: 'build-ordered', item: 'escort', count: 2 },
    '2 × Escort flotilla (4 ships) ordered',
  ],
  'build-completed': [{ code: 'build-completed', item: 'escort' }, 'Escort flotilla (4 ships) completed'],
  event: [{ code: 'event', event: 'embargo' }, 'The oil embargo'],
  'ship-sunk': [{ code: 'ship-sunk', force: 'kaga' }, 'Kaga sunk'],
  'troops-lost': [{ code: 'troops-lost', troops: 35 }, '35 thousand men lost in battle'],
  bombing: [
    { code: 'bombing', bombers: 400, bases: ['java', 'borneo'], stopped: 10 },
    'strategic bombing: 400 bombers from Java, Borneo, 10% stopped by fighters',
  ],
  'will-pressure': [
    { code: 'will-pressure', parts: { oil: -2, territory: 1 } },
    'the situation: oil running out −2, territory lost to the enemy +1',
  ],
  'will-shock': [
    { code: 'will-shock', event: 'pearl-harbor', percent: 60 },
    'Pearl Harbor (60% of its full weight)',
  ],
};

const EVERY_CONTROL: { [K in ControlCause['code']]: [Extract<ControlCause, { code: K }>, string] } = {
  unopposed: [{ code: 'unopposed' }, 'Japanese troops hold Borneo: no Allied troops remain there'],
  event: [{ code: 'event', event: 'pearl-harbor' }, 'Pearl Harbor'],
};

const EVERY_DETECTION: { [K in DetectionCause['code']]: [Extract<DetectionCause, { code: K }>, string] } = {
  'code-breakers': [
    { code: 'code-breakers' },
    'code-breakers had read the Japanese plan: the Allies were waiting',
  ],
  search: [
    { code: 'search', aircraft: true, ambush: true },
    'searched with aircraft, against an enemy already in position',
  ],
  crossing: [
    { code: 'crossing', aircraft: false },
    'searched without aircraft for enemy forces crossing Java Sea',
  ],
};

const EVERY_EFFECT: { [K in EffectDone['code']]: [Extract<EffectDone, { code: K }>, string] } = {
  resource: [
    { code: 'resource', side: 'japan', resource: 'oil', amount: -1500 },
    'Japan: Oil −1,500 thousand barrels',
  ],
  flag: [{ code: 'flag', flag: 'embargo', value: true }, 'Oil embargo: now in force'],
  control: [{ code: 'control', area: 'java', to: 'neutral' }, 'Java passes to neutral'],
  reinforce: [{ code: 'reinforce', force: 'sixteenth-army', area: 'borneo' }, 'Arrived at Borneo: 16th Army'],
  damage: [{ code: 'damage', force: 'kaga', amount: 40, destroyed: false }, 'Kaga damaged (40%)'],
  'no-target': [{ code: 'no-target', force: 'kaga' }, 'Kaga: not present, no damage'],
  message: [{ code: 'message', text: 'The fleet sails.' }, 'The fleet sails.'],
  will: [
    { code: 'will', side: 'allies', amount: -6, percent: 60, max: -10, why: 'a shock' },
    'Allies: national will −6 (60% of 10: a shock)',
  ],
  end: [{ code: 'end', outcome: 'japan-surrenders' }, 'the game ends: Japan surrenders'],
};

describe('the words of report items given as data', () => {
  it('has words for every stock-change code, with names for ids', () => {
    for (const [cause, words] of Object.values(EVERY_CHANGE)) {
      expect(changeText({ amount: -5, cause }, names), cause.code).toBe(words);
    }
  });

  it('says that a convoy policy of 0% keeps the ships in port, not that they are too few (a student chose 0%)', () => {
    const cause = {
      code: 'left-behind-short',
      cargo: 37,
      ships: 'freighters',
      tonnage: 5420,
      garrisons: 323,
      sailings: 0,
    } as const;
    expect(changeText({ cause, amount: 0 }, names)).toBe(
      '37 left behind: the convoy policy keeps every freighter in port (0% at sea, under Orders → Home front)',
    );
  });

  it('says when the stock’s bounds held a change back', () => {
    const change: StockChange = { amount: -20, asked: -30, cause: { code: 'pilot-training', pilots: 60 } };
    expect(changeText(change, names)).toBe('training 60 pilots (−30 asked; the stock cannot go lower)');
  });

  it('has words for every effect of an event', () => {
    for (const [effect, words] of Object.values(EVERY_EFFECT)) expect(effectText(effect, names)).toBe(words);
    // A unit's range is not read after the number (play8, the Oil Clock's Pearl Harbor: "+5 points (0–100)").
    const will = { ...names, resource: () => 'National will', unit: () => 'points (0–100)' };
    expect(effectText({ code: 'resource', side: 'allies', resource: 'will', amount: 8 }, will)).toBe(
      'Allies: National will +8 points',
    );
  });

  it('words what the code-breakers read', () => {
    expect(intelligenceText({ read: false, destinations: [] }, names.area)).toBe(
      'Code-breakers could not read enough Japanese traffic this turn to learn their plans.',
    );
    expect(intelligenceText({ read: true, destinations: [] }, names.area)).toBe(
      'Code-breakers read Japanese traffic: no major movement is planned.',
    );
    const destinations = [
      { area: 'java-sea', forces: ['Kaga', 'Akagi'] },
      { area: 'borneo', forces: ['16th Army'] },
    ];
    expect(intelligenceText({ read: true, destinations }, names.area)).toBe(
      'Code-breakers read Japanese traffic: Kaga, Akagi heading for Java Sea; 16th Army heading for Borneo.',
    );
  });

  it('words a battle and a carrier strike on a port from their data', () => {
    const loss = {
      side: 'allies',
      force: 'kaga',
      name: 'USS Arizona',
      amount: 100,
      aircraft: 0,
      destroyed: true,
    } as const;
    const battle = {
      kind: 'battle',
      area: 'java-sea',
      stages: ['air', 'surface'],
      strength: { japan: 10, allies: 8 },
      firstStrike: 'japan',
      losses: [{ ...loss, cause: { code: 'surrendered', men: 0 } }],
      aircraftLost: { japan: 12, allies: 30 },
      pilotsLost: { japan: 6, allies: 15 },
    } satisfies ReportItem;
    expect(battleSummary(battle, names.area)).toBe(
      'Battle at Java Sea (air, surface): Japan found the enemy first and struck first. Aircraft lost: Japan 12, Allies 30. Sunk or destroyed: USS Arizona.',
    );
    const strike = {
      ...battle,
      area: 'borneo',
      losses: [],
      firstStrike: null,
      portStrike: {
        side: 'japan',
        from: 'java-sea',
        aircraft: 350,
        carriers: 6,
        surprise: false,
        struckBack: true,
      },
    } satisfies ReportItem;
    expect(battleSummary(strike, names.area)).toBe(
      'Carrier air strike on Borneo from Java Sea: 350 aircraft aboard 6 carriers; the port was alert: AA opened at once and its aircraft struck back. Aircraft lost: Japan 12, Allies 30. No ship was sunk.',
    );
    // Two destroyers sunk from a flotilla that is not wiped out (play25: Pearl Harbor's headline
    // said "No ship was sunk" above "Pacific Fleet destroyers: 2 destroyers sunk").
    expect(
      battleSummary(
        { ...strike, losses: [{ ...battle.losses[0]!, amount: 2, destroyed: false }] },
        names.area,
      ),
    ).toBe(
      'Carrier air strike on Borneo from Java Sea: 350 aircraft aboard 6 carriers; the port was alert: AA opened at once and its aircraft struck back. Aircraft lost: Japan 12, Allies 30. No unit was wiped out, but some lost ships, aircraft or men.',
    );
    // Ground fighting alone (play8: Luzon in the Southern Oil Run) names no aircraft; an air battle with none lost does.
    const ground = {
      ...battle,
      area: 'borneo',
      stages: ['ground'],
      losses: [],
      firstStrike: null,
      aircraftLost: { japan: 0, allies: 0 },
    } satisfies ReportItem;
    expect(battleSummary(ground, names.area)).toBe(
      'Battle at Borneo (ground). No ship or unit was destroyed.',
    );
    expect(battleSummary({ ...ground, stages: ['air', 'ground'] }, names.area)).toBe(
      'Battle at Borneo (air, ground). Aircraft lost: Japan 0, Allies 0. No ship or unit was destroyed.',
    );
    // A flotilla that lost 24 of its destroyers is not destroyed: play10 read "No ship or unit was
    // destroyed" above "Seventh Fleet destroyers: 24 ships sunk".
    const partial = {
      ...ground,
      stages: ['air'],
      losses: [
        {
          ...loss,
          name: 'Seventh Fleet destroyers',
          amount: 24,
          destroyed: false,
          cause: { code: 'surrendered', men: 0 },
        },
      ],
    } satisfies ReportItem;
    expect(battleSummary(partial, names.area)).toBe(
      'Battle at Borneo (air). Aircraft lost: Japan 0, Allies 0. No unit was wiped out, but some lost ships, aircraft or men.',
    );
  });

  it('makes the verb of a policy agree with the side (play8: "The Allies sends")', () => {
    const convoys = { kind: 'policy', side: 'allies', policy: 'sailings', level: 40, name: '' } as const;
    expect(policyLine(convoys)).toBe('The Allies send 40% of the cargo fleet to sea');
    expect(policyLine({ ...convoys, side: 'japan' })).toBe('Japan sends 40% of the cargo fleet to sea');
    const rationing = { ...convoys, policy: 'rationing', level: 1, name: 'Wartime cuts' } as const;
    expect(policyLine(rationing)).toBe('The Allies set rationing: Wartime cuts');
    expect(policyLine({ ...rationing, side: 'japan' })).toBe('Japan sets rationing: Wartime cuts');
  });

  it('has words for every change of hands and every search', () => {
    for (const [cause, words] of Object.values(EVERY_CONTROL)) {
      const item = { kind: 'control', area: 'borneo', from: 'allies', to: 'japan', cause } as const;
      expect(controlCauseText(item, names)).toBe(words);
    }
    const allied = {
      kind: 'control',
      area: 'java',
      from: 'japan',
      to: 'allies',
      cause: { code: 'unopposed' },
    } as const;
    expect(controlCauseText(allied, names)).toBe('Allied troops hold Java: no Japanese troops remain there');
    for (const [cause, words] of Object.values(EVERY_DETECTION)) {
      const item = {
        kind: 'detection',
        area: 'java-sea',
        side: 'allies',
        spotted: true,
        chance: 50,
        roll: 3,
        cause,
      } as const;
      expect(detectionCauseText(item, names.area)).toBe(words);
    }
  });
});

describe('the engine words nothing itself', () => {
  it('gives every stock change, change of hands and search of twelve turns as a code with words', () => {
    const world = labWorld((s) => {
      s.rules.shipping = shippingRules;
      s.rules.submarines = submarineRules;
    });
    const random = policyByName('random')!;
    const known = new Set<string>(Object.keys(EVERY_CHANGE));
    const seen = new Set<string>();
    let state = startWith(world, 'words', (st) => {
      st.control.borneo = 'japan';
    });
    const items: { item: ReportItem; names: ReportNames }[] = [];
    for (let turn = 0; turn < 12 && !state.outcome; turn++) {
      const r = resolveTurn(world, state, {
        japan: random.orders(world, state, 'japan'),
        allies: random.orders(world, state, 'allies'),
      });
      const after = reportNames(world, r.state);
      for (const item of r.report.items) items.push({ item, names: after });
      state = r.state;
    }
    const unnamed = /undefined|NaN|\[object|<|^$/;
    let changes = 0;
    for (const { item, names: n } of items) {
      if (item.kind === 'economy') {
        for (const c of item.changes) {
          changes++;
          expect(known.has(c.cause.code), JSON.stringify(c)).toBe(true);
          seen.add(c.cause.code);
          expect(changeText(c, n)).not.toMatch(unnamed);
        }
      } else if (item.kind === 'control') {
        expect(controlCauseText(item, n)).not.toMatch(unnamed);
      } else if (item.kind === 'intelligence') {
        expect(intelligenceText(item, n.area)).not.toMatch(unnamed);
      } else if (item.kind === 'battle') {
        expect(battleSummary(item, n.area)).not.toMatch(unnamed);
      } else if (item.kind === 'event') {
        for (const e of item.effects) expect(effectText(e, n)).not.toMatch(unnamed);
      } else if (item.kind === 'detection') {
        expect(detectionCauseText(item, n.area)).not.toMatch(unnamed);
      }
    }
    expect(changes).toBeGreaterThan(50);
    // The lab's economy at work: production, the oil burn, shipping home.
    for (const code of ['produced', 'oil-economy', 'oil-idle', 'shipped-home']) expect(seen).toContain(code);
  });
});

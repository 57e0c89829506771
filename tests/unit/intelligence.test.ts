/**
 * Intelligence is information (detection.ts): the decrypt is read from the
 * state and Japan's orders before the Allies give theirs, from a generator of
 * its own (asking changes nothing), reaches the Allied player and computer
 * player, and the ambush comes only from having been in position.
 */
import { describe, expect, it } from 'vitest';
import { autoplay, type Policy, type PolicyInput } from '../../src/ai/index';
import {
  createGame,
  type Order,
  type ReportItem,
  readJapaneseIntentions,
  resolveTurn,
  stateHash,
  type TurnOrders,
} from '../../src/engine';
import { intelligenceText } from '../../src/text/report-text';
import { deepFreeze } from '../support/deep-freeze';
import { labWorld } from '../support/lab';

const enterprise = (location: string) => ({
  id: 'enterprise',
  name: 'USS Enterprise',
  side: 'allies',
  type: 'ship',
  class: 'fleet-carrier',
  location,
  aircraft: 72,
  experience: 60,
});

const world = (percent: number, enterpriseAt = 'philippine-sea') =>
  labWorld((s) => {
    s.rules.codebreaking = percent > 0 ? [{ from: '1942-01-01', until: '1942-12-31', percent }] : [];
    s.forces.push(enterprise(enterpriseAt));
  });

const kagaSails: Order[] = [{ type: 'move', force: 'kaga', to: 'philippine-sea' }];

describe('the decrypt, before the Allies give their orders', () => {
  it('tells the Allies where Japan is going, from the state and Japan’s orders alone', () => {
    const w = world(100);
    const state = deepFreeze(createGame(w, 'read'));
    const before = stateHash(state);
    const intel = readJapaneseIntentions(w, state, kagaSails);
    expect(intel).toMatchObject({
      read: true,
      chance: 100,
      destinations: [{ area: 'philippine-sea', forces: ['Kaga'] }],
    });
    expect(intel && intelligenceText(intel, (id) => w.areas.get(id)?.name ?? id)).toBe(
      'Code-breakers read Japanese traffic: Kaga heading for Philippine Sea.',
    );
    // Asking changes nothing: not the state, not its generator.
    expect(stateHash(state)).toBe(before);
    // The turn reports the same decrypt, and resolves as it would have without the question.
    const orders: TurnOrders = { japan: kagaSails, allies: [] };
    const asked = resolveTurn(w, state, orders);
    const notAsked = resolveTurn(w, createGame(w, 'read'), orders);
    expect(stateHash(asked.state)).toBe(stateHash(notAsked.state));
    expect(asked.report.items).toContainEqual(
      expect.objectContaining({ kind: 'intelligence', side: 'allies', destinations: intel?.destinations }),
    );
  });

  it('reads with the period’s chance, from a stream of its own for each game and turn', () => {
    const w = world(20);
    const reads = Array.from({ length: 200 }, (_, seed) => {
      const state = createGame(w, `chance-${seed}`);
      const intel = readJapaneseIntentions(w, state, kagaSails);
      // The same question gets the same answer.
      expect(readJapaneseIntentions(w, state, kagaSails)).toEqual(intel);
      return intel?.read ?? false;
    }).filter(Boolean).length;
    expect(reads).toBeGreaterThan(20);
    expect(reads).toBeLessThan(65);
    expect(readJapaneseIntentions(world(0), createGame(world(0), 'x'), kagaSails)).toBeNull();
  });

  it('leaves out orders Japan could not give', () => {
    const w = world(100);
    const intel = readJapaneseIntentions(w, createGame(w, 'illegal'), [
      { type: 'move', force: 'enterprise', to: 'java-sea' },
      { type: 'move', force: 'kaga', to: 'timor-sea' },
    ]);
    expect(intel?.destinations).toEqual([]);
  });

  it('reaches the Allied computer player before it gives its orders', () => {
    const w = world(100);
    const seen: PolicyInput[] = [];
    const japan: Policy = { name: 'kaga-sails', description: 'test', orders: () => kagaSails };
    const allies: Policy = {
      name: 'listener',
      description: 'test',
      orders: (_w, _s, _side, input) => {
        seen.push(input ?? {});
        return [];
      },
    };
    autoplay(w, 'bot', { japan, allies }, { maxTurns: 1 });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.intel?.destinations).toContainEqual({ area: 'philippine-sea', forces: ['Kaga'] });
  });
});

describe('the ambush comes from having been in position', () => {
  const ambushes = (items: ReportItem[]) =>
    items.filter((i) => i.kind === 'detection' && i.side === 'allies' && i.chance === 100).length;

  it('Allied forces waiting in the area get it; forces arriving there the same turn do not', () => {
    const waiting = world(100, 'philippine-sea');
    const arriving = world(100, 'luzon');
    let waited = 0;
    let arrived = 0;
    let battles = 0;
    for (let seed = 0; seed < 30; seed++) {
      waited += ambushes(
        resolveTurn(waiting, createGame(waiting, `w-${seed}`), { japan: kagaSails, allies: [] }).report.items,
      );
      const r = resolveTurn(arriving, createGame(arriving, `a-${seed}`), {
        japan: kagaSails,
        allies: [{ type: 'move', force: 'enterprise', to: 'philippine-sea' }],
      });
      arrived += ambushes(r.report.items);
      battles += r.report.items.filter((i) => i.kind === 'battle' && i.area === 'philippine-sea').length;
    }
    expect(waited).toBe(30);
    // Both fleets met in the Philippine Sea every time, but the late-comer had to search.
    expect(battles).toBe(30);
    expect(arrived).toBe(0);
  });
});

describe('the ambush is the first strike, whatever the ambushed side’s search finds (midway32)', () => {
  it('the Allies strike first in every battle they wait for, also where Japan’s search found them', () => {
    // Japan's search at half the chance still finds the waiting carriers now and then (Tone's No. 4
    // plane on 4 June 1942); before midway32 that made the strikes simultaneous.
    const w = world(100, 'philippine-sea');
    let seenByJapan = 0;
    const firsts: (string | null)[] = [];
    for (let seed = 0; seed < 40; seed++) {
      const items = resolveTurn(w, createGame(w, `ambush-${seed}`), { japan: kagaSails, allies: [] }).report
        .items;
      if (
        items.some(
          (i) => i.kind === 'detection' && i.side === 'japan' && i.area === 'philippine-sea' && i.spotted,
        )
      )
        seenByJapan += 1;
      for (const i of items)
        if (i.kind === 'battle' && i.area === 'philippine-sea') firsts.push(i.firstStrike);
    }
    expect(seenByJapan).toBeGreaterThan(0);
    expect(firsts).toHaveLength(40);
    expect(firsts.every((f) => f === 'allies')).toBe(true);
  });

  it('on land the searches still decide: a garrison waiting for the landing has no moment to choose', () => {
    const w = world(100, 'luzon');
    // The 16th Army lands where the decrypt said, under the 11th Air Fleet's strike (its search flies).
    const landing: Order[] = [
      { type: 'move', force: 'sixteenth-army', to: 'luzon' },
      { type: 'air', force: 'eleventh-air-fleet', mission: 'strike', target: 'luzon' },
    ];
    const games = Array.from({ length: 40 }, (_, seed) => {
      const items = resolveTurn(w, createGame(w, `land-${seed}`), { japan: landing, allies: [] }).report
        .items;
      const seen = items.some(
        (i) => i.kind === 'detection' && i.side === 'japan' && i.area === 'luzon' && i.spotted,
      );
      const battle = items.find((i) => i.kind === 'battle' && i.area === 'luzon');
      return { seen, first: battle?.kind === 'battle' ? battle.firstStrike : 'none' };
    });
    expect(games.filter((g) => g.first !== 'none')).toHaveLength(40);
    expect(games.some((g) => g.seen)).toBe(true);
    for (const g of games) expect(g.first).toBe(g.seen ? null : 'allies');
  });

  it('without the decrypt the fleets search as anyone would: neither strikes first where both find the other', () => {
    const w = world(0, 'philippine-sea');
    const firsts = Array.from({ length: 40 }, (_, seed) => {
      const items = resolveTurn(w, createGame(w, `blind-${seed}`), { japan: kagaSails, allies: [] }).report
        .items;
      const found = (side: string) =>
        items.some(
          (i) => i.kind === 'detection' && i.side === side && i.area === 'philippine-sea' && i.spotted,
        );
      const battle = items.find((i) => i.kind === 'battle' && i.area === 'philippine-sea');
      return {
        both: found('japan') && found('allies'),
        first: battle?.kind === 'battle' ? battle.firstStrike : 'none',
      };
    });
    expect(firsts.some((f) => f.both)).toBe(true);
    for (const f of firsts) if (f.both) expect(f.first).toBeNull();
  });
});

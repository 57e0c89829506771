/**
 * The move being prepared, at the top of the side panel: which forces, where
 * they may go (the same areas ringed green on the map), and — before the
 * player confirms — what the move costs and what is waiting there.
 */
import {
  type ForceState,
  moveRoute,
  type Order,
  POLICIES,
  portStrikeShare,
  portStrikeTarget,
  transportsFree,
  type World,
} from '../../engine/index';
import type { SideId } from '../../scenario/schema';
import { RISK_UNSEEN, unwatchedOnTheWay } from '../../text/fog-text';
import {
  detachmentWords,
  escortMissionText,
  noConvoyToEscortText,
  portStrikeMission,
} from '../../text/move-text';
import { refusalText } from '../../text/refusal-text';
import { namedForce, summariseForces } from '../kit/describe-force';
import { button, el } from '../kit/dom';
import { capitalise, formatNumber, ownerLabel } from '../kit/format';
import { beforeDeliveries, moveOil } from './oil-forecast';
import { checkGroup, detachingArmy, legalDestinations, plannedGroup, risksAt } from './order-draft';
import { boardClick } from './screen-actions';
import type { ScreenContext } from './screen-state';
import { mayOrder } from './turn-phase';

const MAX_LISTED = 6;

export function renderComposer(container: HTMLElement, ctx: ScreenContext) {
  const { screen, session } = ctx;
  const side = screen.viewer;
  if (!side || !mayOrder(screen.phase)) {
    container.hidden = true;
    container.replaceChildren();
    return;
  }
  container.hidden = false;
  const sel = screen.selection;
  // On a phone a move being prepared is a sheet over the map (style.css).
  container.classList.toggle('sheet', sel !== null);
  if (!sel) {
    container.replaceChildren(
      el('p', {
        className: 'composer-hint',
        text: `To move forces, ${pointWord()} one of your areas on the map (or pick forces under Orders), then choose where they go.`,
      }),
    );
    return;
  }
  const forces = sel.forces
    .map((id) => session.state.forces.find((f) => f.id === id))
    .filter((f): f is ForceState => f !== undefined);
  const origin = session.world.areas.get(sel.origin);
  // Named, so the player sees what is ticked ("Akagi, Kaga and 2 more", not "4 forces").
  const names =
    forces.length <= 3
      ? forces.map((f) => f.name).join(', ')
      : `${forces
          .slice(0, 2)
          .map((f) => f.name)
          .join(', ')} and ${forces.length - 2} more`;
  const head = el('div', { className: 'composer-head' }, [
    el('h2', { className: 'composer-title', text: `Move ${detachmentWords(sel.men)}${names}` }),
    button('Clear', () => ctx.actions.clearSelection(), {
      className: 'small',
      label: 'Clear the selection',
      key: 'composer-clear',
    }),
  ]);
  const parts: HTMLElement[] = [
    head,
    el('p', {
      className: 'muted',
      text: `${summariseForces(forces)} in ${origin?.name ?? sel.origin}. ${rangeText(ctx, forces)}`,
    }),
    menControl(ctx, side, forces),
  ].filter((p): p is HTMLElement => p !== null);
  if (screen.refusal) {
    const area = session.world.areas.get(screen.refusal.area);
    const where = area?.name ?? screen.refusal.area;
    const reason = screen.refusal.reason;
    const { prefix, sentence } = refusalWords(where, reason);
    parts.push(
      el('p', { className: 'refusal', attrs: { role: 'status' } }, [
        prefix ? el('strong', { text: prefix }) : null,
        `${sentence}. ${nextStep(session.world, side, forces, screen.refusal, decidedThisTurn(ctx, side))}`.trimEnd(),
      ]),
    );
  }
  parts.push(
    screen.destination ? preview(ctx, side, forces, screen.destination) : destinations(ctx, side, forces),
  );
  container.replaceChildren(...parts);
}

/**
 * A refusal about an area, as the panel shows it. One that names the area is not prefixed with it
 * again ("Malaya: Malaya is out of reach", "Luzon: you are not at war: Luzon cannot be attacked") and
 * starts as a sentence; "Java Sea" does not name Java (a name followed by another capitalised word is
 * a different place).
 */
function refusalWords(where: string, reason: string): { prefix: string | null; sentence: string } {
  const named = new RegExp(`${where.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?! [A-Z])`).test(reason);
  return named
    ? { prefix: null, sentence: reason.charAt(0).toUpperCase() + reason.slice(1) }
    : { prefix: `${where}: `, sentence: reason };
}

/** "tap" on a touch screen, "click" with a mouse. */
function pointWord(): string {
  return typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches
    ? 'tap'
    : 'click';
}

/** Refusals (by their code) whose words end with what to do: the panel adds nothing after them. */
const SAYS_WHAT_TO_DO = new Set([
  'needs-escorts',
  'sea-held',
  'neutral-closed',
  'convoy-range',
  'beyond-endurance',
  'unsupplied',
]);

/** The decision (not a standing policy) the side has ordered this turn, by its label, or null. */
function decidedThisTurn(ctx: ScreenContext, side: SideId): string | null {
  const { world } = ctx.session;
  for (const o of ctx.drafts[side].orders) {
    if (o.type !== 'choose' || o.level !== undefined) continue;
    return world.scenario.choices.find((c) => c.id === o.choice)?.label ?? o.choice;
  }
  return null;
}

/** What to do after a refusal, in a sentence. */
function nextStep(
  world: World,
  side: SideId,
  forces: readonly ForceState[],
  refusal: { area: string; code?: string; lift?: string; noTransports?: boolean },
  decided: string | null,
): string {
  const to = refusal.area;
  const ships = forces.some((f) => f.type === 'ship' || f.type === 'flotilla');
  const army = forces.some((f) => f.type === 'army');
  // The sea and supply rules' refusals say what to do themselves (src/text/refusal-text.ts).
  if (refusal.code && SAYS_WHAT_TO_DO.has(refusal.code)) return '';
  // The fleet train's refusal says to bring oilers; a student who ticked a whole port's ships can
  // also simply send fewer (before, "Choose an area ringed in green" followed, which does not help).
  if (refusal.code === 'fleet-train-short') return 'Or send fewer ships so far: untick some of them.';
  const { code } = refusal;
  if (code === 'not-at-war' || code === 'not-at-war-in') {
    // A student who has just decided for war (the Pearl Harbor decision says "as the southern invasions
    // begin") was sent to take the decision they had taken: a decision takes effect when the turn is played.
    if (decided)
      return `Your decision this turn (${decided}) takes effect only when the turn is played: if it begins a war, ${world.areas.get(to)?.name ?? to} can be attacked from next turn. This turn, move your forces into place (a port or a sea area near it), ringed in green.`;
    // Only a side with decisions of its own can begin the war (in 1941 that is Japan): the other waits.
    if (world.scenario.choices.some((c) => c.side === side))
      return 'A war begins only by a decision: see Decisions under Orders. Until then, choose an area ringed in green.';
    const other = side === 'japan' ? 'the Allies' : 'Japan';
    return `Only ${other} can begin the war, by a decision of its own; until then, choose an area ringed in green.`;
  }
  if (ships && !army && code === 'not-sea-or-port') {
    // Carriers strike a port from the sea next to it (Pearl Harbor is an air strike, README).
    const carriers = forces.some((f) => f.type === 'ship' && f.class.endsWith('carrier'));
    const sea = (world.neighbours.get(to) ?? [])
      .filter((n) => world.areas.get(n.area)?.kind === 'sea')
      .sort((a, b) => a.distance - b.distance)[0];
    const seaName = sea ? world.areas.get(sea.area)?.name : undefined;
    if (carriers && seaName)
      return `Carriers strike a port from the sea next to it: send them to ${seaName}. To invade it, tick an army in the same port too (its transports and escorts go with it).`;
    return 'To invade it, tick an army in the same port too: its transports and escorts go with it. Or choose a sea area.';
  }
  const short = (c: string | undefined) => c === 'transports-short' || c === 'transports-sailing';
  if (short(code) || (code === 'overland-out-of-reach' && short(refusal.lift)))
    // One army and some transports in its port: a detachment the size they carry can sail.
    return forces.filter((f) => f.type === 'army').length === 1 && !refusal.noTransports
      ? 'Send fewer men (Men to send, above: as many as the transports carry), bring transports to the army’s port first, or pick a place it can reach overland.'
      : 'Bring transports to the army’s port first, or pick a place it can reach overland.';
  if (code === 'out-of-reach' || code === 'overland-out-of-reach')
    return 'Choose an area ringed in green: those are in reach this turn.';
  return 'Choose an area ringed in green, or Clear to start again.';
}

/**
 * How many thousand men of the selection's one army go (a detachment: engine/detach.ts), with the
 * transports in its port and what they carry, so a player can pick a size that can sail: all by
 * default, "As many as the transports carry" in one tap. Null when the group has no army or more
 * than one, or an army of one thousand men.
 */
function menControl(ctx: ScreenContext, side: SideId, forces: readonly ForceState[]): HTMLElement | null {
  const { session, screen, drafts } = ctx;
  const sel = screen.selection;
  const id = sel ? detachingArmy(session.state, sel.forces) : null;
  const army = forces.find((f) => f.id === id);
  if (!sel || !army || army.type !== 'army' || army.troops < 2) return null;
  const men = sel.men ?? army.troops;
  const here = session.world.areas.get(army.location);
  const earlier = drafts[side].withoutMovesOf(sel.forces);
  const lift = transportsFree(session.world, session.state, army, earlier);
  const carry = lift.free * lift.menPerShip;
  const input = el('input', {
    className: 'men-input',
    attrs: {
      id: 'men-to-send',
      type: 'number',
      inputmode: 'numeric',
      min: '1',
      max: String(army.troops),
      step: '1',
      value: String(men),
      'data-key': 'men-to-send',
    },
  });
  input.addEventListener('change', () => {
    const v = Math.round(Number(input.value));
    if (!Number.isFinite(v) || v < 1) {
      input.value = String(men);
      return;
    }
    const chosen = Math.min(v, army.troops);
    ctx.actions.setMen(chosen >= army.troops ? undefined : chosen);
  });
  const fits = Math.min(carry, army.troops - 1);
  const lines = here?.port
    ? `Transports in ${here.name}: ${formatNumber(lift.free)} free${lift.free < lift.all ? ` of ${formatNumber(lift.all)}` : ''}, enough for ${formatNumber(carry)} thousand men by sea (${formatNumber(lift.menPerShip)} thousand a ship). Overland, an army needs none.`
    : `${here?.name ?? army.location} is no port: the army can go overland only.`;
  return el(
    'div',
    { className: 'men-control', attrs: { role: 'group', 'aria-labelledby': 'men-to-send-label' } },
    [
      el('div', { className: 'men-row' }, [
        el('label', {
          text: 'Men to send (thousand)',
          attrs: { for: 'men-to-send', id: 'men-to-send-label' },
        }),
        input,
        el('span', { className: 'muted', text: `of ${formatNumber(army.troops)}` }),
        sel.men !== undefined
          ? button('All', () => ctx.actions.setMen(undefined), { className: 'small', key: 'men-all' })
          : null,
        here?.port && carry < army.troops && fits >= 1 && fits !== sel.men
          ? button(
              `As many as the transports carry (${formatNumber(fits)})`,
              () => ctx.actions.setMen(fits),
              {
                className: 'small',
                key: 'men-fit',
              },
            )
          : null,
      ]),
      el('p', { className: 'muted men-lift', text: lines }),
      sel.men !== undefined
        ? el('p', {
            className: 'muted',
            text: `A detachment: ${formatNumber(sel.men)} thousand men go as an army of their own; ${formatNumber(army.troops - sel.men)} thousand stay in ${here?.name ?? army.location}.`,
          })
        : null,
    ],
  );
}

function rangeText(ctx: ScreenContext, forces: readonly ForceState[]): string {
  const rules = ctx.session.world.scenario.rules;
  const ranges = forces.map((f) => {
    if (f.type === 'army') return rules.rangePerTurn.army;
    if (f.type === 'air') return null;
    return Math.floor((rules.rangePerTurn.ship * (rules.speedPercent[f.class] ?? 100)) / 100);
  });
  const known = ranges.filter((r): r is number => r !== null);
  if (known.length === 0) return 'Aircraft fly to any of your airfields in reach.';
  const armies = forces.some((f) => f.type === 'army');
  const range = Math.min(...known);
  // An army embarked on transports sails as far as a ship does in a turn (the engine's convoy range, orders.ts).
  return armies
    ? `Range this turn: ${formatNumber(range)} nautical miles overland, or ${formatNumber(rules.rangePerTurn.ship)} by sea with enough transports in port.`
    : `Range this turn: ${formatNumber(range)} nautical miles${forces.length > 1 ? ' (the slowest ship)' : ''}.`;
}

/**
 * Why forces that can go nowhere cannot go to the nearest land area (an army's way off an island is
 * the interesting one; a sea area if there is no land), in the engine's words — so a student reads
 * what to do ("crossing the sea needs 40 transports in Java, there are 0") instead of a bare
 * "cannot move". Nearest by the map's routes; the rules' reach is the engine's to judge.
 */
function nearestRefusal(
  ctx: ScreenContext,
  side: SideId,
  forces: readonly ForceState[],
  earlier: readonly Order[],
): { area: string; reason: string } | null {
  const { world } = ctx.session;
  // Checked as the player's orders are: under the fog, against what the side sees (session.orderState).
  const state = ctx.session.orderState(side);
  const far = routeDistances(world, forces[0]?.location ?? '');
  const isSea = (id: string) => world.areas.get(id)?.kind === 'sea';
  const near = [...far.entries()].sort((a, b) => Number(isSea(a[0])) - Number(isSea(b[0])) || a[1] - b[1]);
  // A reason the player can act on goes first: the Home Islands' army short of transports was told only
  // that the Soviet Far East, the nearest area, "is neutral and you are not at war".
  let first: { area: string; reason: string } | null = null;
  for (const [id] of near.slice(0, 3)) {
    const verdict = checkGroup(world, state, side, forces, id, earlier, ctx.screen.selection?.men);
    if (verdict.ok) continue;
    const found = { area: world.areas.get(id)?.name ?? id, reason: refusalText(verdict.refusal) };
    if (!PEACE.has(verdict.refusal.code)) return found;
    first ??= found;
  }
  return first;
}

/** Refusals that only say the place is at peace: said when no other reason is near. */
const PEACE: ReadonlySet<string> = new Set(['not-at-war', 'neutral-closed']);

/** Every area by its distance along the map's routes from `origin` (which is left out). */
function routeDistances(world: World, origin: string): Map<string, number> {
  const far = new Map<string, number>([[origin, 0]]);
  const open = [origin];
  while (open.length > 0) {
    open.sort((a, b) => (far.get(a) ?? 0) - (far.get(b) ?? 0));
    const at = open.shift() ?? '';
    for (const n of world.neighbours.get(at) ?? []) {
      const d = (far.get(at) ?? 0) + n.distance;
      if (d < (far.get(n.area) ?? Number.POSITIVE_INFINITY)) {
        far.set(n.area, d);
        open.push(n.area);
      }
    }
  }
  far.delete(origin);
  return far;
}

/** Places listed under "Not in this list: why?". */
const WHY_NOT_LISTED = 6;

/**
 * The nearest places the forces cannot go this turn, each a button that says why (the same
 * refusal as clicking the area on the map). On a phone the move sheet covers the south of the
 * map: a student who wanted Java could not tap it to learn that the Allied fleet holds the Java Sea.
 * An army is offered land areas only (it never goes to sea on its own).
 */
function whyNot(
  ctx: ScreenContext,
  forces: readonly ForceState[],
  legal: ReadonlyMap<string, number>,
): HTMLElement | null {
  const { world } = ctx.session;
  const army = forces.some((f) => f.type === 'army');
  const places = [...routeDistances(world, forces[0]?.location ?? '').entries()]
    .filter(([id]) => !legal.has(id) && !(army && world.areas.get(id)?.kind === 'sea'))
    .sort((a, b) => a[1] - b[1])
    .slice(0, WHY_NOT_LISTED);
  if (places.length === 0) return null;
  // Kept open after a place was asked about: its refusal shows above, and the next can be asked.
  const asked = ctx.screen.refusal !== null && places.some(([id]) => id === ctx.screen.refusal?.area);
  return el('details', { className: 'why-not', attrs: asked ? { open: '' } : {} }, [
    el('summary', { text: `Not in this list: why? (the ${places.length} nearest places)` }),
    el(
      'ul',
      { className: 'why-not-list' },
      places.map(([id]) =>
        el('li', {}, [
          button(
            world.areas.get(id)?.name ?? id,
            () => {
              boardClick(ctx.actions, ctx.session, ctx.screen, ctx.drafts, id);
              // The answer is at the top of the move panel, far above the button on a phone's sheet.
              document.querySelector('#composer .refusal')?.scrollIntoView({ block: 'nearest' });
            },
            { className: 'small', key: `why-not-${id}` },
          ),
        ]),
      ),
    ),
  ]);
}

function destinations(ctx: ScreenContext, side: SideId, forces: readonly ForceState[]): HTMLElement {
  const { session, drafts } = ctx;
  const earlier = drafts[side].withoutMovesOf(forces.map((f) => f.id));
  const legal = legalDestinations(
    session.world,
    session.orderState(side),
    side,
    forces,
    earlier,
    ctx.screen.selection?.men,
  );
  if (legal.size === 0) {
    // After a refusal for the area the player chose (shown just above, with what to do), the nearest
    // area's reason would say it a second time, or talk of a place the player never meant to go
    // ("Soviet Far East is neutral" under "crossing the sea needs 200 transports").
    const why = ctx.screen.refusal ? null : nearestRefusal(ctx, side, forces, earlier);
    const words = why ? refusalWords(why.area, why.reason) : null;
    return el('p', { className: 'refusal', attrs: { role: 'status' } }, [
      'These forces cannot move anywhere this turn.',
      words ? ` ${words.prefix ? `The nearest, ${words.prefix}` : ''}${words.sentence}.` : '',
    ]);
  }
  const list = el('ul', { className: 'destination-list' });
  const sorted = [...legal.entries()].sort((a, b) => a[1] - b[1]);
  for (const [id, distance] of sorted) {
    const area = session.world.areas.get(id);
    if (!area) continue;
    // The enemy the side sees there (the fog of war: engine/sight.ts).
    const risk = risksAt(session.world, ctx.seen, side, id);
    const enemy = risk.there.length
      ? el('span', { className: 'risk-badge', text: `enemy: ${summariseForces(risk.there)}` })
      : null;
    const b = button('', () => ctx.actions.chooseDestination(id), {
      className: 'destination',
      key: `dest-${id}`,
    });
    b.append(
      el('span', { className: 'dest-name', text: area.name }),
      el('span', { className: 'dest-distance', text: `${formatNumber(distance)} nm` }),
    );
    if (enemy) b.append(enemy);
    list.append(el('li', {}, [b]));
  }
  return el('div', { className: 'destinations' }, [
    el('p', {
      className: 'composer-step',
      text: `Where to? ${capitalise(pointWord())} an area ringed in green on the map, or choose here:`,
    }),
    list,
    whyNot(ctx, forces, legal),
  ]);
}

function preview(ctx: ScreenContext, side: SideId, forces: readonly ForceState[], to: string): HTMLElement {
  const { session, drafts } = ctx;
  const { world } = session;
  // Under the fog of war, the state as the side sees it (session.orderState): a convoy may be sent
  // into a sea it does not watch; the turn's resolution checks it against the whole state.
  const state = session.orderState(side);
  const area = world.areas.get(to);
  const earlier = drafts[side].withoutMovesOf(forces.map((f) => f.id));
  const { plan, verdict } = plannedGroup(world, state, side, forces, to, earlier, ctx.screen.selection?.men);
  const moves: Order[] = plan.orders;
  const cost = moveOil(world, state, side, earlier, moves);
  const risk = risksAt(world, ctx.seen, side, to);
  const stock = state.sides[side].stocks.oil ?? 0;
  const allSorties = cost.forecast.sorties.reduce((n, s) => n + s.oil, 0);
  const name = area?.name ?? to;
  const owner = area && area.kind !== 'sea' ? (state.control[to] ?? area.owner) : 'none';

  const rows: HTMLElement[] = [];
  rows.push(
    el('h3', {
      className: 'preview-title',
      text: `To ${name}${verdict.ok && verdict.distance ? ` — ${formatNumber(verdict.distance)} nautical miles` : ''}`,
    }),
  );
  const strike = verdict.ok ? portStrike(ctx, side, forces, to) : null;
  rows.push(
    fact(
      'Mission',
      strike ??
        escortMission(
          world.scenario.rules.submarines,
          forces,
          risk.there.length > 0,
          area?.kind === 'sea',
          name,
        ) ??
        mission(forces, risk.there.length > 0, owner, side, area?.kind === 'sea', name),
    ),
  );
  if (verdict.ok) {
    const short = cost.unfuelled[0];
    // Refused for another reason than oil (transports taken by an earlier order): said as it is.
    const blocked = cost.forecast.sorties.find((s) => moves.includes(s.order) && !s.fuelled && !s.emptyTanks);
    const oilText =
      cost.oil > 0
        ? `${formatNumber(cost.oil)} thousand barrels of oil (stock ${formatNumber(stock)}; all sorties ordered so far would burn ${formatNumber(allSorties)})` +
          (short
            ? `. ${capitalise(refusalText(short.refusal))} (${beforeDeliveries(world.scenario)})${stays(cost.unfuelled.length, forces.length)}.`
            : '')
        : 'no oil (aircraft fly on what their bases hold)';
    rows.push(
      fact(
        'Cost',
        blocked && !blocked.fuelled ? `${oilText}. ${capitalise(refusalText(blocked.refusal))}.` : oilText,
        short || blocked ? 'warn' : '',
      ),
    );
  }
  if (verdict.ok && verdict.bySea) {
    const convoy = cost.convoy.map(namedForce).join(', ');
    rows.push(fact('Shipping', `goes by sea: takes ${convoy || 'transports'} along`));
  }
  const named = (ids: readonly string[]) =>
    ids.map((id) => state.forces.find((f) => f.id === id)?.name ?? id).join(', ');
  if (verdict.ok && plan.escortsTo) {
    const escorts = plan.orders.filter((o) => o.to === plan.escortsTo).map((o) => o.force);
    if (escorts.length)
      rows.push(
        fact(
          'Escort',
          `${named(escorts)} ${escorts.length === 1 ? 'sails' : 'sail'} with the landing to ${world.areas.get(plan.escortsTo)?.name ?? plan.escortsTo}, the sea next to ${name} (ships cannot enter land).`,
        ),
      );
  }
  // Warships in the port that the rules send with the convoy (sea-control.ts), when none was picked to escort it.
  const sailing = verdict.ok && verdict.escorts ? verdict.escorts : [];
  if (sailing.length > 0 && !(plan.escortsTo && plan.orders.some((o) => o.to === plan.escortsTo)))
    rows.push(
      fact(
        'Escort',
        `${named(sailing)} ${sailing.length === 1 ? 'sails' : 'sail'} with the convoy from ${world.areas.get(forces[0]?.location ?? '')?.name ?? 'port'} and ${sailing.length === 1 ? 'is' : 'are'} back in port at the turn's end.`,
      ),
    );
  // A force already ordered elsewhere this turn gets this order instead (OrderDraft.addMoves): said before, not found out after.
  const replaced = forces.flatMap((f) => {
    const earlierMove = drafts[side].moveOf(f.id);
    return earlierMove && earlierMove.to !== to
      ? [`${f.name} was to go to ${world.areas.get(earlierMove.to)?.name ?? earlierMove.to}`]
      : [];
  });
  if (replaced.length > 0)
    rows.push(fact('Replaces', `an order given earlier this turn: ${replaced.join('; ')}.`, 'warn'));
  // Warships ticked with an army that crosses no open sea have no convoy to escort: say so, and what to do instead.
  const isWarship = (id: string) => {
    const f = state.forces.find((x) => x.id === id);
    return f?.type === 'ship' || f?.type === 'flotilla';
  };
  const noConvoy = plan.escortsTo === null ? plan.staying.filter(isWarship) : [];
  const cannot = plan.staying.filter((id) => !noConvoy.includes(id));
  if (verdict.ok && noConvoy.length) rows.push(fact('Stay behind', noConvoyToEscortText(named(noConvoy))));
  if (verdict.ok && plan.spare.length)
    rows.push(
      fact(
        'Stay behind',
        `${named(plan.spare)}: not needed to carry the men (the convoy above is enough); left in port.`,
      ),
    );
  if (verdict.ok && cannot.length)
    rows.push(fact('Stay behind', `${named(cannot)}: cannot go with this move, and stay where they are.`));
  if (risk.there.length > 0) {
    const listed = risk.there.slice(0, MAX_LISTED).map(namedForce);
    if (risk.there.length > MAX_LISTED) listed.push(`and ${risk.there.length - MAX_LISTED} more`);
    rows.push(fact('Risk', `enemy forces there: ${listed.join('; ')}. Expect a battle.`, 'warn'));
  } else if (ctx.sight?.unwatched.has(to)) {
    rows.push(fact('Risk', RISK_UNSEEN));
  } else {
    rows.push(fact('Risk', 'no enemy forces known there now (they may move this turn too).'));
  }
  const way = verdict.ok ? enemiesOnTheWay(ctx, side, moves, to) : { enemies: [], unwatched: [] };
  const onTheWay = way.enemies;
  if (onTheWay.length > 0)
    rows.push(
      fact(
        'On the way',
        `enemy ships in ${onTheWay.map((w) => `${w.name} (${summariseForces(w.forces)})`).join('; ')}: the move sails through, and a battle may be fought there.`,
        'warn',
      ),
    );
  // Seas on the way the side does not watch: not "no enemy", but not known (the fog of war).
  if (way.unwatched.length > 0) rows.push(fact('On the way', unwatchedOnTheWay(way.unwatched)));
  if (risk.airNearby.length > 0) {
    const list = risk.airNearby.map(
      (a) =>
        `${namedForce(a.force)} in ${world.areas.get(a.area)?.name ?? a.area}, ${formatNumber(a.distance)} nm away`,
    );
    rows.push(fact('Air threat', `enemy aircraft can strike from nearby: ${list.join('; ')}.`, 'warn'));
  }
  const actions = el('div', { className: 'preview-actions' }, [
    button('Confirm order', () => ctx.actions.confirmMove(), {
      className: 'primary',
      key: 'confirm-move',
      disabled: !verdict.ok,
    }),
    button('Choose another destination', () => ctx.actions.backToDestinations(), { key: 'back-move' }),
  ]);
  if (!verdict.ok) rows.push(el('p', { className: 'refusal', text: refusalText(verdict.refusal) }));
  rows.push(actions);
  return el('section', { className: 'preview', attrs: { 'aria-label': `Move to ${name}` } }, rows);
}

/**
 * What the carriers of this move would strike on arrival, in words, or null: the engine names the
 * port (portStrikeTarget), the preview only lists what is in it now.
 */
function portStrike(
  ctx: ScreenContext,
  side: SideId,
  forces: readonly ForceState[],
  to: string,
): string | null {
  const { world, state } = ctx.session;
  const strike = portStrikeTarget(world, state, side, to, forces, true);
  if (!strike) return null;
  return portStrikeMission({
    sea: world.areas.get(to)?.name ?? to,
    port: world.areas.get(strike.port)?.name ?? strike.port,
    ships: summariseForces(strike.targets.filter((f) => f.type !== 'air')),
    aircraft: strike.targets.reduce((n, f) => n + (f.type === 'air' ? f.aircraft : 0), 0),
    atWarNow: portStrikeTarget(world, state, side, to, forces) !== null,
    // A policy (rationing, convoys) is a `choose` order too, but not a decision that can bring war.
    mayDecide: world.scenario.choices.some((c) => c.side === side),
    decided: ctx.drafts[side].orders.some(
      (o) => o.type === 'choose' && !(POLICIES as readonly string[]).includes(o.choice),
    ),
    // What a fleet on station flies when it strikes again (all its aircraft aboard are on station).
    stayPercent: portStrikeShare(world, 1, 1),
  });
}

/**
 * Enemy ships known in the sea areas the move crosses before its destination
 * (the engine's route of the first order that goes to sea): an invasion
 * sailing through a sea the enemy fleet holds should say so before it sails.
 */
function enemiesOnTheWay(
  ctx: ScreenContext,
  side: SideId,
  moves: readonly Order[],
  to: string,
): { enemies: { name: string; forces: ForceState[] }[]; unwatched: string[] } {
  const { world } = ctx.session;
  // The way the convoy would take as the side sees the sea (a way round a fleet it cannot see gave it away).
  const state = ctx.session.orderState(side);
  const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
  const seen = new Set<string>();
  // Only the enemy ships the side sees (the fog of war: engine/sight.ts); the route is the engine's.
  const known = ctx.seen.forces;
  const out: { name: string; forces: ForceState[] }[] = [];
  const unwatched: string[] = [];
  for (const order of moves) {
    if (order.type !== 'move') continue;
    const route = moveRoute(world, state, side, order);
    for (const id of route?.slice(1) ?? []) {
      if (id === to || seen.has(id) || world.areas.get(id)?.kind !== 'sea') continue;
      seen.add(id);
      if (ctx.sight?.unwatched.has(id)) unwatched.push(world.areas.get(id)?.name ?? id);
      const there = known.filter(
        (f) =>
          f.side === enemy &&
          f.status === 'active' &&
          f.location === id &&
          (f.type === 'ship' || f.type === 'flotilla'),
      );
      if (there.length > 0) out.push({ name: world.areas.get(id)?.name ?? id, forces: there });
    }
  }
  return { enemies: out, unwatched };
}

function fact(label: string, text: string, tone = ''): HTMLElement {
  return el('p', { className: `fact ${tone}` }, [el('span', { className: 'fact-label', text: label }), text]);
}

/** Escorts alone sent to a sea area, where the scenario plays the submarine war: what they do there. */
function escortMission(
  rules: { escortCutPerShip: number; maxEscortCut: number } | undefined,
  forces: readonly ForceState[],
  enemyThere: boolean,
  sea: boolean,
  name: string,
): string | null {
  if (!rules || !sea || forces.length === 0) return null;
  let ships = 0;
  for (const f of forces) {
    if (f.type !== 'flotilla' || f.class !== 'escort') return null;
    ships += f.count;
  }
  return escortMissionText(name, ships, rules.escortCutPerShip, rules.maxEscortCut, enemyThere);
}

function mission(
  forces: readonly ForceState[],
  enemyThere: boolean,
  owner: string,
  side: SideId,
  sea: boolean,
  name: string,
): string {
  const armies = forces.some((f) => f.type === 'army');
  if (armies && !sea && owner !== side) return `invade ${name} (held by ${ownerLabel(owner)})`;
  if (enemyThere) return `attack the enemy in ${name}`;
  if (sea) return `sail to ${name} and patrol there`;
  return `move to ${name} (your own ${forces.every((f) => f.type === 'air') ? 'airfield' : 'area'})`;
}

/** Which of the forces would stay where they are for want of oil. */
function stays(unfuelled: number, moving: number): string {
  if (moving === 1) return ': it would stay where it is';
  return unfuelled === moving
    ? ': they would stay where they are'
    : `: ${unfuelled} of these ${moving} forces would stay where they are`;
}

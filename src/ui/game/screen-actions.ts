/**
 * What the player's clicks and key presses do to the screen: pick forces,
 * look at a destination, confirm or cancel an order, take a decision, show a
 * place. Orders go into the side's draft (checked by the engine's rules);
 * nothing here resolves anything.
 */
import type { Order } from '../../engine/index';
import type { SideId } from '../../scenario/schema';
import { type Refusal, refusalText } from '../../text/refusal-text';
import { checkGroup, type OrderDraft } from './order-draft';
import type { Actions, ScreenState } from './screen-state';
import type { GameSession } from './session';
import { mayOrder } from './turn-phase';

export interface ActionHost {
  session(): GameSession;
  screen(): ScreenState;
  drafts(): Record<SideId, OrderDraft>;
  render(): void;
  /** Tells screen-reader users what just happened. */
  say(text: string): void;
  focusOnBoard(areaId: string): void;
  focusConfirm(): void;
  focusOrdersTab(): void;
  describe(order: Order): string;
}

export function screenActions(host: ActionHost): Actions {
  const clearMove = (s: ScreenState) => {
    s.destination = null;
    s.refusal = null;
  };
  const actions: Actions = {
    selectArea: (id) => {
      const s = host.screen();
      s.selectedArea = id;
      if (id) s.tab = 'area';
      host.render();
    },
    toggleForce: (id) => {
      const s = host.screen();
      const f = host.session().state.forces.find((x) => x.id === id);
      if (!f) return;
      const sel = s.selection;
      if (sel && sel.origin === f.location) {
        const forces = sel.forces.includes(id) ? sel.forces.filter((x) => x !== id) : [...sel.forces, id];
        s.selection = forces.length ? { forces, origin: f.location } : null;
      } else {
        // Forces move together only from one area: picking elsewhere starts a new group.
        s.selection = { forces: [id], origin: f.location };
      }
      clearMove(s);
      host.render();
    },
    selectForces: (ids) => {
      const s = host.screen();
      const first = host.session().state.forces.find((x) => x.id === ids[0]);
      if (!first) return;
      s.selection = { forces: [...ids], origin: first.location };
      clearMove(s);
      host.render();
    },
    clearSelection: () => {
      const s = host.screen();
      s.selection = null;
      clearMove(s);
      host.render();
    },
    chooseDestination: (id) => {
      const s = host.screen();
      s.destination = id;
      s.refusal = null;
      host.render();
      host.focusConfirm();
    },
    backToDestinations: () => {
      host.screen().destination = null;
      host.render();
    },
    setMen: (men) => {
      const s = host.screen();
      const sel = s.selection;
      if (!sel) return;
      const { men: _was, ...rest } = sel;
      s.selection = men === undefined ? rest : { ...rest, men };
      // A destination out of reach for the whole army may be in reach for fewer men, and the other way round.
      s.refusal = null;
      host.render();
    },
    confirmMove: () => {
      const s = host.screen();
      const session = host.session();
      const side = s.viewer;
      const sel = s.selection;
      const to = s.destination;
      if (!side || !sel || !to) return;
      s.openGroups.add(sel.origin);
      // Under the fog of war, checked against what the side sees (session.orderState).
      const verdicts = host
        .drafts()
        [side].addMoves(session.world, session.orderState(side), sel.forces, to, sel.men);
      const refused = verdicts.find((v) => !v.ok);
      if (refused && !refused.ok) {
        s.refusal = onScreen(to, refused.refusal);
      } else {
        const name = session.world.areas.get(to)?.name ?? to;
        host.say(
          `Order given: ${sel.forces.length === 1 ? 'one force' : `${sel.forces.length} forces`} to ${name}.`,
        );
        s.selection = null;
        clearMove(s);
      }
      host.render();
      host.focusOrdersTab();
    },
    cancelOrder: (index) => {
      const side = host.screen().viewer;
      if (!side) return;
      const draft = host.drafts()[side];
      const order = draft.orders[index];
      if (order) host.say(`Cancelled: ${host.describe(order)}.`);
      draft.remove(index);
      host.screen().orderNote = null;
      host.render();
    },
    choose: (choice) => add({ type: 'choose', choice }, 'Decision added to your orders.'),
    setPolicy: (policy, level) => {
      const side = host.screen().viewer;
      if (!side) return;
      const draft = host.drafts()[side];
      // One order per policy: a new choice replaces the drafted one; the level in force needs none.
      for (let i = draft.orders.length - 1; i >= 0; i--) {
        const o = draft.orders[i];
        if (o?.type === 'choose' && o.choice === policy) draft.remove(i);
      }
      if (host.session().state.policies[side][policy] === level) {
        host.say('Policy unchanged.');
        host.render();
        return;
      }
      add({ type: 'choose', choice: policy, level }, 'Policy added to your orders.');
    },
    build: (item, count) => add({ type: 'build', item, count }, 'Added to your orders.', `build-${item}`),
    airMission: (force, mission, target) =>
      add({ type: 'air', force, mission, target }, 'Air mission added to your orders.', `air-order-${force}`),
    showOnMap: (id) => {
      host.screen().selectedArea = id;
      host.render();
      host.focusOnBoard(id);
    },
    showTab: (tab) => {
      host.screen().tab = tab;
      host.render();
    },
    showReport: (index) => {
      host.screen().reportIndex = index;
      host.render();
    },
  };

  /** Adds an order to the draft; with `key` (the button's data-key) what it came to is shown beside that button too. */
  function add(order: Order, done: string, key?: string) {
    const s = host.screen();
    const side = s.viewer;
    if (!side) return;
    const session = host.session();
    const v = host.drafts()[side].add(session.world, session.orderState(side), order);
    const text = v.ok ? done : `Not possible: ${refusalText(v.refusal)}.`;
    host.say(text);
    s.orderNote = key
      ? {
          key,
          ok: v.ok,
          text: v.ok ? `Ordered: ${host.describe(order)}. It is in Orders this turn, above.` : text,
        }
      : null;
    host.render();
  }

  return actions;
}

/**
 * A click on the map: with forces picked, an area they can reach becomes the
 * destination to look at (one they cannot reach says why); otherwise the area
 * is selected and described.
 */
export function boardClick(
  actions: Actions,
  session: GameSession,
  screen: ScreenState,
  drafts: Record<SideId, OrderDraft>,
  id: string | null,
) {
  const sel = screen.selection;
  const side = screen.viewer;
  if (sel && side && id && id !== sel.origin && mayOrder(screen.phase)) {
    const forces = sel.forces.flatMap((f) => session.state.forces.filter((x) => x.id === f));
    const verdict = checkGroup(
      session.world,
      session.orderState(side),
      side,
      forces,
      id,
      drafts[side].withoutMovesOf(sel.forces),
      sel.men,
    );
    if (verdict.ok) {
      actions.chooseDestination(id);
      return;
    }
    screen.refusal = onScreen(id, verdict.refusal);
    screen.destination = null;
    actions.backToDestinations();
    return;
  }
  actions.selectArea(id);
}

/** A refused destination as the move panel shows it: the words, and the codes it reads for what to do next. */
function onScreen(area: string, refusal: Refusal): NonNullable<ScreenState['refusal']> {
  const lift = refusal.code === 'overland-out-of-reach' ? refusal.lift : refusal;
  return {
    area,
    reason: refusalText(refusal),
    code: refusal.code,
    lift: refusal.code === 'overland-out-of-reach' ? refusal.lift.code : undefined,
    // No transport in the port at all: sending fewer men would not help (the move panel's next step).
    noTransports: lift.code === 'transports-short' && lift.have === 0,
  };
}

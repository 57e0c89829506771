/**
 * The orders panel's air missions: each land-based air group at one of the
 * side's airfields, with the missions and targets the engine would accept for
 * it now (checkOrder decides; nothing here re-implements a rule).
 */
import { checkOrder, type Order } from '../../engine/index';
import { AirMission } from '../../scenario/order-schema';
import type { SideId } from '../../scenario/schema';
import { airMissionLine, MISSION_NAME, missionHelp } from '../../text/air-text';
import { button, el } from '../kit/dom';
import { formatNumber } from '../kit/format';
import { orderNote } from './order-note';
import type { ScreenContext } from './screen-state';

export function airMissionsSection(ctx: ScreenContext, side: SideId): HTMLElement | null {
  const { session, drafts } = ctx;
  const { world, state } = session;
  if (!world.scenario.rules.air?.missionRange) return null;
  const given = drafts[side].orders;
  const list = el('ul', { className: 'build-list' });
  for (const f of state.forces) {
    if (f.side !== side || f.status !== 'active' || f.type !== 'air' || f.role === 'strategic-bomber')
      continue;
    const base = world.areas.get(f.location);
    if (!base?.airfield) continue;
    const about = el('p', {
      className: 'muted',
      text: `${formatNumber(f.aircraft)} aircraft at ${base.name}, pilots' experience ${f.experience} of 100.`,
    });
    // A group with its mission ordered keeps its row and says so, as a decision does: before, the row
    // vanished on Order (no mission was left to offer it) and the student could not tell what happened.
    const ordered = given.find((o) => o.type === 'air' && o.force === f.id);
    if (ordered?.type === 'air') {
      list.append(
        el('li', { className: 'chosen' }, [
          el('strong', { text: f.name }),
          about,
          el('p', {
            className: 'ok',
            text: `Ordered: ${airMissionLine(f.name, ordered.mission, world.areas.get(ordered.target)?.name ?? ordered.target)} (cancel it in Orders this turn, above).`,
            attrs: { 'data-key': `note-air-order-${f.id}` },
          }),
        ]),
      );
      continue;
    }
    // Targets each mission may have now, asked of the engine.
    const choices: { mission: AirMission; target: string; label: string }[] = [];
    for (const mission of AirMission.options) {
      for (const a of world.scenario.areas) {
        const order: Order = { type: 'air', force: f.id, mission, target: a.id };
        if (checkOrder(world, state, side, order, given).ok)
          choices.push({ mission, target: a.id, label: `${MISSION_NAME[mission]}: ${a.name}` });
      }
    }
    if (choices.length === 0) continue;
    // Chosen to begin with: defending the group's own base, where it can. The first in the map's order
    // was ("Defend: Singapore" for the Dutch aircraft in Java, "Defend: Celebes" for Darwin's): an Order
    // pressed without reading the list sent them away (play21).
    const home = choices.findIndex((c) => c.mission === 'defend' && c.target === f.location);
    const select = el(
      'select',
      { attrs: { 'aria-label': `Mission for ${f.name}`, 'data-key': `air-${f.id}` } },
      choices.map((c, i) =>
        el('option', { text: c.label, attrs: { value: String(i), ...(i === home ? { selected: '' } : {}) } }),
      ),
    );
    list.append(
      el('li', {}, [
        el('strong', { text: f.name }),
        about,
        el('div', { className: 'build-row' }, [
          select,
          button(
            'Order',
            () => {
              const c = choices[Number(select.value)];
              if (c) ctx.actions.airMission(f.id, c.mission, c.target);
            },
            { key: `air-order-${f.id}`, label: `Order the mission for ${f.name}` },
          ),
        ]),
        orderNote(ctx, `air-order-${f.id}`),
      ]),
    );
  }
  if (list.childElementCount === 0) return null;
  const strikesPay = session.world.scenario.rules.combat.strikeLosses !== undefined;
  const help = AirMission.options.map((m) => `${MISSION_NAME[m]}: ${missionHelp(m, strikesPay)}.`).join(' ');
  return el('section', { className: 'tab-section', attrs: { 'aria-label': 'Air missions' } }, [
    el('h3', { text: 'Air missions' }),
    el('p', { className: 'muted', text: help }),
    list,
  ]);
}

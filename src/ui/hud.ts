/**
 * The DOM around the board: turn and date, each side's stocks, the End turn
 * button and the outcome. Real elements with accessible names; text only.
 */
import type { SideId } from '../scenario/schema';
import { byId, el } from './dom';
import { formatDate, formatNumber, formatSigned } from './format';
import { outcomeText } from './outcome-text';
import type { GameSession } from './session';

const SIDES: readonly SideId[] = ['japan', 'allies'];

export class Hud {
  private readonly session: GameSession;
  private readonly button: HTMLButtonElement;

  constructor(session: GameSession, onEndTurn: () => void) {
    this.session = session;
    this.button = byId<HTMLButtonElement>('end-turn');
    this.button.addEventListener('click', () => {
      if (!this.session.over && !this.button.disabled) onEndTurn();
    });
    byId('scenario-title').textContent =
      `${session.world.scenario.meta.title} · ${session.world.scenario.meta.period}`;
    byId('seed').textContent = session.state.seed;
  }

  /** Enables the End turn button (once the board is ready) unless the game is over. */
  setInteractive(on: boolean) {
    this.button.disabled = !on || this.session.over;
  }

  render() {
    const { state, world } = this.session;
    const last = world.scenario.calendar.lastTurn;
    const status = byId('turn-status');
    const turnText = state.outcome
      ? `Game over after turn ${state.outcome.turn} of ${last}`
      : `Turn ${state.turn} of ${last}`;
    const monthly = world.scenario.calendar.turnLength.unit === 'month';
    status.replaceChildren(
      el('span', { className: 'turn-number', text: turnText }),
      ' — ',
      el('time', {
        className: 'turn-date',
        text: formatDate(state.date, !monthly),
        attrs: { datetime: state.date },
      }),
    );
    for (const side of SIDES) this.renderStocks(side);

    const outcome = byId('outcome');
    if (state.outcome) {
      outcome.hidden = false;
      outcome.textContent = outcomeText(state.outcome);
      this.button.disabled = true;
      byId('end-turn-hint').textContent = 'The game is over.';
    } else {
      outcome.hidden = true;
      outcome.textContent = '';
    }
  }

  private renderStocks(side: SideId) {
    const { state, world, lastReport } = this.session;
    const { scenario } = world;
    const start = scenario.sides[side].stocks;
    const willId = scenario.victory.willResource;
    const list = el('dl', { className: 'stock-list' });
    for (const r of scenario.resources) {
      const value = state.sides[side].stocks[r.id] ?? 0;
      // Show what a side actually has: the Allies' merchant fleet is not modelled in the small scenario.
      if (value === 0 && (start[r.id] ?? 0) === 0 && r.id !== willId) continue;
      const low = r.warnBelow !== undefined && value <= r.warnBelow;
      const change = lastReport?.items.find(
        (i) => i.kind === 'economy' && i.side === side && i.resource === r.id,
      );
      const delta = change && change.kind === 'economy' ? change.after - change.before : null;
      list.append(
        el('div', { className: low ? 'stock low' : 'stock' }, [
          el('dt', {}, [
            el('span', { className: 'stock-name', text: r.name }),
            el('span', { className: 'stock-unit', text: r.unit }),
          ]),
          el('dd', {}, [
            el('span', {
              className: 'stock-value',
              text: formatNumber(value),
              attrs: { 'data-testid': `stock-${side}-${r.id}` },
            }),
            low && el('span', { className: 'badge-low', text: 'low' }),
            delta !== null &&
              el('span', {
                className: `stock-change ${delta < 0 ? 'down' : delta > 0 ? 'up' : ''}`,
                text: `${formatSigned(delta)} last turn`,
              }),
          ]),
        ]),
      );
    }
    byId(`stocks-${side}`).replaceChildren(list);
  }
}

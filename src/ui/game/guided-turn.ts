/**
 * A guided first turn for the Southern Oil Run, played as Japan: a small card
 * at the top of the side panel offers it, then walks through four steps — the
 * stocks, an invasion (the 16th Army to Borneo with its transports), End
 * turn, the report — ringing the part of the screen each step is about. It
 * never blocks the game: every step can be done the usual way, and the guide
 * moves on when the player has done it. Closed or finished, it is remembered
 * in this browser's storage and not offered again; How to play (the help)
 * opens it again.
 */
import type { Order } from '../../engine/index';
import { button, el } from '../kit/dom';
import type { GameSession } from './session';

/** The scenario the guide is written for. */
export const GUIDED_SCENARIO = 'southern-oil-1942';
const STORAGE_KEY = 'pov.guided-turn.southern-oil-1942';
/** Asks the game screen's guide to open (the button in How to play sends it). */
export const OPEN_GUIDE_EVENT = 'pov:open-guide';

type Step = 'offer' | 'stocks' | 'invade' | 'end' | 'report';

export interface GuideHost {
  session(): GameSession;
  /** Japan's orders drafted this turn. */
  orders(): readonly Order[];
  /** The guide's card goes in here (first). */
  container: HTMLElement;
  spots: {
    stocks: HTMLElement;
    map: HTMLElement;
    endTurn: HTMLElement;
    report: HTMLElement;
  };
  selectArea(id: string): void;
  /** Whether a move is being prepared (forces ticked). */
  composing(): boolean;
}

/** Whether the guide applies to this game: the Southern Oil Run with one player, as Japan. */
export function guideApplies(session: Pick<GameSession, 'world' | 'humanSides'>): boolean {
  const humans = session.humanSides();
  return session.world.scenario.meta.id === GUIDED_SCENARIO && humans.length === 1 && humans[0] === 'japan';
}

function remembered(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

function remember(how: 'dismissed' | 'done') {
  try {
    window.localStorage.setItem(STORAGE_KEY, how);
  } catch {
    // Storage full or off: the guide is simply offered again next time.
  }
}

export class GuidedTurn {
  private step: Step | null = null;
  private readonly card = el('section', {
    className: 'guide-card',
    attrs: { id: 'guide', 'aria-labelledby': 'guide-title', 'aria-live': 'polite' },
  });
  /** Turns played when the End turn step began (it moves on when one more is). */
  private turnsAtEnd = 0;
  private readonly onOpen = () => this.open();

  constructor(private readonly host: GuideHost) {
    document.addEventListener(OPEN_GUIDE_EVENT, this.onOpen);
    const s = host.session();
    // Offered on a first game: the first turn, never closed or finished before.
    if (guideApplies(s) && !remembered() && s.turns.length === 0 && !s.over) this.show('offer');
  }

  destroy() {
    document.removeEventListener(OPEN_GUIDE_EVENT, this.onOpen);
    this.clearSpots();
    this.card.remove();
  }

  /** From the help: the guide again, from its first step. */
  open() {
    if (!guideApplies(this.host.session()) || this.host.session().over) return;
    this.show('stocks');
    this.card.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }

  /** After every render of the game screen: moves on when the player has done the step. */
  update() {
    // The offer is for the first turn: once a turn is played without it, it goes (and is offered again next game).
    if (this.step === 'offer' && this.host.session().turns.length > 0) {
      this.step = null;
      this.card.remove();
    } else if (this.step === 'offer') {
      // A player already giving orders has answered the offer: on a laptop screen the card would push
      // the move being prepared (where to, its cost and risk) below the fold. It comes back if they clear it all.
      const busy = this.host.composing() || this.host.orders().length > 0;
      this.card.hidden = busy;
      if (!this.card.isConnected) this.host.container.prepend(this.card);
    } else if (this.step === 'invade' && this.host.orders().some((o) => o.type === 'move')) this.show('end');
    else if (this.step === 'end' && this.host.session().turns.length > this.turnsAtEnd) this.show('report');
    else if (this.step && !this.card.isConnected) this.host.container.prepend(this.card);
  }

  private close(how: 'dismissed' | 'done') {
    remember(how);
    this.step = null;
    this.clearSpots();
    this.card.remove();
  }

  private show(step: Step) {
    this.step = step;
    if (step === 'end') this.turnsAtEnd = this.host.session().turns.length;
    const spots = this.host.spots;
    this.clearSpots();
    const stop = button('Stop the guide', () => this.close('dismissed'), {
      className: 'small',
      key: 'guide-stop',
      label: 'Stop the guide (it is not shown again; How to play opens it)',
    });
    const next = (to: Step) =>
      button('Next step ▸', () => this.show(to), { className: 'primary small', key: 'guide-next' });
    const heading = (n: number | null, title: string) =>
      el('h2', { attrs: { id: 'guide-title', tabindex: '-1' } }, [
        n ? el('span', { className: 'guide-step', text: `Guided turn · step ${n} of 4` }) : null,
        title,
      ]);
    let parts: (HTMLElement | string)[];
    switch (step) {
      case 'offer':
        parts = [
          heading(null, 'New to the game? Take a guided first turn'),
          el('p', {
            text: 'Four short steps: your stocks, an invasion of Borneo, End turn, and how to read the report. About two minutes.',
          }),
          el('div', { className: 'guide-buttons' }, [
            button('Start the guided turn', () => this.open(), { className: 'primary', key: 'guide-start' }),
            button('No thanks', () => this.close('dismissed'), { key: 'guide-no' }),
          ]),
        ];
        break;
      case 'stocks':
        spots.stocks.classList.add('guide-spot');
        parts = [
          heading(1, 'Your stocks'),
          el('p', {
            text: 'The bar at the top shows what Japan has. Oil runs everything: every ship that sails burns some, and Japan has almost no oil of its own. Merchant ships bring goods home; national will is how long the country keeps fighting.',
          }),
          el('p', {
            text: 'Your goal: take the oil of Borneo and Java (and Malaya and Luzon) before your oil runs low.',
          }),
          el('div', { className: 'guide-buttons' }, [next('invade'), stop]),
        ];
        break;
      case 'invade':
        spots.map.classList.add('guide-spot');
        parts = [
          heading(2, 'Invade Borneo'),
          el('ol', {}, [
            el('li', { text: 'Click Formosa on the map (or Show me Formosa below).' }),
            el('li', { text: 'Press Pick all forces: the 16th Army, its transports and their escorts.' }),
            el('li', { text: 'Click Borneo (ringed in green), then Confirm order.' }),
          ]),
          el('div', { className: 'guide-buttons' }, [
            button('Show me Formosa', () => this.host.selectArea('formosa'), {
              className: 'primary small',
              key: 'guide-formosa',
            }),
            stop,
          ]),
        ];
        break;
      case 'end':
        spots.endTurn.classList.add('guide-spot');
        parts = [
          heading(3, 'End the turn'),
          el('p', {
            text: 'Your orders are in (the Orders tab lists them). Press End turn, or the E key. The Allies give their orders at the same time; then the map plays the month: moves along their routes, battles and areas changing hands.',
          }),
          el('div', { className: 'guide-buttons' }, [stop]),
        ];
        break;
      case 'report':
        spots.report.classList.add('guide-spot');
        parts = [
          heading(4, 'Read the report'),
          el('p', {
            text: '“In short” sums up the month. Below it, part by part: events, battles, and each stock line by line with why it went up or down. Did the 16th Army land on Borneo? Click an item to see where it happened on the map.',
          }),
          el('p', {
            text: 'Then give next month’s orders. That is the whole game: six months to take the oil.',
          }),
          el('div', { className: 'guide-buttons' }, [
            button('Finish the guide', () => this.close('done'), { className: 'primary', key: 'guide-done' }),
          ]),
        ];
        break;
    }
    this.card.replaceChildren(...parts);
    this.card.hidden = false;
    if (!this.card.isConnected) this.host.container.prepend(this.card);
    this.card.scrollTop = 0;
    this.bringIntoView(step);
  }

  /**
   * On a phone the card is a sheet over the bottom of the screen (style.css): the part of the
   * screen a step is about is scrolled into view above it (End turn is always on screen).
   */
  private bringIntoView(step: Step) {
    if (window.innerWidth >= 600) return;
    const spots = this.host.spots;
    const spot =
      step === 'stocks'
        ? spots.stocks
        : step === 'invade'
          ? spots.map
          : step === 'report'
            ? spots.report
            : null;
    spot?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }

  private clearSpots() {
    for (const spot of Object.values(this.host.spots)) spot.classList.remove('guide-spot');
  }
}

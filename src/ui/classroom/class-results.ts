/**
 * Class results: a teacher loads a class's replays (Load replays, dropped
 * files, or pasted replay links) and sees every game — file, who played each
 * side, seed, outcome, end date and key figures — grouped by scenario. Each
 * replay is verified in a worker (`verifyReplay`, the check the viewer and
 * the command line use); one that does not verify is flagged with why. Each
 * scenario's endings and verdicts (who won, how clearly) are charted next to
 * the computer's own (a batch of games played in a worker in this browser),
 * and the table exports as CSV. Nothing leaves the computer.
 */
import './class-results.css';
import { loadReplayText, type Replay, replayFromFragment } from '../../replay/index';
import { sunkOf } from '../../replay/shipping-war';
import { everyGameEndedText, shippingTableText } from '../../text/class-results-text';
import { button, el } from '../kit/dom';
import { downloadText, filePicker, readFileText } from '../kit/files';
import { formatNumber } from '../kit/format';
import { ensureBundled } from '../scenarios/bundled-scenarios';
import { scenarioFor } from '../scenarios/custom-scenarios';
import {
  bucketOf,
  type ClassGame,
  type ClassGroup,
  countBuckets,
  countWinners,
  endDateText,
  type GameFigures,
  gameOf,
  groupGames,
  OUTCOME_BUCKETS,
  type OutcomeBucket,
  outcomeWords,
  playedByWords,
  replayLinksIn,
  sharedOutcome,
  toCsv,
  WINNER_BUCKETS,
  type WinnerBucket,
  winnerBucket,
  winnerOf,
} from './class-results-logic';
import type { WorkerReply, WorkerRequest } from './class-results-worker';

/** How many games the computer plays for each scenario's chart, and with which players. */
export const COMPUTER_GAMES = 20;
const COMPUTER_PLAYERS = { japan: 'historical', allies: 'historical' } as const;
const SEEDS_PER_JOB = 4;

/** The shipping table's columns: the file, then each figure's name and how it is read off a game's figures. */
const SHIPPING_COLUMNS: readonly { label: string; value: (f: GameFigures) => number | null | undefined }[] = [
  { label: shippingTableText.file, value: () => null },
  { label: shippingTableText.merchant, value: (f) => f.japanMerchant },
  { label: shippingTableText.tankers, value: (f) => f.japanTankers },
  { label: shippingTableText.submarines, value: (f) => f.shipping?.sunkBySubmarines },
  { label: shippingTableText.aircraft, value: (f) => f.shipping?.sunkByAircraft },
  { label: shippingTableText.mines, value: (f) => f.shipping?.sunkByMines },
  { label: shippingTableText.sunk, value: (f) => (f.shipping ? sunkOf(f.shipping) : null) },
  { label: shippingTableText.oil, value: (f) => f.shipping?.oilDelivered },
];

interface Batch {
  counts: Record<OutcomeBucket, number>;
  winners: Record<WinnerBucket, number>;
  played: number;
  failed: string | null;
}

export class ClassResultsPage {
  private readonly main: HTMLElement;
  private readonly groupsBox: HTMLElement;
  private readonly status: HTMLElement;
  private readonly exportButton: HTMLButtonElement;
  private readonly linkBox: HTMLTextAreaElement;
  private games: ClassGame[] = [];
  private count = 0;
  /**
   * Files and pasted links are added one batch after another, in the order the teacher gave them: a replay's
   * scenario may have to be downloaded first, and without the queue a link pasted while files were still loading
   * took a number ("pasted link 4") that later rows then also counted past.
   */
  private adding: Promise<void> = Promise.resolve();
  private verifier: Worker | null = null;
  private batcher: Worker | null = null;
  private readonly sentScenarios = new Set<string>();
  private readonly batches = new Map<string, Batch>();
  private readonly batchJobs = new Map<number, string>();
  private jobSerial = 0;
  private readonly onDrop = (e: DragEvent) => {
    e.preventDefault();
    this.main.classList.remove('dropping');
    this.enqueue(() => this.addFiles([...(e.dataTransfer?.files ?? [])]));
  };
  private readonly onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    this.main.classList.add('dropping');
  };

  constructor(
    private readonly root: HTMLElement,
    private readonly hooks: { back(): void },
  ) {
    this.main = el('main', { className: 'class-results', attrs: { id: 'class-results' } });
    this.groupsBox = el('div', { className: 'class-groups' });
    this.status = el('p', { className: 'class-status', attrs: { role: 'status', 'aria-live': 'polite' } });
    this.exportButton = button('Export the table (CSV)', () => this.exportCsv(), {
      label: 'Export the table as CSV, for a spreadsheet',
    });
    this.exportButton.disabled = true;
    this.linkBox = el('textarea', {
      attrs: {
        id: 'replay-links',
        rows: '3',
        spellcheck: 'false',
        placeholder: 'https://…/#replay=…  (one link per line)',
      },
    });
  }

  start() {
    document.title = 'Class results — Price of Victory';
    const picker = filePicker(
      'Load replays…',
      '.json,application/json',
      (files) => this.enqueue(() => this.addFiles(files)),
      {
        id: 'load-replays',
        label: 'Load replays',
        className: 'primary big',
        multiple: true,
      },
    );
    const addLinks = button(
      'Add these links',
      () => {
        // The box is read when the button is pressed, and emptied if it held links (a later paste is the
        // next batch); text with no link in it stays, to be corrected.
        const links = replayLinksIn(this.linkBox.value);
        if (links.length === 0) {
          this.status.textContent = 'No replay link found in the box: a replay link has “#replay=” in it.';
          return;
        }
        this.linkBox.value = '';
        this.enqueue(() => this.addLinks(links));
      },
      {
        label: 'Add the pasted replay links',
      },
    );
    this.main.append(
      el('header', { className: 'class-results-header' }, [
        button('← Start screen', () => this.hooks.back(), {
          className: 'small',
          label: 'Back to the start screen',
        }),
        el('h1', { text: 'Class results' }),
        el('p', {
          className: 'class-intro',
          text: "Load your students' replay files to see every game side by side. Each replay is played again here to check it was really played (a changed file is flagged). Nothing is sent anywhere.",
        }),
      ]),
      el('section', { className: 'class-load', attrs: { 'aria-label': 'Add replays' } }, [
        el('div', { className: 'class-load-files' }, [
          picker.button,
          picker.input,
          el('p', {
            className: 'hint',
            text: 'Pick many files at once (Ctrl or Shift), or drop them anywhere on this page.',
          }),
        ]),
        el('div', { className: 'class-load-links' }, [
          el('label', { text: 'Or paste replay links', attrs: { for: 'replay-links' } }),
          this.linkBox,
          addLinks,
        ]),
      ]),
      el('div', { className: 'class-toolbar' }, [this.status, this.exportButton]),
      this.groupsBox,
    );
    this.main.addEventListener('dragover', this.onDragOver);
    this.main.addEventListener('drop', this.onDrop);
    this.main.addEventListener('dragleave', (e) => {
      if (e.target === this.main) this.main.classList.remove('dropping');
    });
    this.root.replaceChildren(this.main);
    this.render();
  }

  destroy() {
    this.verifier?.terminate();
    this.batcher?.terminate();
    this.verifier = null;
    this.batcher = null;
  }

  /** Batches are added one after another, in the order the teacher gave them. One that fails unexpectedly says
   * so in the status line (never an unhandled error), and the next batch still runs. */
  private enqueue(add: () => Promise<void>) {
    this.adding = this.adding.then(add).catch((e: unknown) => {
      this.render();
      this.status.textContent = `Could not add these games: ${e instanceof Error ? e.message : String(e)}`;
    });
  }

  private async addFiles(files: File[]) {
    for (const file of files) {
      const read = await readFileText(file);
      if (!read.ok) this.addUnreadable(file.name, read.message);
      else await this.addText(read.text, file.name);
    }
    this.render();
  }

  private async addLinks(links: string[]) {
    for (const [i, link] of links.entries()) {
      const loaded = replayFromFragment(link);
      const source = `pasted link ${this.count + 1}`;
      if (!loaded.ok) this.addUnreadable(source, loaded.problems[0]?.message ?? 'not a replay link', i);
      else await this.addReplay(loaded.value, source);
    }
    this.render();
  }

  private async addText(text: string, source: string) {
    const loaded = loadReplayText(text);
    if (!loaded.ok) {
      const p = loaded.problems[0];
      this.addUnreadable(source, p ? `${p.path}: ${p.message}` : 'not a replay');
      return;
    }
    await this.addReplay(loaded.value, source);
  }

  /** A file that is not a replay at all: listed on its own, flagged. */
  private addUnreadable(source: string, why: string, _i = 0) {
    const n = ++this.count;
    this.games.push({
      n,
      source,
      group: '(not replays)',
      scenarioId: '',
      scenarioTitle: 'Files that are not replays',
      monthlyTurns: false,
      whatIf: null,
      seed: '',
      players: { japan: '', allies: '' },
      hashes: [],
      said: { japan: [], allies: [] },
      calendar: null,
      claimed: null,
      turns: 0,
      status: 'failed',
      verdict: { ok: false, why: `not a replay: ${why}` },
    });
  }

  /** One replay: its row, and its check in the worker (its scenario's file fetched first if it is a bundled one). */
  private async addReplay(replay: Replay, source: string) {
    const failed = await ensureBundled(replay.scenario.id);
    const n = ++this.count;
    const found = scenarioFor(replay.scenario.id, replay.scenario.hash, undefined, replay.whatIf);
    const title = found.ok ? found.base.meta.title : replay.scenario.id;
    const game = gameOf(
      n,
      source,
      replay,
      title,
      found.ok && found.base.calendar.turnLength.unit === 'month',
      found.ok ? { start: found.base.calendar.start, turnLength: found.base.calendar.turnLength } : null,
    );
    this.games.push(game);
    if (!found.ok) {
      game.status = 'failed';
      game.verdict = { ok: false, why: failed ?? found.message };
      return;
    }
    const key = replay.scenario.hash;
    const first = !this.sentScenarios.has(key);
    this.sentScenarios.add(key);
    const scenarioText = JSON.stringify(found.base);
    this.post(this.verifierWorker(), {
      type: 'verify',
      n,
      replayText: JSON.stringify(replay),
      scenario: { key, whatIf: replay.whatIf ?? null, ...(first ? { text: scenarioText } : {}) },
    });
    if (!this.batches.has(game.group)) this.startBatch(game.group, scenarioText, replay.whatIf ?? null);
  }

  private verifierWorker(): Worker {
    this.verifier ??= this.makeWorker();
    return this.verifier;
  }

  private makeWorker(): Worker {
    // The game's one worker script (the computer player uses it too: one copy of the engine to download).
    const worker = new Worker(new URL('../app/game-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerReply>) => this.onReply(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      for (const g of this.games) {
        if (g.status !== 'checking') continue;
        g.status = 'failed';
        g.verdict = {
          ok: false,
          why: 'the checking worker stopped (reload the page and load the files again)',
        };
      }
      this.render();
    };
    return worker;
  }

  private post(worker: Worker, request: WorkerRequest) {
    worker.postMessage(request);
  }

  /** The computer plays the same scenario COMPUTER_GAMES times, a few seeds per message so the chart fills in. */
  private startBatch(group: string, scenarioText: string, whatIf: string | null) {
    this.batches.set(group, { counts: countBuckets([]), winners: countWinners([]), played: 0, failed: null });
    this.batcher ??= this.makeWorker();
    for (let from = 1; from <= COMPUTER_GAMES; from += SEEDS_PER_JOB) {
      const job = ++this.jobSerial;
      this.batchJobs.set(job, group);
      const seeds = Array.from(
        { length: Math.min(SEEDS_PER_JOB, COMPUTER_GAMES - from + 1) },
        (_, i) => `computer-${from + i}`,
      );
      this.post(this.batcher, { type: 'batch', job, scenarioText, whatIf, seeds, ...COMPUTER_PLAYERS });
    }
  }

  private onReply(reply: WorkerReply) {
    if (reply.type === 'verified') {
      const game = this.games.find((g) => g.n === reply.n);
      if (!game) return;
      game.verdict = reply.verdict;
      game.status = reply.verdict.ok ? 'verified' : 'failed';
    } else {
      const batch = this.batches.get(this.batchJobs.get(reply.job) ?? '');
      if (!batch) return;
      if (reply.type === 'batch-failed') batch.failed = reply.message;
      else {
        for (const run of reply.runs) {
          batch.counts[run.outcome ?? 'unfinished'] += 1;
          batch.winners[winnerBucket(run.verdict)] += 1;
        }
        batch.played += reply.runs.length;
      }
    }
    this.render();
  }

  private exportCsv() {
    const day = new Date().toISOString().slice(0, 10);
    downloadText(`class-results-${day}.csv`, toCsv(this.games), 'text/csv');
  }

  // ------------------------------------------------------------------ rendering

  private render() {
    const total = this.games.length;
    const checking = this.games.filter((g) => g.status === 'checking').length;
    const failed = this.games.filter((g) => g.status === 'failed').length;
    this.exportButton.disabled = total === 0;
    if (total === 0) {
      this.status.textContent = 'No replays loaded yet.';
      this.groupsBox.replaceChildren(
        el('p', {
          className: 'class-empty',
          text: 'Ask each student to use Save & share → Export replay at the end of their game, and to name the file after themselves (e.g. “maria-k.replay.json”). The file name is shown as who played.',
        }),
      );
      return;
    }
    const parts = [`${total} ${total === 1 ? 'replay' : 'replays'} loaded`];
    if (checking) parts.push(`${checking} being checked…`);
    parts.push(`${total - checking - failed} verified`);
    if (failed) parts.push(`${failed} ${failed === 1 ? 'does' : 'do'} not verify (marked ⚠ below)`);
    this.status.textContent = `${parts.join(' · ')}.`;
    this.groupsBox.replaceChildren(...groupGames(this.games).map((g) => this.renderGroup(g)));
  }

  private renderGroup(group: ClassGroup): HTMLElement {
    const notReplays = group.key === '(not replays)';
    const title = group.whatIf ? `${group.scenarioTitle} — what if: ${group.whatIf}` : group.scenarioTitle;
    const verified = group.games.filter((g) => g.status === 'verified').length;
    const failed = group.games.filter((g) => g.status === 'failed').length;
    const summary = notReplays
      ? `${group.games.length} ${group.games.length === 1 ? 'file' : 'files'} could not be read as replays.`
      : `${group.games.length} ${group.games.length === 1 ? 'game' : 'games'}: ${verified} verified${failed ? `, ${failed} not verified` : ''}.`;
    const headingId = `group-${group.games[0]?.n ?? 0}`;
    return el(
      'section',
      {
        className: 'class-group',
        attrs: { 'aria-labelledby': headingId, 'data-scenario': group.scenarioId },
      },
      [
        el('h2', { attrs: { id: headingId }, text: title }),
        el('p', { className: 'hint', text: summary }),
        el('div', { className: notReplays ? 'class-group-body only-table' : 'class-group-body' }, [
          this.renderTable(group, notReplays),
          notReplays ? null : this.renderShipping(group),
          notReplays ? null : this.renderCharts(group),
        ]),
      ],
    );
  }

  private renderTable(group: ClassGroup, notReplays: boolean): HTMLElement {
    const head = notReplays
      ? ['File', 'Why it cannot be used']
      : [
          'File (who played)',
          'Japan played by',
          'Allies played by',
          'Seed',
          'Checked',
          'Outcome',
          'End date',
          'Japan oil (thousand bbl)',
          'Japan will',
          'Allied will',
          'Areas Japan holds',
        ];
    const cell = (i: number, text: string, className?: string) =>
      el('td', { text, ...(className ? { className } : {}), attrs: { 'data-label': head[i] ?? '' } });
    const rows = group.games.flatMap((g) => {
      if (notReplays) {
        return [
          el('tr', { className: 'row-failed', attrs: { 'data-file': g.source } }, [
            el('th', { attrs: { scope: 'row' }, text: g.source }),
            cell(1, g.verdict && !g.verdict.ok ? g.verdict.why : ''),
          ]),
        ];
      }
      const v = g.verdict?.ok ? g.verdict : null;
      const f = v?.figures;
      const num = (n: number | null | undefined) => (n === null || n === undefined ? '–' : formatNumber(n));
      const checked =
        g.status === 'checking'
          ? el('span', { className: 'checking', text: 'checking…' })
          : g.status === 'verified'
            ? el('span', { className: 'verified', text: '✓ verified' })
            : el('strong', { className: 'not-verified', text: '⚠ not verified' });
      const row = el('tr', { className: `row-${g.status}`, attrs: { 'data-file': g.source } }, [
        el('th', { attrs: { scope: 'row' }, text: g.source }),
        cell(1, playedByWords(g, 'japan', this.games)),
        cell(2, playedByWords(g, 'allies', this.games)),
        cell(3, g.seed, 'seed'),
        el('td', { className: 'check-cell', attrs: { 'data-label': head[4]! } }, [checked]),
        cell(5, outcomeWords(g)),
        cell(6, endDateText(g), 'date'),
        cell(7, num(f?.japanOil), 'num'),
        cell(8, num(f?.japanWill), 'num'),
        cell(9, num(f?.alliesWill), 'num'),
        cell(10, f ? `${f.japanAreas} of ${f.areas}` : '–', 'num'),
      ]);
      if (g.status !== 'failed' || !g.verdict || g.verdict.ok) return [row];
      // Why it does not verify, across the whole table under its row.
      const why = el('td', { attrs: { colspan: String(head.length) } }, [
        el('strong', { text: `⚠ ${g.source} does not verify: ` }),
        g.verdict.why,
        '. Its outcome and figures are left out of the chart.',
        g.verdict.detail ? el('span', { className: 'why-detail', text: ` (${g.verdict.detail})` }) : null,
      ]);
      return [row, el('tr', { className: 'why-row', attrs: { 'data-why-for': g.source } }, [why])];
    });
    const caption = notReplays ? 'Files that are not replays' : `Games of ${group.scenarioTitle}`;
    return el(
      'div',
      { className: 'table-scroll', attrs: { tabindex: '0', role: 'region', 'aria-label': caption } },
      [
        el('table', { className: 'class-table' }, [
          el('caption', { className: 'visually-hidden', text: caption }),
          el('thead', {}, [
            el(
              'tr',
              {},
              head.map((h) => el('th', { attrs: { scope: 'col' }, text: h })),
            ),
          ]),
          el('tbody', {}, rows),
        ]),
      ],
    );
  }

  /**
   * Japan's shipping war in each game, a table of its own under the games (the games' table had no room
   * left on a 1366-pixel laptop): the merchant ships and tankers left, the tonnage sunk by each cause and
   * the oil shipped home over the whole game, the figures a convoy lesson lines up (compare31). None for
   * a scenario without shipping rules.
   */
  private renderShipping(group: ClassGroup): HTMLElement | null {
    const figures = group.games.map((g) => (g.verdict?.ok ? g.verdict.figures : null));
    if (!figures.some((f) => f?.shipping)) return null;
    const head = SHIPPING_COLUMNS.map((c) => c.label);
    const rows = group.games.map((g, i) => {
      const f = figures[i];
      return el('tr', { className: `row-${g.status}`, attrs: { 'data-shipping-file': g.source } }, [
        el('th', { attrs: { scope: 'row' }, text: g.source }),
        ...SHIPPING_COLUMNS.slice(1).map((c) => {
          const value = f ? c.value(f) : null;
          return el('td', {
            className: 'num',
            attrs: { 'data-label': c.label },
            text: value === null || value === undefined ? '–' : formatNumber(value),
          });
        }),
      ]);
    });
    const caption = shippingTableText.heading;
    return el('section', { className: 'class-shipping', attrs: { 'aria-label': caption } }, [
      el('h3', { text: caption }),
      el('p', { className: 'hint', text: shippingTableText.hint }),
      el(
        'div',
        { className: 'table-scroll', attrs: { tabindex: '0', role: 'region', 'aria-label': caption } },
        [
          el('table', { className: 'class-table shipping-class-table' }, [
            el('caption', { className: 'visually-hidden', text: caption }),
            el('thead', {}, [
              el(
                'tr',
                {},
                head.map((h) => el('th', { attrs: { scope: 'col' }, text: h })),
              ),
            ]),
            el('tbody', {}, rows),
          ]),
        ],
      ),
    ]);
  }

  /**
   * The class's games next to the computer's, in two charts: how the games ended (one line when
   * they all ended alike) and who won, as each game's end screen judged it.
   */
  private renderCharts(group: ClassGroup): HTMLElement {
    const batch = this.batches.get(group.key);
    const computerTotal = batch?.played ?? 0;
    const classKinds = group.games.map(bucketOf);
    const classTotal = classKinds.filter((k) => k !== null).length;
    const checking = group.games.filter((g) => g.status === 'checking').length;
    const progress = batch?.failed
      ? `The computer's games could not be played: ${batch.failed}`
      : computerTotal < COMPUTER_GAMES
        ? `The computer is playing its games: ${computerTotal} of ${COMPUTER_GAMES}…`
        : `The computer played ${COMPUTER_GAMES} games of this scenario here, both sides as in history (seeds computer-1 to computer-${COMPUTER_GAMES}).`;
    const shared = sharedOutcome(
      classKinds,
      checking,
      batch && !batch.failed ? { counts: batch.counts, played: computerTotal, games: COMPUTER_GAMES } : null,
    );
    const ending = shared
      ? el(
          'p',
          {
            className: 'class-ending-line',
            attrs: { 'data-chart': 'outcomes', 'data-outcome': shared },
          },
          [
            el('strong', { text: 'How the games ended: ' }),
            `${everyGameEndedText(shared)} `,
            el('span', {
              className: 'hint',
              text: `(the class's ${classTotal} verified ${classTotal === 1 ? 'game' : 'games'} and the computer's ${computerTotal})`,
            }),
          ],
        )
      : this.renderOutcomes(classKinds, classTotal, batch);
    return el('div', { className: 'class-charts' }, [
      ending,
      this.renderWinners(group, batch),
      el('p', { className: 'hint computer-progress', text: progress }),
    ]);
  }

  /** One row per kind of result: its name, then the class's bar and the computer's, the numbers written out. */
  private barRows(
    shown: readonly { kind: string; label: string }[],
    attr: string,
    classCounts: Record<string, number>,
    classTotal: number,
    computerCounts: Record<string, number> | undefined,
    computerTotal: number,
  ): HTMLElement {
    const bar = (who: 'class' | 'computer', count: number, total: number) => {
      const share = total ? count / total : 0;
      const fill = el('span', { className: `bar-fill ${who}` });
      fill.style.width = `${Math.round(share * 100)}%`;
      return el('div', { className: 'bar-row' }, [
        el('span', { className: 'bar-who', text: who === 'class' ? 'Class' : 'Computer' }),
        el('span', { className: 'bar-track' }, [fill]),
        el('span', {
          className: 'bar-value',
          text: total ? `${count} of ${total} (${Math.round(share * 100)}%)` : '–',
        }),
      ]);
    };
    return el(
      'div',
      { className: 'outcome-rows' },
      shown.map((b) =>
        el('div', { className: 'outcome-bars', attrs: { [attr]: b.kind } }, [
          el('span', { className: 'outcome-name', text: b.label }),
          bar('class', classCounts[b.kind] ?? 0, classTotal),
          bar('computer', computerCounts?.[b.kind] ?? 0, computerTotal),
        ]),
      ),
    );
  }

  /** How the games ended: the class's outcomes next to the computer's. */
  private renderOutcomes(
    classKinds: readonly (OutcomeBucket | null)[],
    classTotal: number,
    batch: Batch | undefined,
  ): HTMLElement {
    const classCounts = countBuckets(classKinds);
    // Only the endings that happened, in the class or the computer's games (all of them while nothing is counted).
    const seen = OUTCOME_BUCKETS.filter((b) => classCounts[b.kind] > 0 || (batch?.counts[b.kind] ?? 0) > 0);
    const shown = seen.length ? seen : OUTCOME_BUCKETS.filter((b) => b.kind !== 'unfinished');
    return el('figure', { className: 'outcome-chart', attrs: { 'data-chart': 'outcomes' } }, [
      el('figcaption', {}, [
        el('strong', { text: 'How the games ended' }),
        ` — the class's verified games (${classTotal}) next to the computer's.`,
      ]),
      this.barRows(shown, 'data-outcome', classCounts, classTotal, batch?.counts, batch?.played ?? 0),
      seen.length < OUTCOME_BUCKETS.length && seen.length > 0
        ? el('p', {
            className: 'hint',
            text: `No game ended otherwise (${OUTCOME_BUCKETS.filter((b) => !seen.includes(b))
              .map((b) => b.label)
              .join(', ')}: none).`,
          })
        : null,
    ]);
  }

  /** Who won: each verified game's verdict (the end screen's), the class's next to the computer's. */
  private renderWinners(group: ClassGroup, batch: Batch | undefined): HTMLElement {
    const classWinners = group.games.map(winnerOf);
    const classCounts = countWinners(classWinners);
    const classTotal = classWinners.filter((k) => k !== null).length;
    // Only the verdicts that were given (the five of a finished game while nothing is counted).
    const seen = WINNER_BUCKETS.filter((b) => classCounts[b.kind] > 0 || (batch?.winners[b.kind] ?? 0) > 0);
    const shown = seen.length ? seen : WINNER_BUCKETS.filter((b) => b.kind !== 'unjudged');
    return el('figure', { className: 'outcome-chart', attrs: { 'data-chart': 'winners' } }, [
      el('figcaption', {}, [
        el('strong', { text: 'Who won' }),
        ` — the end screen's verdict on each of the class's verified games (${classTotal}) next to the computer's.`,
      ]),
      this.barRows(shown, 'data-verdict', classCounts, classTotal, batch?.winners, batch?.played ?? 0),
    ]);
  }
}

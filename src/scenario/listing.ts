/**
 * What the start screen and the saved games list show of a scenario, without
 * the scenario itself: its names, calendar, goals and what-ifs. The bundled
 * scenarios' listings are made at build time (scripts/scenario-index.mjs), so
 * the start page downloads a few kilobytes instead of every scenario file. A
 * whole `Scenario` is also a listing (it has every field), so a scenario
 * loaded from a file is listed by the same code.
 */
import type { Problem } from './problems';
import type { Scenario, SideId } from './schema';

export interface ScenarioListing {
  meta: Pick<Scenario['meta'], 'id' | 'title' | 'period' | 'summary' | 'playMinutes' | 'goals'>;
  calendar: Pick<Scenario['calendar'], 'start' | 'turnLength' | 'lastTurn'>;
  sides: Record<SideId, { name: string }>;
  whatIfs: Pick<Scenario['whatIfs'][number], 'id' | 'title' | 'description'>[];
}

/** The listing's fields of a scenario, and nothing else (what goes into the index). */
export function listingOf(scenario: Scenario): ScenarioListing {
  const { id, title, period, summary, playMinutes, goals } = scenario.meta;
  const { start, turnLength, lastTurn } = scenario.calendar;
  return {
    meta: { id, title, period, summary, playMinutes, ...(goals ? { goals } : {}) },
    calendar: { start, turnLength, lastTurn },
    sides: { japan: { name: scenario.sides.japan.name }, allies: { name: scenario.sides.allies.name } },
    whatIfs: scenario.whatIfs.map(({ id, title, description }) => ({ id, title, description })),
  };
}

/** A bundled scenario in the index: its file, id and listing, or the problems of a file that does not load. */
export interface IndexEntry {
  /** The file name without .json (what a link names). */
  file: string;
  /** The scenario's own id (meta.id), or the file name if it cannot be read. */
  id: string;
  loaded: { ok: true; value: ScenarioListing } | { ok: false; problems: Problem[] };
}

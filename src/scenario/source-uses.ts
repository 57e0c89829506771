/**
 * What each of a scenario's sources is cited for, so the teacher's Sources list can show this
 * scenario's own first. The Southern Oil Run's list named about 40 sources, Leyte Gulf, Iwo Jima and
 * the Kure raids of 1945 among them (play29): the data scripts add to every bundled scenario the
 * sources its shared rules are calibrated on (damage control, covering fleets, the support cap …),
 * beside those its events, history and plans cite.
 *
 * `own`: the keys this scenario's own data cites outside `rules` — a `source` field, or the closing
 * "Sources:" sentence of a text (src/text/source-keys.ts). `rules`: the rest, cited by its rules'
 * data or by the rules' code (docs/SOURCES.md). Each in the order of `meta.sources`.
 */
import { splitSources } from '../text/source-keys';
import type { Scenario } from './schema';

type Source = Scenario['meta']['sources'][number];

export function sourcesByUse(scenario: Scenario): { own: Source[]; rules: Source[] } {
  const cited = new Set<string>();
  const walk = (v: unknown, field: string): void => {
    if (typeof v === 'string') {
      if (field === 'source') cited.add(v);
      else for (const k of splitSources(v).keys) cited.add(k);
    } else if (Array.isArray(v)) {
      for (const x of v) walk(x, field);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, k);
    }
  };
  for (const [k, v] of Object.entries(scenario)) {
    if (k === 'rules') continue;
    if (k === 'meta') {
      for (const [mk, mv] of Object.entries(v as Scenario['meta'])) if (mk !== 'sources') walk(mv, mk);
    } else walk(v, k);
  }
  const own: Source[] = [];
  const rules: Source[] = [];
  for (const s of scenario.meta.sources) (cited.has(s.key) ? own : rules).push(s);
  return { own, rules };
}

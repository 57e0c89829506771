/**
 * Source keys in scenario texts: a text players read may end with one closing "Sources: K1, K2."
 * sentence (and nowhere else names a key: src/scenario/player-text-lint.ts). The game shows that
 * sentence apart, as a Sources line, so a student reads the prose without bibliographic keys.
 */

const CLOSING = /\s*Sources?: ([A-Z][A-Z0-9-]*(?:, [A-Z][A-Z0-9-]*)*)\.$/;

/** The prose of a text and the keys of its closing Sources sentence (none: the text as it is). */
export function splitSources(text: string): { text: string; keys: string[] } {
  const m = CLOSING.exec(text);
  if (!m) return { text, keys: [] };
  return { text: text.slice(0, m.index), keys: m[1]?.split(', ') ?? [] };
}

/** "Sources: O4, O8" — the line shown under the prose (empty with no keys). */
export function sourcesLine(keys: readonly string[]): string {
  if (keys.length === 0) return '';
  return `${keys.length === 1 ? 'Source' : 'Sources'}: ${keys.join(', ')}`;
}

/** "Source: Parillo, The Japanese Merchant Marine … (1993)." — sources named by their citations, not their keys. */
export function citedSourcesLine(citations: readonly string[]): string {
  if (citations.length === 0) return '';
  const named = citations.map((c) => c.replace(/\.\s*$/, '')).join('; ');
  return `${citations.length === 1 ? 'Source' : 'Sources'}: ${named}.`;
}

/**
 * An event's Source line: its citation, and the keys of its note's closing Sources sentence
 * ("Source: Timeline …, compiled for this game; see also B12 under Sources in About"). A citation's
 * closing full stop is dropped before "; see also" (it read "… listed here.; see also B12").
 */
export function eventSourceLine(citation: string, keys: readonly string[]): string {
  if (keys.length === 0) return `Source: ${citation}`;
  return `Source: ${citation.replace(/\.\s*$/, '')}; see also ${keys.join(', ')} under Sources in About`;
}

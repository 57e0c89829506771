/**
 * Scenario text as a student reads it: notes, prompts and source lines
 * written for the project name its working files ("HISTORY.md §4",
 * "seeds/….txt", "docs/…", "the seed essay"); on screen they become plain
 * references a student can follow, with the source keys kept.
 */

import { MONTHS } from './format';

const RULES: [RegExp, string][] = [
  [/\s*\((?:see )?HISTORY\.md(?: §\s?\d+)?\)/g, ''],
  [/\(([A-Z]+\d+(?:[ ,]+[A-Z]+\d+)*) in HISTORY\.md\)/g, '($1)'],
  [/HISTORY\.md \(([A-Z]+\d+)\)/g, 'source $1'],
  [/HISTORY\.md §\s?\d+,\s*/g, ''],
  [/\bsources listed there\b/g, 'sources listed under Sources in About'],
  [/\s*\(HISTORY\.md §\s?\d+\)/g, ''],
  [/HISTORY\.md(?: §\s?\d+)?/g, 'the sources'],
  [/[;,]\s*the reasoning is in docs\/[\w./-]+/g, ''],
  [/\s*\((?:see )?docs\/[\w./-]+\)/g, ''],
  [/docs\/[\w./-]+\.md/g, 'the game’s notes'],
  [/The project's source text, seeds\/[\w./-]+\.txt/g, 'An essay on the Pacific War given with the game'],
  [/\s*\(?seeds\/[\w./-]+\.txt\)?/g, ''],
  [/\bthe project's (?:source|seed) text\b/g, 'an essay on the war'],
  [/\bThe project's (?:source|seed) text\b/g, 'An essay on the war'],
  [/\bthe (?:seed essay|seed text|source text)\b/g, 'an essay on the war'],
  [/\bThe (?:seed essay|seed text|source text)\b/g, 'An essay on the war'],
  [/\b(?:seed essay|seed text)\b/g, 'essay on the war'],
];

export function forStudents(text: string): string {
  let t = text;
  for (const [re, to] of RULES) t = t.replace(re, to);
  t = t.replace(/ {2,}/g, ' ').replace(/\s+([.,;])/g, '$1');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const DATED =
  /^(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4}): /;

/**
 * An event message that opens with the date it happened in history ("7 December 1941: …")
 * keeps that date only when the game's turn covers it; otherwise the date moves to a note,
 * so a strike made in August is not told as 7 December.
 */
export function datedMessage(text: string, turnStart: string, turnEnd: string): string {
  const m = DATED.exec(text);
  if (!m) return forStudents(text);
  const iso = `${m[3]}-${String(MONTHS.indexOf(m[2] ?? '') + 1).padStart(2, '0')}-${String(m[1]).padStart(2, '0')}`;
  if (iso >= turnStart && iso < turnEnd) return forStudents(text);
  const rest = text.slice(m[0].length);
  return forStudents(
    `${rest.charAt(0).toUpperCase()}${rest.slice(1)} (In history this happened on ${m[1]} ${m[2]} ${m[3]}.)`,
  );
}

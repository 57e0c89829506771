/**
 * Names in one line of a report — places fought over, ships sunk, areas that changed hands —
 * with a semicolon between them: a name may itself hold "and" or a comma ("Malaya and Singapore",
 * "Celebes and Sulu Seas, Makassar Strait"), and the twenty-first play session read "3 battles:
 * Java Sea, Luzon, Malaya and Singapore" as four places. The stocks' line uses the same mark.
 */
export function nameList(names: readonly string[]): string {
  return names.join('; ');
}

/**
 * Names inside a sentence: "Formosa and Southern Indochina", "Borneo, Java and Sumatra". When a
 * name holds "and" or a comma itself, the list falls back to semicolons (`nameList`), which a
 * reader can still split; callers put such a list at the end of a clause, where a semicolon does
 * not read as the end of the sentence.
 */
export function proseList(names: readonly string[]): string {
  if (names.some((name) => name.includes(' and ') || name.includes(','))) return nameList(names);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * At most `most` names inside a sentence, the rest counted: "Central Pacific (Marshalls waters);
 * Hawaii (Pearl Harbor) and 2 more". For a one-line warning whose full list is a tap away (the port
 * Danger line under End turn listed four carriers' places in seven lines on a phone).
 */
export function proseListUpTo(names: readonly string[], most: number): string {
  if (names.length <= most) return proseList(names);
  const head = names.slice(0, most);
  const mark = head.some((name) => name.includes(' and ') || name.includes(',')) ? '; ' : ', ';
  return `${head.join(mark)} and ${names.length - most} more`;
}

/**
 * Names in one line of a report — places fought over, ships sunk, areas that changed hands —
 * with a semicolon between them: a name may itself hold "and" or a comma ("Malaya and Singapore",
 * "Celebes and Sulu Seas, Makassar Strait"), and the twenty-first play session read "3 battles:
 * Java Sea, Luzon, Malaya and Singapore" as four places. The stocks' line uses the same mark.
 */
export function nameList(names: readonly string[]): string {
  return names.join('; ');
}

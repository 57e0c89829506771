/** Dates as people write them ("7 December 1941", "December 1941"), for every screen and the CLI alike. */

/** Month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1941-12-07" → "December 1941", or "7 December 1941" with the day. */
export function formatDate(iso: string, withDay = false): string {
  const y = iso.slice(0, 4);
  const month = MONTHS[Number(iso.slice(5, 7)) - 1] ?? iso.slice(5, 7);
  const day = Number(iso.slice(8, 10));
  return withDay ? `${day} ${month} ${y}` : `${month} ${y}`;
}

/**
 * The words of the convoy policy (the share of the cargo fleet that may sail, `policies.sailings`) on the Home
 * front. The engine sails only the ships the month's cargo needs, up to that share (phases/economy/deliveries.ts
 * `planCargoes`), so a lower share changes nothing while the fleet is larger than the cargo needs (play24: a
 * student who chose 60% saw no change and no word why). The figures are the engine's, from the last turn's
 * supply record; nothing is worked out here but a share for the sentence.
 */
const number = new Intl.NumberFormat('en-GB');
const n = (v: number): string => number.format(v);

/** What sailing fewer ships does. */
export const CONVOY_RULE_TEXT =
  'Only the ships the cargo needs sail, up to this share: ships kept in port are not sunk, but carry no oil or raw materials home. Escorts count only in the sea area where they are.';

/**
 * Last month's sailings against the fleet now (thousand GT, freighters and tankers), or null when nothing sailed
 * (the first turn, or no shipping): "Last month 2,100 thousand GT sailed, 36% of the 5,910 you have: …".
 */
export function lastSailingsText(sailedKgt: number, fleetKgt: number, monthly = true): string | null {
  if (sailedKgt <= 0 || fleetKgt <= 0) return null;
  const percent = Math.min(100, Math.round((sailedKgt * 100) / fleetKgt));
  return `${monthly ? 'Last month' : 'Last turn'} ${n(sailedKgt)} thousand GT of shipping sailed (supplies for the garrisons included), ${percent}% of the ${n(fleetKgt)} thousand GT of freighters and tankers you have now: a share above that changes nothing while the cargo stays the same.`;
}

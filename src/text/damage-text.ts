/**
 * The words of why a force took damage, was lost or left the battle area: the `cause` of a
 * report's `damage` and `retired` items and of each battle loss, which the engine gives as data
 * (a code, numbers and area ids). The UI and the CLI both word them here.
 */
import { assertNever } from '../engine/assert-never';
import type { DamageCause, FireKind, RetireCause } from '../engine/report';
import type { SideId } from '../scenario/schema';

/** Area ids to the names a reader knows (the UI's and the CLI's own lookup). */
export type AreaNames = (id: string) => string;

const ADJECTIVE: Record<SideId, string> = { japan: 'Japanese', allies: 'Allied' };
/** Submarines are named by navy: the Allied boats in the Pacific were American. */
const NAVY: Record<SideId, string> = { japan: 'Japanese', allies: 'US' };

const FIRE: Record<FireKind, string> = {
  'air-strikes': 'air strikes',
  gunfire: 'gunfire',
  'ground-fire': 'ground fire',
  'port-strike': 'carrier air strike on a port',
  aa: 'fighters and AA',
};

/** A ship that left the battle: kept afloat by her damage control, or too badly hit to fight on. */
const LEFT = {
  stayed: '',
  'kept-afloat': '; her damage control kept her afloat and she left the battle',
  withdrew: '; badly damaged, she left the battle',
} as const;

const points = (p: number): string => `${p} point${p === 1 ? '' : 's'}`;

/** "30 points of Japanese air strikes and 12 of Japanese gunfire": fire of more than one kind on one force. */
function fireSplit(
  shooter: SideId,
  split: readonly { fire: FireKind; points: number }[] | undefined,
): string | null {
  if (split === undefined || split.length < 2) return null;
  const parts = split.map(
    (k, i) => `${i === 0 ? points(k.points) : k.points} of ${ADJECTIVE[shooter]} ${FIRE[k.fire]}`,
  );
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** An army that gave up; `cutOff`: cut off from supply (rules.combat.cutOffSurrenderPercent). */
const SURRENDERED = (men: number, cutOff: true | undefined) =>
  cutOff
    ? `the ${men} thousand survivors, cut off from supply with no relief coming, surrendered`
    : `the ${men} thousand survivors surrendered`;

/** An army overwhelmed in a ground battle (rules.combat.overwhelmOdds). */
const OVERWHELMED = (men: number) =>
  `overwhelmed by an enemy with several times its strength: the ${men} thousand men left were killed or captured`;

/** Why a force took damage or was lost, as a reader sees it after "—" or ":" (no full stop). */
export function damageCauseText(cause: DamageCause, areaName: AreaNames): string {
  switch (cause.code) {
    case 'fire': {
      const by = `${ADJECTIVE[cause.shooter]} ${FIRE[cause.fire]}`;
      const hit =
        cause.fire === 'aa' && cause.points === 0
          ? `shot down by ${by}`
          : `${fireSplit(cause.shooter, cause.split) ?? `${points(cause.points)} of ${by}`}${cause.onDeck ? ' on a carrier caught with her aircraft on deck' : ''}${LEFT[cause.left ?? 'stayed']}${cause.crippled ? '; crippled, she could not be saved' : ''}${cause.shotDown ? `; ${cause.shotDown} of its aircraft shot down by ${ADJECTIVE[cause.shooter]} ${FIRE.aa} as they struck` : ''}`;
      if (cause.surrendered !== undefined)
        return `${hit}; then ${SURRENDERED(cause.surrendered, cause.cutOff)}`;
      if (cause.overwhelmed !== undefined) return `${hit}; then ${OVERWHELMED(cause.overwhelmed)}`;
      return hit;
    }
    case 'surrendered':
      return SURRENDERED(cause.men, cause.cutOff);
    case 'overwhelmed':
      return OVERWHELMED(cause.men);
    case 'torpedoed':
      return `torpedoed by a ${NAVY[cause.shooter]} submarine in ${areaName(cause.area)} (${points(cause.points)})${cause.crippled ? '; crippled, she could not be saved' : ''}`;
    case 'trapped':
      return `trapped when ${areaName(cause.area)} fell, with no airfield or port of its own within reach`;
    case 'transports-sunk':
      return `lost with the transports sunk in ${areaName(cause.area)}`;
    case 'convoy-beaten':
      return `its convoy was beaten in ${areaName(cause.area)} and turned back to ${areaName(cause.to)}`;
    case 'escorts':
      return `${cause.boats} submarine${cause.boats === 1 ? '' : 's'} lost to escorts in ${areaName(cause.area)}`;
    case 'unsupplied':
      return `wasting away in ${areaName(cause.area)}: ${cause.shortPercent}% of its supply did not arrive by sea`;
    case 'event':
      return cause.text;
    default:
      return assertNever(cause);
  }
}

/** Why a ship left the battle area for a port. */
export function retireCauseText(cause: RetireCause): string {
  switch (cause.code) {
    case 'yard':
      return `${cause.damage}% damaged, she goes to the yard until repaired below ${cause.below}%`;
    case 'air-group-gone':
      return 'her air group is gone: she goes back to port to take on new aircraft';
    default:
      return assertNever(cause);
  }
}

/**
 * The words of a computer side's intent (issue 13): one sentence per
 * operation, written for a student of fifteen, with the names of areas and
 * forces from the world ("Take Java for its oil: 16th Army with 40
 * transports, escorted by 16 warships, under air cover from 11th Air Fleet").
 * The turn report, the replay viewer and `simulate` all word intents here.
 */
import { difficultyOfPlayer } from '../ai/difficulty';
import type { Intent, Operation, OperationReason } from '../ai/intent';
import type { GameState, World } from '../engine/index';
import type { SideId } from '../scenario/schema';

const number = new Intl.NumberFormat('en-GB');
const n = (v: number) => number.format(v);

/** Who speaks, and the verb before the turn is played (`simulate`) and after it (the turn's report). */
const WHO: Record<SideId, { who: string; before: string; after: string }> = {
  japan: { who: 'Japan', before: 'intends', after: 'intended' },
  allies: { who: 'The Allies', before: 'intend', after: 'intended' },
};

/** Why, as the end of a sentence ("Take Java for its oil"). */
const WHY: Record<OperationReason, string> = {
  oil: 'for its oil',
  'raw-materials': 'for its raw materials',
  'air-base': 'for an airfield within reach of the next target',
  'naval-base': 'for its harbour',
  'cut-lane': "to cut the enemy's shipping",
  'protect-lane': 'to protect our shipping',
  'destroy-fleet': 'to destroy the enemy fleet',
  'avoid-superior-fleet': 'to keep away from a stronger enemy fleet',
  'home-defence': 'to defend the homeland',
  'enemy-within-reach': 'because the enemy is within reach',
  'weak-garrison': 'because its defenders are weak',
  // Said once, in the heading ("Japan intends, following the real war's plan:"), when the plan
  // speaks; a commander that takes one of the plan's steps says it in the sentence (PLAN_STEP).
  'historical-plan': '',
  'step-impossible': 'because the plan could not be followed',
  repair: 'for repairs',
  will: "to keep up the people's will to fight",
  'conserve-oil': 'to save oil',
  objective: 'because it is one of the objective areas that decide who wins',
  'bomber-bases': "for airfields from which bombers can reach the enemy's homeland",
  'port-defences': "because the enemy port's guns, fighters and air groups would beat their strike",
  'air-danger': 'because more enemy aircraft can strike there than ours',
};

/** Names of forces, areas, choices and things to build, from the world (and the state, for forces built in play). */
export interface IntentNames {
  area(id: string): string;
  force(id: string): string;
  choice(id: string): string;
  buildable(id: string): string;
  /** The name of a rationing level ("Wartime cuts to civilian fuel"), if the scenario has one. */
  rationing(level: number): string | undefined;
  /** What a force is: `army`, `carrier`, `ship`, `air`, `flotilla` (undefined if unknown). */
  kind(id: string): 'army' | 'carrier' | 'ship' | 'air' | 'flotilla' | undefined;
  /** The name of the capital of the side a force belongs to ("the Home Islands"), if the force is known. */
  capitalOf(id: string): string | undefined;
  /** The side a force belongs to, if the force is known. */
  sideOf?(id: string): SideId | undefined;
}

export function intentNames(world: World, state?: GameState): IntentNames {
  const scenario = world.scenario;
  const reinforcements = new Map<string, string>();
  for (const e of scenario.events) {
    for (const effect of e.effects)
      if (effect.type === 'reinforce') reinforcements.set(effect.force.id, effect.force.name);
  }
  return {
    area: (id) => world.areas.get(id)?.name ?? id,
    force: (id) =>
      state?.forces.find((f) => f.id === id)?.name ??
      scenario.forces.find((f) => f.id === id)?.name ??
      reinforcements.get(id) ??
      id,
    choice: (id) => scenario.choices.find((c) => c.id === id)?.label ?? id,
    buildable: (id) => scenario.buildables.find((b) => b.id === id)?.name ?? id,
    rationing: (level) => scenario.rules.rationing?.levels[level]?.name,
    kind: (id) => {
      const f = state?.forces.find((x) => x.id === id) ?? scenario.forces.find((x) => x.id === id);
      if (!f) return undefined;
      if (f.type === 'ship') return f.class.endsWith('carrier') ? 'carrier' : 'ship';
      return f.type;
    },
    capitalOf: (id) => {
      const f = state?.forces.find((x) => x.id === id) ?? scenario.forces.find((x) => x.id === id);
      return f ? world.areas.get(scenario.sides[f.side].capital)?.name : undefined;
    },
    sideOf: (id) =>
      (state?.forces.find((x) => x.id === id) ?? scenario.forces.find((x) => x.id === id))?.side,
  };
}

/** Why, for a step of the real war's plan that a commander (not the plan) chose to take. */
const PLAN_STEP = 'as history did';

/** Whether the heading says the intent follows the real war's plan (the plan speaks, not a commander). */
export function planSpeaks(intent?: Intent): boolean {
  if (intent?.policy !== undefined) return intent.policy === 'historical';
  // Replays recorded before intents named their policy: a step of the plan meant the plan spoke.
  return intent?.operations.some((op) => op.reason === 'historical-plan') ?? false;
}

/**
 * The heading of a side's intent: "Japan (computer, normal) intends:" when a commander
 * level speaks, "Japan intends, following the real war's plan:" when the plan does, else
 * "Japan intends:". `played`: the turn has been played and the heading tops its report (the
 * game's Report tab, the replay viewer), so the intent is told in the past — "Japan
 * (computer, normal) intended:" under "What happened in June 1944"; `simulate` prints it before
 * the turn is resolved, in the present.
 */
export function intentHeading(side: SideId, intent?: Intent, played = false): string {
  const { who, before, after } = WHO[side];
  const verb = played ? after : before;
  const level = intent?.policy === undefined ? null : difficultyOfPlayer(intent.policy);
  if (level) return `${who} (computer, ${level}) ${verb}:`;
  return `${who} ${verb}${planSpeaks(intent) ? ", following the real war's plan" : ''}:`;
}

/** One sentence per operation; a side with none says it holds. */
export function intentLines(names: IntentNames, intent: Intent): string[] {
  if (intent.operations.length === 0) return ['No new operations: all forces stay in place.'];
  const planSaid = planSpeaks(intent);
  return intent.operations.map((op) => operationSentence(names, op, planSaid));
}

/** "A, B and C" (at most four names, then "and 5 more"). */
export function listNames(names: readonly string[]): string {
  if (names.length === 0) return '';
  const shown = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} more`] : [...names];
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/**
 * One operation in words. `planSaid`: the heading already says the intent follows the real war's
 * plan (else a step of the plan says so itself: a commander chose it).
 */
export function operationSentence(names: IntentNames, op: Operation, planSaid = true): string {
  const where = op.target === undefined ? 'its area' : names.area(op.target);
  // An invasion names its army first: a list cut at three names must not leave it out.
  const ordered =
    op.kind === 'invade'
      ? [...op.forces].sort((a, b) => Number(names.kind(b) === 'army') - Number(names.kind(a) === 'army'))
      : op.forces;
  const forces = listNames(ordered.map((f) => names.force(f)));
  const nums = op.numbers ?? {};
  const said = op.reason === 'historical-plan' && !planSaid ? PLAN_STEP : WHY[op.reason];
  const why = said ? ` ${said}` : '';
  const withForces = forces ? `: ${forces}` : '';
  switch (op.kind) {
    case 'invade': {
      const parts = [
        nums.transports ? `with ${n(nums.transports)} transports` : '',
        nums.warships ? `escorted by ${n(nums.warships)} warships` : '',
        nums.carriers ? `${n(nums.carriers)} carrier${nums.carriers === 1 ? '' : 's'} in support` : '',
        nums.aircraft ? `under air cover (${n(nums.aircraft)} aircraft)` : '',
      ].filter(Boolean);
      return `Take ${where}${why}${withForces}${parts.length ? `, ${parts.join(', ')}` : ''}.`;
    }
    case 'defend':
      return op.target === undefined
        ? `Keep ${op.forces.length === 1 ? 'an air group' : `${op.forces.length} air groups`} on guard over ${op.forces.length === 1 ? 'its base' : 'their bases'}${guardWhy(op, why)}${withForces}${nums.aircraft ? ` (${n(nums.aircraft)} aircraft)` : ''}.`
        : nums.decoded
          ? `Hold ${where}: the code-breakers report ${n(nums.decoded)},000 men heading there${withForces}.`
          : `Hold ${where}${forces ? ` with ${forces}` : ''}${why ? `,${why}` : ''}.`;
    case 'reinforce':
      if (nums.drive !== undefined) return driveSentence(names, op, where, forces);
      if (nums.build !== undefined)
        return `Build ${n(nums.build)} × ${op.target === undefined ? 'new forces' : names.buildable(op.target)}${why}.`;
      // Transports sent to an army waiting in a port (the commander's ferry): the reason is the landing's.
      if (nums.transportsNeeded !== undefined)
        return `Send ${forces || 'transports'} to ${where} for the troops waiting there to sail to the next landing (${n(nums.transports ?? 0)} transports; they need ${n(nums.transportsNeeded)}).`;
      return `Move ${forces || 'forces'} to ${where}${why}.`;
    case 'escort-convoys':
      return `Escort the convoys in ${where}${why}${withForces}.`;
    case 'submarine-campaign':
      return `Send submarines against the ships in ${where}${why}${withForces}${nums.submarines ? ` (${n(nums.submarines)} boats)` : ''}.`;
    case 'carrier-raid': {
      // The commander's raids of battleships alone (Shō-1) are raids, not carrier raids. The carriers
      // that strike are counted where the names are cut ("and 6 more (9 carriers)"): the strike's
      // headline counts them too (cmdr29; play25 §4.2).
      const count =
        nums.carriers && op.forces.length > 4
          ? ` (${n(nums.carriers)} carrier${nums.carriers === 1 ? '' : 's'})`
          : '';
      return op.forces.length === 0 || op.forces.some((f) => names.kind(f) === 'carrier')
        ? `Carrier raid into ${where}${why}${withForces}${count}${onStation(nums)}.`
        : `Raid into ${where}${why}${withForces}.`;
    }
    case 'fleet-action':
      if (nums.decoded && nums.ahead)
        return `Sail to ${where} and wait there for the enemy carriers the code-breakers place next to it (an ambush needs ships already in position)${withForces}.`;
      if (nums.decoded && nums.ambushOdds)
        return `Wait in ${where} for the enemy carriers the code-breakers say are coming: ours are already there and will strike first (odds ${n(nums.ambushOdds)}% in strike aircraft)${withForces}.`;
      return nums.decoded
        ? `Wait in ${where} for the enemy fleet the code-breakers say is coming${why}${withForces}${nums.power && nums.enemyPower ? ` (strength ${n(nums.power)} against ${n(nums.enemyPower)})` : ''}.`
        : `Take the battle fleet into ${where}${why}${withForces}.`;
    case 'air-strike':
      // Groups told to strike whatever comes within reach have no one target.
      return op.target === undefined
        ? `Keep ${forces || 'the air groups'} ready to bomb any enemy that comes within reach.`
        : `Bomb ${where} from the air${why}${withForces}.`;
    case 'patrol':
      if (nums.lastChance) return lastChanceSentence(names, op, where, forces);
      return `Patrol ${where}${why}${withForces}.`;
    case 'withdraw':
      if (op.reason === 'port-defences') return portDefencesSentence(op, where, forces);
      // A damaged ship sent home has no one destination: it goes to the nearest port of ours. A fleet
      // pulled out of a sea a stronger enemy can reach names that sea, the one it leaves (its target).
      return op.target === undefined
        ? `Pull ${forces || 'forces'} back to port${why}.`
        : `Pull ${forces || 'forces'} out of ${where} and back to port${why}.`;
    case 'hold':
      if (op.reason === 'air-danger') return airDangerSentence(op, where, forces);
      if (op.reason === 'bomber-bases' && nums.holdDrive !== undefined)
        return holdAirfieldSentence(names, op, where, forces);
      return op.reason === 'objective' && nums.garrisons !== undefined
        ? holdGarrisonsSentence(op, forces)
        : `Keep ${forces || 'all forces'} in place${why}.`;
    case 'policy':
      return policySentence(names, op, why);
    case 'replan':
      return replanSentence(names, op, where, forces);
    default: {
      const never: never = op.kind;
      return never;
    }
  }
}

/**
 * Carriers of a raid that stay off the port from the turn before strike it as a fleet on station,
 * with a share of their aircraft (port-strike.ts `portStrikeShare`; cmdr31): "; 2 of them stay on
 * station off it: 60 of 200 aircraft fly against the port, 12 to be shot down".
 */
function onStation(nums: Record<string, number>): string {
  if (!nums.stayed || nums.flew === undefined || nums.aboard === undefined) return '';
  const who =
    nums.carriers !== undefined && nums.stayed < nums.carriers
      ? `${n(nums.stayed)} of them stay`
      : nums.stayed === 1
        ? 'it stays'
        : 'they stay';
  const down = nums.shotDown ? `, about ${n(nums.shotDown)} to be shot down` : '';
  return `; ${who} on station off it: ${n(nums.flew)} of ${n(nums.aboard)} aircraft fly against the port${down}`;
}

/**
 * Carriers pulled away from an enemy port whose air defence beats the strike they would fly from
 * where they lie (naval-operations.ts `leaveHopelessStations`; cmdr31): "Pull Formidable out of
 * Philippine Sea and back to port: staying, it would strike the enemy port with 10 of its 36
 * aircraft, and the port's guns and fighters would shoot down about 14 of them."
 */
function portDefencesSentence(op: Operation, where: string, forces: string): string {
  const nums = op.numbers ?? {};
  const one = op.forces.length === 1;
  const strike = `staying, ${one ? 'it' : 'they'} would strike the enemy port with ${n(nums.flew ?? 0)} of ${one ? 'its' : 'their'} ${n(nums.aboard ?? 0)} aircraft`;
  const beaten =
    (nums.power ?? 0) === 0
      ? `, and the port's guns and fighters would shoot down about ${n(nums.shotDown ?? 0)} of them`
      : `, and the port's air groups would hit the carriers harder (${n(nums.counter ?? 0)}) than the strike would hit the port (${n(nums.power ?? 0)})`;
  return `Pull ${forces || 'the carriers'} out of ${where} and back to port: ${strike}${beaten}.`;
}

/**
 * Air groups kept at their bases rather than flown to a battle on the side's ground, where the enemy
 * can strike with more aircraft than the side would have there (support-operations.ts
 * `supportBattles`; cmdr32): "Keep US Army Air Forces at their bases rather than send them to the
 * battle for Luzon: 1,023 enemy aircraft can strike there, against at most 200 of ours."
 */
function airDangerSentence(op: Operation, where: string, forces: string): string {
  const nums = op.numbers ?? {};
  const one = op.forces.length === 1;
  const who = forces || (one ? 'an air group' : 'the air groups');
  return `Keep ${who} at ${one ? 'its base' : 'their bases'} rather than send ${one ? 'it' : 'them'} to the battle for ${where}: ${n(nums.threat ?? 0)} enemy aircraft can strike there, against at most ${n(nums.aircraft ?? 0)} of ours.`;
}

/**
 * The fleet that softens up a goal when waiting loses the game (naval-operations.ts `coverFront`,
 * clock.ts; midway25): "Sail for Midway: waiting gives the Allies the game, so the fleet accepts a
 * battle at closer odds than it would choose (strength 230 against 195): Kaga, Akagi, Sōryū and 9 more."
 */
function lastChanceSentence(names: IntentNames, op: Operation, where: string, forces: string): string {
  const nums = op.numbers ?? {};
  const own = op.forces[0] === undefined ? undefined : names.sideOf?.(op.forces[0]);
  const enemy = own === 'japan' ? 'the Allies' : own === 'allies' ? 'Japan' : 'the enemy';
  const strength =
    nums.power !== undefined && nums.enemyPower !== undefined
      ? ` (strength ${n(nums.power)} against ${n(nums.enemyPower)})`
      : '';
  return `Sail for ${where}: waiting gives ${enemy} the game, so the fleet accepts a battle at closer odds than it would choose${strength}${forces ? `: ${forces}` : ''}.`;
}

/**
 * The campaign drive (drive.ts): "Gather 3 armies at Marshall Islands to take the Marianas for airfields
 * from which bombers can reach the enemy's homeland: 1 of 3 ready to land (strength 95 of the 160
 * needed): V Amphibious Corps, Sixth Army and Hawaiian Department."
 */
function driveSentence(names: IntentNames, op: Operation, where: string, forces: string): string {
  const nums = op.numbers ?? {};
  const armies = nums.armies ?? op.forces.length;
  const what = armies === 1 ? 'an army' : `${n(armies)} armies`;
  const at = op.staging === undefined ? '' : ` at ${names.area(op.staging)}`;
  const strength =
    nums.strength !== undefined && nums.need !== undefined
      ? ` (strength ${n(nums.strength)} of the ${n(nums.need)} needed)`
      : '';
  return `Gather ${what}${at} to take ${where} ${WHY[op.reason]}: ${n(nums.ready ?? 0)} of ${n(armies)} ready to land${strength}${forces ? `: ${forces}` : ''}.`;
}

/**
 * The other side of the drive (drive.ts `holdHomeAirfields`): "Hold the Marianas: the enemy's bombers
 * could reach the Home Islands from it — 2 armies sent, strength 87 against the 271 the enemy can
 * bring: 31st Army, Leyte Garrison and Mindanao Garrison."
 */
function holdAirfieldSentence(names: IntentNames, op: Operation, where: string, forces: string): string {
  const nums = op.numbers ?? {};
  const capital = op.forces.length > 0 ? names.capitalOf(op.forces[0]!) : undefined;
  const sent = nums.sent ?? 0;
  const how = sent > 0 ? `${sent === 1 ? 'an army' : `${n(sent)} armies`} sent` : 'the garrison stays';
  const against = nums.threat ? ` against the ${n(nums.threat)} the enemy can bring` : '';
  return `Hold ${where}: the enemy's bombers could reach ${capital ?? 'our homeland'} from it — ${how}, strength ${n(nums.troops ?? 0)}${against}${forces ? `: ${forces}` : ''}.`;
}

/** "Hold 6 garrisons in place in 6 of the objective areas that decide who wins: A, B, C and 3 more." — one line for all of them. */
function holdGarrisonsSentence(op: Operation, forces: string): string {
  const count = op.numbers?.garrisons ?? op.forces.length;
  const areas = op.numbers?.areas ?? count;
  const what = count === 1 ? 'the garrison' : `${n(count)} garrisons`;
  const where =
    areas === 1
      ? 'one of the objective areas that decide who wins'
      : `${n(areas)} of the objective areas that decide who wins`;
  return `Hold ${what} in place in ${where}${forces ? `: ${forces}` : ''}.`;
}

/** Why air groups guard their own bases, wherever they are ("to defend the homeland" was wrong for those in Malaya or the Marianas). */
function guardWhy(op: Operation, why: string): string {
  return op.reason === 'home-defence' ? ' against enemy air raids' : why;
}

/** What a side builds for each reason (the commander's production: tankers, cargo ships, escorts). */
const BUILD_FOR: Partial<Record<OperationReason, string>> = {
  oil: 'Build more tankers to carry oil home',
  'raw-materials': 'Build more cargo ships to carry raw materials home',
  'protect-lane': 'Build more escorts to protect our shipping',
};

function policySentence(names: IntentNames, op: Operation, why: string): string {
  const nums = op.numbers ?? {};
  const level = nums.level;
  const months =
    nums.oilMonths === undefined
      ? ''
      : ` (oil for ${n(nums.oilMonths)} more month${nums.oilMonths === 1 ? '' : 's'})`;
  if (op.target === 'sailings' && level !== undefined)
    return `Send ${level}% of the cargo fleet to sea${why}.`;
  if ((op.target === 'rationing' || op.target === undefined) && level !== undefined) {
    const name = names.rationing(level);
    return `Ration oil at home: ${name ? `“${name}”` : `level ${level}`}${why}${months}.`;
  }
  if (op.target !== undefined) return `Decide: ${names.choice(op.target)}${why}.`;
  // The policies without a named target, told apart by their reason and numbers (home-front.ts).
  if (nums.yardKgt !== undefined)
    return `Expand the shipyards by ${n(nums.yardKgt)} thousand GT of room, to build more cargo ships: the yards, not industry, hold them back.`;
  if (nums.count !== undefined && BUILD_FOR[op.reason]) return `${BUILD_FOR[op.reason]}.`;
  if (op.reason === 'oil') return `Go to war for the oil of the south${months}.`;
  if (op.reason === 'conserve-oil') return `Keep negotiating rather than fight, to save oil${months}.`;
  return `Change a home-front policy${why}.`;
}

/** What was done when a step of the plan became impossible, by its `detail` code. */
function replanSentence(names: IntentNames, op: Operation, where: string, forces: string): string {
  const they = forces || 'the forces';
  const one = op.forces.length === 1;
  switch (op.detail) {
    case 'force-lost':
      return forces
        ? `Change of plan: a ship meant for ${where} has been lost, so ${forces} go${op.forces.length === 1 ? 'es' : ''} instead.`
        : `Change of plan: the force meant for ${where} has been lost and nothing can replace it, so that move is dropped.`;
    case 'area-already-held':
      return op.numbers?.nextObjective
        ? `Change of plan: the area ${they} ${one ? 'was' : 'were'} to take is already ours, so ${one ? 'it goes' : 'they go'} on to the next target, ${where}.`
        : op.numbers?.movesIn
          ? `Change of plan: ${where} is already ours, so ${they} ${one ? 'moves' : 'move'} in without a fight.`
          : `Change of plan: ${where} is already ours, so ${they} ${one ? 'stays where it is' : 'stay where they are'}.`;
    case 'sea-control': {
      const nums = op.numbers ?? {};
      const odds =
        nums.enemyPower !== undefined && nums.power !== undefined
          ? ` (strength ${n(nums.enemyPower)} against our ${n(nums.power)})`
          : '';
      return `Change of plan: the enemy holds ${where}${odds}, so ${they} go${one ? 'es' : ''} in first to win control of the sea; ${nums.landsNow ? 'the landing follows behind' : 'the landing waits until it is won'}.`;
    }
    case 'reinforce-landing':
      return `Change of plan: the landing on ${where} is stuck, so ${they} ${one ? 'goes' : 'go'} in to finish it.`;
    case 'bypass':
      return `Change of plan: ${where} still holds out, so ${they} ${one ? 'goes' : 'go'} around it — the drive goes on without it.`;
    case 'carrier-reassigned':
      return `Change of plan: the plan has no further use for ${they}, so ${one ? 'she joins' : 'they join'} the carriers of ${one ? 'her' : 'their'} class sailing for ${where}.`;
    case 'raid-fleet-in-port':
      return `Change of plan: the enemy's heavy ships lie in ${where}${op.numbers?.ships ? ` (${n(op.numbers.ships)} battleships and carriers)` : ''}${op.numbers?.noOil ? ' with no oil to sail' : ''}, within reach of our carriers and no landing to cover, so ${they} ${one ? 'sails' : 'sail'} in to strike them at their moorings.`;
    case 'no-transports':
      return `Change of plan: there are not enough transports to carry ${they} to ${where}, so ${one ? 'it waits' : 'they wait'}.`;
    case 'out-of-reach':
      return `Change of plan: ${where} is too far for ${they} this turn, so ${one ? 'it waits' : 'they wait'}.`;
    case 'not-at-war':
      return `Change of plan: ${they} cannot go into ${where} — there is no war there.`;
    case 'not-arrived':
      return `Change of plan: ${they} ${op.forces.length === 1 ? 'has' : 'have'} not arrived yet, so the move to ${where} waits.`;
    case 'force-busy':
      return `Change of plan: ${they} already ${one ? 'has' : 'have'} other orders, so the move to ${where} is dropped.`;
    case 'choice-unavailable':
      return `Change of plan: the decision “${op.target === undefined ? 'planned' : names.choice(op.target)}” cannot be taken now.`;
    case 'build-refused':
      return `Change of plan: ${op.target === undefined ? 'the planned building' : names.buildable(op.target)} cannot be built now.`;
    default:
      return op.forces.length > 0
        ? `Change of plan: an order for ${where} could not be given, so ${they} ${one ? 'holds' : 'hold'}.`
        : `Change of plan: a planned order could not be given.`;
  }
}

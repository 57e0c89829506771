/**
 * Older scenario files brought up to the current format before the schema
 * reads them, so a teacher's file keeps working. Each step says what it
 * changes; a file from a newer game is refused by the version check.
 *
 * 1 → 2 (national will from the state):
 * - `victory.willPerValueLost` charged will every time an area changed hands
 *   (so an area taken and retaken drained both sides again and again); it
 *   becomes the `territory` pressure, charged while the enemy holds the area.
 * - `rules.blockade` charged will every month of empty tanks or too little
 *   shipping; it becomes the `oil` and `shipping` pressures, which rise as
 *   the stocks fall and ease when they recover. The figures are the nearest
 *   equivalent, not the same curve: a migrated scenario should be re-checked.
 * - `rules.submarines.fullTrafficKgt` (fewer targets below a total tonnage)
 *   is dropped: losses now follow the traffic in each sea area
 *   (`halfTrafficKgt`, economy/shipping-losses.ts).
 *
 * 2 → 3 (the fleet train as ships that can be sunk):
 * - `rules.endurance.fleetTrain` gave each side a dated extra reach at sea; it
 *   becomes `rules.endurance.oilers` (the largest extra of each side, 8 ships
 *   fuelled by each oiler) and, for each side that had one, a flotilla of
 *   4 oilers (class `oiler`) at the side's first fuelled port, from the
 *   earliest date of its entries (a reinforcement if that is after the
 *   start). The nearest equivalent, not the same reach: the oilers must now
 *   sail with the fleet, and can be sunk.
 */
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The file as the current version reads it (a copy; the input is never changed). */
export function migrateScenario(value: unknown): unknown {
  if (!isObject(value) || (value.schemaVersion !== 1 && value.schemaVersion !== 2)) return value;
  const s: Json = structuredClone(value);
  if (s.schemaVersion === 1) from1(s);
  from2(s);
  return s;
}

/** Oilers a migrated fleet train gets per side, and the warships each fuels. */
const MIGRATED_OILERS = 4;
const MIGRATED_SHIPS_PER_OILER = 8;

function from2(s: Json): void {
  s.schemaVersion = 3;
  const rules = isObject(s.rules) ? s.rules : undefined;
  const endurance = rules && isObject(rules.endurance) ? rules.endurance : undefined;
  if (!endurance || !('fleetTrain' in endurance)) return;
  const train = Array.isArray(endurance.fleetTrain) ? endurance.fleetTrain.filter(isObject) : [];
  delete endurance.fleetTrain;
  if (train.length === 0) return;
  const extraNm: Json = {};
  const first: Json = {};
  for (const t of train) {
    const side = t.side === 'japan' || t.side === 'allies' ? t.side : null;
    const extra = Number(t.extraNm);
    if (side === null || !Number.isInteger(extra)) continue;
    extraNm[side] = Math.max(Number(extraNm[side] ?? 0), extra);
    const from = typeof t.from === 'string' ? t.from : '';
    if (first[side] === undefined || from < String(first[side])) first[side] = from;
  }
  const lead = train[0]!;
  endurance.oilers = {
    shipsPerOiler: MIGRATED_SHIPS_PER_OILER,
    extraNm,
    note: typeof lead.note === 'string' ? lead.note : 'the fleet train',
    source: lead.source,
  };
  const start = isObject(s.calendar) && typeof s.calendar.start === 'string' ? s.calendar.start : '';
  const bases = Array.isArray(endurance.bases) ? endurance.bases.filter(isObject) : [];
  for (const side of ['japan', 'allies'] as const) {
    const date = first[side];
    const base =
      bases.find((b) => b.side === side && b.from === undefined) ?? bases.find((b) => b.side === side);
    if (typeof date !== 'string' || !base) continue;
    const force = {
      id: `${side}-fleet-train`,
      name: side === 'japan' ? 'Combined Fleet oilers' : 'Fleet oilers',
      side,
      type: 'flotilla',
      class: 'oiler',
      location: base.area,
      count: MIGRATED_OILERS,
    };
    if (date <= start) {
      if (Array.isArray(s.forces)) s.forces.push(force);
    } else {
      if (!Array.isArray(s.reinforcements)) s.reinforcements = [];
      (s.reinforcements as unknown[]).push({ date, force });
    }
  }
}

function from1(s: Json): void {
  s.schemaVersion = 2;
  const victory = isObject(s.victory) ? s.victory : undefined;
  const rules = isObject(s.rules) ? s.rules : undefined;
  if (!rules) return;
  if (isObject(rules.submarines)) delete rules.submarines.fullTrafficKgt;
  const will: Json = isObject(rules.will) ? rules.will : {};
  const pressures = (side: 'japan' | 'allies'): Json => {
    const sideWill: Json = isObject(will[side]) ? (will[side] as Json) : {};
    will[side] = sideWill;
    const p: Json = isObject(sideWill.pressures) ? (sideWill.pressures as Json) : {};
    sideWill.pressures = p;
    return p;
  };
  const perValue = victory?.willPerValueLost;
  if (victory && 'willPerValueLost' in victory) delete victory.willPerValueLost;
  if (typeof perValue === 'number' && Number.isInteger(perValue) && perValue > 0) {
    const territory = { perValue: Math.min(20, perValue), max: 100 };
    pressures('japan').territory = territory;
    pressures('allies').territory = { ...territory };
  }
  const blockade = isObject(rules.blockade) ? rules.blockade : undefined;
  delete rules.blockade;
  if (blockade) {
    const oilWill = Number(blockade.oilEmptyWill ?? 0);
    const floor = Number(blockade.merchantFloor ?? 0);
    const shipWill = Number(blockade.merchantFloorWill ?? 0);
    // A monthly charge of n while empty is about 6n over the half-year a blockade takes to bite.
    if (Number.isInteger(oilWill) && oilWill > 0)
      pressures('japan').oil = { resource: 'oil', reserve: 10000, max: Math.min(100, oilWill * 6) };
    if (Number.isInteger(floor) && floor > 0 && Number.isInteger(shipWill) && shipWill > 0)
      pressures('japan').shipping = {
        resources: ['merchant'],
        full: floor * 2,
        floor,
        max: Math.min(100, shipWill * 6),
      };
  }
  if (Object.keys(will).length > 0) rules.will = will;
}

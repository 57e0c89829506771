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
 */
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The file as the current version reads it (a copy; the input is never changed). */
export function migrateScenario(value: unknown): unknown {
  if (!isObject(value) || value.schemaVersion !== 1) return value;
  const s: Json = structuredClone(value);
  s.schemaVersion = 2;
  const victory = isObject(s.victory) ? s.victory : undefined;
  const rules = isObject(s.rules) ? s.rules : undefined;
  if (!rules) return s;
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
  return s;
}

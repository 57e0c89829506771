/**
 * The second pass over a scenario that already matches the schema: every id it
 * names must exist, ids must be unique, and forces must stand where they can
 * (ships at sea or in port, armies on land, air groups at airfields).
 * Like OpenRA's lint passes, it reports every problem with its path, not only
 * the first.
 */
import { assertNever } from '../engine/assert-never';
import { problem } from '../text/problem-text';
import { check } from './check-codes';
import type { Problem } from './problems';
import { formatPath, type IdKind, type ProblemWhat, unknownId } from './problems';
import { OIL } from './resource-ids';
import {
  type AreaDef,
  type Effect,
  FlotillaClass,
  type ForceDef,
  type Scenario,
  ShipClass,
  type Trigger,
} from './schema';
import { whatIfProblems } from './what-if-check';

type Path = PropertyKey[];

export function crossReferenceProblems(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  /** A problem as a code and its values; src/text/problem-text.ts words it. */
  const report = (path: Path, what: ProblemWhat): void => {
    problems.push(problem(formatPath(path), what));
  };

  const uniqueIds = (items: readonly { id: string }[], base: Path, kind: IdKind): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) report([...base, i, 'id'], { code: 'duplicate-id', kind, id: item.id });
      seen.add(item.id);
    });
    return seen;
  };

  const resources = uniqueIds(s.resources, ['resources'], 'resource');
  uniqueIds(s.areas, ['areas'], 'area');
  const flags = uniqueIds(s.flags, ['flags'], 'flag');
  const choices = uniqueIds(s.choices, ['choices'], 'choice');
  const events = uniqueIds(s.events, ['events'], 'event');
  uniqueIds(s.history, ['history'], 'history');
  const sources = new Set<string>();
  s.meta.sources.forEach((src, i) => {
    if (sources.has(src.key))
      report(['meta', 'sources', i, 'key'], { code: 'duplicate-id', kind: 'source', id: src.key });
    sources.add(src.key);
  });
  const areas = new Map<string, AreaDef>(s.areas.map((a) => [a.id, a]));

  const needResource = (id: string, path: Path) => {
    if (!resources.has(id)) report(path, unknownId('resource', id, resources));
  };
  const needArea = (id: string, path: Path): AreaDef | undefined => {
    const area = areas.get(id);
    if (!area) report(path, unknownId('area', id, areas.keys()));
    return area;
  };
  const needSource = (key: string, path: Path) => {
    if (!sources.has(key)) report(path, unknownId('source', key, sources));
  };
  const needFlag = (id: string, path: Path) => {
    if (!flags.has(id)) report(path, unknownId('flag', id, flags));
  };

  // Sides: stocks within the resource's bounds, a capital on land.
  for (const side of ['japan', 'allies'] as const) {
    const def = s.sides[side];
    for (const [res, amount] of Object.entries(def.stocks)) {
      const rd = s.resources.find((r) => r.id === res);
      if (!rd) report(['sides', side, 'stocks', res], unknownId('resource', res, resources));
      else if (amount < rd.min || (rd.max !== undefined && amount > rd.max)) {
        report(
          ['sides', side, 'stocks', res],
          check('stock-out-of-range', { amount, resource: rd.id, min: rd.min, max: rd.max ?? null }),
        );
      }
    }
    const cap = needArea(def.capital, ['sides', side, 'capital']);
    if (cap && cap.kind === 'sea')
      report(['sides', side, 'capital'], check('capital-at-sea', { id: cap.id }));
  }
  if (!resources.has(OIL)) report(['resources'], check('resource-required', { id: OIL }));
  if (!resources.has(s.victory.willResource)) {
    report(['victory', 'willResource'], unknownId('resource', s.victory.willResource, resources));
  }

  if (s.rules.warFlag) needFlag(s.rules.warFlag, ['rules', 'warFlag']);

  s.areas.forEach((a, i) => {
    for (const res of Object.keys(a.produces)) needResource(res, ['areas', i, 'produces', res]);
    if (a.kind === 'sea' && a.owner !== 'none') report(['areas', i, 'owner'], check('sea-owned', {}));
    if (a.kind !== 'sea' && a.owner === 'none') report(['areas', i, 'owner'], check('land-unowned', {}));
    if (a.kind === 'sea' && (a.port || a.airfield)) report(['areas', i], check('sea-with-base', {}));
  });

  // Connections: both ends exist, no loops, no duplicates, every area reachable from something.
  const linked = new Set<string>();
  const pairs = new Set<string>();
  s.connections.forEach((c, i) => {
    needArea(c.a, ['connections', i, 'a']);
    needArea(c.b, ['connections', i, 'b']);
    if (c.a === c.b) report(['connections', i], check('connects-itself', { a: c.a }));
    const key = c.a < c.b ? `${c.a}|${c.b}` : `${c.b}|${c.a}`;
    if (pairs.has(key)) report(['connections', i], check('duplicate-connection', { a: c.a, b: c.b }));
    pairs.add(key);
    if (c.strikeDistance !== undefined) {
      const [x, y] = [s.areas.find((a) => a.id === c.a), s.areas.find((a) => a.id === c.b)];
      const seaAndPort = x && y && ((x.kind === 'sea' && y.port) || (y.kind === 'sea' && x.port));
      if (x && y && !seaAndPort)
        report(['connections', i, 'strikeDistance'], check('strike-distance-ends', {}));
      if (c.strikeDistance > c.distance)
        report(
          ['connections', i, 'strikeDistance'],
          check('strike-distance-too-long', { strike: c.strikeDistance, distance: c.distance }),
        );
    }
    linked.add(c.a);
    linked.add(c.b);
  });
  // Air legs: between two land areas, each pair once (of legs), with a source. They join no area
  // to the map: an area reached only by air has no way for ships or armies.
  const legs = new Set<string>();
  (s.airLegs ?? []).forEach((leg, i) => {
    const x = needArea(leg.a, ['airLegs', i, 'a']);
    const y = needArea(leg.b, ['airLegs', i, 'b']);
    if (leg.a === leg.b) report(['airLegs', i], check('air-leg-itself', { a: leg.a }));
    for (const [end, at] of [
      [x, 'a'],
      [y, 'b'],
    ] as const) {
      if (end?.kind === 'sea') report(['airLegs', i, at], check('air-leg-at-sea', { id: end.id }));
    }
    const key = leg.a < leg.b ? `${leg.a}|${leg.b}` : `${leg.b}|${leg.a}`;
    if (legs.has(key)) report(['airLegs', i], check('duplicate-air-leg', { a: leg.a, b: leg.b }));
    legs.add(key);
    needSource(leg.source, ['airLegs', i, 'source']);
  });
  s.areas.forEach((a, i) => {
    if (!linked.has(a.id)) report(['areas', i, 'id'], check('area-unconnected', { id: a.id }));
  });

  // Forces, wherever they are declared, share one id space.
  const forceIds = new Set<string>();
  const checkForce = (f: ForceDef, path: Path) => {
    if (forceIds.has(f.id)) report([...path, 'id'], { code: 'duplicate-id', kind: 'force', id: f.id });
    forceIds.add(f.id);
    const area = needArea(f.location, [...path, 'location']);
    if (area) {
      const why = impossiblePlacement(f, area);
      if (why) report([...path, 'location'], why);
    }
    // Only oilers carry fuel, and no more than their tanks hold (rules.endurance.oilers.cargo).
    if (f.type === 'flotilla' && f.cargo !== undefined) {
      const per = s.rules.endurance?.oilers?.cargo?.perOiler[f.side];
      if (f.class !== 'oiler') report([...path, 'cargo'], check('cargo-not-oiler', {}));
      else if (per === undefined) report([...path, 'cargo'], check('cargo-no-figure', { side: f.side }));
      else if (f.cargo > per * f.count)
        report(
          [...path, 'cargo'],
          check('cargo-too-much', { cargo: f.cargo, count: f.count, most: per * f.count }),
        );
    }
  };
  for (const [i, f] of s.forces.entries()) checkForce(f, ['forces', i]);
  s.reinforcements.forEach((r, i) => {
    checkForce(r.force, ['reinforcements', i, 'force']);
    if (r.source) needSource(r.source, ['reinforcements', i, 'source']);
  });

  s.production.forEach((p, i) => {
    for (const f of Object.keys(p.requires)) needFlag(f, ['production', i, 'requires', f]);
    needResource(p.resource, ['production', i, 'resource']);
    needSource(p.source, ['production', i, 'source']);
    if (p.from && p.until && p.from > p.until)
      report(['production', i], check('from-after-until', { from: p.from, until: p.until }));
  });

  // The shipyard capacity is a resource (shipyards.ts).
  if (s.rules.shipyards) {
    needResource(s.rules.shipyards.capacity, ['rules', 'shipyards', 'capacity']);
    if (s.rules.shipyards.source) needSource(s.rules.shipyards.source, ['rules', 'shipyards', 'source']);
  }
  // Rationing levels cite their sources; the southern oil stock is a resource held at a real area.
  for (const [i, l] of (s.rules.rationing?.levels ?? []).entries())
    needSource(l.source, ['rules', 'rationing', 'levels', i, 'source']);
  if (s.rules.rationing && s.rules.rationing.initial >= s.rules.rationing.levels.length)
    report(
      ['rules', 'rationing', 'initial'],
      check('rationing-initial', { levels: s.rules.rationing.levels.length }),
    );
  const mineStock = s.rules.submarines?.aerialMines?.stock;
  if (mineStock)
    needResource(mineStock.resource, ['rules', 'submarines', 'aerialMines', 'stock', 'resource']);
  const south = s.rules.shipping?.southernOil;
  if (south) {
    needResource(south.stock, ['rules', 'shipping', 'southernOil', 'stock']);
    needArea(south.hub, ['rules', 'shipping', 'southernOil', 'hub']);
    south.zone.forEach((z, i) => {
      needArea(z, ['rules', 'shipping', 'southernOil', 'zone', i]);
    });
  }
  // The garrisons the map does not show stand in a real area and cite their source.
  (s.rules.shipping?.baseSupply?.unshown ?? []).forEach((u, i) => {
    needArea(u.area, ['rules', 'shipping', 'baseSupply', 'unshown', i, 'area']);
    needSource(u.source, ['rules', 'shipping', 'baseSupply', 'unshown', i, 'source']);
  });

  uniqueIds(s.buildables, ['buildables'], 'buildable');
  s.buildables.forEach((b, i) => {
    for (const r of Object.keys(b.cost)) needResource(r, ['buildables', i, 'cost', r]);
    for (const r of Object.keys(b.adds)) needResource(r, ['buildables', i, 'adds', r]);
    if (b.source) needSource(b.source, ['buildables', i, 'source']);
    if (b.force) {
      if (b.force.side !== b.side)
        report(['buildables', i, 'force', 'side'], check('buildable-side', { side: b.side }));
      const yard = needArea(b.force.location, ['buildables', i, 'force', 'location']);
      const why = yard && impossiblePlacement(b.force, yard);
      if (why) report(['buildables', i, 'force', 'location'], why);
    }
    if (!b.force && Object.keys(b.adds).length === 0) report(['buildables', i], check('adds-nothing', {}));
  });

  const { rules } = s;
  const shipClasses = new Set<string>([...ShipClass.options, ...FlotillaClass.options]);
  for (const key of Object.keys(rules.speedPercent)) {
    if (!shipClasses.has(key))
      report(['rules', 'speedPercent', key], unknownId('ship-class', key, shipClasses));
  }
  rules.combat.damageControl.forEach((d, i) => {
    if (d.source) needSource(d.source, ['rules', 'combat', 'damageControl', i, 'source']);
  });
  rules.combat.crippled.forEach((d, i) => {
    if (d.source) needSource(d.source, ['rules', 'combat', 'crippled', i, 'source']);
    (d.classes ?? []).forEach((c, j) => {
      if (!shipClasses.has(c))
        report(['rules', 'combat', 'crippled', i, 'classes', j], unknownId('ship-class', c, shipClasses));
    });
  });
  const portStrike = rules.combat.portStrike;
  if (portStrike?.source) needSource(portStrike.source, ['rules', 'combat', 'portStrike', 'source']);
  if (rules.endurance) {
    const e = rules.endurance;
    for (const side of ['japan', 'allies'] as const)
      for (const key of Object.keys(e.radiusNm[side]))
        if (!shipClasses.has(key))
          report(['rules', 'endurance', 'radiusNm', side, key], unknownId('ship-class', key, shipClasses));
    e.bases.forEach((b, i) => {
      const a = needArea(b.area, ['rules', 'endurance', 'bases', i, 'area']);
      if (a && !a.port)
        report(['rules', 'endurance', 'bases', i, 'area'], check('base-without-port', { name: a.name }));
      if (b.source) needSource(b.source, ['rules', 'endurance', 'bases', i, 'source']);
    });
    if (e.oilers) needSource(e.oilers.source, ['rules', 'endurance', 'oilers', 'source']);
    if (e.oilers?.cargo)
      needSource(e.oilers.cargo.source, ['rules', 'endurance', 'oilers', 'cargo', 'source']);
  }
  rules.supply?.sources.forEach((src, i) => {
    needArea(src.area, ['rules', 'supply', 'sources', i, 'area']);
    if (src.source) needSource(src.source, ['rules', 'supply', 'sources', i, 'source']);
  });
  for (const key of Object.keys(rules.willPerShipLost)) {
    if (!ShipClass.options.includes(key as never))
      report(['rules', 'willPerShipLost', key], unknownId('ship-class', key, ShipClass.options));
  }
  for (const side of ['japan', 'allies'] as const) {
    const p = rules.will?.[side]?.pressures;
    const base: Path = ['rules', 'will', side, 'pressures'];
    if (p?.oil) needResource(p.oil.resource, [...base, 'oil', 'resource']);
    if (p?.dry) needResource(p.dry.resource, [...base, 'dry', 'resource']);
    for (const [k, r] of (p?.shipping?.resources ?? []).entries())
      needResource(r, [...base, 'shipping', 'resources', k]);
    if (p?.shipping && p.shipping.floor >= p.shipping.full)
      report([...base, 'shipping', 'floor'], check('floor-below-full', { full: p.shipping.full }));
    p?.fleet?.classes.forEach((c, k) => {
      if (!ShipClass.options.includes(c as never))
        report([...base, 'fleet', 'classes', k], unknownId('ship-class', c, null));
    });
  }
  rules.fronts.forEach((front, i) => {
    needFlag(front.flag, ['rules', 'fronts', i, 'flag']);
    front.areas.forEach((id, k) => {
      needArea(id, ['rules', 'fronts', i, 'areas', k]);
    });
    front.only.forEach((id, k) => {
      needArea(id, ['rules', 'fronts', i, 'only', k]);
      if (!front.areas.includes(id)) report(['rules', 'fronts', i, 'only', k], check('front-only', { id }));
    });
  });
  if (rules.air) {
    needResource(rules.air.aircraftResource, ['rules', 'air', 'aircraftResource']);
    for (const side of ['japan', 'allies'] as const) {
      const training = rules.air.pilots[side];
      if (training) needSource(training.source, ['rules', 'air', 'pilots', side, 'source']);
      rules.air.pilots[side]?.intake.forEach((intake, i) => {
        const prev = rules.air?.pilots[side]?.intake[i - 1];
        if (prev && prev.from >= intake.from)
          report(
            ['rules', 'air', 'pilots', side, 'intake', i, 'from'],
            check('intake-order', { previous: prev.from }),
          );
      });
    }
  }
  rules.codebreaking.forEach((c, i) => {
    if (c.from > c.until)
      report(['rules', 'codebreaking', i], check('from-after-until', { from: c.from, until: c.until }));
  });

  s.choices.forEach((c, i) => {
    for (const f of Object.keys(c.requires)) needFlag(f, ['choices', i, 'requires', f]);
  });

  const checkTrigger = (t: Trigger, path: Path): void => {
    switch (t.type) {
      case 'date':
      case 'turn':
        return;
      case 'control':
        needArea(t.area, [...path, 'area']);
        return;
      case 'threshold':
        needResource(t.resource, [...path, 'resource']);
        return;
      case 'flag':
        needFlag(t.flag, [...path, 'flag']);
        return;
      case 'choice':
        if (!choices.has(t.choice)) report([...path, 'choice'], unknownId('choice', t.choice, choices));
        return;
      case 'event':
        if (!events.has(t.event)) report([...path, 'event'], unknownId('event', t.event, events));
        return;
      case 'reach':
        needArea(t.target, [...path, 'target']);
        return;
      case 'afloat':
        t.forces.forEach((id, i) => {
          if (!allForceIds.has(id)) report([...path, 'forces', i], unknownId('force', id, allForceIds));
        });
        return;
      case 'all':
      case 'any':
        for (const [i, sub] of t.of.entries()) checkTrigger(sub, [...path, 'of', i]);
        return;
      default:
        assertNever(t);
    }
  };
  // Forces named by effects may be declared anywhere: at the start, as reinforcements or by another event.
  const allForceIds = new Set<string>([
    ...s.forces.map((f) => f.id),
    ...s.reinforcements.map((r) => r.force.id),
    ...s.events.flatMap((ev) => ev.effects.flatMap((e) => (e.type === 'reinforce' ? [e.force.id] : []))),
  ]);
  for (const side of ['japan', 'allies'] as const)
    rules.will?.[side]?.pressures.casualties?.exceptForces?.forEach((id, k) => {
      if (!allForceIds.has(id))
        report(
          ['rules', 'will', side, 'pressures', 'casualties', 'exceptForces', k],
          unknownId('force', id, allForceIds),
        );
    });
  const checkEffect = (e: Effect, path: Path): void => {
    switch (e.type) {
      case 'resource':
        needResource(e.resource, [...path, 'resource']);
        return;
      case 'flag':
        needFlag(e.flag, [...path, 'flag']);
        return;
      case 'control':
        needArea(e.area, [...path, 'area']);
        return;
      case 'reinforce':
        checkForce(e.force, [...path, 'force']);
        return;
      case 'damage':
        if (!allForceIds.has(e.force)) report([...path, 'force'], unknownId('force', e.force, allForceIds));
        return;
      case 'message':
      case 'end':
        return;
      case 'will':
        if (e.weight.by === 'troops')
          for (const [k, id] of e.weight.areas.entries()) needArea(id, [...path, 'weight', 'areas', k]);
        return;
      default:
        assertNever(e);
    }
  };
  s.events.forEach((ev, i) => {
    checkTrigger(ev.trigger, ['events', i, 'trigger']);
    for (const [j, e] of ev.effects.entries()) checkEffect(e, ['events', i, 'effects', j]);
    needSource(ev.source, ['events', i, 'source']);
    if (ev.trigger.type === 'event' && ev.trigger.event === ev.id) {
      report(['events', i, 'trigger', 'event'], check('event-triggers-itself', {}));
    }
  });

  const otherWay = s.meta.goals?.japanOtherWay;
  if (otherWay) checkTrigger(otherWay.when, ['meta', 'goals', 'japanOtherWay', 'when']);

  const buildables = new Set(s.buildables.map((b) => b.id));
  s.historicalPlan.forEach((step, i) => {
    if (step.source) needSource(step.source, ['historicalPlan', i, 'source']);
    if (step.until !== undefined && step.until < step.date)
      report(
        ['historicalPlan', i, 'until'],
        check('until-before-date', { until: step.until, date: step.date }),
      );
    if (step.when) checkTrigger(step.when, ['historicalPlan', i, 'when']);
    if (step.alternative) needArea(step.alternative.area, ['historicalPlan', i, 'alternative', 'area']);
    step.orders.forEach((o, j) => {
      const path = ['historicalPlan', i, 'orders', j];
      switch (o.type) {
        case 'move':
          if (!allForceIds.has(o.force)) report([...path, 'force'], unknownId('force', o.force, allForceIds));
          needArea(o.to, [...path, 'to']);
          return;
        case 'choose':
          if (o.level !== undefined) {
            // A policy: rationing needs rules for the step's side and a level that exists.
            if (o.choice === 'rationing') {
              const r = s.rules.rationing;
              if (!r || r.side !== step.side)
                report([...path, 'choice'], check('no-rationing-rules', { side: step.side }));
              else if (o.level >= r.levels.length)
                report([...path, 'level'], check('rationing-levels', { last: r.levels.length - 1 }));
            } else if (o.choice !== 'sailings')
              report([...path, 'choice'], check('unknown-policy', { choice: o.choice }));
            return;
          }
          if (!choices.has(o.choice)) report([...path, 'choice'], unknownId('choice', o.choice, choices));
          return;
        case 'build':
          if (!buildables.has(o.item)) report([...path, 'item'], unknownId('buildable', o.item, buildables));
          return;
        case 'air':
          if (!allForceIds.has(o.force)) report([...path, 'force'], unknownId('force', o.force, allForceIds));
          needArea(o.target, [...path, 'target']);
          return;
        default:
          assertNever(o);
      }
    });
  });

  s.meta.discussionPrompts.forEach((p, i) => {
    if (p.event && !events.has(p.event))
      report(['meta', 'discussionPrompts', i, 'event'], unknownId('event', p.event, events));
  });
  const goals = s.meta.goals;
  const objectives = new Set(goals?.objectives ?? []);
  goals?.objectives?.forEach((id, i) => {
    const a = areas.get(id);
    if (!a) report(['meta', 'goals', 'objectives', i], unknownId('area', id, null));
    else if (a.kind === 'sea') report(['meta', 'goals', 'objectives', i], check('objective-at-sea', { id }));
  });
  goals?.history?.held.forEach((id, i) => {
    if (!objectives.has(id))
      report(['meta', 'goals', 'history', 'held', i], check('held-not-objective', { id }));
  });
  s.history.forEach((h, i) => {
    if (h.resource) needResource(h.resource, ['history', i, 'resource']);
    needSource(h.source, ['history', i, 'source']);
  });

  problems.push(...whatIfProblems(s));
  return problems;
}

/** Why a force cannot stand in an area, or undefined if it can. */
export function impossiblePlacement(f: ForceDef, area: AreaDef): ProblemWhat | undefined {
  const at = { name: f.name, area: area.id };
  switch (f.type) {
    case 'ship':
    case 'flotilla':
      return area.kind === 'sea' || area.port ? undefined : check('misplaced-ship', at);
    case 'army':
      return area.kind === 'sea' ? check('misplaced-army', at) : undefined;
    case 'air':
      return area.airfield ? undefined : check('misplaced-air', at);
    default:
      return assertNever(f);
  }
}

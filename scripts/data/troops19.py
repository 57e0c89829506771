"""The historical plans land history's troops (docs/CALIBRATION.md section 1za, "what is left"), so that
the fire-support cap (rules.combat.supportMaxPercent, scripts/data/support_cap.py) can go into the bundled
scenarios: the landings of 1944-45 were won by corps and armies, the guns and aircraft got them ashore.

Run from the repository root: `python3 scripts/data/troops19.py`. Idempotent: each change below is
found by its step's date and an order it already holds, and made only when missing; it changes
nothing else. all.sh runs it before support_cap.py.

The grand campaign (pacific-1941.json), in the order of the war:
- Saipan: the V Amphibious Corps' 2nd Marine and 27th Infantry Divisions (`fifth-amphibious-corps`,
  Tarawa and Makin) went back to Hawaii after the Gilberts — the 2nd Marine Division to Camp Tarawa on
  the island of Hawaii, the 27th to Oahu — and sailed from there with the Northern Attack Force (TF 52)
  for Saipan, where they landed on 15-16 June 1944 beside the 4th Marine Division: some 71,000 men
  against the 31st Army's 30,000 on the island (CROWL-1960, L1). In the game the corps stayed in the
  Gilberts, where no transports were left after December 1943, and the plan landed the 4th Marine and
  7th Infantry Divisions (`v-phib-1944`, 40,000) alone against the 31st Army.
- The Forager transports: the Northern Attack Force carried the Saipan divisions from Pearl Harbor,
  the Southern Attack Force (TF 53) III Amphibious Corps to Guam, in two fleets (CROWL-1960). The
  game's 1944 reinforcement of 200 attack transports and LSTs at Hawaii is one flotilla, and an army
  takes whole flotillas: one corps would take all 200 and leave the other none. It becomes two of 100
  (the Northern and the Southern Attack Forces): the same lift, the same date and place.
- Leyte: the XXIV Corps (7th and 96th Divisions, `twenty-fourth-corps`) mounted out from Hawaii in
  September 1944 for Yap, in the III Amphibious Force's transports — the Marianas' transports, back
  at Pearl Harbor once they had unloaded — and was sent on to Leyte, where it landed on 20 October
  beside the Sixth Army's X Corps (CANNON-1954, L2). In the game the Saipan transports came back only
  once Saipan fell, which under the cap was too late for October: once unloaded they now go back by
  Eniwetok in August (their fuel does not reach Pearl Harbor from Saipan in one move) and reach Pearl
  Harbor in September, as the Northern Attack Force did; the Southern Attack Force stays at Guam for the
  plan's alternative crossing of III Amphibious Corps to Saipan.
- Luzon: the Lingayen landing (9 January 1945) was four divisions of I and XIV Corps (6th, 43rd, 37th,
  40th) and the follow-up divisions — the 25th, 32nd and 33rd among them, ten by the spring — from New
  Guinea, Morotai, Bougainville and New Britain, carried by the VII and III Amphibious Forces; some
  175,000 men landed at Lingayen (SMITH-1963). The game's `sixth-army` (60,000, the divisions that
  fought in New Guinea in 1943-44) arrived in Eastern Australia and never sailed; it now arrives in New
  Guinea, where General Krueger's Sixth Army fought from 1943 (Milne Bay, Finschhafen, Saidor, Aitape,
  Hollandia, Biak, Sansapor; SMITH-1963). The XXIV Corps' transports (the III Amphibious
  Force, which carried XIV Corps to Lingayen from Bougainville and New Britain) go from Leyte to New
  Guinea to load it (November), and it lands at Lingayen with the rest of the Sixth Army (from Leyte,
  in the VII Amphibious Force) in January.
- Leyte, the end: the Eighth Army took over Leyte on 26 December 1944 and finished it with the divisions
  the Sixth Army left behind and the Americal Division from Bougainville (CANNON-1954). The game's
  `americal-25th` (the Americal and 25th Divisions, in the Solomons since 1942) now sails for Leyte in
  January 1945 (the 25th in fact landed on Luzon; the game has one force for both), under the cover of
  the Seventh Fleet's Australian cruisers and destroyers (the invasion rule asks for escorts through
  the Bismarck Sea). Before, the XXIV Corps waited on Leyte until the island was taken and in some
  games never sailed for Okinawa.
- Okinawa: the XXIV Corps staged from Leyte for Okinawa (L4); its transports come back from Lingayen
  to Leyte to load it (February-March 1945), as the III Amphibious Force did (SMITH-1963), whether or
  not the last Japanese on Leyte still fight.

The other changes are described beside their data below: the grand campaign's Mindanao step (1942), the
Southern Oil Run's 4th Division, and the Road to Tokyo's Luzon follow-up divisions.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import ensure_sources, write, bundled_scenarios  # noqa: E402

SOURCES = ['CROWL-1960', 'CANNON-1954', 'SMITH-1963', 'L1', 'L2', 'L4']

# (the step's date, its side, a move it holds (force, to)): orders to add, where (the index in the step's
# orders), and the step's note after the change.
JOINS = [
    {
        'date': '1943-12-01', 'side': 'allies', 'has': ('us-transports-1943', 'hawaii'), 'at': 0,
        'orders': [{'type': 'move', 'force': 'fifth-amphibious-corps', 'to': 'hawaii'}],
        'note': ('The fleet and the transports return to Pearl Harbor, with the V Amphibious Corps of the '
                 'Gilberts: the 2nd Marine Division to Camp Tarawa on Hawaii, the 27th Division to Oahu'),
    },
    {
        'date': '1944-06-01', 'side': 'allies', 'has': ('v-phib-1944', 'marianas'), 'at': 1,
        'orders': [{'type': 'move', 'force': 'fifth-amphibious-corps', 'to': 'marianas'}],
        'note': ('Operation Forager: V Amphibious Corps lands on Saipan (15 June) under the old battleships — '
                 'the 2nd and 4th Marine Divisions, the 27th Division from the floating reserve (16 June); '
                 'the fast carriers meet the Mobile Fleet (Philippine Sea)'),
    },
    {
        'date': '1945-01-01', 'side': 'allies', 'has': ('sixth-army-leyte', 'luzon'), 'at': 0,
        'orders': [{'type': 'move', 'force': 'sixth-army', 'to': 'luzon'}],
        'note': ('Luzon: Sixth Army lands in Lingayen Gulf (9 January) with the divisions of New Guinea and '
                 'the Solomons; the fast carriers raid the South China Sea'),
    },
]

# Transports that leave a step's orders for a step of their own (below): (date, side, force, to).
LEAVE = [('1944-08-01', 'allies', 'us-transports-1944', 'hawaii')]

# New steps, placed after the step holding `after` (date, side, a move it holds).
STEPS = [
    {
        'after': ('1944-08-01', 'allies', ('enterprise', 'marianas')),
        'step': {
            'date': '1944-08-01', 'until': '1944-08-31', 'side': 'allies',
            'orders': [{'type': 'move', 'force': 'us-transports-1944', 'to': 'marshalls'}],
            'note': ('The Northern Attack Force\'s transports, unloaded at Saipan, go back by Eniwetok '
                     '(the Marshalls)'),
            'source': 'CROWL-1960',
        },
    },
    {
        'after': ('1944-08-01', 'allies', ('us-transports-1944', 'marshalls')),
        'step': {
            'date': '1944-09-01', 'until': '1944-09-30', 'side': 'allies',
            'orders': [{'type': 'move', 'force': 'us-transports-1944', 'to': 'hawaii'}],
            'note': ('The Northern Attack Force\'s transports reach Pearl Harbor, where the XXIV Corps embarks '
                     'for Yap (and then Leyte)'),
            'source': 'CANNON-1954',
        },
    },
    {
        'after': ('1944-11-01', 'allies', ('enterprise', 'marianas')),
        'step': {
            'date': '1944-11-01', 'until': '1944-11-30', 'side': 'allies',
            'orders': [{'type': 'move', 'force': 'us-transports-1944', 'to': 'new-guinea'}],
            'note': ('The III Amphibious Force, unloaded at Leyte, goes south to load the Sixth Army\'s XIV '
                     'Corps and the divisions of New Guinea and the Solomons for Luzon'),
            'source': 'SMITH-1963',
        },
    },
    {
        'after': ('1945-01-01', 'allies', ('sixth-army-leyte', 'luzon')),
        'step': {
            'date': '1945-01-01', 'until': '1945-02-01', 'side': 'allies',
            'orders': [{'type': 'move', 'force': 'ran-cruisers', 'to': 'bismarck-sea'},
                       {'type': 'move', 'force': 'ran-destroyers', 'to': 'bismarck-sea'},
                       {'type': 'move', 'force': 'americal-25th', 'to': 'mindanao-leyte'}],
            'note': ('The Eighth Army takes over Leyte (26 December) to finish it, the Americal Division from '
                     'Bougainville with it, and the XXIV Corps is free for Okinawa; the Seventh Fleet\'s '
                     'Australian cruisers and destroyers (TF 74) cover the crossing'),
            'source': 'CANNON-1954',
        },
    },
    {
        'after': ('1945-02-01', 'allies', ('v-phib-1944', 'bonins')),
        'step': {
            'date': '1945-02-01', 'until': '1945-03-01', 'side': 'allies',
            'orders': [{'type': 'move', 'force': 'us-transports-1944', 'to': 'mindanao-leyte'}],
            'note': ('The III Amphibious Force\'s transports go back from Lingayen to Leyte to load the XXIV '
                     'Corps for Okinawa'),
            'source': 'SMITH-1963',
        },
    },
]

# The Sixth Army arrives where it fought: New Guinea (see the module's note).
MOVED = [{'force': 'sixth-army', 'location': 'new-guinea'}]

# The 1944 reinforcement of transports at Hawaii as two flotillas (the Northern and Southern Attack Forces).
SPLIT = {
    'force': 'us-transports-1944', 'count': 100, 'name': 'Attack transports and LSTs, 1944 (Northern Attack Force)',
    'new': {
        'id': 'us-transports-1944-south', 'name': 'Attack transports and LSTs, 1944 (Southern Attack Force)',
        'side': 'allies', 'type': 'flotilla', 'class': 'transport', 'count': 100, 'location': 'hawaii',
        'experience': 60,
    },
}


def moves(step, force, to):
    return any(o.get('type') == 'move' and o.get('force') == force and o.get('to') == to for o in step['orders'])


def find(plan, date, side, force, to):
    return [s for s in plan if s['date'] == date and s['side'] == side and moves(s, force, to)]


def pacific(s):
    plan = s['historicalPlan']
    for j in JOINS:
        steps = find(plan, j['date'], j['side'], *j['has'])
        assert len(steps) == 1, j
        step = steps[0]
        for o in j['orders']:
            if o not in step['orders']:
                step['orders'].insert(j['at'], o)
        step['note'] = j['note']
    for date, side, force, to in LEAVE:
        for step in plan:
            if step['date'] == date and step['side'] == side and len(step['orders']) > 1 and moves(step, force, to):
                step['orders'] = [o for o in step['orders'] if not (o.get('force') == force and o.get('to') == to)]
    for add in STEPS:
        if add['step'] in plan:
            continue
        date, side, (force, to) = add['after']
        steps = find(plan, date, side, force, to)
        assert steps, add
        plan.insert(plan.index(steps[-1]) + 1, add['step'])
    for r in s['reinforcements']:
        if r['force']['id'] == SPLIT['force']:
            r['force']['count'] = SPLIT['count']
            r['force']['name'] = SPLIT['name']
            at = s['reinforcements'].index(r)
            if not any(x['force']['id'] == SPLIT['new']['id'] for x in s['reinforcements']):
                s['reinforcements'].insert(at + 1, {'date': r['date'], 'force': dict(SPLIT['new'])})
            break
    for m in MOVED:
        for r in s['reinforcements']:
            if r['force']['id'] == m['force']:
                r['force']['location'] = m['location']
    ensure_sources(s, SOURCES)


# The grand campaign's 14th Army finishes the Philippines (Mindanao) once Luzon is taken: in history
# Mindanao surrendered on 10 May 1942, a month after Bataan (MORTON-1953). Under the cap Luzon falls
# later than June in some games, and the step's window (until 1 July 1942) closed before it: Mindanao
# was never taken, and so the plan's "Leyte" (which follows Mindanao's occupation) never came. The
# window stays open to the end of 1942, as the plan's other late-war steps do.
MINDANAO = {'date': '1942-04-01', 'side': 'japan', 'has': ('fourteenth-army', 'mindanao-leyte'), 'until': '1942-12-31'}

# The Southern Oil Run (southern-oil-1942.json) had no 4th Division: the 14th Army fought USAFFE's
# 80,000 with the 43,000 it landed in December. Homma's first offensive on Bataan failed (February);
# the 4th Division, a detachment of the 21st and more artillery came from Shanghai and Formosa in
# February-March and broke the Bataan line in April (MORTON-1953). The grand campaign has them
# (`fourth-division`, 25,000 with their transports, from Formosa in February 1942); the Southern Oil
# Run gets the same forces and the same plan step.
SOUTHERN_FORCES = ['fourth-division', 'jp-transports-fourth-division']
# The Southern Oil Run has no escort craft of its own (the grand campaign's `jp-escorts`, 30 patrol and
# escort craft, covered the route to Formosa and the south from April 1942), and in March its destroyers
# are off Java: the convoy brings its own escort, the least the invasion rule asks for 25 transports
# (`invasion.escortsPer100Transports` 15: 4). A modelling choice, not a named unit.
SOUTHERN_ESCORT = {
    'date': '1942-02-01',
    'force': {'id': 'jp-escorts-fourth-division', 'name': 'Escort craft (4th Division convoy)', 'side': 'japan',
              'type': 'flotilla', 'class': 'escort', 'count': 4, 'location': 'formosa', 'experience': 40},
}
SOUTHERN_STEP = {
    'date': '1942-02-01', 'until': '1942-04-01', 'side': 'japan',
    'orders': [{'type': 'move', 'force': 'fourth-division', 'to': 'luzon'}],
    'note': ('The 4th Division and a detachment of the 21st reinforce the 14th Army on Luzon for the second '
             'Bataan offensive (3 April; Bataan falls on 9 April, its defenders starving)'),
    'source': 'MORTON-1953',
}


# The Road to Tokyo (road-to-tokyo-1944.json) lands its Sixth Army (200,000 at Leyte) on Luzon in January
# 1945, against the 14th Area Army's 250,000 (history's 260,000). History's Lingayen landing was the Sixth
# Army's I and XIV Corps, and the divisions that followed by the spring were not the Leyte army's: the 25th
# (Lingayen's reserve, from New Caledonia), the 33rd (from Morotai, 10 February) and the 38th (XI Corps,
# Zambales, 29 January) among them (SMITH-1963). They join the landing as one force of some 45,000 from
# New Guinea, in transports of their own (two men a transport point in this scenario), dated a month
# before so that they sail in January.
ROAD_FORCES = [
    {'date': '1944-12-01', 'force': {
        'id': 'luzon-follow-up', 'name': 'Luzon follow-up divisions (25th, 33rd, 38th)', 'side': 'allies',
        'type': 'army', 'troops': 45, 'location': 'new-guinea', 'experience': 60}},
    {'date': '1944-12-01', 'force': {
        'id': 'luzon-follow-up-transports', 'name': 'Luzon follow-up transports', 'side': 'allies',
        'type': 'flotilla', 'class': 'transport', 'count': 23, 'location': 'new-guinea', 'experience': 65}},
]
ROAD_JOIN = {'date': '1945-01-01', 'side': 'allies', 'has': ('sixth-army', 'luzon'),
             'order': {'type': 'move', 'force': 'luzon-follow-up', 'to': 'luzon'}, 'until': '1945-03-01',
             'note': ('The Sixth Army lands at Lingayen Gulf, Luzon (9 January), the 25th, 33rd and 38th Divisions '
                      'following; Far East Air Forces fly from Leyte')}


def road(s):
    have = {r['force']['id'] for r in s['reinforcements']}
    for r in ROAD_FORCES:
        if r['force']['id'] not in have:
            s['reinforcements'].append(json.loads(json.dumps(r)))
    steps = find(s['historicalPlan'], ROAD_JOIN['date'], ROAD_JOIN['side'], *ROAD_JOIN['has'])
    assert len(steps) == 1
    step = steps[0]
    if ROAD_JOIN['order'] not in step['orders']:
        step['orders'].insert(1, dict(ROAD_JOIN['order']))
    step['note'] = ROAD_JOIN['note']
    # The order stays on offer until March (the follow-up landed from 27 January to 10 February).
    if 'until' not in step:
        out = {}
        for k, v in step.items():
            out[k] = v
            if k == 'date':
                out['until'] = ROAD_JOIN['until']
        step.clear()
        step.update(out)
    ensure_sources(s, ['SMITH-1963'])


def mindanao(s):
    steps = find(s['historicalPlan'], MINDANAO['date'], MINDANAO['side'], *MINDANAO['has'])
    assert len(steps) == 1
    steps[0]['until'] = MINDANAO['until']
    ensure_sources(s, ['MORTON-1953'])


def southern(s, grand):
    have = {r['force']['id'] for r in s['reinforcements']}
    for r in grand['reinforcements']:
        if r['force']['id'] in SOUTHERN_FORCES and r['force']['id'] not in have:
            s['reinforcements'].append(json.loads(json.dumps(r)))
    if SOUTHERN_ESCORT['force']['id'] not in have:
        s['reinforcements'].append(json.loads(json.dumps(SOUTHERN_ESCORT)))
    if SOUTHERN_STEP not in s['historicalPlan']:
        after = [st for st in s['historicalPlan'] if st['side'] == 'japan' and st['date'] <= SOUTHERN_STEP['date']]
        s['historicalPlan'].insert(s['historicalPlan'].index(after[-1]) + 1, dict(SOUTHERN_STEP))
    ensure_sources(s, ['MORTON-1953'])


def main():
    scenarios = dict(bundled_scenarios(['scenarios/pacific-1941.json', 'scenarios/southern-oil-1942.json',
                                        'scenarios/road-to-tokyo-1944.json']))
    grand = scenarios['scenarios/pacific-1941.json']
    pacific(grand)
    mindanao(grand)
    southern(scenarios['scenarios/southern-oil-1942.json'], grand)
    road(scenarios['scenarios/road-to-tokyo-1944.json'])
    for path, s in scenarios.items():
        write(path, s)
        print(f'{path}: history\'s troops')


if __name__ == '__main__':
    main()

"""Air power in the short scenarios (issue 12, part 4): the air rules of the campaign scenarios
(aircraft, pilots, land-based air missions) for southern-oil-1942, midway-1942 and oil-clock-1941,
their historical air groups, and the historical plan's air missions.

Idempotent: sets `rules.air`, the `aircraft` resource and stocks, the aircraft production entries
(replacing any earlier ones written by this script, known by their note, `NOTE` below, or the old tag `[short_air.py]`),
adds the air groups listed below when missing and sets their strength, and replaces the plan's
air-mission steps (steps whose orders are all `air` orders); leaves everything else alone.
It takes its rules from scripts/data/air.py and must run after every script that rewrites these
scenarios' plans or forces (goals.py rebuilds the Southern Oil plan, midway_plan.py and
southern_allies_plan.py edit theirs): last in the data order, after oil_clock_goal.py; before or
after scripts/data/air_legs.py (the plan's targets are in reach either way). From the repository root:

    python3 scripts/data/short_air.py && for f in southern-oil-1942 midway-1942 oil-clock-1941; do
      npm run cli -- validate scenarios/$f.json; done

The rules are the grand campaign's (scripts/data/air.py: one model in every scenario). What is
scaled is what belongs to a theatre rather than to a rule — the pilots waiting for a unit, the new
aircraft in stock and those produced for replacements, and the pilot intake — each in proportion
to the aircraft the scenario holds against the grand campaign's at its start (DESIGN), and, for
Midway's weekly turns, to the length of the turn.
"""
import copy
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from air import AIR_RULES, PRODUCTION, RESOURCE  # noqa: E402
from scenario_json import ensure_sources, write  # noqa: E402

# This script's production entries are known by their note (players read it in the ledger, so it
# names no file): files written before carry the old tag `[short_air.py]`.
TAG = '[short_air.py]'
NOTE = ("aircraft for replacements: the grand campaign's share of production for combat losses, in "
        'proportion to the aircraft in this scenario (a design estimate)')


def mine(p):
    return TAG in p.get('note', '') or (p.get('resource') == 'aircraft' and p.get('note') == NOTE)

# The grand campaign's aircraft at its start (land-based groups other than strategic bombers, and
# carriers), which its pilot pool, aircraft stock, intake and production were set for
# (scripts/data/air.py): pacific-1941.json, July 1941.
GRAND_AIRCRAFT = {'japan': 2629, 'allies': 1908}
GRAND_POOL = {'japan': 300, 'allies': 300}
GRAND_STOCK = {'japan': 200, 'allies': 300}


def group(id_, name, side, aircraft, location, experience, role='mixed'):
    return {'id': id_, 'name': name, 'side': side, 'type': 'air', 'aircraft': aircraft, 'role': role,
            'location': location, 'experience': experience}


def air(force, mission, target):
    return {'type': 'air', 'force': force, 'mission': mission, 'target': target}


# ------------------------------------------------------------------ the Southern Oil Run, 1942
# The 11th Air Fleet (21st and 23rd Air Flotillas) is already in the scenario, at Formosa. Added:
# the 22nd Air Flotilla at Saigon (its Genzan and Mihoro Kōkūtai sank Prince of Wales and Repulse),
# the Army's 3rd Air Group in Thailand and Malaya (less the units sent to Burma), the Army air units
# left over the Philippines when the 5th Air Group went to Thailand in late January (the 10th
# Independent Air Unit, about 40 aircraft, reinforced for the April offensive on Bataan), which held
# the air over Bataan and Corregidor (CRAVEN-CATE-1948), the RAF in Malaya
# (Buffaloes and the Hurricanes landed in January) and the RAAF at Darwin (Hudsons and Wirraways).
# ABDAIR on Java (the scenario's `abda-air`, 120 aircraft) is split into its fighters (ML-KNIL
# Buffaloes and Hawks, the US P-40s) and its bombers (the FEAF's B-17s and LB-30s, the ML-KNIL's
# Glenn Martins), so that the bombers strike the convoys while the fighters defend Java.
# Strengths: SHORES-CULL-IZAWA-1992, GILLISON-1962; the grand campaign's groups of the same ids.
ABDA_FIGHTERS = 80
SOUTHERN_GROUPS = [
    group('abda-bombers', 'ABDA bombers (B-17s, LB-30s, Glenn Martins)', 'allies', 40, 'java', 45, role='bomber'),
    group('twenty-second-air-flotilla', '22nd Air Flotilla', 'japan', 90, 'indochina-south', 85),
    group('tenth-independent-air-unit', '10th Independent Air Unit (Army)', 'japan', 40, 'formosa', 70),
    group('third-air-group', '3rd Air Group (Army)', 'japan', 150, 'thailand', 70),
    group('raf-malaya', 'RAF in Malaya (Buffaloes and Hurricanes)', 'allies', 80, 'malaya', 40),
    group('raaf-north', 'RAAF North-Western Area (Darwin)', 'allies', 40, 'australia', 45),
]
SOUTHERN_PLAN = [
    {'date': '1942-01-01', 'side': 'japan', 'source': 'SHORES-CULL-IZAWA-1992',
     'orders': [air('eleventh-air-fleet', 'cover', 'borneo'), air('twenty-second-air-flotilla', 'strike', 'malaya'),
                air('third-air-group', 'cover', 'malaya')],
     'note': 'The 23rd Air Flotilla covers the Borneo landings (Tarakan, Balikpapan); the 22nd bombs '
             'Singapore from Indochina; the Army\'s 3rd Air Group supports the 25th Army in Malaya'},
    {'date': '1942-02-01', 'until': '1942-03-31', 'side': 'japan', 'source': 'SHORES-CULL-IZAWA-1992',
     'when': {'type': 'control', 'area': 'malaya', 'side': 'allies'},
     'orders': [air('twenty-second-air-flotilla', 'strike', 'malaya'), air('third-air-group', 'cover', 'malaya')],
     'note': 'The air offensive on Singapore goes on until the island falls (15 February); the RAF '
             'withdraws to Sumatra and Java'},
    {'date': '1942-03-01', 'until': '1942-05-31', 'side': 'japan', 'source': 'SHORES-CULL-IZAWA-1992',
     'when': {'type': 'all', 'of': [{'type': 'control', 'area': 'borneo', 'side': 'japan'},
                                    {'type': 'control', 'area': 'java', 'side': 'allies'}]},
     'orders': [air('eleventh-air-fleet', 'cover', 'java')],
     'note': 'From Kendari, Balikpapan and then Bali, the 11th Air Fleet strikes the ABDA fleet (Flores '
             'Sea, 4 February: Houston and Marblehead hit) and covers the Java landings (1 March)'},
] + [
    # Monthly while Luzon holds out: a plan step offers a legal order on its own turn only.
    {'date': date, 'side': 'japan', 'source': 'CRAVEN-CATE-1948',
     'when': {'type': 'control', 'area': 'luzon', 'side': 'allies'},
     'orders': [air('tenth-independent-air-unit', 'cover', 'luzon')],
     'note': 'The Army\'s bombers hold the air over Bataan and Corregidor for the 14th Army until the '
             'surrender (9 April, 6 May)'}
    for date in ('1942-01-01', '1942-02-01', '1942-03-01', '1942-04-01', '1942-05-01', '1942-06-01')
] + [
    {'date': '1942-01-01', 'side': 'allies', 'source': 'CRAVEN-CATE-1948',
     'orders': [air('abda-bombers', 'cover', 'borneo'), air('abda-air', 'defend', 'java'),
                air('raf-malaya', 'defend', 'malaya')],
     'note': 'Dutch Glenn Martins and the B-17s from Java attack the Tarakan and Balikpapan invasion '
             'convoys; the Buffaloes and the new Hurricanes defend Singapore'},
    {'date': '1942-02-01', 'until': '1942-02-28', 'side': 'allies', 'source': 'CRAVEN-CATE-1948',
     'orders': [air('abda-bombers', 'patrol', 'celebes-sea'), air('abda-air', 'defend', 'java')],
     'note': 'The B-17s and Martins search the Makassar Strait and bomb the convoys coming south; the fighters '
             'meet the daily raids on Surabaya and Malang from 3 February'},
    {'date': '1942-03-01', 'until': '1942-04-30', 'side': 'allies', 'source': 'SHORES-CULL-IZAWA-1992',
     'when': {'type': 'control', 'area': 'java', 'side': 'allies'},
     'orders': [air('abda-bombers', 'cover', 'java'), air('abda-air', 'cover', 'java')],
     'note': 'ABDAIR\'s last strikes on the Java invasion convoys (28 February – 1 March) and the defence of '
             'the island until the surrender'},
]

# ------------------------------------------------------------------ Midway, 1942
# Midway's 127 aircraft were 31 PBY patrol aircraft and the strike and fighter squadrons (Marine
# VMF-221 and VMSB-241, six Navy TBFs, four Army B-26s and the B-17s — B9, LUNDSTROM-1984,
# CRAVEN-CATE-1948): the PBYs become a group of their own, so that the search and the strike are
# two missions. The 24th Air Flotilla (Chitose and 1st Kōkūtai bombers, Yokohama Kōkūtai flying
# boats) held the Marshalls and Wake; its flying boats searched for the US fleet during the
# operation (PARSHALL-TULLY-2005). 100 aircraft, as in the grand campaign.
MIDWAY_STRIKE = 96
MIDWAY_GROUPS = [
    group('midway-patrol-wing', 'Midway PBY patrol squadrons (VP-23, VP-44)', 'allies', 31, 'midway', 45,
          role='bomber'),
    group('twenty-fourth-air-flotilla', '24th Air Flotilla', 'japan', 100, 'marshalls', 70),
]
MIDWAY_PLAN = [
    {'date': '1942-05-04', 'side': 'japan', 'source': 'B12',
     'orders': [air('twenty-fifth-air-flotilla', 'strike', 'new-guinea')],
     'note': 'The 25th Air Flotilla raids Port Moresby from Rabaul, as it did through the spring and summer of 1942'},
    {'date': '1942-06-01', 'side': 'japan', 'source': 'PARSHALL-TULLY-2005',
     'orders': [air('twenty-fourth-air-flotilla', 'patrol', 'central-pacific')],
     'note': 'The 24th Air Flotilla\'s flying boats search the central Pacific for the US fleet; they find nothing'},
    {'date': '1942-05-25', 'side': 'allies', 'source': 'PARSHALL-TULLY-2005',
     'orders': [air('midway-patrol-wing', 'patrol', 'midway-approaches')],
     'note': 'From 30 May the PBYs search 700 miles west of Midway every morning'},
    {'date': '1942-06-01', 'side': 'allies', 'source': 'CRAVEN-CATE-1948',
     'orders': [air('midway-patrol-wing', 'patrol', 'midway-approaches'), air('midway-air', 'strike', 'midway-approaches'),
                air('eleventh-air-force', 'strike', 'aleutian-waters')],
     'note': '3 June: a PBY finds the Occupation Force, B-17s bomb it; 4 June: a PBY reports the carriers and '
             'Midway\'s B-17s, B-26s, TBFs and Marine dive bombers attack them, losing half their number for '
             'no hit; 3–5 June: the Eleventh Air Force attacks the carriers off Dutch Harbor'},
    {'date': '1942-06-08', 'side': 'allies', 'source': 'LUNDSTROM-1984',
     'orders': [air('midway-air', 'strike', 'midway-approaches')],
     'note': '5–6 June: the Marine SB2Us and the B-17s go after the damaged Mikuma and Mogami'},
    {'date': '1942-06-08', 'until': '1942-07-27', 'side': 'allies', 'source': 'CRAVEN-CATE-1948',
     'when': {'type': 'control', 'area': 'aleutians', 'side': 'japan'},
     'orders': [air('eleventh-air-force', 'strike', 'aleutians')],
     'note': 'From 11 June the PBYs and the Eleventh Air Force bomb Kiska and Attu whenever the weather allows'},
]

# ------------------------------------------------------------------ the Oil Clock, 1941
# At peace an air group may only defend its own areas: strikes, cover and patrols need the war
# (phases/air-missions.ts). The plan's war begins on the last turn (December 1941), so its groups
# defend; a war chosen earlier can use the missions from its next turn on: the 11th Air Fleet
# from Formosa over Luzon (Clark Field, 8 December), the 22nd Air Flotilla and the 3rd Air Group
# from Indochina over Malaya (PEATTIE-2001, SHORES-CULL-IZAWA-1992). The China air war of 1941
# (Operation 102, the bombing of Chongqing — PEATTIE-2001) has no place on this map: China is a
# front, not a side with areas to strike.
OIL_CLOCK_GROUPS = []
OIL_CLOCK_PLAN = [
    {'date': '1941-11-01', 'side': 'japan', 'source': 'PEATTIE-2001',
     'orders': [air('eleventh-air-fleet', 'defend', 'formosa'), air('twenty-second-air-flotilla', 'defend', 'indochina-south'),
                air('third-air-group', 'defend', 'indochina-south')],
     'note': 'The 11th Air Fleet masses in Formosa and southern Indochina, its units back from China, '
             'ready to strike the Philippines and Malaya on the first day of war'},
]

SCENARIOS = {
    'southern-oil-1942.json': {'groups': SOUTHERN_GROUPS, 'plan': SOUTHERN_PLAN,
                               'keys': ['SHORES-CULL-IZAWA-1992', 'CRAVEN-CATE-1948', 'GILLISON-1962']},
    'midway-1942.json': {'groups': MIDWAY_GROUPS, 'plan': MIDWAY_PLAN,
                         'keys': ['PARSHALL-TULLY-2005', 'LUNDSTROM-1984', 'CRAVEN-CATE-1948', 'B12', 'B9']},
    'oil-clock-1941.json': {'groups': OIL_CLOCK_GROUPS, 'plan': OIL_CLOCK_PLAN,
                            'keys': ['PEATTIE-2001', 'SHORES-CULL-IZAWA-1992']},
}


def aircraft_of(s, side):
    return sum(f.get('aircraft', 0) for f in s['forces']
               if f['side'] == side and ((f['type'] == 'air' and f.get('role') != 'strategic-bomber') or f['type'] == 'ship'))


def days_per_turn(s):
    unit, count = s['calendar']['turnLength']['unit'], s['calendar']['turnLength']['count']
    return {'day': 1, 'week': 7, 'month': 30}[unit] * count


def end_of(s):
    """The day after the scenario's last turn (rows of rules dated later never apply in it)."""
    import datetime
    d = datetime.date.fromisoformat(s['calendar']['start'])
    n, unit = s['calendar']['lastTurn'] * s['calendar']['turnLength']['count'], s['calendar']['turnLength']['unit']
    if unit == 'month':
        m = d.month - 1 + n
        return datetime.date(d.year + m // 12, m % 12 + 1, d.day).isoformat()
    return (d + datetime.timedelta(days=n * (7 if unit == 'week' else 1))).isoformat()


def scaled(x, share, per=1.0, step=5):
    """`x` times the scenario's share of the grand campaign's aircraft (and of a month), to `step`."""
    return max(step, int(round(x * share * per / step)) * step)


def apply(path, spec):
    s = json.load(open(path, encoding='utf-8'))
    # The air groups, added when missing; their strength and base set every run.
    have = {f['id']: f for f in s['forces']}
    for g in spec['groups']:
        if g['id'] in have:
            have[g['id']].update(g)
        else:
            s['forces'].append(dict(g))
    if os.path.basename(path) == 'southern-oil-1942.json':
        have['abda-air']['aircraft'] = ABDA_FIGHTERS
        have['abda-air']['name'] = 'ABDA fighters (ML-KNIL, US P-40s)'
        have['abda-air']['role'] = 'fighter'
    if os.path.basename(path) == 'midway-1942.json':
        have['midway-air']['aircraft'] = MIDWAY_STRIKE
        have['midway-air']['name'] = 'Midway strike group (Marine, Navy and Army aircraft)'

    if not any(r['id'] == 'aircraft' for r in s['resources']):
        s['resources'].append(dict(RESOURCE))
    start, end = s['calendar']['start'], end_of(s)
    month = days_per_turn(s) / 30
    rules = copy.deepcopy(AIR_RULES)
    # A unit takes at most this share of its strength a month (air.py): a week takes a quarter of it.
    rules['refillPercent'] = max(1, round(AIR_RULES['refillPercent'] * month))
    production = []
    for side in ('japan', 'allies'):
        share = aircraft_of(s, side) / GRAND_AIRCRAFT[side]
        s['sides'][side]['stocks']['aircraft'] = scaled(GRAND_STOCK[side], share)
        p = rules['pilots'][side]
        p['initial'] = scaled(GRAND_POOL[side], share)
        if month < 1:
            # A class takes ten months or more: none would finish within a few weeks' scenario,
            # so none starts (and no oil is paid for pilots who never fly in it).
            p['intake'] = []
        else:
            p['intake'] = [dict(row, perTurn=scaled(row['perTurn'], share)) for row in p['intake'] if row['from'] < end]
        for frm, until, n in PRODUCTION[side]:
            if (until is not None and until < start) or frm >= end:
                continue
            e = {'side': side, 'resource': 'aircraft', 'perTurn': scaled(n, share, month),
                 'from': max(frm, start)}
            if until:
                e['until'] = until
            e['note'] = NOTE
            e['source'] = 'I5'
            production.append(e)
    s['rules']['air'] = rules
    s['production'] = [p for p in s['production'] if not mine(p)] + production

    # The plan's air missions: steps of air orders only, replaced by this script's.
    s['historicalPlan'] = [st for st in s['historicalPlan']
                           if not all(o['type'] == 'air' for o in st['orders'])] + copy.deepcopy(spec['plan'])
    ensure_sources(s, ['USSBS-AIR', 'I5', 'DESIGN'] + spec['keys'])
    write(path, s)


if __name__ == '__main__':
    for name, spec in SCENARIOS.items():
        apply(os.path.join('scenarios', name), spec)

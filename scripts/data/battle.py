"""One battle model (issue 12, part 5): the same battle rule values in every
bundled scenario, and the grand campaign's Midway fought where Midway was.

Idempotent: run it again on a file that already has the change (or that another
branch changed) and nothing else moves.

    python3 scripts/data/battle.py

1. Battle rules shared by every bundled scenario. Search, the reach of
   land-based air, port strikes, repair (per 30 days, scaled to the turn) and
   ground combat used to differ between scenarios (the Midway scenario searched
   at 60/20%, its land-based air reached 250 nm, it repaired twice as fast and
   its defenders had twice the bonus), so the same forces met with different
   odds in the Midway scenario and in the grand campaign's June 1942. The grand
   campaign's values are kept: they were the ones calibrated against the whole
   war (docs/CALIBRATION.md). A teacher can still change them in one scenario.
   Code-breaking: the Midway scenario's May-June 1942 reading chance is the
   grand campaign's (80% a turn, C1-C7).
   Carrier strikes that catch the enemy's carriers before they launch (the
   ambush of the decrypt, or a first strike found by search) do 275% / 125%
   damage to them: aircraft fuelled and armed on deck (B9, PARSHALL-TULLY-2005;
   docs/CALIBRATION.md section 1c has the figures that chose the values).

2. The grand campaign had no sea area for the Midway approaches: its June 1942
   battle was fought in 'Hawaiian waters', 320 nm from Oahu, where the 400
   aircraft of Hawaii's airfields joined the US carriers and Midway's own
   aircraft (810 nm away) did not. Kido Butai was never there: it struck Midway
   from 240 nm north-west, 1,100 nm from Oahu (B9, PARSHALL-TULLY-2005). The
   area is added with the Midway scenario's coordinates, joined to its
   neighbours at their great-circle distances (rounded to 10 nm like the rest
   of the map), and the historical plan's Midway moves (TF 16 waiting
   north-east of Midway from May, Yorktown and the screen in June, Kido Butai in
   June) go there. Midway's aircraft reinforced in May 1942 (about 100, B9)
   arrive as they do in the Midway scenario.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import write  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), '..', '..'))
SCENARIOS = ['pacific-1941', 'midway-1942', 'southern-oil-1942', 'road-to-tokyo-1944', 'oil-clock-1941']

SEARCH = {'withAircraft': 70, 'without': 30}
LAND_AIR_REACH = 480
PORT_STRIKE_REACH = 480
SHIP_REPAIR_PERCENT = 10
COMBAT = {
    'defenderBonusPercent': 25,
    'amphibiousPenaltyPercent': 30,
    'supportGunsPerPoint': 4,
    'supportAircraftPerPoint': 30,
    'surrenderPercent': {'allies': 50},
    'aircraftOnDeckHitPercent': {'ambush': 275, 'firstStrike': 125},
    # Radar-directed fighter cover of the fast carriers from November 1943 (Hellcats and the combat
    # information centre, first at Tarawa and Truk): land-based mass raids were cut down before they
    # reached the carriers — the Marianas 'turkey shoot' (B13), the kamikazes off Okinawa (L4).
    'fighterCover': [{'side': 'allies', 'from': '1943-11-01', 'percent': 2000}],
}

MIDWAY_APPROACHES = {
    'id': 'midway-approaches',
    'name': 'Midway approaches',
    'kind': 'sea',
    'lon': -179.0,
    'lat': 30.5,
    'owner': 'none',
}
# Great-circle distances from (-179.0, 30.5), rounded to 10 nm.
MIDWAY_CONNECTIONS = {
    'midway': 160,
    'north-pacific': 1040,
    'hawaiian-waters': 940,
    'wake': 1030,
    'central-pacific': 1110,
}
# Midway's air group was built up in May 1942 from about 20 aircraft to 121 on 4 June (B-17s, B-26s,
# TBFs, Marine SB2U/SBD/F2A/F4F and Navy PBYs, B9 PARSHALL-TULLY-2005); the Midway scenario has them.
MIDWAY_AIR_1942 = {
    'date': '1942-05-20',
    'force': {
        'id': 'midway-air-1942',
        'name': 'Midway air reinforcements (May 1942)',
        'side': 'allies',
        'type': 'air',
        'aircraft': 100,
        'role': 'mixed',
        'location': 'midway',
        'experience': 40,
    },
    'source': 'B9',
}
# Plan steps (date, side) whose moves to Hawaiian waters were the Midway operation.
MIDWAY_STEPS = {('1942-05-01', 'allies'), ('1942-06-01', 'japan'), ('1942-06-01', 'allies')}


def shared_rules(s):
    r = s['rules']
    r['searchChance'] = dict(SEARCH)
    r['landAirReach'] = LAND_AIR_REACH
    r['portStrikeReach'] = PORT_STRIKE_REACH
    r['shipRepairPercent'] = SHIP_REPAIR_PERCENT
    r['combat'] = json.loads(json.dumps(COMBAT))


def midway_codebreaking(s):
    for p in s['rules'].get('codebreaking', []):
        if p['from'] <= '1942-06-01' <= p['until']:
            p['percent'] = 80


def midway_approaches(s):
    if not any(a['id'] == 'midway-approaches' for a in s['areas']):
        at = next(i for i, a in enumerate(s['areas']) if a['id'] == 'hawaiian-waters')
        s['areas'].insert(at + 1, dict(MIDWAY_APPROACHES))
    have = {frozenset((c['a'], c['b'])) for c in s['connections']}
    for other, distance in MIDWAY_CONNECTIONS.items():
        if frozenset(('midway-approaches', other)) not in have:
            s['connections'].append({'a': 'midway-approaches', 'b': other, 'distance': distance})
    if not any(r['force']['id'] == MIDWAY_AIR_1942['force']['id'] for r in s['reinforcements']):
        at = next((i for i, r in enumerate(s['reinforcements']) if r['date'] > MIDWAY_AIR_1942['date']), len(s['reinforcements']))
        s['reinforcements'].insert(at, json.loads(json.dumps(MIDWAY_AIR_1942)))
    for step in s['historicalPlan']:
        if (step['date'], step['side']) not in MIDWAY_STEPS:
            continue
        for o in step['orders']:
            if o.get('type') == 'move' and o.get('to') == 'hawaiian-waters':
                o['to'] = 'midway-approaches'


def main():
    for name in SCENARIOS:
        path = os.path.join(ROOT, 'scenarios', f'{name}.json')
        s = json.load(open(path, encoding='utf-8'))
        shared_rules(s)
        if name == 'midway-1942':
            midway_codebreaking(s)
        if name == 'pacific-1941':
            midway_approaches(s)
        write(path, s)


if __name__ == '__main__':
    main()

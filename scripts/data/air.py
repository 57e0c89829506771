"""Air power on both sides (issue 12, part 4): aircraft production, pilot training and
land-based air missions for the campaign scenarios.

Idempotent: sets `rules.air`, the `aircraft` resource and stocks, and the aircraft
production entries (replacing any earlier ones written by this script, which carry
their note, `NOTE` below, or the old tag `[air.py]`); leaves everything else alone. Run from the repository root:

    python3 scripts/data/air.py && npm run cli -- validate scenarios/pacific-1941.json

Figures: aircraft built by year (I2 I5), TTT-1942 (pilots trained a month before the
war), USSBS-AIR and EVANS-PEATTIE-1997 (training cut from 1943 for want of fuel and
time; US training lengthened). What share of production reaches the front-line units the
game models is a DESIGN estimate, reasoned in the notes below.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import ensure_sources, write  # noqa: E402

# This script's production entries are known by their note (players read it in the oil and
# aircraft ledger, so it names no file): files written before carry the old tag `[air.py]`.
TAG = '[air.py]'
NOTE = ('aircraft for replacements: the share of production left for combat losses in the Pacific units '
        '(a design estimate)')


def mine(p):
    return TAG in p.get('note', '') or (p.get('resource') == 'aircraft' and p.get('note') == NOTE)
RESOURCE = {'id': 'aircraft', 'name': 'New aircraft (not yet in a unit)', 'unit': 'aircraft', 'min': 0}

# Aircraft for replacements a turn, by year (production entries). History (I2 I5): Japan built
# 8,861 (1942), 16,693 (1943), 28,180 (1944), 8,263 (1945, to August); the US 47,836, 85,898,
# 96,318, 49,761 — most for training, Europe, transport and the operational losses the game does
# not model, and the new air groups the plan brings as reinforcements (with their own aircraft
# and pilots). About an eighth of Japan's output and a fifteenth of the US's are left for replacing
# combat losses in the units already in the Pacific (DESIGN).
PRODUCTION = {
    'japan': [('1941-12-01', '1942-12-31', 120), ('1943-01-01', '1943-12-31', 200),
              ('1944-01-01', '1944-12-31', 300), ('1945-01-01', None, 100)],
    # Germany first: few new aircraft reached the Pacific in 1942 (DESIGN).
    'allies': [('1941-12-01', '1942-12-31', 120), ('1943-01-01', '1943-12-31', 500),
               ('1944-01-01', '1944-12-31', 600), ('1945-01-01', None, 400)],
}

AIR_RULES = {
    'aircraftResource': 'aircraft',
    # Most aircrew of a downed aircraft were lost: Japanese aircrew seldom had parachutes on or
    # were picked up; US rescue improved through the war (DESIGN, one figure for both).
    'pilotLossPercent': 60,
    # A unit takes at most about a third of its strength in replacements a month (DESIGN): the
    # aircraft were ferried out and the new crews worked up with the unit before it fought again.
    # Fitted with the shipping war: Allied air near the southern lanes in 1942 (S3).
    'refillPercent': 50,
    'pilots': {
        'japan': {
            # 500 barrels a pilot (21,000 US gallons): some 300 flying hours on trainers and
            # combat types, with the schools' own flying (DESIGN after EVANS-PEATTIE-1997).
            'initial': 300, 'initialExperience': 70, 'turns': 10, 'oilPer100': 50,
            'intake': [
                # ~360 pilots a month before the war (TTT-1942); most went to new units (the
                # plan's air reinforcements come with their own), some 60 a month to replacements.
                {'from': '1941-07-01', 'perTurn': 60, 'experience': 70},
                {'from': '1942-07-01', 'perTurn': 100, 'experience': 60},
                # From 1943 training was expanded and cut short: fuel was short and the
                # front needed pilots (USSBS-AIR, EVANS-PEATTIE-1997).
                {'from': '1943-01-01', 'perTurn': 150, 'experience': 40},
                {'from': '1944-01-01', 'perTurn': 200, 'experience': 25},
                {'from': '1945-01-01', 'perTurn': 150, 'experience': 15},
            ],
            'note': 'Navy and army pilots for the units in the game: pre-war classes trained a year with '
                    'hundreds of flying hours; from 1943 classes were larger and their hours fell, short of '
                    'fuel, until the pilots of 1944–45 could barely fly in formation. Training burns oil: '
                    'when the stock runs dry, fewer pilots start.',
            'source': 'USSBS-AIR',
        },
        'allies': {
            'initial': 300, 'initialExperience': 45, 'turns': 12, 'oilPer100': 30,
            'intake': [
                {'from': '1941-07-01', 'perTurn': 100, 'experience': 45},
                {'from': '1942-07-01', 'perTurn': 200, 'experience': 50},
                # US training lengthened as it grew, and instructors came home from the front.
                {'from': '1943-01-01', 'perTurn': 300, 'experience': 60},
                {'from': '1944-01-01', 'perTurn': 300, 'experience': 70},
            ],
            'note': 'Pilots for the Allied units in the Pacific: the US training programme grew and '
                    'lengthened through the war, with veterans rotated home as instructors.',
            'source': 'USSBS-AIR',
        },
    },
    # The Zero and the Betty flew from Rabaul to Guadalcanal, 560 nautical miles (B12). The map
    # measures between area centres (Rabaul to the Solomons 710, Indochina to Malaya 880), so the
    # range is set in the map's measure: a neighbouring area's bases are in reach (DESIGN).
    'missionRange': 900,
    'patrolPercent': 200,
    # Japan's interceptors cost the B-29s losses (mostly in the day raids of late 1944 and early
    # 1945) but never stopped the raids (USSBS-AIR; DESIGN rates).
    # About 1.3% of B-29 sorties were lost to all causes over Japan, several sorties a month
    # (AF1 USSBS-AIR): ~5% of the force a month against a full defence.
    'interceptPer100': 1,
    'maxInterceptPercent': 10,
    'bomberLossPercent': 5,
}

AIR_SINK = {'pacific-1941.json': 35}

STOCKS = {'pacific-1941.json': {'japan': 200, 'allies': 300}, 'road-to-tokyo-1944.json': {'japan': 200, 'allies': 1000}}


def apply(path, stocks):
    s = json.load(open(path, encoding='utf-8'))
    if not any(r['id'] == 'aircraft' for r in s['resources']):
        s['resources'].append(dict(RESOURCE))
    for side in ('japan', 'allies'):
        s['sides'][side]['stocks']['aircraft'] = stocks[side]
    start = s['calendar']['start']
    rules = json.loads(json.dumps(AIR_RULES))
    if start >= '1944-01-01':
        # A 1944 start: the pool is what 1943's short training left (USSBS-AIR).
        rules['pilots']['japan']['initial'] = 150
        rules['pilots']['japan']['initialExperience'] = 35
        rules['pilots']['allies']['initialExperience'] = 65
    s['rules']['air'] = rules
    # Aircraft against shipping were fitted when air units were never replaced; with replacements,
    # and the land-based air war that missions bring, the Allied air near the southern lanes is
    # worn down sooner in 1942 (as it was in the Indies), so the rate per 100 aircraft in reach is
    # fitted again to the tonnage aircraft sank (S3 S5: about 31% of the war's losses).
    if os.path.basename(path) in AIR_SINK and 'submarines' in s['rules']:
        s['rules']['submarines']['airSinkPer100Aircraft'] = AIR_SINK[os.path.basename(path)]
    s['production'] = [p for p in s['production'] if not mine(p)]
    for side, rows in PRODUCTION.items():
        for frm, until, n in rows:
            if until is not None and until < start:
                continue
            p = {'side': side, 'resource': 'aircraft', 'perTurn': n, 'from': max(frm, start)}
            if until:
                p['until'] = until
            p['note'] = NOTE
            p['source'] = 'I5'
            s['production'].append(p)
    ensure_sources(s, ['USSBS-AIR', 'I5', 'DESIGN'])
    write(path, s)


if __name__ == '__main__':
    for name, stocks in STOCKS.items():
        apply(os.path.join('scenarios', name), stocks)

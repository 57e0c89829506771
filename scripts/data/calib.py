"""Calibration of the merged operations model (after issue 12/13): plan data only, idempotent.

Run from the repository root: `python3 scripts/data/calib.py` (after sea.py, whose Mindanao
escort this follows). See docs/CALIBRATION.md section 1, "After the operations merge".
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import write  # noqa: E402

# The escort craft (jp-escorts) are the First Escort Force of April 1942, on the route to
# Singapore and the southern oil (T; S5: the convoy escorts stayed on the southern lanes).
# sea.py lends them to the Mindanao landing the same turn (Philippine Sea); without an order
# back they stayed in the Philippine Sea for the rest of the war, away from the tanker lane
# through the South China Sea. Once Mindanao is taken they go back to the southern lanes.
ESCORTS_BACK = {
    'date': '1942-05-01', 'until': '1943-01-01', 'side': 'japan',
    'when': {'type': 'control', 'area': 'mindanao-leyte', 'side': 'japan'},
    'orders': [{'type': 'move', 'force': 'jp-escorts', 'to': 'south-china-sea'}],
    'note': 'Mindanao taken, the escort craft go back to the route to Singapore and the southern oil',
    'source': 'T',
}

NEW_STEPS = {'pacific-1941': [ESCORTS_BACK]}

# Naval dockyards (area `yard`, combat/retire.ts): where a badly damaged warship went to be
# repaired, instead of the forward anchorage nearest the battle. Japan: Kure, Yokosuka, Sasebo
# and Maizuru (home-islands), and the Seletar base at Singapore, whose graving dock the Japanese
# used; Truk had only the repair ship Akashi, and Shōkaku and Zuikaku went home to Kure from the
# Coral Sea and Santa Cruz (B8, T). Allies: Pearl Harbor (Yorktown, May 1942, B9), Mare Island and
# Puget Sound (us-west-coast), Sydney's Cockatoo Island (eastern Australia, or the one Australia
# of a smaller map), Bombay (india) and Colombo and Trincomalee (ceylon) (T).
YARDS = {'home-islands', 'singapore', 'hawaii', 'us-west-coast', 'eastern-australia', 'australia',
         'india', 'ceylon'}
SCENARIOS = ['pacific-1941', 'oil-clock-1941', 'southern-oil-1942', 'midway-1942', 'road-to-tokyo-1944']


def add_steps(s, steps):
    plan = s['historicalPlan']
    for new in steps:
        plan[:] = [p for p in plan if p.get('note') != new['note']]
        # After the last step dated no later, so the plan stays in date order.
        at = max([i + 1 for i, p in enumerate(plan) if p['date'] <= new['date']], default=0)
        plan.insert(at, json.loads(json.dumps(new)))


def mark_yards(s):
    for a in s['areas']:
        if a['id'] in YARDS and a.get('port'):
            a['yard'] = True
        else:
            a.pop('yard', None)


def main():
    for sid in SCENARIOS:
        path = f'scenarios/{sid}.json'
        s = json.load(open(path, encoding='utf-8'))
        mark_yards(s)
        if sid in NEW_STEPS:
            add_steps(s, NEW_STEPS[sid])
        write(path, s)


if __name__ == '__main__':
    main()

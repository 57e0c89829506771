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


def add_steps(s, steps):
    plan = s['historicalPlan']
    for new in steps:
        plan[:] = [p for p in plan if p.get('note') != new['note']]
        # After the last step dated no later, so the plan stays in date order.
        at = max([i + 1 for i, p in enumerate(plan) if p['date'] <= new['date']], default=0)
        plan.insert(at, json.loads(json.dumps(new)))


def main():
    for sid, steps in NEW_STEPS.items():
        path = f'scenarios/{sid}.json'
        s = json.load(open(path, encoding='utf-8'))
        add_steps(s, steps)
        write(path, s)


if __name__ == '__main__':
    main()

"""The perimeter exploit (issue 11 item 1, issue 13): Japan's hunger under blockade, and the
Allies' alternatives when a drive stalls. Idempotent: re-running it sets the same values and
replaces its own plan steps (found by their notes), whatever else another branch changed.

- `rules.will.japan.pressures.hunger` (pacific-1941): raw materials are also the food the Home
  Islands imported (COHEN-1949); months with almost nothing delivered starve the people, and
  the pressure deepens the longer the blockade lasts (USSBS-TRANSPORT, USSBS-END).
- Alternatives in the Allies' historical plan (`alternative`, src/ai/historical.ts), offered only
  when the campaign has gone otherwise: a Saipan landing that is stuck gets III Amphibious Corps
  from Guam; if the Marianas still hold out when the B-29s come, they fly from Guam (North Field
  and Northwest Field on Guam did host B-29 wings from early 1945 — T, B13), going around Saipan.

Run from the repository root: python3 scripts/data/allies.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import ensure_sources, write  # noqa: E402

PATH = 'scenarios/pacific-1941.json'

# Hungry below half of industry's need of 40 points a turn (the `materials` pressure's need);
# the rice stocks (a harvest's carry-over) last eight hungry months; then 1 will a month, up to 30 (as much as the
# months without oil: hunger and an empty tank are the blockade's two halves).
HUNGER = {'below': 20, 'graceTurns': 8, 'perTurn': 1, 'max': 30}


MARIANAS_HELD = {'type': 'control', 'area': 'marianas', 'side': 'japan'}
GUAM_OURS = {'type': 'control', 'area': 'guam', 'side': 'allies'}
BOTH = {'type': 'all', 'of': [MARIANAS_HELD, GUAM_OURS]}

ALTERNATIVES = [
    {'date': '1944-08-01', 'until': '1944-12-01', 'when': BOTH, 'alternative': {'kind': 'reinforce', 'area': 'marianas'},
     'side': 'allies', 'orders': [{'type': 'move', 'force': 'third-amphibious-corps', 'to': 'marianas'}],
     'note': 'If Saipan still holds out once Guam is retaken, III Amphibious Corps crosses from Guam to finish it (an alternative, not history)',
     'source': 'B13'},
    {'date': '1944-11-01', 'until': '1945-06-01', 'when': BOTH, 'alternative': {'kind': 'bypass', 'area': 'marianas'},
     'side': 'allies', 'orders': [{'type': 'move', 'force': 'xxi-bomber-command', 'to': 'guam'}],
     'note': 'If Saipan still holds out, XXI Bomber Command flies from the fields on Guam, in range of Japan (an alternative; Guam hosted B-29 wings from 1945)',
     'source': 'B13'},
    {'date': '1945-03-01', 'until': '1945-06-01', 'when': BOTH, 'alternative': {'kind': 'bypass', 'area': 'marianas'},
     'side': 'allies', 'orders': [{'type': 'move', 'force': 'xxi-bomber-command-1945', 'to': 'guam'}],
     'note': 'If Saipan still holds out, the new B-29 wings fly from Guam too (an alternative)',
     'source': 'B13'},
]
NOTES = {a['note'] for a in ALTERNATIVES}


def main():
    s = json.load(open(PATH, encoding='utf-8'))
    pressures = s['rules']['will']['japan']['pressures']
    # Keep the key order: hunger right after materials (re-running leaves it where it is).
    out = {}
    for k, v in pressures.items():
        if k == 'hunger':
            continue
        out[k] = v
        if k == 'materials':
            out['hunger'] = dict(HUNGER)
    if 'hunger' not in out:
        out['hunger'] = dict(HUNGER)
    s['rules']['will']['japan']['pressures'] = out
    # The plan's alternatives: this script's own steps (by their notes) replaced, after the step of their date.
    plan = [step for step in s['historicalPlan'] if step.get('note') not in NOTES]
    for alt in ALTERNATIVES:
        at = max((i for i, step in enumerate(plan) if step['date'] <= alt['date']), default=len(plan) - 1)
        plan.insert(at + 1, dict(alt))
    s['historicalPlan'] = plan
    ensure_sources(s, ['COHEN-1949', 'USSBS-TRANSPORT', 'USSBS-END', 'B13'])
    write(PATH, s)


if __name__ == '__main__':
    main()

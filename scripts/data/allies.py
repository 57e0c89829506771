"""The perimeter exploit (issue 11 item 1, issue 13): Japan's hunger under blockade, and the
Allies' alternatives when a drive stalls. Idempotent: re-running it sets the same values and
replaces its own plan steps (found by their notes), whatever else another branch changed.

- `rules.will.japan.pressures.hunger` (pacific-1941): raw materials are also the food the Home
  Islands imported (COHEN-1949); months with almost nothing delivered starve the people, and
  the pressure deepens the longer the blockade lasts (USSBS-TRANSPORT, USSBS-END).

Run from the repository root: python3 scripts/data/allies.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import ensure_sources, write  # noqa: E402

PATH = 'scenarios/pacific-1941.json'

# Hungry below half of industry's need of 40 points a turn (the `materials` pressure's need);
# the rice stocks (a harvest's carry-over) last six hungry months; then 2 will a month, up to 30 (as much as the
# months without oil: hunger and an empty tank are the blockade's two halves).
HUNGER = {'below': 20, 'graceTurns': 6, 'perTurn': 2, 'max': 30}


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
    ensure_sources(s, ['COHEN-1949', 'USSBS-TRANSPORT', 'USSBS-END'])
    write(PATH, s)


if __name__ == '__main__':
    main()

"""Japan's fleet at Kure in 1945: the oil the economy will burn is not the fleet's (issue 11 item 3, issue 12;
docs/CALIBRATION.md section 1s).

Why: on the ninth session's merged model (500 seeds, `npx tsx bench/calibration.ts --seeds 500 --what-if-seeds
200`) Japan lost 2.46 battleships in 1945 against history's 4 (Yamato at Ten-Go; Haruna, Ise and Hyuga at Kure).
With the lifeguard boats (ship46.py) more oil reaches Japan in 1945, and the rule of oil to sail
(`rules.combat.portStrike.steamOilPercent`, kure.py) counted the whole home stock as the fleet's: on 1 July 1945
the game's Japan held p50 1.7 M bbl at home (seeds 1..100), more than four times the sortie oil of the heavy ships
there (p50 0.4 M bbl), so in 70 of the 90 games that reached July the fleet raised steam, dispersed after the
first day of the raid and did not settle (section 1o). History: by July 1945 the fleet was immobilised for want of
fuel and used as anti-aircraft batteries while Japan still burned oil for war industry and the air forces
(B18 B17 USSBS-OIL): the oil left was allotted to them, not to the surface fleet.

What it sets (idempotent): `rules.combat.portStrike.steamReserveTurns` 2 in all five bundled scenarios (one
battle model: every bundled scenario fights by the same combat rules, tests/unit/bundled-scenarios.test.ts). The
home stock counts as oil to sail only beyond two turns of the economy's burn at the side's rationing level (engine:
port-strike.ts `oilToSail`; Japan's war-industry-only level burns 0.8 M bbl a month). It matters only where a side's
home oil is down to a few months of its economy: Japan in mid-1945. Two turns is fitted (DESIGN), seeds 1..100,
`npx tsx bench/ship-timeline.ts --seeds 100`, Japan's battleships / fleet carriers lost in 1945 (history 4 / 1):
0 turns 2.25 / 0.83, 1 turn 3.23 / 1.14, 2 turns 3.57 / 1.28, 3 turns 3.81 / 1.43; at 500 seeds
(`npx tsx bench/calibration.ts --seeds 500 --what-if-seeds 200`) 2 turns gives 3.66 / 1.12 (main 2.46 / 0.77).
`RESERVE=<turns> python3 scripts/data/ship48.py` sets another value for a trial.
Run from the repository root, last in the data chain."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import bundled_scenarios, ensure_sources, write  # noqa: E402

RESERVE_TURNS = int(os.environ.get('RESERVE', 2))

for path, s in bundled_scenarios():
    strike = s['rules']['combat'].get('portStrike')
    if strike is None:
        continue
    if RESERVE_TURNS > 0:
        strike['steamReserveTurns'] = RESERVE_TURNS
    else:
        strike.pop('steamReserveTurns', None)
    ensure_sources(s, ['B17', 'B18', 'USSBS-OIL'])
    write(path, s)
    print(f'{path}: rules.combat.portStrike.steamReserveTurns {RESERVE_TURNS}')

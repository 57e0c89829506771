"""The mines of 1944-45 and the 1945 convoy trickle, from the state (issue 11; docs/CALIBRATION.md section 1u).

Why: on the tenth session's merged model (500 seeds, `npx tsx bench/calibration.ts --seeds 500 --what-if-seeds
200`) the mines sank 108 thousand GT in 1944 (S3 52, none of it by B-29s) and 652 in 1945: the B-29s in range of
Tokyo mined from the December 1944 turn, where Operation Starvation began on 27 March 1945 with the 313th Wing,
once the XXI Bomber Command had wings to spare for it (USSBS-TRANSPORT). And the game's convoys stopped in June
1945, where history had a trickle to August (docs/CALIBRATION.md section 1s): the mines, all falling on the last
home water, put it over `closeLanePercent`.

What it sets in pacific-1941 (idempotent: it sets the values, it does not add to them):
- `rules.submarines.minesBeyondBombers`: only the strategic bombers in range of Tokyo beyond this many lay mines
  (engine: shipping-losses.ts `minelayers`). 100 is the first B-29 force (XXI Bomber Command's first wing,
  100 aircraft, in range from the December 1944 turn); the second (the 1945 wings) mines. A state, not a date.
- `rules.submarines.minesPer100Bombers`: thousand GT a month per 100 bombers that mine (ship45.py's 160 was per
  100 of all the bombers in range; now only those beyond the first hundred count). Fitted (DESIGN) to S3's 1945
  mines, 550.
- The historical plan's convoy step (ship45.py): the southern convoys stop once the Allies hold Leyte or Luzon,
  at the sailings level below. History's southern route ran its last convoys (Operation Hokusaku, the last
  tanker runs) in February-March 1945 and was given up in March, after the Allies held Leyte (December 1944)
  and had landed on Luzon (January 1945; PARILLO-1993, USSBS-TRANSPORT); the game's Allies hold Leyte in
  February-April 1945, its Luzon in March-April. Level fitted (DESIGN).
- `rules.shipping.keepHomeLane` (the last way home, section 1q) as KEEP_HOME_LANE says.

Fitted together on 60 seeds (`npx tsx bench/shipping-war.ts --seeds 60 --year 1945 --scenario <copy>`; the trials
are in docs/CALIBRATION.md section 1u); at 500 seeds (`npx tsx bench/calibration.ts --seeds 500 --what-if-seeds
200`) 1945 sinks 544 / 602 / 592 thousand GT by submarines / aircraft / mines (S3 443 / 716 / 550), 1944's mines
0 (S3 52, none by B-29s), and about 0.5 M GT a month still sails in June-August 1945.

Run from the repository root, last in the data chain. A trial: `python3 scripts/data/mine49.py <beyond>
<per100> <keepHomeLane 0/1> <sailings percent>`.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import bundled_scenarios, write  # noqa: E402

MINES_BEYOND_BOMBERS = 100
MINES_PER_100_BOMBERS = 320
KEEP_HOME_LANE = True
SAILINGS = 22
if len(sys.argv) > 1:
    MINES_BEYOND_BOMBERS = int(sys.argv[1])
    MINES_PER_100_BOMBERS = int(sys.argv[2])
    KEEP_HOME_LANE = sys.argv[3] == '1'
    SAILINGS = int(sys.argv[4])

KEPT_IN_PORT = 'the southern convoys stop and most of the cargo fleet stays in port'
LOST = {'type': 'any', 'of': [
    {'type': 'control', 'area': 'luzon', 'side': 'allies'},
    {'type': 'control', 'area': 'mindanao-leyte', 'side': 'allies'},
]}

for path, s in bundled_scenarios(['scenarios/pacific-1941.json']):
    subs = s['rules']['submarines']
    subs['minesBeyondBombers'] = MINES_BEYOND_BOMBERS
    subs['minesPer100Bombers'] = MINES_PER_100_BOMBERS
    if KEEP_HOME_LANE:
        s['rules']['shipping']['keepHomeLane'] = True
    else:
        s['rules']['shipping'].pop('keepHomeLane', None)
    steps = [p for p in s['historicalPlan'] if KEPT_IN_PORT in p.get('note', '')]
    assert len(steps) == 1, 'ship45.py makes the convoy step'
    step = steps[0]
    step['when'] = LOST
    step['orders'] = [{'type': 'choose', 'choice': 'sailings', 'level': SAILINGS}]
    step['note'] = f'Leyte or Luzon lost: {KEPT_IN_PORT}'
    write(path, s)
    print(f'{path}: minesBeyondBombers {MINES_BEYOND_BOMBERS}, minesPer100Bombers {MINES_PER_100_BOMBERS}, '
          f'keepHomeLane {KEEP_HOME_LANE}, sailings {SAILINGS}% once Leyte or Luzon is lost')

"""The reach of land-based air over the lanes in pacific-1941 (issue 11; docs/CALIBRATION.md §1r).

Why: the game counted a land-based group's aircraft in full over every sea area next to its airfield. From
October 1942 to January 1944 the Solomons air (`us-air-1942-04`, 400 aircraft) was the only attacker of the
Bismarck Sea, whose connection to the Solomons is 580 nm long, and sank 32-37 thousand GT a turn there in
1942 and in 1943 alike (`npx tsx bench/shipping-war.ts --seeds 60 --year 1943`: 448 in 1943). History's Bismarck
and Solomon Seas lost 146 thousand GT to aircraft in 1943, a third of the autumn of 1942's rate: once the
transports no longer came to Guadalcanal, Rabaul's convoys sailed 500-600 nm from Henderson Field, beyond the
dive and torpedo bombers that sank ships (S3; GAMBLE-2010; MILLER-1959).

What it sets (idempotent: it sets the value, it does not add to it):
- `rules.submarines.airReachNm` 450 (DESIGN: about the radius of the B-25 and A-20 strafers of 1943, more than the
  dive and torpedo bombers'): beyond it a group counts the share 450 / distance of its aircraft over a sea area
  (engine: shipping-losses.ts `within`). 60 seeds, 1942 / 1943 / 1944 / 1945 aircraft (thousand GT): 174 / 459 /
  1,051 / 312 without, 135 / 337 / 1,095 / 471 with it (S3 220 / 315 / 1,266 / 716); 1942 falls out of the 25%
  band (the game has no Guadalcanal traffic: §1r).
Not in the data chain: left off at the ninth session's merge (with ship46.py's lifeguard boats the mines of 1944-45
went to +35% of S3; docs/CALIBRATION.md §0). A trial: run it last, from the repository root."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import bundled_scenarios, write  # noqa: E402

AIR_REACH_NM = 450
if len(sys.argv) > 1:  # a trial: another reach (0: off)
    AIR_REACH_NM = int(sys.argv[1])

for path, s in bundled_scenarios(['scenarios/pacific-1941.json']):
    subs = s['rules'].get('submarines')
    if subs is None:
        continue
    subs['airReachNm'] = AIR_REACH_NM
    write(path, s)
    print(f'{path}: rules.submarines.airReachNm {AIR_REACH_NM}')

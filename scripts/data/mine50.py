"""The mines of 1942-44, laid far from Japan by land-based aircraft, from the state (issue 11; docs/CALIBRATION.md
section 1v).

Why: on the eleventh session's merged model (500 seeds, `npx tsx bench/calibration.ts --seeds 500 --what-if-seeds
200`) the mines sank 0 / 0 / 0 thousand GT in 1942-44 against S3's 7 / 19 / 52: the game's only minelayers were the
B-29s beyond the first hundred in range of Tokyo (mine49.py), where history's early mines were laid far from Japan
by the RAAF's Catalinas from northern Australia (Kavieng, Balikpapan, Makassar, Manila Bay), the Fourteenth Air
Force's and the RAF's and USAAF's Liberators from China and India (Shanghai, Haiphong, Rangoon, Bangkok,
Palembang's river) and by submarines (JOHNSON-KATCHER-1973, USSBS-TRANSPORT; S3 by year and position).

What it sets in pacific-1941 (idempotent: it sets the values, it does not add to them):
- `rules.submarines.aerialMines.reachNm` 1200: each Allied land-based group that is neither fighters nor strategic
  bombers, at an airfield of its own, lays mines in the sea areas within 1,200 nm of it (the map's air distance to
  the sea area) where Japan's ships sail, its effort shared among them by their traffic (engine:
  shipping-losses.ts `attackersOf`, `standingAttackers`). About the radius of the Catalinas' and Liberators' night
  mining flights (Darwin to Balikpapan about 1,000 nm; Kunming to Hong Kong and Haiphong, Bengal to Rangoon and
  Bangkok), DESIGN for the value.
- `rules.submarines.aerialMines.sinkPer1000Aircraft` 20: thousand GT in 30 days per 1,000 such aircraft, found in
  proportion to the traffic (`halfTrafficKgt`). The mining squadrons were a small share of the air forces in reach
  (DESIGN: fitted to S3's 7 / 19 / 52 of 1942-44, the B-29s' rate of mine49.py unchanged).

Fitted on 20 and 60 seeds (`npx tsx bench/shipping-war.ts --seeds 60 --scenario <copy>`; the trials are in
docs/CALIBRATION.md section 1v). Run from the repository root, last in the data chain. A trial: `python3
scripts/data/mine50.py <reach nm> <per 1,000 aircraft>` (0 per 1,000: the rule off).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import bundled_scenarios, write  # noqa: E402

REACH_NM = 1200
SINK_PER_1000_AIRCRAFT = 20
if len(sys.argv) > 1:
    REACH_NM = int(sys.argv[1])
    SINK_PER_1000_AIRCRAFT = int(sys.argv[2])

for path, s in bundled_scenarios(['scenarios/pacific-1941.json']):
    subs = s['rules']['submarines']
    if SINK_PER_1000_AIRCRAFT > 0:
        subs['aerialMines'] = {'reachNm': REACH_NM, 'sinkPer1000Aircraft': SINK_PER_1000_AIRCRAFT}
    else:
        subs.pop('aerialMines', None)
    write(path, s)
    print(f'{path}: aerialMines reachNm {REACH_NM}, sinkPer1000Aircraft {SINK_PER_1000_AIRCRAFT}')

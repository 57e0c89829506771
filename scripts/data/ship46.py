"""The shipping war by cause and year in pacific-1941 (issue 11; docs/CALIBRATION.md §1q).

Why: on the eighth session's model (500 seeds; `npx tsx bench/calibration.ts --seeds 500 --what-if-seeds 200`)
the submarines sank 737 thousand GT in 1945 against S3's 443 and the aircraft 317 against 716. Nearly all of
1945's sinkings fell in January-March (no ship sailed from the April turn, p50; `npx tsx bench/shipping-war.ts
--seeds 200`), most of the submarines' in the sea areas next to Japan (the Philippine Sea, i.e. the Pacific coast
of the Home Islands, 390; the East China Sea 198), where the game's 50 boats on patrol hunted as in 1944. From
the first B-29 raids (November 1944) the Pacific Fleet kept boats on lifeguard stations off Japan for every raid
and every carrier strike, at the cost of their patrols (BLAIR-1975), and what still sailed there hugged the coast.

What it sets (idempotent: it sets the values, it does not add to them):
- `rules.submarines.lifeguardPercent` 60: while the enemy's B-29s are within `bombing.range` of Tokyo, that share
  of the boats on patrol in the sea areas next to the capital sink nothing (engine: shipping-losses.ts
  `standingAttackers`). The share is fitted (DESIGN; BLAIR-1975 gives the practice, not a share), 200 seeds,
  1945 submarines / aircraft / mines (thousand GT; S3 443 / 716 / 550): 0 - 774 / 327 / 575 (with the last way
  home); 40 - 602 / 449 / 626; 60 - 513 / 650 / 648. Fewer boats off Japan also leave the convoys' lanes there
  open longer (`closeLanePercent`), so the carriers and the mines find more (docs/CALIBRATION.md §1q).
- `rules.shipping.keepHomeLane` (the last way home stays open, engine: `closedLanes`) is left off: with it the
  ships kept sailing into the mined home waters from April 1945 and the mines sank 883 thousand GT in 1945 with
  lifeguard 40 (S3 550), 575 without lifeguard while the submarines stayed at 774 (200 seeds). A trial argument
  sets it: `python3 scripts/data/ship46.py 1 60`.
  mine49.py, later in the chain, turns it on with the mines from the second B-29 force (docs/CALIBRATION.md §1u).
Run from the repository root, last in the data chain."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import bundled_scenarios, write  # noqa: E402

KEEP_HOME_LANE = False
LIFEGUARD_PERCENT = 60
if len(sys.argv) > 1:  # a trial: keepHomeLane (0 or 1), lifeguardPercent
    KEEP_HOME_LANE = sys.argv[1] == '1'
    LIFEGUARD_PERCENT = int(sys.argv[2])

for path, s in bundled_scenarios(['scenarios/pacific-1941.json']):
    shipping = s['rules'].get('shipping')
    if shipping is None:
        continue
    if KEEP_HOME_LANE:
        shipping['keepHomeLane'] = True
    else:
        shipping.pop('keepHomeLane', None)
    s['rules']['submarines']['lifeguardPercent'] = LIFEGUARD_PERCENT
    write(path, s)
    print(f'{path}: rules.shipping.keepHomeLane {KEEP_HOME_LANE}, '
          f'rules.submarines.lifeguardPercent {LIFEGUARD_PERCENT}')

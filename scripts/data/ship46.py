"""The shipping war by cause and year in pacific-1941 (issue 11; docs/CALIBRATION.md §1q).

Why: on the eighth session's model (500 seeds) no ship sailed to Japan after March 1945 (sailed p50 0 from
the April turn; `npx tsx bench/shipping-war.ts --seeds 200`): the B-29s' mines, shared among the home waters
by their traffic, put every home water over `closeLanePercent` once the bombers were many, and the routing
then left every cargo where it was. So the year's sinkings all fell in January-March: the submarines sank
737 thousand GT in 1945 (S3: 443) and the mines and the aircraft had nothing left to sink from April to
August, when history's mines sank most of their 550 and the carriers' July raids and the air from Okinawa
much of the aircraft's 716 (S3; USSBS-TRANSPORT). Japan gave up its southern routes and its garrisons, never
the short crossings from Korea and Manchuria that fed it (USSBS-TRANSPORT; PARILLO-1993).

What it sets (idempotent: it sets the values, it does not add to them):
- `rules.shipping.keepHomeLane` true: when every home water the convoys would use is over the limit, they
  still take the one where they would lose least (engine: shipping-losses.ts `closedLanes`).
Run from the repository root, last in the data chain but player_text and surrender."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import bundled_scenarios, write  # noqa: E402

KEEP_HOME_LANE = True
if len(sys.argv) > 1:  # a trial: 0 or 1
    KEEP_HOME_LANE = sys.argv[1] == '1'

for path, s in bundled_scenarios(['scenarios/pacific-1941.json']):
    shipping = s['rules'].get('shipping')
    if shipping is None:
        continue
    shipping['keepHomeLane'] = KEEP_HOME_LANE
    write(path, s)
    print(f'{path}: rules.shipping.keepHomeLane {KEEP_HOME_LANE}')

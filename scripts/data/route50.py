"""The convoy routes weigh the losses met (issue 11; docs/CALIBRATION.md section 1v).

Why: on the eleventh session's merged model (500 seeds, `npx tsx bench/calibration.ts --seeds 500 --what-if-seeds
200`) the submarines sank 550 thousand GT in 1945 against S3's 443 (+24%, at the band's edge), most of it in
January-March in the Philippine Sea: the game's convoys took the shortest route, the open ocean east of the
Philippines, as long as no sea area passed `closeLanePercent` (docs/CALIBRATION.md sections 1s, 1u). History's
convoy staff read the losses route by route: after the Philippines campaign the last convoys hugged the China
coast, no convoy sailed to Luzon after December 1944, and the open-ocean route was given up (PARILLO-1993,
USSBS-TRANSPORT).

What it sets in pacific-1941 (idempotent: it sets the values):
- `rules.shipping.lossRouting.nmPerPercent`: nautical miles a route may grow to keep out of one percent of the
  ships lost in 30 days remembered on a sea area (engine: deliveries.ts `rememberLosses`, network.ts
  `weightedRoutes`);
- `rules.shipping.lossRouting.keepPercent`: the percent of a sea area's remembered losses still remembered a
  turn later (the worst turn fades).
Both fitted (DESIGN) on 60 seeds (`npx tsx bench/shipping-war.ts --seeds 60 --scenario <copy>`; the trials are
in docs/CALIBRATION.md section 1v). The state decides: the losses the convoys met, no date.

Run from the repository root, last in the data chain. A trial: `python3 scripts/data/route50.py <nmPerPercent>
<keepPercent>` (0 0 takes the rule out).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import bundled_scenarios, write  # noqa: E402

NM_PER_PERCENT = 100
KEEP_PERCENT = 50
if len(sys.argv) > 1:
    NM_PER_PERCENT = int(sys.argv[1])
    KEEP_PERCENT = int(sys.argv[2])

for path, s in bundled_scenarios(['scenarios/pacific-1941.json']):
    shipping = s['rules']['shipping']
    if NM_PER_PERCENT > 0:
        shipping['lossRouting'] = {'nmPerPercent': NM_PER_PERCENT, 'keepPercent': KEEP_PERCENT}
    else:
        shipping.pop('lossRouting', None)
    write(path, s)
    print(f'{path}: lossRouting nmPerPercent {NM_PER_PERCENT}, keepPercent {KEEP_PERCENT}')

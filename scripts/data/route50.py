"""The convoy routes weigh the losses met (issue 11; docs/CALIBRATION.md section 1x).

Why: on the eleventh session's merged model (500 seeds, `npx tsx bench/calibration.ts --seeds 500 --what-if-seeds
200`) the submarines sank 550 thousand GT in 1945 against S3's 443 (+24%, at the band's edge), most of it in
January-March in the Philippine Sea: the game's convoys took the shortest route, the open ocean east of the
Philippines, as long as no sea area passed `closeLanePercent` (docs/CALIBRATION.md sections 1s, 1u). History's
convoy staff read the losses route by route: after the Philippines campaign the last convoys hugged the China
coast, no convoy sailed to Luzon after December 1944, and the open-ocean route was given up (PARILLO-1993,
USSBS-TRANSPORT).

What it sets in pacific-1941 (idempotent): nothing, for now — it takes `rules.shipping.lossRouting` out. The
engine's rule (deliveries.ts `rememberLosses`, network.ts `weightedRoutes`; zod `rules.shipping.lossRouting`):
- `nmPerPercent`: nautical miles a route may grow to keep out of one percent of the ships lost in 30 days
  remembered on a sea area;
- `keepPercent`: the percent of a sea area's remembered losses still remembered a turn later (the worst turn
  fades);
- `aboveLossPercent`: a turn's losses are remembered only above this percent;
- `aircraft`: whether the losses to aircraft (the carriers' strikes) count, or only the submarines' and mines'.
The state decides (the losses the convoys met), no date. Every setting tried on 60 seeds (`npx tsx
bench/shipping-war.ts --seeds 60 --scenario <copy>`; docs/CALIBRATION.md section 1x) moved 1944's tankers off the
Philippine Sea, where the game's submarines are, lowered 1944's sinkings and raised 1945's submarines further
above S3 (their January-March alternative, the South and East China Seas, has boats too): no setting brought
1945's submarines closer to S3 without breaking another line, so the bundled data leaves the rule off.

Run from the repository root, last in the data chain. A trial: `python3 scripts/data/route50.py <nmPerPercent>
<keepPercent> <aboveLossPercent> <aircraft 0/1>` (nmPerPercent 0 takes the rule out).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import bundled_scenarios, write  # noqa: E402

NM_PER_PERCENT = 0
KEEP_PERCENT = 0
ABOVE_LOSS_PERCENT = 0
AIRCRAFT = True
if len(sys.argv) > 1:
    NM_PER_PERCENT = int(sys.argv[1])
    KEEP_PERCENT = int(sys.argv[2])
    ABOVE_LOSS_PERCENT = int(sys.argv[3])
    AIRCRAFT = sys.argv[4] == '1'

for path, s in bundled_scenarios(['scenarios/pacific-1941.json']):
    shipping = s['rules']['shipping']
    if NM_PER_PERCENT > 0:
        shipping['lossRouting'] = {
            'nmPerPercent': NM_PER_PERCENT,
            'keepPercent': KEEP_PERCENT,
            'aboveLossPercent': ABOVE_LOSS_PERCENT,
            'aircraft': AIRCRAFT,
        }
    else:
        shipping.pop('lossRouting', None)
    write(path, s)
    print(f'{path}: lossRouting ' + (f'nmPerPercent {NM_PER_PERCENT}, keepPercent {KEEP_PERCENT}, '
          f'aboveLossPercent {ABOVE_LOSS_PERCENT}, aircraft {AIRCRAFT}' if NM_PER_PERCENT > 0 else 'off'))

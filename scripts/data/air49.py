"""The Tokyo Express, and the reach of land-based air over the lanes in 1942-43 (issue 11; docs/CALIBRATION.md
section 1t).

Why: on the tenth session's merged model (500 seeds, `npx tsx bench/calibration.ts --seeds 500 --what-if-seeds 200`)
1943's aircraft sank 441 thousand GT against S3's 315 (+40%), nearly all in the Bismarck Sea, where the Solomons'
400 aircraft (`us-air-1942-04`) counted in full 580 nm from their airfield over Rabaul's convoys; and 1942's figure
(167 against 220) stood in for the Guadalcanal transports the game did not sail, because an army fighting on an
island the enemy held needed no ships (deliveries.ts `garrisonNeeds`). History: from August 1942 to January 1943
the 17th Army on Guadalcanal was supplied from Rabaul down the Slot by destroyers and transport convoys under
Henderson Field's aircraft (eleven transports of the November convoy lost); after the evacuation no convoy came
within their reach, and Rabaul's convoys sailed 500-600 nm away (GAMBLE-2010; FRANK-1990; MILLER-1959; S3).

What it sets (idempotent: it sets the values, it does not add to them), pacific-1941 only:
- `rules.shipping.contestedIslands` with `shortFirePercent` 50: an army fighting on an island the enemy holds is
  supplied from its side's nearest own port across the sea area between, the last leg off the island sunk by the
  enemy's air based there, counted in full (engine: garrison-supply.ts `contestedRuns`, deliveries.ts,
  shipping-losses.ts); what does not arrive starves it (`baseSupply.starvePercent`) and, in proportion to the
  share short, takes up to half its fire in the turn's ground battle (FRANK-1990: the 17th Army's offensives were
  made on a third of a ration; 50 is DESIGN).
- `rules.submarines.airReachNm` REACH (default 500) until `airReachUntil` UNTIL (default 1943-12-31): the strike
  aircraft of 1942-43 (dive and torpedo bombers, B-25 strafers) reached a few hundred miles over a sea area's
  traffic; from 1944 the sea sweeps were flown by radar-equipped long-range bombers and patrol planes with the
  whole width of a sea area in reach (CRAVEN-CATE-1953; DESIGN).
Trials: `REACH=<nm> UNTIL=<date or ''> FIRE=<percent> EXPRESS=0|1 python3 scripts/data/air49.py` (REACH=0 and
EXPRESS=0 take the rules out). Run from the repository root, last in the data chain."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import bundled_scenarios, ensure_sources, write  # noqa: E402

REACH = int(os.environ.get('REACH', 500))
UNTIL = os.environ.get('UNTIL', '1943-12-31')
FIRE = int(os.environ.get('FIRE', 50))
EXPRESS = os.environ.get('EXPRESS', '1') == '1'

for path, s in bundled_scenarios(['scenarios/pacific-1941.json']):
    shipping = s['rules']['shipping']
    subs = s['rules']['submarines']
    if EXPRESS:
        shipping['contestedIslands'] = {'shortFirePercent': FIRE}
    else:
        shipping.pop('contestedIslands', None)
    if REACH > 0:
        subs['airReachNm'] = REACH
        if UNTIL:
            subs['airReachUntil'] = UNTIL
        else:
            subs.pop('airReachUntil', None)
    else:
        subs.pop('airReachNm', None)
        subs.pop('airReachUntil', None)
    ensure_sources(s, ['FRANK-1990', 'GAMBLE-2010', 'MILLER-1959', 'CRAVEN-CATE-1953', 'S3', 'DESIGN'])
    write(path, s)
    print(f'{path}: contestedIslands {EXPRESS} (shortFirePercent {FIRE}), airReachNm {REACH} until {UNTIL or "the end"}')

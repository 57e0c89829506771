"""Air cover over the lanes: the side's own land-based aircraft next to a sea area cut the enemy's land-based air
over its traffic (issue 11; docs/CALIBRATION.md section 1zf).

Why: over 500 historical games the aircraft sank 398 thousand GT of Japanese shipping in 1943 against S3's 315
(+26%), 383 of it in the Bismarck Sea (40 games, `npx tsx bench/shipping-war.ts --seeds 40`): the Rabaul run,
122-135 thousand GT a turn, lost a quarter of its ships every month of the year to the Solomons' 400 Allied
aircraft, and nothing on the map defended it - Japan's base air force at Rabaul (the 11th Air Fleet's, about 300
aircraft) is an unshown garrison (`shipping.baseSupply.unshown`) that drew supply and did nothing else. In 1943
Rabaul's fighters flew cover over the convoys and made the Allied strike aircraft fly with fighter escort, within
the escorts' radius: the Fifth Air Force's raids on Wewak (August) and on Rabaul's harbour (October-November)
waited for P-38s in range (MILLER-1959; GAMBLE-2010; CRAVEN-CATE-1950).

What it sets (idempotent), pacific-1941 only:
- `rules.submarines.airCoverPercent` COVER (default 20): the most the side's own land-based aircraft next to a sea
  area (its groups but strategic bombers, its bases' unshown aircraft) cut the enemy's land-based air over the
  traffic there, reached as their share of all the land-based aircraft next to it grows (engine:
  shipping-losses.ts `airCover`). Rabaul's 300 against the Solomons' 400 cut the Allied aircraft over the
  Bismarck Sea by 8%. Carriers are not cut, and the convoy staff plan against the enemy's air uncut. DESIGN,
  fitted to S3's aircraft of 1942 and 1943 (docs/CALIBRATION.md section 1zf has the trials).
Trials: `COVER=<percent> python3 scripts/data/air_cover.py`. Run from the repository root, after ship50.py.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import bundled_scenarios, ensure_sources, write  # noqa: E402

COVER = int(os.environ.get('COVER', 20))

for path, s in bundled_scenarios(['scenarios/pacific-1941.json']):
    s['rules']['submarines']['airCoverPercent'] = COVER
    ensure_sources(s, ['MILLER-1959', 'GAMBLE-2010', 'CRAVEN-CATE-1950', 'DESIGN'])
    write(path, s)
    print(f'{path}: airCoverPercent {COVER}')

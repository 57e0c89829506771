"""Ships at anchor are sunk by the air strikes on their ports, in pacific-1941 (`rules.shipping.inPort`,
src/engine/phases/economy/shipping-losses.ts `portLosses`; docs/CALIBRATION.md §1p).

Why: the aircraft sank 1.27 M GT in 1944 and 0.72 in 1945 (S3, the JANAC list), a third and two-fifths of those
years' tonnage; in the game they sank about 0.78 and 0.22, because the game sank ships only at sea. By the JANAC
list's positions, about 0.86 M GT of the aircraft's 1944–45 sinkings were at or off the harbours the carriers
raided: Truk, February 1944 (192 thousand GT), Palau, March 1944 (100), Manila and Luzon's west coast,
September–November 1944 (253), Formosa, October 1944 and January 1945 (170), the South China Sea raid of January
1945 at Saigon, the Indochina coast and Hong Kong (190), Hokkaido and the Inland Sea, July 1945 (95) (S3; the
raids' dates: T).

What it sets (idempotent: it sets the rule, it does not add to it):
- `percent` 25: the share of the ships serving a port overseas (its cargoes' freighters and tankers) that lie in
  it at any time. Japan's ships spent much of their time in port, loading and unloading without cranes and
  waiting for a convoy to form; their turnaround times lengthened through the war (USSBS-TRANSPORT; PARILLO-1993);
  the figure itself is a design value (DESIGN), set with the figures of §1p.
- `sinkPer100Aircraft` 35: thousand GT at anchor sunk per 100 aircraft striking the port in 30 days, the rate of
  the aircraft against ships at sea (`rules.submarines.airSinkPer100Aircraft`): at Truk about 560 carrier aircraft
  sank about 190 thousand GT in two days, 34 per 100 (S3; T).
- `maxSunkPercent` 50: at most this share of the ships in a port sinks in 30 days (at Truk about two-thirds of
  the merchant ships in the lagoon were sunk in two days, but a month's raids elsewhere found fewer: Palau, Manila;
  DESIGN from S3's list of the ships sunk there). The product of the two, an eighth of a port's ships a month of
  raids, is what the figures of §1p were fitted with: 30 and 60 sank more in 1944 (4.1 M GT against 3.77) and left
  1.9 M GT afloat on 1 January 1945 (2.3); 20 and 40 raised the aircraft's 1944 share only to 24% (S3: 34%).
Run from the repository root, after clark_field and before player_text."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import bundled_scenarios, write  # noqa: E402

IN_PORT = {'percent': 25, 'sinkPer100Aircraft': 35, 'maxSunkPercent': 50}
if len(sys.argv) > 1:  # a trial: percent,sinkPer100Aircraft,maxSunkPercent
    IN_PORT = dict(zip(['percent', 'sinkPer100Aircraft', 'maxSunkPercent'], map(int, sys.argv[1].split(','))))

for path, s in bundled_scenarios(['scenarios/pacific-1941.json']):
    shipping = s['rules'].get('shipping')
    if shipping is None:
        continue
    shipping['inPort'] = dict(IN_PORT)
    write(path, s)
    print(f'{path}: rules.shipping.inPort {IN_PORT}')

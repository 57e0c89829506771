"""The reach of land-based air over the lanes from the aircraft present, not a date (issue 11; docs/CALIBRATION.md
section 1w).

Why: air49.py gave land-based air a reach of 500 nm over a sea area's traffic until 1943-12-31 and the whole sea
area from 1944 (the radar-equipped long-range sea sweeps of 1944-45, CRAVEN-CATE-1953). That end was a date, and
issue 11 asks for none: "a date may make something possible; the state decides whether and how much". The sweeps
of 1944-45 came with the mass of aircraft the Allies then had on the islands next to a sea (the Solomons' 400
aircraft over the Bismarck Sea in 1943, 580 nm away; the Marianas' thousand over the Philippine Sea in 1944-45,
760 nm away): a few squadrons struck a few hundred miles out on a sighting, a large air force kept a sea's width
under search and flew its B-24s and PB4Ys across it.

What it sets (idempotent: it sets the values, it does not add to them), pacific-1941 only:
- `rules.submarines.airReachNm` BASE (default 200): the reach of a handful of aircraft;
- `rules.submarines.airReachNmPer100Aircraft` PER (default 60): nm more for every 100 of the side's land-based
  aircraft (groups not on a patrol mission) on the airfields next to the sea area (engine: shipping-losses.ts
  `airReachOf`). 400 aircraft reach 440 nm, 1,000 reach 800 nm. Both DESIGN, fitted to S3's aircraft by year
  (docs/CALIBRATION.md section 1w has the trials);
- removes `rules.submarines.airReachUntil` (air49.py's date; the schema keeps it for older files only).
Trials: `BASE=<nm> PER=<nm> python3 scripts/data/ship50.py`. Run from the repository root, last in the data chain
(after air49.py, whose date it removes).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import bundled_scenarios, ensure_sources, write  # noqa: E402

BASE = int(os.environ.get('BASE', 300))
PER = int(os.environ.get('PER', 50))

for path, s in bundled_scenarios(['scenarios/pacific-1941.json']):
    subs = s['rules']['submarines']
    subs['airReachNm'] = BASE
    subs['airReachNmPer100Aircraft'] = PER
    subs.pop('airReachUntil', None)
    ensure_sources(s, ['CRAVEN-CATE-1953', 'DESIGN'])
    write(path, s)
    print(f'{path}: airReachNm {BASE} + {PER} nm per 100 aircraft next to the sea area, no end date')

"""The fleet in port, 1945 (issue 12): the fast carriers' reach to Kure.

Run from the repository root: `python3 scripts/data/kure.py`. Idempotent: it sets the strike
distance of one connection of the grand campaign (the Philippine Sea and the Home Islands) and
changes nothing else. See docs/CALIBRATION.md section 1i for the figures.

The map measures a connection from the centre of one area to the centre of the other: the
Philippine Sea's centre (19N 133E) is 1,060 nm from the Home Islands, beyond the port-strike reach
(480 nm). But the sea area reaches north to the coasts of Kyushu, Shikoku and Honshu, and the fast
carriers struck the fleet at Kure from those waters, 19 March and 24-28 July 1945, and Yokosuka on
18 July (B17, B18). The strike distance is from the fleet's anchorage (Kure, in the Inland Sea) to
where the carriers launched, south of Shikoku: about 180 nm. The East China Sea is left at its
centre distance: no strike on the anchorages was flown from it (its carriers covered Okinawa).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import write  # noqa: E402

STRIKE_DISTANCES = {
    'pacific-1941': {('home-islands', 'philippine-sea'): 180},
}

for stem, pairs in STRIKE_DISTANCES.items():
    path = f'scenarios/{stem}.json'
    with open(path) as f:
        s = json.load(f)
    for (a, b), nm in pairs.items():
        c = next((c for c in s['connections'] if {c['a'], c['b']} == {a, b}), None)
        if c is None:
            sys.exit(f'{path}: no connection between {a} and {b}')
        c['strikeDistance'] = nm
        print(f'{path}: {a} - {b} strike distance {nm} nm (centre to centre {c["distance"]})')
    write(path, s)

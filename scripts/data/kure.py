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
from scenario_json import ensure_sources, write  # noqa: E402

STRIKE_DISTANCES = {
    'pacific-1941': {('home-islands', 'philippine-sea'): 180},
    # The Road to Tokyo's map: the Western Pacific (Bonins and Marianas) is the sea south of Honshu
    # and Shikoku; its plan sends the fast carriers there in July 1945 to strike the Home Islands.
    'road-to-tokyo-1944': {('home-islands', 'western-pacific'): 180},
}

HULK = int(os.environ.get('HULK', 1))
# The other weights are doubled (carrier 12, battleship 8, ship 4, flotilla 2) so that a carrier hulk
# draws half the share it drew at weight 1 against 6/4/2/1: with two days of strikes on ships that
# cannot sail (DAYS) the hulks at Kure sank 1.65 fleet carriers a game in 1945 (history: Amagi; seeds
# 1..100), 1.17 at this scale (docs/CALIBRATION.md section 1o). SCALE=1 gives the old weights.
SCALE = int(os.environ.get('SCALE', 2))
HIT_PERCENT = int(os.environ.get('HIT_PERCENT', 130))
SETTLE = int(os.environ.get('SETTLE', 60))
STEAM = int(os.environ.get('STEAM', 100))
DAYS = int(os.environ.get('DAYS', 2))
RESTRIKE = int(os.environ.get('RESTRIKE', 30))
KURE_1945 = {
    'targetWeight': {'carrier': 6 * SCALE, 'hulk': HULK, 'battleship': 4 * SCALE, 'ship': 2 * SCALE,
                     'flotilla': SCALE},
    'immobileHitPercent': HIT_PERCENT,
    'settleDamagePercent': SETTLE,
    # The ships in port have oil to sail only when the stock covers their sorties (steamOilPercent of
    # rules.oilPerSortie): by 1945 the oil left went to the economy and the kamikaze, and the heavy
    # ships at Kure were reserve ships, moored as anti-aircraft batteries (B17 B18 USSBS-OIL).
    'steamOilPercent': STEAM,
    # Ships that cannot sail are struck again the next day: Kure on 24, 25 and 28 July 1945 (B17).
    'immobileStrikeDays': DAYS,
    # A fleet on station off the port (most of its aircraft aboard carriers that stayed there from the
    # turn before; a few that join it join its routine) flies this share of its aircraft against it, on one day: a fleet on station keeps its combat air patrol and searches up,
    # rotates groups out to replenish and strikes the airfields first. On 19 March 1945 Task Force
    # 58 (15 carriers, over 1,000 aircraft) sent 321 of them against Kure (30%), having struck the
    # Kyushu airfields the day before (B20; B17).
    'restrikePercent': RESTRIKE,
    'note': 'July 1945: the battleships at Kure were hit until they settled on the bottom; the carriers, '
            'without air groups or fuel, lay camouflaged as hulks of low priority (Amagi capsized, '
            'Katsuragi and Ryuho damaged); 1,747 sorties against an alert, camouflaged port',
    'source': 'B17',
}
# One battle model (issue 12): every bundled scenario fights by the same combat rules
# (tests/unit/bundled-scenarios.test.ts), so all five get the rule; it matters only where a port's
# ships have no oil or a carrier in port has no aircraft.
PORT_STRIKE = {stem: KURE_1945 for stem in
               ['pacific-1941', 'road-to-tokyo-1944', 'midway-1942', 'oil-clock-1941', 'southern-oil-1942']}

for stem in PORT_STRIKE:
    pairs = STRIKE_DISTANCES.get(stem, {})
    path = f'scenarios/{stem}.json'
    with open(path) as f:
        s = json.load(f)
    for (a, b), nm in pairs.items():
        c = next((c for c in s['connections'] if {c['a'], c['b']} == {a, b}), None)
        if c is None:
            sys.exit(f'{path}: no connection between {a} and {b}')
        c['strikeDistance'] = nm
        print(f'{path}: {a} - {b} strike distance {nm} nm (centre to centre {c["distance"]})')
    if stem in PORT_STRIKE:
        ensure_sources(s, ['B17', 'B18', 'B20', 'USSBS-OIL'])
        s['rules']['combat']['portStrike'] = PORT_STRIKE[stem]
        print(f'{path}: port strike targets {PORT_STRIKE[stem]["targetWeight"]}, '
              f'immobile ships hit at {PORT_STRIKE[stem]["immobileHitPercent"]}%')
    write(path, s)

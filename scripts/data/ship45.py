"""The shipping war in 1945 (issue 11): convoys that keep out of the hunting grounds, convoys that stop.

Run from the repository root: `python3 scripts/data/ship45.py`. Idempotent: it sets two rules of
the grand campaign and one step of its historical plan (replaced, never added twice), and changes
nothing else. See docs/CALIBRATION.md section 1g for the figures each value was fitted against.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import write  # noqa: E402

# Convoys are routed round a sea area where the enemy's submarines on patrol, land-based aircraft
# and mines would sink more than this percent of the ships sailing through it in a month, and what
# lies only beyond such an area is left where it is (engine: phases/economy/shipping-losses.ts
# `closedLanes`). Japan's convoy staff moved the routes to the coasts, gave up the bypassed
# garrisons and then the southern routes; the submarines ran short of targets (PARILLO-1993; S3).
# Fitted (docs/CALIBRATION.md section 0, eighth session): 30 until the ships at anchor were sunk
# too (port_shipping.py); with them Japan starts 1945 with fewer ships, the home waters' mines
# passed 30% sooner and 1945 sank 1.27 M GT against S3's 1.71 (-26%, 500 seeds). At 35 it sinks
# 1.45 (200 seeds; mines 0.40 against 0.55), at 40 2.16 (+26%). History had a trickle on the Korea
# routes to the end (USSBS-TRANSPORT): the convoys held on a little longer than 30 allowed.
CLOSE_LANE_PERCENT = 35

# Mines per 100 B-29s in range of Japan, thousand GT a month, now laid once and shared among the
# home waters by their traffic (engine: lossesIn; it was 50 counted again in every home sea area,
# two or three of which carry traffic). Operation Starvation sank about 0.55 M GT from April to
# August 1945 (S3; USSBS-TRANSPORT).
MINES_PER_100_BOMBERS = 160
# (mine49.py, later in the chain, sets the mines from the bombers beyond the first hundred only, and the
# convoy step below to Leyte or Luzon at 22%: docs/CALIBRATION.md section 1u.)

# The historical plan's convoy decision (the Grand Escort Command): once the Americans hold Luzon
# and its airfields, the route to the south runs under their air and submarines from end to end,
# and Japan sends only a few of its cargo ships to sea: the last southern convoys of Operation
# Hokusaku reached Japan in March 1945, and what still sailed kept to the short routes to Korea and
# Manchuria (PARILLO-1993; USSBS-TRANSPORT). A state, not a date: the step holds while Luzon is in
# American hands (from 1944-10 on; Luzon is American in 1941-42 too). Leyte alone (October 1944)
# did not stop the convoys: the Ormoc convoys sailed into it. The level is fitted (section 1g):
# 15% on the merged model (the re-planning Allies hold Luzon sooner) sank 1.1 M GT in 1945 against
# 1.7 (500 seeds); 30% sank 1.6 (100 seeds; section 0).
SAILINGS_AFTER_LUZON = 30
KEPT_IN_PORT = 'the southern convoys stop and most of the cargo fleet stays in port'
CONVOYS_STOP = {
    'date': '1944-10-01', 'until': '1945-12-31', 'side': 'japan',
    'when': {'type': 'control', 'area': 'luzon', 'side': 'allies'},
    'orders': [{'type': 'choose', 'choice': 'sailings', 'level': SAILINGS_AFTER_LUZON}],
    'note': f'Luzon lost: {KEPT_IN_PORT}',
    'source': 'PARILLO-1993',
}

SCENARIOS = ['pacific-1941']

for stem in SCENARIOS:
    path = f'scenarios/{stem}.json'
    with open(path) as f:
        s = json.load(f)
    rules = s['rules']
    if 'shipping' not in rules or 'submarines' not in rules:
        continue
    rules['shipping']['closeLanePercent'] = CLOSE_LANE_PERCENT
    rules['submarines']['minesPer100Bombers'] = MINES_PER_100_BOMBERS
    plan = [p for p in s['historicalPlan'] if KEPT_IN_PORT not in p.get('note', '')]
    plan.append(CONVOYS_STOP)
    s['historicalPlan'] = plan
    write(path, s)
    print(f'{path}: closeLanePercent {CLOSE_LANE_PERCENT}, minesPer100Bombers {MINES_PER_100_BOMBERS}, '
          f'sailings {SAILINGS_AFTER_LUZON}% once Luzon is lost')

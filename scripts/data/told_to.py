"""The code-breakers' news before Midway is told to the Allies only, while the fog of war is on (fog25).

With the fog of war, a Japanese student sees the US fleets at sea only where Japan's ships are or its aircraft
search, and not the enemy's plans. Three of Midway's messages still told that student what Station Hypo had read
("Target 'AF'", "'AF is short of water'") and that Nimitz was setting an ambush: the very knowledge Japan lacked
in May 1942 (PARSHALL-TULLY-2005). `toldTo` names the side told when the event fires under
the fog; replays, the after-action report and games without the fog show it to both. The events' effects (the
flag the water message sets) are unchanged. Idempotent: run from the repository root.
"""
import json
import sys

sys.path.insert(0, 'scripts/data')
from scenario_json import write  # noqa: E402

PATH = 'scenarios/midway-1942.json'
ALLIES_ONLY = {'target-af', 'af-short-of-water', 'nimitz-plans'}
s = json.load(open(PATH, encoding='utf-8'))
found = set()
for e in s['events']:
    if e['id'] in ALLIES_ONLY:
        e['toldTo'] = 'allies'
        found.add(e['id'])
assert found == ALLIES_ONLY, found
write(PATH, s)

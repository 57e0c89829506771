"""Road to Tokyo: the southern route closes by the shipping war, not by an event.

The `south-china-sea-closed` event removed 1,000 kGT of tankers the turn Luzon fell.
Since issue 11 the shipping war is traffic-driven: tankers on the lanes past Luzon are
sunk by the submarines and aircraft that can reach them, so the event counted the same
losses twice (100 seeds historical v historical: oil reaching Japan in 1945, 0.37 M bbl
with the event, 0.56 without; history: a trickle until March, none from April, O7).
Idempotent: run from the repository root.
"""
import json, sys
sys.path.insert(0, 'scripts/data')
from scenario_json import write

PATH = 'scenarios/road-to-tokyo-1944.json'
s = json.load(open(PATH, encoding='utf-8'))
s['events'] = [e for e in s['events'] if e['id'] != 'south-china-sea-closed']
write(PATH, s)

# The Home Islands had no army in this scenario, so an Allied landing took them unopposed on
# the first turn (found by playing it, 2026-12-03). The home armies (General Defence Command:
# Eastern, Central, Western and Northern District Armies) are given the grand campaign's
# 1941 strength, 400 thousand, low in experience: they grew to over two million by August 1945
# for the defence of Kyushu and the Kanto plain (FRANK-1999), a build-up this scenario does not model.
s = json.load(open(PATH, encoding='utf-8'))
if not any(f['id'] == 'home-defence' for f in s['forces']):
    s['forces'].append({
        'id': 'home-defence', 'name': 'General Defence Command (home armies)', 'side': 'japan',
        'type': 'army', 'troops': 400, 'location': 'home-islands', 'experience': 35,
    })
write(PATH, s)

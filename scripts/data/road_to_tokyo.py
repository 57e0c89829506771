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

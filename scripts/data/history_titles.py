"""A history message's title says it is history (play24).

The Road to Tokyo's last event, a date-only message on the September 1945 turn, was titled "Surrender aboard USS
Missouri". Its text begins "History:", but the title stands alone in the turn's list of events, so a game in which
Japan is still fighting (the end screen: "A decisive Japanese victory … Japan is still fighting") showed a
surrender among the month's events. Midway's history message is already titled as one ("4–7 June 1942: what
happened at Midway"); this one now is too. The message changes no will or stock (the scenario lint's rule).
Idempotent: run from the repository root.
"""
import json
import sys

sys.path.insert(0, 'scripts/data')
from scenario_json import write  # noqa: E402

PATH = 'scenarios/road-to-tokyo-1944.json'
TITLES = {'surrender-signed': '2 September 1945: how the real war ended'}
s = json.load(open(PATH, encoding='utf-8'))
for e in s['events']:
    if e['id'] in TITLES:
        assert all(x['type'] == 'message' for x in e['effects']), e['id']
        e['title'] = TITLES[e['id']]
write(PATH, s)

"""Fuel is held where it is in the Road to Tokyo too (issue 11, item 2): the southern fields' oil is
refined and stored in the south (the `oil-south` stock), a fleet at Lingga/Singapore burns it there,
and tankers carry what is left home — as in the grand campaign (`rules.shipping.southernOil`). In
1944 the Mobile Fleet was based at Lingga because its fuel was there, not in Japan (B13, B14,
USSBS-END); without this rule its sorties burnt the Home Islands' stock. Idempotent."""
import json
from scenario_json import write

PATH = 'scenarios/road-to-tokyo-1944.json'
grand = json.load(open('scenarios/pacific-1941.json'))
s = json.load(open(PATH))
ids = {a['id'] for a in s['areas']}
res = next(r for r in grand['resources'] if r['id'] == 'oil-south')
if not any(r['id'] == 'oil-south' for r in s['resources']):
    at = next(i for i, r in enumerate(s['resources']) if r['id'] == 'oil') + 1
    s['resources'].insert(at, dict(res))
s['sides']['japan']['stocks'].setdefault('oil-south', 0)
rule = dict(grand['rules']['shipping']['southernOil'])
rule['zone'] = [z for z in rule['zone'] if z in ids]
s['rules']['shipping']['southernOil'] = rule
write(PATH, s)

"""The Oil Clock plays the grand campaign's war on shipping: its losses follow the traffic (oilclock31; issue 11).

Until now the Oil Clock charged a flat −77 thousand GT of dry cargo and −1 of tankers a month from the month
Japan decided for war (`war-us`), "whatever sails and whatever hunts it" (the retired oil_clock_losses.py):
a student who went to war in August and kept every ship in port still lost 77 thousand GT a month. Issue 11:
"Losses on a lane scale with the tonnage moved along it, the submarines and aircraft sent against it, the
escorts actually assigned to it, and mines ... When nothing sails, almost nothing sinks" — no flat grants.
This script gives the Oil Clock the grand campaign's rules for it, read from scenarios/pacific-1941.json so
that the two stay one model (docs/short-scenarios-notes.md §1 "Merchant shipping"):

1. `rules.submarines`: the grand campaign's (patrol share, tonnage a boat, the Mark 14's torpedo factor, escorts,
   saturation by traffic, aircraft within reach of the lanes; S3 S5 S8 S10, BLAIR-1975).
2. `rules.shipping`: the grand campaign's — `sides: ["japan"]` (the Allies' economy stays abstract), its
   freighters for garrisons overseas (`garrisonKgtPerThousandTroops`), convoy disruption, lane closing, ships
   at anchor, the Tokyo Express, the home lane kept open, and `southernOil` (captured southern fields fill a
   southern stock, tankers lift it home along routes the submarines can find) with the `oil-south` resource.
   The Oil Clock keeps its own tanker lift (2 thousand bbl a thousand GT in 30 days: O9 O15, calibrated for
   this file — docs/short-scenarios-notes.md §1 "Tankers") and has no industry resource, so no raw-material
   convoys: its freighters sail to the garrisons overseas and the bases' air groups and warships
   (`baseSupply`, without the grand campaign's unshown garrisons, whose areas this map does not have).
3. The Allied submarines of December 1941 as forces: the Pacific Fleet's 22 boats at Pearl Harbor (4 in port
   on 7 December and 18 at sea — COMSUBPAC-2011), the Asiatic Fleet's 29 at Manila (ONI-JAVA-SEA-1943) and the
   Dutch 15 at Surabaya (WP-ASIATIC-FLEET), as in the grand campaign; and the Allies' historical plan sends
   them to Japan's lanes when the war begins (the grand campaign's step of December 1941, `when` at war, so a
   war begun in August has its submarines at sea the month after; S8), the Pacific Fleet's to the North
   Pacific (below).
4. Removes the flat allowances (the `production` entries that took merchant and tanker tonnage away while
   `war-us`): what sinks is what the submarines, aircraft and mines find on the traffic (shipping-losses.ts).

5. Removes the Siberian war's flat −700 thousand bbl a month (`production`, `requires {war-ussr}`): the grand
   campaign's own rule for the same thing applies here as it stands — an army pays
   `rules.oilPerArmyOperation` (1 thousand bbl a thousand men, the same in both files) for every month it marches
   or attacks, and the Soviet front (`rules.fronts`, the same in both files) wears it down. The flat charge came on
   top of that whether or not an army moved: `doctrine:strike-north`'s armies, which attack every other month,
   paid 1.3–1.6 M bbl a month by their moves and 0.7 M more by the flag (docs/CALIBRATION.md, oilclock31). The
   choice's and the teacher note's words say what burns now. The wartime drain with the US (−800 a month while
   `war-us`) stays: it is the standing consumption of a war at sea not shown as moves (O9), which the grand
   campaign counts in a larger base burn instead (2,200 a month at peace and at war, with its own home production
   and imports), so its rule does not carry over without re-basing the Oil Clock's whole oil table.

Idempotent: it sets values, it does not add to them. Run after oil_clock_goal and the other Oil Clock scripts.
"""
import copy
import json
from scenario_json import ensure_sources, write

PATH = 'scenarios/oil-clock-1941.json'
GRAND = 'scenarios/pacific-1941.json'

s = json.load(open(PATH))
g = json.load(open(GRAND))
areas = {a['id'] for a in s['areas']}

# 1. The submarine war, as in the grand campaign.
s['rules']['submarines'] = copy.deepcopy(g['rules']['submarines'])

# 2. Shipping: the grand campaign's rules, with the Oil Clock's own tanker lift.
grand = g['rules']['shipping']
own = s['rules']['shipping']
shipping = {}
for key, value in grand.items():
    shipping[key] = copy.deepcopy(value)
shipping['tankerLiftPerKgt'] = own['tankerLiftPerKgt']
shipping['industryLiftPerKgt'] = own.get('industryLiftPerKgt', 0)
base = shipping.get('baseSupply')
if base:
    base['unshown'] = [u for u in base.get('unshown', []) if u['area'] in areas]
south = shipping['southernOil']
assert south['hub'] in areas and all(z in areas for z in south['zone']), south
s['rules']['shipping'] = shipping

# The southern stock (the grand campaign's resource), Japan starting with none of it.
stock = next(r for r in g['resources'] if r['id'] == south['stock'])
if not any(r['id'] == stock['id'] for r in s['resources']):
    at = next(i for i, r in enumerate(s['resources']) if r['id'] == 'tankers') + 1
    s['resources'].insert(at, copy.deepcopy(stock))
stocks = s['sides']['japan']['stocks']
if stock['id'] not in stocks:
    ordered = {}
    for k, v in stocks.items():
        ordered[k] = v
        if k == 'tankers':
            ordered[stock['id']] = 0
    s['sides']['japan']['stocks'] = ordered

# 3. The Allied submarines of December 1941.
COUNTS = {'pacific-fleet-submarines': 22, 'asiatic-fleet-submarines': 29}
forces = s['forces']
for f in forces:
    if f['id'] in COUNTS:
        f['count'] = COUNTS[f['id']]
dutch = next(f for f in g['forces'] if f['id'] == 'dutch-submarines')
if not any(f['id'] == dutch['id'] for f in forces):
    at = next(i for i, f in enumerate(forces) if f['id'] == 'asiatic-fleet-submarines') + 1
    forces.insert(at, copy.deepcopy(dutch))

# The grand campaign's step, its boats named as here, offered from the first turn while at war. The Asiatic
# Fleet's boats go to the South China Sea and the Dutch to the Java Sea, as there. The Pacific Fleet's go to the
# North Pacific: on this map Pearl Harbor's only seas are the North and Central Pacific (the grand campaign's
# Philippine Sea lies beyond the Home Islands and the Marianas, Japanese ports a submarine cannot sail through),
# and the North Pacific is the Pacific approach to the Home Islands, where Pearl Harbor's first "Empire patrols"
# went (BLAIR-1975). It carries none of Japan's traffic on this map, so those boats sink nothing.
SEAS = {'us-pacific-submarines': ('pacific-fleet-submarines', 'north-pacific'),
        'asiatic-submarines': ('asiatic-fleet-submarines', None), 'dutch-submarines': ('dutch-submarines', None)}
grand_step = next(st for st in g['historicalPlan'] if st['side'] == 'allies' and st['date'] == '1941-12-01' and
                  any(o.get('force') == 'us-pacific-submarines' for o in st['orders']))
orders = [{'type': 'move', 'force': SEAS[o['force']][0], 'to': SEAS[o['force']][1] or o['to']}
          for o in grand_step['orders'] if o.get('force') in SEAS]
assert len(orders) == 3 and all(o['to'] in areas for o in orders), orders
step = {
    'date': s['calendar']['start'],
    'until': '1941-12-31',
    'when': {'type': 'flag', 'flag': 'war-us', 'is': True},
    'side': 'allies',
    'orders': orders,
    'note': grand_step['note'] + ' (when the war begins; the Pacific Fleet boats off the Home Islands\' Pacific coast)',
    'source': grand_step['source'],
}
plan = [st for st in s['historicalPlan'] if not (st['side'] == 'allies' and st.get('when') == step['when'] and
                                                 any(o.get('force') == 'pacific-fleet-submarines' for o in st['orders']))]
plan.append(step)
s['historicalPlan'] = plan

# 4. No flat losses: the merchant and tanker tonnage is taken only by what sinks it.
s['production'] = [p for p in s['production'] if not (
    p['side'] == 'japan' and p['resource'] in ('merchant', 'tankers') and p['perTurn'] < 0)]

# 5. No flat Siberian drain: the armies' operations pay for the offensive.
s['production'] = [p for p in s['production'] if not (
    p['side'] == 'japan' and p['resource'] == 'oil' and p['perTurn'] < 0 and p.get('requires') == {'war-ussr': True})]
BURNS = [
    ('choice', 'strike-north', '; the Siberian war burns 0.7 million barrels a month.',
     '; the Siberian war burns the oil of every army that marches or attacks (a thousand barrels a month for every '
     'thousand men).'),
    ('note', 'North: the Kantokuen build-up.', 'In the game the Siberian war burns oil (0.7 M bbl a month),',
     'In the game the Siberian war burns oil (every army that marches or attacks burns a thousand barrels a month '
     'for every thousand men: 0.7 M bbl for the Kwantung Army of 700,000),'),
]
for kind, which, old, new in BURNS:
    if kind == 'choice':
        c = next(c for c in s['choices'] if c['id'] == which)
        if new not in c['description']:
            assert old in c['description'], c['description']
            c['description'] = c['description'].replace(old, new)
    else:
        notes = s['meta']['teacherNotes']
        i = next(i for i, n in enumerate(notes) if n.startswith(which))
        if new not in notes[i]:
            assert old in notes[i], notes[i]
            notes[i] = notes[i].replace(old, new)

ensure_sources(s, ['S3', 'S5', 'S8', 'S10', 'BLAIR-1975', 'COMSUBPAC-2011', 'ONI-JAVA-SEA-1943', 'WP-ASIATIC-FLEET'])
write(PATH, s)

"""The Southern Oil Run plays the grand campaign's war on shipping: its losses follow the traffic (sor32; issue 11).

Until now the Southern Oil Run did not play the shipping war (short_merchant_level.py, oilclock31b): its southern
oil came home by a connected route with no ships counted, and its merchant stock stayed level at 6.0 M GT, read by
nothing but the tile. Issue 11: "Losses on a lane scale with the tonnage moved along it, the submarines and
aircraft sent against it, the escorts actually assigned to it, and mines; Japan chooses convoys and routes. When
nothing sails, almost nothing sinks." This scenario is *the* one about bringing the southern oil home, so it now
plays the grand campaign's rules for it, read from scenarios/pacific-1941.json so that the files stay one model
(as oil_clock_shipping_war.py does for the Oil Clock; docs/short-scenarios-notes.md §5):

1. `rules.submarines`: the grand campaign's (patrol share, tonnage a boat, the Mark 14's torpedo factor, escorts,
   saturation by traffic, aircraft within reach of the lanes, mines; S3 S5 S8 S10, BLAIR-1975).
2. `rules.shipping`: the grand campaign's, with its tanker lift (3 thousand bbl a thousand GT in 30 days) —
   `sides: ["japan"]`, freighters for the garrisons overseas, the bases' air groups and warships (`baseSupply`,
   without the grand campaign's unshown garrisons, whose areas this map does not have), convoy disruption, lane
   closing, ships at anchor, the home lane kept open, and `southernOil`: the captured southern fields fill the
   southern stock (`oil-south`), which tankers lift home along routes the submarines can find. This map has no
   Sumatra: the hub is Borneo (Balikpapan, Tarakan and Miri, the first fields taken — T; O5), and the southern
   zone is the grand campaign's as far as this map has it (Java, Borneo, the Java Sea, and Malaya for its
   Singapore). No industry resource here, so no raw-material convoys (`industryLiftPerKgt` 0).
3. Tankers: the grand campaign's resource and its 530 thousand GT (O9 O15 O16), taken out of the scenario's
   6,000 of shipping (S1: all Japan's merchant ships, as the grand campaign splits its 5,950 — S1 S2), so the
   total stays the same: 5,470 of dry cargo and 530 of tankers.
4. The Allied submarines as forces where they were in January 1942, with the grand campaign's ids: the Pacific
   Fleet's 22 (COMSUBPAC-2011; none lost in December), at sea in the Philippine Sea, the Pacific approaches of
   Japan's southern lanes where Pearl Harbor's first patrols went (BLAIR-1975; the grand campaign's step of
   December 1941 sends them there); the Asiatic Fleet's 28 (29 at Manila in December, ONI-JAVA-SEA-1943, less
   Sealion, wrecked at Cavite on 10 December — S10), which had left Manila for the Celebes Sea and Surabaya; and
   the Dutch 11 at Surabaya (15 in December, WP-ASIATIC-FLEET, less the four lost in December —
   WP-DUTCH-SUBS-1941). The Allies' historical plan sends them to Japan's lanes while at war (the grand
   campaign's step, `when` at war: the Asiatic boats to the South China Sea and the Dutch to the Java Sea, as
   there, and the Pacific boats to the East China Sea, where this map's southern lanes reach home — below; S8),
   replacing the file's dated January step for the Asiatic boats alone.
5. The teacher note that said the scenario does not play the shipping war now says what it plays.

No flat losses and no launches: what sinks is what the submarines, aircraft and mines find on the traffic
(shipping-losses.ts); the six months' launches (about 130 thousand GT, S4) are left out as in oilclock31b — the
grand campaign builds ships from industry, which this map does not have.

Idempotent: it sets values, it does not add to them. Run after short_merchant_level.py.
"""
import copy
import json
from scenario_json import ensure_sources, write

PATH = 'scenarios/southern-oil-1942.json'
GRAND = 'scenarios/pacific-1941.json'

s = json.load(open(PATH))
g = json.load(open(GRAND))
areas = {a['id'] for a in s['areas']}

# 1. The submarine war, as in the grand campaign.
s['rules']['submarines'] = copy.deepcopy(g['rules']['submarines'])

# 2. Shipping: the grand campaign's rules, on this map.
shipping = copy.deepcopy(g['rules']['shipping'])
shipping['industryLiftPerKgt'] = 0
base = shipping.get('baseSupply')
if base:
    base['unshown'] = [u for u in base.get('unshown', []) if u['area'] in areas]
# Singapore lies in this map's Malaya; Sumatra (Palembang) is not on it.
SAME = {'singapore': 'malaya'}
south = shipping['southernOil']
south['hub'] = 'borneo'
zone = []
for z in south['zone']:
    z = SAME.get(z, z)
    if z in areas and z not in zone:
        zone.append(z)
south['zone'] = zone
assert south['hub'] in zone and set(zone) == {'java', 'borneo', 'malaya', 'java-sea'}, south
s['rules']['shipping'] = shipping

# 3. Tankers and the southern stock (the grand campaign's resources), the total tonnage kept.
resources = s['resources']
at = next(i for i, r in enumerate(resources) if r['id'] == 'merchant')
resources[at] = copy.deepcopy(next(r for r in g['resources'] if r['id'] == 'merchant'))
for rid in ('oil-south', 'tankers'):
    if not any(r['id'] == rid for r in resources):
        resources.insert(at + 1, copy.deepcopy(next(r for r in g['resources'] if r['id'] == rid)))
TOTAL = 6000  # S1, the scenario's shipping of January 1942, tankers included
TANKERS = g['sides']['japan']['stocks']['tankers']
assert TANKERS == 530, TANKERS
ordered = {}
for k, v in s['sides']['japan']['stocks'].items():
    if k in ('tankers', 'oil-south'):
        continue
    ordered[k] = v
    if k == 'merchant':
        ordered[k] = TOTAL - TANKERS
        ordered['tankers'] = TANKERS
        ordered['oil-south'] = 0
s['sides']['japan']['stocks'] = ordered

# 4. The Allied submarines of January 1942, with the grand campaign's ids.
BOATS = [  # (id, count, where on 1 January 1942)
    ('us-pacific-submarines', 22, 'philippine-sea'),
    ('asiatic-submarines', 28, 'celebes-sea'),
    ('dutch-submarines', 11, 'java'),
]
forces = s['forces']
ids = {fid for fid, _, _ in BOATS}
# Where the boats go in the list: at the first of them already there (the Asiatic boats on the first run).
first = next(i for i, f in enumerate(forces) if f['id'] in ids)
at = sum(1 for f in forces[:first] if f['id'] not in ids)
mine = {}
for fid, count, where in BOATS:
    f = copy.deepcopy(next(f for f in g['forces'] if f['id'] == fid))
    f['count'] = count
    f['location'] = where
    mine[fid] = f
keep = [f for f in forces if f['id'] not in mine]
s['forces'] = keep[:at] + [mine[fid] for fid, _, _ in BOATS] + keep[at:]

grand_step = next(st for st in g['historicalPlan'] if st['side'] == 'allies' and st['date'] == '1941-12-01' and
                  any(o.get('force') == 'us-pacific-submarines' for o in st['orders']))
# The Asiatic boats go to the South China Sea and the Dutch to the Java Sea, as there. The Pacific Fleet's go to the
# East China Sea: on the grand campaign's map its Philippine Sea holds the Pacific coast of the Home Islands, where
# Pearl Harbor's Empire patrols sank 50 thousand GT in January-June 1942 (S3) on coastal traffic this map does not
# carry; here Japan's southern lanes reach home through the East China Sea, where US boats sank 58 thousand GT in
# the same months (S3; the Pearl Harbor boats' East China Sea patrols, BLAIR-1975).
SEAS = {'us-pacific-submarines': 'east-china-sea'}
orders = [dict(copy.deepcopy(o), to=SEAS.get(o['force'], o['to'])) for o in grand_step['orders']
          if o.get('force') in mine]
assert len(orders) == 3 and all(o['to'] in areas for o in orders), orders
step = {
    'date': s['calendar']['start'],
    'until': '1942-01-31',
    'when': {'type': 'flag', 'flag': s['rules']['warFlag'], 'is': True},
    'side': 'allies',
    'orders': orders,
    'note': grand_step['note'] + ' (the grand campaign\'s step of December 1941, while at war; the Pacific Fleet\'s '
                                 'boats to the East China Sea, where the southern lanes reach home on this map)',
    'source': grand_step['source'],
}
plan = [st for st in s['historicalPlan'] if not (
    st['side'] == 'allies' and any(o.get('force') in mine for o in st['orders']) and
    all(o.get('force') in mine for o in st['orders']))]
at = next(i for i, st in enumerate(plan) if st['side'] == 'allies')
plan.insert(at, step)
s['historicalPlan'] = plan

# 5. The teacher note.
notes = s['meta']['teacherNotes']
i = next(i for i, n in enumerate(notes) if n.startswith('Captured oil fields produce only while'))
NEW = ('Captured oil fields produce only while they are connected to the Home Islands by a route the enemy does '
       'not hold; their oil fills a southern stock at the wells, and tankers (530 thousand gross tons at the '
       'start) carry it home through the South and East China Seas. The war on shipping is the full game\'s: '
       'the Allied submarines (the Pacific Fleet\'s 22, the Asiatic Fleet\'s 28 and the Dutch 11) and aircraft '
       'sink what sails past them, more where more sails and less where escorts guard the lane, and almost '
       'nothing where nothing sails. Japan\'s freighters (5.47 million gross tons) also carry the garrisons\' '
       'supplies. No new ships are launched in these six months (about 130 thousand gross tons in fact). '
       'Repairs to sabotaged fields come with the full rules: here a captured field produces in full. '
       'Sources: S1, S3, O9, BLAIR-1975.')
notes[i] = NEW

ensure_sources(s, ['S1', 'S2', 'S3', 'S5', 'S8', 'S10', 'O5', 'O9', 'O15', 'O16', 'BLAIR-1975', 'COMSUBPAC-2011',
                   'ONI-JAVA-SEA-1943', 'WP-ASIATIC-FLEET', 'WP-DUTCH-SUBS-1941'])
write(PATH, s)

"""Air legs (`airLegs`): flights between land areas that the map's connections make much longer than
they were — Formosa to Luzon runs through the South China Sea, 1,300 nm, where the 11th Air Fleet flew
about 450 nm from Takao to Clark Field on 8 December 1941 (J3). Aircraft measure by them (world.ts
`airDistance`); ships and armies never do.

Each leg is measured as the great circle between the airfields named (AF5) and joins two areas of a
bundled scenario when both exist there and the way by that scenario's connections is longer than the
leg (the short scenarios have maps of their own: some already join the areas directly). A leg of
pacific-1941 was kept where the map overstates a flight that was flown by about 30% or more. Left out:
- Rabaul-Guadalcanal (568 nm, the map 710: 25%), Truk-Rabaul, Roi-Wake: no flight the game needs beyond
  the mission range it already has;
- Kanoya-Okinawa (340 nm, the map 1,090) and Taihoku-Okinawa (345, the map 620), the kamikazes of 1945:
  over 100 seeds the Home Islands' and Formosa's air then joined every battle for the Ryukyus, Okinawa
  was taken in 0-35% of games (84% before) and 1.4-1.7 US fleet carriers were lost in 1945 (0.1): the
  land air in reach of a battle is not calibrated for it (docs/CALIBRATION.md §1j);
- the Netherlands Indies: Balikpapan-Surabaya (436 nm, the map 680), Kendari-Surabaya (606, 760),
  Singapore-Palembang (264, 970), Palembang-Batavia (234, 650) — the raids on Java from Borneo and
  Celebes and the air war over Palembang, February 1942 (J4): ABDA's air on Java then joined the
  battles for Borneo and Sumatra and counted against the landings; Java fell in 95% of games (100%
  before) and Japan's oil at the start of 1943 fell from 20.0 to 18.8 M bbl (p50, 100 seeds), out of
  the band of tests/unit/calibration.test.ts;
- Saipan-Tokyo (1,275 nm, the map 1,830) and Iwo Jima-Tokyo (659, the map 1,640): they bring the
  Marianas and Iwo Jima within the Japanese will pressure `threat` (1,600 nm), which was set with the
  map's distances: the war ended a month earlier at the median (the B-29s already bomb from the
  Marianas, `rules.bombing.range` 2,000 nm). With these legs the threat's range must be set again.
Run from the repository root; idempotent: it rewrites `airLegs` whole, after `connections`. Run it
after every other data script that edits the map."""
import heapq
import json
import math
from scenario_json import ensure_sources, write

AIRFIELDS = {
    'takao': (22.60, 120.30),
    'clark': (15.19, 120.56),
    'saigon': (10.82, 106.66),
    'kota-bharu': (6.17, 102.29),
    'tengah': (1.39, 103.71),
    'balikpapan': (-1.27, 116.90),
    'kendari': (-4.08, 122.42),
    'surabaya': (-7.22, 112.72),
    'palembang': (-2.90, 104.70),
    'kemayoran': (-6.15, 106.85),
    'isley': (15.12, 145.73),
    'orote': (13.44, 144.64),
    'tokyo': (35.68, 139.76),
    'iwo-jima': (24.78, 141.32),
    'tacloban': (11.23, 125.03),
    'taihoku': (25.06, 121.55),
    'kanoya': (31.37, 130.84),
    'yontan': (26.40, 127.75),
    'umnak': (53.38, -167.89),
    'kiska': (51.98, 177.55),
}

# (area a, area b, airfield of a, airfield of b, what was flown, the flight's source key)
LEGS = [
    ('formosa', 'luzon', 'takao', 'clark',
     "the 11th Air Fleet's strike on Clark Field, 8 December 1941", 'J3'),
    ('indochina-south', 'malaya', 'saigon', 'kota-bharu',
     'the 22nd Air Flotilla from Saigon over Malaya; Force Z sunk off Kuantan, 10 December 1941', 'B15'),
    ('indochina-south', 'singapore', 'saigon', 'tengah',
     'Singapore bombed from Indochina from 8 December 1941', 'J4'),
    ('marianas', 'guam', 'isley', 'orote',
     'Guam bombed from Saipan, 8 December 1941', 'J5'),
    ('luzon', 'mindanao-leyte', 'clark', 'tacloban',
     'the Japanese air from Luzon over Leyte, October-December 1944', 'L2'),
    ('bonins', 'marianas', 'iwo-jima', 'isley',
     'the Japanese raids from Iwo Jima on the B-29 fields of Saipan, November 1944 - January 1945; Iwo bombed from the Marianas', 'L3'),
    ('alaska', 'aleutians', 'umnak', 'kiska',
     'Kiska bombed from Umnak and Adak, June 1942 - August 1943', 'J6'),
]

# Area ids of the pacific-1941 map as the other maps name them.
ALIASES = {
    'road-to-tokyo-1944': {'mindanao-leyte': 'leyte'},
}
SCENARIOS = ['pacific-1941', 'road-to-tokyo-1944', 'oil-clock-1941', 'southern-oil-1942', 'midway-1942']
# Scenarios that get no legs (any they have are taken out), and why. southern-oil-1942: with its two legs
# (Formosa-Luzon, Saigon-Kota Bharu) a Japan that gives no orders took Malaya (March) and Luzon (April)
# unopposed on seed 1 — the Japanese land air in reach of the battles there destroyed the defenders — and
# the commander's level tests lost their seeds (tests/unit/tournament.test.ts, commander.test.ts, sixth
# session); the reach of land air in that scenario's battles must be looked at before the legs go in.
NO_LEGS = {'southern-oil-1942'}


def great_circle(x, y):
    (la1, lo1), (la2, lo2) = AIRFIELDS[x], AIRFIELDS[y]
    la1, lo1, la2, lo2 = map(math.radians, (la1, lo1, la2, lo2))
    c = math.sin(la1) * math.sin(la2) + math.cos(la1) * math.cos(la2) * math.cos(lo1 - lo2)
    return 3440.065 * math.acos(min(1.0, c))


def way(s, a, b):
    """Shortest distance between two areas over the connections (through any areas), or None."""
    nb = {}
    for c in s['connections']:
        nb.setdefault(c['a'], []).append((c['b'], c['distance']))
        nb.setdefault(c['b'], []).append((c['a'], c['distance']))
    best = {a: 0}
    queue = [(0, a)]
    while queue:
        d, at = heapq.heappop(queue)
        if at == b:
            return d
        if d > best[at]:
            continue
        for n, w in nb.get(at, []):
            if d + w < best.get(n, math.inf):
                best[n] = d + w
                heapq.heappush(queue, (d + w, n))
    return None


for stem in SCENARIOS:
    path = f'scenarios/{stem}.json'
    s = json.load(open(path))
    ids = {x['id']: x for x in s['areas']}
    alias = ALIASES.get(stem, {})
    legs = []
    keys = []
    for a, b, fa, fb, flown, key in LEGS:
        a, b = alias.get(a, a), alias.get(b, b)
        if a not in ids or b not in ids or ids[a]['kind'] == 'sea' or ids[b]['kind'] == 'sea':
            continue
        d = great_circle(fa, fb)
        distance = int(round(d / 10.0)) * 10
        by_map = way(s, a, b)
        if by_map is not None and by_map <= distance:
            continue
        names = f"{fa.replace('-', ' ').title()}-{fb.replace('-', ' ').title()}"
        legs.append({'a': a, 'b': b, 'distance': distance,
                     'note': f'{names} {round(d)} nm by great circle (the map: {by_map} nm): {flown} ({key})',
                     'source': 'AF5'})
        keys.append(key)
    if stem in NO_LEGS:
        legs, keys = [], []
    out = {}
    for k, v in s.items():
        if k == 'airLegs':
            continue
        out[k] = v
        if k == 'connections' and legs:
            out['airLegs'] = legs
    if legs:
        ensure_sources(out, ['AF5'] + sorted(set(keys)))
    write(path, out)
    print(f'{stem}: {len(legs)} air legs: ' + ', '.join(f"{l['a']}-{l['b']} {l['distance']}" for l in legs))

"""The US submarine war of 1942-43 in pacific-1941, re-fitted to where and how much the boats sank.

Why the submarines alone sank too little in 1942 (docs/CALIBRATION.md §1j; `npx tsx bench/shipping-war.ts
--year 1942`): the JANAC list (S3, with each sinking's position) puts the boats' 1942 tonnage (628 thousand GT)
off the Home Islands' Pacific coast and in the East China Sea (150 and 133, the Pearl Harbor boats' "Empire
patrols"), off Truk (79), in the South China Sea, the Celebes and the Java Sea (102, 35, 16: the Asiatic boats,
from Manila, Surabaya and then Fremantle) and in the Bismarck Sea (48: Brisbane). In the game (with the air legs
and the Clark Field strike, which took away the FEAF's 0.2 M GT of 1942; 100 seeds, `npx tsx bench/shipping-war.ts
--seeds 100 --year 1942`), 17 boats were on patrol in the average month (history: 13, S8) and sank 508 thousand
GT, 2.5 a boat on patrol a month against the record's 4.0 (628 / 13 / 12):
- the Pacific Fleet's 22 boats all patrolled the Philippine Sea, none the East China Sea until the new boats of
  August 1942 (189 and 44 thousand GT against history's 176 on the Pacific coast and in the Philippine Sea and
  140 in the East China Sea and the Sea of Japan);
- the Dutch boats stay in the Java Sea all war (79 thousand GT in 1942 against history's 16 there): they stand
  for the boats from Fremantle that kept to the southern routes from 1942 (BLAIR-1975), and the game's
  tanker route from Sumatra runs through the Java Sea. Sending them to Ceylon when Java fell (as the
  survivors did) put the boats on patrol at S8's 13, but left the tanker route without boats in 1943-45:
  Japan's oil on 1 January 1945 rose from 4.5 to 11.7 M bbl (p50, 24 seeds) — left as it is;
- the torpedo factor (the Mark 14's failures, S5) of 40% to June 1942 and 60% to September 1943 held the
  boats' exchange (tonnage sunk a boat on patrol a month) to 2.5 in 1942 and 4.3 in 1943, where history's was
  4.0 and 6.2 (S3 / S8: 628 / 13 / 12 and 1,332 / 18 / 12), 69% and 107% of 1944's 5.8 (2,436 / 35 / 12,
  torpedoes working, Japan's convoys escorted); the game's 1944 is 6.6. With 60% and 75% and the boats
  re-stationed the game's exchange is 3.5 in 1942 and 5.0 in 1943 (53% and 76% of its 1944).
The traffic to Truk and Rabaul (history sank 314 thousand GT there in 1942, 565 in 1943, most of it by aircraft
at Rabaul and in the Solomons) is scripts/data/garrison_supply.py's (docs/CALIBRATION.md §1j″).

What this script does (idempotent: it sets the values, it does not add to them):
1. splits the Pacific Fleet's 22 boats into 11 for the Pacific approaches to the Home Islands (the Philippine
   Sea) and 11 for the East China Sea (`us-pacific-submarines-ecs`), both sailing in December 1941; in
   July 1944 the East China Sea boats join the others on the route of the tankers from the south (the
   Luzon Strait and the Philippine Sea, "Convoy College", where the wolf packs of 1944 went for the tankers —
   BLAIR-1975), so that from then on the boats are where they were before this script. Japan's oil on
   1 January 1945 (p50, 100 seeds; history 5.0, the air legs alone 4.8 M bbl): 6.4 without the move, 6.2 with
   it in July, 5.4 with it in January 1944 — but then the aircraft's share of the war's sinkings fell below the
   band of tests/unit/calibration.test.ts (0.175 against at least 0.18);
2. sends the Asiatic Fleet's boats (the Fremantle boats from 1942) from the South China Sea to the Celebes Sea
   in January 1944, on the game's tanker route from the southern fields (Java Sea, Celebes Sea, Philippine
   Sea): from early 1944 the Fremantle boats hunted the tankers from Borneo and Sumatra in the Makassar
   Strait and the Celebes and Sulu Seas (BLAIR-1975). With the bases' supply as traffic (garrison_supply.py)
   Japan's oil on 1 January 1945 came to 6.8 M bbl without this step, 6.1 without it and with the East China
   Sea boats moved in January 1944, 5.5 with it in July 1944 (the East China Sea boats in January), 4.3 with it
   in January (the East China Sea boats in July: chosen), 3.7 with both in January (p50, 100 seeds; history
   5.0, O4) — docs/CALIBRATION.md §1j″;
3. sets `rules.submarines.torpedoes` to 60% until 30 June 1942 (the Mark 14 ran deep until the Albany net
   tests of June 1942) and 75% until 30 September 1943 (the magnetic and contact exploders, BLAIR-1975).
Run from the repository root, after garrison_supply and before air_legs and clark_field."""
import json
from scenario_json import ensure_sources, write

PATH = 'scenarios/pacific-1941.json'
PACIFIC = 'us-pacific-submarines'
ECS = 'us-pacific-submarines-ecs'
TANKER_STEP = {
    'date': '1944-07-01',
    'side': 'allies',
    'orders': [{'type': 'move', 'force': ECS, 'to': 'philippine-sea'}],
    'note': 'The East China Sea boats go after the tankers from the south: the Luzon Strait and the Philippine Sea',
    'source': 'BLAIR-1975',
}
FREMANTLE = 'asiatic-submarines'
FREMANTLE_STEP = {
    'date': '1944-01-01',
    'side': 'allies',
    'orders': [{'type': 'move', 'force': FREMANTLE, 'to': 'celebes-sea'}],
    'note': ('The Fremantle boats go after the tankers from Borneo and Sumatra: the Makassar Strait, the Celebes '
             'and Sulu Seas'),
    'source': 'BLAIR-1975',
}
TORPEDOES = [{'until': '1942-06-30', 'percent': 60}, {'until': '1943-09-30', 'percent': 75}]

s = json.load(open(PATH))
forces = s['forces']
pacific = next(f for f in forces if f['id'] == PACIFIC)
ecs = next((f for f in forces if f['id'] == ECS), None)
if ecs is None:
    ecs = dict(pacific, id=ECS, name='Pacific Fleet submarines (East China Sea patrols)')
    forces.insert(forces.index(pacific) + 1, ecs)
pacific['count'] = 11
ecs['count'] = 11
pacific['name'] = 'Pacific Fleet submarines (Empire patrols)'

plan = s['historicalPlan']
first = next(st for st in plan if st['side'] == 'allies'
             and any(o.get('type') == 'move' and o.get('force') == PACIFIC for o in st['orders']))
first['orders'] = [o for o in first['orders'] if o.get('force') != ECS]
at = next(i for i, o in enumerate(first['orders']) if o.get('force') == PACIFIC)
first['orders'].insert(at + 1, {'type': 'move', 'force': ECS, 'to': 'east-china-sea'})
first['note'] = ('Unrestricted submarine warfare: the Pacific Fleet submarines sail for Empire waters and the '
                 'East China Sea, the Asiatic and Dutch boats for the lanes south')

is_tanker_step = lambda st: st['side'] == 'allies' and any(
    (o.get('force') == ECS and o.get('to') == 'philippine-sea')
    or (o.get('force') == FREMANTLE and o.get('to') == 'celebes-sea') for o in st['orders'])
plan[:] = [st for st in plan if not is_tanker_step(st)]
for step in (FREMANTLE_STEP, TANKER_STEP):
    at = next((i for i, st in enumerate(plan) if st['date'] > step['date']), len(plan))
    plan.insert(at, step)

s['rules']['submarines']['torpedoes'] = TORPEDOES
ensure_sources(s, ['S3', 'S5', 'S8', 'BLAIR-1975'])
write(PATH, s)
print(f'{PATH}: Pacific Fleet boats 11 + 11 (East China Sea), torpedoes {TORPEDOES}')

"""The Yamato class takes about twice the damage of an older battleship before she sinks
(docs/CALIBRATION.md section 1l, continued; source YAMATO-CLASS).

Run from the repository root: `python3 scripts/data/yamato_class.py`. Idempotent: it sets
`toughness` on Yamato and Musashi (as forces or reinforcements) in every scenario that has them,
adds the source to the scenario's list, and changes nothing else. `TOUGHNESS=... python3
scripts/data/yamato_class.py` writes another value for a trial.

Why: the battle model sank a ship of a class with the same damage points whatever she was
(combat-values.ts SHIP_TOUGHNESS: battleship 50). Yamato and Musashi, 72,800 tons with a 410 mm
belt and the deepest underwater protection afloat, sank in the game at the Philippine Sea and Leyte
Gulf from undamaged in a single month's battle as often as an old battleship did
(`npx tsx bench/ship-timeline.ts --seeds 100 --trace yamato`): 45-55% of games lost Yamato in
1944, where history lost Musashi only, and her only after some 19 torpedoes and 17 bombs; Yamato
took about 10 torpedoes and 7 bombs at Ten-Go, where Kongo sank from two torpedoes and Fuso from
one spread. Her own figure is 75 damage points against the class's 50: one and a half times,
the low end of what those hits say, because the game's battles spread a month's strikes over every
ship by their weights where the real ones were concentrated on a few (Musashi drew most of the
259 sorties of 24 October). Tried on seeds 1..100 (`npx tsx bench/ship-timeline.ts --seeds 100`):
50 (the class's) left Yamato afloat on 1 January 1945 in 56% of games and sank 0.86 of the two in
1944; 75, 78% and 0.56; 100, 83% and 0.35 (history: Yamato afloat, Musashi sunk: 1 of 2).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import ensure_sources, write  # noqa: E402

TOUGHNESS = int(os.environ.get('TOUGHNESS', '75'))
SHIPS = ['yamato', 'musashi']

for name in sorted(os.listdir('scenarios')):
    if not name.endswith('.json') or name == 'scenario.schema.json':
        continue
    path = f'scenarios/{name}'
    s = json.load(open(path))
    ships = [f for f in s.get('forces', []) if f.get('id') in SHIPS]
    ships += [r['force'] for r in s.get('reinforcements', []) if 'force' in r and r['force'].get('id') in SHIPS]
    if not ships:
        continue
    for f in ships:
        f['toughness'] = TOUGHNESS
    ensure_sources(s, ['YAMATO-CLASS'])
    write(path, s)
    print(f"{path}: {', '.join(f['id'] for f in ships)} toughness {TOUGHNESS}")

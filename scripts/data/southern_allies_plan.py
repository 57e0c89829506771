"""The Southern Oil Run's historical Allies fight for the Indies as ABDA did. Their plan had one step
(the Java Sea, March 1942) that moved the striking force to the sea it already held, so the historical
Allies played exactly as a passive side (play-through of 2026-12-03: the same figures as `pass` over
100 seeds). What ABDA did (T, BLAIR-1975):
- January: the Asiatic Fleet's submarines go for the invasion convoys in the South China Sea, off
  Lingayen and Indochina (29 boats; the Mark 14's failures made them sink little). ABDA's bombers
  struck the Borneo landings from Java, but this scenario has no air missions (no `rules.air`): its
  air groups fight where they are.
- 24 January: four US destroyers attack the Balikpapan convoy at night (Balikpapan); 4 and
  19–20 February: the striking force goes for the Makassar Strait and Bali convoys (Makassar Strait,
  Badung Strait) — in the game, the destroyers into the sea of the Borneo landings.
- 27 February: the Battle of the Java Sea (the existing step: the force is already there).
Each step is offered for its month only; a refused order is re-planned and said. Idempotent."""
import json
from scenario_json import ensure_sources, write

PATH = 'scenarios/southern-oil-1942.json'
s = json.load(open(PATH))
plan = s['historicalPlan']
steps = [
    {'date': '1942-01-01', 'until': '1942-01-31', 'side': 'allies',
     'note': "The Asiatic Fleet's submarines go for the invasion convoys in the South China Sea",
     'orders': [{'type': 'move', 'force': 'asiatic-submarines', 'to': 'south-china-sea'}],
     'source': 'BLAIR-1975'},
    {'date': '1942-02-01', 'until': '1942-02-28', 'side': 'allies',
     'note': 'Balikpapan, the Makassar Strait and the Badung Strait: ABDA destroyers attack the invasion convoys by night',
     'orders': [{'type': 'move', 'force': 'abda-destroyers', 'to': 'celebes-sea'}],
     'source': 'T'},
]
notes = {st['note'] for st in steps}
plan[:] = [st for st in plan if not (st['side'] == 'allies' and st.get('note') in notes)]
at = next((i for i, st in enumerate(plan) if st['side'] == 'allies'), len(plan))
plan[at:at] = steps
ensure_sources(s, ['BLAIR-1975', 'T'])
write(PATH, s)

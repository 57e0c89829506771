"""Japan's fleet in 1944-45, the grand campaign's historical plan (docs/CALIBRATION.md section 1l).

Run from the repository root: `python3 scripts/data/jp45_plan.py`. Idempotent: it adds forces to
three steps of the Japanese plan of scenarios/pacific-1941.json (found by their notes) and writes
one step of its own (replaced by its note), and changes nothing else.

Per-ship timelines over 100 seeds (`npx tsx bench/ship-timeline.ts`) showed two battleships the
plan had forgotten, which sat out 1944-45 where nothing reached them:
- Ise and Hyuga, the hybrid battleship-carriers, were never named by a step: Ise was sent to Lingga
  in February 1944 in place of a lost battleship and stayed there to the end in half the games.
  In October 1944 they sailed with Ozawa's decoy carriers to Cape Engano and came through; they were
  home by February 1945 and sank at their moorings at Kure in July (B14, B17). Here they join the
  Sho-1 step and come home with the survivors in November.
- Mutsu went to Palau with the Combined Fleet in February 1944 and no step took her away: she lay
  there to the end of every game. (In history she blew up at Hashirajima in June 1943; the game does
  not blow her up.) After the carrier raid on Palau of 30-31 March 1944 the fleet left it for Lingga
  and the Inland Sea (B13): here she goes home in April, the one battleship of the fleet not in the
  Mobile Fleet's order of battle.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import ensure_sources, write  # noqa: E402

PATH = 'scenarios/pacific-1941.json'
s = json.load(open(PATH))
plan = s['historicalPlan']


def step(note_start):
    found = [st for st in plan if st['side'] == 'japan' and st.get('note', '').startswith(note_start)]
    if len(found) != 1:
        sys.exit(f'{PATH}: {len(found)} Japanese plan steps whose note starts "{note_start}" (want 1)')
    return found[0]


def add_moves(st, forces, to):
    have = {o.get('force') for o in st['orders'] if o['type'] == 'move'}
    for f in forces:
        if f not in have:
            st['orders'].append({'type': 'move', 'force': f, 'to': to})


ids = {f['id'] for f in s['forces']} | {r['force']['id'] for r in s['reinforcements'] if 'force' in r}
for f in ['ise', 'hyuga', 'mutsu']:
    if f not in ids:
        sys.exit(f'{PATH}: no force {f}')

sho = step('Sho-Go: the battleships strike at Leyte Gulf')
add_moves(sho, ['ise', 'hyuga'], 'philippine-sea')
sho['note'] = ('Sho-Go: the battleships strike at Leyte Gulf while the carriers decoy, with Ise and Hyuga '
               '(Leyte Gulf)')
home = step('The survivors of Leyte Gulf return home')
add_moves(home, ['ise', 'hyuga'], 'home-islands')

MUTSU_NOTE = ('After the carrier raid on Palau (30-31 March) the fleet leaves it: Mutsu, not in the Mobile '
              "Fleet's order of battle, returns to the Inland Sea")
plan[:] = [st for st in plan if not (st['side'] == 'japan' and st.get('note') == MUTSU_NOTE)]
at = next(i for i, st in enumerate(plan) if st is step('Operation A-Go'))
plan.insert(at, {'date': '1944-04-01', 'side': 'japan', 'orders': [{'type': 'move', 'force': 'mutsu', 'to': 'home-islands'}],
                 'note': MUTSU_NOTE, 'source': 'B13'})
ensure_sources(s, ['B13', 'B14'])
write(PATH, s)
print(f'{PATH}: Ise and Hyuga in Sho-1 and home in November; Mutsu home from Palau in April 1944')

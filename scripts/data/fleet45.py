"""Hosho, the carrier that never fought after 1942 (docs/CALIBRATION.md section 1o).

Run from the repository root: `python3 scripts/data/fleet45.py`. Idempotent: it writes one step of
the Japanese plan of scenarios/pacific-1941.json (replaced by its note) and changes nothing else.

`npx tsx bench/ship-timeline.ts --seeds 100` showed a carrier the plan moved where history did not:
- Hosho, the oldest carrier, trained the new air groups in the Inland Sea from June 1942 to the end
  and survived the war (HOSHO). No step named her after Midway, so when a light carrier of a later
  step had been sunk the historical bot sent her in its place (historical.ts `substitute`): she was
  lost in 1942 in 22% of games (the Solomons) and in 1944 in 69% (Leyte Gulf, the Philippine Sea).
  A standing step keeps her in the Home Islands (a ship a step still names is never taken as a
  substitute, nor re-assigned).
- Shinano is not given her voyage (Yokosuka for Kure, 28-29 November 1944, sunk by Archerfish on the
  way: BLAIR-1975). Her reinforcement, dated 19 November 1944, is ready from the turn of January 1945
  (forces arrive as the turn that covers their date ends): a voyage then would sink her, if at all,
  in 1945, not 1944. See docs/CALIBRATION.md section 1o.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import ensure_sources, write  # noqa: E402

PATH = 'scenarios/pacific-1941.json'
s = json.load(open(PATH))
plan = s['historicalPlan']

ids = {f['id'] for f in s['forces']} | {r['force']['id'] for r in s['reinforcements'] if 'force' in r}
for f in ['hosho']:
    if f not in ids:
        sys.exit(f'{PATH}: no force {f}')

HOSHO_NOTE = 'Hosho trains the new carrier air groups in the Inland Sea to the end of the war'
STEPS = [
    {'date': '1942-07-01', 'until': '1945-09-01', 'side': 'japan',
     'orders': [{'type': 'move', 'force': 'hosho', 'to': 'home-islands'}], 'note': HOSHO_NOTE, 'source': 'HOSHO'},
]
notes = {st['note'] for st in STEPS}
plan[:] = [st for st in plan if not (st['side'] == 'japan' and st.get('note') in notes)]
for new in STEPS:
    # Before the first step of a later date.
    at = next((i for i, st in enumerate(plan) if st['date'] > new['date']), len(plan))
    plan.insert(at, new)

ensure_sources(s, ['HOSHO'])
write(PATH, s)
print(f'{PATH}: Hosho kept in the Inland Sea')

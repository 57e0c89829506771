"""The Allies' land-based air flies from the bases the landings won, in pacific-1941's historical plan.

Why (docs/CALIBRATION.md §1p): in the historical plan the Allies' air groups of 1943–44 stayed where they were
built — the Fifth Air Force of 1943 and the Far East Air Forces of 1944 at Brisbane (eastern-australia), the
Central Pacific's at Oahu, to the end of the war — so no land-based aircraft reached the Bismarck Sea after 1943,
the Caroline Sea or the South China Sea at all, and
the supply rule (`rules.supply`) never found the Bismarck Sea held by the Allies: Rabaul's convoys sailed until
the dates of `rules.shipping.baseSupply.unshown` stopped them.

What it sets (idempotent: the steps are replaced by their notes, never added twice):
- the Fifth Air Force (`us-air-1943-04`) flies from New Guinea from January 1944 — Nadzab, Gusap and
  Finschhafen from late 1943, Saidor and the Admiralties in January–March 1944; with it the Bismarck Sea is
  the Allies' and Rabaul is cut off (MILLER-1959);
- the Seventh Air Force of 1943 (`us-air-1943-10`) flies from Guam once it is retaken (August 1944) and patrols
  the Caroline Sea, the lane to Truk (Truk was bombed from the Marianas and the Admiralties to the end of the
  war — T); with it the Caroline Sea is the Allies' and Truk is cut off;
- not set: the Far East Air Forces (`us-air-1944-07`) flying from Leyte and Luzon. Tried (seeds 1..200): the
  game's Leyte and Luzon fall in February–April 1945, when the convoys have nearly stopped; the group then closed
  the South China Sea lane, the aircraft's 1945 sinkings fell (259 against 297 thousand GT) and the year's
  tonnage with them (1.20 against 1.27 M GT; S3 1.71). It needs the convoys' last months to be played first.
- the until-dates of Rabaul's, the 18th Army's, the Solomons' and Truk's garrisons the map does not show are
  dropped: their convoys stop when the supply rule finds their sea lanes held, not on a date.
Run from the repository root, after garrison_supply (whose `unshown` list it edits) and before player_text."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import bundled_scenarios, ensure_sources, write  # noqa: E402

FLY_FORWARD = [
    {'date': '1944-01-01', 'until': '1944-03-01', 'side': 'allies',
     'when': {'type': 'control', 'area': 'new-guinea', 'side': 'allies'},
     'orders': [{'type': 'move', 'force': 'us-air-1943-04', 'to': 'new-guinea'}],
     'note': 'The Fifth Air Force flies from Nadzab and Finschhafen over the Bismarck Sea',
     'source': 'MILLER-1959'},
    {'date': '1944-08-01', 'until': '1944-10-01', 'side': 'allies',
     'when': {'type': 'control', 'area': 'guam', 'side': 'allies'},
     'orders': [{'type': 'move', 'force': 'us-air-1943-10', 'to': 'guam'}],
     'note': 'The Seventh Air Force flies from Guam and Saipan',
     'source': 'T'},
    {'date': '1944-09-01', 'until': '1945-12-31', 'side': 'allies',
     'when': {'type': 'control', 'area': 'guam', 'side': 'allies'},
     'orders': [{'type': 'air', 'force': 'us-air-1943-10', 'mission': 'patrol', 'target': 'caroline-sea'}],
     'note': 'The Seventh Air Force and the Navy patrol bombers keep Truk under attack',
     'source': 'T'},
]
NOTES = {p['note'] for p in FLY_FORWARD}
UNDATED = {'rabaul', 'solomons', 'carolines'}

for path, s in bundled_scenarios(['scenarios/pacific-1941.json']):
    plan = [p for p in s['historicalPlan'] if p.get('note') not in NOTES]
    s['historicalPlan'] = plan + FLY_FORWARD
    unshown = s['rules'].get('shipping', {}).get('baseSupply', {}).get('unshown', [])
    for u in unshown:
        if u['area'] in UNDATED:
            u.pop('until', None)
    ensure_sources(s, sorted({p['source'] for p in FLY_FORWARD}))
    write(path, s)
    print(f'{path}: {len(FLY_FORWARD)} plan steps; until-dates dropped at {sorted(UNDATED)}')

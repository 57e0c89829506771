"""The Clark Field strike in pacific-1941's historical plan. On 8 December 1941 the 11th Air Fleet (108
bombers and 84 Zeros of the Tainan, Takao and 1st Kokutai) flew from Formosa, delayed by fog, and
caught the Far East Air Force on the ground at Clark and Iba; the Army's 5th Air Group bombed northern
Luzon (Tuguegarao, Baguio) the same morning. The FEAF lost about half its aircraft on the first day
and most of the rest within the month; its B-17s withdrew to Mindanao and Australia (J3 J2).

In the game the strike is an air mission over the Formosa-Luzon air leg (scripts/data/air_legs.py,
which must run first): what it destroys is the battle's (phases/air-missions.ts, battles.ts), not
scripted. The step is offered in December 1941 only: later the plan's air groups fly the missions the
historical bot gives idle groups (src/ai/air-orders.ts). Idempotent: the step is replaced whole."""
import json
from scenario_json import ensure_sources, write

PATH = 'scenarios/pacific-1941.json'
STEP = {
    'date': '1941-12-01',
    'side': 'japan',
    'orders': [
        {'type': 'air', 'force': 'eleventh-air-fleet', 'mission': 'strike', 'target': 'luzon'},
        {'type': 'air', 'force': 'fifth-air-group', 'mission': 'strike', 'target': 'luzon'},
    ],
    'note': ('The 11th Air Fleet strikes Clark and Iba from Formosa (8 December, delayed by fog: the FEAF was '
             'caught refuelling) and the 5th Air Group northern Luzon: the FEAF lost 12 B-17s, 40 P-40s and '
             'about 50 older aircraft on the first day, most of the rest within the month'),
    'source': 'J3',
}

s = json.load(open(PATH))
plan = s['historicalPlan']
is_step = lambda st: (st['side'] == 'japan' and st['date'] == '1941-12-01'
                      and any(o.get('type') == 'air' and o.get('target') == 'luzon' for o in st['orders']))
plan[:] = [st for st in plan if not is_step(st)]
# After the other steps of the December 1941 turn, in date order.
at = next((i for i, st in enumerate(plan) if st['date'] > '1941-12-01'), len(plan))
plan.insert(at, STEP)
ensure_sources(s, ['J3', 'J2'])
write(PATH, s)

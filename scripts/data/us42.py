"""The 1942 carrier war (issue 12, "carriers lost a year next to history"), in every bundled scenario.

Run from the repository root: `python3 scripts/data/us42.py`, after damage_control.py (it sets
`rules.combat.crippled` beside the damage control that script writes, and
`rules.combat.withdrawDamagePercent`, which that script removes). Idempotent: it replaces
`rules.combat.crippled` and `withdrawDamagePercent` in each scenario and, in pacific-1941, puts Wasp's voyage to the South
Pacific into the historical plan (replacing any earlier version of the same steps); it adds the
sources it cites to `meta.sources` when missing and changes nothing else.
Engine: src/engine/combat/crippled.ts. Figures: docs/CALIBRATION.md section 1m.

`CRIPPLED_LOST=<percent>` and `CRIPPLED_DAMAGE=<percent>` set other values for an experiment.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import BUNDLED_SCENARIOS, bundled_scenarios, ensure_sources, write  # noqa: E402

SCENARIOS = BUNDLED_SCENARIOS

# A ship crippled in a battle at sea is lost with this chance while the enemy is still there.
# The US fleet carriers crippled in the carrier battles of 1942 (left in need of the yard, the
# game's 50% damage): Lexington at the Coral Sea (torpedoes opened her petrol lines; vapour
# explosions hours later — BUSHIPS-WDR-1943), Yorktown at Midway (two torpedoes, dead in the
# water, sunk under tow by I-168 — B9), Enterprise at the Eastern Solomons (three bombs, kept her
# speed, two months in the yard — B12) and Hornet at Santa Cruz (torpedoes and bombs, could not be
# towed clear, abandoned, finished by Japanese destroyers — B12): three of four lost. Japan's
# carriers crippled in 1942 and still under way (Shokaku at the Coral Sea and Santa Cruz, Zuiho at
# Santa Cruz — B8 B12) were hit by bombs, kept their speed and went home: the US aerial torpedo of
# 1942 seldom hit or exploded. So: the Allies 75% in 1941-42, none for Japan; from 1943 US damage
# control saved its cripples (no US fleet carrier lost after 1942 — MORISON-1960), so none.
# Every class (no `classes`): limited to carriers, Force Z's battleships hit past the withdrawal
# mark left the battle and reached Singapore (Prince of Wales sunk in December 1941 in 65 games of
# 100, against 100 with every class; history: both sunk on 10 December — B15). The battleships
# crippled off Guadalcanal in 1942 got away because the enemy had left (the rule's condition).
DAMAGE = int(os.environ.get('CRIPPLED_DAMAGE', '50'))
LOST = int(os.environ.get('CRIPPLED_LOST', '75'))
# A ship hit this badly in a battle leaves it (rules.combat.withdrawDamagePercent, combat/hits.ts):
# the later strikes of that battle go for the others. Shokaku, hit by three bombs at the Coral Sea,
# turned away under escort and was not attacked again; at Santa Cruz again (B8 B12). Before the
# crippled-ship rule it saved the US carriers of 1942 as much as Shokaku (section 1h); with it, a
# crippled US carrier that leaves the battle is still lost as Lexington, Yorktown and Hornet were.
# 85: only a ship close to sinking turns away (at 60-75 Midway's decisive result fell from ~40% to
# 9-33% of games, the wrecks of the first strike drawing no more bombs; section 1m).
# `WITHDRAW=<percent>` sets another value for an experiment (0: none).
WITHDRAW = int(os.environ.get('WITHDRAW', '85')) or None
CRIPPLED = [
    {'side': 'allies', 'from': '1941-01-01', 'damagePercent': DAMAGE, 'lostPercent': LOST,
     'note': '1942: Lexington, Yorktown and Hornet, crippled, were lost; Enterprise (Eastern Solomons) kept her speed',
     'source': 'B12'},
    {'side': 'allies', 'from': '1943-01-01', 'damagePercent': DAMAGE, 'lostPercent': 0,
     'note': 'The lessons of 1942: no US fleet carrier lost after 1942',
     'source': 'MORISON-1960'},
]

# Wasp: through the Panama Canal on 10 June 1942, at San Diego on the 19th, she sailed on 1 July
# with the 2nd Marines for the South Pacific and covered the Guadalcanal landing on 7 August; I-19
# sank her on 15 September (B12). The plan's August step sent her from the West Coast straight to
# the Coral Sea, beyond one turn's steaming, so she was refused and sat at San Diego all 1942 (on
# seeds 1..100 never in the South Pacific). In the game she arrives for the August turn: to Pearl
# Harbor in August, on to the Coral Sea in September.
WASP_STEPS = [
    {'date': '1942-08-01', 'until': '1942-08-28', 'side': 'allies',
     'orders': [{'type': 'move', 'force': 'wasp', 'to': 'hawaii'}],
     'note': 'Wasp, in the Pacific since June, sails for the South Pacific (in the game by Pearl Harbor)',
     'source': 'B12'},
    {'date': '1942-09-01', 'until': '1942-10-01', 'side': 'allies',
     'orders': [{'type': 'move', 'force': 'wasp', 'to': 'coral-sea'}],
     'note': 'Wasp joins the carriers covering Guadalcanal (sunk by I-19 on 15 September)',
     'source': 'B12'},
]


def wasp_plan(s):
    plan = s.get('historicalPlan', [])
    # The old step's refused order for Wasp (West Coast to the Coral Sea in one turn) goes.
    for step in plan:
        if step.get('side') == 'allies' and step.get('date') == '1942-08-01':
            step['orders'] = [o for o in step['orders'] if not (o.get('force') == 'wasp' and o.get('to') == 'coral-sea')]
    keys = {(w['date'], json.dumps(w['orders'])) for w in WASP_STEPS}
    plan[:] = [p for p in plan if (p.get('date'), json.dumps(p.get('orders'))) not in keys]
    # Each after the last step of its date (the plan is in date order).
    for w in WASP_STEPS:
        at = max((i for i, p in enumerate(plan) if p['date'] <= w['date']), default=-1) + 1
        plan.insert(at, dict(w))


def main():
    for path, s in bundled_scenarios(SCENARIOS):
        combat = s['rules'].setdefault('combat', {})
        combat['crippled'] = [dict(d) for d in CRIPPLED]
        if WITHDRAW is None:
            combat.pop('withdrawDamagePercent', None)
        else:
            combat['withdrawDamagePercent'] = WITHDRAW
        if path.endswith('pacific-1941.json'):
            wasp_plan(s)
        ensure_sources(s, sorted({d['source'] for d in CRIPPLED}))
        write(path, s)
        print(f'{path}: crippled ships {DAMAGE}% / {LOST}%' + (' and Wasp to the South Pacific' if path.endswith('pacific-1941.json') else ''))


if __name__ == '__main__':
    main()

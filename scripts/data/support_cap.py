"""Fire support helps troops ashore, it does not replace them (rules.combat.supportMaxPercent), in every
bundled scenario (all.sh runs it last, after troops19.py has the historical plans land history's troops).

Run from the repository root: `python3 scripts/data/support_cap.py`. Idempotent: it sets
`rules.combat.supportMaxPercent` in each bundled scenario, adds the sources it cites to `meta.sources`
when missing and lands the 3rd Marine Division at Iwo Jima in the grand campaign's plan (below); it
changes nothing else. Engine: src/engine/combat-values.ts (`supportCounted`), used by
src/engine/phases/battles.ts (ground combat) and the commander's invasion odds
(src/ai/commander/fire-support.ts). Figures: docs/CALIBRATION.md section 1za: at 50 the historical
plans as they were lost Leyte and Luzon (1944-45, and Luzon 1942 in the Southern Oil Run), landings the
uncapped carriers won with far fewer troops than history landed; scripts/data/troops19.py brings
history's troops to them.

`MAX=100 python3 scripts/data/support_cap.py` sets another value for a trial; `MAX=-1 python3
scripts/data/support_cap.py` removes the rule and the Iwo Jima change.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import BUNDLED_SCENARIOS, bundled_scenarios, ensure_sources, write  # noqa: E402

# Bombardment and close air support count for at most half of the side's own troops' fire in a ground
# battle. Days of battleship fire left most of the dug-in garrisons alive: Betio took some 3,000 tons
# of shells in under three hours and most of its 4,800 defenders fought on (ALEXANDER-1993); three days
# on Iwo Jima left most of 21,000 men for three Marine divisions to dig out in five weeks (BARTLEY-1954).
# What the guns and the aircraft did was get the troops ashore and keep them there: destroyers firing
# close in from Tarawa's lagoon, naval gunfire breaking the night counter-attacks on Saipan (L1). At 50,
# a landing with all the support it can use fires at 0.7 x 1.5 = 105% of the same troops ashore: the
# support makes up the landing's penalty (`amphibiousPenaltyPercent` 30), no more. Before this rule the
# Road to Tokyo's Japan landed the 29th Division (some 10,000 men) on Hawaii under Fuso and 21 more ships
# and destroyed its 40,000-man garrison with 43 points of fire against 6, most of them the ships'.
MAX = int(os.environ.get('MAX', '50'))
SOURCES = ['ALEXANDER-1993', 'BARTLEY-1954']

# The grand campaign's Iwo Jima landing was won by the fast carriers' fire rather than the troops: the
# plan landed the V Amphibious Corps of the Marshalls and Saipan (`v-phib-1944`, 40,000 men at the
# start, some 17,000 left after two campaigns) alone against 21,000 dug in. Iwo Jima was taken by three
# Marine divisions, some 70,000 men: the 4th and 5th from Hawaii and the 3rd from Guam, landed from the
# floating reserve on 21-24 February (BARTLEY-1954). The game's `third-amphibious-corps` is the 3rd
# Marine Division and the 1st Provisional Brigade, in the Marianas since Guam (August 1944); it joins
# the landing as it did. Each entry: the plan step (its date and the order that names it), the army
# that joins it, the step's note with and without it. (Saipan, where the plan lands 40,000 against the
# 31st Army's 60,000, still falls in most games, after a longer fight: docs/CALIBRATION.md section 1za.
# Its historical second corps, the 2nd Marine and 27th Infantry Divisions of Tarawa and Makin, has no
# transports in the Gilberts to sail with.)
JOINS = [
    {
        'date': '1945-02-01', 'force': 'v-phib-1944', 'to': 'bonins', 'joins': 'third-amphibious-corps',
        'note': ('Iwo Jima (19 February – 26 March): V Amphibious Corps, and the 3rd Marine Division from '
                 'Guam (III Amphibious Corps) from the floating reserve'),
        'was': 'Iwo Jima (19 February – 26 March)',
    },
]


def main():
    for path, s in bundled_scenarios(BUNDLED_SCENARIOS):
        combat = s['rules'].setdefault('combat', {})
        if MAX < 0:
            combat.pop('supportMaxPercent', None)
        else:
            # Beside the other support rates (the order the README's table gives them in).
            items = [(k, v) for k, v in combat.items() if k != 'supportMaxPercent']
            out = {}
            for k, v in items:
                out[k] = v
                if k == 'supportAircraftPerPoint':
                    out['supportMaxPercent'] = MAX
            if 'supportMaxPercent' not in out:
                out['supportMaxPercent'] = MAX
            s['rules']['combat'] = out
            ensure_sources(s, SOURCES)
        for join in JOINS:
            for step in s.get('historicalPlan', []):
                orders = step.get('orders', [])
                if step.get('date') != join['date'] or not any(
                    o.get('force') == join['force'] and o.get('to') == join['to'] for o in orders
                ):
                    continue
                order = {'type': 'move', 'force': join['joins'], 'to': join['to']}
                rest = [o for o in orders if o != order]
                step['orders'] = rest if MAX < 0 else rest[:1] + [order] + rest[1:]
                step['note'] = join['was'] if MAX < 0 else join['note']
        write(path, s)
        print(f'{path}: support max {"removed" if MAX < 0 else MAX}%')


if __name__ == '__main__':
    main()

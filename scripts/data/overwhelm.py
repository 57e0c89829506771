"""An army outnumbered several times over is overwhelmed within the month (rules.combat.overwhelmOdds), in
every bundled scenario (all.sh runs it last).

Run from the repository root: `python3 scripts/data/overwhelm.py`. Idempotent: it sets
`rules.combat.overwhelmOdds` in each bundled scenario (beside `supportMaxPercent`) and adds the sources it
cites to `meta.sources` when missing; it changes nothing else. Engine: src/engine/phases/battles.ts
(`overwhelmOutnumbered`). Figures: docs/CALIBRATION.md section 1zb.

Why: a ground battle's fire wears each side's armies down by about a tenth of the enemy's men a month (one
fire point, 1,000 men, per 10,000 men firing), which is the pace of the long campaigns — Luzon in 1945,
Okinawa, Burma. But a garrison outnumbered several times over did not last a month: Guam fell to the South
Seas Detachment's 5,400 men in a morning on 10 December 1941 (J5), Wake on 23 December, Makin and Tarawa in
three and four days (ALEXANDER-1993), Kwajalein in four, Tinian (8,000 against 40,000) in nine (CROWL-1960);
Hong Kong's 14,000 against 50,000 held 18 days — T. In the game, without the rule, the South Seas
Detachment took Guam's 1,000 men in only 6 of 20 grand campaigns before it sailed for Rabaul, and Wake's
garrison held for four to six months. With it, the side that brings at least ODDS times the enemy's fire
(troops after experience, the landing and supply, the counted support, the defender's advantage) ends the
battle that month; a side that surrenders (`surrenderPercent`) surrenders, the other is killed or captured.

`ODDS=3 python3 scripts/data/overwhelm.py` sets another value for a trial; `ODDS=-1` removes the rule.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import BUNDLED_SCENARIOS, bundled_scenarios, ensure_sources, write  # noqa: E402

ODDS = int(os.environ.get('ODDS', '4'))
SOURCES = ['J5', 'ALEXANDER-1993', 'CROWL-1960', 'T']


def main():
    for path, s in bundled_scenarios(BUNDLED_SCENARIOS):
        combat = s['rules'].setdefault('combat', {})
        if ODDS < 0:
            combat.pop('overwhelmOdds', None)
        else:
            out = {}
            for k, v in combat.items():
                if k == 'overwhelmOdds':
                    continue
                out[k] = v
                if k == 'supportMaxPercent':
                    out['overwhelmOdds'] = ODDS
            if 'overwhelmOdds' not in out:
                out['overwhelmOdds'] = ODDS
            s['rules']['combat'] = out
            ensure_sources(s, SOURCES)
        write(path, s)
        print(f'{path}: overwhelmOdds {combat.get("overwhelmOdds") if ODDS < 0 else ODDS}')


main()

"""A beaten garrison cut off from supply surrenders sooner (rules.combat.cutOffSurrenderPercent), in every
bundled scenario that has the supply rule (all.sh runs it after overwhelm.py).

Run from the repository root: `python3 scripts/data/cut_off_surrender.py`. Idempotent: it sets
`rules.combat.cutOffSurrenderPercent` to {"allies": PERCENT} beside `surrenderPercent` in each bundled
scenario with `rules.supply` and a `surrenderPercent` for the Allies, and adds the sources it cites to
`meta.sources` when missing; it changes nothing else. Engine: src/engine/phases/battles.ts
(`surrenderBeatenArmies`). Figures: docs/CALIBRATION.md section 1zc.

Why: a beaten Allied army surrenders when it is down to half its men (`surrenderPercent`), which is how the
armies of 1941–42 that fought on with a way out ended (Malaya Command, the Burma Army). But the garrisons cut
off from every supply source gave up with most of their men alive once they were beaten: Hong Kong on 25
December 1941; Singapore on 15 February 1942, a week after the 25th Army's landing, its water failing, with
some 85,000 men; Java on 9 March, eight days after the landings, the KNIL largely intact (KIRBY-1957); Bataan
on 9 April, starving (MORTON-1953) — T. In the game, without it, Singapore held to April–June and Java to
May–July 1942 (`npx tsx bench/fall-dates.ts --seeds 100`), each fighting on for two or three monthly turns
after the landing until its men were down to half. With it, a garrison that holds its area, is cut off
(supply.ts: no way by land or across seas the enemy does not control to a supply source) and loses the
month's fight surrenders once it has lost a tenth of its men. Japan's garrisons do not surrender (no share
for Japan): the bypassed islands held to the end.

`PERCENT=100 python3 scripts/data/cut_off_surrender.py` sets another share for a trial; `PERCENT=-1` removes
the rule.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import BUNDLED_SCENARIOS, bundled_scenarios, ensure_sources, write  # noqa: E402

PERCENT = int(os.environ.get('PERCENT', '90'))
SOURCES = ['KIRBY-1957', 'MORTON-1953', 'T']


def main():
    for path, s in bundled_scenarios(BUNDLED_SCENARIOS):
        combat = s['rules'].setdefault('combat', {})
        applies = 'supply' in s['rules'] and 'allies' in combat.get('surrenderPercent', {})
        if PERCENT < 0 or not applies:
            combat.pop('cutOffSurrenderPercent', None)
        else:
            out = {}
            for k, v in combat.items():
                if k == 'cutOffSurrenderPercent':
                    continue
                out[k] = v
                if k == 'surrenderPercent':
                    out['cutOffSurrenderPercent'] = {'allies': PERCENT}
            if 'cutOffSurrenderPercent' not in out:
                out['cutOffSurrenderPercent'] = {'allies': PERCENT}
            s['rules']['combat'] = out
            ensure_sources(s, SOURCES)
        write(path, s)
        print(f'{path}: cutOffSurrenderPercent {s["rules"]["combat"].get("cutOffSurrenderPercent")}')


main()

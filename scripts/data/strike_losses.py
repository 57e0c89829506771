"""The price of a strike in battle (rules.combat.strikeLosses), in every bundled scenario.

Run from the repository root: `python3 scripts/data/strike_losses.py`. Idempotent: it sets
`rules.combat.strikeLosses` in each scenario and adds the source it cites to `meta.sources` when
missing; it changes nothing else. Engine: src/engine/phases/battles.ts (`strikePrice`). Figures:
docs/CALIBRATION.md section 1z.

`FIGHTERS=100 GUNS=15 MAX=70 python3 scripts/data/strike_losses.py` sets other values for a trial;
`FIGHTERS=-1 python3 scripts/data/strike_losses.py` removes the rule.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import BUNDLED_SCENARIOS, bundled_scenarios, ensure_sources, write  # noqa: E402

# The fighters shoot down 80% of their share of the sky: a strike of 300 meeting 100 fighters loses
# a fifth (0.8 x 100 / 400). Fitted: at 80 the grand campaign's strikes on Kido Butai in the Midway
# approaches lose about 90 US aircraft a game (history below: about 100 shot down or lost in the
# attacks), and the Allied aircraft that also sink Japan's ships keep the shipping war's 1942 and 1944
# figures where they were (at 100: 1942's sunk by aircraft 164 thousand GT against S3's 220, out of
# the 25% band; docs/CALIBRATION.md section 1z). At Midway on 4 June 1942 Kido Butai's combat air patrol, some 40 Zeros aloft
# at a time out of its 248 aircraft, destroyed the torpedo squadrons (35 of 41 Devastators) and
# half of Midway's strike; with the dive bombers, about half of the US carrier and Midway aircraft
# that attacked were lost (PARSHALL-TULLY-2005, B9). With radar direction (`fighterCover`, the
# Allies from November 1943) the same fighters count twenty-fold and the cap below decides: the
# Japanese raids of 19 June 1944 lost some 240 of 373 aircraft (B13).
FIGHTERS = int(os.environ.get('FIGHTERS', '80'))
# Aircraft shot down by a 100 points of gunfire (a battleship has 12, a heavy cruiser 6, a destroyer
# division a few) in a strike: Force Z, two capital ships and four destroyers (~28 points), cost the
# 85 bombers from Saigon 3 aircraft (B15); Yamato's force of April 1945 cost 386 US aircraft 10, the
# Centre Force in the Sibuyan Sea about 18 of 259 (L4, B14). About 10-20 a 100 points; Force Z, the
# one of the three with no fighters at all over the ships, gives 11.
GUNS = int(os.environ.get('GUNS', '10'))
# Never more than this share of a strike: even the "turkey shoot" left a third to come home (B13).
MAX = int(os.environ.get('MAX', '70'))

RULE = {
    'fighterPercent': FIGHTERS,
    'gunsPer100': GUNS,
    'maxPercent': MAX,
    'note': 'Strikes pay: Midway cost the US half the aircraft that attacked Kido Butai; the Japanese raids of 19 June 1944 lost 240 of 373',
    'source': 'PARSHALL-TULLY-2005',
}


def main():
    for path, s in bundled_scenarios(BUNDLED_SCENARIOS):
        combat = s['rules'].setdefault('combat', {})
        if FIGHTERS < 0:
            combat.pop('strikeLosses', None)
        else:
            combat['strikeLosses'] = dict(RULE)
            ensure_sources(s, [RULE['source']])
        write(path, s)
        print(f'{path}: strike losses {"removed" if FIGHTERS < 0 else RULE}')


if __name__ == '__main__':
    main()

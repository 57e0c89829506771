"""Oilers carry a cargo (issue 12 item 1): every bundled scenario with the fleet train gets
`rules.endurance.oilers.cargo` (thousand barrels of fuel oil one oiler holds, by side) and every
oiler flotilla, at the start or arriving later, its initial cargo: full — the fleets sailed with
their oilers' tanks topped up (the Pearl Harbor force's tankers loaded at Kure and Tokuyama, B7).

Thousand barrels, the unit of every oil stock in the game (a ton of fuel oil is about 6.6
barrels): a Cimarron-class fleet oiler held 146,000 barrels, about 22 kt (CIMARRON-1939); Japan's
fleet tankers, requisitioned merchant tankers of about 10,000 gross tons such as the Kyokutō,
Kenyō and Kokuyō Maru, about 90,000 barrels, some 13.6 kt (O16).

Idempotent: the cargo rule is set to these figures and every oiler's cargo to its full tanks,
whatever was there. Run after oilers.py (which rewrites `rules.endurance.oilers` and the oilers).

Run from the repository root: python3 scripts/data/fuel_cargo.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import ensure_sources, write  # noqa: E402

CARGO_RULE = {
    'perOiler': {'japan': 90, 'allies': 146},
    'note': "thousand barrels of fuel oil an oiler holds: a Cimarron-class fleet oiler 146,000 (CIMARRON-1939); "
            "Japan's fleet tankers of about 10,000 gross tons some 90,000 (O16)",
    'source': 'CIMARRON-1939',
}

SCENARIOS = ['pacific-1941', 'oil-clock-1941', 'southern-oil-1942', 'midway-1942', 'road-to-tokyo-1944']


def fill(force, per):
    if force.get('type') == 'flotilla' and force.get('class') == 'oiler' and force['side'] in per:
        force['cargo'] = per[force['side']] * force['count']


def main():
    for name in SCENARIOS:
        path = f'scenarios/{name}.json'
        s = json.load(open(path))
        oilers = s['rules'].get('endurance', {}).get('oilers')
        if oilers is None:
            continue
        oilers['cargo'] = CARGO_RULE
        per = CARGO_RULE['perOiler']
        for f in s['forces']:
            fill(f, per)
        for r in s.get('reinforcements', []):
            fill(r['force'], per)
        for e in s.get('events', []):
            for eff in e.get('effects', []):
                if eff.get('type') == 'reinforce':
                    fill(eff['force'], per)
        ensure_sources(s, ['CIMARRON-1939', 'O16'])
        write(path, s)


if __name__ == '__main__':
    main()

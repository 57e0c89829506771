"""The Allies' will in the grand campaign no longer falls with the Soviet armies' losses (play31 §5.1).

Run from the repository's root: `python3 scripts/data/soviet_losses.py`. Idempotent.

The Allies' `casualties` will pressure counted every allied army's men lost. A Japan that struck north in
1941 (the `kantokuen-attack` event) fought the Soviet Far Eastern Front while the United States and
Britain were at peace with it, and their will fell by up to 10 points for Soviet dead (play31: 70 → 60 by
January 1942). The Allies' will in this game is the will of the powers at war with Japan since December 1941
to fight on to its surrender (USSBS-END); Moscow's war with Japan, in 1941 or in August 1945, was its own
(GLANTZ-2003): its losses weighed on the Soviet government, not on Washington's and London's. So the
pressure leaves the Soviet armies out (`exceptForces`, src/scenario/will-schema.ts).

Which armies are Soviet is read from the scenario, not listed by hand: the allied armies an event brings
into an area that belongs to a front alone (`rules.fronts[].only`: the Soviet Far East, a battlefield of the
Soviet–Japanese war only). Japan's own losses on that front still weigh on Japan's will.
"""
import json
import sys

sys.path.insert(0, 'scripts/data')
from scenario_json import write  # noqa: E402

PATH = 'scenarios/pacific-1941.json'


def main():
    with open(PATH, encoding='utf-8') as f:
        s = json.load(f)
    front_only = {a for front in s['rules'].get('fronts', []) for a in front.get('only', [])}
    soviet = []
    for f in s['forces'] + [r['force'] for r in s.get('reinforcements', [])]:
        if f['side'] == 'allies' and f['type'] == 'army' and f['location'] in front_only:
            soviet.append(f['id'])
    for ev in s['events']:
        for e in ev['effects']:
            force = e.get('force') if e['type'] == 'reinforce' else None
            if force and force['side'] == 'allies' and force['type'] == 'army' and force['location'] in front_only:
                if force['id'] not in soviet:
                    soviet.append(force['id'])
    if not soviet:
        raise SystemExit('no Soviet armies found: has the front or its events changed?')
    casualties = s['rules']['will']['allies']['pressures']['casualties']
    casualties['exceptForces'] = soviet
    write(PATH, s)
    print(PATH, 'Allied casualties leave out', ', '.join(soviet))


if __name__ == '__main__':
    main()

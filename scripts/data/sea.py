"""Invasions that respect the sea (issue 12): every bundled scenario gets `rules.invasion`
(escorts per 100 transports, and the superiority of enemy sea and air power that forbids a
landing), and the scenarios that open before the war say that only Japan marched into
neutral countries (Thailand, 8 December 1941). Idempotent: re-running it sets the same values.

Run from the repository root: python3 scripts/data/sea.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import write  # noqa: E402

# One warship for every seven transports of a convoy (game transports carry 1,000 men each):
# the Malaya convoy of 8 December 1941 sailed from Saigon with a light cruiser and ten
# destroyers close in and the Kongo group covering (T); the Lingayen convoy of 76 transports
# had two light cruisers and about sixteen destroyers (T).
INVASION = {'escortsPer100Transports': 15, 'superiorityPercent': 100}
NEUTRAL_ENTRY = {'pacific-1941': ['japan'], 'oil-clock-1941': ['japan']}

SCENARIOS = ['pacific-1941', 'oil-clock-1941', 'southern-oil-1942', 'midway-1942', 'road-to-tokyo-1944']


# Escorts for the landings of the historical plan (pacific-1941): (a move of the step that
# identifies it, the escort moves given first in that step). Each is what really covered
# the landing, within the flotillas of the scenario (T; B8 for the Coral Sea).
PLAN_ESCORTS = [
    # Guam, Makin and Wake (December 1941): the 4th Fleet's cruisers and destroyers from Truk.
    (('snlf-makin', 'gilberts'), [('jp-cruisers-fourth', 'caroline-sea'), ('jp-destroyers-fourth', 'central-pacific')]),
    # Mindanao and the Visayas (April-May 1942): the escort craft of the southern lanes.
    (('fourteenth-army', 'mindanao-leyte'), [('jp-escorts', 'philippine-sea')]),
    # Attu and Kiska (June 1942): cruisers and destroyers with the Northern Force.
    (('north-seas-detachment', 'aleutians'), [('jp-destroyers-south', 'north-pacific'), ('jp-cruisers-south', 'north-pacific')]),
    # Attu (May 1943): Nevada, Pennsylvania and Idaho with the destroyers of Task Force 16.
    (('alaska-defense', 'aleutians'),
     [('nevada', 'north-pacific'), ('pennsylvania', 'north-pacific'), ('maryland', 'north-pacific'),
      ('us-destroyers-1942', 'north-pacific')]),
]

# When Java or Sumatra still holds out in June 1942, the southern force has gone home (May):
# the Formosa destroyers come back to the Java Sea to escort the 25th Army's landing.
LATE_LANDINGS = [
    {'date': '1942-06-01', 'until': '1942-07-01', 'side': 'japan',
     'when': {'type': 'all', 'of': [{'type': 'control', 'area': 'singapore', 'side': 'japan'},
                                     {'type': 'control', 'area': area, 'side': 'allies'}]},
     'orders': [{'type': 'move', 'force': 'jp-destroyers-formosa', 'to': 'java-sea'},
                {'type': 'move', 'force': 'twenty-fifth-army', 'to': area}],
     'note': f'{name} still holds out: the Formosa destroyers escort the 25th Army there from Singapore',
     'source': 'T'}
    for area, name in (('java', 'Java'), ('sumatra', 'Sumatra'))
]


def fix_plan(s):
    plan = s['historicalPlan']
    for (force, to), escorts in PLAN_ESCORTS:
        for step in plan:
            moves = [o for o in step['orders'] if o['type'] == 'move']
            if not any(o['force'] == force and o['to'] == to for o in moves):
                continue
            # Idempotent: the escort moves, first in the step, once.
            step['orders'] = [o for o in step['orders']
                              if not (o['type'] == 'move' and (o['force'], o['to']) in escorts)]
            step['orders'][0:0] = [{'type': 'move', 'force': f, 'to': a} for f, a in escorts]
    for new in LATE_LANDINGS:
        if not any(p.get('note') == new['note'] for p in plan):
            # After the last step dated no later, so the plan stays in date order.
            at = max([i + 1 for i, p in enumerate(plan) if p['date'] <= new['date']], default=0)
            plan.insert(at, json.loads(json.dumps(new)))


def main():
    for sid in SCENARIOS:
        path = f'scenarios/{sid}.json'
        s = json.load(open(path, encoding='utf-8'))
        rules = s['rules']
        rules['invasion'] = dict(INVASION)
        if sid in NEUTRAL_ENTRY:
            rules['neutralEntry'] = list(NEUTRAL_ENTRY[sid])
        if sid == 'pacific-1941':
            fix_plan(s)
        write(path, s)


if __name__ == '__main__':
    main()

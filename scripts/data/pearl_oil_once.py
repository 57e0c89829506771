"""The Pearl Harbor sortie's oil is paid once: by the carriers that sail (tenth play-through).

Run from the repository's root: `python3 scripts/data/pearl_oil_once.py`. Idempotent: in the Oil
Clock (`oil-clock-1941`) and the grand campaign (`pacific-1941`) it removes the `pearl-harbor`
event's one-off oil charge to Japan (−700 and −350, DESIGN: "a month at sea for 6 carriers,
2 battleships, 3 cruisers, 9 destroyers and oilers"), and says in the decision's description that
the carriers sailed pay the sortie (the Oil Clock's said "costs 0.7 million barrels"). Nothing else.

Why: the charge dates from when the event was the strike. Since the strike is flown by the carriers
the player (or the historical plan) sails into a sea next to Hawaii (src/engine/phases/port-strike.ts,
scripts/data/pearl_text.py), each ship that sails pays its sortie by the oil burn
(src/engine/phases/economy/oil-burn.ts) — the Oil Clock's 60 a fleet carrier, the campaign's 35 —
so the event paid for the same sortie a second time, and charged it also when no carrier sailed.
Escorts a player sends along pay their own sorties the same way. tests/unit/pearl-harbor-oil.test.ts.
"""
from scenario_json import bundled_scenarios, write

DESCRIPTION = {
    'scenarios/oil-clock-1941.json': (
        "As 'Strike south', opened by a carrier strike on the US Pacific Fleet at Pearl Harbor. The strike is flown "
        'by the carriers you sail this turn to a sea next to Hawaii; each pays its own sortie oil (60 thousand '
        'barrels a fleet carrier). In the real war the US carriers were not in port.'),
    'scenarios/pacific-1941.json': (
        "Yamamoto's gamble: war with the US, Britain and the Netherlands, opened by the carrier striking force "
        '(Kidō Butai) attacking the US Pacific Fleet at Pearl Harbor this turn. Only the carriers you order to '
        'Hawaiian waters in this same turn make the attack (send none and nothing is struck); each pays its own '
        'sortie oil. The southern invasions can be ordered from next turn, once the war has begun. The attack '
        'shocks the Allies but unites American opinion.'),
}

for path, s in bundled_scenarios(['scenarios/oil-clock-1941.json', 'scenarios/pacific-1941.json']):
    for e in s['events']:
        if e['id'] != 'pearl-harbor':
            continue
        e['effects'] = [
            ef for ef in e['effects']
            if not (ef.get('type') == 'resource' and ef.get('side') == 'japan' and ef.get('resource') == 'oil')
        ]
    for c in s['choices']:
        if c['id'] == 'strike-south-pearl-harbor':
            c['description'] = DESCRIPTION[path]
    write(path, s)

"""The Pearl Harbor decision's message says what the player chose and what happened in the real war,
never what this game's strike did: the strike is resolved by the battle rules (port-strike.ts) and
reported in the turn report. A player who chose the strike but did not sail the carriers read "four
battleships are sunk" while nothing was hit (play-through of 2026-12-03). The Oil Clock's message also
says what its two will changes per side are made of (the report shows their sums: play-through 9).
Idempotent."""
import json
from scenario_json import write

REAL = ('In the real war, on 7 December 1941, six carriers with 414 aircraft aboard sailed to within 230 nm of Oahu; '
        '353 attacked, sank 4 battleships and damaged 4, damaged 3 light cruisers and 3 destroyers, destroyed 188 aircraft '
        'and killed 2,403; the US carriers were at sea, and the oil tanks and yards were not hit. ')

TEXT = {
    'oil-clock-1941': ('Japan decides for war with the US, Britain and the Netherlands, opening with a carrier strike on Pearl Harbor. '
                       + REAL +
                       'In this game the strike is flown only by carriers that sail this turn into a sea next to Hawaii (the North '
                       'or Central Pacific), by the battle rules: what it sinks depends on what is in port, and the turn report '
                       'says what it did. Japan\'s will rises 8 (war at last, +5, and the strike, +3); America\'s 28, shocked '
                       'and united ("Remember Pearl Harbor": +8 for the war, +20 for the strike), less 3 for each battleship '
                       'it loses, as for any loss.'),
    'pacific-1941': ('Japan decides for war with the US, Britain and the Netherlands, opening with a carrier strike on Pearl Harbor. '
                     + REAL +
                     'In this game the strike is flown only by carriers that sail this turn to Hawaiian waters, by the battle '
                     'rules: what it sinks depends on what is in port, and the turn report says what it did. America is '
                     'shocked (Allied will −8, and more for each ship lost, as for any loss) — and united: "Remember Pearl '
                     'Harbor" (+16). Invasion orders can be given from next turn.'),
}

for stem, text in TEXT.items():
    path = f'scenarios/{stem}.json'
    s = json.load(open(path))
    for e in s['events']:
        if e['id'] != 'pearl-harbor':
            continue
        for ef in e['effects']:
            if ef.get('type') == 'message':
                ef['text'] = text
    write(path, s)

"""The Allies' aerial mines come from a stock their production makes, and laying spends it (issue 11;
docs/CALIBRATION.md section 1y).

Why: with mine50.py's rule every Allied land-based group that is neither fighters nor strategic bombers laid mines
from the first turn of the war: 8 thousand GT were mined in December 1941 in every game (the Far East Air Force on
Luzon, the Chinese air over the South and East China Seas), a year before history's first Allied mine sinking
(S3: 20 December 1942, a submarine's field) and fourteen months before the first Allied aerial mines (RAF
Liberators in the Rangoon river, February 1943; then US Navy and Marine aircraft at Buin in March 1943 and the
RAAF's Catalinas from April 1943 — JOHNSON-KATCHER-1973).

What it sets in pacific-1941 (idempotent: it sets the values, it does not add to them):
- a resource `aerial-mines` (mines made and shipped to the theatres, not yet laid), the Allies' stock 0 at the start;
- `production`: the Allies' aerial mines a month, by year, from February 1943 (JOHNSON-KATCHER-1973: the Allied
  aerial mines laid against Japan outside the B-29s' Operation Starvation, about 1,100 in 1943, 4,200 in 1944 and
  4,800 in 1945, rounded; the book's figures are read second-hand, the split by month is even — DESIGN);
- `rules.submarines.aerialMines.stock`: the laying spends that resource; 1,000 minelaying aircraft lay
  `minesPer1000Aircraft` mines in 30 days when the stock has them, and with fewer mines in the stock every group
  lays its share of what there is (engine: shipping-losses.ts `attackersOf`). The B-29s' mines (mine49.py) are
  not drawn from it: Operation Starvation's 12,000 mines were a programme of their own.

Fitted on 60 seeds (`npx tsx bench/shipping-war.ts --seeds 60 --scenario <copy>`; the trials are in
docs/CALIBRATION.md section 1y). **Off in the bundled data for now**: at 500 seeds (`npx tsx bench/calibration.ts
--seeds 500 --what-if-seeds 200`) the stock took December 1941's mines away but left 1942's at 0 thousand GT
against S3's 6.6 (the October-December 1942 fields sink under a thousand GT a turn, which the ledger's whole
thousands floor to 0), out of the 25% band issue 11 asks of every year and cause; without the stock 1942 is 5. So
by default this script takes the stock, the resource and its production out (mine50.py's rule as it was). Run
from the repository root, last in the data chain. A trial that turns it on: `python3 scripts/data/mine51.py <mines
per 1,000 aircraft> <sink per 1,000 mines> <mines per boat> <keep percent> [<per turn from 1942-10> <1943-02>
<1944> <1945>]` (section 1y's settings: 3000 16 10 50).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import bundled_scenarios, ensure_sources, write  # noqa: E402

RESOURCE = 'aerial-mines'
# Off by default (see above); section 1y's trial: 3000 16 10 50.
MINES_PER_1000_AIRCRAFT = 0
SINK_PER_1000_MINES = 16
MINES_PER_BOAT = 10
KEEP_PERCENT = 50
# Mines a month: (from, until, per turn).
SCHEDULE = [
    ('1942-10-01', '1943-12-31', 38),
    ('1943-02-01', '1943-12-31', 100),
    ('1944-01-01', '1944-12-31', 350),
    ('1945-01-01', None, 400),
]
if len(sys.argv) > 1:
    MINES_PER_1000_AIRCRAFT = int(sys.argv[1])
    SINK_PER_1000_MINES = int(sys.argv[2])
    MINES_PER_BOAT = int(sys.argv[3])
    KEEP_PERCENT = int(sys.argv[4])
    if len(sys.argv) > 8:
        SCHEDULE = [(f, u, int(n)) for (f, u, _), n in zip(SCHEDULE, sys.argv[5:9])]

# Shown to players with the entry's source (JOHNSON-KATCHER-1973): no key mid-sentence (player-text lint).
NOTES = {
    '1942-10-01': 'mines for the US submarines\' fields off Indochina, Siam, China, Borneo and Honshu: about 576 from '
    'October 1942 to the end of 1943, even by month (an estimate); the boats on patrol and the minelaying aircraft '
    'lay them where the convoys sail',
    '1943-02-01': 'aerial mines shipped to the theatres in 1943 (the first laid in the Rangoon river in February), '
    'about 1,100 in the year, even by month (an estimate)',
    '1944-01-01': 'aerial mines for the Catalinas, the Liberators of India and China and the Navy\'s aircraft in 1944, '
    'about 4,200 in the year, even by month (an estimate)',
    '1945-01-01': 'aerial mines outside the B-29s\' Operation Starvation in 1945, about 4,800 in the year, even by '
    'month (an estimate)',
}

for path, s in bundled_scenarios(['scenarios/pacific-1941.json']):
    subs = s['rules']['submarines']
    mining = subs['aerialMines']
    s['production'] = [p for p in s['production'] if p['resource'] != RESOURCE]
    s['resources'] = [r for r in s['resources'] if r['id'] != RESOURCE]
    s['sides']['allies']['stocks'].pop(RESOURCE, None)
    if MINES_PER_1000_AIRCRAFT > 0:
        s['resources'].append(
            {'id': RESOURCE, 'name': 'Aerial mines (made, not yet laid)', 'unit': 'mines', 'min': 0}
        )
        s['sides']['allies']['stocks'][RESOURCE] = 0
        for start, until, per_turn in SCHEDULE:
            entry = {'side': 'allies', 'resource': RESOURCE, 'perTurn': per_turn, 'from': start}
            if until:
                entry['until'] = until
            entry['note'] = NOTES[start]
            entry['source'] = 'JOHNSON-KATCHER-1973'
            s['production'].append(entry)
        mining['stock'] = {
            'resource': RESOURCE,
            'minesPer1000Aircraft': MINES_PER_1000_AIRCRAFT,
            'minesPerBoat': MINES_PER_BOAT,
            'sinkPer1000Mines': SINK_PER_1000_MINES,
            'keepPercent': KEEP_PERCENT,
        }
        ensure_sources(s, ['JOHNSON-KATCHER-1973'])
    else:
        mining.pop('stock', None)
    write(path, s)
    if MINES_PER_1000_AIRCRAFT > 0:
        print(f'{path}: aerial mines stock, {MINES_PER_1000_AIRCRAFT} a month per 1,000 minelaying aircraft, {SCHEDULE}')
    else:
        print(f'{path}: no aerial mines stock (mine50.py\'s rule as it was)')

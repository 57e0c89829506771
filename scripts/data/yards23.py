"""Japan's shipyards have a capacity, raised only by investment (yards23).

Run from the repository's root: `python3 scripts/data/yards23.py`. Idempotent. In
`scenarios/pacific-1941.json` and `scenarios/road-to-tokyo-1944.json` it sets:
- a resource `yards` (thousand GT of ships the yards can have ordered or on the slips at once) and
  `rules.shipyards` naming it (src/engine/shipyards.ts);
- Japan's starting `yards` stock;
- `yardKgt` on the buildables that use the merchant yards: the freighters and tankers (their tonnage)
  and the kaibōkan (ten ships of about 900 t standard displacement each, counted as 10 thousand GT:
  they were built on the same slipways, at the merchant programme's expense — PARILLO-1993);
  the fleet carrier (navy yards) and the air groups do not use them;
- in the grand campaign, a buildable `shipyard-expansion` that adds capacity, and the historical
  plan's expansions of 1941–43.
The three other bundled scenarios (oil-clock-1941, midway-1942, southern-oil-1942) have no buildables:
no capacity there.

Why (found by the twenty-first session): without a capacity, Japan's yards could build whatever its
industry paid for. The normal computer commander ordered 18–20 freighters (180–200 thousand GT) a month
from July 1941 — as much in a month as Japan's yards completed in the whole of 1941 (about 210,000 GT;
260,000 in 1942, 769,000 in 1943, 1,699,000 in 1944 at the peak, about 560,000 in 1945 —
USSBS-TRANSPORT, PARILLO-1993, S4) — and so out-built the submarine war from the first month.

The figures:
- Grand campaign, July 1941: 55 thousand GT. A freighter holds its room for the three turns it takes
  (ordered, on the slips, delivered at the end of the third), so 55 on the slips give at most
  55 / 3 ≈ 18 thousand GT a month ≈ 220,000 GT a year, the 1941 output (210,000 GT).
- `shipyard-expansion`: 50 thousand GT of capacity for 40 industry, ready in 9 turns — new berths and
  yards and the welding and block methods of the standard ships took about a year to pay off in
  1942–43 (PARILLO-1993; cost and time are the game's, DESIGN). 50 more on the slips is about
  200,000 GT a year of freighters.
- The historical plan orders 9 expansions from the autumn of 1941 to 1943 as Japan did (the wartime
  programme and the first standard-ship designs of 1941–42; the navy's Kaigun Kansei Honbu took
  merchant shipbuilding over in 1943 and built new yards and berths): 1 in October 1941, 2 in
  April 1942, 3 in October 1942, 3 in April 1943 — capacity 105 for the orders from August 1942,
  205 from February 1943, 355 from August 1943, 505 from February 1944, about 1.7 M GT a year of
  freighters at the 1944 peak. (With the expansions of 1942–43 alone the plan completed 190
  thousand GT in 1942 and 480 in 1943, against 260 and 769 — bench/shipyards.ts, 20 seeds.)
- Road to Tokyo (June 1944): 430 thousand GT — the 1944 output, 1,699,000 GT, is about 142 thousand
  a month, three months on the slips. No expansion there (16 turns; one takes 9).
"""
from scenario_json import bundled_scenarios, write

RESOURCE = {
    'id': 'yards',
    'name': 'Shipyard capacity',
    'unit': 'thousand GT on the slips at once',
    'min': 0,
}
RULE = {
    'capacity': 'yards',
    'note': (
        "Merchant ships, tankers and kaibōkan need room in the yards from the order until they are delivered: "
        "at most the shipyard capacity (thousand GT) at once. Japan's yards completed about 210,000 GT in 1941 "
        "and 1.7 M GT in 1944, after new berths and yards and the navy's standard-ship programme — order "
        "a shipyard expansion to raise it."
    ),
    'source': 'PARILLO-1993',
}
EXPANSION = {
    'id': 'shipyard-expansion',
    'side': 'japan',
    'name': 'Shipyard expansion (50,000 GT more on the slips)',
    'cost': {'industry': 40},
    'turns': 9,
    'adds': {'yards': 50},
    'note': (
        'New building berths and yards, and the welding and block methods of the wartime standard ships: '
        "Japan's merchant output rose from 260,000 GT in 1942 to 1.7 M GT in 1944 after the navy took the "
        'programme over in 1943 (Parillo 1993). 50,000 GT more on the slips is about 200,000 GT a year of '
        "freighters; cost and time are the game's."
    ),
    'source': 'PARILLO-1993',
}
YARD_KGT = {
    'pacific-1941': {'merchant-ships': 10, 'tankers': 5, 'escorts': 10},
    'road-to-tokyo-1944': {'standard-ships': 30, 'kaibokan': 10},
}
START = {'pacific-1941': 55, 'road-to-tokyo-1944': 430}
PLAN_NOTE = 'Shipyard expansion: {n} × 50,000 GT of new berths and yards ordered{why}'
PLAN = [
    ('1941-10-01', 1, ' (the wartime shipbuilding plan and the first standard-ship designs)'),
    ('1942-04-01', 2, ''),
    ('1942-10-01', 3, ' (the navy prepares to take merchant shipbuilding over)'),
    ('1943-04-01', 3, ' (the standard-ship programme at full stretch for 1944)'),
]


def is_ours(step):
    return step.get('note', '').startswith('Shipyard expansion:')


for path, s in bundled_scenarios(['scenarios/pacific-1941.json', 'scenarios/road-to-tokyo-1944.json']):
    name = path.split('/')[-1][:-5]
    if name == 'pacific-1941':
        parillo = next(x for x in s['meta']['sources'] if x['key'] == 'PARILLO-1993')
    elif not any(x['key'] == 'PARILLO-1993' for x in s['meta']['sources']):
        s['meta']['sources'].append(parillo)
    s['resources'] = [r for r in s['resources'] if r['id'] != 'yards'] + [RESOURCE]
    s['rules']['shipyards'] = RULE
    s['sides']['japan']['stocks']['yards'] = START[name]
    for b in s['buildables']:
        if b['id'] in YARD_KGT[name]:
            b['yardKgt'] = YARD_KGT[name][b['id']]
    s['buildables'] = [b for b in s['buildables'] if b['id'] != 'shipyard-expansion']
    if name == 'pacific-1941':
        s['buildables'].append(EXPANSION)
        plan = [p for p in s['historicalPlan'] if not is_ours(p)]
        for date, n, why in PLAN:
            # Before the first step of a later date (the other steps keep their order).
            at = next((i for i, p in enumerate(plan) if p['date'] > date), len(plan))
            plan.insert(at, {
                'date': date,
                'side': 'japan',
                'orders': [{'type': 'build', 'item': 'shipyard-expansion', 'count': n}],
                'note': PLAN_NOTE.format(n=n, why=why),
                'source': 'PARILLO-1993',
            })
        s['historicalPlan'] = plan
    write(path, s)

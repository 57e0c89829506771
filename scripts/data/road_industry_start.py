"""Japan starts the Road to Tokyo with a month's industry in hand, not none (tenth play-through).

Run from the repository's root: `python3 scripts/data/road_industry_start.py`. Idempotent: in
`scenarios/road-to-tokyo-1944.json` it sets Japan's starting `industry` stock to one month's output of
the industrial areas Japan holds at the start (Home Islands 60, Korea 5, Manchuria 12, occupied North
China 6 = 83 points, the index of docs/short-scenarios-notes.md, DESIGN), and changes nothing else.

Why: industry is a stock. Each month the engine adds what the held areas deliver
(src/engine/phases/economy/deliveries.ts) and a build is paid from what is on hand when it is ordered
(builds.ts), so at the start of every turn a player holds at least the month before's output. The
scenario begins in the thirtieth month of the war, but its stock was 0: June 1944 was the only month in
which Japan could order nothing (a kaibōkan costs 60), and the Industry tile read 0 — a student took it
for a broken screen (play-throughs 8 to 10). The other stocks are set for 1 June 1944 (oil interpolated
from O4); industry was left at the grand campaign's July 1941 value. No rationing rule in this scenario,
so the whole output counts (the historical plan never builds: the stock it accumulates is unchanged but
for this month's head start).
"""
from scenario_json import bundled_scenarios, write

for path, s in bundled_scenarios(['scenarios/road-to-tokyo-1944.json']):
    assert 'rationing' not in s['rules'], 'with rationing the start would be the kept share of the output'
    month = sum(
        a.get('produces', {}).get('industry', 0)
        for a in s['areas']
        if a.get('owner') == 'japan' and a.get('kind') != 'sea'
    )
    s['sides']['japan']['stocks']['industry'] = month
    write(path, s)

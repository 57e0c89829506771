"""The grand campaign's Malaya Command withdraws onto Singapore island in January 1942, as it did (all.sh runs it
after cut_off_surrender.py).

Run from the repository root: `python3 scripts/data/malaya_withdrawal.py`. Idempotent: it puts one step into the
historical plan of scenarios/pacific-1941.json (after the Allies' other January 1942 steps, replacing a step with
the same note) and adds the sources it cites to `meta.sources` when missing; it changes nothing else.

Why: beaten at Jitra, Kampar and Slim River, the III Indian Corps and the Australians fell back down the peninsula
and crossed the causeway onto Singapore island on 31 January 1942, which Malaya Command then held with some 85,000
men until 15 February (KIRBY-1957). The historical Allies had no step for it, so in the game Malaya Command fought
in Malaya until it was destroyed there in February (`npx tsx bench/fall-dates.ts --seeds 100`: Malaya to Japan
1942-02 in every game, Singapore in March), and the island was held by the Singapore Fortress and the 18th Division
alone. The step is offered in January only, while the Allies still hold Malaya and Singapore; the 25th Army's own
step (Japan's plan: to Singapore once Malaya is Japanese) then follows it across. Figures: docs/CALIBRATION.md
section 1zc.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import ensure_sources, write  # noqa: E402
import json  # noqa: E402

PATH = 'scenarios/pacific-1941.json'
NOTE = 'Malaya Command withdraws across the causeway onto Singapore island (31 January 1942)'


def main():
    s = json.load(open(PATH, encoding='utf-8'))
    plan = s['historicalPlan']
    plan[:] = [st for st in plan if st.get('note') != NOTE]
    step = {
        'date': '1942-01-01',
        'until': '1942-01-31',
        'side': 'allies',
        'when': {'type': 'all', 'of': [
            {'type': 'control', 'area': 'malaya', 'side': 'allies'},
            {'type': 'control', 'area': 'singapore', 'side': 'allies'},
        ]},
        'orders': [{'type': 'move', 'force': 'malaya-command', 'to': 'singapore'}],
        'note': NOTE,
        'source': 'KIRBY-1957',
    }
    # After the Allies' last step dated on or before January 1942 (the plan is read in order).
    at = 0
    for i, st in enumerate(plan):
        if st['side'] == 'allies' and st['date'] <= '1942-01-01':
            at = i + 1
    plan.insert(at, step)
    ensure_sources(s, ['KIRBY-1957'])
    write(PATH, s)
    print(f'{PATH}: step at {at}')


main()

"""The Oil Clock's shipping losses at war are a flat allowance, and say so (oil29; play29 §4.8).

The Oil Clock does not play the submarine war (no `rules.submarines`, no Allied submarines, its
`rules.shipping` names no side), so from the month Japan decides for war (`war-us`) its freighters and
tankers lose a fixed tonnage a month: Japan's losses of 1942, 0.94 M GT of dry cargo and 16,000 GT of
tankers a year (S3), ÷ 12. It is an abstraction of the war the scenario ends before playing, keyed to
the decision, not to a date. Its ledger line read "−77 merchant ships sunk at the 1942 rate" in August
1941 — "1942" in 1941, and 77 read as ships, not thousand GT. This names it what it is. The principled
replacement (the grand campaign's submarine war on the Oil Clock's own traffic) is written up in
docs/short-scenarios-notes.md (Merchant shipping): it needs the Allied submarines, `rules.submarines` and the convoy traffic in
this scenario, and a new calibration. Idempotent."""
import json
from scenario_json import write

PATH = 'scenarios/oil-clock-1941.json'
NOTES = {
    'merchant': 'lost at sea while at war, a flat allowance (this scenario does not play the submarine war): '
    "Japan's dry-cargo losses of 1942, 0.94 M GT a year, by the month",
    'tankers': 'lost at sea while at war, a flat allowance (this scenario does not play the submarine war): '
    "Japan's tanker losses of 1942, 16,000 GT a year, by the month",
}
s = json.load(open(PATH))
found = set()
for p in s['production']:
    if p['side'] == 'japan' and p['resource'] in NOTES and p['perTurn'] < 0 and p.get('requires') == {'war-us': True}:
        p['note'] = NOTES[p['resource']]
        found.add(p['resource'])
assert found == set(NOTES), found
write(PATH, s)

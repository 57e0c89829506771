"""The thirteenth play-through's data: the embargo needs peace, and what Japan held at the surrender.

Run from the repository's root: `python3 scripts/data/play13.py`. Idempotent. It changes, and nothing else:

- The `embargo` event of the Oil Clock (`oil-clock-1941`) and the grand campaign (`pacific-1941`) fires on
  1 August 1941 only while Japan is not at war with the US (`war-us` false), besides the campaign's
  existing condition that Japan has not withdrawn from Indochina. Why: a player who decides for war in
  July 1941 was told in August that "the United States stops all oil exports to Japan … from now on the
  stockpile only goes down", a month after the war began (twelfth play-through). An embargo is a
  measure short of war (O5, T: assets frozen 26 July, oil banned 1 August 1941); at war there is no trade
  to stop. No oil figure changes: both scenarios' oil imports already require no war (`production`,
  `requires: {embargo: false, war-us: false}`), so a war cuts the imports with or without the flag.
- The grand campaign's `meta.goals.history.held` — the objective areas Japan really held when the
  scenario's period ended, the real surrender of 2 September 1945 (`victory.historical`) — was empty, and
  the end screen told a class that "in the real war … Japan held none of the objective areas". At the
  surrender Japan still held Malaya, Singapore, Sumatra and Java (T: the British landed in Singapore on
  5 September and in Malaya on 9 September 1945; the Indies were taken over from the Japanese after the
  surrender). Borneo's oil ports (Tarakan, Brunei, Balikpapan) were retaken by the Australians from May
  to July 1945, Luzon was declared liberated on 5 July 1945 (MacArthur), and the Marianas (August 1944)
  and the Ryukyus (June 1945) were lost (T). The list only words the comparison: a grand campaign that
  reaches its last turn has run past the real surrender, which already decides that it went better for
  Japan (src/judge/verdict.ts), so no result changes.
"""
from scenario_json import bundled_scenarios, write

NO_WAR = {'type': 'flag', 'flag': 'war-us', 'is': False}
HELD_AT_SURRENDER = ['malaya', 'singapore', 'sumatra', 'java']

for path, s in bundled_scenarios(['scenarios/oil-clock-1941.json', 'scenarios/pacific-1941.json']):
    found = 0
    for e in s['events']:
        if e['id'] != 'embargo':
            continue
        found += 1
        t = e['trigger']
        parts = t['of'] if t.get('type') == 'all' else [t]
        if NO_WAR not in parts:
            parts = [*parts, NO_WAR]
        e['trigger'] = {'type': 'all', 'of': parts}
    assert found == 1, f'{path}: one embargo event expected, found {found}'
    if path == 'scenarios/pacific-1941.json':
        objectives = s['meta']['goals']['objectives']
        assert all(a in objectives for a in HELD_AT_SURRENDER), f'{path}: an area held is not an objective'
        s['meta']['goals']['history']['held'] = [a for a in objectives if a in HELD_AT_SURRENDER]
    write(path, s)
    print(f'{path}: the embargo needs peace')

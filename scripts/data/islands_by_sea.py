"""Islands are reached by sea, not overland, in the Oil Clock and the Road to Tokyo.

Why: the Oil Clock's map joined three pairs of islands directly, as if by land: Formosa and Luzon (500 nm of
the Luzon Strait and the Bashi Channel), Singapore and Sumatra (the Strait of Malacca) and Saipan and Guam
(the Marianas, 120 nm of open sea). An army ordered from Formosa to Luzon marched there "overland": no
transports, no escort, no landing — the 14th Army's landings at Aparri, Vigan and Lingayen in December 1941
were seaborne, under the 3rd Fleet's escort (MORTON-1953). In the grand campaign the same islands meet only
through their seas. The play-through of the eighteenth session found it (seed `play`, strike south, the 14th
Army from Formosa to Luzon on the second turn).

The Road to Tokyo joined Leyte to Luzon and to Mindanao, Saipan to Guam and Singapore to Sumatra the same way,
so its Sixth Army "landed" at Lingayen in January 1945 by walking from Leyte: no transports, no escort, no landing
penalty, and the whole fleet next to the beach as support (CANNON-1954; SMITH-1963: the Luzon landing sailed from
Leyte Gulf and New Guinea through the Mindoro and South China Seas under the Seventh Fleet).

What it sets (idempotent): removes the Oil Clock's three connections and the Road to Tokyo's four; every one of the six islands keeps its sea areas
(Formosa: the East China, South China and Philippine Seas; Luzon: the South China and Philippine Seas;
Singapore: the South China and Java Seas; Sumatra: the Java Sea; Saipan and Guam: the Philippine Sea). Run
from the repository root, before air_legs (which measures the flights over the connections). In the Road to
Tokyo every one of its islands keeps its seas too (Leyte: the Philippine Sea; Luzon: the Philippine and South China
Seas; Mindanao: the Celebes Sea; Saipan and Guam: the Western and Central Pacific; Singapore and Sumatra: the Java
Sea), and the plan's landings on Leyte and Luzon sail with the transports it already had: 40 games of historical
against historical end as before (every one a surrender, p50 July 1945), the Sixth Army still fighting on Luzon at
the end.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import bundled_scenarios, ensure_sources, write  # noqa: E402

BY_SEA = {
    'scenarios/oil-clock-1941.json': [{'formosa', 'luzon'}, {'singapore', 'sumatra'}, {'marianas', 'guam'}],
    'scenarios/road-to-tokyo-1944.json': [
        {'leyte', 'luzon'}, {'leyte', 'mindanao'}, {'marianas', 'guam'}, {'singapore', 'sumatra'},
    ],
}
SOURCES = {'scenarios/oil-clock-1941.json': ['MORTON-1953'], 'scenarios/road-to-tokyo-1944.json': ['CANNON-1954', 'SMITH-1963']}

for path, s in bundled_scenarios(list(BY_SEA)):
    before = len(s['connections'])
    s['connections'] = [c for c in s['connections'] if {c['a'], c['b']} not in BY_SEA[path]]
    ensure_sources(s, SOURCES[path])
    write(path, s)
    print(f'{path}: {before - len(s["connections"])} island-to-island connections removed')

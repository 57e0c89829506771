"""The Oil Clock's islands are reached by sea, not overland (scenarios/oil-clock-1941.json).

Why: the Oil Clock's map joined three pairs of islands directly, as if by land: Formosa and Luzon (500 nm of
the Luzon Strait and the Bashi Channel), Singapore and Sumatra (the Strait of Malacca) and Saipan and Guam
(the Marianas, 120 nm of open sea). An army ordered from Formosa to Luzon marched there "overland": no
transports, no escort, no landing — the 14th Army's landings at Aparri, Vigan and Lingayen in December 1941
were seaborne, under the 3rd Fleet's escort (MORTON-1953). In the grand campaign the same islands meet only
through their seas. The play-through of the eighteenth session found it (seed `play`, strike south, the 14th
Army from Formosa to Luzon on the second turn).

What it sets (idempotent): removes the three connections; every one of the six islands keeps its sea areas
(Formosa: the East China, South China and Philippine Seas; Luzon: the South China and Philippine Seas;
Singapore: the South China and Java Seas; Sumatra: the Java Sea; Saipan and Guam: the Philippine Sea). Run
from the repository root, before air_legs (which measures the flights over the connections).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import bundled_scenarios, ensure_sources, write  # noqa: E402

BY_SEA = [{'formosa', 'luzon'}, {'singapore', 'sumatra'}, {'marianas', 'guam'}]

for path, s in bundled_scenarios(['scenarios/oil-clock-1941.json']):
    before = len(s['connections'])
    s['connections'] = [c for c in s['connections'] if {c['a'], c['b']} not in BY_SEA]
    ensure_sources(s, ['MORTON-1953'])
    write(path, s)
    print(f'{path}: {before - len(s["connections"])} island-to-island connections removed')

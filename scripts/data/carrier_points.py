"""Midway, 1942: the carriers sunk weigh in the verdict beside the islands (meta.goals.carrierPoints).

Why: Midway's goals are about carriers as much as islands ("hold Midway and sink Japan's carriers without
losing your own three"), but the verdict counted only the objective areas held, the carriers lost breaking a
tie or making a win marginal. An Allied player who lost Enterprise, Hornet and Yorktown and sank nothing was
told "A marginal Allied victory — you won" because Midway still held. With three carriers lost the Pacific
Fleet would have had none left in the Pacific until 1943, and Hawaii and the South Pacific lay open; the
Kido Butai was what Yamamoto sailed to trade for (PARSHALL-TULLY-2005).

What it sets (idempotent): `meta.goals.carrierPoints` = 2 in midway-1942 — each carrier sunk is worth 2
victory points to the side that sank it, beside Midway's 5 and the Aleutians' 2 (src/judge/verdict.ts). The
real battle (Japan holds the Aleutians and loses four carriers, the US loses Yorktown) stays a decisive
Allied victory (Japan 4 of 17 points); all three US carriers lost for none, with Midway held, is a marginal
Japanese victory (8 of 13); Midway and the Aleutians taken at the price of the four carriers against one, a
marginal Japanese one (9 of 17). Run from the repository root (all.sh runs it after goals.py).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import bundled_scenarios, ensure_sources, write  # noqa: E402

POINTS = 2

for path, s in bundled_scenarios(['scenarios/midway-1942.json']):
    goals = s['meta']['goals']
    out = {}
    for k, v in goals.items():
        if k == 'carrierPoints':
            continue
        out[k] = v
        if k == 'objectives':
            out['carrierPoints'] = POINTS
    if 'carrierPoints' not in out:
        out['carrierPoints'] = POINTS
    s['meta']['goals'] = out
    ensure_sources(s, ['PARSHALL-TULLY-2005'])
    write(path, s)
    print(f'{path}: carrierPoints {POINTS}')

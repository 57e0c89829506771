"""Midway does not play the war on shipping: its merchant stock is held level (oilclock31b; issue 11).

Since sor32 this script keeps Midway only: the Southern Oil Run plays the grand campaign's war on shipping
(southern_oil_shipping_war.py, run after this one). What follows is oilclock31b's reasoning for both files.

Both files charged Japan a flat merchant loss every turn, "whatever sails and whatever hunts it": the Southern Oil
Run −78 thousand GT a month ("0.94 M GT in 1942", S3) and Midway −18 a week (the same rate × 7/30), with +22 a
month and +5 a week launched (260,000 GT in 1942, S4). Issue 11: "The shipping war follows the traffic ... When
nothing sails, almost nothing sinks" — no flat grants. A Japan that kept every ship in port lost the same tonnage
as one that sailed every convoy under the Allied submarines.

Neither file has `rules.shipping`: in them the `merchant` stock is read by nothing but the resource bar and the
turn's summary — not by lift (no cargo sails: economy/deliveries.ts `needsShips` asks for `rules.shipping`), not
by will (both files' will has only the territory pressure), not by the verdict (the objectives, and at Midway the
carriers). So the two flat entries only wrote history's 1942 net loss onto a tile. This script removes both, the
loss and the launches, and the stock stays at its start:

- **The Southern Oil Run** needed the grand campaign's whole war on shipping to make its losses follow the
  traffic; sor32 gave it that (southern_oil_shipping_war.py), and this script no longer touches it.
- **Midway** is twelve weeks about one battle; its ships that sink are warships.
- **Why not keep the launches?** With no losses the stock would only grow by the calendar, +130 kGT over the
  Southern Oil Run and +60 over Midway, in the half-year when Japan's merchant fleet in fact shrank (0.94 M GT
  sunk against 0.26 M built, S3 S4): a schedule that teaches the wrong direction. Held level, the tile reads as
  what it is, the fleet at the start, not played; the teacher note says so.

Idempotent: it removes entries and replaces one sentence. Run last among the scripts that touch these files.
"""
from scenario_json import bundled_scenarios, write

NOTES = {
    'scenarios/midway-1942.json': (
        'Oil: Japan starts with',
        'count what Japan spends for the operation. Source: O4.',
        'count what Japan spends for the operation. Merchant shipping stays at its start (5.22 million gross tons): '
        'twelve weeks about one battle do not play the war on shipping, so no merchant ship is sunk or '
        'launched. Source: O4.',
    ),
}

for path, s in bundled_scenarios(list(NOTES)):
    s['production'] = [p for p in s['production'] if not (p['side'] == 'japan' and p['resource'] == 'merchant')]
    start, old, new = NOTES[path]
    notes = s['meta']['teacherNotes']
    i = next(i for i, n in enumerate(notes) if n.startswith(start))
    if new not in notes[i]:
        assert old in notes[i], notes[i]
        notes[i] = notes[i].replace(old, new)
    write(path, s)

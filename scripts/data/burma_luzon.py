"""Burma and Luzon fall and are retaken when the forces that fought there do (docs/CALIBRATION.md section 1zd).

Why: with both sides played by the historical bots (`npx tsx bench/fall-dates.ts --seeds 100`), Burma
fell to Japan in February 1942 (history: Rangoon 8 March, the last of Burma in May) and was retaken in
January 1945 (Rangoon 3 May), and Luzon was retaken in June-July 1945 in under three games of four
(Manila 3 March).
The causes were in the forces, not the rules:
- Burma, 1942. The game's Burma Army (25,000, the 1st Burma and 17th Indian Divisions as they stood in
  December) fought the 15th Army's 35,000 alone, lost a quarter of its men in January and was overwhelmed
  in February (rules.combat.overwhelmOdds). In history the British reinforced Burma by sea through Rangoon
  in January-March (the rest of the 17th Indian Division, the 7th Armoured Brigade on 21 February, the
  63rd Indian Brigade on 3 March: some 45,000 men of the British Empire in all), the Chinese Expeditionary
  Force's 5th and 6th Armies came down the Burma Road to hold the Sittang and the Shan States from
  February-March, and Japan reinforced the 15th Army through Rangoon once it fell with the 56th (25 March)
  and 18th Divisions (April): 85,000 Japanese against some 95,000 Chinese and 45,000 British, Indian and
  Burmese troops (KIRBY-1958; ROMANUS-SUNDERLAND-1953; ALLEN-1984). The game keeps the British and the
  Japanese reinforcements (the Chinese: see "tried and left out" below).
- Burma, 1945. Japan never sent a man to Burma after the 15th Army's 35,000: the Fourteenth Army's
  200,000 overwhelmed the 32,000 left in the month they crossed (January 1945). In history the Burma Area
  Army (March 1943) grew to some ten divisions (303,501 Japanese soldiers went to Burma and 185,149 of them
  died there: ALLEN-1984); after Imphal and Kohima (1944: some 55,000 casualties, most from hunger and
  disease) it still held central Burma with the 15th Army's four divisions and the 28th and 33rd Armies
  beside it, and the Fourteenth Army needed January-May 1945 (Mandalay 20 March, Meiktila 3 March,
  Rangoon 3 May; KIRBY-1965). The 1944 fighting (Arakan, Imphal and Kohima, Myitkyina) is not played
  here: the reinforcement below is the Burma Area Army that met the Fourteenth Army in 1945, its
  divisions at their strength after 1944 (the net number is an **estimate**, fitted to the fall date).
- Luzon, 1945. The Lingayen landing brought the Sixth Army from Leyte and New Guinea (about 140,000 left
  after Leyte); history's ten divisions on Luzon by the spring included the 33rd (from Morotai, landed 10
  February) and the 38th (XI Corps, Zambales, 29 January), which the grand campaign did not have
  (SMITH-1963; the Road to Tokyo has them, troops19.py).

What it sets (idempotent: each force and step is added when missing, the plan steps found by their
date, side and a move they hold):
- reinforcements: the British reinforcements for Burma (India, January 1942: they sail to Rangoon in
  February), the 15th Army's 18th and 56th Divisions (Thailand, March 1942: they march in in April), the
  Burma Area Army's divisions (Thailand, June 1944), the Luzon follow-up divisions with their transports
  and escorts (New Guinea, December 1944);
- plan steps that move each of them where history sent it (the follow-up first in the Lingayen step).
Tried and left out: the Chinese Expeditionary Force (95,000 in Burma from February 1942, ROMANUS-SUNDERLAND-1953).
The ground battle counts men and experience, not the artillery, air cover and training the Chinese armies
lacked: at 95,000 with experience 20 they held Burma through 1942 in every game (the 15th Army and its
reinforcements were worn down by the autumn), where in history they were broken in April-May. They would
need a quality rule, not data (docs/CALIBRATION.md section 1zd).
Run from the repository root, after troops19 (whose Luzon step it joins) and before overwhelm."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import ensure_sources, write, bundled_scenarios  # noqa: E402

PATH = 'scenarios/pacific-1941.json'
SOURCES = ['KIRBY-1958', 'KIRBY-1965', 'ALLEN-1984', 'SMITH-1963']

FORCES = [
    # The British Empire's reinforcements for Burma, January-March 1942: the 17th Indian Division's 46th and
    # 48th Brigades, the 7th Armoured Brigade (from the Middle East, landed 21 February) and the 63rd Indian
    # Brigade (3 March); with the Burma Army's 25,000 some 45,000 in all (KIRBY-1958). Most were
    # half-trained Indian battalions; the armoured brigade was a veteran of the desert.
    {'date': '1942-01-01', 'source': 'KIRBY-1958', 'force': {
        'id': 'burma-reinforcements-1942', 'name': 'Burma reinforcements (7th Armoured Bde, 63rd Bde)',
        'side': 'allies', 'type': 'army', 'troops': 20, 'location': 'india', 'experience': 30}},
    # The 15th Army's reinforcements: the 56th Division (landed at Rangoon 25 March 1942) and the 18th (from
    # Singapore, April), with two tank regiments: the 15th Army was some 85,000 by May (KIRBY-1958).
    {'date': '1942-03-01', 'source': 'KIRBY-1958', 'force': {
        'id': 'fifteenth-army-reinforcements', 'name': '15th Army reinforcements (18th and 56th Divisions)',
        'side': 'japan', 'type': 'army', 'troops': 45, 'location': 'thailand', 'experience': 70}},
    # The Burma Area Army's divisions of 1943-44 (the 15th, 31st, 54th, then the 2nd, 49th and 53rd), at
    # what was left of them after 1944 (see the module's note: an estimate).
    {'date': '1944-06-01', 'source': 'ALLEN-1984', 'force': {
        'id': 'burma-area-army', 'name': 'Burma Area Army (the divisions of 1943-44)',
        'side': 'japan', 'type': 'army', 'troops': 40, 'location': 'thailand', 'experience': 50}},
    # The Luzon follow-up divisions, as in the Road to Tokyo (troops19.py): the 33rd and 38th (the 25th is the
    # grand campaign's `americal-25th`), some 30,000, from New Guinea and Morotai in transports of their own.
    {'date': '1944-12-01', 'source': 'SMITH-1963', 'force': {
        'id': 'luzon-follow-up', 'name': 'Luzon follow-up divisions (33rd, 38th)',
        'side': 'allies', 'type': 'army', 'troops': 30, 'location': 'new-guinea', 'experience': 60}},
    {'date': '1944-12-01', 'source': 'SMITH-1963', 'force': {
        'id': 'luzon-follow-up-transports', 'name': 'Luzon follow-up transports', 'side': 'allies',
        'type': 'flotilla', 'class': 'transport', 'count': 30, 'location': 'new-guinea', 'experience': 65}},
    {'date': '1944-12-01', 'source': 'SMITH-1963', 'force': {
        'id': 'luzon-follow-up-escorts', 'name': 'Luzon follow-up escorts', 'side': 'allies',
        'type': 'flotilla', 'class': 'destroyer', 'count': 5, 'location': 'new-guinea', 'experience': 65}},
]

# New plan steps, each placed after the last step of its side dated on or before it.
STEPS = [
    {'date': '1942-02-01', 'until': '1942-04-01', 'side': 'allies',
     'when': {'type': 'control', 'area': 'burma', 'side': 'allies'},
     'orders': [{'type': 'move', 'force': 'burma-reinforcements-1942', 'to': 'burma'}],
     'note': ('Reinforcements for Burma land at Rangoon: the 7th Armoured Brigade (21 February) and the 63rd '
              'Indian Brigade (3 March)'),
     'source': 'KIRBY-1958'},
    {'date': '1942-04-01', 'until': '1942-12-31', 'side': 'japan',
     'orders': [{'type': 'move', 'force': 'fifteenth-army-reinforcements', 'to': 'burma'}],
     'note': ('The 56th and 18th Divisions join the 15th Army in Burma (through Rangoon, 25 March and April): '
              'the drive to Mandalay, Lashio and the Chindwin'),
     'source': 'KIRBY-1958'},
    {'date': '1944-07-01', 'until': '1944-12-31', 'side': 'japan',
     'orders': [{'type': 'move', 'force': 'burma-area-army', 'to': 'burma'}],
     'note': 'The Burma Area Army holds central Burma and the Irrawaddy against the Fourteenth Army',
     'source': 'KIRBY-1965'},
]


# The follow-up joins the Lingayen step (troops19.py), its order first: an army takes whole transport
# flotillas, smallest first (orders.ts `seaLiftTransports`), so ordered after the Sixth Army's New Guinea
# divisions it would find its own flotilla taken and the III Amphibious Force's left to it.
JOIN = {'date': '1945-01-01', 'side': 'allies', 'has': ('sixth-army', 'luzon'),
        'order': {'type': 'move', 'force': 'luzon-follow-up', 'to': 'luzon'},
        'note': ('Luzon: Sixth Army lands in Lingayen Gulf (9 January) with the divisions of New Guinea and the '
                 'Solomons, the 38th (Zambales, 29 January) and 33rd Divisions (10 February) following; the fast '
                 'carriers raid the South China Sea')}


def moves(step, force, to):
    return any(o.get('type') == 'move' and o.get('force') == force and o.get('to') == to for o in step['orders'])


def main():
    (path, s), = bundled_scenarios([PATH])
    have = {r['force']['id'] for r in s['reinforcements']}
    for r in FORCES:
        if r['force']['id'] not in have:
            s['reinforcements'].append(json.loads(json.dumps(r)))
    plan = s['historicalPlan']
    for step in STEPS:
        if step in plan:
            continue
        before = [x for x in plan if x['side'] == step['side'] and x['date'] <= step['date']]
        plan.insert(plan.index(before[-1]) + 1, json.loads(json.dumps(step)))
    steps = [x for x in plan if x['date'] == JOIN['date'] and x['side'] == JOIN['side'] and moves(x, *JOIN['has'])]
    assert len(steps) == 1
    if JOIN['order'] not in steps[0]['orders']:
        steps[0]['orders'].insert(0, dict(JOIN['order']))
    steps[0]['note'] = JOIN['note']
    ensure_sources(s, SOURCES)
    write(path, s)
    print(f'{path}: Burma and Luzon forces')


if __name__ == '__main__':
    main()

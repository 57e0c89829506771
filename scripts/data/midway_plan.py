"""Midway's historical Japanese plan follows the carrier battle, not the calendar (issue 12/13: history
is what usually happens when both sides play as they did). Yamamoto called off the landing on 5 June
because Akagi, Kaga, Sōryū and Hiryū were lost (B9, PARSHALL-TULLY-2005); had the Kidō Butai won, the
Occupation Force (Ichiki Detachment, 2nd Combined SNLF; 12 transports escorted by the 2nd Destroyer
Squadron from Saipan) was to land on 7 June. The step of 8 June (the game's turn after the carrier
battle) is split: with at most two of the four carriers fit to fight the fleet goes home, as it did;
with three or more it covers the landing on Midway. Both wait a week at most. Idempotent."""
import json
from scenario_json import write

PATH = 'scenarios/midway-1942.json'
CARRIERS = ['akagi', 'kaga', 'soryu', 'hiryu']
s = json.load(open(PATH))
plan = s['historicalPlan']

cancel = next(st for st in plan if st['side'] == 'japan' and st['date'] == '1942-06-08'
              and any(o.get('force') == 'akagi' and o.get('to') == 'north-pacific' for o in st['orders']))
cancel['note'] = ('Yamamoto cancels the operation (5 June) once his carriers are lost; the fleet returns home '
                  '(in the game: when at most two of the four are fit to fight)')
cancel['when'] = {'type': 'afloat', 'forces': CARRIERS, 'atMost': 2}
cancel['until'] = '1942-06-14'

landing = {
    'date': '1942-06-08',
    'until': '1942-06-14',
    'side': 'japan',
    'when': {'type': 'afloat', 'forces': CARRIERS, 'atLeast': 3},
    'note': ('The landing planned for 7 June goes ahead while the Kidō Butai still has three or more carriers '
             'fit to fight: the Occupation Force lands from its transports under the 2nd Destroyer Squadron, '
             'the carriers and the close-support cruisers stay off the atoll'),
    'orders': [
        {'type': 'move', 'force': 'escort-destroyers', 'to': 'midway-approaches'},
        {'type': 'move', 'force': 'midway-landing-force', 'to': 'midway'},
    ],
    'source': 'B9',
}
plan[:] = [st for st in plan if not (st['side'] == 'japan' and st['date'] == '1942-06-08'
                                     and any(o.get('force') == 'midway-landing-force' for o in st['orders']))]
at = plan.index(cancel) + 1
plan.insert(at, landing)
write(PATH, s)

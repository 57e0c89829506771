"""The Road to Tokyo's historical Japanese plan: the fleet's three sorties of 1944–45. Without them the
historical Japan played exactly as a passive one (play-through of 2026-12-03: the same figures as
`pass` over 100 seeds), and the scenario could not show the decisive-battle doctrine's price.
- A-Gō (B13): on the landing on Saipan (15 June 1944) Ozawa's Mobile Fleet sails from Tawi-Tawi
  (the game's Singapore/Lingga) to meet the Fifth Fleet west of the Marianas; Taihō, Shōkaku and
  Hiyō were sunk and some 400 carrier aircraft lost. The survivors go home (carriers, to train new
  air groups) or back to Lingga (the battleships, near the oil).
- Shō-1 (B14): on the landing on Leyte (20 October 1944) Kurita's battleships and Nishimura's old
  battleships converge on Leyte Gulf while Ozawa's carriers, almost without aircraft, and Ise and
  Hyūga decoy Halsey north of Luzon; the survivors return home in November.
- Ten-Gō (B18): on the landing on Okinawa (1 April 1945) Yamato sails with a destroyer escort for the
  invasion fleet — only if there is oil for her (the engine refuses a sortie it cannot fuel).
Every step is the plan's decision on the day of the landing it answered; each waits for that
landing's month and no longer. Idempotent."""
import json
from scenario_json import ensure_sources, write

PATH = 'scenarios/road-to-tokyo-1944.json'
s = json.load(open(PATH))
plan = s['historicalPlan']

MOBILE = ['taiho', 'shokaku', 'zuikaku', 'hiyo', 'junyo', 'ryuho', 'chitose', 'chiyoda', 'zuiho',
          'yamato', 'musashi', 'nagato', 'kongo', 'haruna', 'mobile-fleet-cruisers', 'mobile-fleet-destroyers',
          'mobile-fleet-oilers']
CARRIERS = ['taiho', 'shokaku', 'zuikaku', 'hiyo', 'junyo', 'ryuho', 'chitose', 'chiyoda', 'zuiho']
KURITA = ['yamato', 'musashi', 'nagato', 'kongo', 'haruna', 'mobile-fleet-cruisers', 'mobile-fleet-destroyers']
NISHIMURA = ['fuso', 'yamashiro']
OZAWA = ['zuikaku', 'zuiho', 'chitose', 'chiyoda', 'junyo', 'ryuho', 'ise', 'hyuga', 'home-destroyers']


def moves(forces, to):
    return [{'type': 'move', 'force': f, 'to': to} for f in forces]


steps = [
    {'date': '1944-06-01', 'until': '1944-06-30', 'side': 'japan',
     'note': 'A-Gō: the Mobile Fleet sails to meet the Fifth Fleet off the Marianas (19–20 June)',
     'orders': moves(MOBILE, 'central-pacific'), 'source': 'B13'},
    {'date': '1944-07-01', 'until': '1944-07-31', 'side': 'japan',
     'note': 'After the Philippine Sea: the carriers go home to train new air groups, the battleships back to Lingga near the oil',
     'orders': moves(CARRIERS, 'home-islands')
     + moves(['yamato', 'musashi', 'nagato', 'kongo', 'haruna', 'mobile-fleet-cruisers', 'mobile-fleet-destroyers',
              'mobile-fleet-oilers'], 'singapore'),
     'source': 'B13'},
    {'date': '1944-10-01', 'until': '1944-10-31', 'side': 'japan',
     'note': 'Shō-1: Kurita and Nishimura converge on Leyte Gulf; Ozawa\'s carriers and Ise and Hyūga decoy the fast carriers north',
     'orders': moves(KURITA + NISHIMURA + OZAWA, 'philippine-sea'), 'source': 'B14'},
    {'date': '1944-11-01', 'until': '1944-11-30', 'side': 'japan',
     'note': 'The survivors of Leyte Gulf go home',
     'orders': moves(KURITA + NISHIMURA + OZAWA, 'home-islands'), 'source': 'B14'},
    {'date': '1945-04-01', 'until': '1945-04-30', 'side': 'japan',
     'when': {'type': 'afloat', 'forces': ['yamato'], 'atLeast': 1},
     'note': 'Ten-Gō: Yamato sails with a destroyer escort against the invasion fleet off Okinawa (7 April)',
     'orders': moves(['yamato', 'home-destroyers'], 'philippine-sea'), 'source': 'B18'},
]
notes = {st['note'] for st in steps}
plan[:] = [st for st in plan if not (st['side'] == 'japan' and st.get('note') in notes)]
ensure_sources(s, ['B13', 'B14', 'B18'])
plan.extend(steps)
write(PATH, s)

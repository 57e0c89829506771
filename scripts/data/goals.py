"""The Southern Oil Run, 1942: staged as the war stood on 1 January 1942, with a historical plan.

Judged by its goals (meta.goals: Japan holds Malaya, Luzon, Borneo and Java at the end of June
1942, as it did), no Japan won this scenario, the historical one included: the scenario had no
historical plan (the `historical` Japan gave no orders), no 14th Army for Luzon, and Allied
garrisons far stronger than the grand campaign's for the same armies (USAFFE 120 at experience 30
against 80 at 10; Malaya Command 85 at 40 against 60 at 15). On 1 January 1942 the 14th Army was
ashore on Luzon (Lingayen, 22 December; Manila fell on 2 January) and the 25th Army in northern
Malaya (Kota Bharu, 8 December; Kampar, 30 December–2 January) (T). This script stages them there,
fighting, gives the garrisons the grand campaign's figures (pacific-1941.json, the same sources),
and writes the plan Japan followed (T): the 16th Army to Borneo in January (Tarakan 11 January,
Balikpapan 24 January) under the Southern Force's cruisers and destroyers; the 11th Air Fleet
forward to Borneo; Kido Butai south of Java in February (Darwin, 19 February); the Java landings
(1 March) after the Battle of the Java Sea; the 25th Army to Java if it still holds out in April.

Idempotent: run from the repository root; it sets values rather than adding to them.
"""
import json, sys
sys.path.insert(0, 'scripts/data')
from scenario_json import write

PATH = 'scenarios/southern-oil-1942.json'
s = json.load(open(PATH, encoding='utf-8'))

def force(fid):
    return next(f for f in s['forces'] if f['id'] == fid)

# The garrisons as in the grand campaign (pacific-1941.json: usaffe, malaya-command).
force('usaffe').update({'troops': 80, 'experience': 10})
force('malaya-command').update({'troops': 60, 'experience': 15})

# The armies where they stood on 1 January 1942 (T).
force('twenty-fifth-army').update({'troops': 70, 'experience': 80, 'location': 'malaya'})
fourteenth = {'id': 'fourteenth-army', 'name': '14th Army', 'side': 'japan', 'type': 'army',
              'troops': 43, 'location': 'luzon', 'experience': 75}
s['forces'] = [f for f in s['forces'] if f['id'] != 'fourteenth-army']
at = next(i for i, f in enumerate(s['forces']) if f['id'] == 'twenty-fifth-army') + 1
s['forces'].insert(at, fourteenth)
# The Saigon transports that carried the 25th Army (as in pacific-1941.json), to follow it to Singapore.
saigon = {'id': 'saigon-transports', 'name': 'Army transports (Saigon)', 'side': 'japan', 'type': 'flotilla',
          'class': 'transport', 'count': 70, 'location': 'indochina-south', 'experience': 50}
s['forces'] = [f for f in s['forces'] if f['id'] != 'saigon-transports']
at = next(i for i, f in enumerate(s['forces']) if f['id'] == 'invasion-transports') + 1
s['forces'].insert(at, saigon)

def mv(*pairs):
    return [{'type': 'move', 'force': f, 'to': to} for f, to in pairs]

s['historicalPlan'] = [
    {'date': '1942-01-01', 'side': 'japan', 'source': 'T',
     'orders': mv(('sixteenth-army', 'borneo'), ('southern-cruisers', 'south-china-sea'),
                  ('southern-destroyers', 'south-china-sea'), ('kongo', 'south-china-sea'),
                  ('haruna', 'south-china-sea')),
     'note': 'The 16th Army lands in Borneo (Tarakan 11 January, Balikpapan 24 January); the Southern Force covers the landings and the convoys to Malaya'},
    {'date': '1942-02-01', 'until': '1942-04-01', 'when': {'type': 'control', 'area': 'borneo', 'side': 'japan'},
     'side': 'japan', 'source': 'T', 'orders': mv(('eleventh-air-fleet', 'borneo')),
     'note': 'The 11th Air Fleet moves up to the Borneo airfields'},
    {'date': '1942-02-01', 'side': 'japan', 'source': 'T',
     'orders': mv(('akagi', 'celebes-sea'), ('kaga', 'celebes-sea')),
     'note': 'Kido Butai comes south by Palau (Darwin is struck on 19 February)'},
    {'date': '1942-03-01', 'side': 'japan', 'source': 'T',
     'orders': mv(('akagi', 'java-sea'), ('kaga', 'java-sea')),
     'note': 'Kido Butai covers the Java landings (south of Java, in the real war) and sinks the ships that flee'},
    {'date': '1942-03-01', 'until': '1942-05-01', 'side': 'japan', 'source': 'T',
     'when': {'type': 'control', 'area': 'borneo', 'side': 'japan'},
     'orders': mv(('southern-cruisers', 'java-sea'), ('southern-destroyers', 'java-sea'), ('sixteenth-army', 'java')),
     'note': 'The Battle of the Java Sea (27 February) and the Java landings (1 March): the Netherlands East Indies surrender on 8–9 March'},
    {'date': '1942-03-01', 'until': '1942-05-01', 'side': 'japan', 'source': 'T',
     'when': {'type': 'control', 'area': 'malaya', 'side': 'japan'},
     'orders': mv(('saigon-transports', 'malaya')),
     'note': 'The Saigon transports follow the 25th Army to Singapore'},
    {'date': '1942-04-01', 'until': '1942-07-01', 'side': 'japan', 'source': 'T',
     'when': {'type': 'all', 'of': [{'type': 'control', 'area': 'malaya', 'side': 'japan'},
                                   {'type': 'control', 'area': 'java', 'side': 'allies'}]},
     'orders': mv(('twenty-fifth-army', 'java')),
     'note': 'Java still holds out: the 25th Army follows from Singapore'},
    {'date': '1942-05-01', 'side': 'japan', 'source': 'T',
     'orders': mv(('akagi', 'home-islands'), ('kaga', 'home-islands')),
     'note': 'Kido Butai goes home to prepare for Midway'},
    {'date': '1942-03-01', 'side': 'allies', 'source': 'T',
     'orders': mv(('houston', 'java-sea'), ('exeter', 'java-sea'), ('de-ruyter', 'java-sea'), ('abda-destroyers', 'java-sea')),
     'note': "Doorman's ABDA strike force meets the Java invasion convoys: the Battle of the Java Sea (27 February)"},
]
# The goal says "hold all four at the end of June 1942": the verdict asks for all four (verdict.ts),
# so the Allies win by holding any one of them — Bataan held until 9 April, Corregidor until 6 May.
s['meta']['goals']['japanNeedsPercent'] = 100

# Northern Australia produced 900 oil a turn, the Allies' income booked at their capital — but Darwin
# had no oil field (the Allies' oil came by sea from the United States and the Persian Gulf), and the
# Japanese commander planned to take it "for its oil" (found in the play-through). The Allies' 60,000
# in stock cover their 800 a turn and their sorties for the scenario's six months without it.
for a in s['areas']:
    if a['id'] == 'australia':
        a.get('produces', {}).pop('oil', None)
        if not a.get('produces'):
            a.pop('produces', None)

# Darwin had a garrison (some 14,000 men of the 7th Military District in February 1942): the grand
# campaign's figure (15 thousand, experience 40). Without it Japan's convoys took the Allies' capital
# unopposed in the second month (found in the play-through).
if not any(f['id'] == 'darwin-garrison' for f in s['forces']):
    s['forces'].append({
        'id': 'darwin-garrison', 'name': 'Darwin garrison (7th Military District)', 'side': 'allies',
        'type': 'army', 'troops': 15, 'location': 'australia', 'experience': 40,
    })

write(PATH, s)


# The Road to Tokyo, 1944–45: every game ended in Japan's surrender, so judged by its goals the
# Allies won whoever played (each policy 300 of 600 in the tournament): the objective areas decide
# only a game that reaches its last turn, and no Japan reaches September 1945 — the bombs on
# Hiroshima and Nagasaki (August 1945, once B-29s are within reach), the Soviet entry and the
# blockade break its will, as they did (T). What the sides really played for in 1944–45 was time:
# the Joint Chiefs planned to end the war within a year of Germany's defeat and to invade Kyūshū
# on 1 November 1945 (Olympic); Imperial General Headquarters planned to make each island so
# costly (Saipan, Leyte, Iwo Jima, Okinawa, then Ketsu-Go on the home islands) that the Allies
# would settle for less than unconditional surrender (T). The scenario is won against history:
# a surrender more than a month before 2 September 1945 is an Allied win, one within a month of it
# a draw (the real war's result), a war still going at the last turn a Japanese win
# (verdict.ts, goals.winAgainstHistory). The goals' texts say so.
PATH = 'scenarios/road-to-tokyo-1944.json'
s = json.load(open(PATH, encoding='utf-8'))
g = s['meta']['goals']
g['winAgainstHistory'] = True
g['japan'] = ("Hold out longer than Japan really did: make every island so costly — the Marianas, the "
              "Philippines, Iwo Jima, Okinawa — and keep enough oil coming home that Japan is still fighting "
              "in September 1945, or the Allies accept a negotiated peace.")
g['allies'] = ("Make Japan surrender sooner than it really did (2 September 1945): take the Marianas for the "
               "B-29s, cut the oil route from the south and take the islands on the road to Tokyo. A surrender "
               "in August 1945 is the real war's result: a draw.")
write(PATH, s)

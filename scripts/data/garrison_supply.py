"""The supply of Japan's bases overseas as traffic in pacific-1941 (`rules.shipping.baseSupply`,
src/engine/phases/economy/garrison-supply.ts; docs/CALIBRATION.md §1j″).

Why: about a third of the tonnage sunk in 1942–43, and most of what the aircraft sank (161 and 146 of 220 and
315 thousand GT — S3, by the JANAC list's positions), went down on the routes to Truk, Rabaul, the Solomons and
New Guinea. In the game only the troops overseas tied up freighters (`garrisonKgtPerThousandTroops`, 2 thousand
GT per thousand men), and its garrisons there are small (the South Seas Detachment's 5,000 at Rabaul), so almost
nothing sailed there and nothing was sunk there.

What it sets (idempotent: it sets the values, it does not add to them):
- `kgtPerHundredAircraft` 4: an air group on operations burns about 7 t of aviation fuel an aircraft a month
  and needs about 5 t of bombs, ammunition and spares, and 5–10 ground crew an aircraft (at the troops' rate,
  1–2 thousand GT per 100 aircraft); a freighter on the run to Rabaul or Truk (six to eight weeks there and
  back) lifts about two-thirds of a ton a month per gross ton — about 4 thousand GT per 100 aircraft (DESIGN,
  from the troops' rate of 2 GT a man, i.e. about 1.3 t a man a month);
- `kgtPerTenWarships` 6: the crews' food and stores and the ammunition of warships based in a port overseas
  (their fuel is the oilers', §1k): the counts are mostly destroyers (about 250 men) and submarines (80), the
  ships 700–1,500; at the troops' rate about 0.6 thousand GT a warship (DESIGN);
- `unshown`: the garrisons and air groups of the Southeast Area and the mandates that the map does not show as
  forces (MILLER-1959; GAMBLE-2010; T), supplied through the area while Japan holds it: Rabaul (the Eighth Area
  Army and the Southeast Area Fleet, about 90,000 men in 1943 against the map's 5,000, and the 11th Air Fleet's
  base air force, about 300 aircraft), the 18th Army on New Guinea's north coast (Lae, Madang, Wewak: about
  50,000, supplied from Rabaul across the Bismarck Sea — the game's New Guinea area stays Allied), the 17th Army
  in the Solomons (about 25,000 on Guadalcanal and Bougainville in late 1942), the Marshalls and Gilberts (about
  25,000 against the map's 8,000) and Truk (about 15,000 against 5,000 before the 52nd Division of 1944);
- `starvePercent` 3: a garrison that nothing reaches loses 3% of its men a month (about half of a bypassed
  garrison in 18 months, as on Mili and Wotje and in the 18th Army at Wewak — MILLER-1959; DESIGN).
Run from the repository root, after yamato_class and before subwar42, air_legs and clark_field."""
import json
from scenario_json import ensure_sources, write

PATH = 'scenarios/pacific-1941.json'
UNSHOWN = [
    {'side': 'japan', 'area': 'rabaul', 'troops': 35, 'aircraft': 300, 'until': '1944-02-29',
     'note': ('The Eighth Area Army and the Southeast Area Fleet at Rabaul (about 90,000 men in 1943, of whom the '
              "map shows 5,000; Rabaul grew much of its own food) and the 11th Air Fleet's base air force (about 300 "
              'aircraft), supplied by sea until the air units left for Truk in February 1944'),
     'source': 'MILLER-1959'},
    {'side': 'japan', 'area': 'rabaul', 'troops': 15, 'aircraft': 0, 'from': '1942-11-01', 'until': '1944-04-30',
     'note': ("The 18th Army on New Guinea's north coast (Lae, Madang, Wewak), supplied from Rabaul across the "
              'Bismarck Sea (the convoy of the Battle of the Bismarck Sea, March 1943) until Hollandia, April 1944'),
     'source': 'MILLER-1959'},
    {'side': 'japan', 'area': 'solomons', 'troops': 25, 'aircraft': 0, 'until': '1944-02-29',
     'note': 'The 17th Army on Guadalcanal and Bougainville, late 1942: the Tokyo Express and the convoys',
     'source': 'GAMBLE-2010'},
    {'side': 'japan', 'area': 'marshalls', 'troops': 20, 'aircraft': 0,
     'note': 'The garrisons of Kwajalein, Jaluit, Mili, Maloelap, Wotje and Eniwetok (about 25,000 men by 1943)',
     'source': 'T'},
    {'side': 'japan', 'area': 'carolines', 'troops': 10, 'aircraft': 0, 'until': '1944-07-31',
     'note': ("Truk's base forces and the Fourth Fleet's shore establishment (about 15,000 men in 1943), supplied "
              'by sea until the Marianas fell'),
     'source': 'T'},
]
BASE_SUPPLY = {
    'kgtPerHundredAircraft': 4,
    'kgtPerTenWarships': 6,
    'unshown': UNSHOWN,
    'starvePercent': 3,
}

s = json.load(open(PATH))
s['rules']['shipping']['baseSupply'] = BASE_SUPPLY
ensure_sources(s, ['MILLER-1959', 'GAMBLE-2010', 'DESIGN', 'T'])
write(PATH, s)
print(f'{PATH}: baseSupply {BASE_SUPPLY["kgtPerHundredAircraft"]} per 100 aircraft, '
      f'{BASE_SUPPLY["kgtPerTenWarships"]} per 10 warships, '
      f'{sum(u["troops"] for u in UNSHOWN)} thousand men unshown, starve {BASE_SUPPLY["starvePercent"]}%')

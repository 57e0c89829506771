"""Range and supply (issue 12 item 1): every bundled scenario gets `rules.endurance` (how far
each ship class sails from a fuelled port and the ports that hold fuel for each side; the
fleet train of oilers that refuels at sea is oilers.py's) and `rules.supply` (the areas that supply a side's
armies; an army cut off from all of them cannot attack). Areas a scenario does not have are
left out. Idempotent: re-running it sets the same values.

Run from the repository root: python3 scripts/data/range.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import ensure_sources, write  # noqa: E402

SCENARIOS = ['pacific-1941', 'oil-clock-1941', 'southern-oil-1942', 'midway-1942', 'road-to-tokyo-1944']

# Half the endurance at cruising speed (B16): the other half is the way back, or on to another
# base, and the reserve burned at battle speed. Japanese destroyers and light cruisers were
# short-legged (Kagero 5,000 nm at 18 kn, Nagara 5,000 nm at 14 kn); the carriers and
# battleships reached about 4,000 nm (Akagi 8,200 nm at 16 kn, Nagato 8,650 nm at 16 kn,
# Yamato 7,200 nm at 16 kn). US ships were built for the Pacific distances (Fletcher 6,500 nm
# at 15 kn, Yorktown 12,500 nm at 15 kn, Essex 20,000 nm at 15 kn; the old battleships about
# 8,000 nm at 10 kn). Submarines and merchant ships were not what limited a fleet here.
RADIUS = {
    'japan': {'fleet-carrier': 4000, 'light-carrier': 4000, 'escort-carrier': 4000, 'battleship': 4000,
              'heavy-cruiser': 4000, 'light-cruiser': 2500, 'cruiser': 3000, 'destroyer': 2500,
              'escort': 3000, 'submarine': 7000, 'transport': 5000},
    'allies': {'fleet-carrier': 6000, 'light-carrier': 6000, 'escort-carrier': 5000, 'battleship': 4000,
               'heavy-cruiser': 5000, 'light-cruiser': 5000, 'cruiser': 5000, 'destroyer': 3000,
               'escort': 2500, 'submarine': 5500, 'transport': 6000},
}

# Ports with fuel: the fleet bases with their tank farms, the oil ports, and the forward
# anchorages where tankers and the Service Squadrons lay (CARTER-1953). A base fuels only while
# its side holds it, from its date. The game's areas stand for the anchorages in them: the
# Marshalls for Majuro, Kwajalein and Eniwetok; the Marianas for Saipan (and Guam's Apra
# Harbor); New Guinea for Milne Bay, Hollandia and Manus; the Solomons for Tulagi and Purvis
# Bay; New Caledonia-Fiji for Noumea and Espiritu Santo; Leyte for San Pedro Bay; the Ryukyus
# for Buckner Bay. Ulithi, in the western Carolines, is the Marianas' and Palau's neighbour in
# the game and counts with Palau.
BASES = [
    ('japan', 'home-islands', None, 'Kure, Yokosuka, Sasebo and Maizuru', 'T'),
    ('japan', 'kuriles', None, 'Hitokappu Bay, where the Pearl Harbor force fuelled and sailed (November 1941)', 'B7'),
    ('japan', 'kuriles-sakhalin', None, 'Hitokappu Bay, where the Pearl Harbor force fuelled and sailed (November 1941)', 'B7'),
    ('japan', 'formosa', None, 'Takao and Mako', 'T'),
    ('japan', 'indochina-south', None, 'Cam Ranh Bay and Saigon (from July 1941)', 'T'),
    ('japan', 'carolines', None, "Truk, the Combined Fleet's forward anchorage until February 1944", 'T'),
    ('japan', 'palau', None, 'Koror', 'T'),
    ('japan', 'marianas', None, 'Saipan', 'T'),
    ('japan', 'singapore', None, 'Seletar, the captured naval base, and the Lingga anchorage near the oil', 'T'),
    ('japan', 'sumatra', None, 'Palembang oil and the Lingga roads, where the fleet lay in 1944 for fuel', 'O5'),
    ('japan', 'borneo', None, 'Balikpapan, Tarakan and Brunei: oil fuel at the wells', 'O5'),
    ('japan', 'rabaul', None, "Simpson Harbour, the 8th Fleet's base from 1942", 'T'),
    ('japan', 'luzon', None, 'Manila Bay, once taken', 'T'),
    ('allies', 'us-west-coast', None, 'San Pedro, San Diego and San Francisco', 'T'),
    ('allies', 'hawaii', None, 'Pearl Harbor, whose tank farm the attack missed', 'B7'),
    ('allies', 'alaska', None, 'Kodiak', 'T'),
    ('allies', 'aleutians', None, 'Dutch Harbor and, from 1942, Adak', 'T'),
    ('allies', 'eastern-australia', None, 'Sydney and Brisbane', 'T'),
    ('allies', 'australia', None, 'Sydney, Brisbane and Darwin', 'T'),
    ('allies', 'india', None, 'Bombay', 'T'),
    ('allies', 'ceylon', None, 'Trincomalee and Colombo', 'T'),
    ('allies', 'singapore', None, 'the Singapore naval base', 'T'),
    ('allies', 'luzon', None, 'Cavite and Olongapo, the Asiatic Fleet', 'T'),
    ('allies', 'java', None, 'Surabaya and Tjilatjap', 'T'),
    ('allies', 'new-caledonia-fiji', '1942-03-01', 'Noumea, and Espiritu Santo from mid-1942', 'CARTER-1953'),
    ('allies', 'solomons', '1942-09-01', 'Tulagi and Purvis Bay, once held', 'CARTER-1953'),
    ('allies', 'new-guinea', '1942-06-01', 'Milne Bay; Hollandia and Manus (Seeadler Harbor) from 1944', 'CARTER-1953'),
    ('allies', 'marshalls', None, 'Majuro, Kwajalein and Eniwetok, the anchorages of Service Squadron 10 from February 1944', 'CARTER-1953'),
    ('allies', 'marianas', None, 'Saipan, once taken (June 1944)', 'CARTER-1953'),
    ('allies', 'guam', '1944-08-01', 'Apra Harbor, once retaken (August 1944)', 'CARTER-1953'),
    ('allies', 'palau', '1944-09-01', 'Kossol Roads and Ulithi (from September 1944)', 'CARTER-1953'),
    ('allies', 'mindanao-leyte', '1944-11-01', 'San Pedro Bay, Leyte, once taken (late 1944)', 'CARTER-1953'),
    ('allies', 'leyte', '1944-11-01', 'San Pedro Bay, once taken (late 1944)', 'CARTER-1953'),
    ('allies', 'ryukyus', '1945-05-01', 'Buckner Bay, Okinawa, once taken (1945)', 'CARTER-1953'),
]

# Oilers at sea: the fleet train is ships (flotillas of class `oiler`) and `rules.endurance.oilers`,
# written by oilers.py (run after this script); what that script wrote is kept here.

# What supplies a side's armies: its home, its arsenals and its main bases overseas (T).
SOURCES = [
    ('japan', 'home-islands', 'the home arsenals'),
    ('japan', 'korea', 'Korea, by rail from the home islands'),
    ('japan', 'manchuria', "the Kwantung Army's Manchurian arsenals"),
    ('japan', 'north-china', 'the North China Area Army'),
    ('japan', 'central-china', 'the China Expeditionary Army (Shanghai, Nanking)'),
    ('japan', 'singapore', "the Southern Army's base from 1942"),
    ('allies', 'us-west-coast', 'the United States'),
    ('allies', 'hawaii', 'Oahu, the Central Pacific base'),
    ('allies', 'alaska', 'Alaska'),
    ('allies', 'eastern-australia', 'the Australian base'),
    ('allies', 'australia', 'the Australian base'),
    ('allies', 'india', 'the Indian base'),
    ('allies', 'west-china', 'Chungking: Chinese arsenals, the Burma Road and the Hump'),
    ('allies', 'soviet-far-east', 'the Soviet Far East (the Trans-Siberian railway)'),
]

# The least fleet and air power that closes a sea lane to an army's supply: about two
# battleships or a carrier's air group (a destroyer flotilla alone does not; the Tokyo Express
# supplied Guadalcanal by night past a stronger US fleet, B12).
CUT_POWER = 30


def endurance_for(s):
    areas = {a['id']: a for a in s['areas']}
    bases = []
    for side, area, since, note, source in BASES:
        a = areas.get(area)
        if not a or not a.get('port'):
            continue
        b = {'side': side, 'area': area}
        if since and since > s['calendar']['start']:
            b['from'] = since
        b['note'] = note
        b['source'] = source
        bases.append(b)
    return {'radiusNm': json.loads(json.dumps(RADIUS)), 'bases': bases}


def supply_for(s):
    areas = {a['id'] for a in s['areas']}
    return {'sources': [{'side': side, 'area': area, 'note': note, 'source': 'T'}
                        for side, area, note in SOURCES if area in areas],
            'cutPower': CUT_POWER}


def main():
    for name in SCENARIOS:
        path = f'scenarios/{name}.json'
        s = json.load(open(path))
        old = s['rules'].get('endurance') or {}
        e = endurance_for(s)
        # The fleet train's rule and the oilers' own radius are oilers.py's.
        if 'oilers' in old:
            e['oilers'] = old['oilers']
        for side in ('japan', 'allies'):
            if 'oiler' in old.get('radiusNm', {}).get(side, {}):
                e['radiusNm'][side]['oiler'] = old['radiusNm'][side]['oiler']
        s['rules']['endurance'] = e
        s['rules']['supply'] = supply_for(s)
        used = {b['source'] for b in s['rules']['endurance']['bases']}
        used |= {'T', 'B16', 'B12'}
        ensure_sources(s, sorted(used))
        write(path, s)


if __name__ == '__main__':
    main()

"""The fleet train as ships that can be sunk (issue 12 item 1): every bundled scenario gets
oiler flotillas (class `oiler`) at their historical numbers and dates, and
`rules.endurance.oilers` (how far beyond a class's radius ships with oilers reach, and how many
warships one oiler fuels) in place of the old dated `fleetTrain` extra. The format is version 3.
Idempotent: the oilers this script owns (by id) are removed and added again, `fleetTrain` is
dropped. Run after range.py (which writes the rest of `rules.endurance`).

Run from the repository root: python3 scripts/data/oilers.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import ensure_sources, write  # noqa: E402

# Beyond the radius: the Pearl Harbor force refuelled from its oilers on the way and reached
# about 1,000 nm farther than its destroyers could alone (B7); the US fleet oilers of 1942 and the
# Service Squadrons' oilers kept the carriers at sea (CARTER-1953). An oiler fuels about four
# warships between calls at a port: eight oilers (with the seven or eight of the Pearl Harbor
# force) for the 20-odd warships whose destroyers and light cruiser needed fuel at sea (B7);
# Neosho for TF 17's ten ships on the way to the Coral Sea, with Tippecanoe behind (B8).
OILERS_RULE = {
    'shipsPerOiler': 4,
    'extraNm': {'japan': 1000, 'allies': 1500},
    'note': 'oilers that sail with the fleet refuel it at sea: the Pearl Harbor force (B7), Neosho, Platte '
            'and Cimarron with the carriers of 1942, the Service Squadrons of 1944',
    'source': 'CARTER-1953',
}

# An oiler's own reach: tankers carried their fuel (half the endurance of a 1940s fleet oiler).
OILER_RADIUS = 8000

# (scenario, id, name, side, count, where, date or None for the start, note, source).
# `where` is a list: the first area the scenario has (and, for a start force, that its side holds).
OILERS = [
    # The grand campaign and the opening.
    ('pacific-1941', 'kido-butai-oilers', 'Combined Fleet oilers', 'japan', 8, ['home-islands'], None,
     'the fleet oilers of the Combined Fleet (Kyokutō, Kenyō, Kokuyō, Shinkoku, Tōhō, Tōei, Nippon and Akebono Maru with the Pearl Harbor force)', 'B7'),
    ('pacific-1941', 'mobile-fleet-oilers', 'Mobile Fleet oilers', 'japan', 4, ['singapore', 'home-islands'], '1944-03-01',
     'tankers assigned to the Mobile Fleet at Lingga and Tawi-Tawi (six with it at the Philippine Sea, Genyō and Seiyō Maru sunk)', 'B13'),
    ('pacific-1941', 'pacific-fleet-oilers', 'Pacific Fleet oilers', 'allies', 6, ['hawaii'], None,
     'the fleet oilers at Pearl Harbor: Neosho, Platte, Cimarron, Sabine, Kaskaskia, Guadalupe', 'CARTER-1953'),
    ('pacific-1941', 'new-fleet-oilers-1942', 'Fleet oilers of 1942', 'allies', 4, ['hawaii'], '1942-07-01',
     'the Cimarron-class oilers completed in 1942', 'CARTER-1953'),
    ('pacific-1941', 'service-squadron-10', 'Service Squadron 10', 'allies', 12, ['hawaii'], '1943-11-01',
     'Service Squadrons 4 and 10: the oilers that refuelled the fleet at Majuro, Eniwetok and at sea', 'CARTER-1953'),
    ('pacific-1941', 'logistic-support-group', 'Logistic Support Group', 'allies', 12, ['hawaii'], '1944-06-01',
     "Service Squadron 8's oilers at sea with the fast carriers (34 by 1945)", 'CARTER-1953'),
    ('oil-clock-1941', 'kido-butai-oilers', 'Combined Fleet oilers', 'japan', 8, ['home-islands'], None,
     'the fleet oilers of the Combined Fleet (with the Pearl Harbor force)', 'B7'),
    ('oil-clock-1941', 'pacific-fleet-oilers', 'Pacific Fleet oilers', 'allies', 6, ['hawaii'], None,
     'the fleet oilers at Pearl Harbor: Neosho, Platte, Cimarron, Sabine, Kaskaskia, Guadalupe', 'CARTER-1953'),
    ('southern-oil-1942', 'kido-butai-oilers', 'Combined Fleet oilers', 'japan', 8, ['home-islands'], None,
     'the fleet oilers of the Combined Fleet', 'B7'),
    ('southern-oil-1942', 'asiatic-fleet-oilers', 'Asiatic Fleet oilers', 'allies', 2, ['java', 'australia'], None,
     'Pecos and Trinity, the Asiatic Fleet\'s oilers (Pecos sunk on 1 March 1942)', 'CARTER-1953'),
    # Midway: the Kidō Butai's supply group and the Main Body's; Cimarron and Platte with TF 16.
    ('midway-1942', 'kido-butai-oilers', 'Kidō Butai oilers', 'japan', 5, ['home-islands'], None,
     "the Kidō Butai's supply group: Kyokutō, Shinkoku, Tōhō, Nippon and Kokuyō Maru", 'B9'),
    ('midway-1942', 'main-body-oilers', 'Main Body oilers', 'japan', 3, ['home-islands'], None,
     "the Main Body's and the Invasion Force's oilers", 'B9'),
    ('midway-1942', 'tf16-17-oilers', 'Cimarron and Platte', 'allies', 2, ['hawaii'], None,
     'Cimarron and Platte, with the carriers since the Doolittle raid', 'CARTER-1953'),
    # The road to Tokyo: the Mobile Fleet's two supply groups, and Service Squadron 10 at Majuro.
    ('road-to-tokyo-1944', 'mobile-fleet-oilers', 'Mobile Fleet oilers', 'japan', 6, ['singapore', 'home-islands'], None,
     'the Mobile Fleet\'s two supply groups (Genyō and Seiyō Maru sunk at the Philippine Sea)', 'B13'),
    ('road-to-tokyo-1944', 'service-squadron-10', 'Service Squadron 10', 'allies', 24, ['marshalls', 'hawaii'], None,
     'Service Squadron 10 at Majuro and Eniwetok, and the oilers at sea with the fast carriers', 'CARTER-1953'),
]

SCENARIOS = sorted({o[0] for o in OILERS})


def main():
    for name in SCENARIOS:
        path = f'scenarios/{name}.json'
        s = json.load(open(path))
        s['schemaVersion'] = 3
        ours = {o[1] for o in OILERS if o[0] == name}
        s['forces'] = [f for f in s['forces'] if f['id'] not in ours]
        s['reinforcements'] = [r for r in s.get('reinforcements', []) if r['force']['id'] not in ours]
        e = s['rules'].get('endurance')
        if e is not None:
            e.pop('fleetTrain', None)
            e['oilers'] = OILERS_RULE
            for side in ('japan', 'allies'):
                e['radiusNm'][side]['oiler'] = OILER_RADIUS
        areas = {a['id']: a for a in s['areas']}
        used = {OILERS_RULE['source']}
        start = s['calendar']['start']
        for scen, fid, fname, side, count, where, date, note, source in OILERS:
            if scen != name:
                continue
            here = [a for a in where if a in areas and areas[a].get('port')]
            if date is None:
                here = [a for a in here if areas[a].get('owner') == side] or here
            if not here:
                continue
            force = {'id': fid, 'name': fname, 'side': side, 'type': 'flotilla', 'class': 'oiler',
                     'location': here[0], 'count': count}
            used.add(source)
            if date is None or date <= start:
                s['forces'].append(force)
            else:
                rs = s['reinforcements']
                at = len(rs)
                while at > 0 and rs[at - 1]['date'] > date:
                    at -= 1
                rs.insert(at, {'date': date, 'force': force, 'source': source})
        ensure_sources(s, sorted(used))
        write(path, s)


if __name__ == '__main__':
    main()

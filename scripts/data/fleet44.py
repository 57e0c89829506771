"""Japan's battleships and fleet carriers lost in 1944-45 (docs/CALIBRATION.md section 1n; issue 12).

Run from the repository root after us42.py (which rewrites `rules.combat.crippled`):
`python3 scripts/data/fleet44.py`. Idempotent: in each scenario it replaces the Japanese entries of
`rules.combat.crippled` whose note starts with JP_NOTE's first words by the one below, keeps the
rest, replaces the Allied `rules.combat.coveringFleet` entries with the notes below (keeping
others), sets `rules.will.japan.pressures.fleet.max` where the scenario has it, adds the sources it cites to `meta.sources` when missing, and changes nothing else.

Crippled Japanese ships that could not get away, from 1944 (`rules.combat.crippled`, engine
src/engine/combat/crippled.ts). In 1942 Japan's cripples kept their speed and went home (Shokaku
twice, Zuiho: bomb hits, B8 B12), and us42.py gives Japan no entry. By 1944 the US fleet held the
air over the battle and its submarines worked the routes home: a Japanese heavy ship left crippled
while the enemy was still there was finished. At the Philippine Sea Taiho and Shokaku, each stopped
by submarine torpedoes, blew up within hours, and Hiyo, slowed by an aerial torpedo, was sunk by
the next strike (B13); at Leyte Gulf Musashi, slowed by torpedoes in the Sibuyan Sea, was struck
again until she sank, Fuso and Yamashiro, stopped by destroyers' torpedoes at Surigao, were
finished, and Zuikaku and Chiyoda, crippled off Cape Engano, were sunk by later strikes and by
cruisers' gunfire (B14); Yamato, stopped by torpedoes on 7 April 1945, was struck until she
capsized (YAMATO-CLASS, L4). Against them, in 1944-45 few crippled heavy ships got home (Junyo at the Philippine
Sea; Kumano after Samar, to be sunk a month later - B13 B14). 75% at 50% damage, the Allies' own
1942 figures, not fitted. Every class, as the Allied entry.

`torpedoes`: the entry applies after a submarine attack too (src/engine/phases/submarine-attacks.ts).
The US boats sank five of Japan's heavy ships in 1944, each within hours of hits a better-served ship
survived: Taiho (one torpedo, petrol vapour) and Shokaku (three, fire) at the Philippine Sea, Kongo
(two, a magazine), Shinano (four, a green crew and open watertight doors), Unryu (two) - B13,
BLAIR-1975. Without it a torpedo (15 points) cripples a carrier or a damaged battleship, and she
always reaches the yard.

`JP_CRIPPLED_LOST=<percent>` (0: the entry is removed), `JP_CRIPPLED_DAMAGE=<percent>` and
`JP_CRIPPLED_TORPEDOES=0|1` set other values for an experiment (docs/CALIBRATION.md section 1n lists
the ones tried).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import BUNDLED_SCENARIOS, bundled_scenarios, ensure_sources, write  # noqa: E402

SCENARIOS = BUNDLED_SCENARIOS
LOST = int(os.environ.get('JP_CRIPPLED_LOST', '75'))
DAMAGE = int(os.environ.get('JP_CRIPPLED_DAMAGE', '50'))
TORPEDOES = os.environ.get('JP_CRIPPLED_TORPEDOES', '1') == '1'
# Ships passing through a sea area on their way meet the boats there (`rules.combat.submarineAttacks.
# transitPercent`, by the boats' side; src/engine/phases/submarine-attacks.ts): the share of a month's
# attacks. Ultra put the US boats on the Japanese fleet's routes - Darter and Dace in the Palawan
# Passage on 23 October 1944 (Atago and Maya sunk, Takao crippled), Albacore and Cavalla on the Mobile
# Fleet's way to the Philippine Sea, Sealion on Kongo's in the Formosa Strait, Archerfish on Shinano's,
# Redfish on Unryu's (BLAIR-1975, B13 B14). None for the Japanese boats, kept with the fleet and
# without Ultra's routing (BOYD-YOSHIDA-1995): the Allied losses of 1942 are as before.
# `TRANSIT=<percent>` sets another value for an experiment (0: none).
TRANSIT = int(os.environ.get('TRANSIT', '0'))
# The Allied fleet covering a landing holds to the beachhead and does not pursue (`rules.combat.
# coveringFleet`; src/engine/combat/covering.ts, crippled.ts): in Spruance's Fifth Fleet from the Gilberts
# (November 1943) the carriers' first task was the landing. At Saipan he would not be drawn west; the
# one strike of 20 June 1944 went out at dusk at the limit of range, sank Hiyo and hit Zuikaku, Chiyoda,
# Junyo and Haruna, and they got away (B13). Nimitz's Operation Plan 8-44 of 27 September 1944 made the
# destruction of the enemy fleet Halsey's primary task at Leyte, and he ran north after it (B14); from
# then the entry says the fleet pursues (Yamato, struck to the end off Okinawa - L4). Without it the
# game's June 1944 sank Yamato or Musashi with the Mobile Fleet in a third of games (section 1n).
# `COVER_HOLDS=0` removes the entries for an experiment.
COVER_HOLDS = os.environ.get('COVER_HOLDS', '1') == '1'
COVER_NOTE_HOLDS = 'Fifth Fleet: the landing first; at Saipan Spruance held to the beachhead and the cripples got away'
COVER_NOTE_PURSUES = 'Operation Plan 8-44 (27 September 1944): the enemy fleet\'s destruction the primary task'
COVER_ENTRIES = [
    {'side': 'allies', 'from': '1943-11-01', 'holdsToBeachhead': True, 'note': COVER_NOTE_HOLDS, 'source': 'B13'},
    {'side': 'allies', 'from': '1944-09-27', 'holdsToBeachhead': False, 'note': COVER_NOTE_PURSUES, 'source': 'B14'},
]
# Japan's will counts the fleet lost (`rules.will.japan.pressures.fleet`: up to `max` at the whole fleet
# lost, in the scenarios that have it). Its max 10 was set against the game's end of play when the game
# sank fewer of Japan's capital ships (20.1 a game, main at 98c0a10); with the cripples of 1944 it sinks
# 23.2 and the end moved earlier (atomic bombs 65% -> 57%). History lost the whole fleet by July 1945
# and fought on (USSBS-END). 8 (about 10 x 20.1 / 23.2) gives back the end of play of before: games
# ending June / July / August / September 1945 15 / 13 / 8 / 64 (before 12 / 14 / 9 / 65), atomic bombs
# 64% (65%), the Road to Tokyo's p50 1945-07 (1945-07); 6 overshoots (70%). docs/CALIBRATION.md 1n.
# `FLEET_WILL_MAX=<n>` sets another value for an experiment.
FLEET_WILL_MAX = int(os.environ.get('FLEET_WILL_MAX', '8'))
JP_NOTE = ('1944-45: Taiho, Shokaku, Hiyo (Philippine Sea), Musashi, Fuso, Yamashiro, Zuikaku (Leyte Gulf) '
           'and Yamato (Ten-Go), crippled under US air and sea command, could not get away')
JP_ENTRY = {'side': 'japan', 'from': '1944-01-01', 'damagePercent': DAMAGE, 'lostPercent': LOST,
            'torpedoes': TORPEDOES, 'note': JP_NOTE, 'source': 'B14'}


def main():
    for path, s in bundled_scenarios(SCENARIOS):
        combat = s['rules'].setdefault('combat', {})
        kept = [e for e in combat.get('crippled', [])
                if not (e['side'] == 'japan' and e.get('note', '').startswith(JP_NOTE[:30]))]
        if LOST > 0:
            kept.append(dict(JP_ENTRY))
        combat['crippled'] = kept
        covering = [e for e in combat.get('coveringFleet', [])
                    if e.get('note') not in (COVER_NOTE_HOLDS, COVER_NOTE_PURSUES)]
        if COVER_HOLDS:
            covering += [dict(e) for e in COVER_ENTRIES]
        if covering:
            combat['coveringFleet'] = covering
        else:
            combat.pop('coveringFleet', None)
        fleet = s['rules'].get('will', {}).get('japan', {}).get('pressures', {}).get('fleet')
        if fleet is not None:
            fleet['max'] = FLEET_WILL_MAX
        subs = combat.get('submarineAttacks')
        if subs is not None:
            if TRANSIT > 0:
                subs['transitPercent'] = {'allies': TRANSIT}
            else:
                subs.pop('transitPercent', None)
        ensure_sources(s, ['B13', 'B14', 'BLAIR-1975', 'L4', 'YAMATO-CLASS'] + (['USSBS-END'] if fleet is not None else []) + (['BOYD-YOSHIDA-1995'] if TRANSIT > 0 else []))
        write(path, s)
        print(f'{path}: Japanese cripples from 1944 lost {LOST}% at {DAMAGE}% damage'
              + (f'; boats meet ships in transit at {TRANSIT}%' if subs is not None and TRANSIT > 0 else '')
              + ('; the Allied fleet covering a landing holds to the beachhead until 27 September 1944' if COVER_HOLDS else '')
              + (f"; Japan's fleet will pressure max {FLEET_WILL_MAX}" if fleet is not None else ''))


if __name__ == '__main__':
    main()

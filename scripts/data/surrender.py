"""When Japan's leaders give up: the doubt and the breaking point of the grand campaign (issue 11;
docs/CALIBRATION.md section 0, "The end").

Run from the repository's root: `python3 scripts/data/surrender.py`. Idempotent: in
`scenarios/pacific-1941.json` it sets `calendar.lastTurn` (and `meta.period`, which says so), `victory.surrenderWill` and
`rules.will.japan.decision.doubtBelow`, drops the what-ifs' `set-last-turn` changes that the new
calendar makes redundant, and changes
nothing else. Values can be tried with `SURRENDER_WILL=`, `DOUBT_BELOW=`, `LAST_TURN=`.

The engine (src/engine/phases/will.ts) asks Japan's leaders each month, below the doubt level,
whether they give up; the chance rises in a straight line from 0 at the doubt level to certainty at
the breaking point, and the month's roll is the seed's own (the same seed's cabinet meets each
month in the same temper, whatever else happened: a what-if moves the end only through the will).

- Breaking point 0 (was 10). Even after Hiroshima, Nagasaki and the Soviet entry the Supreme War
  Council was split three to three, the Emperor had to decide twice (9-10 and 14 August 1945) and
  officers of the War Ministry tried a coup the night before the broadcast (HASEGAWA-2005,
  FRANK-1999): the surrender came from a decision, not from a level. Certain only at 0.
- Doubt from 31 (was 30 at the eighth session, 24 before): the will the game's Japan has in the month Okinawa falls (28-31 at the
  June 1945 turn in historical play, seeds 1..60). On 22 June 1945 the Emperor asked the Supreme
  War Council to seek an end to the war, and the approach to Moscow followed (HASEGAWA-2005); some
  historians argue that a surrender in July was within reach had the Allies promised to keep the
  Emperor, others that nothing short of the shocks of August would do (FRANK-1999, ASADA). A chance
  of a few per cent a month from June, most of it in August, says both. 31, the top of that range,
  since the ninth session: with the Pearl Harbor sortie's oil paid once (pearl_oil_once.py) and the
  lifeguard boats (ship46.py) Japan held out a little longer, and at 30 only 8.6% of games ended by
  the June 1945 turn (p10-p90 of the end one month, against issue 11's two); at 31, 12% (seeds
  1..500, `npx tsx bench/end-months.ts <file> 1 500`: May 17, June 43, July 87, August 315,
  September 37, October 1).
  Doubt from 33 since the eleventh session: with the mines laid only by the B-29s beyond the first hundred
  and the 1945 convoy trickle (mine49.py) and the Tokyo Express (air49.py), Japan's will at the June 1945
  turn is 25-32 (seeds 1..12) and at 31 only 34 of 500 games ended by the June turn: the end's p10 fell to
  August and p10-p90 to the two months' edge (`bench/end-months.ts`, seeds 1..500, doubt 31 / 32 / 33: by
  the June turn 34 / 53 / 77 games, by the August turn 440 / 446 / 456). At 33, a point above the top of
  that range, the June cabinet's chance is a few per cent to about a quarter (will 32 to 25), and the
  spread of two months holds with room on both sides.
- The game runs to March 1946 (turn 57; was September 1945, turn 51): the date of Coronet, the
  second landing of the planned invasion (DOWNFALL). USSBS-END holds that Japan would have
  surrendered before the end of 1945 even without the bombs, the Soviet entry or an invasion; with
  the calendar stopped in September 1945 a Japan that did not give up in August could not be seen
  to give up later, and the no-bombs and no-Soviet-entry what-ifs ran to March 1946 on their own.
"""
import os

from scenario_json import bundled_scenarios, write

SURRENDER_WILL = int(os.environ.get('SURRENDER_WILL', '0'))
DOUBT_BELOW = int(os.environ.get('DOUBT_BELOW', '33'))
LAST_TURN = int(os.environ.get('LAST_TURN', '57'))

for path, s in bundled_scenarios(['scenarios/pacific-1941.json']):
    s['calendar']['lastTurn'] = LAST_TURN
    s['meta']['period'] = 'July 1941 – September 1945 (play may run to March 1946)'
    s['victory']['surrenderWill'] = SURRENDER_WILL
    s['rules']['will']['japan']['decision']['doubtBelow'] = DOUBT_BELOW
    for w in s.get('whatIfs', []):
        w['changes'] = [c for c in w['changes'] if not (c['op'] == 'set-last-turn' and c['turn'] == LAST_TURN)]
    # The values carry no source field in the scenario (its will rules have none); the reasoning and
    # its sources are here and in docs/CALIBRATION.md, so meta.sources gains nothing.
    s['meta']['sources'] = [x for x in s['meta']['sources'] if x['key'] != 'DOWNFALL']
    write(path, s)
    print(f'{path}: last turn {LAST_TURN}, surrender at will {SURRENDER_WILL}, doubt below {DOUBT_BELOW}')

"""Issue 12's loss calibration: the historical plan's ships where and when they were. Plan data
only, idempotent (steps are replaced by their note, inserted in date order).

Run from the repository root: `python3 scripts/data/battles.py` (after calib.py). See
docs/CALIBRATION.md section 1f, "Losses by year, re-fitted", for the per-battle logs that found
each fault (`npx tsx bench/battle-log.ts --seeds 100`).

1. November 1942 (B12, T). The plan sent the 3rd Fleet's carriers and all four Kongo-class
   battleships to the Coral Sea in October for Santa Cruz, and no step took them away again: they
   fought the Allied carriers and Henderson Field's aircraft a second month, and lost the four
   battleships and Shokaku or Zuikaku in most games. After Santa Cruz (26 October) Shokaku and
   Zuiho, both hit, went home to be repaired; Zuikaku, her air group shot up, with Jun'yo, Kongo
   and Haruna went back to Truk; only Hiei and Kirishima came south again, to bombard Henderson
   Field, and were lost there (13 and 15 November). The two survivors, if any, go to Truk in
   December.
2. November 1944 (B14, T). The old battleships and escort carriers of Leyte (Oldendorf's TG 77.2
   and the Taffies) stayed in the Celebes Sea, the plan's sea for Leyte's southern approaches,
   for November and December, alone against the 4th Air Army and the 1st Air Fleet, which sank
   all of them in many games (history: none, the kamikazes damaged some). After the battle they
   went back to the fleet anchorages (Kossol Roads, Manus, Ulithi) to prepare for Lingayen, which
   the plan's January step sends them to.
3. Submarines against warships (rules.combat.submarineAttacks, phases/submarine-attacks.ts), the
   same values in every bundled scenario (one battle model): a boat in a sea area with the enemy's
   named warships makes a torpedo attack in 30 days with SUB_PERCENT's chance (the Allies' times
   their working torpedoes, rules.submarines.torpedoes), each hit doing SUB_HIT_POINTS damage (a
   fleet carrier has 30, a battleship 50). Japan's doctrine sent its boats after warships, the US
   boats' after shipping first (BOYD-YOSHIDA-1995, BLAIR-1975). docs/CALIBRATION.md 1f has the
   figures that chose the values.
5. Force Z (B15): Prince of Wales and Repulse reached Singapore on 2 December 1941, sailed on the
   8th against the Malaya landings and were sunk on the 10th by the 22nd Air Flotilla from Saigon.
   The plan sailed them a month late (the January 1942 turn), which put two battleships of 1941
   into the 1942 column of the losses: they arrived with the December turn (its events), too late
   for that turn's orders. They now arrive with the November turn's events (at Singapore when the
   December turn begins; history: 2 December) and the step sails them on the December 1941 turn,
   the one the Malaya landings are made in.
4. The 6th Fleet's submarines go to the Solomons for the Guadalcanal campaign (August-December
   1942: Saratoga torpedoed 31 August, Wasp sunk and North Carolina hit 15 September, Juneau sunk
   13 November) and back to Truk in January 1943 (BOYD-YOSHIDA-1995, B12). Before, the plan never
   moved them from the Inland Sea.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import write  # noqa: E402

AFTER_SANTA_CRUZ = {
    'date': '1942-11-01', 'until': '1942-12-01', 'side': 'japan',
    'orders': [{'type': 'move', 'force': f, 'to': to} for f, to in [
        ('shokaku', 'home-islands'), ('zuiho', 'home-islands'), ('zuikaku', 'carolines'),
        ('junyo', 'carolines'), ('kongo', 'carolines'), ('haruna', 'carolines')]],
    'note': 'After Santa Cruz the carriers go home or to Truk to repair and re-form their air groups; '
            'Kongo and Haruna go back to Truk; Hiei and Kirishima stay to bombard Henderson Field '
            '(Naval Battle of Guadalcanal, 13-15 November)',
    'source': 'B12',
}
HIEI_KIRISHIMA_BACK = {
    'date': '1942-12-01', 'until': '1943-01-01', 'side': 'japan',
    'orders': [{'type': 'move', 'force': f, 'to': 'carolines'} for f in ['hiei', 'kirishima']],
    'note': 'What is left of the bombardment force returns to Truk',
    'source': 'B12',
}
OLD_BATTLESHIPS = ['nevada', 'pennsylvania', 'maryland', 'tennessee', 'colorado', 'california-rebuilt',
                   'west-virginia-rebuilt', 'liscome-bay', 'st-lo', 'gambier-bay']
AFTER_LEYTE = {
    'date': '1944-11-01', 'until': '1944-12-01', 'side': 'allies',
    'when': {'type': 'control', 'area': 'marianas', 'side': 'allies'},
    'orders': [{'type': 'move', 'force': f, 'to': 'marianas'} for f in OLD_BATTLESHIPS],
    'note': 'After Leyte Gulf the old battleships and the escort carriers go back to the fleet '
            'anchorages (Ulithi, Kossol Roads, Manus) to prepare for Lingayen',
    'source': 'B14',
}

SUBS_TO_THE_SOLOMONS = {
    'date': '1942-08-01', 'until': '1942-09-01', 'side': 'japan',
    'orders': [{'type': 'move', 'force': 'jp-submarines-sixth', 'to': 'coral-sea'}],
    'note': "The 6th Fleet's submarines gather off Guadalcanal and across the US supply route "
            '(Saratoga torpedoed 31 August, Wasp sunk 15 September, Juneau 13 November)',
    'source': 'B12',
}
SUBS_TO_TRUK = {
    'date': '1943-01-01', 'until': '1943-02-01', 'side': 'japan',
    'orders': [{'type': 'move', 'force': 'jp-submarines-sixth', 'to': 'carolines'}],
    'note': "The 6th Fleet's submarines go back to Truk, to run supplies to the by-passed garrisons",
    'source': 'B12',
}

NEW_STEPS = {'pacific-1941': [AFTER_SANTA_CRUZ, HIEI_KIRISHIMA_BACK, AFTER_LEYTE, SUBS_TO_THE_SOLOMONS,
                              SUBS_TO_TRUK]}
SCENARIOS = ['pacific-1941', 'midway-1942', 'southern-oil-1942', 'road-to-tokyo-1944', 'oil-clock-1941']
SUB_PERCENT = {'japan': 3, 'allies': 3}
SUB_HIT_POINTS = 15


def add_steps(s, steps):
    plan = s['historicalPlan']
    for new in steps:
        plan[:] = [p for p in plan if p.get('note') != new['note']]
        # After the last step dated no later, so the plan stays in date order.
        at = max([i + 1 for i, p in enumerate(plan) if p['date'] <= new['date']], default=0)
        plan.insert(at, json.loads(json.dumps(new)))


FORCE_Z_NOTE = 'Force Z (Prince of Wales, Repulse) sails against the Malaya landings'


def sail_force_z(s):
    for r in s['reinforcements']:
        if r['force']['id'] in ('prince-of-wales', 'repulse'):
            r['date'] = '1941-11-01'
    for p in s['historicalPlan']:
        if p.get('note') == FORCE_Z_NOTE:
            p['date'] = '1941-12-01'
            p['until'] = '1942-01-01'
    # Keep the plan in date order (a stable sort leaves same-date steps as they were).
    s['historicalPlan'].sort(key=lambda p: p['date'])


def main():
    for sid in SCENARIOS:
        path = f'scenarios/{sid}.json'
        s = json.load(open(path, encoding='utf-8'))
        s['rules']['combat']['submarineAttacks'] = {'percentPerBoat': dict(SUB_PERCENT), 'hitPoints': SUB_HIT_POINTS}
        if sid in NEW_STEPS:
            add_steps(s, NEW_STEPS[sid])
        if sid == 'pacific-1941':
            sail_force_z(s)
        write(path, s)


if __name__ == '__main__':
    main()

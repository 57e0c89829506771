"""The grand campaign's teacher notes say the numbers the rules hold (twelfth play-through, issue 11).

Run from the repository's root: `python3 scripts/data/teacher_notes12.py`. Idempotent: in
`scenarios/pacific-1941.json` it rewrites two sentences of `meta.teacherNotes` from the scenario's own
rules, and changes nothing else.

- The will note said "Below 24, Japan's leaders may decide to give up each turn ...; at 10 they must",
  the values of the eighth session. surrender.py has since set the doubt to 33
  (`rules.will.japan.decision.doubtBelow`) and the breaking point to 0 (`victory.surrenderWill`): a
  teacher reading the note aloud told the class a number the game no longer uses. The sentence is now
  written from those two values, so the next change to surrender.py carries into the note.
- The first note said "51 monthly turns from July 1941 to September 1945", but the calendar runs to
  turn 57, March 1946 (`calendar.lastTurn`, surrender.py: the date of Coronet, DOWNFALL): the note now
  says that play may run on, as `meta.period` does.

The reasoning for the values and their sources are in surrender.py and docs/CALIBRATION.md; the
words only report them.
"""
import re

from scenario_json import bundled_scenarios, write

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']

for path, s in bundled_scenarios(['scenarios/pacific-1941.json']):
    doubt = s['rules']['will']['japan']['decision']['doubtBelow']
    breaking = s['victory']['surrenderWill']
    last = s['calendar']['lastTurn']
    y, m = (int(x) for x in s['calendar']['start'].split('-')[:2])
    end_m = m - 1 + last - 1
    last_month = f'{MONTHS[end_m % 12]} {y + end_m // 12}'
    notes = s['meta']['teacherNotes']
    will_re = re.compile(r"Below -?\d+, Japan's leaders may decide to give up each turn, the likelier the lower the "
                         r"will; at -?\d+ they must\.")
    will_text = (f"Below {doubt}, Japan's leaders may decide to give up each turn, the likelier the lower the will; "
                 f"at {breaking} they must.")
    turns_re = re.compile(r'The grand campaign: (?:\d+ monthly turns from July 1941 to September 1945'
                          r'|monthly turns from July 1941 to September 1945 \(turn 51\), and on to [A-Za-z]+ \d+ '
                          r'\(turn \d+\) if Japan fights on,) on a map')
    turns_text = (f'The grand campaign: monthly turns from July 1941 to September 1945 (turn 51), and on to '
                  f'{last_month} (turn {last}) if Japan fights on, on a map')
    found = {'will': 0, 'turns': 0}
    for i, note in enumerate(notes):
        if will_re.search(note):
            found['will'] += 1
            note = will_re.sub(will_text, note)
        if turns_re.search(note):
            found['turns'] += 1
            note = turns_re.sub(turns_text, note)
        notes[i] = note
    assert found == {'will': 1, 'turns': 1}, f'{path}: the sentences to rewrite were not found once each: {found}'
    write(path, s)
    print(f'{path}: teacher notes say doubt below {doubt}, breaking point {breaking}, last turn {last} ({last_month})')

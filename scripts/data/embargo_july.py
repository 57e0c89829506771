"""The Oil Clock's and the grand campaign's words about the embargo, true in July 1941 as well as after
(ui29; play25 §4.6).

Run from the repository's root: `python3 scripts/data/embargo_july.py`. Idempotent. It changes words only,
in `scenarios/oil-clock-1941.json` and (below) `scenarios/pacific-1941.json`:

- The `negotiate` and `strike-north` choices' descriptions said "the embargo stays", and the
  `strike-north` event's message "There is no oil in Siberia, and the embargo stays". The scenario opens in
  July 1941, and the embargo begins on 1 August (the `embargo` event: assets frozen 26 July, oil banned
  1 August 1941 — O5): a student deciding in July read that an embargo not yet in force "stays". They now
  say that the American oil embargo, from 1 August 1941, is not lifted — true before and after it begins.
  Neither choice's effects, nor the embargo event, change: no result changes (the scenario's hash and its
  golden replay do, for the words).
"""
import json
import sys

sys.path.insert(0, 'scripts/data')
from scenario_json import write  # noqa: E402

PATH = 'scenarios/oil-clock-1941.json'
NOT_LIFTED = 'the American oil embargo (from 1 August 1941) is not lifted'
CHOICES = {
    'negotiate': (
        'No war, no withdrawal: the embargo stays and the oil clock keeps running',
        f'No war, no withdrawal: {NOT_LIFTED} and the oil clock keeps running',
    ),
    'strike-north': (
        'No oil there: the embargo stays, and the Siberian war burns',
        f'No oil there, and {NOT_LIFTED}; the Siberian war burns',
    ),
}
EVENTS = {
    'strike-north': ('There is no oil in Siberia, and the embargo stays.', f'There is no oil in Siberia, and {NOT_LIFTED}.'),
}


def reword(text, old, new, where):
    if new in text:
        return text
    assert old in text, f'{PATH} {where}: neither the old nor the new words found'
    return text.replace(old, new)


s = json.load(open(PATH, encoding='utf-8'))
done = set()
for c in s['choices']:
    if c['id'] in CHOICES:
        c['description'] = reword(c['description'], *CHOICES[c['id']], f"choice {c['id']}")
        done.add(('choice', c['id']))
for e in s['events']:
    if e['id'] in EVENTS:
        for x in e['effects']:
            if x['type'] == 'message':
                x['text'] = reword(x['text'], *EVENTS[e['id']], f"event {e['id']}")
                done.add(('event', e['id']))
assert done == {('choice', k) for k in CHOICES} | {('event', k) for k in EVENTS}, done
write(PATH, s)
print(f'{PATH}: the embargo words hold in July 1941')

# The grand campaign opens in July 1941 too, with the same choices on its first turn (play25 §4.6,
# left by ui29): its words are walked the same way, every string in the file, so a description, a
# flag's or a message's words all hold in July.
PACIFIC = 'scenarios/pacific-1941.json'
PACIFIC_WORDS = [
    ('The embargo stays and every month burns oil', 'The American oil embargo (from 1 August 1941) is not lifted, and every month burns oil'),
    ('There is no oil in Siberia, and the embargo stays.', f'There is no oil in Siberia, and {NOT_LIFTED}.'),
    ('The talks go on. The embargo stays; the Navy', 'The talks go on. The American oil embargo (from 1 August 1941) is not lifted; the Navy'),
    ('the American embargo stays, and every army', f'{NOT_LIFTED}, and every army'),
    ('The embargo stays, the oil stock falls', 'The American oil embargo (from 1 August 1941) is not lifted, the oil stock falls'),
]


def reword_all(o, found):
    if isinstance(o, dict):
        return {k: reword_all(v, found) for k, v in o.items()}
    if isinstance(o, list):
        return [reword_all(v, found) for v in o]
    if isinstance(o, str):
        for old, new in PACIFIC_WORDS:
            if new in o:
                found.add(old)
            elif old in o:
                o = o.replace(old, new)
                found.add(old)
    return o


p = json.load(open(PACIFIC, encoding='utf-8'))
found = set()
p = reword_all(p, found)
assert found == {old for old, _ in PACIFIC_WORDS}, {old for old, _ in PACIFIC_WORDS} - found
write(PACIFIC, p)
print(f'{PACIFIC}: the embargo words hold in July 1941')

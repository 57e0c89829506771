"""The grand campaign's "War in the Pacific" message, true whatever month the war begins in (play31 §5.6).

Run from the repository's root: `python3 scripts/data/war_begins_words.py`. Idempotent. Words only.

The `war-begins` event fires when the war flag is raised, in any month a player decides for war. Its message
said "Thailand, invaded on 8 December, signs an alliance with Japan" and stated Germany's declaration as
fact: read in an October war, both were wrong. The message now says what happens in the game (Thailand
lets Japan in) and gives the real dates as the real war's (T: 8 December 1941; the alliance of 21 December;
Germany and Italy's declarations of 11 December).
"""
import json
import sys

sys.path.insert(0, 'scripts/data')
from scenario_json import write  # noqa: E402

PATH = 'scenarios/pacific-1941.json'
OLD = (
    'The US, Britain and the Netherlands are at war with Japan; Germany and Italy declare war on the US. '
    'Thailand, invaded on 8 December, signs an alliance with Japan.'
)
NEW = (
    'The US, Britain and the Netherlands are at war with Japan. Thailand gives way and lets the Japanese '
    'armies in. In the real war Japan landed in Thailand on 8 December 1941, Thailand signed an alliance '
    'with Japan on 21 December, and Germany and Italy declared war on the US on 11 December.'
)


def main():
    with open(PATH, encoding='utf-8') as f:
        s = json.load(f)
    ev = next(e for e in s['events'] if e['id'] == 'war-begins')
    msg = next(e for e in ev['effects'] if e['type'] == 'message')
    if msg['text'] == OLD:
        msg['text'] = NEW
    elif msg['text'] != NEW:
        raise SystemExit('war-begins: the message is neither the old nor the new words')
    write(PATH, s)


if __name__ == '__main__':
    main()

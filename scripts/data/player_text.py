"""What players read names no file and no source key mid-sentence (issue 11 item 6): every text a
player or a teacher reads in the five bundled scenarios (titles, summaries, teacher notes, prompts,
goals, event titles, notes and messages, decisions, flags, what-ifs, buildable and production
notes, rationing levels, chart labels, the Sources list's citations, names) loses its source keys
("(O4 derived)", "(e.g. B9, C5)", "source B9"), script tags ("[air.py]") and references to
working files ("docs/…", "HISTORY.md", "seeds/…").

Where the keys go: an item with a `source` field already shows that source on screen ("Source: …");
any other key a long text cited moves to one closing "Sources: K1, K2." sentence at its end, which
the game shows apart, as a Sources line (src/text/source-keys.ts). Short texts (chart labels,
ledger notes, plan notes, citations) only lose them; their `source` field keeps the main one.

The same rule is a lint (src/scenario/player-text-lint.ts, `npm run cli -- validate`), so a text
that slips through fails validation; the list of player-visible fields is the lint's.

Idempotent: a text already clean (with or without its closing Sources sentence) comes out the same.
It must run LAST in the data order — after short_air, air_legs and clark_field — because other
scripts write texts (air.py and short_air.py write production notes, fixed at the source to carry
no tag). From the repository root:

    python3 scripts/data/player_text.py && for f in scenarios/*-*.json; do npm run cli -- validate $f; done
"""
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from scenario_json import ensure_sources, write  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')

# Long texts: keys they cite beyond the item's own `source` move to a closing Sources sentence.
LONG = [
    r'meta\.teacherNotes\[\]',
    r'meta\.discussionPrompts\[\]\.prompt',
    r'meta\.summary',
    r'meta\.goals\.(japan|allies|afterwards|history\.text|japanOtherWay\.(text|againstHistory))',
    r'events\[\]\.note',
    r'events\[\]\.effects\[\]\.(text|why)',
    r'choices\[\]\.description',
    r'flags\[\]\.description',
    r'whatIfs\[\]\.description',
    r'buildables\[\]\.note',
    r'rules\.rationing\.levels\[\]\.note',
]
# Short texts: keys are dropped (the item's `source`, where it has one, keeps the main one).
# Not here: the historical plan's notes, which no player reads (the game shows the plan's orders,
# not its notes) and which the plan scripts find their steps by.
SHORT = [
    r'meta\.(title|period)',
    r'areas\[\]\.name',
    r'(forces\[\]|reinforcements\[\]\.force|buildables\[\]\.force|events\[\]\.effects\[\]\.force)\.name',
    r'buildables\[\]\.name',
    r'events\[\]\.title',
    r'choices\[\]\.label',
    r'flags\[\]\.name',
    r'resources\[\]\.(name|unit)',
    r'sides\.(japan|allies)\.name',
    r'whatIfs\[\]\.title',
    r'history\[\]\.label',
    r'production\[\]\.note',
    r'rules\.rationing\.levels\[\]\.name',
    r'rules\.fronts\[\]\.name',
    r'rules\..*\.note',
]
# The Sources list's citations: only reworded (REWORD), never stripped — a citation is bibliography.
CITATION_RE = re.compile(r'^meta\.sources\[\]\.citation$')
LONG_RE = re.compile('^(' + '|'.join(LONG) + ')$')
SHORT_RE = re.compile('^(' + '|'.join(SHORT) + ')$')

# Sentences whose keys stand outside brackets, or whose brackets say more than a key: reworded by
# hand (old → new; the new text is what a re-run finds, so each is applied once).
REWORD = [
    ("O4's figure for 1 January 1942", 'the recorded figure for 1 January 1942'),
    ("inside O4's 1.3–2.4 M", 'inside the recorded 1.3–2.4 M'),
    ('The game uses B7.', "The game uses Wikipedia's figures."),
    ('B5–B7: 6 carriers, 414 aircraft aboard', 'The striking force: 6 carriers, 414 aircraft aboard'),
    (' Code-breaking before Coral Sea: B3.', ''),
    ('S2 says 1.34 M', 'another count gives 1.34 M'),
    ('(O9 for the Navy\'s planned demand)', '(the Navy\'s planned demand)'),
    ('(S3: about 60%)', '(about 60% in the records)'),
    ('S8 counts 27 on patrol', 'the records count 27 on patrol'),
    ("(AF4 says 'as many as 1,000' by summer;", "(one source says 'as many as 1,000' by summer;"),
    ('(49.6 M bbl a year, O8: 4.13 M a month)', '(49.6 M bbl a year: 4.13 M a month)'),
    # Chart labels: what was derived, without the keys (the entry's source keeps the main one).
    ("Japan's dry-cargo merchant fleet (derived: S1 S2 start, S4 construction, S3 losses)",
     "Japan's dry-cargo merchant fleet (derived from the start, construction and losses)"),
    ("Japan's tanker fleet (derived: O9 O15 O16 start, S4 construction, S3 losses)",
     "Japan's tanker fleet (derived from the start, construction and losses)"),
    ('Japanese carriers in service (all types; B1 start, losses B8 B9 B13 B14)',
     'Japanese carriers in service (all types)'),
    # Citations in the Sources list name the works they lean on, not their keys.
    ('(e.g. B9, C5)', '(e.g. Wikipedia, "Battle of Midway"; the Naval Historical Foundation)'),
    ('(compare B7)', '(compare Wikipedia, "Attack on Pearl Harbor")'),
    ('(a second list, for the same dates as I6)', '(a second list, for the same dates as the first)'),
    ('(aircraft that attacked; the same page as B5)', '(aircraft that attacked; the same page as the striking force)'),
    ('(as summarised in B3 and C1)', '(as summarised by HyperWar and the National Security Agency)'),
    ('contested by FRANK-1999 and GENTILE-2001', 'contested by Frank (1999) and Gentile (2001)'),
    ('contests USSBS-END.', 'contests the Strategic Bombing Survey.'),
    ('compiled for this project from the sources listed in docs/SOURCES.md, where it is the table "Timeline (T)".',
     'compiled for this game from the sources listed here.'),
    ('the reasoning is given in `docs/short-scenarios-notes.md` and `docs/pacific-1941-notes.md`.',
     "the reasoning is given in the game's design notes."),
    ('the reasoning is given in docs/short-scenarios-notes.md and docs/pacific-1941-notes.md.',
     "the reasoning is given in the game's design notes."),
    (' (see docs/short-scenarios-notes.md)', ''),
    # The engine's file names are for programmers: the rule is said in words.
    ('to the North Pacific (port-strike.ts).', 'to the North Pacific (the port-strike rule).'),
    ("with the surprise of the war's first turn (port-strike.ts);", "with the surprise of the war's first turn;"),
    # Script tags written into production notes before air.py and short_air.py were fixed.
    ('aircraft for replacements [air.py]: the share of production left for combat losses in the Pacific units (DESIGN)',
     'aircraft for replacements: the share of production left for combat losses in the Pacific units (a design estimate)'),
    ("aircraft for replacements [short_air.py]: the grand campaign's share of production for combat losses, in proportion to the aircraft in this scenario (DESIGN)",
     "aircraft for replacements: the grand campaign's share of production for combat losses, in proportion to the aircraft in this scenario (a design estimate)"),
]

# Words that go with keys inside brackets and mean nothing without them.
FILLER = r'(?:e\.g\.|source|sources|via|compare|code-breaking|contested by|and|v|derived)'
CLOSING = re.compile(r'\s*Sources?: ([A-Z][A-Z0-9-]*(?:, [A-Z][A-Z0-9-]*)*)\.$')
FILES = re.compile(r'\s*\(?(?:see )?(?:docs/[\w./-]+|seeds/[\w./-]+|HISTORY\.md(?: §\s?\d+)?)\)?')


def documented_keys():
    keys = set()
    for line in open(os.path.join(ROOT, 'docs', 'SOURCES.md'), encoding='utf-8'):
        m = re.match(r'^\| ([A-Z][A-Z0-9-]*) \| (.+) \|\s*$', line)
        if m:
            keys.add(m.group(1))
    return keys


def source_keys():
    """Every key a text could cite: docs/SOURCES.md's and those the scenarios list."""
    keys = set(DOCUMENTED)
    for path in glob.glob(os.path.join(ROOT, 'scenarios', '*-*.json')):
        keys.update(s['key'] for s in json.load(open(path, encoding='utf-8'))['meta']['sources'])
    return keys


DOCUMENTED = documented_keys()
KEYS = source_keys()
KEY = '(?:' + '|'.join(sorted(map(re.escape, KEYS), key=len, reverse=True)) + ')'
# A key, or a range of keys ("B5–B7"), standing alone.
KEY_TOKEN = re.compile(r'(?<![\w-])' + KEY + r'(?:–' + KEY + r')?(?![\w-])')
KEYS_ONLY = re.compile(r'^\s*(?:' + FILLER + r'\s+)*(?:' + KEY_TOKEN.pattern + r'(?:\s*(?:,|–|\s|' + FILLER + r'\s)\s*)*)+(?:\s+' + FILLER + r')?\s*$')
KEY_LEAD = re.compile(r'^(\s*)' + KEY_TOKEN.pattern + r'(?:\s+' + KEY_TOKEN.pattern + r')*(?:\s+derived)?\s*:\s*')


def expand(token):
    """The keys a token names: "B5–B7" is B5, B6 and B7 where the list has them."""
    m = re.match(r'^([A-Z]+)(\d+)–([A-Z]+)(\d+)$', token)
    if m and m.group(1) == m.group(3):
        return [f'{m.group(1)}{i}' for i in range(int(m.group(2)), int(m.group(4)) + 1) if f'{m.group(1)}{i}' in KEYS]
    return [k for k in token.split('–') if k in KEYS]


def keys_in(text):
    out = []
    for m in KEY_TOKEN.finditer(text):
        for k in expand(m.group(0)):
            if k not in out:
                out.append(k)
    return out


def clean_brackets(text):
    """Each bracket loses its key-only parts; an empty bracket goes with the space before it."""
    def one(m):
        inner = m.group(1)
        parts = re.split(r'([;,])', inner)
        kept = []
        for i in range(0, len(parts), 2):
            seg = parts[i]
            sep = parts[i + 1] if i + 1 < len(parts) else ''
            if KEYS_ONLY.match(seg):
                continue
            seg = KEY_LEAD.sub(r'\1', seg)
            kept.append([seg, sep])
        if not kept:
            return ''
        kept[-1][1] = ''
        body = ''.join(s + p for s, p in kept).strip()
        return f' ({body})' if m.group(0).startswith(' ') else f'({body})'
    prev = None
    while prev != text:
        prev = text
        text = re.sub(r' ?\(([^()]*)\)', one, text)
    return text


def reword(text):
    for old, new in REWORD:
        text = text.replace(old, new)
    return text


def clean(text, long, own):
    body, had = text, []
    m = CLOSING.search(body)
    if m:
        had = m.group(1).split(', ')
        body = body[: m.start()]
    body = reword(body)
    before = keys_in(body)
    body = FILES.sub('', body)
    body = clean_brackets(body)
    # Keys left standing alone after a word ("…, source B9") go with their filler word; the
    # one-letter key T only inside brackets (it is also an initial: "T. Hasegawa").
    body = re.sub(r'(?<=\w)[,;]?\s+(?:' + FILLER + r'\s+)?(?!T\b)' + KEY_TOKEN.pattern + r'(?=[).,;]|$)', '', body)
    body = re.sub(r' {2,}', ' ', body).replace(' .', '.').replace(' ,', ',').replace(' ;', ';').replace('( ', '(')
    moved = [k for k in had + before if k != own]
    if not long:
        return body
    closing = []
    for k in moved:
        if k not in closing:
            closing.append(k)
    if not closing:
        return body
    tail = '' if body.rstrip().endswith(('.', '?', '!', '’', '"', "'", ')')) else '.'
    word = 'Source' if len(closing) == 1 else 'Sources'
    return f'{body.rstrip()}{tail} {word}: {", ".join(closing)}.'


def walk(value, path, own, long_paths, changed):
    if isinstance(value, dict):
        mine = value.get('source') if isinstance(value.get('source'), str) else own
        for k, v in value.items():
            value[k] = walk(v, f'{path}.{k}' if path else k, mine, long_paths, changed)
        return value
    if isinstance(value, list):
        return [walk(v, f'{path}[]', own, long_paths, changed) for v in value]
    if isinstance(value, str):
        if CITATION_RE.match(path):
            new = reword(value)
            if new != value:
                changed.append(path)
            return new
        long = bool(LONG_RE.match(path))
        if long or SHORT_RE.match(path):
            new = clean(value, long, own)
            if new != value:
                changed.append(path)
            return new
    return value


def collect(value, out):
    """The keys every closing Sources sentence names."""
    if isinstance(value, dict):
        for v in value.values():
            collect(v, out)
    elif isinstance(value, list):
        for v in value:
            collect(v, out)
    elif isinstance(value, str):
        m = CLOSING.search(value)
        if m:
            out.update(m.group(1).split(', '))


def main():
    for path in sorted(glob.glob(os.path.join(ROOT, 'scenarios', '*-*.json'))):
        s = json.load(open(path, encoding='utf-8'))
        changed = []
        s = walk(s, '', None, LONG_RE, changed)
        # A closing Sources sentence names keys the scenario's Sources list must show (a range such
        # as "C1–C4" names keys the list may not have had): added from docs/SOURCES.md, then their
        # citations reworded like the rest.
        cited = set()
        collect(s, cited)
        have = {x['key'] for x in s['meta']['sources']}
        missing = sorted(k for k in cited - have if k in DOCUMENTED)
        if missing:
            ensure_sources(s, missing, os.path.join(ROOT, 'docs', 'SOURCES.md'))
            for x in s['meta']['sources']:
                x['citation'] = reword(x['citation'])
        write(path, s)
        print(f'{os.path.basename(path)}: {len(changed)} texts cleaned')


if __name__ == '__main__':
    main()

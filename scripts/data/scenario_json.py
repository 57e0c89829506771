import json
import os

# The five bundled scenarios, in the order the data scripts walk them.
BUNDLED_SCENARIOS = [
    'scenarios/pacific-1941.json',
    'scenarios/midway-1942.json',
    'scenarios/oil-clock-1941.json',
    'scenarios/road-to-tokyo-1944.json',
    'scenarios/southern-oil-1942.json',
]


def bundled_scenarios(paths=None):
    """Each bundled scenario as (path, parsed JSON), run from the repository's root (the paths are relative to it)."""
    os.chdir(os.path.join(os.path.dirname(__file__), '..', '..'))
    for path in paths or BUNDLED_SCENARIOS:
        with open(path, encoding='utf-8') as f:
            yield path, json.load(f)


def compact(v):
    return json.dumps(v, ensure_ascii=False, separators=(', ', ': '))
def dump(v, indent=0, width=120):
    pad = '  ' * indent
    c = compact(v)
    if not isinstance(v, (dict, list)) or len(c) + len(pad) <= width or (isinstance(v, list) and all(not isinstance(x,(dict,list)) for x in v) and len(v) <= 3):
        return c
    inner = '  ' * (indent + 1)
    if isinstance(v, dict):
        if not v: return '{}'
        items = [f'{inner}{json.dumps(k, ensure_ascii=False)}: {dump(x, indent + 1, width)}' for k, x in v.items()]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    if not v: return '[]'
    items = [inner + dump(x, indent + 1, width) for x in v]
    return '[\n' + ',\n'.join(items) + '\n' + pad + ']'
def write(path, s):
    open(path, 'w').write(dump(s) + '\n')

import re
def short_citation(text, limit=500):
    """A scenario's citation is at most 500 characters (the schema); docs/SOURCES.md's row may say more.
    Keep the reference and as many of its clauses (cut at '; ') as fit, ending with an ellipsis."""
    if len(text) <= limit: return text
    cut = text[:limit - 1]
    at = cut.rfind('; ')
    return (cut[:at] if at > 0 else cut.rstrip()) + '…'


def ensure_sources(s, keys, sources_md='docs/SOURCES.md'):
    rows = {}
    for line in open(sources_md, encoding='utf-8'):
        m = re.match(r'^\| ([A-Za-z0-9-]+) \| (.+) \|\s*$', line)
        if m: rows[m.group(1)] = m.group(2).strip()
    have = {x['key'] for x in s['meta']['sources']}
    for k in keys:
        if k not in have:
            s['meta']['sources'].append({'key': k, 'citation': short_citation(rows[k])})

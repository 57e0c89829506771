"""The Oil Clock's goal says Japan may reach it "by talks or by leaving Indochina, at the price that
costs", but the end screen judged only the oil areas held, so leaving Indochina — which lifts the
embargo two months later — was "a decisive Allied victory, much as in the real war" (play-through of
2026-12-03). `goals.japanOtherWay` makes the embargo lifted without war a marginal Japanese victory:
Japan has its oil, at the price of the southern Indochina it had just occupied (the US demand of
26 July 1941, T). Idempotent."""
import json
from scenario_json import write

PATH = 'scenarios/oil-clock-1941.json'
s = json.load(open(PATH))
s['meta']['goals']['japanOtherWay'] = {
    'when': {'type': 'all', 'of': [
        {'type': 'flag', 'flag': 'embargo', 'is': False},
        {'type': 'flag', 'flag': 'withdrawn', 'is': True},
        {'type': 'flag', 'flag': 'war-us', 'is': False},
    ]},
    'text': 'Japan left southern Indochina and the embargo was lifted: oil flows again without a war, at the price of the bases Japan had just occupied and of its plans for the south.',
    'againstHistory': 'Better for Japan than the real war: in 1941 Japan would not leave Indochina, the embargo stayed, and its leaders chose war for the oil of the Indies.',
}
write(PATH, s)

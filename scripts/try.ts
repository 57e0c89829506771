import { readFileSync } from 'node:fs';
import { buildWorld, createGame, resolveTurn, stateHash, type TurnOrders } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';

const r = loadScenarioText(
  readFileSync(new URL('../scenarios/southern-oil-1942.json', import.meta.url), 'utf8'),
);
if (!r.ok) {
  console.log(r.problems);
  process.exit(1);
}
const w = buildWorld(r.value);
let s = createGame(w, 'x');
const orders = {
  japan: [
    { type: 'move', force: 'sixteenth-army', to: 'borneo' },
    { type: 'move', force: 'akagi', to: 'java-sea' },
    { type: 'move', force: 'twenty-fifth-army', to: 'thailand' },
  ],
  allies: [],
} satisfies TurnOrders;
for (let i = 0; i < 6 && !s.outcome; i++) {
  const res = resolveTurn(
    w,
    s,
    i === 0
      ? orders
      : i === 1
        ? { japan: [{ type: 'move', force: 'twenty-fifth-army', to: 'malaya' }], allies: [] }
        : { japan: [], allies: [] },
  );
  s = res.state;
  console.log(
    JSON.stringify(
      res.report.items.filter((x) => x.kind !== 'detection'),
      null,
      0,
    ).slice(0, 3000),
  );
  console.log(s.date, stateHash(s).slice(0, 12), s.sides.japan.stocks);
}
console.log(s.outcome);

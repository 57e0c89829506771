import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../src/scenario/json-schema';

it('scenarios/scenario.schema.json matches the zod schema (run `npm run schema` if not)', () => {
  const committed = readFileSync(new URL('../../scenarios/scenario.schema.json', import.meta.url), 'utf8');
  expect(committed === scenarioJsonSchemaText(), 'scenario.schema.json is stale: run `npm run schema`').toBe(
    true,
  );
});

import { z } from 'zod';
import { Scenario } from './schema';

/**
 * The JSON Schema for editors (`"$schema": "./scenario.schema.json"` in a
 * scenario gives completion and inline errors). Generated from the zod schema,
 * so the two cannot drift; a test fails when the committed file is stale.
 */
export function scenarioJsonSchemaText(): string {
  const schema = z.toJSONSchema(Scenario, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

// `npm run schema`: regenerate scenarios/scenario.schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../src/scenario/json-schema';

writeFileSync(new URL('../scenarios/scenario.schema.json', import.meta.url), scenarioJsonSchemaText());
console.log('wrote scenarios/scenario.schema.json');

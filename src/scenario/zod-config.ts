/**
 * zod compiles fast parsers with `new Function` unless told not to. The game
 * runs under a Content-Security-Policy without 'unsafe-eval', so every file
 * format is parsed jitless — in the browser and in Node alike, so both take
 * the same code path. This module is imported before any schema is built
 * (zod decides per schema, when the schema is created).
 */
import { z } from 'zod';

z.config({ jitless: true });

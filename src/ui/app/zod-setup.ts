/**
 * Imported first by the UI entry: zod must not compile parsers with `new
 * Function`, so the game keeps working under a Content Security Policy without
 * 'unsafe-eval'. It runs before any scenario is parsed.
 */
import { z } from 'zod';

z.config({ jitless: true });

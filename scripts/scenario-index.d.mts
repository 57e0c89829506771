import type { Plugin } from 'vite';

/** The bundled scenarios' index as the module `virtual:scenario-index` (scenario-index.mjs). */
export function scenarioIndexPlugin(dir: string): Plugin;

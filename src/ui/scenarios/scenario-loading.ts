/**
 * Fetching a bundled scenario's file with the page saying so: a "Loading…"
 * note shows while the file is downloaded (it is in the browser's cache after
 * the first time, and then nothing shows).
 */
import { el } from '../kit/dom';
import { ensureBundled, findListing, findScenario } from './bundled-scenarios';

/** `ensureBundled` with a visible note while the file downloads: null, or why it could not be loaded. */
export async function loadScenarioShown(idOrFile: string): Promise<string | null> {
  const listed = findListing(idOrFile);
  if (!listed || findScenario(idOrFile)) return null;
  const title = listed.loaded.ok ? listed.loaded.value.meta.title : listed.file;
  const note = el('p', {
    className: 'loading-note',
    text: `Loading the scenario “${title}”…`,
    attrs: { role: 'status', id: 'scenario-loading' },
  });
  document.body.append(note);
  try {
    return await ensureBundled(idOrFile);
  } finally {
    note.remove();
  }
}

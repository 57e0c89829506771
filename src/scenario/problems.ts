/** One thing wrong with an input file, located by its JSON path (e.g. `areas[3].id`). */
export interface Problem {
  path: string;
  message: string;
}

export type LoadResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** `['areas', 3, 'id']` → `areas[3].id`; the document itself is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const k = String(key);
      out += /^[A-Za-z_$][\w$-]*$/.test(k) ? (out ? `.${k}` : k) : `[${JSON.stringify(k)}]`;
    }
  }
  return out || '(root)';
}

export function problemsToText(problems: readonly Problem[]): string {
  return problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
}

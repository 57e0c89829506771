/** Files in and out of the browser: downloads through a Blob link, uploads read with a size limit. */

export function downloadText(fileName: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function readFileText(
  file: File,
  maxBytes = 3_000_000,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > maxBytes) {
    return {
      ok: false,
      message: `“${file.name}” is ${(file.size / 1_000_000).toFixed(1)} MB: too big (the limit is ${maxBytes / 1_000_000} MB).`,
    };
  }
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `“${file.name}” is not a text file (UTF-8), so it cannot be read.` };
  }
}

/** A safe file-name part: letters, digits and dashes. */
export function fileSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'game'
  );
}

/** A hidden file input and the button that opens it (a label would not be a real button for keyboards). */
export function filePicker(
  text: string,
  accept: string,
  onFiles: (files: File[]) => void,
  options: { id: string; className?: string; label?: string; multiple?: boolean },
): { button: HTMLButtonElement; input: HTMLInputElement } {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.id = options.id;
  input.hidden = true;
  input.multiple = options.multiple ?? false;
  input.setAttribute('aria-label', options.label ?? text);
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) onFiles(files);
  });
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = text;
  button.className = options.className ?? '';
  if (options.label) button.setAttribute('aria-label', options.label);
  button.addEventListener('click', () => input.click());
  return { button, input };
}

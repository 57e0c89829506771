/**
 * WebGL or Canvas for the board. With a real GPU, WebGL. Without one (WebGL
 * emulated in software: SwiftShader, llvmpipe — school PCs, virtual machines,
 * headless test browsers) Phaser's Canvas renderer draws this board about
 * three times faster (measured: 20 against 60 frames a second while panning),
 * so it is used there. `?renderer=canvas` or `?renderer=webgl` in the address
 * forces one.
 */
export type RendererChoice = 'webgl' | 'canvas';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export function chooseRenderer(search: string): RendererChoice {
  const forced = new URLSearchParams(search).get('renderer');
  if (forced === 'canvas' || forced === 'webgl') return forced;
  try {
    const canvas = document.createElement('canvas');
    // A browser that would fall back to software rendering refuses this context.
    const fast = canvas.getContext('webgl', { failIfMajorPerformanceCaveat: true });
    if (!fast) return 'canvas';
    const info = fast.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(fast.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    fast.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE.test(name) ? 'canvas' : 'webgl';
  } catch {
    return 'canvas';
  }
}

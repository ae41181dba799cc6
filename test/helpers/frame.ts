/**
 * A page of its own, `width` × `height` CSS pixels, in an iframe: for a layout
 * that depends on the viewport at a phone's width. WebKit's window is never
 * narrower than about 450 px, so such a test renders into a frame of the
 * width it needs, in every engine alike. The frame is frame.html, a real page
 * of the test server (an about:srcdoc page has no URL to resolve against);
 * its modules (paths from the project root, e.g.
 * `/src/report-dialog/define.ts`) have run when this resolves.
 */
import { waitUntil } from './wait.js';

export interface Frame {
  win: Window & typeof globalThis;
  doc: Document;
  remove(): void;
}

export async function narrowFrame(options: {
  width: number;
  height: number;
  modules: string[];
  body?: string;
  lang?: string;
}): Promise<Frame> {
  const { width, height, modules, body = '', lang = 'en' } = options;
  const url = new URL('./frame.html', import.meta.url);
  url.search = '';
  url.searchParams.set('lang', lang);
  url.searchParams.set('body', body);
  for (const src of modules) url.searchParams.append('module', src);
  const frame = document.createElement('iframe');
  frame.style.cssText = `display: block; inline-size: ${width}px; block-size: ${height}px; border: 0`;
  frame.src = url.href;
  document.body.append(frame);
  const win = () => frame.contentWindow as (Window & typeof globalThis & { __frameReady?: boolean }) | null;
  await waitUntil(() => win()?.__frameReady, 'the frame ran its modules', { timeout: 20_000 });
  return { win: win()!, doc: frame.contentDocument!, remove: () => frame.remove() };
}

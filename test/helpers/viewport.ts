/**
 * The page's viewport in Chromium, Firefox and WebKit alike (through
 * test/plugins/viewport.mjs). WebKit's window is never narrower than about
 * 450 px: render phone widths in an iframe (./frame.ts) instead.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('folio-viewport', size);
}

/**
 * The page's viewport in every engine, for test/helpers/viewport.ts. The
 * runner's own `set-viewport` command has no WebDriver (WebKit) support.
 *
 *   puppeteer (Chromium, Firefox)  page.setViewport
 *   webdriver (WebKit)             the window resized so that the page's
 *                                  innerWidth × innerHeight is the size asked
 *
 * MiniBrowser's window is never narrower than its toolbar (about 450 px), so
 * narrower sizes fail here, saying so: a test of a phone-sized width renders
 * into an iframe of that width instead (test/helpers/frame.ts), in every
 * engine alike.
 */

/** The size every test file starts with, as the Chrome launcher sets it. */
export const DEFAULT_VIEWPORT = { width: 800, height: 600 };

/** Resizes a WebDriver window until its page's viewport is `width` × `height`. */
export async function resizeWebDriverViewport(driver, { width, height }) {
  const inner = () => driver.execute('return [window.innerWidth, window.innerHeight]');
  for (let attempt = 0; attempt < 3; attempt++) {
    const [w, h] = await inner();
    if (w === width && h === height) return;
    const { width: outerW, height: outerH } = await driver.getWindowRect();
    await driver.setWindowRect(null, null, outerW + width - w, outerH + height - h);
  }
  const [w, h] = await inner();
  if (w !== width || h !== height)
    throw new Error(
      `this browser's window cannot give a ${width}×${height} viewport (it gives ${w}×${h}); ` +
        'render a narrow layout in an iframe of that width (test/helpers/frame.ts)',
    );
}

export function viewportPlugin() {
  return {
    name: 'folio-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'folio-viewport') return undefined;
      const { browser } = session;
      if (browser.type === 'puppeteer') await browser.getPage(session.id).setViewport(payload);
      else if (browser.type === 'webdriver') await resizeWebDriverViewport(browser.driver, payload);
      else throw new Error(`folio-viewport: no support for ${browser.type}`);
      return true;
    },
  };
}

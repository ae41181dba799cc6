/**
 * Key presses in every engine, for test/helpers/keys.ts. The runner's own
 * `send-keys` command offers only `press` and `type` over WebDriver (WebKit),
 * and types a word as one chord there (every key down, then every key up).
 * This command takes the same payload, `{ press | type | down | up }`, in all
 * engines, and `press` also takes a chord such as `Shift+Tab`:
 *
 *   puppeteer (Chromium, Firefox)  page.keyboard
 *   webdriver (WebKit)             W3C key actions; a key held with `down`
 *                                  stays down until `up`, across commands
 */

/** WebDriver's code points for the named keys the tests press (W3C WebDriver, "Keyboard actions"). */
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

function webdriverKey(name) {
  if (WEBDRIVER_KEYS[name]) return WEBDRIVER_KEYS[name];
  if ([...name].length === 1) return name;
  throw new Error(`folio-keys: no WebDriver code for the key "${name}"; add it to test/plugins/keys.mjs`);
}

const chord = (press) => (press.length > 1 && press.includes('+') ? press.split('+') : [press]);

/** The key actions of one payload: a chord goes down in order and up in reverse. */
function keyActions(payload) {
  if ('down' in payload) return [{ type: 'keyDown', value: webdriverKey(payload.down) }];
  if ('up' in payload) return [{ type: 'keyUp', value: webdriverKey(payload.up) }];
  if ('type' in payload)
    return [...payload.type].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
  const keys = chord(payload.press).map(webdriverKey);
  return [
    ...keys.map((value) => ({ type: 'keyDown', value })),
    ...keys.reverse().map((value) => ({ type: 'keyUp', value })),
  ];
}

/** Puppeteer's name of a key: its Firefox (BiDi) keyboard knows the space bar only as ' '. */
const puppeteerKey = (name) => (name === 'Space' ? ' ' : name);

async function puppeteerKeys(keyboard, payload) {
  if ('down' in payload) return keyboard.down(puppeteerKey(payload.down));
  if ('up' in payload) return keyboard.up(puppeteerKey(payload.up));
  if ('type' in payload) return keyboard.type(payload.type);
  const keys = chord(payload.press).map(puppeteerKey);
  for (const key of keys.slice(0, -1)) await keyboard.down(key);
  await keyboard.press(keys.at(-1));
  for (const key of keys.slice(0, -1).reverse()) await keyboard.up(key);
}

export function keysPlugin() {
  return {
    name: 'folio-keys',
    async executeCommand({ command, payload, session }) {
      if (command !== 'folio-keys') return undefined;
      const { browser } = session;
      if (browser.type === 'puppeteer') await puppeteerKeys(browser.getPage(session.id).keyboard, payload);
      else if (browser.type === 'webdriver')
        await browser.driver.performActions([{ type: 'key', id: 'folio-keyboard', actions: keyActions(payload) }]);
      else throw new Error(`folio-keys: no support for ${browser.type}`);
      return true;
    },
  };
}

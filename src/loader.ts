/**
 * dist/folio-loader.js: every tag, defined after the page's first paint.
 *
 * A page that loads `folio.js` itself runs it (Lit and every tag, about
 * 86 KB) as soon as the document is parsed, and a fast connection delivers it
 * before the browser has painted anything: the first paint then waits for it.
 * This file is a few hundred bytes: it lets the browser paint the page as the
 * HTML and `folio.css` describe it (the article's text, each tag's box), and
 * only then imports `folio.js` from beside itself, which defines every tag.
 * The trade-off: the tags upgrade a frame or so later, and what they add (the
 * headline, the contents, the post navigation's links…) appears then; text a
 * CMS or server already wrote is on screen from the first paint either way.
 *
 * A page loads it with `<script type="module" src="…/folio-loader.js"
 * fetchpriority="low">`: at the default (high) priority a module script counts,
 * for Lighthouse, among what the first paint waits for.
 *
 * `customElements.whenDefined('folio-article')` works as with `folio.js`.
 * A script that imports from `folio.js` (`registerLocale`, …) shares the same
 * module: it loads it at once, so import it after `await
 * customElements.whenDefined(…)` to keep the first paint free. Server-rendered
 * pages keep `folio-ssr.js`: hydration must load Lit its own way.
 */
let started = false;
function load(): void {
  if (started) return;
  started = true;
  // Built as `import("./folio.js")`: the self-contained file beside this one (Vite, in the demo: src/index.ts).
  void import('./index.js');
}

/**
 * How long after the load event a page that has painted no content yet waits anyway: a page with nothing
 * to paint before its tags (no text, no image) must still get them. A visible page's first contentful paint
 * is on screen well before that (on a fast connection the load event can come before it, by a frame or two).
 */
const NOTHING_PAINTED_MS = 500;
let waitForPaint = document.visibilityState !== 'hidden'; // a hidden tab paints nothing until shown

// The first contentful paint's entry is reported once that frame is on screen: the tags' code then runs
// after it, not in the frames before it. A task later, so that the paint's own work is done.
try {
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    setTimeout(load);
  }).observe({ type: 'paint', buffered: true });
} catch {
  waitForPaint = false; // no Paint Timing: once the page has loaded
}
const fallback = () => setTimeout(load, waitForPaint ? NOTHING_PAINTED_MS : 0);
if (document.readyState === 'complete') fallback();
else addEventListener('load', fallback, { once: true });

export {};

// Upgrade cost against the limit: the seed page as plain HTML and CSS with none
// of our code (A, bench/pages/seed-plain.html; the demo site's own stylesheet
// and colour-scheme script are on both pages) and the same page built from our
// tags as the demo writes it (B, demo/seed-article.html loading the
// production dist/folio-loader.js, which imports dist/folio.js after the
// first paint, and dist/folio.css). Each run loads one side in a
// fresh browser context; the sides alternate (AB, BA, AB, …) so a slow moment
// of the shared machine falls on both. Medians, and B against A.
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium, openBenchPage, VIEWPORT } from '../support/browser.js';
import type { BenchSection, SectionResult } from '../support/section.js';
import { startStaticServer, type StaticServer } from '../support/static-server.js';
import { formatMs, formatRatio, median, ratio } from '../support/stats.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEMO_PAGE = fileURLToPath(new URL('../../demo/seed-article.html', import.meta.url));
export const PLAIN_PATH = '/bench/pages/seed-plain.html';
export const TAGS_PATH = '/bench/generated/seed-tags.html';

/** One page load, as measured in the page and through the DevTools protocol; times in ms from navigation start. */
export interface PageSample {
  firstContentfulPaint: number;
  /** Every folio-* element defined and done updating (A has none: when parsing finished). */
  ready: number;
  domContentLoaded: number;
  load: number;
  /** Main-thread JavaScript (CDP Performance.getMetrics ScriptDuration). */
  script: number;
  /** Style recalculation and layout (RecalcStyleDuration + LayoutDuration). */
  styleLayout: number;
  /** CPU time of the renderer's main thread for the whole load (ThreadTime): what a busy machine inflates least. */
  mainThreadCpu: number;
  longTasks: number;
  /** Sum over long tasks of the part beyond 50 ms. */
  blocking: number;
  cls: number;
  /** Intl formatters (DateTimeFormat, NumberFormat, PluralRules, Segmenter, …) the page built before its load event. */
  intlBeforeLoad: number;
  /** …and in all, until the tags settled. */
  intlTotal: number;
  folioElements: number;
  settleRounds: number;
}

/**
 * The demo's seed page with its two development lines (src/folio.css and
 * src/loader.ts through Vite) pointed at the production build instead:
 * exactly what a site does with the drop-in files.
 */
export async function tagPageHtml(): Promise<string> {
  const demo = await readFile(DEMO_PAGE, 'utf8');
  const swaps: [string, string][] = [
    ['<link rel="stylesheet" href="/src/folio.css">', '<link rel="stylesheet" href="/dist/folio.css">'],
    [
      '<script type="module" src="/src/loader.ts" fetchpriority="low"></script>',
      '<script type="module" src="/dist/folio-loader.js" fetchpriority="low"></script>',
    ],
  ];
  let page = demo;
  for (const [from, to] of swaps) {
    if (!page.includes(from))
      throw new Error(`demo/seed-article.html no longer contains ${from}: update bench/sections/upgrade.ts`);
    page = page.replace(from, to);
  }
  return page;
}

/** Serves the repository with B's page generated beside it. */
export async function startSeedServer(): Promise<StaticServer> {
  // Gzipped, as any server sends a page: Lighthouse's simulated slow 4G charges every byte before the first paint.
  const server = await startStaticServer(ROOT, { snapshot: ['dist'], compress: true });
  server.route(TAGS_PATH, await tagPageHtml(), 'text/html; charset=utf-8');
  // The demo's reactions endpoint (folio-reactions action="/api/reactions" asks it for the page's counts):
  // answered as the demo server answers for a page nobody reacted to yet, rather than with a 404.
  server.route('/api/reactions', JSON.stringify({ counts: {} }), 'application/json');
  return server;
}

export async function measurePage(browser: Browser, url: string): Promise<PageSample> {
  const bench = await openBenchPage(browser);
  try {
    const { page, context } = bench;
    // Start waiting for the tags as soon as the document is parsed: readyState turns "interactive"
    // before deferred and module scripts run, so `ready` is when the tags finished, not when we asked.
    await context.addInitScript(() => {
      const w = window as unknown as {
        __folioBench: {
          pageSettled?: Promise<unknown>;
          settled(e: Element[]): Promise<unknown>;
          folioElements(): Element[];
        };
      };
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          w.__folioBench.pageSettled = w.__folioBench.settled(w.__folioBench.folioElements());
      });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    const inPage = await page.evaluate(async () => {
      interface Bench {
        pageSettled: Promise<{ done: number; rounds: number; unsettled?: boolean }>;
        folioElements(): Element[];
        firstContentfulPaint(): Promise<number | undefined>;
        cls(): number;
        longTasks: { start: number; duration: number }[];
        intl: { total: number; beforeLoad: number };
      }
      const bench = (window as unknown as { __folioBench: Bench }).__folioBench;
      const settled = await bench.pageSettled;
      const fcp = await bench.firstContentfulPaint();
      await document.fonts.ready;
      // Two more frames, for any shift the last update or a late font causes.
      for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const elements = bench.folioElements();
      return {
        fcp,
        settled,
        undefinedTags: elements.filter((e) => !customElements.get(e.localName)).map((e) => e.localName),
        folioElements: elements.length,
        domContentLoaded: navigation.domContentLoadedEventEnd,
        load: navigation.loadEventEnd,
        longTasks: bench.longTasks,
        cls: bench.cls(),
        intl: { ...bench.intl },
      };
    });
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    const problems = [...bench.errors];
    if (inPage.fcp === undefined) problems.push('no first-contentful-paint entry');
    if (inPage.settled.unsettled) problems.push('the folio elements kept updating');
    if (inPage.undefinedTags.length) problems.push(`not defined: ${inPage.undefinedTags.join(', ')}`);
    if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
    return {
      firstContentfulPaint: inPage.fcp!,
      ready: inPage.settled.done,
      domContentLoaded: inPage.domContentLoaded,
      load: inPage.load,
      script: metric('ScriptDuration'),
      styleLayout: metric('RecalcStyleDuration') + metric('LayoutDuration'),
      mainThreadCpu: metric('ThreadTime'),
      longTasks: inPage.longTasks.length,
      blocking: inPage.longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
      cls: inPage.cls,
      intlBeforeLoad: inPage.intl.beforeLoad,
      intlTotal: inPage.intl.total,
      folioElements: inPage.folioElements,
      settleRounds: inPage.settled.rounds,
    };
  } finally {
    await bench.close();
  }
}

const ROWS: { key: keyof PageSample; label: string; format: (v: number) => string }[] = [
  { key: 'firstContentfulPaint', label: 'first contentful paint (ms)', format: formatMs },
  { key: 'ready', label: 'every tag defined and updated (ms; A: parsed)', format: formatMs },
  { key: 'domContentLoaded', label: 'DOMContentLoaded (ms)', format: formatMs },
  { key: 'load', label: 'load event (ms)', format: formatMs },
  { key: 'script', label: 'main-thread script (ms)', format: formatMs },
  { key: 'styleLayout', label: 'style and layout (ms)', format: formatMs },
  { key: 'mainThreadCpu', label: 'main-thread CPU, whole load (ms)', format: formatMs },
  { key: 'longTasks', label: 'long tasks (count)', format: (v) => String(v) },
  { key: 'blocking', label: 'long-task time beyond 50 ms (ms)', format: formatMs },
  { key: 'cls', label: 'cumulative layout shift', format: (v) => v.toFixed(4) },
  { key: 'intlBeforeLoad', label: 'Intl objects created before load (count)', format: (v) => String(v) },
  { key: 'intlTotal', label: 'Intl objects created until settled (count)', format: (v) => String(v) },
];

const section: BenchSection = {
  name: 'upgrade',
  title: 'Upgrade cost: the seed page as plain HTML (A) and built from the tags (B)',
  async run({ quick, log }): Promise<SectionResult> {
    const runs = quick ? 3 : 21;
    const server = await startSeedServer();
    const browser = await launchChromium();
    const load = [loadavg()[0]!];
    const samples: Record<'A' | 'B', PageSample[]> = { A: [], B: [] };
    try {
      const urls = { A: server.url(PLAIN_PATH), B: server.url(TAGS_PATH) };
      // One load of each first, not counted: the browser's first page pays for starting its renderer machinery.
      await measurePage(browser, urls.A);
      await measurePage(browser, urls.B);
      for (let pair = 0; pair < runs; pair++) {
        const order: ('A' | 'B')[] = pair % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
        for (const side of order) samples[side].push(await measurePage(browser, urls[side]));
        if ((pair + 1) % 5 === 0 || pair + 1 === runs) log(`${pair + 1}/${runs} pairs`);
      }
      const missing = [...server.missing.keys()].filter((path) => path !== '/favicon.ico');
      if (missing.length) throw new Error(`the pages asked for files the server does not have: ${missing.join(', ')}`);
    } finally {
      await browser.close();
      await server.close();
    }
    load.push(loadavg()[0]!);

    const med = (side: 'A' | 'B', key: keyof PageSample) => median(samples[side].map((s) => s[key]));
    const rows = ROWS.map(({ key, label, format }) => {
      const a = med('A', key);
      const b = med('B', key);
      return [label, format(a), format(b), formatRatio(ratio(b, a)), format(b - a)];
    });
    const fcpRatio = ratio(med('B', 'firstContentfulPaint'), med('A', 'firstContentfulPaint'));
    const scriptOverA = med('B', 'script') - med('A', 'script');
    const clsB = med('B', 'cls');
    const longTasksB = med('B', 'longTasks');
    const readyRatio = ratio(med('B', 'ready'), med('A', 'ready'));
    const intlB = med('B', 'intlBeforeLoad');
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    return {
      tables: [
        {
          caption: `Medians of ${runs} loads per side, interleaved; viewport ${VIEWPORT.width}×${VIEWPORT.height}.`,
          columns: ['metric', 'A: plain HTML', 'B: folio tags', 'B/A', 'B − A'],
          rows,
        },
      ],
      notes: [
        `A is ${PLAIN_PATH} (none of the tags' code: a plain stylesheet that looks like the tag page, and the demo site's stylesheet and colour-scheme script, as on B); B is demo/seed-article.html with dist/folio.css and dist/folio-loader.js (the production build; it imports dist/folio.js once the page has painted) in place of the Vite sources.`,
        'Both are served from 127.0.0.1 by a node:http server, gzipped (HTML, CSS, JavaScript, JSON), with Cache-Control: no-store (dist/ from a copy taken when the section starts, so a rebuild meanwhile changes nothing); every load is in a fresh browser context (empty cache); one load of each side before the counted runs is discarded.',
        'Times are from navigation start. "Every tag defined and updated": every folio-* element defined, its updateComplete resolved and nothing changed for two more frames (bench/pages/instrument.js).',
        "Main-thread script, style and layout (wall-clock durations) and main-thread CPU (ThreadTime) come from the DevTools protocol (Performance.getMetrics) for the whole load; they include the bench's own small in-page instrumentation, the same on both sides, so A's figure is that floor and B − A is what the tags cost. On a loaded machine the CPU row is the steadiest.",
        'Intl objects: bench/pages/intl-counter.js wraps the Intl constructors (DateTimeFormat, NumberFormat, PluralRules, RelativeTimeFormat, Segmenter, Collator, ListFormat, DisplayNames) before the page runs and counts every formatter built, before the load event and in all until the tags settled.',
        'Long tasks: PerformanceObserver "longtask" from the start of the document. CLS: layout-shift entries without recent input, largest session window, up to two frames after the tags settled.',
        `Goals (reported, not asserted): FCP B/A ≤ 1.05: ${verdict(fcpRatio !== undefined && fcpRatio <= 1.05)} (${formatRatio(fcpRatio)}); CLS 0: ${verdict(clsB === 0)} (${clsB.toFixed(4)}); main-thread script within 10 ms of A: ${verdict(scriptOverA <= 10)} (B − A ${formatMs(scriptOverA)} ms); no long task: ${verdict(longTasksB === 0)} (${longTasksB}); every tag settled within 2× of A's parse time: ${verdict(readyRatio !== undefined && readyRatio <= 2)} (${formatRatio(readyRatio)}); no Intl object before load: ${verdict(intlB === 0)} (${intlB}).`,
      ],
      data: { runs, viewport: VIEWPORT, loadavg: load, samples },
    };
  },
};

export default section;

// Scaling: does the cost per paragraph (per related item) stay flat as the
// article grows? Generated articles of 10 to 10,000 seed paragraphs with a
// <folio-section-heading> before every 10, and related lists of 10 to 1,000
// items. Every cost is measured by difference, in the same round: the tags
// against the same text as plain HTML, the contents and normalize-punctuation
// against the same tags with the feature off, a list against an empty one;
// the median of the per-round differences is divided by the paragraphs (items).
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { seed } from '../../fixtures/seed-article.js';
import { launchChromium, openBenchPage, VIEWPORT } from '../support/browser.js';
import type { BenchSection, SectionResult } from '../support/section.js';
import { startStaticServer, type StaticServer } from '../support/static-server.js';
import { formatMs, median } from '../support/stats.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PARAGRAPHS = [10, 100, 1_000, 10_000];
const ITEMS = [10, 100, 1_000];
const HEADING_EVERY = 10;

/**
 * html: the same text as plain HTML (<article>, <h2 id>, <p>) styled by the
 * plain stylesheet, no tags; tags: <folio-article> with a headline and
 * <folio-section-heading>s; toc and normalize each add one feature to tags.
 */
type Variant = 'html' | 'tags' | 'toc' | 'normalize';
const VARIANTS: Variant[] = ['html', 'tags', 'toc', 'normalize'];

interface Insertion {
  /** Wall-clock ms from insertion until settled and laid out. */
  time: number;
  /** The renderer main thread's CPU ms over the same span (plus two idle frames per settle round). */
  cpu: number;
  rounds: number;
  unsettled: boolean;
  elements: number;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A page that loads the production build and keeps `content` in a template until the bench inserts it. */
function page(title: string, content: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/dist/folio.css">
<link rel="stylesheet" href="/bench/pages/seed-plain.css">
<link rel="stylesheet" href="/demo/site.css">
<script type="module" src="/dist/folio.js"></script>
</head>
<body>
<main class="site-main"><template id="bench-content">
${content}
</template></main>
</body>
</html>
`;
}

/** `count` of the seed's paragraphs (repeated, as captured: half-width punctuation included), a section heading before every 10. */
export function articleMarkup(count: number, variant: Variant): string {
  const paragraphs = seed.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
  const headings = seed.blocks.filter((b) => b.type === 'heading').map((b) => b.text);
  const body: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % HEADING_EVERY === 0) {
      const n = i / HEADING_EVERY;
      // Numbered, so every heading has its own id (a real article does not repeat its headings).
      const text = `第${n + 1}节 ${escapeHtml(headings[n % headings.length]!)}`;
      body.push(
        variant === 'html'
          ? `<h2 id="section-${n + 1}">${text}</h2>`
          : `<folio-section-heading>${text}</folio-section-heading>`,
      );
    }
    body.push(`<p>${escapeHtml(paragraphs[i % paragraphs.length]!)}</p>`);
  }
  if (variant === 'html') {
    return `<article class="article"><header class="article-header"><h1>${escapeHtml(seed.title)}</h1></header>\n${body.join('\n')}\n</article>`;
  }
  const features = [variant === 'toc' ? ' toc' : '', variant === 'normalize' ? ' normalize-punctuation' : ''].join('');
  return `<folio-article headline="${escapeHtml(seed.title)}" time-zone="Asia/Shanghai" indent${features}>\n${body.join('\n')}\n</folio-article>`;
}

/** A related list of `count` items given as the child JSON script a CMS template writes. */
export function relatedMarkup(count: number): string {
  const items = Array.from({ length: count }, (_, i) => ({
    title: `${seed.title}（${i + 1}）`,
    href: `/posts/${i + 1}.html`,
    date: '2023-06-01T10:40:00+08:00',
  }));
  const json = JSON.stringify(items).replace(/</g, '\\u003c');
  const limit = count > 0 ? ` limit="${count}"` : '';
  return `<folio-related-posts heading="相关推荐" time-zone="Asia/Shanghai"${limit}><script type="application/json">${json}</script></folio-related-posts>`;
}

const articlePath = (count: number, variant: Variant) => `/bench/generated/scaling/article-${count}-${variant}.html`;
const relatedPath = (count: number) => `/bench/generated/scaling/related-${count}.html`;

function routePages(server: StaticServer): void {
  for (const count of [0, ...PARAGRAPHS]) {
    for (const variant of VARIANTS)
      server.route(articlePath(count, variant), page(`${count} paragraphs, ${variant}`, articleMarkup(count, variant)));
  }
  for (const count of [0, ...ITEMS])
    server.route(relatedPath(count), page(`${count} related items`, relatedMarkup(count)));
}

/** What the page shows after the insertion: proof that the feature being timed did its work. */
interface Rendered {
  /** <h2 id> in the article: the page's own, or rendered by the section headings. */
  sectionHeadings: number;
  tocLinks: number;
  /** Half-width commas between two Han characters in the body: what normalize-punctuation turns full-width. */
  halfWidthCommas: number;
  relatedLinks: number;
}

interface InsertionBench {
  prepareInsertion(templateId: string): Promise<number>;
  insertPrepared(container: string): Promise<Omit<Insertion, 'cpu'>>;
}

async function measure(browser: Browser, url: string): Promise<Insertion & { rendered: Rendered }> {
  const bench = await openBenchPage(browser);
  try {
    const cdp = await bench.context.newCDPSession(bench.page);
    await cdp.send('Performance.enable');
    // ThreadTime: CPU seconds the renderer's main thread has used, which a busy machine does not inflate the way it inflates wall time.
    const threadTime = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const value = metrics.find((m) => m.name === 'ThreadTime')?.value;
      if (value === undefined) throw new Error('this Chromium reports no ThreadTime in Performance.getMetrics');
      return value * 1000;
    };
    await bench.page.goto(url, { waitUntil: 'load' });
    await bench.page.evaluate(() =>
      (window as unknown as { __folioBench: InsertionBench }).__folioBench.prepareInsertion('bench-content'),
    );
    const before = await threadTime();
    const timed = await bench.page.evaluate(() =>
      (window as unknown as { __folioBench: InsertionBench }).__folioBench.insertPrepared('main'),
    );
    const insertion = { ...timed, cpu: (await threadTime()) - before };
    const rendered = await bench.page.evaluate(() => {
      const article = document.querySelector('main > :is(folio-article, article)');
      const body = [...(article?.querySelectorAll(':scope > p:not([data-folio-article-part])') ?? [])]
        .map((p) => p.textContent)
        .join('\n');
      const related = document.querySelector('folio-related-posts');
      return {
        sectionHeadings: article?.querySelectorAll('h2[id]').length ?? 0,
        tocLinks: document.querySelectorAll('folio-article [data-folio-article-part="toc"] a').length,
        halfWidthCommas: (body.match(/[\u4e00-\u9fff],(?=[\u4e00-\u9fff])/g) ?? []).length,
        relatedLinks: related?.shadowRoot?.querySelectorAll('[part~="link"]').length ?? 0,
      };
    });
    const problems = [...bench.errors];
    if (insertion.unsettled) problems.push('the folio elements kept updating');
    if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
    return { ...insertion, rendered };
  } finally {
    await bench.close();
  }
}

/** Throws when a page did not do what its timing claims to cover. */
function checkArticle(count: number, variant: Variant, rendered: Rendered): void {
  const headings = Math.ceil(count / HEADING_EVERY);
  const wrong = (what: string) => {
    throw new Error(`article of ${count} paragraphs (${variant}): ${what}`);
  };
  if (rendered.sectionHeadings !== headings)
    wrong(`${rendered.sectionHeadings} headings with ids, expected ${headings}`);
  if (rendered.tocLinks !== (variant === 'toc' ? headings : 0)) wrong(`${rendered.tocLinks} contents entries`);
  if (count > 0 && (variant === 'normalize') !== (rendered.halfWidthCommas === 0))
    wrong(`${rendered.halfWidthCommas} half-width commas left in Chinese text`);
}

const perItem = (ms: number, count: number) => ((ms * 1000) / count).toFixed(2);

const section: BenchSection = {
  name: 'scaling',
  title: 'Scaling: cost per paragraph and per related item',
  async run({ quick, log }): Promise<SectionResult> {
    // 11 rounds: each round loads 17 pages, the largest of which take seconds on a loaded machine.
    const runs = quick ? 3 : 11;
    const server = await startStaticServer(ROOT, { snapshot: ['dist'] });
    routePages(server);
    const browser = await launchChromium();
    const load = [loadavg()[0]!];
    // article[count][variant] and related[count]: one time per round.
    const article = new Map<number, Record<Variant, number[]>>();
    const related = new Map<number, number[]>();
    for (const count of [0, ...PARAGRAPHS]) article.set(count, { html: [], tags: [], toc: [], normalize: [] });
    for (const count of [0, ...ITEMS]) related.set(count, []);
    // Wall-clock times, kept for results.json: on a shared machine they mostly measure the other jobs.
    const wall: { kind: string; count: number; variant?: Variant; ms: number }[] = [];
    try {
      // Not counted: the browser's first loads of these pages.
      await measure(browser, server.url(articlePath(10, 'tags')));
      await measure(browser, server.url(relatedPath(10)));
      for (let round = 0; round < runs; round++) {
        for (const count of [0, ...PARAGRAPHS]) {
          // The empty article is only the baseline of the tags' fixed cost; the features need paragraphs.
          const variants = count === 0 ? (['html', 'tags'] as Variant[]) : VARIANTS;
          for (let i = 0; i < variants.length; i++) {
            const variant = variants[(i + round) % variants.length]!;
            const result = await measure(browser, server.url(articlePath(count, variant)));
            checkArticle(count, variant, result.rendered);
            article.get(count)![variant].push(result.cpu);
            wall.push({ kind: 'article', count, variant, ms: result.time });
          }
        }
        const counts = [0, ...ITEMS];
        for (let i = 0; i < counts.length; i++) {
          const count = counts[(i + round) % counts.length]!;
          const result = await measure(browser, server.url(relatedPath(count)));
          if (result.rendered.relatedLinks !== count)
            throw new Error(`related list of ${count}: ${result.rendered.relatedLinks} links rendered`);
          related.get(count)!.push(result.cpu);
          wall.push({ kind: 'related', count, ms: result.time });
        }
        log(`round ${round + 1}/${runs}`);
      }
      const missing = [...server.missing.keys()].filter((path) => path !== '/favicon.ico');
      if (missing.length) throw new Error(`the pages asked for files the server does not have: ${missing.join(', ')}`);
    } finally {
      await browser.close();
      await server.close();
    }
    load.push(loadavg()[0]!);

    /** Median over rounds of (a − b), each round's pair measured minutes apart at most. */
    const pairedDifference = (a: number[], b: number[]) => median(a.map((value, i) => value - b[i]!));
    // What the tags cost on an article without paragraphs: constant, whatever its length.
    const fixed = pairedDifference(article.get(0)!.tags, article.get(0)!.html);
    const articleRows = PARAGRAPHS.map((count) => {
      const times = article.get(count)!;
      const tags = pairedDifference(times.tags, times.html);
      const toc = pairedDifference(times.toc, times.tags);
      const normalize = pairedDifference(times.normalize, times.tags);
      return [
        count.toLocaleString('en-US'),
        Math.ceil(count / HEADING_EVERY).toLocaleString('en-US'),
        formatMs(median(times.html)),
        formatMs(tags),
        perItem(tags - fixed, count),
        formatMs(toc),
        perItem(toc, count),
        formatMs(normalize),
        perItem(normalize, count),
      ];
    });
    const emptyList = related.get(0)!;
    const relatedRows = ITEMS.map((count) => {
      const times = related.get(count)!;
      const extra = pairedDifference(times, emptyList);
      return [count.toLocaleString('en-US'), formatMs(median(times)), formatMs(extra), perItem(extra, count)];
    });
    return {
      tables: [
        {
          caption: `Article: main-thread CPU time, medians of ${runs} rounds. The tags on an article with no paragraphs cost ${formatMs(fixed)} ms more than plain HTML; µs/paragraph leaves that fixed cost out.`,
          columns: [
            'paragraphs',
            'section headings',
            'plain HTML (ms)',
            'tags − plain (ms)',
            'tags µs/paragraph',
            'contents (ms)',
            'contents µs/paragraph',
            'normalize-punctuation (ms)',
            'normalize µs/paragraph',
          ],
          rows: articleRows,
        },
        {
          caption: `Related posts: main-thread CPU time, medians of ${runs} rounds; an empty list costs ${formatMs(median(emptyList))} ms.`,
          columns: ['items', 'upgrade (ms)', 'over the empty list (ms)', 'µs/item'],
          rows: relatedRows,
        },
      ],
      notes: [
        `Each page loads dist/folio.js and keeps the markup in an inert <template>; timing starts when a copy is inserted into the page (upgrading every folio-* element in it) and stops when the elements have settled and the page is laid out (bench/pages/instrument.js), so neither loading the script nor parsing the HTML is counted. dist/ is served from a copy taken when the section starts; a fresh browser context per load, viewport ${VIEWPORT.width}×${VIEWPORT.height}.`,
        "The figures are CPU time of the renderer's main thread over that span (DevTools protocol Performance.getMetrics ThreadTime, read just before and after), not wall-clock time: on a shared, loaded machine wall time mostly measures the other jobs. The span includes two idle frames per settle round and the painting of the first of them, on every side alike; wall-clock times are in results.json.",
        `Articles: the seed's paragraphs repeated, as captured (half-width punctuation), with a numbered section heading before every ${HEADING_EVERY}. Plain HTML: <article>, <h1>, <h2 id>, <p>, styled by bench/pages/seed-plain.css; tags: <folio-article> (headline, time-zone, indent) with <folio-section-heading>s, plus toc or normalize-punctuation for those columns.`,
        'Layout is inside the timing on every side: the article tag forces it early (getComputedStyle in its size container), so without a layout on the plain side the tags would be charged for laying out text the browser lays out anyway. "Tags − plain" is therefore what the tags add; plain HTML shows what the browser spends on the same text.',
        'Tags µs/paragraph is ((tags − plain) − the same for an empty article) / paragraphs; contents and normalize-punctuation are the time with the feature on minus the same tags without it; every difference is the median of per-round differences (pages of one size run back to back, their order rotating each round).',
        'Every load is checked: the article has one <h2 id> per section heading, the contents list has one entry per heading only when toc is on, no half-width comma is left between Han characters only when normalize-punctuation is on, the related list renders one link per item.',
        'Related lists: items {title, href, date} in the child <script type="application/json">, limit equal to the count; the baseline is the same element with an empty array.',
        'Flat µs per paragraph (item) across sizes means linear growth; small sizes are the noisiest, as the difference there is a fraction of a millisecond.',
      ],
      data: {
        runs,
        viewport: VIEWPORT,
        headingEvery: HEADING_EVERY,
        loadavg: load,
        unit: 'main-thread CPU ms (CDP Performance.getMetrics ThreadTime)',
        article: Object.fromEntries(article),
        related: Object.fromEntries(related),
        wall,
      },
    };
  },
};

export default section;

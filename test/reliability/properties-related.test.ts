/**
 * Property-based tests of <folio-related-posts>: its attributes, and the
 * three doors its JSON comes through (the `items` property, a child
 * `<script type="application/json">`, a `src` feed), given arbitrary
 * Unicode, huge, empty and malformed data. For every case: no uncaught
 * exception or unhandled rejection, a heading and a settled state, every
 * well-formed item listed in order, only safe links, and at most one
 * warning per attribute or field, each naming it.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/related-posts/define.js';
import {
  anyText,
  huge,
  isoDate,
  jsonValue,
  langValue,
  mutatedRecord,
  numberText,
  timeZone,
  unicodeText,
  urlText,
  visibleText,
} from './support/props-arbitraries.js';
import {
  applyStep,
  attributeSteps,
  checkLinksSafe,
  checkNoErrors,
  checkProperty,
  checkWarnings,
  eventually,
  settle,
  stage,
} from './support/props-harness.js';
import { PageWatch } from './support/page-watch.js';

type Related = HTMLElement & { items?: unknown; fetcher: typeof fetch; updateComplete: Promise<boolean> };

let markers = 0;

/** An item that must be listed: a title with a marker of its own and a safe link. */
const wellFormedItem = fc
  .record(
    {
      title: visibleText,
      date: isoDate,
      excerpt: visibleText,
      image: fc.constantFrom('/img/a.png', 'data:image/png;base64,AAAA', 'javascript:alert(1)', ''),
    },
    { requiredKeys: ['title'] },
  )
  .map((item) => {
    const n = ++markers;
    return { ...item, title: `folio-item-${n} ${item.title}`, href: `/posts/item-${n}.html` };
  });

const malformedItem = fc.oneof(
  mutatedRecord({
    title: anyText(visibleText),
    href: urlText,
    date: anyText(isoDate),
    image: urlText,
    excerpt: anyText(),
  }),
  jsonValue,
);

const isMarked = (item: unknown): item is { title: string } =>
  typeof (item as { title?: unknown } | null)?.title === 'string' &&
  (item as { title: string }).title.startsWith('folio-item-');

const layout = fc.constantFrom('list', 'grid', 'compact');

/** Waits for the element to leave its loading state (a feed settles in a few tasks). */
async function settled(el: Related): Promise<string> {
  const states = ['loaded', 'empty', 'error'];
  await eventually(() => states.some((s) => el.matches(`:state(${s})`)), 5000);
  await settle(el);
  return states.find((s) => el.matches(`:state(${s})`)) ?? 'loading';
}

/** Every marked item of `raw` (in order) is listed with its title. */
function checkListed(el: Related, raw: unknown): void {
  const root = el.shadowRoot!;
  checkLinksSafe(root);
  expect(root.querySelector('[part~="heading"]')?.textContent?.trim(), 'a heading').not.to.equal('');
  const list = Array.isArray(raw)
    ? raw
    : Array.isArray((raw as { items?: unknown } | null)?.items)
      ? (raw as { items: unknown[] }).items
      : [];
  const expected = list.filter(isMarked).map((item) => item.title.trim());
  const shown = [...root.querySelectorAll('[part~="link"] [part~="title"]')].map((t) => t.textContent);
  const marked = shown.filter((t) => t?.startsWith('folio-item-'));
  expect(marked, 'the well-formed items, in order').to.deep.equal(expected);
  if (shown.length === 0)
    expect(root.querySelector('[part="status"]')?.textContent?.trim(), 'an empty state says so').not.to.equal('');
}

const itemWarnings = (source: string) => (name: string) => name === source || /^items\[\d+\]/.test(name);

describe('property: related-posts input', function () {
  this.timeout(60_000);
  const watch = new PageWatch();
  beforeEach(() => watch.install());
  afterEach(() => watch.uninstall());

  it('attributes: a heading at a valid level, the layout, the limit and exclusions applied to a fixed list', async () => {
    const items = Array.from({ length: 5 }, (_, i) => ({
      title: `文章 ${i + 1}`,
      href: `/posts/${i + 1}.html`,
      date: '2023-06-01',
      excerpt: '摘要',
      image: '/img/a.png',
    }));
    const steps = attributeSteps(
      {
        heading: anyText(visibleText),
        'heading-level': numberText,
        layout: anyText(fc.constantFrom('list', 'grid', 'compact', 'GRID', ' compact ', 'table')),
        limit: numberText,
        exclude: anyText(
          fc
            .array(
              fc.oneof(fc.constantFrom('/posts/1.html', '/posts/2.html#x', 'http://localhost/posts/3.html'), urlText),
              { maxLength: 3 },
            )
            .map((l) => l.join(' ')),
        ),
        'time-zone': anyText(timeZone),
        timeout: numberText,
        lang: langValue,
      },
      { booleans: ['relative-dates', 'hide-empty'] },
    );
    await checkProperty(
      'related-posts attributes',
      steps,
      async (s) => {
        watch.reset();
        const { host, dispose } = stage();
        const touched = new Set<string>();
        try {
          const el = document.createElement('folio-related-posts') as Related;
          el.items = items;
          applyStep(el, s[0]!, touched);
          host.append(el);
          for (let i = 0; ;) {
            await settle(el);
            checkNoErrors(watch);
            const root = el.shadowRoot!;
            checkLinksSafe(root);
            const heading = root.querySelector('[part~="heading"]')!;
            const level = Number(el.getAttribute('heading-level'));
            const validLevel = el.hasAttribute('heading-level') && Number.isInteger(level) && level >= 2 && level <= 6;
            expect(heading.localName, 'heading level').to.equal(validLevel ? `h${level}` : 'h2');
            const written = trimmedAttr(el, 'heading');
            if (written) expect(heading.textContent, 'heading').to.equal(written);
            else expect(heading.textContent?.trim()).not.to.equal('');
            const excluded = new Set((el.getAttribute('exclude') ?? '').split(/\s+/).filter(Boolean).map(normalize));
            const kept = items.filter((item) => !excluded.has(normalize(item.href)));
            const limit = Number(el.getAttribute('limit'));
            const validLimit = el.hasAttribute('limit') && Number.isInteger(limit) && limit > 0;
            const expected = validLimit ? kept.slice(0, limit) : kept;
            const titles = [...root.querySelectorAll('[part~="link"] [part~="title"]')].map((t) => t.textContent);
            expect(titles, 'the items after exclude and limit').to.deep.equal(expected.map((item) => item.title));
            const list = root.querySelector('[part~="list"]');
            if (list) expect(['list', 'grid', 'compact'], 'a known layout').to.include(list.className.trim());
            checkWarnings('folio-related-posts', watch.warnings, (name) => touched.has(name));
            if (++i >= s.length) break;
            applyStep(el, s[i]!, touched);
          }
        } finally {
          dispose();
        }
      },
      { numRuns: 50 },
    );
  });

  it('items: every well-formed item is listed in order, malformed ones are skipped with a warning naming them', async () => {
    const value = fc.oneof(
      { arbitrary: fc.array(fc.oneof(wellFormedItem, malformedItem), { maxLength: 8 }), weight: 16 },
      {
        arbitrary: fc.array(fc.oneof(wellFormedItem, malformedItem), { maxLength: 4 }).map((items) => ({ items })),
        weight: 1,
      },
      // 10,000 items: a feed nobody paginated.
      {
        arbitrary: fc
          .tuple(wellFormedItem, malformedItem)
          .map(([good, bad]) =>
            Array.from({ length: 10_000 }, (_, i) =>
              i % 1000 === 999 ? bad : i === 0 ? good : { title: `相关 ${i}`, href: `/p/${i}` },
            ),
          ),
        weight: 1,
      },
      { arbitrary: jsonValue, weight: 2 },
    );
    await checkProperty(
      'related-posts items',
      fc.tuple(value, layout, fc.boolean()),
      async ([items, l, relative]) => {
        watch.reset();
        const { host, dispose } = stage('zh-CN');
        try {
          const el = document.createElement('folio-related-posts') as Related;
          el.setAttribute('layout', l);
          if (relative) el.setAttribute('relative-dates', '');
          el.items = items;
          host.append(el);
          const state = await settled(el);
          checkNoErrors(watch);
          if (items === undefined) expect(state).to.equal('empty');
          else expect(['loaded', 'empty'], 'a settled state').to.include(state);
          checkListed(el, items);
          checkWarnings('folio-related-posts', watch.warnings, itemWarnings('items'));
        } finally {
          dispose();
        }
      },
      { numRuns: 40 },
    );
  });

  it('a child <script type="application/json">: valid JSON is listed like items, broken JSON warns once and shows the empty state', async () => {
    const data = fc.array(fc.oneof(wellFormedItem, malformedItem), { maxLength: 6 });
    const text = fc.oneof(
      { arbitrary: data.map((items) => ({ text: jsonText(items), items: items as unknown })), weight: 4 },
      {
        arbitrary: fc.tuple(data, fc.nat()).map(([items, cut]) => {
          const json = jsonText(items);
          return { text: json.slice(0, cut % (json.length + 1)), items: undefined as unknown };
        }),
        weight: 2,
      },
      {
        arbitrary: fc
          .oneof(
            unicodeText,
            huge(unicodeText),
            fc.constantFrom(
              '',
              '{"__proto__":{"items":[]}}',
              '{"items":{}}',
              'null',
              '[]]',
              '</script><script>window.x=1</script>',
            ),
          )
          .map((t) => ({ text: t, items: undefined as unknown })),
        weight: 2,
      },
    );
    await checkProperty(
      'related-posts script JSON',
      text,
      async ({ text: json, items }) => {
        watch.reset();
        const { host, dispose } = stage('zh-CN');
        try {
          const el = document.createElement('folio-related-posts') as Related;
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = json;
          el.append(script);
          host.append(el);
          const state = await settled(el);
          checkNoErrors(watch);
          expect(['loaded', 'empty'], 'a settled state').to.include(state);
          let parsed: unknown = items;
          try {
            parsed = JSON.parse(json);
          } catch {
            parsed = [];
          }
          checkListed(el, parsed);
          checkWarnings('folio-related-posts', watch.warnings, itemWarnings('<script type="application/json">'));
        } finally {
          dispose();
        }
      },
      { numRuns: 30 },
    );
  });

  it('a src feed: any body and status settles in a state (loaded, empty or error) with one warning naming src', async () => {
    const body = fc.oneof(
      fc
        .array(fc.oneof(wellFormedItem, malformedItem), { maxLength: 6 })
        .map((items) => ({ text: jsonText(items), parsed: items as unknown })),
      jsonValue.map((v) => ({ text: jsonText(v), parsed: v })),
      fc
        .oneof(unicodeText, huge(unicodeText), fc.constantFrom('', '<html>Not found</html>', '{"items":'))
        .map((t) => ({ text: t, parsed: undefined as unknown })),
    );
    const status = fc.constantFrom(200, 200, 200, 204, 301, 404, 500, 503);
    await checkProperty(
      'related-posts src',
      fc.tuple(body, status, anyText(urlText)),
      async ([{ text, parsed }, code, src]) => {
        watch.reset();
        const { host, dispose } = stage('en');
        try {
          const el = document.createElement('folio-related-posts') as Related;
          // The feed answers from here: any body, any status, no network.
          el.fetcher = async () =>
            new Response(code === 204 ? null : text, { status: code, headers: { 'content-type': 'application/json' } });
          el.setAttribute('src', src);
          host.append(el);
          const state = await settled(el);
          checkNoErrors(watch);
          if (!src.trim()) {
            expect(state, 'no src: nothing to load').to.equal('empty');
          } else {
            expect(['loaded', 'empty', 'error'], 'a settled state').to.include(state);
            if (state === 'error') {
              expect(el.shadowRoot!.querySelector('[part~="retry"]'), 'a retry button').to.exist;
            } else {
              let json: unknown;
              try {
                json = JSON.parse(text);
              } catch {
                json = undefined;
              }
              checkListed(el, json ?? parsed);
            }
          }
          checkWarnings('folio-related-posts', watch.warnings, itemWarnings('src'));
        } finally {
          dispose();
        }
      },
      { numRuns: 30 },
    );
  });
});

/** The text a server would send for `value`; what JSON cannot hold (BigInt, cycles) becomes text that is not JSON. */
function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch (error) {
    return String(error);
  }
}

function trimmedAttr(el: Element, name: string): string | undefined {
  return el.getAttribute(name)?.trim() || undefined;
}

function normalize(href: string): string | undefined {
  try {
    const url = new URL(href, document.baseURI);
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

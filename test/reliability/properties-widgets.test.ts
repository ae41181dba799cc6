/**
 * Property-based tests of the shadow-DOM widgets' attributes: post-nav,
 * copyright-notice and report-dialog, each given arbitrary Unicode, huge,
 * empty and malformed values, set and removed over a few updates. For every
 * case: no uncaught exception or unhandled rejection, a rendering that still
 * shows what the page wrote, only safe links, and at most one warning per
 * attribute, each naming an attribute the case set. Last, for all six tags:
 * removing attributes that held good values is not bad input and never warns.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/article/define.js';
import '../../src/copyright-notice/define.js';
import '../../src/post-nav/define.js';
import '../../src/related-posts/define.js';
import '../../src/report-dialog/define.js';
import '../../src/section-heading/define.js';
import {
  SAFE_URLS,
  anyText,
  emailText,
  isoDate,
  jsonValue,
  langValue,
  licenseCode,
  numberText,
  timeZone,
  unicodeText,
  urlText,
  visibleText,
  yearText,
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
  type AttributeStep,
} from './support/props-harness.js';
import { PageWatch } from './support/page-watch.js';

/** An attribute as a tag shows it: trimmed, runs of combining marks cut at 30 (src/core/text-property.ts). */
const trimmed = (el: Element, name: string) =>
  el
    .getAttribute(name)
    ?.trim()
    .replace(/(\p{M}{30})\p{M}+/gu, '$1') || undefined;

/** Opens a report dialog and waits for its form, which reads the dialog's inputs when it loads. */
async function openReportForm(el: HTMLElement): Promise<void> {
  (el as unknown as { show(): Promise<void> }).show().catch(() => {});
  await eventually(() => (el.shadowRoot?.querySelectorAll('input[name="reason"]').length ?? 0) > 0);
  await settle(el);
}

/** Mounts `tag`, applies each step and checks the element after each one. */
async function runSteps(
  tag: string,
  watch: PageWatch,
  steps: AttributeStep[],
  check: (el: HTMLElement) => void | Promise<void>,
): Promise<void> {
  watch.reset();
  const { host, dispose } = stage();
  const touched = new Set<string>();
  try {
    const el = document.createElement(tag);
    applyStep(el, steps[0]!, touched);
    host.append(el);
    for (let i = 0; ;) {
      await settle(el);
      checkNoErrors(watch);
      await check(el);
      checkWarnings(tag, watch.warnings, (name) => touched.has(name));
      if (++i >= steps.length) break;
      applyStep(el, steps[i]!, touched);
    }
  } finally {
    dispose();
  }
}

describe('property: widget attributes', function () {
  this.timeout(60_000);
  const watch = new PageWatch();
  beforeEach(() => watch.install());
  afterEach(() => watch.uninstall());

  it('<folio-post-nav> shows every side it is given, links only safe URLs and warns once per attribute', async () => {
    const steps = attributeSteps(
      {
        'prev-href': anyText(urlText),
        'prev-title': anyText(visibleText),
        'prev-date': anyText(isoDate),
        'next-href': anyText(urlText),
        'next-title': anyText(visibleText),
        'next-date': anyText(isoDate),
        'time-zone': anyText(timeZone),
        lang: langValue,
      },
      { booleans: ['keyboard', 'prefetch'] },
    );
    await checkProperty(
      'post-nav attributes',
      steps,
      (s) =>
        runSteps('folio-post-nav', watch, s, (el) => {
          const root = el.shadowRoot!;
          checkLinksSafe(root);
          for (const side of ['prev', 'next']) {
            const href = trimmed(el, `${side}-href`);
            const title = trimmed(el, `${side}-title`);
            const date = trimmed(el, `${side}-date`);
            const shown = root.querySelector(`[part~="side"][part~="${side}"]`);
            if (!href && !title && !date) {
              expect(shown, `${side} side without data`).to.equal(null);
              continue;
            }
            expect(shown, `${side} side`).to.exist;
            expect(shown!.querySelector('[part="label"]')!.textContent!.trim(), `${side} label`).not.to.equal('');
            if (title) expect(shown!.querySelector('[part="title"]')?.textContent, `${side} title`).to.equal(title);
            if (date)
              expect(shown!.querySelector('[part="date"]')?.textContent?.trim(), `${side} date`).not.to.equal('');
            if (href && SAFE_URLS.includes(el.getAttribute(`${side}-href`)!)) {
              expect(shown!.localName, `${side} with a safe href`).to.equal('a');
              expect(shown!.getAttribute('rel')).to.equal(side);
            }
          }
        }),
      { numRuns: 60 },
    );
  });

  it('<folio-copyright-notice> always states the copyright with a year and keeps the holder and notice', async () => {
    const steps = attributeSteps({
      holder: anyText(visibleText),
      'year-start': anyText(yearText),
      'year-end': anyText(yearText),
      license: anyText(licenseCode),
      'reprint-notice': anyText(visibleText),
      'report-email': anyText(emailText),
      'report-dialog': anyText(fc.constantFrom('report', 'missing-dialog', '#report', 'a b')),
      lang: langValue,
    });
    const thisYear = new Date().getFullYear();
    await checkProperty(
      'copyright-notice attributes',
      steps,
      (s) =>
        runSteps('folio-copyright-notice', watch, s, (el) => {
          const root = el.shadowRoot!;
          checkLinksSafe(root);
          const copyright = root.querySelector('[part="copyright"]')?.textContent ?? '';
          expect(copyright, 'the copyright line has a year').to.match(/\d{4}/);
          const holder = trimmed(el, 'holder');
          if (holder) expect(copyright, 'the holder').to.contain(holder);
          const end = trimmed(el, 'year-end');
          if (end && /^\d{4}$/.test(end) && Number(end) >= 1000 && Number(end) <= thisYear)
            expect(copyright, 'year-end').to.contain(end);
          const reprint = trimmed(el, 'reprint-notice');
          if (reprint)
            expect(root.querySelector('[part="reprint"]')?.textContent, 'the reprint notice').to.equal(reprint);
          else expect(root.querySelector('[part="reprint"]')).to.equal(null);
          const license = el
            .getAttribute('license')
            ?.trim()
            .toLowerCase()
            .replace(/[\s_]+/g, '-');
          if (license && license !== 'all-rights-reserved') {
            expect(root.querySelector('[part="license"]')?.textContent?.trim(), 'a licence line').not.to.equal('');
          }
          const email = el.getAttribute('report-email');
          if (email === 'report@example.com' || email === 'mailto:report@example.com') {
            expect(
              root.querySelector<HTMLAnchorElement>('[part="report-link"]')?.href,
              'the report e-mail link',
            ).to.match(/^mailto:report@example\.com/);
          }
        }),
      { numRuns: 60 },
    );
  });

  it('<folio-report-dialog> renders its dialog, opens on `open` and offers every valid reason it is given', async () => {
    const validReason = fc.constantFrom('copyright', 'illegal', 'spam:Spam or ads', 'ads:广告', 'x-1:Ｘ');
    const reasons = fc
      .array(
        fc.oneof(validReason, unicodeText, fc.constantFrom('', 'Spam', 'spam:', ':label', '-x:y', 'copyright:版权')),
        { maxLength: 6 },
      )
      .map((entries) => entries.join(','));
    const steps = attributeSteps(
      {
        action: anyText(urlText),
        email: anyText(emailText),
        reasons: anyText(reasons),
        'page-url': anyText(urlText),
        'page-title': anyText(visibleText),
        'csrf-token': anyText(unicodeText),
        timeout: numberText,
        'min-fill-time': numberText,
        lang: langValue,
      },
      { booleans: ['open'], maxSteps: 2 },
    );
    await checkProperty(
      'report-dialog attributes',
      steps,
      (s) =>
        runSteps('folio-report-dialog', watch, s, async (el) => {
          const root = el.shadowRoot!;
          const dialog = root.querySelector('dialog');
          expect(dialog, 'a <dialog>').to.exist;
          expect(dialog!.open, 'open follows the attribute').to.equal(el.hasAttribute('open'));
          checkLinksSafe(root);
          if (!el.hasAttribute('open')) return;
          const radios = () => [...root.querySelectorAll<HTMLInputElement>('input[name="reason"]')];
          expect(await eventually(() => radios().length > 0), 'reasons are offered').to.equal(true);
          const written = (el.getAttribute('reasons') ?? '').split(',').map((entry) => entry.split(':')[0]!.trim());
          const offered = radios().map((r) => r.value);
          for (const code of ['copyright', 'illegal', 'spam', 'ads', 'x-1']) {
            if (written.includes(code)) expect(offered, `reason ${code}`).to.include(code);
          }
        }),
      { numRuns: 30 },
    );
  });

  it('number properties take any JavaScript number (NaN, ±Infinity, -0, fractions, negatives) with one warning at most', async () => {
    const numbers = fc.oneof(
      fc.double(),
      fc.integer({ min: -5, max: 12 }),
      fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, 1e21, Number.MIN_VALUE),
    );
    const cases = fc.oneof(
      fc.record({
        tag: fc.constant('folio-related-posts'),
        property: fc.constantFrom('limit', 'headingLevel', 'timeout'),
        value: numbers,
      }),
      fc.record({ tag: fc.constant('folio-section-heading'), property: fc.constant('level'), value: numbers }),
      fc.record({
        tag: fc.constant('folio-report-dialog'),
        property: fc.constantFrom('timeout', 'minFillTime'),
        value: numbers,
      }),
    );
    const attributeOf: Record<string, string> = {
      limit: 'limit',
      headingLevel: 'heading-level',
      timeout: 'timeout',
      level: 'level',
      minFillTime: 'min-fill-time',
    };
    await checkProperty(
      'number properties',
      fc.tuple(cases, numbers),
      async ([{ tag, property, value }, later]) => {
        watch.reset();
        const { host, dispose } = stage('en');
        try {
          const el = document.createElement(tag) as unknown as HTMLElement & Record<string, unknown>;
          if (tag === 'folio-related-posts') {
            el.items = Array.from({ length: 12 }, (_, i) => ({ title: `Post ${i}`, href: `/posts/${i}.html` }));
            // A src, so that timeout is read; the feed answers at once.
            if (property === 'timeout') {
              el.items = undefined;
              el.fetcher = async () => new Response('[{"title":"Post","href":"/posts/p.html"}]');
              el.setAttribute('src', '/feed.json');
            }
          } else if (tag === 'folio-section-heading') el.textContent = 'Heading';
          el[property] = value;
          host.append(el);
          await settle(el);
          // A second value later: the element follows it, still without throwing or warning twice.
          el[property] = later;
          await settle(el);
          // The form that reads the durations loads on opening.
          if (tag === 'folio-report-dialog') await openReportForm(el);
          checkNoErrors(watch);
          const root = el.shadowRoot ?? el;
          expect(root.querySelector('dialog, section, h2, h3, h4, h5, h6'), 'a rendering').to.exist;
          if (tag === 'folio-related-posts' && property === 'limit') {
            const links = root.querySelectorAll('[part~="link"]').length;
            const limit = Number.isInteger(later) && later > 0 ? later : 12;
            expect(links, 'the limit in force').to.equal(Math.min(limit, 12));
          }
          if (tag === 'folio-section-heading') {
            const h = el.querySelector(':scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6');
            expect(h, 'an <h2>–<h6>').to.exist;
            if (Number.isInteger(later) && later >= 2 && later <= 6) expect(h!.localName).to.equal(`h${later}`);
          }
          checkWarnings(tag, watch.warnings, (name) => name === attributeOf[property]);
        } finally {
          dispose();
        }
      },
      { numRuns: 40 },
    );
  });

  it('string properties handed JSON (numbers, objects, arrays, booleans, BigInt, cycles) warn once naming the attribute and never throw', async () => {
    const cases = fc.constantFrom(...Object.keys(STRING_PROPERTIES)).chain((tag) =>
      fc.tuple(
        fc.constant(tag),
        fc.dictionary(fc.constantFrom(...Object.keys(STRING_PROPERTIES[tag]!)), fc.oneof(jsonValue, unicodeText), {
          minKeys: 1,
          noNullPrototype: true,
        }),
      ),
    );
    await checkProperty(
      'string properties',
      cases,
      async ([tag, values]) => {
        watch.reset();
        const { host, dispose } = stage('zh-CN');
        try {
          const el = document.createElement(tag) as unknown as HTMLElement & Record<string, unknown>;
          if (tag === 'folio-related-posts') {
            el.items = [{ title: '相关文章', href: '/posts/related.html' }];
            el.fetcher = async () => new Response('[]');
          } else if (tag !== 'folio-report-dialog') el.textContent = '小节标题';
          host.append(el);
          await settle(el);
          for (const [property, value] of Object.entries(values)) el[property] = value;
          await settle(el);
          // The form reads reasons, page and e-mail when it opens.
          if (tag === 'folio-report-dialog') await openReportForm(el);
          checkNoErrors(watch);
          if (el.shadowRoot) {
            // Post-nav with no usable side renders nothing, by design; the other widgets always render their frame.
            if (tag !== 'folio-post-nav')
              expect(el.shadowRoot.querySelector('dialog, section, [part="base"]'), 'a rendering').to.exist;
          } else {
            // Light-DOM tags: the page's text stays (the article adds a header only for data it can use).
            expect(el.textContent, 'the text').to.contain('小节标题');
          }
          const given = new Set(Object.keys(values).map((property) => STRING_PROPERTIES[tag]![property]!));
          checkWarnings(
            tag,
            watch.warnings,
            (name) => given.has(name) || (tag === 'folio-related-posts' && /^items\[/.test(name)),
          );
        } finally {
          dispose();
        }
      },
      { numRuns: 50 },
    );
  });

  it('removing attributes that held good values never warns and never throws, in any order, for every tag', async () => {
    const cases = fc.constantFrom(...Object.keys(GOOD_VALUES)).chain((tag) => {
      const names = Object.keys(GOOD_VALUES[tag]!);
      return fc.tuple(fc.constant(tag), fc.shuffledSubarray(names, { minLength: 1 }), fc.func(fc.integer()));
    });
    await checkProperty(
      'attribute removal',
      cases,
      async ([tag, names, order]) => {
        watch.reset();
        const { host, dispose } = stage('zh-CN');
        try {
          const el = document.createElement(tag) as HTMLElement & { items?: unknown };
          if (tag === 'folio-related-posts') el.items = [{ title: '相关文章', href: '/posts/related.html' }];
          else if (tag !== 'folio-report-dialog') el.textContent = '小节标题';
          for (const name of names) el.setAttribute(name, GOOD_VALUES[tag]![name]!);
          host.append(el);
          await settle(el);
          checkNoErrors(watch);
          expect(watch.warnings, 'good values do not warn').to.deep.equal([]);
          // Removed one by one, in an order of the case's choosing, each removal rendered.
          const removal = [...names].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
          for (const name of removal) {
            el.removeAttribute(name);
            await settle(el);
          }
          checkNoErrors(watch);
          expect(watch.warnings, 'removing an attribute is not bad input').to.deep.equal([]);
        } finally {
          dispose();
        }
      },
      { numRuns: 40 },
    );
  });
});

/** A good value for every attribute of every tag (the report dialog's `open` is left out: a modal would cover the page). */
const GOOD_VALUES: Record<string, Record<string, string>> = {
  'folio-article': {
    headline: '标题',
    byline: '记者 张三',
    source: '新华社',
    'date-published': '2023-06-01T10:40:00+08:00',
    'date-modified': '2023-06-02',
    'time-zone': 'Asia/Shanghai',
    'reprint-notice': '未经许可不得转载',
    toc: '',
    'reading-time': '',
    'structured-data': '',
    'normalize-punctuation': '',
    indent: '',
    'hanging-punctuation': '',
    lang: 'en',
  },
  'folio-section-heading': { level: '3', 'anchor-id': 'intro', numbered: '', lang: 'ja' },
  'folio-post-nav': {
    'prev-href': '/posts/1.html',
    'prev-title': '上一篇',
    'prev-date': '2023-06-01',
    'next-href': '/posts/3.html',
    'next-title': '下一篇',
    'next-date': '2023-06-03T08:00:00Z',
    'time-zone': 'UTC',
    keyboard: '',
    prefetch: '',
    lang: 'zh-TW',
  },
  'folio-related-posts': {
    heading: '相关推荐',
    'heading-level': '3',
    layout: 'grid',
    limit: '2',
    exclude: '/posts/x.html',
    'relative-dates': '',
    'time-zone': 'UTC',
    timeout: '1000',
    'hide-empty': '',
    lang: 'en',
  },
  'folio-copyright-notice': {
    holder: '新华社',
    'year-start': '2019',
    'year-end': '2020',
    license: 'cc-by-nc-nd-4.0',
    'reprint-notice': '转载请注明出处',
    'report-email': 'report@example.com',
    'report-dialog': 'report',
    lang: 'ja',
  },
  'folio-report-dialog': {
    action: '/api/reports',
    email: 'report@example.com',
    reasons: 'copyright, spam:Spam',
    'page-url': 'https://example.com/p',
    'page-title': '页面',
    'csrf-token': 'token',
    timeout: '1000',
    'min-fill-time': '10',
    lang: 'en',
  },
};

/** Every string property of every tag, with the attribute a warning about it names. */
const STRING_PROPERTIES: Record<string, Record<string, string>> = {
  'folio-article': {
    headline: 'headline',
    byline: 'byline',
    source: 'source',
    datePublished: 'date-published',
    dateModified: 'date-modified',
    timeZone: 'time-zone',
    reprintNotice: 'reprint-notice',
  },
  'folio-section-heading': { anchorId: 'anchor-id' },
  'folio-post-nav': {
    prevHref: 'prev-href',
    prevTitle: 'prev-title',
    prevDate: 'prev-date',
    nextHref: 'next-href',
    nextTitle: 'next-title',
    nextDate: 'next-date',
    timeZone: 'time-zone',
  },
  'folio-related-posts': {
    heading: 'heading',
    layout: 'layout',
    exclude: 'exclude',
    src: 'src',
    timeZone: 'time-zone',
  },
  'folio-copyright-notice': {
    holder: 'holder',
    yearStart: 'year-start',
    yearEnd: 'year-end',
    license: 'license',
    reprintNotice: 'reprint-notice',
    reportEmail: 'report-email',
    reportDialog: 'report-dialog',
  },
  'folio-report-dialog': {
    action: 'action',
    email: 'email',
    reasons: 'reasons',
    pageUrl: 'page-url',
    pageTitle: 'page-title',
    csrfToken: 'csrf-token',
  },
};

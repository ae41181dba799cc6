/**
 * The hostile corpus through the attributes of the tags that take them as
 * plain HTML: `<folio-post-nav>`, `<folio-copyright-notice>`,
 * `<folio-section-heading>` and `<folio-article>`'s header and structured
 * data. URL payloads go into every URL attribute (and the e-mail ones, which
 * become mailto: links); markup payloads into every text attribute, where
 * they must show as the characters they are. (The report dialog, which has
 * to be opened and sent, has a file of its own.)
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/article/define.js';
import '../../src/copyright-notice/define.js';
import '../../src/post-nav/define.js';
import '../../src/related-posts/define.js';
import '../../src/report-dialog/define.js';
import '../../src/section-heading/define.js';
import type { LitElement, ReactiveElement } from 'lit';
import { HOSTILE_MARKUP, HOSTILE_URLS } from './support/hostile-corpus.js';
import { clobbered, dangers, expectHarmless, HostilePage, ran, schemeOf } from './support/hostile-checks.js';

const SHADOW_SCAN = { skipRootAttributes: true };
const HEADING_WIDGETS =
  '.folio-section-heading__copy, .folio-section-heading__status, .folio-section-heading__link-field';
const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];

/** Text as a tag shows it: attributes are trimmed, and whitespace collapses when it is rendered as text. */
const shown = (value: string) => value.trim();
const collapse = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

function make<T extends HTMLElement>(tag: string, attributes: Record<string, string>, text?: string): T {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

describe('hostile corpus through the attributes of every tag', function () {
  // Every payload through every attribute of every tag, rendered: WebKit needs more than 30 s for the
  // setup while the three engines share two cores.
  this.timeout(120_000);
  const elements = new Map<string, HTMLElement>();
  const page = new HostilePage();
  let host: HTMLElement;
  const warnings = () => page.warnings;
  const add = (key: string, el: HTMLElement) => {
    host.append(el);
    elements.set(key, el);
  };
  const get = <T extends HTMLElement>(key: string) => elements.get(key) as T;

  before(async () => {
    host = page.open();
    host.lang = 'zh-CN';
    for (const entry of HOSTILE_URLS) {
      const value = entry.value;
      add(
        `nav-prev:${entry.id}`,
        make('folio-post-nav', {
          'prev-href': value,
          'prev-title': 'prev-words',
          'next-href': '/posts/next.html',
          'next-title': 'next-words',
        }),
      );
      add(
        `nav-next:${entry.id}`,
        make('folio-post-nav', {
          'next-href': value,
          'next-title': 'next-words',
          'prev-href': '/posts/prev.html',
          'prev-title': 'prev-words',
        }),
      );
      add(
        `notice-url:${entry.id}`,
        make('folio-copyright-notice', { holder: 'holder-words', license: value, 'report-email': value }),
      );
      add(
        `notice-mailto:${entry.id}`,
        make('folio-copyright-notice', {
          holder: 'holder-words',
          license: 'cc-by-4.0',
          'report-email': `mailto:${value}`,
        }),
      );
      add(`heading-anchor-url:${entry.id}`, make('folio-section-heading', { 'anchor-id': value }, 'heading-words'));
    }
    for (const entry of HOSTILE_MARKUP) {
      const value = entry.value;
      add(
        `nav-text:${entry.id}`,
        make('folio-post-nav', {
          'prev-href': '/posts/prev.html',
          'prev-title': value,
          'prev-date': value,
          'next-title': value,
          'next-date': value,
          'time-zone': value,
        }),
      );
      add(
        `notice-text:${entry.id}`,
        make('folio-copyright-notice', {
          holder: value,
          license: value,
          'reprint-notice': value,
          'report-dialog': value,
          'report-email': value,
          'year-start': value,
          'year-end': value,
        }),
      );
      add(`heading-text:${entry.id}`, make('folio-section-heading', { level: value }, value));
      add(`heading-anchor:${entry.id}`, make('folio-section-heading', { 'anchor-id': value }, 'heading-words'));
      add(
        `article:${entry.id}`,
        make(
          'folio-article',
          {
            headline: value,
            byline: value,
            source: value,
            'reprint-notice': value,
            'date-published': value,
            'date-modified': value,
            'time-zone': value,
            'structured-data': '',
            'reading-time': '',
          },
          'body-words',
        ),
      );
    }
    await Promise.all([...elements.values()].map((el) => (el as ReactiveElement).updateComplete));
    // The notice looks its dialog up when the report button is pressed: press it with every hostile id.
    for (const [key, el] of elements) {
      if (key.startsWith('notice-text:'))
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="report-button"]')?.click();
    }
    await page.runPayloads(elements.values());
  });

  after(() => {
    page.close();
  });

  describe('<folio-post-nav> prev-href and next-href', () => {
    for (const entry of HOSTILE_URLS) {
      it(`${entry.id}: ${entry.note}`, () => {
        for (const [side, other] of [
          ['prev', 'next'],
          ['next', 'prev'],
        ] as const) {
          const nav = get<LitElement>(`nav-${side}:${entry.id}`);
          expectHarmless(entry.id, nav, SHADOW_SCAN);
          const root = nav.shadowRoot!;
          // The side stays, with its words, whether or not it is a link; the other side is untouched.
          expect(root.querySelector(`[part~="${side}"] [part~="title"]`)?.textContent, `${side} title`).to.equal(
            `${side}-words`,
          );
          expect(root.querySelector(`a[rel="${other}"]`)?.getAttribute('href'), `${other} link`).to.equal(
            `/posts/${other}.html`,
          );
          const link = root.querySelector(`a[rel="${side}"]`);
          if (link) expect(LINK_SCHEMES, side).to.include(schemeOf(link.getAttribute('href')!));
          if (entry.live) {
            // Booleans, not elements, in assertions: chai's message for a live element can take minutes to build.
            expect(link === null, `${side} is not a link`).to.equal(true);
            expect(
              warnings().some((m) => m.startsWith(`<folio-post-nav> ${side}-href:`)),
              `warned, naming ${side}-href`,
            ).to.equal(true);
          }
        }
      });
    }
  });

  describe('<folio-post-nav> titles, dates and time zone', () => {
    for (const entry of HOSTILE_MARKUP) {
      it(`${entry.id}: ${entry.note}`, () => {
        const nav = get<LitElement>(`nav-text:${entry.id}`);
        expectHarmless(entry.id, nav, SHADOW_SCAN);
        const titles = [...nav.shadowRoot!.querySelectorAll('[part~="title"]')].map((t) => t.textContent);
        if (shown(entry.value))
          expect(titles, 'titles, as text').to.deep.equal([shown(entry.value), shown(entry.value)]);
        expect(nav.shadowRoot!.querySelector('a[rel="prev"]')?.getAttribute('href')).to.equal('/posts/prev.html');
      });
    }
  });

  describe('<folio-copyright-notice> license and report-email URLs', () => {
    for (const entry of HOSTILE_URLS) {
      it(`${entry.id}: ${entry.note}`, () => {
        for (const key of [`notice-url:${entry.id}`, `notice-mailto:${entry.id}`]) {
          const notice = get<LitElement>(key);
          expectHarmless(entry.id, notice, SHADOW_SCAN);
          expect(notice.shadowRoot!.querySelector('[part~="copyright"]')!.textContent, 'holder').to.include(
            'holder-words',
          );
          for (const a of notice.shadowRoot!.querySelectorAll('a'))
            expect(LINK_SCHEMES, key).to.include(schemeOf(a.getAttribute('href')!));
          const mail = notice.shadowRoot!.querySelector('[part~="report-link"]');
          if (mail) expect(schemeOf(mail.getAttribute('href')!), 'the report link').to.equal('mailto:');
        }
      });
    }
  });

  describe('<folio-copyright-notice> holder, license, reprint notice, years, report-email and report-dialog as text', () => {
    for (const entry of HOSTILE_MARKUP) {
      it(`${entry.id}: ${entry.note}`, () => {
        const notice = get<LitElement>(`notice-text:${entry.id}`);
        expectHarmless(entry.id, notice, SHADOW_SCAN);
        const root = notice.shadowRoot!;
        const value = shown(entry.value);
        if (!value) return;
        expect(root.querySelector('[part~="copyright"]')!.textContent, 'holder').to.include(value);
        expect(root.querySelector('[part~="license"]')!.textContent, 'unknown license, shown as written').to.include(
          value,
        );
        expect(root.querySelector('[part~="reprint"]')!.textContent, 'reprint notice').to.equal(value);
        expect(root.querySelector('[part~="report-link"]') === null, 'no e-mail link from markup').to.equal(true);
      });
    }
  });

  describe('<folio-section-heading> text, level and anchor-id', () => {
    for (const entry of HOSTILE_MARKUP) {
      it(`${entry.id}: ${entry.note}`, () => {
        const heading = get<ReactiveElement>(`heading-text:${entry.id}`);
        expectHarmless(entry.id, heading, { strict: true, ownWidgets: HEADING_WIDGETS, skipRootAttributes: true });
        const h = heading.querySelector('h2, h3, h4, h5, h6');
        if (collapse(entry.value))
          expect(collapse(h?.textContent), 'the text, as text').to.equal(collapse(entry.value));
        // An anchor-id is an id, never markup; whitespace becomes "-".
        const anchored = get<ReactiveElement>(`heading-anchor:${entry.id}`);
        expectHarmless(entry.id, anchored, { strict: true, ownWidgets: HEADING_WIDGETS, skipRootAttributes: true });
        const id = anchored.querySelector('h2')!.id;
        if (collapse(entry.value)) expect(id, 'anchor id').to.equal(entry.value.trim().replace(/\s+/g, '-'));
        expect(anchored.querySelector('h2')!.textContent).to.equal('heading-words');
      });
    }
    for (const entry of HOSTILE_URLS) {
      it(`${entry.id} as anchor-id: ${entry.note}`, () => {
        const heading = get<ReactiveElement>(`heading-anchor-url:${entry.id}`);
        expectHarmless(entry.id, heading, { strict: true, ownWidgets: HEADING_WIDGETS, skipRootAttributes: true });
        // The copy link is the page's own URL with the id as its fragment, whatever the id says.
        const url = new URL((heading as unknown as { linkUrl: string }).linkUrl);
        expect(url.origin + url.pathname).to.equal(location.origin + location.pathname);
      });
    }
  });

  describe('<folio-article> header attributes and structured data', () => {
    for (const entry of HOSTILE_MARKUP) {
      it(`${entry.id}: ${entry.note}`, () => {
        const article = get<ReactiveElement>(`article:${entry.id}`);
        expect(ran(entry.id), 'sentinel').to.deep.equal([]);
        expect(dangers(article, { skipRootAttributes: true }), 'dangerous DOM').to.deep.equal([]);
        const value = shown(entry.value);
        const header = article.querySelector('[data-folio-article-part="header"]');
        if (value)
          expect(collapse(header?.textContent), 'headline, byline and source, as text').to.include(collapse(value));
        expect(
          article.querySelector('[data-folio-article-part="notice"]')?.textContent ?? '',
          'reprint notice',
        ).to.equal(value);
        expect(article.textContent, 'the body').to.include('body-words');
        // JSON-LD is data: it cannot end its script element or open a comment, and it says what was written.
        const script = article.querySelector('script[type="application/ld+json"]')!;
        expect(script.textContent).to.not.match(/<|>/);
        if (value) expect(JSON.parse(script.textContent!).headline).to.equal(value);
      });
    }
  });

  it('no payload clobbered a document or window property, nothing threw, and the sentinel never ran', () => {
    expect(clobbered()).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
    expect(ran()).to.deep.equal([]);
  });
});

describe('a run of thousands of combining marks in text a tag shows', () => {
  // WebKit lays out one run of 8,000 U+0651 in about half a second and one of 100,000 in minutes (the tab hangs);
  // a tag shows at most 30 marks in a row, Unicode's stream-safe limit, which no language's text reaches.
  const zalgo = `a${'\u0651'.repeat(8000)}b`;
  const safe = `a${'\u0651'.repeat(30)}b`;

  it('is cut to 30 marks by the post navigation, the notice and the article header', async () => {
    const nav = make('folio-post-nav', { 'prev-href': '/posts/1.html', 'prev-title': zalgo });
    const notice = make('folio-copyright-notice', { holder: zalgo, 'year-start': '2020' });
    const article = make('folio-article', { headline: zalgo, lang: 'ar' }, '正文');
    document.body.append(nav, notice, article);
    try {
      await Promise.all([nav, notice, article].map((el) => (el as LitElement).updateComplete));
      expect(nav.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(safe);
      expect(notice.shadowRoot!.querySelector('[part="copyright"]')!.textContent).to.contain(safe);
      expect(notice.shadowRoot!.textContent).not.to.contain('\u0651'.repeat(31));
      expect(article.querySelector('h1')!.textContent).to.equal(safe);
    } finally {
      nav.remove();
      notice.remove();
      article.remove();
    }
  });

  it('is cut to 30 marks in related posts\u2019 titles and excerpts and the report dialog\u2019s reason labels', async () => {
    const list = make('folio-related-posts', {}) as HTMLElement & { items: unknown };
    list.items = [{ title: zalgo, href: '/posts/1.html', excerpt: zalgo }];
    const dialog = make('folio-report-dialog', { reasons: `other:${zalgo}` }) as HTMLElement & {
      show(): Promise<void>;
    };
    document.body.append(list, dialog);
    try {
      await (list as unknown as LitElement).updateComplete;
      expect(list.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(safe);
      expect(list.shadowRoot!.textContent).not.to.contain('\u0651'.repeat(31));
      await dialog.show();
      await waitUntil(() => dialog.shadowRoot!.querySelector('input[name="reason"]'), 'the form', { timeout: 10_000 });
      expect(dialog.shadowRoot!.textContent).to.contain(safe);
      expect(dialog.shadowRoot!.textContent).not.to.contain('\u0651'.repeat(31));
    } finally {
      list.remove();
      dialog.remove();
    }
  });
});

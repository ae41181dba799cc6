/**
 * Property-based tests of the light-DOM tags: <folio-article> (attributes,
 * the `html` string, the `blocks` JSON) and <folio-section-heading>
 * (attributes and its text), given arbitrary Unicode, huge, empty and
 * malformed input. For every case: no uncaught exception or unhandled
 * rejection, the text the page or the data gave is still there, nothing
 * dangerous reaches the DOM, and at most one warning per attribute, each
 * naming an input the case set.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/article/define.js';
import '../../src/section-heading/define.js';
import {
  anyText,
  blankText,
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

type Article = HTMLElement & { html?: unknown; blocks?: unknown; updateComplete: Promise<boolean> };

const PART = 'data-folio-article-part';
const part = (el: Element, name: string) => el.querySelector<HTMLElement>(`:scope > [${PART}="${name}"]`);
/** An attribute as a tag shows it: trimmed, runs of combining marks cut at 30 (src/core/text-property.ts). */
const trimmed = (el: Element, name: string) =>
  el
    .getAttribute(name)
    ?.trim()
    .replace(/(\p{M}{30})\p{M}+/gu, '$1') || undefined;

/** The page's own body: text an upgrade must never lose (no half-width punctuation, so normalize-punctuation leaves it as it is). */
const OWN_BODY = ['正文第一段的内容', '第一节', 'A paragraph in English', 'Plain heading'];
function writeOwnBody(article: Element): void {
  article.innerHTML = `<p>${OWN_BODY[0]}</p><folio-section-heading>${OWN_BODY[1]}</folio-section-heading><p>${OWN_BODY[2]}</p><h2>${OWN_BODY[3]}</h2>`;
}

/** A marker that no generated input contains, so finding it proves that this piece of the input survived. */
let markers = 0;
const marker = () => `folio-marker-${++markers}`;

// A script that runs sets this: none may.
declare global {
  interface Window {
    folioPwned?: number;
  }
}

describe('property: article and section-heading input', function () {
  this.timeout(60_000);
  const watch = new PageWatch();
  beforeEach(() => {
    watch.install();
    window.folioPwned = 0;
  });
  afterEach(() => watch.uninstall());

  it('<folio-article> attributes: the header shows what was written, the body stays, the JSON-LD stays JSON', async () => {
    const steps = attributeSteps(
      {
        headline: anyText(visibleText),
        byline: anyText(visibleText),
        source: anyText(visibleText),
        'date-published': anyText(isoDate),
        'date-modified': anyText(isoDate),
        'time-zone': anyText(timeZone),
        'reprint-notice': anyText(visibleText),
        lang: langValue,
      },
      {
        booleans: ['toc', 'reading-time', 'structured-data', 'normalize-punctuation', 'indent', 'hanging-punctuation'],
      },
    );
    await checkProperty(
      'article attributes',
      steps,
      async (s) => {
        watch.reset();
        const { host, dispose } = stage();
        const touched = new Set<string>();
        try {
          const el = document.createElement('folio-article') as Article;
          writeOwnBody(el);
          applyStep(el, s[0]!, touched);
          host.append(el);
          for (let i = 0; ;) {
            await settle(el);
            checkNoErrors(watch);
            for (const text of OWN_BODY) expect(el.textContent, 'the page’s own body').to.contain(text);
            const header = part(el, 'header')?.textContent ?? '';
            for (const name of ['headline', 'byline', 'source']) {
              const value = trimmed(el, name);
              if (value) expect(header, name).to.contain(value);
            }
            for (const name of ['date-published', 'date-modified']) {
              const value = trimmed(el, name);
              // A valid date is formatted in a <time>; an invalid one is shown as written.
              if (value && !header.includes(value))
                expect(part(el, 'header')!.querySelector('time[datetime]'), name).to.exist;
            }
            const notice = trimmed(el, 'reprint-notice');
            expect(part(el, 'notice')?.textContent, 'reprint-notice').to.equal(notice);
            const script = part(el, 'structured-data');
            if (el.hasAttribute('structured-data')) {
              expect(script, 'JSON-LD').to.exist;
              expect(script!.textContent, 'JSON-LD cannot close its script').not.to.match(/<\/?script|<!--/i);
              const data = JSON.parse(script!.textContent!) as { headline?: string };
              expect(data.headline, 'JSON-LD headline').to.equal(trimmed(el, 'headline'));
            } else {
              expect(script).to.equal(null);
            }
            if (el.hasAttribute('toc'))
              expect(await eventually(() => el.querySelector(`[${PART}="toc"]`) !== null), 'contents').to.equal(true);
            checkWarnings('folio-article', watch.warnings, (name) => touched.has(name));
            if (++i >= s.length) break;
            applyStep(el, s[i]!, touched);
          }
        } finally {
          dispose();
        }
      },
      { numRuns: 40 },
    );
  });

  it('<folio-article>.html: any string is sanitized, keeps its safe text and runs nothing; anything else keeps the page’s body', async () => {
    const fragment = fc.oneof(
      visibleText.map((t) => `<p>${escapeHtml(t)}</p>`),
      fc.tuple(urlText, visibleText).map(([href, t]) => `<p><a href="${escapeHtml(href)}">${escapeHtml(t)}</a></p>`),
      unicodeText, // raw: may hold <, & and quotes
      fc.constantFrom(
        '<script>window.folioPwned=1</script>',
        '<img src=x onerror="window.folioPwned=1">',
        '<svg><script>window.folioPwned=1</script></svg>',
        '<a href="javascript:window.folioPwned=1">x</a>',
        '<iframe srcdoc="<script>parent.folioPwned=1</script>"></iframe>',
        '<math><mtext><table><mglyph><style><img src=x onerror="window.folioPwned=1">',
        '<style>@import url(//evil.example/x.css)</style>',
        '<p',
        '</div></p>',
        '<!--',
        '<![CDATA[',
        '<table><td>',
        '<form id="body"><input name="attributes"></form>',
        '<h1>其实的标题</h1>',
        '<h2>小节</h2>',
        '&#0;&#xD800;&nbsp',
        '<template><script>window.folioPwned=1</script></template>',
        '<noscript><p title="</noscript><img src=x onerror=window.folioPwned=1>">',
      ),
    );
    const value = fc.oneof(
      { arbitrary: fc.array(fragment, { maxLength: 8 }).map((pieces) => pieces.join('')), weight: 6 },
      { arbitrary: huge(fragment, 100_000), weight: 1 },
      { arbitrary: blankText, weight: 1 },
      { arbitrary: jsonValue.filter((v) => typeof v !== 'string'), weight: 2 },
    );
    await checkProperty(
      'article html',
      value,
      async (html) => {
        watch.reset();
        const { host, dispose } = stage('zh-CN');
        try {
          const el = document.createElement('folio-article') as Article;
          writeOwnBody(el);
          const mark = marker();
          el.html = typeof html === 'string' ? `<p>${mark}</p>${html}` : html;
          host.append(el);
          await settle(el);
          if (typeof html === 'string') {
            expect(await eventually(() => part(el, 'body') !== null, 5000), 'the sanitized body').to.equal(true);
            await settle(el);
            const body = part(el, 'body')!;
            expect(body.textContent, 'safe text survives').to.contain(mark);
            expect(body.querySelector('script, iframe, style, form, [onerror], [srcdoc]'), 'dangerous markup').to.equal(
              null,
            );
            checkLinksSafe(body);
          } else {
            expect(part(el, 'body'), 'no body from a non-string').to.equal(null);
            for (const text of OWN_BODY) expect(el.textContent, 'the page’s own body').to.contain(text);
          }
          checkNoErrors(watch);
          expect(window.folioPwned, 'no script ran').to.equal(0);
          checkWarnings('folio-article', watch.warnings, (name) => name === 'html', {
            'folio-section-heading': (name) => name === 'anchor-id' || name === 'text',
          });
        } finally {
          dispose();
        }
      },
      { numRuns: 40 },
    );
  });

  it('<folio-article>.blocks: every well-formed paragraph is shown; malformed blocks are skipped with a warning naming them', async () => {
    const inline = fc.oneof(
      visibleText,
      fc.array(
        fc.oneof(
          visibleText,
          mutatedRecord({ text: visibleText, href: urlText, emphasis: fc.boolean(), strong: fc.boolean() }),
        ),
        { maxLength: 3 },
      ),
    );
    const malformed = fc.oneof(
      mutatedRecord({ type: fc.constant('paragraph'), text: inline }),
      mutatedRecord({
        type: fc.constant('heading'),
        text: anyText(visibleText),
        level: fc.oneof(fc.integer({ min: -2, max: 9 }), numberText),
        id: anyText(),
      }),
      mutatedRecord({ type: fc.constant('quote'), text: inline, cite: urlText }),
      mutatedRecord({ type: fc.constant('list'), ordered: fc.boolean(), items: fc.array(inline, { maxLength: 3 }) }),
      mutatedRecord({
        type: fc.constantFrom('image', 'figure'),
        src: urlText,
        alt: anyText(),
        width: fc.double(),
        height: fc.integer(),
        caption: inline,
      }),
      mutatedRecord({
        type: fc.oneof(fc.constantFrom('Paragraph', 'video', 'html', '__proto__', ''), unicodeText),
        text: inline,
      }),
      jsonValue,
    );
    // A paragraph that must be shown, tagged with its own marker.
    const wellFormed = visibleText.map((text) => ({ type: 'paragraph', text: `${marker()} ${text}` }));
    const blocks = fc.oneof(
      { arbitrary: fc.array(fc.oneof(wellFormed, malformed), { maxLength: 8 }), weight: 16 },
      // 10,000 blocks: the size of a long report, rendered in one go.
      {
        arbitrary: fc
          .tuple(wellFormed, malformed)
          .map(([good, bad]) =>
            Array.from({ length: 10_000 }, (_, i) => (i % 100 === 99 ? bad : { ...good, text: `${good.text} ${i}` })),
          ),
        weight: 1,
      },
      { arbitrary: jsonValue.filter((v) => !Array.isArray(v)), weight: 1 },
    );
    await checkProperty(
      'article blocks',
      blocks,
      async (value) => {
        watch.reset();
        const { host, dispose } = stage('zh-CN');
        try {
          const el = document.createElement('folio-article') as Article;
          writeOwnBody(el);
          el.blocks = value;
          host.append(el);
          await settle(el);
          await settle(el);
          checkNoErrors(watch);
          if (Array.isArray(value)) {
            const body = part(el, 'body');
            expect(body, 'the generated body').to.exist;
            const text = body!.textContent!;
            for (const block of value as Array<{ text?: unknown }>) {
              if (typeof block?.text === 'string' && block.text.startsWith('folio-marker-'))
                expect(text, 'a well-formed paragraph').to.contain(block.text);
            }
            expect(body!.querySelector('script, iframe, [onerror]'), 'dangerous markup').to.equal(null);
            checkLinksSafe(body!);
            // Only a string is a URL: an object or a number never becomes src="[object Object]".
            const srcs = new Set(
              (value as Array<{ src?: unknown }>).map((b) => b?.src).filter((v): v is string => typeof v === 'string'),
            );
            // (The URL check trims controls and spaces at its ends: the src shown is part of a string given.)
            for (const img of body!.querySelectorAll('img')) {
              const src = img.getAttribute('src')!;
              expect(
                [...srcs].some((given) => given.includes(src)),
                `an image from a string src: ${src}`,
              ).to.equal(true);
            }
          } else if (value !== undefined && value !== null) {
            for (const text of OWN_BODY) expect(el.textContent, 'the page’s own body').to.contain(text);
          }
          // A heading block becomes a <folio-section-heading>, which warns about its own id and text.
          checkWarnings('folio-article', watch.warnings, (name) => name === 'blocks' || name.startsWith('blocks['), {
            'folio-section-heading': (name) => name === 'anchor-id' || name === 'text',
          });
        } finally {
          dispose();
        }
      },
      { numRuns: 40 },
    );
  });

  it('<folio-section-heading>: one real <h2>–<h6> holding its text, unique ids, one warning per attribute', async () => {
    const steps = attributeSteps(
      {
        level: numberText,
        'anchor-id': anyText(fc.constantFrom('intro', 'same id', '第一节', 'heading-a', '#x')),
        lang: langValue,
      },
      { booleans: ['numbered'] },
    );
    const text = anyText(visibleText);
    await checkProperty(
      'section-heading attributes',
      fc.tuple(steps, text, text),
      async ([s, firstText, secondText]) => {
        watch.reset();
        const { host, dispose } = stage('zh-CN');
        const touched = new Set<string>();
        try {
          // Two headings with the same attributes: their ids must still differ.
          const headings = [firstText, secondText].map((t) => {
            const el = document.createElement('folio-section-heading');
            el.textContent = t;
            return el;
          });
          for (const el of headings) applyStep(el, s[0]!, touched);
          host.append(...headings);
          for (let i = 0; ;) {
            for (const el of headings) await settle(el);
            checkNoErrors(watch);
            const ids = new Set<string>();
            headings.forEach((el, n) => {
              const written = n === 0 ? firstText : secondText;
              const hs = el.querySelectorAll(
                ':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6',
              );
              expect(hs.length, 'one heading element').to.equal(1);
              const h = hs[0] as HTMLHeadingElement;
              expect(h.localName, 'never an h1').not.to.equal('h1');
              const level = Number(el.getAttribute('level'));
              if (el.getAttribute('level')?.trim() && Number.isInteger(level) && level >= 2 && level <= 6)
                expect(h.localName).to.equal(`h${level}`);
              expect(h.textContent, 'the text, in the heading').to.equal(written);
              if (written.replace(/\s+/g, '') !== '') {
                expect(h.hidden, 'a heading with text is shown').to.equal(false);
                expect(h.id, 'an id').not.to.equal('');
                expect(h.id, 'an id without spaces').not.to.match(/[\t\n\f\r ]/);
                expect(ids.has(h.id), `the id ${h.id} is unique`).to.equal(false);
                ids.add(h.id);
              }
            });
            // Both headings warn under the same tag: check them one by one through their own messages.
            checkHeadingWarnings(watch.warnings, headings.length, (name) => touched.has(name) || name === 'text');
            if (++i >= s.length) break;
            for (const el of headings) applyStep(el, s[i]!, touched);
          }
        } finally {
          dispose();
        }
      },
      { numRuns: 50 },
    );
  });
});

/** With `count` headings in the case, a name may be warned about at most once per heading. */
function checkHeadingWarnings(warnings: readonly string[], count: number, allowed: (name: string) => boolean): void {
  const perName = new Map<string, string[]>();
  for (const warning of warnings) {
    const match = /^<folio-section-heading> ([^:]+): /.exec(warning);
    if (!match) throw new Error(`a warning that does not name an attribute: ${warning.slice(0, 200)}`);
    if (!allowed(match[1]!)) throw new Error(`a warning about ${match[1]}, which this case did not set`);
    perName.set(match[1]!, [...(perName.get(match[1]!) ?? []), warning]);
  }
  for (const [name, list] of perName) {
    if (list.length > count) throw new Error(`${list.length} warnings about ${name} from ${count} headings`);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

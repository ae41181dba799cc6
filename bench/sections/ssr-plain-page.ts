/**
 * The SSR bench's yardstick: the seed page as `renderArticlePage` writes it
 * (the same elements, text, attributes that matter and declarative shadow
 * roots with the same styles), produced by plain template literals instead of
 * Lit SSR, and without Lit's hydration markers. It is what a site would get
 * by hand-writing its page template: the fastest way to the same markup.
 *
 * Only the markup is written differently. The content work is shared with
 * the real renderer, because any server producing this page must do it too:
 * the article's body, ids, contents and JSON-LD (`serverArticle`), the
 * strings, numbers and dates of each tag (`serverLocalize`), the copyright
 * years, the URL guard. The styles are each element's own `elementStyles`,
 * read once, as a hand-written template would inline them.
 *
 * It covers the shapes the bench renders (the seed page; widgets in their
 * first state: notice without a license, navigation without or with links,
 * related posts empty or as a list, the report dialog closed) and
 * refuses the others out loud. The bench checks before timing that both
 * renderers give the same visible text, styles and element sequence.
 */
import type { CSSResult, LitElement } from 'lit';
import { copyrightYears } from '../../src/copyright-notice/years.js';
import { FolioCopyrightNotice } from '../../src/copyright-notice/copyright-notice.js';
import type { TocEntry } from '../../src/article/headings.js';
import type { ArticleHeaderView } from '../../src/article/header.js';
import { canonicalLang, directionOf } from '../../src/core/language.js';
import type { DisplayDate, LocaleController } from '../../src/core/locale-controller.js';
import { FolioPostNav } from '../../src/post-nav/post-nav.js';
import { FolioRelatedPosts } from '../../src/related-posts/related-posts.js';
import { FolioReportDialog } from '../../src/report-dialog/report-dialog.js';
import { PageIds, serverArticle } from '../../src/ssr/article.js';
import type { ArticleDocument, ArticleRelatedItem } from '../../src/ssr/article-document.js';
import { escapeAttribute as attr, escapeText as text, scriptJson } from '../../src/ssr/escape.js';
import { defaultFeatures, REPORT_DIALOG_ID, withoutReportSentence } from '../../src/ssr/page.js';
import { serverLocalize, withPageContext } from '../../src/ssr/server-context.js';
import { guardedUrl } from '../../src/ssr/widgets.js';

/** An element's shadow styles, as Lit SSR writes them into `<style>`. */
function stylesOf(element: typeof LitElement): string {
  // finalize() (protected) is what collects `styles` into elementStyles; it runs once per class.
  (element as unknown as { finalize(): void }).finalize();
  return element.elementStyles.map((style) => (style as CSSResult).cssText).join('');
}
const STYLES = {
  notice: stylesOf(FolioCopyrightNotice),
  nav: stylesOf(FolioPostNav),
  related: stylesOf(FolioRelatedPosts),
  dialog: stylesOf(FolioReportDialog),
};

const shadow = (styles: string, content: string) =>
  `<template shadowroot="open" shadowrootmode="open"><style>${styles}</style>${content}</template>`;
const optional = (name: string, value: string | number | null | undefined) =>
  value === undefined || value === null || value === '' ? '' : ` ${name}="${attr(String(value))}"`;
const trimmed = (value: string | null | undefined) => value?.trim() || undefined;
const time = (date: DisplayDate, className: string, part = '') =>
  date.datetime
    ? `<time class="${className}"${part} datetime="${attr(date.datetime)}">${text(date.text)}</time>`
    : `<span class="${className}"${part}>${text(date.text)}</span>`;

export function plainArticlePage(doc: ArticleDocument): string {
  const lang = canonicalLang(doc.lang);
  const features = defaultFeatures(lang);
  return withPageContext({ lang, baseUrl: 'http://localhost/' }, () => {
    const ids = new PageIds([REPORT_DIALOG_ID]);
    const copyright = doc.copyright ?? {};
    const main = `<main>
      ${articleHtml(doc, features, ids)}
      ${noticeHtml(copyright.yearStart, copyright.yearEnd, copyright.holder, copyright.license, copyright.reportEmail, withoutReportSentence(copyright.disclaimer))}
      ${postNavHtml(doc)}
      ${doc.related ? relatedHtml(doc.related.heading, doc.related.items) : ''}
      ${dialogHtml()}
    </main>`;
    return `<!doctype html>
<html lang="${attr(lang)}" dir="${directionOf(lang)}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${text(doc.title?.trim() ?? '')}</title>
    <link rel="stylesheet" href="/src/folio.css">
    <script type="module" src="/src/ssr/hydrate.ts"></script>
  </head>
  <body>
    ${main}
  </body>
</html>
`;
  });
}

function articleHtml(doc: ArticleDocument, features: ReturnType<typeof defaultFeatures>, ids: PageIds): string {
  const localize = serverLocalize('folio-article');
  const article = serverArticle(doc, features, localize, ids, undefined);
  const flag = (name: string, on: boolean) => (on ? ` ${name}` : '');
  const header = headerHtml(article.header, localize);
  return (
    `<folio-article${optional('headline', trimmed(doc.title))}${optional('byline', trimmed(doc.byline))}${optional('source', trimmed(doc.source))}` +
    `${optional('date-published', trimmed(doc.datePublished))}${optional('date-modified', trimmed(doc.dateModified))}${optional('time-zone', trimmed(doc.timeZone))}` +
    `${optional('reprint-notice', article.notice)}${flag('toc', features.toc)}${flag('reading-time', features.readingTime)}${flag('structured-data', features.structuredData)}` +
    `${flag('normalize-punctuation', features.normalizePunctuation)}${flag('indent', features.indent)}>` +
    (header ? `<div data-folio-article-part="header" data-folio-ssr>${header}</div>` : '') +
    `\n${article.bodyHtml}\n` +
    (article.notice ? `<p data-folio-article-part="notice">${text(article.notice)}</p>` : '') +
    (article.structuredData
      ? `<script type="application/ld+json" data-folio-article-part="structured-data">${article.structuredData}</script>`
      : '') +
    `</folio-article>`
  );
}

function headerHtml(view: ArticleHeaderView, localize: LocaleController): string {
  const meta: string[] = [];
  if (view.byline) meta.push(`<span class="folio-article-byline">${text(view.byline)}</span>`);
  if (view.source)
    meta.push(`<span class="folio-article-source">${text(localize.term('articleSource', view.source))}</span>`);
  if (view.published) meta.push(time({ ...view.published }, 'folio-article-published'));
  if (view.modified)
    meta.push(
      time({ ...view.modified, text: localize.term('articleModified', view.modified.text) }, 'folio-article-modified'),
    );
  if (view.readingTime) {
    const { cjkCharacters, words, minutes } = view.readingTime;
    meta.push(
      `<span class="folio-article-reading-time">${text(localize.term('articleReadingTime', localize.number(minutes)))}</span>`,
    );
    meta.push(
      `<span class="folio-article-length">${text(localize.term('articleLength', localize.number(cjkCharacters + words), cjkCharacters >= words ? 'characters' : 'words'))}</span>`,
    );
  }
  if (!view.headline && meta.length === 0 && !view.toc) return '';
  const contents = attr(localize.term('articleContents'));
  const toc = view.toc
    ? `<details data-folio-article-part="toc"${view.toc.open ? ' open' : ''}><summary>${contents}</summary>` +
      (view.toc.entries.length ? `<nav aria-label="${contents}">${tocList(view.toc.entries)}</nav>` : '') +
      `</details>`
    : '';
  return (
    (view.headline ? `<h1>${text(view.headline)}</h1>` : '') +
    (meta.length ? `<div class="folio-article-meta">${meta.join('')}</div>` : '') +
    toc
  );
}

function tocList(entries: TocEntry[]): string {
  return `<ol>${entries.map((entry) => `<li><a href="#${attr(entry.id)}">${text(entry.text)}</a>${entry.children.length ? tocList(entry.children) : ''}</li>`).join('')}</ol>`;
}

function noticeHtml(
  yearStart: number | null | undefined,
  yearEnd: number | null | undefined,
  holder: string | null | undefined,
  license: string | null | undefined,
  reportEmail: string | null | undefined,
  disclaimer: string | undefined,
): string {
  if (trimmed(license) && license!.trim() !== 'all-rights-reserved')
    throw new Error('plainArticlePage writes the all-rights-reserved notice only, not a license');
  if (trimmed(reportEmail)) throw new Error('plainArticlePage writes the report button only, not a report e-mail link');
  const localize = serverLocalize('folio-copyright-notice');
  const host = { localName: 'folio-copyright-notice' } as Element;
  const years = copyrightYears(host, yearStart?.toString(), yearEnd?.toString(), new Date().getFullYear());
  const button = `<button part="report-button" type="button" aria-haspopup="dialog">${text(localize.term('noticeReportButton'))}</button>`;
  const report = text(localize.term('noticeReportByDialog')).replace('{report}', button);
  const content =
    `<div part="base"><p part="copyright" class="above">${text(localize.term('noticeAllRightsReserved', years, trimmed(holder)))}</p>` +
    `<div part="disclaimer"><slot></slot></div><p part="report">${report}</p></div>`;
  return (
    `<folio-copyright-notice data-folio-ssr${optional('holder', trimmed(holder))}${optional('year-start', yearStart)}${optional('year-end', yearEnd)}` +
    `${optional('license', trimmed(license))} report-dialog="${REPORT_DIALOG_ID}">${shadow(STYLES.notice, content)}` +
    (disclaimer ? `<p>${text(disclaimer)}</p>` : '') +
    `</folio-copyright-notice>`
  );
}

const ARROWS = { prev: 'M10 3.5 5.5 8l4.5 4.5M5.5 8H14', next: 'M6 3.5 10.5 8 6 12.5M10.5 8H2' };

function postNavHtml(doc: ArticleDocument): string {
  const localize = serverLocalize('folio-post-nav');
  const zone = localize.timeZone(trimmed(doc.timeZone));
  const sides = (['prev', 'next'] as const).flatMap((direction) => {
    const side = doc[direction];
    const href = guardedUrl(`${direction}-href`, side?.href);
    const title = trimmed(side?.title);
    const date = localize.date(trimmed(side?.datePublished), { attribute: `${direction}-date`, timeZone: zone });
    if (!href && !title && !date) return [];
    const content =
      `<span class="arrow" part="arrow" aria-hidden="true"><svg viewBox="0 0 16 16" focusable="false"><path d="${ARROWS[direction]}" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/></svg></span>` +
      `<span class="text"><span class="label" part="label">${text(localize.term(direction === 'prev' ? 'postNavPrevious' : 'postNavNext'))}</span> ` +
      (title ? `<span class="title" part="title" title="${attr(title)}">${text(title)}</span> ` : '') +
      (date ? time(date, 'date', ' part="date"') : '') +
      `</span>`;
    return [
      {
        direction,
        href,
        title,
        date: side?.datePublished,
        html: href
          ? `<a class="side ${direction}" part="side link ${direction}" href="${attr(href)}" rel="${direction}">${content}</a>`
          : `<div class="side ${direction}" part="side ${direction}">${content}</div>`,
      },
    ];
  });
  const prev = sides.find((s) => s.direction === 'prev');
  const next = sides.find((s) => s.direction === 'next');
  const content = sides.length
    ? `<nav part="nav" aria-label="${attr(localize.term('postNavLabel'))}" dir="${localize.dir}">${sides.map((s) => s.html).join(' ')}</nav>`
    : '';
  return (
    `<folio-post-nav data-folio-ssr${optional('prev-href', prev?.href)}${optional('prev-title', prev?.title)}${optional('prev-date', trimmed(prev?.date))}` +
    `${optional('next-href', next?.href)}${optional('next-title', next?.title)}${optional('next-date', trimmed(next?.date))}${optional('time-zone', trimmed(doc.timeZone))}>` +
    `${shadow(STYLES.nav, content)}</folio-post-nav>`
  );
}

function relatedHtml(heading: string | null | undefined, items: ArticleRelatedItem[]): string {
  const localize = serverLocalize('folio-related-posts');
  const safe = (Array.isArray(items) ? items : []).flatMap((item, i) => {
    const href = guardedUrl(`items[${i}].href`, item.href);
    if (!href) return [];
    const image = guardedUrl(`items[${i}].image`, item.image);
    return [
      Object.fromEntries(
        Object.entries({ ...item, href, image }).filter(([, value]) => value !== null && value !== undefined),
      ) as unknown as ArticleRelatedItem,
    ];
  });
  const title = trimmed(heading) ?? localize.term('relatedHeading');
  const zone = localize.timeZone(undefined);
  const list = safe.length
    ? `<ul part="list" class="list">${safe
        .map((item, position) => {
          const date = localize.date(item.date ?? undefined, { attribute: `items[${position}].date`, timeZone: zone });
          return `<li part="item"><a part="link" href="${attr(item.href)}"><span part="title" class="title">${text(item.title)}</span></a>${date ? time(date, 'date', ' part="date"') : ''}</li>`;
        })
        .join('')}</ul>`
    : '';
  const content =
    `<section part="base" aria-labelledby="heading" aria-busy="false"><h2 class="heading" part="heading" id="heading" tabindex="-1">${text(title)}</h2>${list}` +
    `<p part="status" role="status" class="status ${safe.length ? 'loaded' : 'empty'}">${safe.length ? '' : text(localize.term('relatedEmpty'))}</p><slot hidden></slot></section>`;
  const script = safe.length ? `<script type="application/json">${scriptJson(safe)}</script>` : '';
  return `<folio-related-posts data-folio-ssr${optional('heading', trimmed(heading))} layout="list">${shadow(STYLES.related, content)}${script}</folio-related-posts>`;
}

/** The dialog as the server writes it: closed, its header only; the form's code loads in the browser, when it is needed. */
function dialogHtml(): string {
  const t = serverLocalize('folio-report-dialog');
  const content =
    `<dialog part="dialog" aria-labelledby="title" lang="${attr(t.lang)}" dir="${t.dir}">` +
    `<header part="header"><h2 id="title" part="title">${text(t.term('reportTitle'))}</h2>` +
    `<button type="button" class="close" part="close-button" aria-label="${attr(t.term('close'))}"><svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" /></svg></button></header>` +
    `<div class="body" part="body"></div></dialog>`;
  return `<folio-report-dialog data-folio-ssr id="${REPORT_DIALOG_ID}" action="/api/reports">${shadow(STYLES.dialog, content)}</folio-report-dialog>`;
}

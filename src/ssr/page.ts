import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { articleHeaderTemplate } from '../article/header.js';
import { normalizePunctuationText } from '../article/punctuation.js';
import { publicationYear } from '../copyright-notice/years.js';
import { PageIds, serverArticle, type ArticleFeatures } from './article.js';
import type { ArticleDocument } from './article-document.js';
import { escapeAttribute, escapeText } from './escape.js';
import { canonicalLang, directionOf } from '../core/language.js';
import { serverLocalize, withPageContext, type PageContext } from './server-context.js';
import {
  copyrightNoticeTemplate,
  reactionsTemplate,
  guardedUrl,
  postNavTemplate,
  relatedPostsTemplate,
  reportDialogTemplate,
  type CopyrightNoticeInput,
  type PostNavInput,
  type ReactionsInput,
  type RelatedPostsInput,
  type ReportDialogInput,
} from './widgets.js';

export interface RenderArticlePageOptions {
  /** The preflight stylesheet (folio.css), linked first in `<head>`. Default `/src/folio.css` (the demo server). */
  stylesheet?: string;
  /** The module script that hydrates the page: `folio-elements/ssr/hydrate` built for the browser. Default `/src/ssr/hydrate.ts` (the demo server). */
  script?: string;
  /** More stylesheets, after folio.css (the site's own). */
  stylesheets?: string[];
  /** The page's own URL: `<link rel="canonical">`, the base relative links resolve against, the JSON-LD's `mainEntityOfPage`. */
  url?: string;
  /** Where the report dialog posts reports. Default `/api/reports`. */
  reportAction?: string;
  /**
   * The reactions endpoint of the page's `<folio-reactions>` (rendered when the document has `reactions`). Without
   * one the tag shows the document's count and keeps presses local (a site without the endpoint gets no 404 on
   * every page view); the demo passes `/api/reactions`.
   */
  reactionsAction?: string | null;
  /** Article features, as the `<folio-article>` attributes of the same names. All on by default, except `normalizePunctuation` and `indent`, which follow the language (on for Chinese). */
  article?: Partial<ArticleFeatures>;
  /** Markup put at the start of `<body>` (a site header). Trusted: it is the site's template, not data. */
  bodyStart?: string;
  /** A class for the `<main>` element that holds the article and its widgets. */
  mainClass?: string;
}

/** The id of the report dialog the copyright notice opens. */
export const REPORT_DIALOG_ID = 'report-dialog';

/**
 * The whole article page for `article`, as HTML: the article body, its
 * header, contents and section headings in the light DOM (readable and
 * indexable with JavaScript off), and the widgets (navigation, related posts,
 * copyright notice, report dialog) with declarative shadow DOM. The page's
 * module script (`options.script`) hydrates it without re-creating or moving
 * anything.
 */
export async function renderArticlePage(
  article: ArticleDocument,
  options: RenderArticlePageOptions = {},
): Promise<string> {
  // Async by contract, so that a later version may stream or await data; today every part renders at once.
  return renderArticlePageSync(article, options);
}

/** `renderArticlePage`, synchronously: every part of the page renders without waiting. */
export function renderArticlePageSync(article: ArticleDocument, options: RenderArticlePageOptions = {}): string {
  if (article === null || typeof article !== 'object' || Array.isArray(article)) {
    throw new TypeError(
      `renderArticlePage: the article must be an object (an ArticleDocument), not ${JSON.stringify(article)}.`,
    );
  }
  const lang = canonicalLang(article.lang);
  const url = options.url ? guardedUrl('url', options.url) : undefined;
  const context: PageContext = { lang, baseUrl: url ?? 'http://localhost/' };
  const main = withPageContext(context, () =>
    renderSplicingMarkup((markup) => mainTemplate(article, options, lang, url, markup)),
  );
  return pageHtml(article, options, lang, url, main);
}

/** The features on by default: all, with the Chinese typography (punctuation, indent) for Chinese pages. */
export function defaultFeatures(lang: string, overrides: Partial<ArticleFeatures> = {}): ArticleFeatures {
  const chinese = lang.split('-')[0] === 'zh';
  return {
    toc: true,
    readingTime: true,
    structuredData: true,
    normalizePunctuation: chinese,
    indent: chinese,
    ...overrides,
  };
}

/**
 * `<folio-article>` with everything it shows once upgraded: the header (the
 * shared template, hydrated in the browser), the body with its section
 * headings, the notice and the JSON-LD. Renders inside `withPageContext`.
 */
export function articleTemplate(
  doc: ArticleDocument,
  features: ArticleFeatures,
  ids: PageIds,
  url?: string,
): TemplateResult {
  return articleTemplateWith(doc, features, ids, url, unsafeHTML);
}

/** `articleTemplate`, with the body and the JSON-LD (trusted markup by then) put in by `markup`. */
export function articleTemplateWith(
  doc: ArticleDocument,
  features: ArticleFeatures,
  ids: PageIds,
  url: string | undefined,
  markup: (html: string) => unknown,
): TemplateResult {
  const localize = serverLocalize('folio-article');
  const article = serverArticle(doc, features, localize, ids, url);
  const header = articleHeaderTemplate(article.header, localize);
  const title = doc.title?.trim() || undefined;
  return html`<folio-article
        headline=${ifDefined(title)}
        byline=${ifDefined(doc.byline?.trim() || undefined)}
        source=${ifDefined(doc.source?.trim() || undefined)}
        date-published=${ifDefined(doc.datePublished?.trim() || undefined)}
        date-modified=${ifDefined(doc.dateModified?.trim() || undefined)}
        time-zone=${ifDefined(doc.timeZone?.trim() || undefined)}
        reprint-notice=${ifDefined(article.notice)}
        ?toc=${features.toc}
        ?reading-time=${features.readingTime}
        ?structured-data=${features.structuredData}
        ?normalize-punctuation=${features.normalizePunctuation}
        ?indent=${features.indent}
      >${header === nothing ? nothing : html`<div data-folio-article-part="header" data-folio-ssr>${header}</div>`}
${markup(article.bodyHtml)}
${article.notice ? html`<p data-folio-article-part="notice">${article.notice}</p>` : nothing}${
    article.structuredData
      ? // A script's content cannot be a binding: the JSON (escaped by scriptJson, no "<" in it) goes in as markup.
        markup(
          `<script type="application/ld+json" data-folio-article-part="structured-data">${article.structuredData}</script>`,
        )
      : nothing
  }</folio-article>`;
}

/**
 * What the page gives each widget, read from the document. Exported for the
 * SSR bench, which times each widget alone with the inputs the page uses.
 */
export function widgetInputs(doc: ArticleDocument, reportAction = '/api/reports', reactionsAction?: string | null) {
  const copyright = doc.copyright ?? {};
  return {
    notice: {
      holder: copyright.holder,
      yearStart: copyright.yearStart,
      // Neither year: the article's own, as a notice finds it in the browser (not the year the page is read in).
      yearEnd:
        copyright.yearEnd ??
        (copyright.yearStart == null ? publicationYear(doc.datePublished, new Date().getFullYear()) : undefined),
      license: copyright.license,
      reportEmail: copyright.reportEmail,
      reportDialog: REPORT_DIALOG_ID,
      disclaimer: withoutReportSentence(copyright.disclaimer),
    } satisfies CopyrightNoticeInput,
    nav: {
      prevHref: doc.prev?.href,
      prevTitle: doc.prev?.title,
      prevDate: doc.prev?.datePublished,
      nextHref: doc.next?.href,
      nextTitle: doc.next?.title,
      nextDate: doc.next?.datePublished,
      timeZone: doc.timeZone,
    } satisfies PostNavInput,
    reactions: doc.reactions
      ? ({ count: doc.reactions.count, action: reactionsAction } satisfies ReactionsInput)
      : undefined,
    related: doc.related
      ? ({ heading: doc.related.heading, items: doc.related.items } satisfies RelatedPostsInput)
      : undefined,
    dialog: { id: REPORT_DIALOG_ID, action: reportAction, email: copyright.reportEmail } satisfies ReportDialogInput,
  };
}

/**
 * Renders `template` with Lit SSR, but the markup it hands to `markup` is
 * copied into the result rather than parsed. Through unsafeHTML, Lit SSR
 * parses such markup with parse5 on every render (each call makes a new
 * template), which was 16% of the seed page's time, for markup that is final
 * already (the sanitized body, the JSON-LD) and that nothing hydrates. Lit
 * writes a unique placeholder instead, replaced once the page is rendered.
 */
export function renderSplicingMarkup(template: (markup: (html: string) => string) => unknown): string {
  const pieces: string[] = [];
  const token = `folio-markup-${globalThis.crypto.randomUUID()}-`;
  const rendered = collectResultSync(render(template((html) => `${token}${pieces.push(html) - 1}.`)));
  return rendered.replace(new RegExp(`${token}(\\d+)\\.`, 'g'), (_, index: string) => pieces[Number(index)]!);
}

/** The page's `<main>`: the article, then the notice, the navigation, related posts and the report dialog. */
function mainTemplate(
  doc: ArticleDocument,
  options: RenderArticlePageOptions,
  lang: string,
  url: string | undefined,
  markup: (html: string) => unknown,
): TemplateResult {
  const features = defaultFeatures(lang, options.article);
  const ids = new PageIds([REPORT_DIALOG_ID]);
  const inputs = widgetInputs(doc, options.reportAction, options.reactionsAction);
  // The article's punctuation pass covers the disclaimer too, done here so the browser moves nothing.
  const disclaimer = inputs.notice.disclaimer;
  if (features.normalizePunctuation && disclaimer) inputs.notice.disclaimer = normalizePunctuationText(disclaimer);
  return html`<main class=${ifDefined(options.mainClass)}>
      ${articleTemplateWith(doc, features, ids, url, markup)}

      ${copyrightNoticeTemplate(inputs.notice)}

      ${inputs.reactions ? reactionsTemplate(inputs.reactions) : nothing}

      ${postNavTemplate(inputs.nav)}

      ${inputs.related ? relatedPostsTemplate(inputs.related) : nothing}

      ${reportDialogTemplate(inputs.dialog)}
    </main>`;
}

/** The document around `<main>`; written as a string (escaped here), since Lit SSR renders fragments. */
function pageHtml(
  doc: ArticleDocument,
  options: RenderArticlePageOptions,
  lang: string,
  url: string | undefined,
  main: string,
): string {
  const attr = escapeAttribute;
  const stylesheets = [options.stylesheet ?? '/src/folio.css', ...(options.stylesheets ?? [])];
  return `<!doctype html>
<html lang="${attr(lang)}" dir="${directionOf(lang)}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeText(doc.title?.trim() ?? '')}</title>${url ? `\n    <link rel="canonical" href="${attr(url)}">` : ''}
    <link rel="stylesheet" href="${attr(stylesheets[0]!)}">
    <script type="module" src="${attr(options.script ?? '/src/ssr/hydrate.ts')}"></script>${stylesheets
      .slice(1)
      .map((href) => `\n    <link rel="stylesheet" href="${attr(href)}">`)
      .join('')}
  </head>
  <body>
    ${options.bodyStart ?? ''}
    ${main}
  </body>
</html>
`;
}

/**
 * A captured disclaimer often ends with the site's way to report the page
 * (如发现本站…请发送邮件至…举报…). The notice writes that sentence itself, with
 * a button that opens the report dialog, so the disclaimer's own is left out:
 * every sentence that speaks of reporting, in the built-in languages.
 */
const REPORTING = /举报|舉報|檢舉|通報|報告してください|\breport\b/i;

export function withoutReportSentence(disclaimer: string | null | undefined): string | undefined {
  if (!disclaimer?.trim()) return undefined;
  const sentences = disclaimer.match(/[^。！？.!?]+(?:[。！？]|[.!?](?=\s|$))?\s*/gu) ?? [disclaimer];
  const kept = sentences
    .filter((sentence) => !REPORTING.test(sentence))
    .join('')
    .trim();
  return kept || undefined;
}

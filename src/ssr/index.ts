/**
 * folio-elements/ssr: server rendering in Node with Lit SSR. A whole article
 * page from one JSON document (`renderArticlePage`), or any single tag
 * (`renderTag` with the templates below, `renderArticle`,
 * `renderSectionHeading`). In the browser, the page's script
 * (src/ssr/hydrate.ts) hydrates what was rendered here.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import {
  PageIds,
  resolveSectionHeading,
  sectionHeadingHtml,
  type ArticleFeatures,
  type SectionHeadingInput,
} from './article.js';
import type { ArticleDocument } from './article-document.js';
import { articleTemplateWith, defaultFeatures, renderSplicingMarkup } from './page.js';
import { canonicalLang } from '../core/language.js';
import { serverLocalize, withPageContext } from './server-context.js';

export type * from './article-document.js';
export {
  renderArticlePage,
  renderArticlePageSync,
  articleTemplate,
  withoutReportSentence,
  REPORT_DIALOG_ID,
  type RenderArticlePageOptions,
} from './page.js';
export {
  copyrightNoticeTemplate,
  postNavTemplate,
  reactionsTemplate,
  relatedPostsTemplate,
  reportDialogTemplate,
  type CopyrightNoticeInput,
  type PostNavInput,
  type ReactionsInput,
  type RelatedPostsInput,
  type ReportDialogInput,
} from './widgets.js';
export { PageIds, type ArticleFeatures, type SectionHeadingInput };
/** The `normalize-punctuation` pass for a string: normalize on the server and the page never rewraps. */
export { normalizePunctuationText } from '../article/punctuation.js';

export interface RenderTagOptions {
  /** The page's language, which the tag's strings and dates follow (unless it has its own `lang`). Default `en`. */
  lang?: string;
  /** The page's URL, which relative links resolve against. */
  baseUrl?: string;
}

/**
 * Renders a template holding our tags (e.g. `postNavTemplate({...})`, or a
 * theme's own Lit template) to HTML, the widgets with declarative shadow DOM.
 */
export function renderTag(template: unknown, options: RenderTagOptions = {}): string {
  return withPageContext({ lang: canonicalLang(options.lang), baseUrl: options.baseUrl ?? 'http://localhost/' }, () =>
    collectResultSync(render(template)),
  );
}

/** `<folio-section-heading>` with the `<hN id>` and copy button it gets on upgrade. Ids are unique within `ids` (one per page). */
export function renderSectionHeading(
  input: SectionHeadingInput,
  options: RenderTagOptions & { ids?: PageIds } = {},
): string {
  const localize = serverLocalize('folio-section-heading', {
    lang: canonicalLang(options.lang),
    baseUrl: options.baseUrl ?? 'http://localhost/',
  });
  return sectionHeadingHtml(resolveSectionHeading(input, options.ids ?? new PageIds()), localize);
}

/** `<folio-article>` with its body, header, contents, notice and JSON-LD, as `renderArticlePage` writes it. */
export function renderArticle(
  article: ArticleDocument,
  options: RenderTagOptions & { article?: Partial<ArticleFeatures>; url?: string } = {},
): string {
  const lang = canonicalLang(article.lang || options.lang);
  const features = defaultFeatures(lang, options.article);
  return withPageContext({ lang, baseUrl: options.url ?? options.baseUrl ?? 'http://localhost/' }, () =>
    renderSplicingMarkup((markup) => articleTemplateWith(article, features, new PageIds(), options.url, markup)),
  );
}

import { html, nothing, type TemplateResult } from 'lit';
import type { DisplayDate, LocaleController } from '../core/locale-controller.js';
import type { TocEntry } from './headings.js';
import type { TextStats } from './text-stats.js';

/**
 * The article header's content: the `<h1>`, the meta line and the contents.
 * One template for both sides: the element renders it in the browser, and
 * the server renderer (src/ssr) renders the same template with Lit SSR, so
 * that the element can hydrate the server's header (take over its nodes)
 * instead of building a second one.
 */
export interface ArticleHeaderView {
  /** The headline, when it is shown as the `<h1>`. */
  headline?: string;
  byline?: string;
  source?: string;
  published?: DisplayDate;
  modified?: DisplayDate;
  /** The body's length, when the reading time is shown; null while it is being counted (the row is drawn already). */
  readingTime?: TextStats | null;
  /** The contents box, when shown. */
  toc?: {
    entries: TocEntry[];
    /** The id of the section in view. */
    current?: string;
    /** Renders the entries: headings.ts `tocList`, which the element loads with the headings; the box is drawn before. */
    list?: (entries: TocEntry[], current: string | undefined) => TemplateResult;
    /** Open beside the text (wide layout); a closed box otherwise. */
    open: boolean;
    onClick?: (event: MouseEvent) => void;
  };
}

/** The strings and numbers the header needs: a LocaleController in the browser, one for the page's language on the server. */
export type HeaderLocalize = Pick<LocaleController, 'term' | 'number'>;

export function articleHeaderTemplate(
  view: ArticleHeaderView,
  localize: HeaderLocalize,
): TemplateResult | typeof nothing {
  const meta = metaItems(view, localize);
  const metaRow = meta.length > 0 || view.readingTime === null;
  const { headline, toc } = view;
  if (!headline && !metaRow && !toc) return nothing;
  const contents = localize.term('articleContents');
  return html`${headline ? html`<h1>${headline}</h1>` : nothing}${
    metaRow ? html`<div class="folio-article-meta">${meta}</div>` : nothing
  }${
    toc
      ? html`<details data-folio-article-part="toc" ?open=${toc.open}><summary>${contents}</summary>${
          toc.entries.length && toc.list
            ? html`<nav aria-label=${contents} @click=${toc.onClick}>${toc.list(toc.entries, toc.current)}</nav>`
            : nothing
        }</details>`
      : nothing
  }`;
}

function metaItems(
  { byline, source, published, modified, readingTime }: ArticleHeaderView,
  localize: HeaderLocalize,
): TemplateResult[] {
  // [class suffix, text (none: the item is left out), machine-readable date]
  const items: Array<[string, string | undefined | null | false | 0, string?]> = [
    ['byline', byline],
    ['source', source && localize.term('articleSource', source)],
    ['published', published?.text, published?.datetime],
    ['modified', modified && localize.term('articleModified', modified.text), modified?.datetime],
    ['reading-time', readingTime && localize.term('articleReadingTime', localize.number(readingTime.minutes))],
    ['length', readingTime && localize.term('articleLength', localize.number(readingTime.length), readingTime.unit)],
  ];
  return items
    .filter(([, text]) => text)
    .map(([name, text, datetime]) =>
      datetime
        ? html`<time class="folio-article-${name}" datetime=${datetime}>${text}</time>`
        : html`<span class="folio-article-${name}">${text}</span>`,
    );
}

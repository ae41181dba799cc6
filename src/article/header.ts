import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
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
    /** Open beside the text (wide layout); a closed box otherwise. */
    open: boolean;
    /** The id of the section in view. */
    current?: string;
    onClick?: (event: MouseEvent) => void;
  };
}

/** The strings and numbers the header needs: a LocaleController in the browser, one for the page's language on the server. */
export type HeaderLocalize = Pick<LocaleController, 'term' | 'number'>;

export function articleHeaderTemplate(view: ArticleHeaderView, localize: HeaderLocalize): TemplateResult | typeof nothing {
  const meta = metaItems(view, localize);
  const metaRow = meta.length > 0 || view.readingTime === null;
  const { headline, toc } = view;
  if (!headline && !metaRow && !toc) return nothing;
  const contents = localize.term('articleContents');
  return html`${headline ? html`<h1>${headline}</h1>` : nothing}${metaRow
    ? html`<div class="folio-article-meta">${meta}</div>`
    : nothing}${toc
    ? html`<details data-folio-article-part="toc" ?open=${toc.open}>
          <summary>${contents}</summary>
          ${toc.entries.length
            ? html`<nav aria-label=${contents} @click=${toc.onClick}>${tocList(toc.entries, toc.current)}</nav>`
            : nothing}
        </details>`
    : nothing}`;
}

function metaItems(view: ArticleHeaderView, localize: HeaderLocalize): TemplateResult[] {
  const items: TemplateResult[] = [];
  if (view.byline) items.push(html`<span class="folio-article-byline">${view.byline}</span>`);
  if (view.source) items.push(html`<span class="folio-article-source">${localize.term('articleSource', view.source)}</span>`);
  if (view.published) items.push(timeTemplate(view.published, view.published.text, 'folio-article-published'));
  if (view.modified) items.push(timeTemplate(view.modified, localize.term('articleModified', view.modified.text), 'folio-article-modified'));
  if (view.readingTime) {
    const { cjkCharacters, words, minutes } = view.readingTime;
    items.push(html`<span class="folio-article-reading-time">${localize.term('articleReadingTime', localize.number(minutes))}</span>`);
    items.push(html`<span class="folio-article-length">${localize.term('articleLength', localize.number(cjkCharacters + words))}</span>`);
  }
  return items;
}

function tocList(entries: TocEntry[], current: string | undefined): TemplateResult {
  return html`<ol>
      ${entries.map(
        (entry) => html`<li>
          <a href="#${entry.id}" aria-current=${ifDefined(entry.id === current ? 'location' : undefined)}>${entry.text}</a>
          ${entry.children.length ? tocList(entry.children, current) : nothing}
        </li>`,
      )}
    </ol>`;
}

function timeTemplate(date: DisplayDate, text: string, className: string): TemplateResult {
  return date.datetime ? html`<time class=${className} datetime=${date.datetime}>${text}</time>` : html`<span class=${className}>${text}</span>`;
}

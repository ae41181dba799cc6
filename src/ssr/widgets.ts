import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { checkUrl } from '../core/url.js';
import { quote } from '../core/warn.js';
// The shadow-DOM widgets, registered in the server's (shimmed) registry so Lit SSR renders their shadow roots.
import '../copyright-notice/define.js';
import { emailPart, licensePart } from '../copyright-notice/copyright-notice.js';
import '../post-nav/define.js';
import '../related-posts/define.js';
import { gridPart } from '../related-posts/related-posts.js';
import '../reactions/define.js';
import { moreKindsPart } from '../reactions/reactions.js';
import '../report-dialog/define.js';
import type { ArticleRelatedItem } from './article-document.js';
import { currentPageContext } from './server-context.js';
import { scriptJson } from './escape.js';

// A server renders at once, it cannot wait for a lazy part: it loads, up front, those its widgets show.
await Promise.all([licensePart.load(), emailPart.load(), gridPart.load(), moreKindsPart.load()]);

/**
 * Templates of the shadow-DOM widgets as a page writes them (attributes and
 * children only). Lit SSR renders each with its shadow root as declarative
 * shadow DOM; in the browser the element hydrates it. Every widget carries
 * `data-folio-ssr`, which tells folio.css that its content is already there,
 * so the preflight box it gives a not-yet-defined tag is not added to it.
 */

/** A URL from data, or undefined (with a warning naming the field) when it must not become a link. */
export function guardedUrl(field: string, value: string | null | undefined): string | undefined {
  if (value == null || value.trim() === '') return undefined;
  const verdict = checkUrl(value, currentPageContext().baseUrl);
  if (verdict.safe) return verdict.url;
  console.warn(`folio-elements/ssr ${field}: ${quote(value)} ${verdict.reason}; it was dropped.`);
  return undefined;
}

const text = (value: string | null | undefined) => (value == null || value.trim() === '' ? undefined : value.trim());

export interface PostNavInput {
  prevHref?: string | null;
  prevTitle?: string | null;
  prevDate?: string | null;
  nextHref?: string | null;
  nextTitle?: string | null;
  nextDate?: string | null;
  timeZone?: string | null;
}

export function postNavTemplate(input: PostNavInput): TemplateResult {
  return html`<folio-post-nav
    data-folio-ssr
    prev-href=${ifDefined(guardedUrl('prev-href', input.prevHref))}
    prev-title=${ifDefined(text(input.prevTitle))}
    prev-date=${ifDefined(text(input.prevDate))}
    next-href=${ifDefined(guardedUrl('next-href', input.nextHref))}
    next-title=${ifDefined(text(input.nextTitle))}
    next-date=${ifDefined(text(input.nextDate))}
    time-zone=${ifDefined(text(input.timeZone))}
  ></folio-post-nav>`;
}

export interface CopyrightNoticeInput {
  holder?: string | null;
  yearStart?: number | null;
  yearEnd?: number | null;
  license?: string | null;
  reprintNotice?: string | null;
  reportEmail?: string | null;
  /** The id of the page's `<folio-report-dialog>`. */
  reportDialog?: string | null;
  /** The site's own disclaimer, as one paragraph of text. */
  disclaimer?: string | null;
}

export function copyrightNoticeTemplate(input: CopyrightNoticeInput): TemplateResult {
  const disclaimer = text(input.disclaimer);
  return html`<folio-copyright-notice
    data-folio-ssr
    holder=${ifDefined(text(input.holder))}
    year-start=${ifDefined(input.yearStart ?? undefined)}
    year-end=${ifDefined(input.yearEnd ?? undefined)}
    license=${ifDefined(text(input.license))}
    reprint-notice=${ifDefined(text(input.reprintNotice))}
    report-email=${ifDefined(text(input.reportEmail))}
    report-dialog=${ifDefined(text(input.reportDialog))}
    >${disclaimer ? html`<p>${disclaimer}</p>` : ''}</folio-copyright-notice
  >`;
}

export interface ReactionsInput {
  /** The count the server knows (the article document's `reactions.count`). */
  count?: number | null;
  /** The reactions endpoint, e.g. `/api/reactions`; without it the count is local. */
  action?: string | null;
  /** The page's URL (default: the page's canonical URL in the browser). */
  page?: string | null;
  kinds?: string | null;
  display?: 'full' | 'count';
}

/** `<folio-reactions>` showing its count before any script runs (赞（0）, or `(0)` with `display: 'count'`). */
export function reactionsTemplate(input: ReactionsInput): TemplateResult {
  const count = Number.isSafeInteger(input.count) && input.count! >= 0 ? String(input.count) : undefined;
  return html`<folio-reactions
    data-folio-ssr
    count=${ifDefined(count)}
    action=${ifDefined(guardedUrl('action', input.action))}
    page=${ifDefined(guardedUrl('page', input.page))}
    kinds=${ifDefined(text(input.kinds))}
    display=${ifDefined(input.display)}
  ></folio-reactions>`;
}

export interface RelatedPostsInput {
  heading?: string | null;
  items?: ArticleRelatedItem[] | null;
  layout?: 'list' | 'grid' | 'compact';
  limit?: number;
}

/**
 * The items go into a child `<script type="application/json">`, which is what
 * the element reads in the browser; the server's instance gets them as its
 * `items` property, so both render the same list.
 */
export function relatedPostsTemplate(input: RelatedPostsInput): TemplateResult {
  const items = (Array.isArray(input.items) ? input.items : []).flatMap((item, i) => guardedItem(item, `items[${i}]`));
  const script = items.length ? `<script type="application/json">${scriptJson(items)}</script>` : '';
  return html`<folio-related-posts
    data-folio-ssr
    heading=${ifDefined(text(input.heading))}
    layout=${ifDefined(input.layout)}
    limit=${ifDefined(input.limit)}
    .items=${items.length ? items : undefined}
    >${unsafeHTML(script)}</folio-related-posts
  >`;
}

export interface ReportDialogInput {
  id: string;
  action?: string | null;
  email?: string | null;
}

export function reportDialogTemplate(input: ReportDialogInput): TemplateResult {
  return html`<folio-report-dialog
    data-folio-ssr
    id=${input.id}
    action=${ifDefined(guardedUrl('action', input.action))}
    email=${ifDefined(text(input.email))}
  ></folio-report-dialog>`;
}

/** An item with safe URLs, or none: the element would drop an item without a safe href, and an unsafe image, the same way. */
function guardedItem(item: ArticleRelatedItem, field: string): Array<Record<string, unknown>> {
  if (item === null || typeof item !== 'object') return [];
  const href = guardedUrl(`${field}.href`, item.href);
  if (!href) return [];
  const image = guardedUrl(`${field}.image`, item.image);
  return [withoutNulls({ ...item, href, image })];
}

/** Null means "absent" in the page JSON; the element's validation expects the field to be missing instead. */
function withoutNulls(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== null && value !== undefined));
}

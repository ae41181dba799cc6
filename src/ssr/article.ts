import { parseIsoDate } from '../core/dates.js';
// The strings the article's header and the section headings' buttons use, as their elements load them.
import '../locales/article.js';
import '../locales/section-heading.js';
import type { LocaleController } from '../core/locale-controller.js';
import type { ArticleHeaderView } from '../article/header.js';
import { nestHeadings, tocList } from '../article/headings.js';
import { normalizePunctuationText } from '../article/punctuation.js';
import { newsArticle, scriptJson } from '../article/structured-data.js';
import { countText } from '../article/text-stats.js';
import { resolveHeading, type HeadingIds } from '../section-heading/heading.js';
import {
  COPY_BUTTON_CLASS,
  COPY_BUTTON_ICONS,
  HEADING_CLASS,
  STATUS_ATTRIBUTES,
  STATUS_CLASS,
} from '../section-heading/parts.js';
import { blockNodes, type BlockNode } from '../article/blocks.js';
import { embedHosts } from '../article/content-policy.js';
import type { ArticleDocument } from './article-document.js';
import { sanitizedServerBody } from './article-html.js';
import { escapeAttribute, escapeText } from './escape.js';

/**
 * The article's light DOM as the browser would build it: what
 * `<folio-article>` and `<folio-section-heading>` add on upgrade (header,
 * contents, notice, JSON-LD; each heading's `<hN id>` and copy button) is
 * written here, from the same templates, strings and rules, so the page reads
 * complete with JavaScript off and the elements adopt it on upgrade.
 */

/** The ids already used on the page: a heading's id is made unique against them, as `uniqueId` does in the browser. */
export class PageIds implements HeadingIds {
  private readonly taken = new Set<string>();
  /** The last number given to each base: thousands of headings of the same text must not count up from 2 each time. */
  private readonly lastNumber = new Map<string, number>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.taken.add(id);
  }

  claim(base: string): string {
    let id = base;
    // Ids are only ever added, so every number up to the last one given is taken.
    for (let n = (this.lastNumber.get(base) ?? 1) + 1; this.taken.has(id); n++) {
      id = `${base}-${n}`;
      this.lastNumber.set(base, n);
    }
    this.taken.add(id);
    return id;
  }
}

/** What the article options switch on, as the attributes of the same names. */
export interface ArticleFeatures {
  toc: boolean;
  readingTime: boolean;
  structuredData: boolean;
  normalizePunctuation: boolean;
  indent: boolean;
}

export interface SectionHeadingInput {
  text: string;
  level?: number | null;
  anchorId?: string | null;
}

/** A section heading's resolved form: what the element would render. */
export interface ResolvedSectionHeading {
  id: string;
  level: number;
  text: string;
  /** The `anchor-id` written on the host, if any. */
  anchorId?: string;
  /** The `level` written on the host, if any. */
  levelAttribute?: number;
}

export function resolveSectionHeading(input: SectionHeadingInput, ids: PageIds): ResolvedSectionHeading {
  const text = collapse(input.text);
  const levelAttribute = typeof input.level === 'number' ? input.level : undefined;
  const { id, level } = resolveHeading({ text, level: levelAttribute, anchorId: input.anchorId }, ids);
  return { id, level, text, anchorId: input.anchorId?.trim() || undefined, levelAttribute };
}

/**
 * `<folio-section-heading>` with its upgraded content: the `<hN>` holding the
 * text, the copy button and the live region, exactly as the element builds
 * them (src/section-heading/parts.ts), no whitespace between them so that
 * nothing needs moving on upgrade.
 */
export function sectionHeadingHtml(heading: ResolvedSectionHeading, localize: LocaleController): string {
  const host = [
    heading.levelAttribute !== undefined ? ` level="${heading.levelAttribute}"` : '',
    heading.anchorId ? ` anchor-id="${escapeAttribute(heading.anchorId)}"` : '',
  ].join('');
  const tag = `h${heading.level}`;
  const hidden = heading.text ? '' : ' hidden';
  const id = heading.id ? ` id="${escapeAttribute(heading.id)}"` : '';
  const label = escapeAttribute(localize.term('headingCopyLink', heading.text));
  const status = Object.entries(STATUS_ATTRIBUTES)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return (
    `<folio-section-heading${host}>` +
    `<${tag} class="${HEADING_CLASS}"${id}${hidden}>${escapeText(heading.text)}</${tag}>` +
    `<button type="button" class="${COPY_BUTTON_CLASS}"${heading.text && heading.id ? '' : ' hidden'} aria-label="${label}">${COPY_BUTTON_ICONS}</button>` +
    `<span class="${STATUS_CLASS}"${status}></span>` +
    `</folio-section-heading>`
  );
}

/** The parts of `<folio-article>` the server writes. */
export interface ServerArticle {
  /** The header's view, for the shared template (src/article/header.ts). */
  header: ArticleHeaderView;
  /** The body's markup, from `html` or from `blocks`. */
  bodyHtml: string;
  /** The reprint notice's text, if any. */
  notice?: string;
  /** The NewsArticle JSON-LD, when `structuredData`. */
  structuredData?: string;
  /** The resolved time zone, for the host's attribute and the navigation. */
  timeZone?: string;
}

export function serverArticle(
  doc: ArticleDocument,
  features: ArticleFeatures,
  localize: LocaleController,
  ids: PageIds,
  url: string | undefined,
): ServerArticle {
  const fix = (text: string) => (features.normalizePunctuation ? normalizePunctuationText(text) : text);
  const headings: ResolvedSectionHeading[] = [];
  const texts: string[] = [];
  const fromHtml =
    typeof doc.html === 'string'
      ? serverHtmlBody(doc.html, {
          embedHosts: doc.embedHosts ?? undefined,
          baseUrl: url ?? 'http://localhost/',
          ids,
          localize,
          fix,
        })
      : undefined;
  if (fromHtml) {
    headings.push(...fromHtml.headings);
    texts.push(fromHtml.text);
  }
  // An html body is the body; blocks are read only without one, checked by the browser's own rules (src/article/blocks.ts).
  const nodes = fromHtml
    ? []
    : (blockNodes(doc.blocks, {
        report: (field, message) => console.warn(`renderArticlePage: ${field}: ${message}`),
        hosts: embedHosts(doc.embedHosts),
        base: url ?? 'http://localhost/',
      }) ?? []);
  const markup = (node: BlockNode, prose: boolean): string => {
    if (typeof node === 'string') {
      const text = prose ? fix(node) : node;
      texts.push(text);
      return escapeText(text);
    }
    if (node.tag === 'folio-section-heading') {
      const level = Number(node.attrs?.level);
      const text = fix(String(node.children?.[0] ?? ''));
      const heading = resolveSectionHeading({ text, level, anchorId: node.attrs?.['anchor-id'] }, ids);
      if (heading.id && heading.text) headings.push(heading);
      texts.push(heading.text);
      return sectionHeadingHtml(heading, localize);
    }
    const attributes = Object.entries(node.attrs ?? {})
      .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
      .join('');
    // Code is not prose: its punctuation stays as written, as in the browser.
    const inner = (node.children ?? []).map((child) => markup(child, prose && !NOT_PROSE.has(node.tag))).join('');
    return VOID.has(node.tag) ? `<${node.tag}${attributes}>` : `<${node.tag}${attributes}>${inner}</${node.tag}>`;
  };
  const body = nodes.map((node) => markup(node, true));

  const zone = localize.timeZone(doc.timeZone ?? undefined);
  const published = localize.date(doc.datePublished ?? undefined, { attribute: 'date-published', timeZone: zone });
  const modified = localize.date(doc.dateModified ?? undefined, { attribute: 'date-modified', timeZone: zone });
  const headline = doc.title?.trim() || undefined;
  const header: ArticleHeaderView = {
    headline,
    byline: doc.byline?.trim() || undefined,
    source: doc.source?.trim() || undefined,
    published,
    modified,
    readingTime: features.readingTime ? countText(texts.join(' ')) : undefined,
    toc: features.toc && headings.length ? { entries: nestHeadings(headings), list: tocList, open: false } : undefined,
  };
  const valid = (value?: string | null) => (value ? parseIsoDate(value, zone)?.datetime : undefined);
  const structuredData = features.structuredData
    ? scriptJson(
        newsArticle({
          headline,
          datePublished: valid(doc.datePublished),
          dateModified: valid(doc.dateModified),
          author: header.byline,
          publisher: header.source,
          inLanguage: localize.lang,
          url,
        }),
      )
    : undefined;
  return {
    header,
    bodyHtml: fromHtml?.html ?? body.join('\n'),
    notice: doc.reprintNotice?.trim() || undefined,
    structuredData,
    timeZone: zone,
  };
}

/** An `html` body as the browser shows it once upgraded: sanitized, text fixed, headings with their ids. */
function serverHtmlBody(
  html: string,
  options: {
    embedHosts?: string;
    baseUrl: string;
    ids: PageIds;
    localize: LocaleController;
    fix: (text: string) => string;
  },
): { html: string; headings: ResolvedSectionHeading[]; text: string } {
  const body = sanitizedServerBody(html, options.embedHosts, options.baseUrl);
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) node.nodeValue = options.fix(node.nodeValue ?? '');
  const candidates = [...body.querySelectorAll('folio-section-heading, h2, h3, h4, h5, h6')].filter(
    (el) => el.localName === 'folio-section-heading' || !el.closest('folio-section-heading'),
  );
  // Ids the author wrote are taken first, as they are in the page before the elements give any.
  for (const el of candidates) if (el.localName !== 'folio-section-heading' && el.id) options.ids.claim(el.id);
  const headings: ResolvedSectionHeading[] = [];
  for (const el of candidates) {
    const text = el.textContent ?? '';
    if (el.localName === 'folio-section-heading') {
      const level = Number(el.getAttribute('level'));
      const heading = resolveSectionHeading(
        {
          text,
          level: Number.isInteger(level) && level > 0 ? level : undefined,
          anchorId: el.getAttribute('anchor-id'),
        },
        options.ids,
      );
      if (heading.id && heading.text) headings.push(heading);
      el.outerHTML = sectionHeadingHtml(heading, options.localize);
      continue;
    }
    const level = Number(el.localName[1]);
    const heading = el.id
      ? { id: el.id, level, text: collapse(text) }
      : resolveSectionHeading({ text, level }, options.ids);
    if (!heading.text) continue;
    el.id = heading.id;
    headings.push(heading);
  }
  return { html: body.innerHTML, headings, text: body.textContent ?? '' };
}

const VOID = new Set(['img', 'track']);
const NOT_PROSE = new Set(['code', 'pre']);

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

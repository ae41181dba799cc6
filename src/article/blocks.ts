import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { checkUrl } from '../core/url.js';
import { describe } from '../core/text-property.js';
import { quote, warn } from '../core/warn.js';

/** A value from the data, quoted for a warning: text as written, anything else described (never throws). */
const shown = (value: unknown) => quote(typeof value === 'string' ? value : describe(value));

/**
 * The `blocks` property: an article body as JSON, the way a headless CMS
 * stores it. Text is always text (never HTML): Lit binds it as text nodes.
 */
export type ArticleInline = string | { text: string; href?: string; emphasis?: boolean; strong?: boolean };
export type ArticleText = string | ArticleInline[];

export type ArticleBlock =
  | { type: 'paragraph'; text: ArticleText }
  | { type: 'heading'; text: string; level?: number; id?: string }
  | { type: 'quote'; text: ArticleText; cite?: string }
  | { type: 'list'; ordered?: boolean; items: ArticleText[] }
  | { type: 'image'; src: string; alt?: string; width?: number; height?: number }
  | { type: 'figure'; src: string; alt?: string; caption?: ArticleText; width?: number; height?: number };

const TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'image', 'figure']);

/** The Lit template for `blocks`; bad blocks and unsafe URLs are dropped with a warning naming `blocks[i]`. */
export function renderBlocks(host: Element, blocks: unknown): TemplateResult | typeof nothing {
  if (!Array.isArray(blocks)) {
    warn(host, 'blocks', `${shown(blocks)} is not an array of blocks; the page's own content is shown.`);
    return nothing;
  }
  return html`${blocks.map((block, index) => renderBlock(host, block, `blocks[${index}]`))}`;
}

function renderBlock(host: Element, block: unknown, name: string): TemplateResult | typeof nothing {
  if (block === null || typeof block !== 'object' || !TYPES.has((block as { type?: unknown }).type as string)) {
    const type = block !== null && typeof block === 'object' ? (block as { type?: unknown }).type : block;
    warn(
      host,
      name,
      `${shown(type)} is not a block type (paragraph, heading, quote, list, image, figure); it was skipped.`,
    );
    return nothing;
  }
  const b = block as ArticleBlock;
  switch (b.type) {
    case 'paragraph':
      return html`<p>${inline(host, b.text, name)}</p>`;
    case 'heading': {
      const level = headingLevel(host, b.level, name);
      // A number is a fine heading ("2023"); anything else that is not text becomes an empty heading, which warns itself.
      const text = typeof b.text === 'string' || typeof b.text === 'number' ? String(b.text) : '';
      if (text === '' && b.text != null && b.text !== '')
        warn(host, `${name}.text`, `${shown(b.text)} is not text; the heading is left empty.`);
      return html`<folio-section-heading level=${level} anchor-id=${ifDefined(typeof b.id === 'string' && b.id.trim() ? b.id : undefined)}
        >${text}</folio-section-heading
      >`;
    }
    case 'quote': {
      const cite = urlFor(host, b.cite, `${name}.cite`, false);
      return html`<blockquote cite=${ifDefined(cite)}><p>${inline(host, b.text, name)}</p></blockquote>`;
    }
    case 'list': {
      const items = Array.isArray(b.items) ? b.items : [];
      if (!Array.isArray(b.items)) warn(host, `${name}.items`, 'is not an array; the list was left empty.');
      const lis = items.map((item, i) => html`<li>${inline(host, item, `${name}.items[${i}]`)}</li>`);
      return b.ordered ? html`<ol>${lis}</ol>` : html`<ul>${lis}</ul>`;
    }
    case 'image':
      return image(host, b, name);
    case 'figure': {
      const img = image(host, b, name);
      if (img === nothing) return nothing;
      return html`<figure>${img}${b.caption ? html`<figcaption>${inline(host, b.caption, `${name}.caption`)}</figcaption>` : nothing}</figure>`;
    }
  }
}

function headingLevel(host: Element, level: unknown, name: string): number {
  if (level === undefined) return 2;
  // Only a number or numeric text is a level: Number() on an object would call its own toString.
  const n = typeof level === 'number' || typeof level === 'string' ? Number(level) : NaN;
  if (Number.isInteger(n) && n >= 2 && n <= 6) return n;
  warn(host, `${name}.level`, `${shown(level)} is not a heading level from 2 to 6; level 2 is used.`);
  return 2;
}

function image(host: Element, b: { src: string; alt?: string; width?: number; height?: number }, name: string) {
  const src = urlFor(host, b.src, `${name}.src`, true);
  if (!src) return nothing;
  if (typeof b.alt !== 'string') warn(host, `${name}.alt`, 'is missing: the image is treated as decorative (alt="").');
  const size = (v: unknown) => (typeof v === 'number' && v > 0 && Number.isFinite(v) ? Math.round(v) : undefined);
  // width and height give the image its aspect ratio before it loads: nothing below it moves.
  return html`<img src=${src} alt=${typeof b.alt === 'string' ? b.alt : ''} width=${ifDefined(size(b.width))}
    height=${ifDefined(size(b.height))} loading="lazy" decoding="async" />`;
}

/** A URL from block data; images also refuse mailto:. */
function urlFor(host: Element, value: unknown, name: string, isImage: boolean): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    warn(host, name, `${shown(value)} is not a URL; it was dropped.`);
    return undefined;
  }
  const verdict = checkUrl(value);
  if (verdict.safe && !(isImage && /^\s*mailto:/i.test(verdict.url))) return verdict.url;
  const reason = verdict.safe ? 'is a mailto: URL, which is not an image' : verdict.reason;
  warn(host, name, `${quote(value)} ${reason}; it was dropped.`);
  return undefined;
}

function inline(host: Element, text: unknown, name: string): unknown {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) {
    warn(host, name, `${shown(text)} is not text; it was left out.`);
    return nothing;
  }
  return text.map((run, i) => {
    if (typeof run === 'string') return run;
    if (run === null || typeof run !== 'object' || typeof run.text !== 'string') {
      warn(host, `${name}[${i}]`, 'is not a text run ({ text, href?, emphasis?, strong? }); it was left out.');
      return nothing;
    }
    let content: unknown = run.text;
    if (run.strong) content = html`<strong>${content}</strong>`;
    if (run.emphasis) content = html`<em>${content}</em>`;
    if (run.href !== undefined) {
      const href = urlFor(host, run.href, `${name}[${i}].href`, false);
      // An unsafe link keeps its text: the reader loses the link, never the words.
      if (href) content = html`<a href=${href}>${content}</a>`;
    }
    return content;
  });
}

/**
 * What only the grid layout needs, loaded the first time an element has
 * `layout="grid"`: the card's template and its styles. The element's first
 * grid render waits for it (folio.css keeps the preflight box meanwhile, as
 * for a src feed); src/ssr loads it up front. Its `styles` are adopted with it.
 * Only the grid draws thumbnails, so the check of items' images is here too.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { describe } from '../core/text-property.js';
import { safeUrl } from '../core/url.js';
import { quote, warn } from '../core/warn.js';
import type { ImageCheck, RelatedItem } from './items.js';

export const styles = css`
  /* grid: cards whose whole area follows the title's link */
  .grid {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: var(--_folio-space-m);
  }
  @container (inline-size < 42em) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (inline-size < 26em) {
    .grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .grid > li {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_folio-space-xs);
    border-radius: var(--_folio-radius);
  }
  .grid > li:has(a:focus-visible) {
    outline: var(--_folio-focus-ring-width) solid var(--_folio-color-focus);
    outline-offset: var(--_folio-focus-ring-offset);
  }
  .grid a:focus-visible {
    outline: none;
  }
  /* The title's link covers the card, so the image is a target too. */
  .grid a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .grid .frame {
    order: -1;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    border-radius: var(--_folio-radius);
    background: var(--_folio-color-surface);
  }
  .grid .frame img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .grid .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    min-block-size: 2lh;
    font-weight: 600;
  }
  .grid .excerpt {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    block-size: 3lh;
    margin: 0;
    color: var(--_folio-color-text-muted);
    font-size: 0.875em;
  }
`;

/** A card: the title's link (covering the card), the 16:9 thumbnail frame, the excerpt and the date. */
export function gridCard(link: TemplateResult, item: RelatedItem, date: unknown): TemplateResult {
  return html`<li part="item">${link}<span class="frame" part="image">${
    item.image ? html`<img src=${item.image} alt="" loading="lazy" decoding="async" />` : nothing
  }</span><p part="excerpt" class="excerpt">${item.excerpt ?? ''}</p>${date}</li>`;
}

// An <img> never runs script, whatever its source, so inline images (a CMS's
// tiny placeholders, a bundler's inlined assets) are fine as thumbnails;
// other URLs are held to what safeUrl allows for links.
const INLINE_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)[;,]/i;

/** An item's `image` as the card draws it; an unusable one warns, naming `field`, and the post is listed without it. */
export const thumbnail: ImageCheck = (host, value, field) => {
  if (value != null && typeof value !== 'string') {
    warn(host, field, `${quote(describe(value))} is not a URL; the item is listed without its image.`);
    return undefined;
  }
  const url = value?.trim();
  return url && INLINE_IMAGE.test(url) ? url : safeUrl(host, field, url);
};

import { describe } from '../core/text-property.js';
import { safeUrl } from '../core/url.js';
import { quote, warn } from '../core/warn.js';

/** One related post as a CMS hands it over; only `title` and `href` are required. */
export interface RelatedItem {
  title: string;
  href: string;
  /** ISO 8601 date or date-time. */
  date?: string;
  /** URL of a thumbnail, shown by the grid layout. */
  image?: string;
  /** Plain text (never HTML), shown by the grid layout. */
  excerpt?: string;
}

/**
 * Reads a feed: an array of items, or an object with an `items` array (the
 * shape many CMS APIs wrap lists in). Anything else warns, naming `source`,
 * and yields nothing.
 */
export function itemsOf(host: Element, source: string, data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object' && Array.isArray((data as { items?: unknown }).items)) {
    return (data as { items: unknown[] }).items;
  }
  if (data !== undefined && data !== null) {
    warn(host, source, 'is neither an array of items nor an object with an "items" array; nothing is listed.');
  }
  return [];
}

// An <img> never runs script, whatever its source, so inline images (a CMS's
// tiny placeholders, a bundler's inlined assets) are fine as thumbnails;
// links stay limited to what safeUrl allows.
const INLINE_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)[;,]/i;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined;

/**
 * Keeps the items that can become a safe link and drops the rest, each with a
 * warning naming the field (`items[2].href`), so one bad entry in a feed of
 * twenty never hides the other nineteen. An unsafe or unusable `image` only
 * loses the image: the post itself is still worth listing.
 */
export function validItems(host: Element, raw: unknown[]): RelatedItem[] {
  const items: RelatedItem[] = [];
  raw.forEach((entry, index) => {
    const at = `items[${index}]`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      warn(host, at, `${quote(describe(entry))} is not an object with a title and an href; it was skipped.`);
      return;
    }
    const record = entry as Record<string, unknown>;
    const title = text(record.title);
    if (!title) {
      warn(host, `${at}.title`, 'is missing or empty; the item was skipped.');
      return;
    }
    // safeUrl warns about an unsafe href, and a field is warned about once: a missing or blank one gets this warning.
    const href = typeof record.href === 'string' ? safeUrl(host, `${at}.href`, record.href) : undefined;
    if (!href) {
      warn(host, `${at}.href`, 'is missing or empty; the item was skipped.');
      return;
    }
    const item: RelatedItem = { title, href };
    const date = text(record.date);
    if (date) item.date = date;
    const excerpt = text(record.excerpt);
    if (excerpt) item.excerpt = excerpt;
    if (record.image != null && typeof record.image !== 'string') {
      warn(host, `${at}.image`, `${quote(describe(record.image))} is not a URL; the item is listed without its image.`);
    } else {
      const image = INLINE_IMAGE.test(record.image?.trim() ?? '') ? record.image!.trim() : safeUrl(host, `${at}.image`, record.image);
      if (image) item.image = image;
    }
    items.push(item);
  });
  return items;
}

/** `href` as an absolute URL without its fragment, for comparing links that are written differently. */
export function normalizeUrl(href: string, base: string): string | undefined {
  try {
    const url = new URL(href, base);
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

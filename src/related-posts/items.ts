import { describe, streamSafe } from '../core/text-property.js';
import { safeUrl } from '../core/url.js';
import { quote, warn } from '../core/warn.js';

/** How the posts are laid out: titles and dates, titles only, or cards with thumbnails. */
export type RelatedLayout = 'list' | 'compact' | 'grid';

/** One related post as a CMS hands it over; only `title` and `href` are required. */
export interface RelatedItem {
  title: string;
  href: string;
  /** ISO 8601 date or date-time. */
  date?: string;
  /** URL of a thumbnail, shown by the grid layout (which checks it: the items of other layouts leave it out). */
  image?: string;
  /** Plain text (never HTML), shown by the grid layout. */
  excerpt?: string;
}

/**
 * The most items read from any source. A related block lists a handful; a
 * source of thousands (a whole archive by mistake, or an attack) would cost
 * seconds of checking and rendering on the reader's main thread.
 */
export const MAX_ITEMS = 100;

/**
 * Reads a feed: an array of items, or an object with an `items` array (the
 * shape many CMS APIs wrap lists in), up to its first MAX_ITEMS. Anything else
 * warns, naming `source`, and yields nothing; so does a longer list, which is
 * cut.
 */
export function itemsOf(host: Element, source: string, data: unknown): unknown[] {
  const items = Array.isArray(data) ? data : (data as { items?: unknown } | null)?.items;
  if (Array.isArray(items)) {
    if (items.length > MAX_ITEMS)
      warn(host, source, `has ${items.length} items; only the first ${MAX_ITEMS} are read.`);
    return items.slice(0, MAX_ITEMS);
  }
  if (data !== undefined && data !== null) {
    warn(host, source, 'is neither an array of items nor an object with an "items" array; nothing is listed.');
  }
  return [];
}

/** How a layout that shows thumbnails checks an item's `image` (grid.ts): the URL to draw, or undefined after a warning naming `field`. */
export type ImageCheck = (host: Element, value: unknown, field: string) => string | undefined;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? streamSafe(value.trim())
    : typeof value === 'number'
      ? String(value)
      : undefined;

/**
 * Keeps the items that can become a safe link and drops the rest, each with a
 * warning naming the field (`items[2].href`), so one bad entry in a feed of
 * twenty never hides the other nineteen. Images are checked by `image`, the
 * check of the layout that shows them (an unsafe one only loses the image: the
 * post itself is still worth listing); without one, items have no image.
 */
export function validItems(host: Element, raw: unknown[], image?: ImageCheck): RelatedItem[] {
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
    const thumbnail = image?.(host, record.image, `${at}.image`);
    if (thumbnail) item.image = thumbnail;
    items.push(item);
  });
  return items;
}

/** `href` as an absolute URL without its fragment, for comparing links that are written differently. */
export function normalizeUrl(href: string, base: string): string | undefined {
  try {
    return new URL(href, base).href.split('#')[0];
  } catch {
    return undefined;
  }
}

import type { HeadingLevel } from '../locales/section-heading.js';
import { quote } from '../core/warn.js';
import { slugify } from './slug.js';

export type { HeadingLevel };

/**
 * What a section heading is, from what was written: its level and its id.
 * One pure function for the element (src/section-heading), the article's
 * plain headings (src/article/headings.ts) and server rendering
 * (src/ssr/article.ts), so that a heading gets the same level and id
 * wherever it is made.
 */

/** A heading as written: its text and the `level` and `anchor-id` attributes. */
export interface HeadingInput {
  /** The heading's text, whitespace collapsed. */
  text: string;
  level?: number | null;
  anchorId?: string | null;
  /** The id it already has, kept as it is: a link to it must survive edits of its text. */
  id?: string;
}

/** The ids in use where the heading is: its document in the browser, its page on a server. */
export interface HeadingIds {
  /** `base`, or `base-2`, `base-3` …: the first one free, taken from now on. */
  claim(base: string): string;
}

export interface ResolvedHeading {
  /** 2–6: an article has one `<h1>`, its headline. */
  level: HeadingLevel;
  /** Empty while there is neither text nor `anchor-id` to make it from. */
  id: string;
  /** Why `level` or `anchor-id` could not be used as written, each to follow the value in a warning. */
  problems: { level?: string; anchorId?: string };
}

/** The id of a heading whose text has no letter or digit to make one from (e.g. "……"). */
const FALLBACK_ID = 'section';

/**
 * `level` is 2–6. A number outside that range is clamped (1 → 2, 9 → 6: the
 * author meant "top" or "deepest"); anything else (NaN, 2.5) is 2; missing
 * is 2, silently. The id is `anchor-id` (whitespace, which an id cannot
 * hold, made `-`), else the slug of the text; `ids` makes it unique.
 */
export function resolveHeading(input: HeadingInput, ids: HeadingIds): ResolvedHeading {
  const problems: ResolvedHeading['problems'] = {};
  const value = input.level;
  let level: HeadingLevel = 2;
  if (value != null && !Number.isInteger(value)) {
    problems.level = 'is not a heading level (a whole number from 2 to 6); it is rendered as <h2>.';
  } else if (value != null) {
    level = Math.min(6, Math.max(2, value)) as HeadingLevel;
    const reason = value < 2 ? 'the article’s headline is its only <h1>' : 'HTML has no heading deeper than <h6>';
    if (level !== value) problems.level = `is outside 2–6 (${reason}); it is rendered as <h${level}>.`;
  }

  const written = input.anchorId?.trim();
  const base = written ? written.replace(/\s+/g, '-') : slugify(input.text) || FALLBACK_ID;
  const id = input.id || (written || input.text ? ids.claim(base) : '');
  if (written && base !== written) {
    problems.anchorId = `contains whitespace, which an id cannot; it is used as ${quote(base)}.`;
  } else if (written && !input.id && id !== base) {
    problems.anchorId = `is already the id of another element; this heading uses ${quote(id)}.`;
  }
  return { level, id, problems };
}

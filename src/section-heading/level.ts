import type { HeadingLevel } from '../locales/section-heading.js';

export type { HeadingLevel };

/** What the `level` attribute asked for, resolved to a heading the element can render. */
export interface ResolvedLevel {
  level: HeadingLevel;
  /** Why the value could not be used as written, for the console; absent when it was fine. */
  problem?: string;
}

/**
 * `level` is 2–6: an article has one `<h1>`, its headline. A number outside
 * that range is clamped (1 → 2, 9 → 6: the author meant "top" or "deepest");
 * anything else (`"abc"`, `"2.5"`) falls back to 2. Missing means 2, silently.
 */
export function resolveLevel(value: number | null | undefined): ResolvedLevel {
  if (value == null) return { level: 2 };
  if (!Number.isInteger(value)) {
    return { level: 2, problem: 'is not a heading level (a whole number from 2 to 6); it is rendered as <h2>.' };
  }
  if (value >= 2 && value <= 6) return { level: value as HeadingLevel };
  const level = value < 2 ? 2 : 6;
  const reason = value < 2 ? 'the article’s headline is its only <h1>' : 'HTML has no heading deeper than <h6>';
  return { level, problem: `is outside 2–6 (${reason}); it is rendered as <h${level}>.` };
}

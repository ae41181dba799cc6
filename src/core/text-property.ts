import { quote, warn } from './warn.js';

/**
 * Text with no run of more than 30 combining marks (Unicode's stream-safe
 * limit, UAX #15; no language writes more): WebKit takes minutes to lay out a
 * run of tens of thousands (measured: 2,000 U+0651 in 3 ms, 8,000 in 439 ms).
 * For text from data that a tag shows.
 */
export const streamSafe = (text: string): string => text.replace(/(\p{M}{30})\p{M}+/gu, '$1');

/**
 * A string property as a tag reads it. A theme may hand JSON to properties, so
 * a number is read as its text (2019 is a fine year); anything else that is
 * not text (an object, an array, a boolean) warns once, naming the attribute,
 * and counts as absent, like a missing attribute. Blank text is absent too;
 * text comes back trimmed and stream-safe.
 */
export function textProperty(host: Element, attribute: string, value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'bigint') value = String(value);
  if (typeof value === 'string') return streamSafe(value.trim()) || undefined;
  if (value != null) warn(host, attribute, `${quote(describe(value))} is not text; it is ignored.`);
  return undefined;
}

/**
 * A number property as a tag reads it (an attribute declared `type: Number`,
 * or JSON a theme handed over): `value` when it is a finite number that
 * `valid` accepts. Absent (undefined, or null once the attribute is removed)
 * is `fallback`, silently; anything else warns once, naming the attribute and
 * quoting what was written, and is `fallback` too.
 */
export function numberProperty<F extends number | undefined>(
  host: Element,
  attribute: string,
  value: unknown,
  { valid, expected, fallback }: { valid: (n: number) => boolean; expected: string; fallback: F },
): number | F {
  if (value == null) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && valid(value)) return value;
  const outcome = fallback === undefined ? 'it is ignored' : `${fallback} is used`;
  warn(host, attribute, `${quote(host.getAttribute(attribute) ?? describe(value))} is not ${expected}; ${outcome}.`);
  return fallback;
}

/** A value as a warning can quote it: JSON where it can be written (no BigInt, no cycle), else its String(). */
export function describe(value: unknown): string {
  if (typeof value === 'number') return String(value); // NaN and Infinity, which JSON would write as null
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value === 'object' ? Object.prototype.toString.call(value) : String(value); // a cycle; a BigInt
  }
}

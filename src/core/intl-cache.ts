/**
 * Building an Intl formatter costs far more than formatting with one, and a
 * page formats the same few (locale, options) pairs over and over. Keep the
 * most recent ones in a small map used as an LRU, bounded so that arbitrary
 * `lang` values cannot grow it without limit.
 */
const LIMIT = 64;
const cache = new Map<string, unknown>();

function memo<T>(key: string, create: () => T): T {
  const hit = cache.get(key) as T | undefined;
  if (hit !== undefined) {
    cache.delete(key); // re-insert to mark as most recently used
    cache.set(key, hit);
    return hit;
  }
  const made = create();
  cache.set(key, made);
  if (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
  return made;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memo(`dtf|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export function relativeTimeFormat(locale: string, options: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return memo(`rtf|${locale}|${JSON.stringify(options)}`, () => new Intl.RelativeTimeFormat(locale, options));
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return memo(`nf|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

/** True when `zone` is an IANA time zone this browser knows. */
export function isTimeZone(zone: string): boolean {
  try {
    dateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// Languages whose default number format is fixed and known: Latin digits, a comma every three digits from
// 1,000 on (test/node/intl-cache.test.ts checks each against Intl). Their whole numbers need no formatter.
const PLAIN_DIGITS = /^(zh(-(CN|TW|HK|Hans|Hant))?|en(-US|-GB)?|ja(-JP)?)$/;

/**
 * `value` as `Intl.NumberFormat(locale, options)` writes it, without building
 * a formatter when the answer is known: a whole number ≥ 0 in one of the
 * languages above (with no options, or compact below 1,000, which compact
 * leaves as it is). Building the page's first formatter loads locale data,
 * milliseconds on a phone, for a word count or a like count.
 */
export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return PLAIN_DIGITS.test(locale) &&
    Number.isSafeInteger(value) &&
    value >= 0 &&
    (options.notation === 'compact' ? value < 1000 : !Object.keys(options).length)
    ? String(value).replace(/\B(?=(\d{3})+$)/g, ',')
    : numberFormat(locale, options).format(value);
}

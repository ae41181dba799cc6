import { quote, warn } from '../core/warn.js';

/**
 * The years of a copyright line: `2023`, or `2019–2023` for a range; the end
 * defaults to the current year and a single year is shown once. With neither
 * attribute, the article's publication year (`published`) when there is one:
 * a 2023 article is © 2023, not © of the year it is read in. `start` and
 * `end` are the attributes' text (trimmed; undefined when absent). A year must
 * have four digits, not be before 1000, nor after next year (a server clock
 * ahead of the reader's is fine); an invalid one warns, naming its attribute,
 * and falls back to what still makes sense.
 */
export function copyrightYears(
  host: Element,
  start: string | undefined,
  end: string | undefined,
  currentYear: number,
  published?: number,
): string {
  if (!start && !end && published !== undefined) return String(published);
  const read = (attribute: string, value: string | undefined, fallback: string): number | undefined => {
    if (!value) return undefined;
    // CMSs fed by Chinese input methods sometimes store full-width digits (２０２３): NFKC makes them (like any compatibility digit) ASCII.
    const text = value.normalize('NFKC');
    const year = Number(text);
    const problem = !/^[1-9]\d{3}$/.test(text)
      ? 'is not a four-digit year (e.g. 2023)'
      : year > currentYear + 1
        ? `is in the future (it is ${currentYear})`
        : '';
    if (!problem) return year;
    warn(host, attribute, `${quote(value)} ${problem}; ${fallback}`);
    return undefined;
  };
  const endYear = read('year-end', end, `the current year, ${currentYear}, is shown instead.`);
  let first = read('year-start', start, 'it was left out.');
  let last = endYear ?? currentYear;
  if (first !== undefined && first > last) {
    if (endYear !== undefined) {
      warn(host, 'year-start', `${first} is after year-end ${last}; the years are shown in order, ${last}–${first}.`);
      [first, last] = [last, first];
    } else {
      last = first; // first published "next year" by the server's clock: that year alone
    }
  }
  return first === undefined || first === last ? String(last) : `${first}–${last}`;
}

/**
 * The publication year of the article a notice belongs to: the `date-published`
 * of the last `<folio-article>` that begins before it, which is the one around
 * it, else the one it follows. Undefined when there is none or it has no date.
 */
export function articleYear(host: Element, currentYear: number): number | undefined {
  // Server rendering has no page to look in (its DOM shim cannot query): src/ssr passes the year as year-end.
  const articles = (host.getRootNode?.() as Partial<ParentNode> | undefined)?.querySelectorAll?.('folio-article') ?? [];
  // 4: Node.DOCUMENT_POSITION_FOLLOWING, the notice comes after (or inside) the article.
  const article = [...articles].filter((a) => a.compareDocumentPosition(host) & 4).at(-1);
  return publicationYear(article?.getAttribute('date-published'), currentYear);
}

/** The year of an ISO date as written (2023-06-01T10:40+08:00 is 2023), when it is a plausible one. */
export function publicationYear(date: string | null | undefined, currentYear: number): number | undefined {
  const year = Number(/^\s*(\d{4})-\d\d/.exec(date ?? '')?.[1]);
  return year >= 1000 && year <= currentYear + 1 ? year : undefined;
}

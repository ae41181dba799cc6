import { quote, warn } from '../core/warn.js';

/** A year a notice may show: four digits, not before 1000, and not after next year (a server clock ahead of the reader's is fine). */
function readYear(value: string, currentYear: number): { year: number } | { problem: string } {
  // CMSs fed by Chinese input methods sometimes store full-width digits (２０２３).
  const text = value.trim().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (!/^\d{4}$/.test(text) || Number(text) < 1000) return { problem: 'is not a four-digit year (e.g. 2023)' };
  const year = Number(text);
  if (year > currentYear + 1) return { problem: `is in the future (it is ${currentYear})` };
  return { year };
}

/**
 * The years of a copyright line: `2023`, or `2019–2023` for a range; the end
 * defaults to the current year and a single year is shown once. Invalid years
 * warn, naming their attribute, and fall back to what still makes sense.
 */
export function copyrightYears(
  host: Element,
  start: string | null | undefined,
  end: string | null | undefined,
  currentYear: number,
): string {
  let last = currentYear;
  let endGiven = false;
  if (end != null && end.trim() !== '') {
    const read = readYear(end, currentYear);
    if ('year' in read) {
      last = read.year;
      endGiven = true;
    } else {
      warn(host, 'year-end', `${quote(end)} ${read.problem}; the current year, ${currentYear}, is shown instead.`);
    }
  }
  let first: number | undefined;
  if (start != null && start.trim() !== '') {
    const read = readYear(start, currentYear);
    if ('year' in read) first = read.year;
    else warn(host, 'year-start', `${quote(start)} ${read.problem}; it was left out.`);
  }
  if (first !== undefined && first > last) {
    if (endGiven) {
      warn(host, 'year-start', `${first} is after year-end ${last}; the years are shown in order, ${last}–${first}.`);
      [first, last] = [last, first];
    } else {
      last = first; // first published "next year" by the server's clock: that year alone
    }
  }
  return first === undefined || first === last ? String(last) : `${first}–${last}`;
}

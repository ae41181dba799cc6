import { dateTimeFormat, relativeTimeFormat } from './intl-cache.js';

/** A date read from an attribute: the instant, and whether it had a time at all. */
export interface ParsedDate {
  date: Date;
  /** `2023-06-01` has no time of day: it is shown as a date, never shifted by a zone. */
  dateOnly: boolean;
  /** The value for `<time datetime>`: the input when it was already absolute, else the instant in UTC. */
  datetime: string;
}

// ISO 8601 as CMSs write it: a date, optionally a time (T or space), optionally
// an offset. Stricter than Date.parse, which accepts "June 1" and guesses.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Reads an ISO 8601 date. A date-time without an offset is read as wall time in
 * `timeZone` (the page's `time-zone`), falling back to the reader's zone, which
 * is what the CMS that wrote it most likely meant.
 */
export function parseIsoDate(value: string, timeZone?: string): ParsedDate | undefined {
  const text = value.trim();
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '0', frac = '0', offset] = m;
  const year = Number(y),
    month = Number(mo),
    day = Number(d);
  const hour = Number(h ?? 0),
    minute = Number(mi ?? 0),
    second = Number(s);
  const ms = Math.round(Number(`0.${frac}`) * 1000);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (new Date(wall).getUTCDate() !== day) return undefined; // 2023-02-30
  if (h === undefined) return { date: new Date(wall), dateOnly: true, datetime: text.slice(0, 10) };
  if (offset) {
    const date = new Date(wall - offsetMinutes(offset) * 60_000);
    return { date, dateOnly: false, datetime: text };
  }
  const date = new Date(
    timeZone ? wallTimeInZone(wall, timeZone) : new Date(year, month - 1, day, hour, minute, second, ms).getTime(),
  );
  return { date, dateOnly: false, datetime: date.toISOString() };
}

function offsetMinutes(offset: string): number {
  if (offset === 'Z' || offset === 'z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

/** How far `zone` is ahead of UTC at the instant `ms`, in milliseconds. */
function zoneOffset(ms: number, zone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant at which clocks in `zone` read the wall time `wall` (given as if it were UTC). */
function wallTimeInZone(wall: number, zone: string): number {
  const guess = wall - zoneOffset(wall, zone);
  // Near a daylight-saving change the offset at the guess can differ; one correction settles it.
  return wall - zoneOffset(guess, zone);
}

export interface DateFormatOptions {
  /** BCP 47 locale for Intl. */
  locale: string;
  /** IANA zone the reader sees the time in; the reader's own zone when absent. */
  timeZone?: string;
  /** Intl options for a date with a time (the locale table's choice). */
  dateTime: Intl.DateTimeFormatOptions;
  /** Intl options for a date alone. */
  date: Intl.DateTimeFormatOptions;
}

export function formatParsedDate(parsed: ParsedDate, options: DateFormatOptions): string {
  if (parsed.dateOnly) {
    // A calendar date is the same day everywhere: format it in UTC, where it was built.
    return dateTimeFormat(options.locale, { ...options.date, timeZone: 'UTC' }).format(parsed.date);
  }
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  return dateTimeFormat(options.locale, { ...options.dateTime, ...zone }).format(parsed.date);
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['week', 7 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3天前", "3 days ago", "昨天": the largest whole unit between `date` and `now`. */
export function formatRelative(date: Date, locale: string, now: number = Date.now()): string {
  const seconds = (date.getTime() - now) / 1000;
  const abs = Math.abs(seconds);
  const [unit, size] = UNITS.find(([, size]) => abs >= size) ?? ['second', 1];
  return relativeTimeFormat(locale, { numeric: 'auto' }).format(Math.round(seconds / size), unit);
}

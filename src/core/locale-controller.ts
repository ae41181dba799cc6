import type { ReactiveController, ReactiveControllerHost } from 'lit';
import '../locales/core.js';
import { lookup, onLocalesChanged, resolveLocale, type FolioStrings, type StringKey } from '../locales/registry.js';
import { closestAttribute, watchContext } from './context-watch.js';
import { formatParsedDate, formatRelative, parseIsoDate } from './dates.js';
import { formatNumber, isTimeZone } from './intl-cache.js';
import { canonicalLang, directionOf } from './language.js';
import { quote, warn } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;
type Args<K extends StringKey> = FolioStrings[K] extends (...args: infer A) => string ? A : [];

/** A date ready for `<time datetime=…>text</time>`; `datetime` is absent when the input was not a date. */
export interface DisplayDate {
  text: string;
  datetime?: string;
}

/**
 * Follows the language the element is read in: its own `lang`, else the
 * closest ancestor's (crossing shadow roots), else `<html lang>`, else English.
 * Re-renders the host when any of those change or a site registers strings,
 * and offers the strings and date formats of that language.
 */
export class LocaleController implements ReactiveController {
  /** The BCP 47 tag in force, as written on the page (used for Intl). */
  lang = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';
  private stopWatching?: () => void;
  private stopListening?: () => void;
  private writtenFor?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.resolve(false);
    this.stopWatching = watchContext(this.host, () => this.resolve(true));
    this.stopListening = onLocalesChanged(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stopWatching?.();
    this.stopListening?.();
  }

  private resolve(notify: boolean): void {
    const written = closestAttribute(this.host, 'lang') ?? this.host.ownerDocument.documentElement.lang.trim();
    if (!written) warnNoLang(this.host);
    const lang = canonicalLang(written);
    const dirAttribute = closestAttribute(this.host, 'dir');
    const dir = dirAttribute === 'rtl' || dirAttribute === 'ltr' ? dirAttribute : directionOf(lang);
    const changed = lang !== this.lang || dir !== this.dir;
    this.lang = lang;
    this.dir = dir;
    if (changed && notify) this.host.requestUpdate();
  }

  /** The string table in use: zh-CN, zh-TW, en, ja or one a site registered. */
  get locale(): string {
    return resolveLocale(this.lang);
  }

  /** A string in the current language; functions in the table are called with `args`. */
  term<K extends StringKey>(key: K, ...args: Args<K>): string {
    const value = lookup(this.lang, key) as unknown;
    if (typeof value === 'function') return String(value(...args));
    if (typeof value === 'string') return value;
    return String(key); // a missing key is a bug of ours; show the key rather than nothing
  }

  /** A locale-specific value that is not a string, e.g. the Intl options for dates. */
  value<K extends StringKey>(key: K): FolioStrings[K] {
    return lookup(this.lang, key) as FolioStrings[K];
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.lang, value, options);
  }

  /**
   * Formats an ISO 8601 attribute value for display. An invalid date warns
   * (naming `attribute`) and falls back to the raw text, so nothing the CMS
   * wrote disappears.
   */
  date(
    value: string | null | undefined,
    {
      attribute,
      timeZone,
      relative = false,
      now,
      written = [],
    }: {
      attribute: string;
      /** The `time-zone` attribute as written: checked (see `timeZone()`) only when the date is formatted. */
      timeZone?: string;
      relative?: boolean;
      now?: number;
      /** Where the page or server may have written the date out already (see `writtenDate`). */
      written?: Array<ParentNode | undefined>;
    },
  ): DisplayDate | undefined {
    if (value == null || value.trim() === '') return undefined;
    const kept = writtenDate(written, value.trim());
    if (kept) return kept;
    timeZone = this.timeZone(timeZone);
    const parsed = parseIsoDate(value, timeZone);
    if (!parsed) {
      warn(
        this.host,
        attribute,
        `${quote(value)} is not an ISO 8601 date (e.g. 2023-06-01T10:40:00+08:00); it is shown as written.`,
      );
      return { text: value.trim() };
    }
    const text = relative
      ? formatRelative(parsed.date, this.lang, now)
      : formatParsedDate(parsed, {
          locale: this.lang,
          timeZone,
          dateTime: this.value('dateTimeFormat'),
          date: this.value('dateFormat'),
        });
    return { text, datetime: parsed.datetime };
  }

  /**
   * True while the language and `context` (e.g. the `time-zone` attribute)
   * are those of the first call, i.e. of the page as the CMS or the server
   * wrote it: the dates it already wrote out (see `writtenDate`) are still
   * right and need no formatting. After a change of `lang` or `context`,
   * false: the tag formats them itself.
   */
  asWritten(context?: string): boolean {
    const now = `${this.lang}|${context}`;
    this.writtenFor ??= now;
    return this.writtenFor === now;
  }

  /** The `time-zone` attribute if the browser knows the zone; else a warning and the reader's own zone. */
  timeZone(value: string | null | undefined, attribute = 'time-zone'): string | undefined {
    if (value == null || value.trim() === '') return undefined;
    if (isTimeZone(value.trim())) return value.trim();
    warn(
      this.host,
      attribute,
      `${quote(value)} is not an IANA time zone (e.g. Asia/Shanghai); dates are shown in the reader's zone.`,
    );
    return undefined;
  }
}

/** Documents already told that they declare no language: told once, by the first tag that found none. */
const toldNoLang = new WeakSet<Document>();

function warnNoLang(host: HTMLElement): void {
  const page = host.ownerDocument;
  if (toldNoLang.has(page)) return;
  toldNoLang.add(page);
  warn(
    host,
    'lang',
    'no lang on it, its ancestors or <html>, so it reads as English. Set the page\'s language, e.g. <html lang="zh-CN">.',
  );
}

/**
 * The date `value` (an ISO 8601 attribute value) as the page or the server
 * already wrote it out: the text of a `<time datetime="value">` inside one of
 * `roots` (e.g. a tag's no-JavaScript fallback children, or its
 * server-rendered shadow root). Keeping that text instead of formatting again
 * spares the page its first Intl formatter. Absent when there is none, it is
 * empty, or `value` is not a date.
 */
export function writtenDate(roots: Array<ParentNode | undefined>, value: string): DisplayDate | undefined {
  for (const root of roots) {
    // (On a server a tag has no render root, and the DOM shim's elements no querySelector: nothing is written there.)
    const text = root?.querySelector?.(`time[datetime="${CSS.escape(value)}"]`)?.textContent?.trim();
    if (text && parseIsoDate(value)) return { text, datetime: value };
  }
  return undefined;
}

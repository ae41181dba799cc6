import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineElement } from '../core/define-element.js';
import { emit } from '../core/events.js';
import { LazyPart, LazyPartController } from '../core/lazy-part.js';
import { LocaleController, type DisplayDate } from '../core/locale-controller.js';
import { ThemeController, focusRing, themeStyles } from '../core/theme.js';
import { textProperty } from '../core/text-property.js';
import { safeUrl } from '../core/url.js';
import '../locales/post-nav.js';
import type { Direction, KeyboardNavigationController } from './keyboard.js';
import type { PrefetchController } from './prefetch.js';
import { postNavStyles } from './post-nav.styles.js';

// The opt-in features' code, loaded the first time an element has their attribute: most pages set neither.
const keyboardPart = new LazyPart(() => import('./keyboard.js'), 'KeyboardNavigationController');
const prefetchPart = new LazyPart(() => import('./prefetch.js'), 'PrefetchController');

/** The detail of `folio-navigate`. */
export interface FolioNavigateDetail {
  direction: Direction;
  /** The absolute URL about to be followed. */
  href: string;
}

/** One side of the navigation as rendered; absent when the CMS gave nothing for it. */
interface Side {
  direction: Direction;
  label: string;
  /** The href as written (checked by safeUrl); absent when missing or unsafe, and the side is then plain text. */
  href?: string;
  title?: string;
  date?: DisplayDate;
}

// The arrow pointing to each side in a left-to-right page; CSS mirrors both in right-to-left pages.
const ARROW_PATHS: Record<Direction, string> = {
  prev: 'M10 3.5 5.5 8l4.5 4.5M5.5 8H14',
  next: 'M6 3.5 10.5 8 6 12.5M10.5 8H2',
};

/**
 * Previous/next navigation between articles: a `<nav>` landmark with a link to
 * each neighbour (`rel="prev"` / `rel="next"`) showing its label, title and date.
 *
 * A side whose link is missing (or refused as unsafe) is shown as plain text;
 * a side with nothing at all is left out, and next keeps to the end side.
 * Titles are clamped to two lines; the full title stays in the accessible name
 * and shows on hover. Everything mirrors in right-to-left pages.
 *
 * Light-DOM children are not rendered once the element is defined: put a
 * no-JavaScript fallback there, one element per side, e.g.
 * `<p>上一篇 <time datetime="2023-06-01T10:40:00+08:00">2023年6月1日 上午10:40</time></p>`
 * (folio.css lays it out in the same box). A date written out so, in a
 * `<time>` whose `datetime` is the side's date attribute as written, is shown
 * as it is rather than formatted again (no Intl formatter for it), until
 * `lang` or `time-zone` change.
 *
 * @summary Links to the previous and next article.
 * @tag folio-post-nav
 *
 * @fires folio-navigate - Before a link is followed (a plain click or a keyboard shortcut). Cancelable: call `preventDefault()` to route the page yourself. `detail: { direction: 'prev' | 'next', href }`, `href` absolute.
 *
 * @csspart nav - The `<nav>` landmark: the row (or column, when narrow) of the two sides, with its borders.
 * @csspart side - Each side, whether a link or plain text.
 * @csspart link - A side that is a link (`<a>`).
 * @csspart prev - The previous side.
 * @csspart next - The next side.
 * @csspart arrow - The arrow beside the text of a side that is a link (a side without a URL has none).
 * @csspart label - 上一篇 / 下一篇, Previous / Next …
 * @csspart title - The title of the neighbouring article, clamped to two lines.
 * @csspart date - Its date (a `<time>` when the date is valid).
 *
 * @cssprop [--folio-post-nav-border=1px solid var(--folio-color-border)] - The border above and below the navigation (also set in folio.css for the box before upgrade).
 * @cssprop [--folio-post-nav-side-min-size=16rem] - The narrowest a side gets before the two stack.
 * @cssprop [--folio-post-nav-title-lines=2] - How many lines of the title are shown.
 * @cssprop --folio-color-text - Label text.
 * @cssprop --folio-color-text-muted - Dates.
 * @cssprop --folio-color-accent - Titles and arrows of links.
 * @cssprop --folio-color-surface - Background of a hovered link.
 * @cssprop --folio-color-border - The border above and below.
 * @cssprop --folio-color-focus - The focus ring.
 * @cssprop --folio-font-body - Text.
 * @cssprop --folio-font-heading - Titles.
 * @cssprop --folio-space-s - Padding of each side and of the navigation.
 * @cssprop --folio-space-m - Gap between the sides.
 * @cssprop --folio-radius - Corners of the hover background.
 *
 * @cssstate light - Forced light by a `data-folio-theme="light"` ancestor.
 * @cssstate dark - Forced dark by a `data-folio-theme="dark"` ancestor.
 * @cssstate auto - Following the system setting (`data-folio-theme="auto"`).
 */
export class FolioPostNav extends LitElement {
  static override styles = [themeStyles, focusRing, postNavStyles];
  static override get properties() {
    return {
      prevHref: { attribute: 'prev-href' },
      prevTitle: { attribute: 'prev-title' },
      prevDate: { attribute: 'prev-date' },
      nextHref: { attribute: 'next-href' },
      nextTitle: { attribute: 'next-title' },
      nextDate: { attribute: 'next-date' },
      timeZone: { attribute: 'time-zone' },
      keyboard: { type: Boolean },
      prefetch: { type: Boolean },
    };
  }

  /** Registers the class as `tag` (default `folio-post-nav`) in `registry` (default the global one). */
  static define(tag = 'folio-post-nav', registry?: CustomElementRegistry | null): void {
    defineElement(tag, this, registry);
  }

  /** URL of the previous article. Missing or unsafe (e.g. `javascript:`): that side is plain text. */
  declare prevHref?: string;
  /** Title of the previous article. */
  declare prevTitle?: string;
  /** Publication date of the previous article, ISO 8601 (e.g. `2023-06-01T10:40:00+08:00`). */
  declare prevDate?: string;
  /** URL of the next article. Missing or unsafe: that side is plain text. */
  declare nextHref?: string;
  /** Title of the next article. */
  declare nextTitle?: string;
  /** Publication date of the next article, ISO 8601. */
  declare nextDate?: string;
  /** IANA time zone the dates are shown in (e.g. `Asia/Shanghai`); else the reader's. */
  declare timeZone?: string;
  /**
   * Keyboard shortcuts on the whole page: ← / → go to the article on that side
   * (so in right-to-left pages → is previous), j goes to the next and k to the
   * previous. Never while typing in a field or with a modifier key. Their
   * code loads the first time an element has the attribute.
   */
  keyboard = false;
  /** Prefetch a same-origin article as soon as the reader hovers or focuses its link (`<link rel="prefetch">`, allowed by a strict CSP). Its code loads the first time an element has the attribute. */
  prefetch = false;

  /** @internal The document's language and direction, and the strings in it. */
  readonly localize = new LocaleController(this);
  /** @internal Applies a `data-folio-theme` ancestor. */
  readonly theme = new ThemeController(this);
  /** The features' code: the links work meanwhile (rendered again once it is there), and without it if it cannot be loaded. */
  private readonly parts = new LazyPartController(this, {
    keyboard: {
      part: keyboardPart,
      when: () => this.keyboard,
      attribute: 'keyboard',
      instead: 'the links work without shortcuts',
    },
    prefetch: {
      part: prefetchPart,
      when: () => this.prefetch,
      attribute: 'prefetch',
      instead: 'the links work without prefetching',
    },
  });
  // The features' controllers, made once their code is there (a server never loads it).
  private keys?: KeyboardNavigationController;
  private prefetcher?: PrefetchController;
  private prev?: Side;
  private next?: Side;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const zone = textProperty(this, 'time-zone', this.timeZone);
    // The dates the page already wrote (a <time datetime> in the fallback children, or the server's shadow root)
    // are kept while lang and time-zone are as written; only the others are formatted, and the zone checked for them.
    const written = this.localize.asWritten(zone) ? [this, this.renderRoot] : [];
    this.prev = this.side('prev', zone, written);
    this.next = this.side('next', zone, written);
    // Each controller, once made, follows its attribute being switched off and on.
    if (this.keyboard)
      this.keys ??=
        keyboardPart.module &&
        new keyboardPart.module.KeyboardNavigationController(
          this,
          (direction, url) => this.announce(direction, url) && this.followLink(url),
        );
    if (this.prefetch) this.prefetcher ??= prefetchPart.module && new prefetchPart.module.PrefetchController(this);
  }

  /** `updateComplete` means ready: with `keyboard` or `prefetch`, once their code is there (or could not be loaded). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.parts.updateComplete(() => super.getUpdateComplete());
  }

  /** One side from its three attributes, e.g. prev-href, prev-title and prev-date. */
  private side(direction: Direction, timeZone: string | undefined, written: ParentNode[]): Side | undefined {
    // Read as trimmed text (absent when blank); a number given as JSON is text, anything else warns and is absent.
    const text = (field: 'Href' | 'Title' | 'Date') =>
      textProperty(this, `${direction}-${field.toLowerCase()}`, this[`${direction}${field}`]);
    const rawHref = text('Href');
    const title = text('Title');
    const href = safeUrl(this, `${direction}-href`, rawHref);
    const date = this.localize.date(text('Date'), { attribute: `${direction}-date`, timeZone, written });
    const given = rawHref !== undefined || title !== undefined || date !== undefined;
    if (!given) return undefined;
    return {
      direction,
      label: this.localize.term(direction === 'prev' ? 'postNavPrevious' : 'postNavNext'),
      href,
      title,
      date,
    };
  }

  protected override render() {
    if (!this.prev && !this.next) return nothing;
    return html`<nav part="nav" aria-label=${this.localize.term('postNavLabel')} dir=${this.localize.dir}>${this.renderSide(this.prev)} ${this.renderSide(this.next)}</nav>`;
  }

  private renderSide(side: Side | undefined): TemplateResult | typeof nothing {
    if (!side) return nothing;
    const { direction, href, title, date } = side;
    // Reading order label, title, date; CSS puts the date beside the label.
    // The spaces between them keep the text readable when copied or read without CSS; none elsewhere (they would show in flex rows).
    // The arrow says "go there": drawn only on a link, so plain text never looks clickable.
    const arrow = href
      ? html`<span class="arrow" part="arrow" aria-hidden="true"><svg viewBox="0 0 16 16"><path d=${ARROW_PATHS[direction]} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/></svg></span>`
      : nothing;
    const content = html`${arrow}<span class="text"><span class="label" part="label">${side.label}</span> ${title ? html`<span class="title" part="title" title=${title}>${title}</span>` : nothing} ${
      date?.datetime
        ? html`<time class="date" part="date" datetime=${date.datetime}>${date.text}</time>`
        : date
          ? html`<span class="date" part="date">${date.text}</span>`
          : nothing
    }</span>`;
    if (!href) return html`<div class="side ${direction}" part="side ${direction}">${content}</div>`;
    return html`<a class="side ${direction}" part="side link ${direction}" href=${href} rel=${direction} aria-keyshortcuts=${ifDefined(
      this.keyboard ? keyboardPart.module?.keyShortcuts(direction, this.localize.dir) : undefined,
    )} @click=${this.onClick}>${content}</a>`;
  }

  private readonly onClick = (event: MouseEvent): void => {
    // Let the browser handle new tabs, windows and downloads, and clicks someone already handled.
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey
    )
      return;
    // The link's href property is its URL resolved against the document, as the event promises.
    const link = event.currentTarget as HTMLAnchorElement;
    if (!this.announce(link.rel as Direction, link.href)) event.preventDefault();
  };

  /** Dispatches `folio-navigate`; false when a listener canceled it. */
  private announce(direction: Direction, href: string): boolean {
    return emit<FolioNavigateDetail>(this, 'folio-navigate', { direction, href }, { cancelable: true });
  }

  /** Leaves for `href` after a keyboard shortcut that nobody canceled. Override to route differently. */
  protected followLink(href: string): void {
    this.ownerDocument.defaultView?.location.assign(href);
  }
}

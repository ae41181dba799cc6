import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { defineElement } from '../core/define-element.js';
import { emit } from '../core/events.js';
import { LocaleController, type DisplayDate } from '../core/locale-controller.js';
import { ThemeController, focusRing, internals, themeStyles } from '../core/theme.js';
import { quote, warn } from '../core/warn.js';
import '../locales/related-posts.js';
import type { FetchController } from './fetch-controller.js';
import { itemsOf, normalizeUrl, validItems, type RelatedItem } from './items.js';
import { relatedPostsStyles } from './related-posts.styles.js';

export type { RelatedItem } from './items.js';
export type RelatedLayout = 'list' | 'compact' | 'grid';

/** `detail` of `folio-related-click`. */
export interface RelatedClickDetail {
  item: RelatedItem;
  /** 0-based position in the rendered list. */
  position: number;
}

const LAYOUTS: readonly RelatedLayout[] = ['list', 'compact', 'grid'];
const DEFAULT_TIMEOUT = 8000;

/** The code only `src` feeds need (./feed.ts): loaded once, for every element, the first time one has a src. */
type FeedPart = typeof import('./feed.js');
let feedPart: FeedPart | undefined;
let feedPartLoading: Promise<FeedPart> | undefined;
function loadFeedPart(): Promise<FeedPart> {
  feedPartLoading ??= import('./feed.js').then(
    (part) => (feedPart = part),
    (error: unknown) => {
      feedPartLoading = undefined; // a later src tries again
      throw error;
    },
  );
  return feedPartLoading;
}

type View =
  | { state: 'loading'; retrying: boolean }
  | { state: 'error' }
  | { state: 'empty' }
  | { state: 'loaded'; items: RelatedItem[] };

/**
 * A list of posts related to the current article, from markup, a property or
 * a JSON feed, with loading, empty and error states that keep the page still.
 *
 * Data sources, first one present wins: the `items` property (a theme's
 * JavaScript), then `src` (fetched JSON), then a child
 * `<script type="application/json">` (written by the CMS template). Each is
 * an array of `{ title, href, date?, image?, excerpt? }` or an object with
 * such an `items` array. Items without a title or a safe href are skipped
 * with a console warning naming the field (`items[2].href`); an unsafe image
 * is dropped and its post still listed. The current page and the `exclude`
 * URLs are never listed.
 *
 * @summary Related posts: list, compact or grid, with loading, empty and error states.
 * @tag folio-related-posts
 *
 * @slot - A `<script type="application/json">` holding the items. Nothing else is shown.
 *
 * @fires folio-related-click - A reader activated a post's link (click, Enter, middle click). `detail: { item, position }`, position 0-based. Navigation is not prevented.
 *
 * @csspart base - The `<section>` region, named by the heading; `aria-busy` while loading.
 * @csspart heading - The heading (a real `<h2>`…`<h6>`).
 * @csspart list - The `<ul>` of posts (also of skeleton rows while loading).
 * @csspart skeleton - The list while loading: placeholder rows the size of the result.
 * @csspart item - One `<li>`.
 * @csspart link - The link to a post.
 * @csspart title - A post's title.
 * @csspart date - A post's date (`<time>`).
 * @csspart image - The frame of a grid thumbnail (its aspect ratio is reserved even without an image).
 * @csspart excerpt - A post's excerpt in the grid layout, clamped to three lines.
 * @csspart status - The polite message: loading (visually hidden), empty or error.
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop --folio-color-text - Titles in the grid, headings.
 * @cssprop --folio-color-text-muted - Dates, excerpts, the empty message.
 * @cssprop --folio-color-accent - Links and the retry button.
 * @cssprop --folio-color-on-accent - Text of the retry button.
 * @cssprop --folio-color-surface - Skeleton bars and empty thumbnail frames.
 * @cssprop --folio-color-border - Separators of the list layout.
 * @cssprop --folio-color-danger - The error message.
 * @cssprop --folio-color-focus - The focus ring.
 * @cssprop --folio-font-body - Text.
 * @cssprop --folio-font-heading - The heading.
 * @cssprop --folio-space-xs - Padding of compact rows.
 * @cssprop --folio-space-s - Padding of list rows, gap under the heading.
 * @cssprop --folio-space-m - Gap between grid cards.
 * @cssprop --folio-radius - Corners of thumbnails and the retry button.
 *
 * @cssstate loading - Items are being fetched from `src`.
 * @cssstate loaded - Posts are listed.
 * @cssstate empty - There is nothing to list (hidden with `hide-empty`).
 * @cssstate error - The `src` feed failed, after one automatic retry.
 * @cssstate pending - Defined but not rendered yet: the code of a `src` feed is still loading (folio.css keeps the preflight box).
 */
export class FolioRelatedPosts extends LitElement {
  static override styles = [themeStyles, focusRing, relatedPostsStyles];

  static define(tag = 'folio-related-posts', registry?: CustomElementRegistry | null): void {
    defineElement(tag, this, registry);
  }

  /**
   * The posts, as a theme's JavaScript hands them over. When set (not
   * `undefined`), it wins over `src` and the child script.
   */
  @property({ attribute: false }) items: RelatedItem[] | unknown[] | undefined;

  /** URL of a JSON feed: an array of items or `{ "items": [...] }`. Used when the `items` property is not set. */
  @property() src = '';

  /** The heading text; by default 相关推荐 / 相關推薦 / Related posts / 関連記事 by locale. */
  @property() heading = '';

  /** Level of the heading, 2–6 (default 2), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** `list` (title and date), `compact` (titles only) or `grid` (thumbnail, title, excerpt, date). Unknown values fall back to `list`. */
  @property({ reflect: true }) layout: RelatedLayout = 'list';

  /** At most this many posts (a positive integer); also the number of skeleton rows while loading. */
  @property({ type: Number }) limit: number | undefined;

  /** Whitespace-separated URLs never to list (the current page is never listed anyway). */
  @property() exclude = '';

  /** Show dates relative to now (3天前 / 3 days ago) instead of absolute. */
  @property({ attribute: 'relative-dates', type: Boolean }) relativeDates = false;

  /** IANA time zone the dates are shown in (e.g. Asia/Shanghai); the reader's zone by default. */
  @property({ attribute: 'time-zone' }) timeZone = '';

  /** Milliseconds a `src` request may take before it counts as failed (and is retried once). */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Hide the whole element, heading included, when there is nothing to list. */
  @property({ attribute: 'hide-empty', type: Boolean, reflect: true }) hideEmpty = false;

  /**
   * The function that fetches `src`, `fetch` by default. Replace it to add
   * credentials or headers a site's API needs, or to serve the feed from a
   * cache; it receives the URL and an init with the abort signal, and must
   * honour that signal.
   */
  @property({ attribute: false }) fetcher: typeof fetch = (input, init) => globalThis.fetch(input, init);

  /** Strings and date formats of the language the element is read in (follows `lang`). */
  readonly localize = new LocaleController(this);
  /** Applies the nearest `data-folio-theme` (light, dark or auto). */
  readonly theme = new ThemeController(this);
  /** The state of the `src` feed, once its code (./feed.ts) has loaded. */
  private feed?: FetchController;
  /** Bumped by every feed start and abort: a feed part that arrives late starts only the latest request. */
  private feedTicket = 0;
  /** Why the feed's code could not be loaded, if it could not: the error state, without a retry button. */
  private feedPartFailure?: string;

  /** Text of the child JSON script, kept in step by a MutationObserver. */
  private scriptText: string | undefined;
  private scriptObserver: MutationObserver | undefined;

  // Derived in willUpdate from the properties above and the feed's state.
  private view: View = { state: 'empty' };
  private srcInUse = '';
  private resolvedLayout: RelatedLayout = 'list';
  private resolvedLimit: number | undefined;
  private headingLevelInUse = 2;
  private zone: string | undefined;
  /** Set when the reader pressed retry: the button stays while it loads. */
  private retrying = false;
  private focusFollowsRetry = false;

  @query('.heading') private headingElement!: HTMLElement;
  @query('[part~="retry"]') private retryButton?: HTMLButtonElement;

  override connectedCallback(): void {
    super.connectedCallback();
    this.readScript();
    // A CMS or a script may fill the JSON in after the element upgraded.
    this.scriptObserver = new MutationObserver(() => this.readScript());
    this.scriptObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.scriptObserver?.disconnect();
  }

  private readScript(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text !== this.scriptText) {
      this.scriptText = text;
      this.requestUpdate();
    }
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('layout')) this.resolvedLayout = this.readLayout();
    if (changed.has('limit')) this.resolvedLimit = this.readLimit();
    if (changed.has('headingLevel')) this.headingLevelInUse = this.readHeadingLevel();
    if (changed.has('timeZone')) this.zone = this.localize.timeZone(this.timeZone);
    // Removing an attribute sets its property to null: read every string defensively.
    this.srcInUse = (this.src ?? '').trim();
    // The load starts here rather than in updated(): its synchronous switch to
    // `loading` must be seen by this render, or a new src would show the old feed once.
    if ((changed.has('src') || changed.has('items') || changed.has('timeout')) && this.items === undefined && this.srcInUse) {
      this.startFeed(this.srcInUse, this.readTimeout());
    } else if ((changed.has('items') && this.items !== undefined) || (changed.has('src') && !this.srcInUse)) {
      this.feedTicket++;
      this.feed?.abort();
    }
    this.adoptFeedStyles();
    const before = this.view;
    this.view = this.computeView();
    // Read before render removes the button: did the reader wait on it?
    this.focusFollowsRetry =
      before.state === 'loading' && before.retrying && this.view.state !== 'loading' &&
      !!this.retryButton && this.shadowRoot?.activeElement === this.retryButton;
    if (this.view.state !== 'loading') this.retrying = false;
    const states = internals(this).states;
    for (const state of ['loading', 'loaded', 'empty', 'error']) {
      if (state === this.view.state) states.add(state);
      else states.delete(state);
    }
  }

  /** True when this render shows a `src` feed, whose skeleton and fetch code are in ./feed.ts. */
  private get needsFeed(): boolean {
    return this.items === undefined && (this.src ?? '').trim() !== '';
  }

  /**
   * The first render of a `src` feed waits for its code, rather than render a
   * box of another size; the custom state `pending` tells folio.css to keep
   * the preflight box meanwhile. `updateComplete` waits too, so it still means
   * "rendered". A failed load renders the error state (and warns) instead.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!feedPart && this.needsFeed) {
      const states = internals(this).states;
      if (!this.hasUpdated) states.add('pending');
      await loadFeedPart().catch(() => undefined);
      states.delete('pending');
    }
    super.scheduleUpdate();
  }

  /** The skeleton's and retry button's styles travel with their code: adopted into this shadow root once it is there. */
  private adoptFeedStyles(): void {
    const root = this.renderRoot as ShadowRoot | undefined;
    const sheet = feedPart?.feedStyles.styleSheet;
    if (sheet && root?.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  private startFeed(url: string, timeout: number): void {
    const ticket = ++this.feedTicket;
    if (feedPart) {
      this.feedPartFailure = undefined;
      this.feed ??= new feedPart.FetchController(this, (input, init) => this.fetcher(input, init));
      void this.feed.load(url, { timeout });
      return;
    }
    loadFeedPart().then(
      () => {
        if (ticket !== this.feedTicket) return; // src changed or items arrived meanwhile
        this.startFeed(url, timeout);
        // Left the page while the code loaded: the controller resumes the load on return, as for any load.
        if (!this.isConnected) this.feed!.hostDisconnected();
      },
      (error: unknown) => {
        if (ticket !== this.feedTicket) return;
        this.feedPartFailure = `the code that fetches it could not be loaded (${String(error)})`;
        this.requestUpdate();
      },
    );
  }

  private computeView(): View {
    let raw: unknown;
    let source = 'items';
    if (this.items !== undefined) {
      raw = this.items;
    } else if (this.srcInUse) {
      const status = this.feedPartFailure ? 'error' : this.feed?.status ?? 'loading';
      if (status === 'idle' || status === 'loading') return { state: 'loading', retrying: this.retrying };
      if (status === 'error') return { state: 'error' };
      raw = this.feed!.value;
      source = 'src';
    } else if (this.scriptText !== undefined) {
      source = '<script type="application/json">';
      try {
        raw = JSON.parse(this.scriptText);
      } catch (error) {
        warn(this, source, `is not valid JSON (${(error as Error).message}); nothing is listed.`);
        raw = [];
      }
    }
    const items = this.filter(validItems(this, itemsOf(this, source, raw)));
    return items.length ? { state: 'loaded', items } : { state: 'empty' };
  }

  /** Drops the current page and excluded URLs, then applies the limit. */
  private filter(items: RelatedItem[]): RelatedItem[] {
    const base = this.ownerDocument.baseURI;
    const here = this.ownerDocument.defaultView?.location.href ?? base;
    const excluded = new Set(
      [here, ...(this.exclude ?? '').split(/\s+/).filter(Boolean)].map((url) => normalizeUrl(url, base)).filter(Boolean),
    );
    const kept = items.filter((item) => !excluded.has(normalizeUrl(item.href, base)));
    return this.resolvedLimit === undefined ? kept : kept.slice(0, this.resolvedLimit);
  }

  private readLayout(): RelatedLayout {
    const value = String(this.layout ?? '').trim().toLowerCase();
    if ((LAYOUTS as readonly string[]).includes(value)) return value as RelatedLayout;
    if (value !== '') warn(this, 'layout', `${quote(this.layout)} is not one of list, compact, grid; list is used.`);
    return 'list';
  }

  private readLimit(): number | undefined {
    if (this.limit === undefined || this.limit === null) return undefined;
    if (Number.isInteger(this.limit) && this.limit > 0) return this.limit;
    warn(this, 'limit', `${quote(this.getAttribute('limit') ?? this.limit)} is not a positive integer; it is ignored.`);
    return undefined;
  }

  private readHeadingLevel(): number {
    const level = this.headingLevel;
    if (Number.isInteger(level) && level >= 2 && level <= 6) return level;
    warn(this, 'heading-level', `${quote(this.getAttribute('heading-level') ?? level)} is not a level from 2 to 6; 2 is used.`);
    return 2;
  }

  private readTimeout(): number {
    if (Number.isFinite(this.timeout) && this.timeout > 0) return this.timeout;
    warn(this, 'timeout', `${quote(this.getAttribute('timeout') ?? this.timeout)} is not a positive number of milliseconds; ${DEFAULT_TIMEOUT} is used.`);
    return DEFAULT_TIMEOUT;
  }

  override updated(): void {
    if (this.focusFollowsRetry) this.moveFocusAfterRetry();
    const failure = this.feedPartFailure ?? this.feed?.failure?.message;
    if (this.view.state === 'error' && failure) warn(this, 'src', `${failure} The error state is shown.`);
  }

  protected override render(): TemplateResult {
    const view = this.view;
    const tag = unsafeStatic(`h${this.headingLevelInUse}`);
    const heading = (this.heading ?? '').trim() || this.localize.term('relatedHeading');
    return html`<section part="base" aria-labelledby="heading" aria-busy=${view.state === 'loading' ? 'true' : 'false'}>
      ${staticHtml`<${tag} class="heading" part="heading" id="heading" tabindex="-1">${heading}</${tag}>`}
      ${view.state === 'loaded' ? this.renderList(view.items) : nothing}
      ${view.state === 'loading' && !view.retrying ? feedPart?.skeleton(this.resolvedLayout, this.resolvedLimit) : nothing}
      ${this.renderStatus(view)}
      <slot hidden></slot>
    </section>`;
  }

  private renderStatus(view: View): TemplateResult {
    const message =
      view.state === 'loading' ? this.localize.term('loading')
      : view.state === 'error' ? this.localize.term('relatedError')
      : view.state === 'empty' ? this.localize.term('relatedEmpty')
      : '';
    const hidden = view.state === 'loading' && !view.retrying;
    // One live region throughout, so screen readers announce changes politely and only once.
    const status = html`<p part="status" role="status" class="status ${hidden ? 'visually-hidden' : ''} ${view.state === 'error' ? 'error' : ''}">${message}</p>`;
    // The retry button comes with the feed's code; without that code there is nothing to retry with.
    const showProblem = (view.state === 'error' || (view.state === 'loading' && view.retrying)) && feedPart;
    if (!showProblem) return status;
    return html`<div class="problem">${status}${showProblem.retryButton(this.localize.term('retry'), view.state === 'loading', () => this.onRetry())}</div>`;
  }

  private onRetry(): void {
    if (this.view.state === 'loading') return;
    this.retrying = true;
    void this.feed?.retry();
  }

  /**
   * Focus stays with the reader. The retry button stays (aria-disabled) while
   * the retry loads, so focus is not dropped; when the answer replaces it,
   * focus moves to the first new link, or to the heading if the feed is empty.
   */
  private moveFocusAfterRetry(): void {
    if (this.view.state === 'loaded') this.shadowRoot?.querySelector<HTMLElement>('[part~="link"]')?.focus();
    else if (this.view.state === 'empty') this.headingElement.focus();
  }

  private renderList(items: RelatedItem[]): TemplateResult {
    const layout = this.resolvedLayout;
    return html`<ul part="list" class=${layout} @click=${this.onLinkActivated} @auxclick=${this.onLinkActivated}>
      ${items.map((item, position) => this.renderItem(item, position, layout))}
    </ul>`;
  }

  private renderItem(item: RelatedItem, position: number, layout: RelatedLayout): TemplateResult {
    const link = html`<a part="link" href=${item.href} data-position=${position} title=${ifDefined(layout === 'list' ? undefined : item.title)}
      ><span part="title" class="title">${item.title}</span></a
    >`;
    if (layout === 'compact') return html`<li part="item">${link}</li>`;
    const date = this.renderDate(item, position);
    if (layout === 'list') return html`<li part="item">${link}${date}</li>`;
    return html`<li part="item">
      ${link}
      <span class="frame" part="image">${item.image
        ? html`<img src=${item.image} alt="" loading="lazy" decoding="async" />`
        : nothing}</span>
      <p part="excerpt" class="excerpt">${item.excerpt ?? ''}</p>
      ${date}
    </li>`;
  }

  private renderDate(item: RelatedItem, position: number): TemplateResult | typeof nothing {
    const shown: DisplayDate | undefined = this.localize.date(item.date, {
      attribute: `items[${position}].date`,
      timeZone: this.zone,
      relative: this.relativeDates,
    });
    if (!shown) return nothing;
    return shown.datetime
      ? html`<time part="date" class="date" datetime=${shown.datetime}>${shown.text}</time>`
      : html`<span part="date" class="date">${shown.text}</span>`;
  }

  private onLinkActivated(event: MouseEvent): void {
    if (event.type === 'auxclick' && event.button !== 1) return;
    const link = (event.target as Element).closest('a[data-position]');
    if (!link || this.view.state !== 'loaded') return;
    const position = Number(link.getAttribute('data-position'));
    const item = this.view.items[position];
    if (item) emit<RelatedClickDetail>(this, 'folio-related-click', { item, position });
  }
}

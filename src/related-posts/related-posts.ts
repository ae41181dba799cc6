import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defineElement } from '../core/define-element.js';
import { LazyPart, LazyPartController } from '../core/lazy-part.js';
import { emit } from '../core/events.js';
import { LocaleController } from '../core/locale-controller.js';
import { internals } from '../core/internals.js';
import { ThemeController, focusRing, themeStyles } from '../core/theme.js';
import { numberProperty, textProperty } from '../core/text-property.js';
import { quote, warn } from '../core/warn.js';
import '../locales/related-posts.js';
import type { Feed } from './feed.js';
import { itemsOf, normalizeUrl, validItems, type RelatedItem, type RelatedLayout } from './items.js';
import { relatedPostsStyles } from './related-posts.styles.js';

export type { RelatedItem, RelatedLayout } from './items.js';

/** `detail` of `folio-related-click`. */
export interface RelatedClickDetail {
  item: RelatedItem;
  /** 0-based position in the rendered list. */
  position: number;
}

const LAYOUTS = ['list', 'compact', 'grid'];
/**
 * The heading at each level `heading-level` allows, 2 to 6: a template's tag
 * names are fixed, and one template per level costs less than lit/static-html.
 */
const HEADINGS: Array<(text: string) => TemplateResult> = [
  (text) => html`<h2 class="heading" part="heading" id="heading" tabindex="-1">${text}</h2>`,
  (text) => html`<h3 class="heading" part="heading" id="heading" tabindex="-1">${text}</h3>`,
  (text) => html`<h4 class="heading" part="heading" id="heading" tabindex="-1">${text}</h4>`,
  (text) => html`<h5 class="heading" part="heading" id="heading" tabindex="-1">${text}</h5>`,
  (text) => html`<h6 class="heading" part="heading" id="heading" tabindex="-1">${text}</h6>`,
];

const STATES = ['loading', 'loaded', 'empty', 'error'] as const;
type State = (typeof STATES)[number];

/** The code only `src` feeds need (./feed.ts): loaded the first time an element has a src. */
const feedPart = new LazyPart(() => import('./feed.js'), 'Feed');
/** The grid layout's card and styles (./grid.ts): loaded the first time an element has layout="grid" (and by src/ssr up front). */
export const gridPart = new LazyPart(() => import('./grid.js'), 'gridCard');

/**
 * A list of posts related to the current article, from markup, a property or
 * a JSON feed, with loading, empty and error states that keep the page still.
 *
 * Data sources, first one present wins: the `items` property (a theme's
 * JavaScript), then `src` (fetched JSON), then a child
 * `<script type="application/json">` (written by the CMS template). Each is
 * an array of `{ title, href, date?, image?, excerpt? }` or an object with
 * such an `items` array, of which the first 100 are read. Items without a title or a safe href are skipped
 * with a console warning naming the field (`items[2].href`). Images are read
 * by the grid layout, the one that shows them: an unsafe one is dropped, with
 * a warning, and its post still listed. The current page and the `exclude`
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
  static override get properties() {
    return {
      items: { attribute: false },
      src: {},
      heading: {},
      headingLevel: { attribute: 'heading-level', type: Number },
      layout: { reflect: true },
      limit: { type: Number },
      exclude: {},
      relativeDates: { attribute: 'relative-dates', type: Boolean },
      timeZone: { attribute: 'time-zone' },
      timeout: { type: Number },
      hideEmpty: { attribute: 'hide-empty', type: Boolean, reflect: true },
    };
  }

  static override styles = [themeStyles, focusRing, relatedPostsStyles];

  static define(tag = 'folio-related-posts', registry?: CustomElementRegistry | null): void {
    defineElement(tag, this, registry);
  }

  /**
   * The posts, as a theme's JavaScript hands them over. When set (not
   * `undefined`), it wins over `src` and the child script.
   */
  declare items: RelatedItem[] | unknown[] | undefined;

  /**
   * URL of a JSON feed: an array of items or `{ "items": [...] }`. Used when the `items` property is not set.
   * A body over 1 MiB, or nested deeper than 16 levels, is refused with the error state.
   */
  declare src?: string;

  /** The heading text; by default 相关推荐 / 相關推薦 / Related posts / 関連記事 by locale. */
  declare heading?: string;

  /** Level of the heading, 2–6 (default 2), to fit the page's outline. */
  headingLevel = 2;

  /** `list` (title and date), `compact` (titles only) or `grid` (thumbnail, title, excerpt, date). Unknown values fall back to `list`. */
  layout: RelatedLayout = 'list';

  /** At most this many posts (a positive integer); also the number of skeleton rows while loading. */
  declare limit: number | undefined;

  /** Whitespace-separated URLs never to list (the current page is never listed anyway). */
  declare exclude?: string;

  /** Show dates relative to now (3天前 / 3 days ago) instead of absolute. */
  relativeDates = false;

  /** IANA time zone the dates are shown in (e.g. Asia/Shanghai); the reader's zone by default. */
  declare timeZone?: string;

  /** Milliseconds a `src` request may take before it counts as failed (and is retried once); 8000 when not set. */
  declare timeout?: number;

  /** Hide the whole element, heading included, when there is nothing to list. */
  hideEmpty = false;

  /**
   * The function that fetches `src`; `fetch` when not set. Set it to add
   * credentials or headers a site's API needs, or to serve the feed from a
   * cache; it receives the URL and an init with the abort signal, and must
   * honour that signal. Read at each request: setting it does not refetch.
   */
  declare fetcher?: typeof fetch;

  /** @internal Strings and date formats of the language the element is read in (follows `lang`). */
  readonly localize = new LocaleController(this);
  /** @internal Applies the nearest `data-folio-theme` (light, dark or auto). */
  readonly theme = new ThemeController(this);
  /**
   * A render that needs a part not loaded yet (a `src` feed's, the grid's)
   * waits for it, rather than render a box of another size: folio.css keeps
   * the preflight box meanwhile (`:state(pending)`). One that cannot be
   * loaded renders the error state, or the list layout.
   */
  private readonly parts = new LazyPartController(this, {
    feed: {
      part: feedPart,
      when: () => this.srcInUse,
      blocking: true,
      attribute: 'src',
      instead: 'the error state is shown',
    },
    grid: {
      part: gridPart,
      when: () => this.layoutName === 'grid',
      blocking: true,
      attribute: 'layout',
      instead: 'list is used',
    },
  });
  /** The `src` feed (state, skeleton, retry button), once its code (./feed.ts) has loaded. */
  private feed?: Feed;

  /** Text of the child JSON script, kept in step by a MutationObserver. */
  private scriptText?: string;
  private scriptObserver?: MutationObserver;

  // Derived in willUpdate from the properties above and the feed's state.
  declare private state: State;
  declare private listed: RelatedItem[];
  declare private layoutInUse: RelatedLayout;
  /** The layout rendered: the one in use, or list while the grid's code is missing. */
  declare private layoutShown: RelatedLayout;
  declare private limitInUse?: number;
  declare private levelInUse: number;

  override connectedCallback(): void {
    super.connectedCallback();
    this.readScript();
    // A CMS or a script may fill the JSON in after the element upgraded. (Created here: a server has no MutationObserver.)
    this.scriptObserver ??= new MutationObserver(() => this.readScript());
    this.scriptObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.scriptObserver?.disconnect();
  }

  private readScript(): void {
    const text = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
    if (text !== this.scriptText) {
      this.scriptText = text;
      this.requestUpdate();
    }
  }

  /** The layout as written: trimmed, lowercase, '' when absent. */
  private get layoutName(): string {
    return textProperty(this, 'layout', this.layout)?.toLowerCase() ?? '';
  }

  /** The `src` in use: the items property, when set, wins over it. Removing an attribute sets its property to null. */
  private get srcInUse(): string {
    return this.items === undefined ? (textProperty(this, 'src', this.src) ?? '') : '';
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.parts.scheduleUpdate(() => super.scheduleUpdate());
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.parts.updateComplete(() => super.getUpdateComplete());
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('layout')) {
      const layout = this.layoutName;
      // layout reflects to its attribute: JSON of another type becomes its text first (Lit would String() it).
      if (this.layout != null && typeof this.layout !== 'string') this.layout = layout as RelatedLayout;
      const known = !layout || LAYOUTS.includes(layout);
      if (!known)
        warn(
          this,
          'layout',
          `${quote(this.getAttribute('layout') ?? layout)} is not one of list, compact, grid; list is used.`,
        );
      this.layoutInUse = known && layout ? (layout as RelatedLayout) : 'list';
    }
    if (changed.has('limit')) {
      this.limitInUse = numberProperty(this, 'limit', this.limit, {
        valid: (n) => Number.isInteger(n) && n > 0,
        expected: 'a positive integer',
        fallback: undefined,
      });
    }
    if (changed.has('headingLevel')) {
      this.levelInUse = numberProperty(this, 'heading-level', this.headingLevel, {
        valid: (n) => Number.isInteger(n) && n >= 2 && n <= 6,
        expected: 'a level from 2 to 6',
        fallback: 2,
      });
    }
    this.layoutShown = this.layoutInUse === 'grid' && !gridPart.module ? 'list' : this.layoutInUse;
    // The load starts here rather than in updated(): its synchronous switch to
    // `loading` must be seen by this render, or a new src would show the old feed once.
    const feedArrived = !this.feed && this.srcInUse && feedPart.module;
    if (changed.has('src') || changed.has('items') || changed.has('timeout') || feedArrived) {
      this.feed ??= feedPart.module && new feedPart.module.Feed(this);
      this.feed?.start(this.srcInUse, this.timeout);
    }
    this.computeView();
    const states = internals(this).states;
    for (const state of STATES) states[state === this.state ? 'add' : 'delete'](state);
  }

  /** The state and the items to list, from the first source present: items, src, the child script. */
  private computeView(): void {
    let raw: unknown = this.items;
    let source = 'items';
    if (this.srcInUse) {
      const status = this.feed?.status;
      if (status !== 'success') {
        this.state = status === 'loading' ? status : 'error';
        return;
      }
      raw = this.feed!.value;
      source = 'src';
    } else if (raw === undefined && this.scriptText !== undefined) {
      source = '<script type="application/json">';
      try {
        raw = JSON.parse(this.scriptText);
      } catch (error) {
        warn(this, source, `is not valid JSON (${(error as Error).message}); nothing is listed.`);
      }
    }
    // Never the current page, nor an excluded URL.
    const base = this.ownerDocument.baseURI;
    const excluded = [
      this.ownerDocument.defaultView?.location.href ?? base,
      ...(textProperty(this, 'exclude', this.exclude) ?? '').split(/\s+/),
    ]
      .filter(Boolean)
      .map((url) => normalizeUrl(url, base));
    this.listed = validItems(
      this,
      itemsOf(this, source, raw),
      this.layoutShown === 'grid' ? gridPart.module!.thumbnail : undefined,
    )
      .filter((item) => !excluded.includes(normalizeUrl(item.href, base)))
      .slice(0, this.limitInUse);
    this.state = this.listed.length ? 'loaded' : 'empty';
  }

  protected override render(): TemplateResult {
    const { state, feed } = this;
    const heading = textProperty(this, 'heading', this.heading) ?? this.localize.term('relatedHeading');
    // One live region throughout, so screen readers announce changes politely and only once.
    // Its class is the state (.error is styled), or visually-hidden for a first load (a retry's stays in view).
    const status = html`<p part="status" role="status" class="status ${state === 'loading' && !feed?.retrying ? 'visually-hidden' : state}">${state === 'loaded' ? '' : this.localize.term(state === 'loading' ? 'loading' : state === 'error' ? 'relatedError' : 'relatedEmpty')}</p>`;
    // A src feed adds its skeleton while loading, and its retry button by the status.
    return html`<section part="base" aria-labelledby="heading" aria-busy=${state === 'loading'}>${HEADINGS[this.levelInUse - 2]!(heading)}${
      state === 'loaded' ? this.renderList() : feed?.skeleton(this.layoutShown, this.limitInUse)
    }${feed?.withRetry(status) ?? status}<slot hidden></slot></section>`;
  }

  private renderList(): TemplateResult {
    const layout = this.layoutShown;
    const timeZone = this.localize.timeZone(textProperty(this, 'time-zone', this.timeZone));
    return html`<ul part="list" class=${layout}>${this.listed.map((item, position) => {
      const activated = (event: MouseEvent) => {
        // A click is button 0; of the other buttons' auxclicks, only the middle one opens a link.
        if (event.button < 2) emit<RelatedClickDetail>(this, 'folio-related-click', { item, position });
      };
      // The title is a tooltip where it may be cut short (compact, grid). nothing removes the attribute; lit-analyzer types it as a plain string.
      const link = html`<a part="link" href=${item.href} title=${(layout === 'list' ? nothing : item.title) as string} @click=${activated} @auxclick=${activated}><span part="title" class="title">${item.title}</span></a>`;
      // compact: titles only
      const shown =
        layout === 'compact'
          ? undefined
          : this.localize.date(item.date, {
              attribute: `items[${position}].date`,
              timeZone,
              relative: this.relativeDates,
            });
      const date = shown?.datetime
        ? html`<time part="date" class="date" datetime=${shown.datetime}>${shown.text}</time>`
        : shown
          ? html`<span part="date" class="date">${shown.text}</span>`
          : nothing;
      return layout === 'grid'
        ? gridPart.module!.gridCard(link, item, date)
        : html`<li part="item">${link}${date}</li>`;
    })}</ul>`;
  }
}

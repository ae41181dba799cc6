/**
 * What only a `src` feed needs, loaded the first time an element has a `src`
 * to fetch (pages that hand over their items in markup or by property never
 * download it): the fetch controller, the loading skeleton and the retry
 * button of the error state, with their styles. The element creates a Feed
 * when it has a src and this module is there, and renders what it returns.
 *
 * The element does not render before this module is there (its render waits
 * for it), and `folio.css` keeps the element's preflight box meanwhile
 * (`:state(pending)`), so the skeleton appears in the box the page already
 * reserved for it. Its `styles` are adopted with it.
 */
import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocaleController } from '../core/locale-controller.js';
import { numberProperty } from '../core/text-property.js';
import { warn } from '../core/warn.js';
import { FetchController } from './fetch-controller.js';
import type { RelatedLayout } from './items.js';

/** What a feed reads on its element: the site's fetcher, the strings, and where its retry button is. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  readonly fetcher?: typeof fetch;
  readonly localize: Pick<LocaleController, 'term'>;
}

/** Skeleton rows when no `limit` says how many posts to expect (folio.css reserves the same four). */
export const DEFAULT_SKELETON_COUNT = 4;

export const styles = css`
  /* loading: the same boxes, with bars in place of text */
  .skeleton .bar {
    /* flow-root: the bar's margin must not collapse through and push the row down */
    display: flow-root;
    block-size: 1lh;
  }
  .skeleton .bar::before {
    content: '';
    display: block;
    block-size: 0.8em;
    margin-block-start: calc((1lh - 0.8em) / 2);
    inline-size: 70%;
    border-radius: 3px;
    background: var(--_folio-color-border);
    opacity: 0.6;
  }
  .skeleton .date.bar::before {
    inline-size: 8em;
  }
  .skeleton .excerpt.bar {
    block-size: 3lh;
  }
  .skeleton .excerpt.bar::before {
    inline-size: 100%;
    block-size: calc(3lh - 0.5em);
  }
  .skeleton .title.bar {
    min-block-size: 0;
  }
  .grid.skeleton .title.bar {
    block-size: 2lh;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton .bar::before {
      animation: folio-related-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes folio-related-pulse {
    50% {
      opacity: 0.3;
    }
  }

  /* The loading message is for assistive technology only: the skeleton says it visually. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The heading takes focus (tabindex="-1") only when a retry brings an empty feed. */
  .heading:focus {
    outline: none;
  }

  .problem {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_folio-space-s) var(--_folio-space-m);
    padding-block: var(--_folio-space-s);
  }
  button {
    font: inherit;
    color: var(--_folio-color-on-accent);
    background: var(--_folio-color-accent);
    border: 0;
    border-radius: var(--_folio-radius);
    padding: var(--_folio-space-xs) var(--_folio-space-m);
    cursor: pointer;
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
`;

/** Placeholder rows the size of the result, so nothing moves when the posts arrive. */
function skeletonList(layout: RelatedLayout, count = DEFAULT_SKELETON_COUNT): TemplateResult {
  const row = () =>
    layout === 'compact'
      ? html`<li part="item"><span class="title bar"></span></li>`
      : layout === 'grid'
        ? html`<li part="item"><span class="title bar"></span><span class="frame" part="image"></span><span class="excerpt bar"></span><span class="date bar"></span></li>`
        : html`<li part="item"><span class="title bar"></span><span class="date bar"></span></li>`;
  return html`<ul part="list skeleton" class="${layout} skeleton" aria-hidden="true">${Array.from({ length: count }, row)}</ul>`;
}

/** What `timeout` is when it is not set, or not a positive number. */
const DEFAULT_TIMEOUT = 8000;

/**
 * The most a feed may weigh. A hundred posts with excerpts (the most the
 * element reads) take about a tenth of it; a bigger answer is a mistake or an
 * attack, and would cost the reader's main thread seconds to parse and walk.
 */
export const MAX_FEED_BYTES = 1024 * 1024;

/**
 * How deep a feed's JSON may nest before it is parsed: `{ "items": [ { … } ] }`
 * is three levels, and `JSON.parse` of deep nesting takes seconds.
 */
const MAX_FEED_DEPTH = 16;

/**
 * The `src` feed of one element: its fetch state, the skeleton while it
 * loads, and the retry button of the error state with what happens to focus
 * around it. The button stays, aria-disabled, while the retry loads, so focus
 * is not dropped; when the answer replaces it, focus moves to the first new
 * link, or to the heading if the feed is empty (and stays on the button if the
 * retry failed again).
 */
export class Feed extends FetchController {
  /** Set when the reader pressed retry, until the answer is rendered: the button stays meanwhile. */
  retrying = false;
  private focusFollowsRetry = false;

  constructor(protected override readonly host: FeedHost) {
    super(host, (input, init) => (host.fetcher ?? fetch)(input, init));
  }

  /**
   * Loads `url`, or stops (idle) without one; a `timeout` that is not a
   * positive number warns and the default is used.
   */
  start(url: string, timeout: number | null | undefined): void {
    if (!url) {
      this.abort();
      this.status = 'idle';
      return;
    }
    timeout = numberProperty(this.host, 'timeout', timeout, {
      valid: (n) => n > 0,
      expected: 'a positive number of milliseconds',
      fallback: DEFAULT_TIMEOUT,
    });
    void this.load(url, { timeout, maxBytes: MAX_FEED_BYTES, maxDepth: MAX_FEED_DEPTH });
    // The element left the page while this code loaded: the load resumes on its return, as for any load.
    if (!this.host.isConnected) this.hostDisconnected();
  }

  /** The skeleton, for a first load (a retry keeps its button on screen instead). */
  skeleton(layout: RelatedLayout, count?: number): TemplateResult | undefined {
    return this.status === 'loading' && !this.retrying ? skeletonList(layout, count) : undefined;
  }

  /** The status beside the retry button, in the error state and while a retry loads; else the status alone. */
  withRetry(status: TemplateResult): TemplateResult {
    if (this.status !== 'error' && !this.retrying) return status;
    const onClick = () => {
      if (this.status === 'loading') return;
      this.retrying = true;
      void this.retry();
    };
    return html`<div class="problem">${status}<button part="retry" type="button" aria-disabled=${this.status === 'loading' ? 'true' : 'false'} @click=${onClick}>${this.host.localize.term('retry')}</button></div>`;
  }

  hostUpdate(): void {
    // Before render replaces the button: did the reader wait on it for an answer that came?
    const active = this.host.shadowRoot?.activeElement;
    this.focusFollowsRetry = this.retrying && this.status === 'success' && !!active?.matches('[part~="retry"]');
    if (this.status !== 'loading') this.retrying = false;
  }

  hostUpdated(): void {
    if (this.status === 'error') warn(this.host, 'src', `${this.failure!.message} The error state is shown.`);
    if (!this.focusFollowsRetry) return;
    this.focusFollowsRetry = false;
    const root = this.host.shadowRoot;
    (root?.querySelector<HTMLElement>('[part~="link"]') ?? root?.querySelector<HTMLElement>('.heading'))?.focus();
  }
}

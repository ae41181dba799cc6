import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { defineElement } from '../core/define-element.js';
import { emit } from '../core/events.js';
import { formatNumber } from '../core/intl-cache.js';
import { LazyPart, LazyPartController } from '../core/lazy-part.js';
import { LocaleController } from '../core/locale-controller.js';
import { ThemeController, focusRing, themeStyles } from '../core/theme.js';
import { textProperty } from '../core/text-property.js';
import { quote, warn } from '../core/warn.js';
import '../locales/reactions.js';
import { LIKE, type KindSpec } from './kinds.js';
import { rememberKinds, rememberedKinds } from './reader.js';
import type { ReactionSender } from './sender.js';
import { reactionsStyles } from './reactions.styles.js';

/** The kinds beyond like, for the pages whose `kinds` names one. Exported for server rendering, which loads it up front. */
export const moreKindsPart = new LazyPart(() => import('./more-kinds.js'), 'MORE_KINDS');
/** The network side, for the tags with an `action`; a tag without one (a site's own backend) never loads it. */
const senderPart = new LazyPart(() => import('./sender.js'), 'ReactionSender');

export type { FolioReactDetail, FolioReactErrorDetail, FolioReactSuccessDetail } from './details.js';
import type { FolioReactDetail } from './details.js';

/**
 * Reactions to the page: a toggle button per kind (by default one, 赞 / 讚 /
 * Like / いいね) with its icon, label and count, e.g. `赞（0）`, or the count
 * alone with `display="count"`, as the seed's `(0)`.
 *
 * A press shows at once (`aria-pressed`, the count moves), then is sent to
 * `action`; the server's answer replaces the count. A failure undoes the
 * press and says so (`role=status`); offline, the press is kept and sent
 * when the connection returns. Pressing again undoes. A double click or a
 * held key counts once. The reader is a random id in localStorage (never a
 * cookie), which also remembers the reader's own reactions per page.
 *
 * Without `action` it is a local count with the events only (a site wires
 * its own backend); the buttons then say that nothing is sent.
 *
 * Counts follow the page's language (1.2万, 1.2萬, 1.2K, 1.2万); the exact
 * number is in each button's accessible name.
 *
 * @summary Like (and other reaction) buttons with their counts.
 * @tag folio-reactions
 *
 * @fires folio-react - Before a press is sent (or counted, without `action`). Cancelable: `preventDefault()` leaves everything as it was. `detail: { kind, pressed, count, page }`.
 * @fires folio-react-success - The server stored the press. `detail: { kind, pressed, count, page }`, `count` the server's.
 * @fires folio-react-error - The press could not be stored and was undone. `detail: { kind, pressed, page, status }`.
 *
 * @csspart group - The row of buttons (`role=group`).
 * @csspart button - Each toggle button; also the part named after its kind (`like`, `love`, `laugh`, `celebrate`).
 * @csspart pressed - A button that is pressed.
 * @csspart icon - The icon of a button.
 * @csspart label - The label (赞, Like …); absent with `display="count"`.
 * @csspart count - The count, in tabular digits within a reserved width.
 * @csspart status - The polite message after a failure or while offline.
 *
 * @cssprop [--folio-reactions-pressed-color=var(--folio-color-accent)] - Text, icon and border of a pressed button.
 * @cssprop [--folio-reactions-count-min-size=5ch] - The width reserved for a count, so a growing count moves nothing.
 * @cssprop --folio-color-text - Text of a button.
 * @cssprop --folio-color-text-muted - The status message.
 * @cssprop --folio-color-border - The border of a button.
 * @cssprop --folio-color-surface - The background of a hovered button.
 * @cssprop --folio-color-focus - The focus ring.
 * @cssprop --folio-font-body - Text.
 * @cssprop --folio-radius - Corners of the buttons.
 * @cssprop --folio-space-s - Gap between the buttons.
 *
 * @cssstate sending - A press is on its way to the server.
 * @cssstate light - Forced light by a `data-folio-theme="light"` ancestor.
 * @cssstate dark - Forced dark by a `data-folio-theme="dark"` ancestor.
 * @cssstate auto - Following the system setting (`data-folio-theme="auto"`).
 */
export class FolioReactions extends LitElement {
  static override styles = [themeStyles, focusRing, reactionsStyles];
  static override get properties() {
    return {
      page: {},
      action: {},
      count: {},
      kinds: {},
      display: {},
      message: { state: true, attribute: false },
    };
  }

  /** Registers the class as `tag` (default `folio-reactions`) in `registry` (default the global one). */
  static define(tag = 'folio-reactions', registry?: CustomElementRegistry | null): void {
    defineElement(tag, this, registry);
  }

  /** The page reacted to. Default: the page's `<link rel="canonical">`, else its URL without the fragment. */
  declare page?: string;
  /** The reactions endpoint (e.g. `/api/reactions`, see `createReactionHandler`). Without it the count is local and nothing is sent. */
  declare action?: string;
  /**
   * The count the server knows, so it shows at once (and with JavaScript
   * off, through server rendering): a whole number for the first kind, or
   * `kind:count` pairs (`like:12 love:3`). With `action`, fresh counts are
   * fetched once the element connects.
   */
  declare count?: string;
  /** The kinds shown, space-separated, from `like`, `love`, `laugh`, `celebrate` (default `like`). */
  declare kinds?: string;
  /** `full` (default): icon, label and count. `count`: the count alone, as `(0)`. */
  declare display?: string;
  /** @internal The polite status message. */
  declare message?: string;

  /** @internal The document's language and direction, and the strings in it. */
  readonly localize = new LocaleController(this);
  /** @internal Applies a `data-folio-theme` ancestor. */
  readonly theme = new ThemeController(this);

  /** The other kinds' icons and labels: a render that shows one waits for them (folio.css keeps the box meanwhile). */
  private readonly parts = new LazyPartController(this, {
    kinds: {
      part: moreKindsPart,
      when: () => this.askedKinds().some((kind) => kind !== 'like'),
      blocking: true,
      attribute: 'kinds',
      instead: 'only like is shown',
    },
    sender: {
      part: senderPart,
      when: () => this.action,
      attribute: 'action',
      instead: 'presses are counted on this page only, until it can be loaded',
    },
  });
  private sender?: ReactionSender;

  /** @internal The server's counts, including the reader's confirmed reactions. */
  serverCounts = new Map<string, number>();
  /** @internal The kinds the server last confirmed as this reader's (remembered per page). */
  confirmed = new Set<string>();
  /** @internal The kinds the reader has pressed now, as shown. */
  pressed = new Set<string>();

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.parts.scheduleUpdate(() => super.scheduleUpdate());
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.parts.updateComplete(() => super.getUpdateComplete());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.confirmed = rememberedKinds(this.pageUrl());
    this.pressed = new Set(this.confirmed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('count')) this.serverCounts = this.parseCount();
    const Sender = senderPart.module?.ReactionSender;
    if (this.action && Sender && !this.sender) {
      this.sender = new Sender(this);
      void this.sender.fetchCounts();
    }
  }

  override render() {
    const countOnly = this.display === 'count';
    if (this.display !== undefined && !countOnly && this.display !== 'full') {
      warn(this, 'display', `${quote(this.display)} is not "full" or "count"; "full" is used.`);
    }
    const local = !this.action;
    return html`<div part="group" role="group" aria-label=${this.localize.term('reactionsLabel')}>
      ${this.shownKinds().map(([kind, spec]) => {
        const count = this.countOf(kind);
        const label = this.localize.term(spec.label as 'reactionsLike');
        const pressed = this.pressed.has(kind);
        return html`<button
          type="button"
          part="button ${kind}${pressed ? ' pressed' : ''}"
          aria-pressed=${pressed}
          aria-label="${label} ${this.localize.number(count)}"
          aria-describedby=${local ? 'local' : nothing}
          @click=${(event: MouseEvent) => this.onClick(event, kind)}
          @keydown=${(event: KeyboardEvent) => event.repeat && event.preventDefault()}
        >
          ${
            countOnly
              ? nothing
              : html`<svg part="icon" viewBox="0 0 16 16" aria-hidden="true"><path d=${spec.icon} /></svg
                ><span part="label">${label}</span>`
          }<span part="count"
            >${this.localize.term('reactionsCount', this.compact(count))}</span
          >
        </button>`;
      })}
      <span part="status" role="status">${this.message ?? ''}</span>
      ${local ? html`<span id="local" hidden>${this.localize.term('reactionsLocal')}</span>` : nothing}
    </div>`;
  }

  private askedKinds(): string[] {
    return textProperty(this, 'kinds', this.kinds)?.split(/\s+/).filter(Boolean) ?? [];
  }

  /** The kinds asked for that the tag knows, each once; like when none is. */
  private shownKinds(): Array<[string, KindSpec]> {
    const known: Record<string, KindSpec> = { like: LIKE, ...moreKindsPart.module?.MORE_KINDS };
    const shown = new Map<string, KindSpec>();
    for (const kind of this.askedKinds()) {
      if (known[kind]) shown.set(kind, known[kind]);
      // Unknown, or its part failed to load (the controller said so).
      else if (moreKindsPart.module)
        warn(this, 'kinds', `${quote(kind)} is not one of ${Object.keys(known)}; left out.`);
    }
    return shown.size ? [...shown] : [['like', LIKE]];
  }

  /** @internal */
  pageUrl(): string {
    const page = textProperty(this, 'page', this.page)?.trim();
    if (page) return new URL(page, document.baseURI).href;
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    return canonical || location.href.split('#')[0]!;
  }

  /** `count` as counts per kind: `12` for the first kind, or `like:12 love:3`. */
  private parseCount(): Map<string, number> {
    const counts = new Map<string, number>();
    const value = textProperty(this, 'count', this.count)?.trim();
    if (!value) return counts;
    for (const pair of value.split(/\s+/)) {
      const [kind, n] = pair.includes(':') ? pair.split(':') : [this.shownKinds()[0]![0], pair];
      if (kind && n !== undefined && /^\d{1,15}$/.test(n)) counts.set(kind, Number(n));
      else warn(this, 'count', `${quote(pair)} is not a whole number ≥ 0 or kind:number; that count starts at 0.`);
    }
    return counts;
  }

  private countOf(kind: string): number {
    const delta = Number(this.pressed.has(kind)) - Number(this.confirmed.has(kind));
    return Math.max(0, (this.serverCounts.get(kind) ?? 0) + delta);
  }

  private compact(count: number): string {
    return formatNumber(this.localize.lang, count, { notation: 'compact', maximumFractionDigits: 1 });
  }

  private onClick(event: MouseEvent, kind: string): void {
    // The second click of a double click is not a second press (a keyboard's click has detail 0).
    if (event.detail > 1) return;
    const pressed = !this.pressed.has(kind);
    const page = this.pageUrl();
    const count = this.countOf(kind) + (pressed ? 1 : -1);
    if (!emit<FolioReactDetail>(this, 'folio-react', { kind, pressed, count, page }, { cancelable: true })) return;
    this.message = undefined;
    if (pressed) this.pressed.add(kind);
    else this.pressed.delete(kind);
    if (!this.action) {
      // A local count: the press is its own confirmation.
      this.serverCounts.set(kind, count);
      this.confirmed = new Set(this.pressed);
      rememberKinds(page, this.confirmed);
    }
    this.requestUpdate();
    void this.send(kind);
  }

  /** Sends the press once the sender is there (it loads when the element gets its `action`). */
  private async send(kind: string): Promise<void> {
    if (!this.action) return;
    await this.parts.load('sender');
    await this.updateComplete; // willUpdate made the sender
    void this.sender?.sync(kind);
  }
}

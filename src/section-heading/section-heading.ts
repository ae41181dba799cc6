import { render, type PropertyValues } from 'lit';
import { defineElement } from '../core/define-element.js';
import { emit } from '../core/events.js';
import { LazyPart, LazyPartController } from '../core/lazy-part.js';
import { textProperty } from '../core/text-property.js';
import { internals } from '../core/internals.js';
import { LightElement } from '../core/light-element.js';
import { quote, warn } from '../core/warn.js';
import '../locales/section-heading.js';
import type { LinkCopier } from './copy-link.js';
import { resolveHeading, type HeadingLevel } from './heading.js';
import {
  COPY_BUTTON_CLASS,
  COPY_BUTTON_CONTENT,
  HEADING_CLASS,
  STATUS_ATTRIBUTES,
  STATUS_CLASS,
  findServerParts,
} from './parts.js';
import { uniqueId } from './slug.js';

/** The detail of `folio-link-copy`. */
export interface FolioLinkCopyDetail {
  /** The heading's id, the fragment of the link. */
  id: string;
  /** The page's URL with `#id`. */
  url: string;
  /** False when the browser refused to copy and the link was shown to copy by hand. */
  copied: boolean;
}

/** The copy button's behaviour (./copy-link.ts). */
const copyPart = new LazyPart(() => import('./copy-link.js'), 'LinkCopier');
/** The heading's rules, for pages without folio.css (see LightElement). */
const stylesPart = new LazyPart(() => import('./section-heading-css.js'), 'styles');

/**
 * A section heading inside an article: a real `<h2>`–`<h6>` in the light DOM,
 * so the document outline, screen readers, reader mode, search engines and
 * find-in-page all see it, with an id to link to and a button that copies that
 * link.
 *
 * The text is the element's child. On upgrade the element moves (never copies)
 * the author's nodes into the `<hN>` it creates, so a script that holds those
 * text nodes, such as `<folio-article normalize-punctuation>`, keeps working on
 * the live text, and a selection or find-in-page match survives.
 *
 * The id is `anchor-id` if given, else a slug of the text that keeps Han, kana,
 * hangul and every other script's letters (`筑牢战斗堡垒-练强抓严学校党组织建设的基本功`),
 * made unique in the document with `-2`, `-3` … It is fixed when first
 * computed, so re-renders and later edits of the text (like the width of its
 * punctuation) never break a link; only a new `anchor-id` changes it.
 *
 * `numbered` shows a section number in the locale's style (zh-CN: 一、 （一）
 * 1. （1） ①, after GB/T 9704; zh-TW: 一、 （一） 1、 （1） 甲、; en: 1. 1.1 1.1.1;
 * ja: １． （１） ① ア． （ア）). Numbers are CSS counters: they count the
 * numbered headings of the same level within the closest `<folio-article>`
 * (outside one, from the first numbered heading on, in document order),
 * restart below each heading of a higher level, renumber themselves when
 * headings come and go, and are never part of the heading's text (copy,
 * search, `headingText`). To restart the count elsewhere, put
 * `counter-reset: folio-heading-2 folio-heading-3 folio-heading-4 folio-heading-5 folio-heading-6`
 * on the element that should start afresh. A locale can set its own formats with
 * `registerLocale(code, { headingNumbering: { 2: 'counter(folio-heading-2, upper-roman) ". "', … } })`.
 *
 * The copy button copies the page's URL with `#id` (the Clipboard API, else
 * the copy command, else it shows the link selected in a field to copy by
 * hand) and announces the result politely. It does not change the page's
 * URL: the reader asked for a link, not to move, and setting the hash would
 * scroll the page, add a history entry and wake the site's router.
 *
 * Styling: the element lives in the light DOM, so there are no parts. Its
 * styles are in `@layer folio` (src/folio.css, and adopted by the element when
 * the page lacks it): any rule of the site wins. Style the host for the
 * heading's box and typography (it keeps them before and after upgrade; a rule
 * on `h2` reaches the inner heading only after upgrade, so prefer the host),
 * and these classes for the rest:
 * `.folio-section-heading__heading` (the `<hN>`; the number is its `::before`),
 * `.folio-section-heading__copy` (the button; `[data-copied]` while it shows
 * success), `.folio-section-heading__link-field` (the field shown when copying
 * was refused), `.folio-section-heading__status` (the visually hidden live region).
 *
 * @summary A real heading with a stable id, a section number and a copy-link button.
 * @tag folio-section-heading
 *
 * @slot - The heading's text (inline content). Moved into the `<hN>` on upgrade.
 *
 * @fires folio-link-copy - After the copy button was used. `detail: { id, url, copied }`; `copied` is false when the browser refused and the link was shown to copy by hand.
 *
 * @cssprop --folio-color-text-muted - The copy button.
 * @cssprop --folio-color-accent - The copy button when hovered.
 * @cssprop --folio-color-surface - Background of the hovered copy button.
 * @cssprop --folio-color-success - The copy button while it shows success.
 * @cssprop --folio-color-focus - The focus ring.
 * @cssprop --folio-color-text - Text of the link field.
 * @cssprop --folio-color-background - Background of the link field.
 * @cssprop --folio-color-border - Border of the link field.
 * @cssprop --folio-font-mono - The link field.
 * @cssprop --folio-radius - Corners of the button and the link field.
 * @cssprop --folio-focus-ring-width - Width of the focus ring.
 * @cssprop --folio-focus-ring-offset - Gap between the button and its focus ring.
 * @cssprop --folio-space-xs - Gap above the link field and its vertical padding.
 * @cssprop --folio-space-s - Horizontal padding of the link field.
 * @cssprop [--folio-scroll-margin=1em] - Space kept above the heading when a link scrolls to it (e.g. the height of a sticky header).
 *
 * @cssstate level-2 - Rendered as `<h2>` (also when `level` was missing or had to be corrected to 2).
 * @cssstate level-3 - Rendered as `<h3>`.
 * @cssstate level-4 - Rendered as `<h4>`.
 * @cssstate level-5 - Rendered as `<h5>`.
 * @cssstate level-6 - Rendered as `<h6>` (also when `level` was above 6).
 * @cssstate light - Forced light by a `data-folio-theme="light"` ancestor.
 * @cssstate dark - Forced dark by a `data-folio-theme="dark"` ancestor.
 * @cssstate auto - Following the reader's system setting (`data-folio-theme="auto"`).
 */
export class FolioSectionHeading extends LightElement {
  static override get properties() {
    return {
      level: { type: Number },
      anchorId: { attribute: 'anchor-id' },
      numbered: { type: Boolean, reflect: true },
    };
  }

  /** @internal */
  protected static override fallbackStyles = { sentinel: '--_folio-section-heading-rules', part: stylesPart };

  /** Registers the element as `tag` (default `folio-section-heading`) in `registry` (default the global one). */
  static define(tag = 'folio-section-heading', registry?: CustomElementRegistry | null): void {
    defineElement(tag, this, registry);
  }

  /**
   * The heading level, 2–6 (`<h2>`–`<h6>`). Out of range it is clamped
   * (1 → 2, 9 → 6); anything else renders `<h2>`; both with a console warning.
   */
  level: number | null = null;

  /**
   * The heading's id, instead of one made from its text: for links that must
   * survive edits of the heading. An id cannot contain whitespace: runs of it
   * become `-`, with a warning. Made unique like the derived id.
   */
  anchorId: string | null = null;

  /** Shows a section number in the locale's style before the text (not part of the text). */
  numbered = false;

  /**
   * The copy button's behaviour loads when the browser is idle after the
   * heading connects, at the latest when the button is pressed. Already
   * loaded by then, a copy starts within the press, as browsers that ask
   * for a user gesture want.
   */
  private readonly parts = new LazyPartController(this, {
    copy: { part: copyPart, idle: true, attribute: 'copy', instead: 'the link was not copied' },
  });
  private resolvedLevel: HeadingLevel = 2;
  private currentId = '';
  /** The id a server-rendered heading came with, used by the first update. */
  private adoptedId = '';
  private heading: HTMLHeadingElement | null = null;
  // Built here, or adopted from server-rendered markup on connection (see adoptServerParts).
  private button = this.createButton();
  private status = this.createStatus();
  private copier?: LinkCopier;
  /** The id of the heading: the fragment its links point to. Empty until the heading has text or `anchor-id`. */
  get headingId(): string {
    return this.currentId;
  }

  /** The level rendered, 2–6, after correcting a bad `level`. */
  get headingLevel(): HeadingLevel {
    return this.resolvedLevel;
  }

  /** The real `<hN>` holding the text; null before the first update. */
  get headingElement(): HTMLHeadingElement | null {
    return this.heading;
  }

  /** The heading's text, whitespace collapsed, without the section number or the button. */
  get headingText(): string {
    // The author's nodes, wherever they are (in the <hN>, or added beside it since the last update).
    const nodes = [...this.childNodes].filter(
      (n) => (n instanceof Text || n instanceof Element) && !this.isOwnWidget(n),
    );
    return nodes
      .map((node) => node.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  }

  /** The URL the copy button copies: the page's URL without its fragment, with `#` and the heading's id. */
  get linkUrl(): string {
    const url = new URL(this.ownerDocument.defaultView?.location.href ?? 'http://localhost/');
    url.hash = this.currentId;
    return url.href;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.heading) this.adoptServerParts();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.copier?.stop();
  }

  /** Text added, removed or edited after upgrade (a CMS script, Lit, normalize-punctuation) must reach the <hN> and the button's name. */
  protected override contentChanged(records: MutationRecord[]): void {
    if (records.some((r) => !this.isOwnWidget(r.target))) this.requestUpdate();
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const text = this.headingText;
    const written = this.getAttribute('level');
    const anchorId = textProperty(this, 'anchor-id', this.anchorId);
    const root = this.getRootNode() as Document | ShadowRoot;
    // The id is fixed once made (a server-rendered one included): only a new anchor-id changes it.
    const kept = this.adoptedId || (changed.has('anchorId') ? '' : this.currentId);
    const { level, id, problems } = resolveHeading(
      { text, level: written?.trim() === '' ? null : this.level, anchorId, id: kept },
      { claim: (base) => uniqueId(base, root, this.heading ?? undefined) },
    );
    if (problems.level) warn(this, 'level', `${quote(written ?? String(this.level))} ${problems.level}`);
    if (problems.anchorId)
      warn(this, 'anchor-id', `${quote(this.getAttribute('anchor-id') ?? anchorId)} ${problems.anchorId}`);
    this.resolvedLevel = level;
    this.currentId = id;
    this.adoptedId = '';
    const heading = this.placeHeading();
    if (this.currentId) heading.id = this.currentId;
    else heading.removeAttribute('id');

    // An empty heading is bad input: warn, and hide it (an empty <hN> is noise in the outline)
    // until text arrives.
    if (!text) warn(this, 'text', 'the heading has no text; it is hidden until it gets some.');
    heading.hidden = !text;
    this.button.hidden = !text || !this.currentId;

    this.button.setAttribute('aria-label', this.localize.term('headingCopyLink', text));
    this.copier?.relabel();
    if (this.numbered)
      heading.style.setProperty('--_folio-heading-number', this.localize.value('headingNumbering')[this.resolvedLevel]);
    else heading.style.removeProperty('--_folio-heading-number');

    const states = internals(this).states;
    for (const n of [2, 3, 4, 5, 6]) states.delete(`level-${n}`);
    states.add(`level-${this.resolvedLevel}`);
    // This update already reflects the DOM as it is now: the records of its own moves need no second one.
    this.content.takeRecords();
  }

  /**
   * A server-rendered heading (src/ssr) already holds the `<hN>` with its id,
   * the button and the live region: they are taken over as they are, so the
   * page's nodes survive the upgrade and nothing moves. The server chose the
   * id knowing the whole page, so it is kept (until `anchor-id` changes).
   */
  private adoptServerParts(): void {
    const parts = findServerParts(this);
    if (!parts) return;
    this.heading = parts.heading;
    this.button = parts.button;
    this.wireButton(parts.button);
    this.status = parts.status;
    this.adoptedId = parts.heading.id;
  }

  /**
   * Makes sure the host holds, in order, the `<hN>` of the current level with
   * every author node inside, then the button and the live region. Author
   * nodes are moved, never copied: nodes written before the `<hN>` go to its
   * start, nodes after it to its end, so the reading order is kept.
   */
  private placeHeading(): HTMLHeadingElement {
    const tag = `h${this.resolvedLevel}`;
    let heading = this.heading;
    if (!heading || heading.localName !== tag) {
      const next = this.ownerDocument.createElement(tag) as HTMLHeadingElement;
      next.className = HEADING_CLASS;
      if (heading) {
        next.append(...heading.childNodes);
        heading.replaceWith(next);
      }
      heading = this.heading = next;
    }
    if (heading.parentNode !== this) {
      // Gone from the host: the author replaced the content (`textContent = …`), so what it held is gone too.
      heading.replaceChildren();
      this.prepend(heading);
    }
    const before: Node[] = [];
    const after: Node[] = [];
    let seenHeading = false;
    for (const node of this.childNodes) {
      if (node === heading) seenHeading = true;
      else if (!this.isOwnWidget(node)) (seenHeading ? after : before).push(node);
    }
    if (before.length) heading.prepend(...before);
    if (after.length) heading.append(...after);
    if (this.button.parentNode !== this || heading.nextSibling !== this.button) heading.after(this.button);
    if (this.status.parentNode !== this) this.append(this.status);
    return heading;
  }

  private isOwnWidget(node: Node): boolean {
    return [this.button, this.status, this.copier?.field].some((own) => own?.contains(node));
  }

  private createButton(): HTMLButtonElement {
    const button = this.ownerDocument.createElement('button');
    button.type = 'button';
    button.className = COPY_BUTTON_CLASS;
    render(COPY_BUTTON_CONTENT, button);
    this.wireButton(button);
    return button;
  }

  private wireButton(button: HTMLButtonElement): void {
    button.addEventListener('click', () => void this.copyLink());
  }

  private createStatus(): HTMLElement {
    const status = this.ownerDocument.createElement('span');
    status.className = STATUS_CLASS;
    for (const [name, value] of Object.entries(STATUS_ATTRIBUTES)) status.setAttribute(name, value);
    return status;
  }

  /** Copies `linkUrl`; what the copy button does. Resolves true when the link is on the clipboard. */
  async copyLink(): Promise<boolean> {
    if (!this.currentId) return false;
    const url = this.linkUrl;
    if (!this.copier) {
      const part = copyPart.module ?? (await this.parts.load('copy'));
      if (!part) return false;
      this.copier ??= new part.LinkCopier(this.localize);
    }
    const copied = await this.copier.copy(url, this.button, this.status);
    emit<FolioLinkCopyDetail>(this, 'folio-link-copy', { id: this.currentId, url, copied });
    return copied;
  }
}

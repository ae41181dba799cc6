import { nothing, type PropertyValues, render, type TemplateResult } from 'lit';
import { defineElement } from '../core/define-element.js';
import { LazyPart, LazyPartController } from '../core/lazy-part.js';
import { LightElement } from '../core/light-element.js';
import type { DisplayDate } from '../core/locale-controller.js';
import { textProperty } from '../core/text-property.js';
import { internals } from '../core/internals.js';
import { warn } from '../core/warn.js';
import '../locales/article.js';
import type { ArticleBlock } from './blocks.js';
import type { ContentsController } from './contents.js';
import { articleHeaderTemplate } from './header.js';
import type { SectionHeading } from './headings.js';
import { HEADINGS, PART, SERVER_RENDERED, isOwnedPart, ownPart } from './parts.js';
import type { TextStats } from './text-stats.js';

export type { ArticleBlock, ArticleInline, ArticleText } from './blocks.js';

/**
 * Parts only some articles need, each a chunk of its own imported the first
 * time an element asks for it. Each only fills a box the first render
 * already drew, so nothing moves when it arrives.
 */
const bodyPart = new LazyPart(() => import('./generated-body.js'), 'showGeneratedBody');
const sanitizerPart = new LazyPart(() => import('./sanitize.js'), 'sanitizeArticleHtml');
const headingsPart = new LazyPart(() => import('./headings.js'), 'collectHeadings');
const passesPart = new LazyPart(() => import('./text-passes.js'), 'bodyStats');
const structuredDataPart = new LazyPart(() => import('./structured-data.js'), 'writeStructuredData');
const hydrationPart = new LazyPart(() => import('./hydration.js'), 'hydrateHeader');
/** The article's rules, for pages without folio.css (see LightElement). */
const stylesPart = new LazyPart(() => import('./article-css.js'), 'styles');

/** Browsers with `text-autospace` space Han and Latin text themselves; the others get the fallback pass. Asked only by a connected element's scan, never on a server. */
const autospaced = () => CSS.supports('text-autospace', 'normal');

/** What the element knows about its body, refreshed whenever the body changes. */
interface BodyScan {
  /** The body's length, when `reading-time` asks for it. */
  stats?: TextStats;
  /** The body has its own <h1>: the headline is then not rendered as a second one. */
  hasH1: boolean;
  /** The body has heading candidates: the contents box is drawn even before their ids are known. */
  hasHeadings: boolean;
  headings: SectionHeading[];
  /** The first image's absolute URL, for the structured data. */
  image?: string;
  /** A full scan (counts, the section headings' ids), not the quick one on connection: a server-rendered header can be hydrated. */
  complete?: true;
}

/**
 * The article: its body stays in the page (light DOM) as the author wrote it,
 * set in a typography that meets the Chinese layout requirements (clreq) and
 * reads well in Latin scripts; the element adds a header from its attributes
 * (headline, byline, source, dates, reading time), an optional table of
 * contents, a reprint notice after the body and optional schema.org JSON-LD.
 *
 * The body comes from the children the page wrote (visible before any
 * script runs), or from the `html` property (sanitized by DOMPurify, loaded
 * only then), or from the `blocks` property (JSON). The author's children are
 * never re-created: find-in-page, selection and other scripts' references
 * survive the upgrade. The element adds only its own parts, each marked with
 * `data-folio-article-part` (`header`, `toc`, `body`, `notice`,
 * `structured-data`).
 *
 * Styles: the typography is in `folio.css` (`@layer folio`), which also
 * reserves the header's box before the tag is defined, so upgrading moves
 * nothing. On a page that did not link folio.css, the element loads the
 * same rules (a copy of article.css) and adopts them.
 *
 * What only some articles need loads the first time it is asked for, each in
 * a chunk of its own: the `blocks`/`html` body, the headings'
 * ids and contents, the text passes (`normalize-punctuation`,
 * `reading-time`, Han–Latin spacing where the browser lacks it), the
 * structured data and the hydration of a server-rendered header. The first
 * render draws every box they fill; `updateComplete` resolves once they
 * have arrived and rendered.
 *
 * @summary An article body with a header, contents and Chinese-grade typography.
 * @tag folio-article
 *
 * @slot - The article body: paragraphs, `<folio-section-heading>`s, plain `<h2>`–`<h6>`, figures, lists, quotes. Hidden (kept) when `html` or `blocks` provides the body.
 *
 * @cssprop [--folio-measure=40rem] - The line length of the text, shared by the notice, reactions, post nav and related posts of the column.
 * @cssprop [--folio-article-font-size=1.0625rem (CJK) / 1.125rem] - The body text size.
 * @cssprop [--folio-article-headline-scale=1.75] - The headline's size relative to the body text (the preflight box uses it too).
 * @cssprop --folio-color-text - Text colour when a theme is forced with `data-folio-theme`.
 * @cssprop --folio-color-text-muted - The meta line, captions, quotes and the reprint notice.
 * @cssprop --folio-color-accent - Links and the current entry of the contents.
 * @cssprop --folio-color-border - Quote rule, contents box, the line above the notice.
 * @cssprop --folio-color-surface - Background of the contents' summary.
 * @cssprop --folio-color-background - Background of the open contents list on narrow screens.
 * @cssprop --folio-color-focus - The focus ring.
 * @cssprop --folio-radius - Corners of the contents box.
 *
 * @cssstate generated - The body comes from `html` or `blocks`; the page's own children are hidden.
 * @cssstate light - Forced light by a `data-folio-theme="light"` ancestor.
 * @cssstate dark - Forced dark by a `data-folio-theme="dark"` ancestor.
 * @cssstate auto - Follows the reader's system (`data-folio-theme="auto"`).
 */
export class FolioArticle extends LightElement {
  static override get properties() {
    return {
      headline: {},
      byline: {},
      source: {},
      datePublished: { attribute: 'date-published' },
      dateModified: { attribute: 'date-modified' },
      timeZone: { attribute: 'time-zone' },
      reprintNotice: { attribute: 'reprint-notice' },
      toc: { type: Boolean },
      readingTime: { type: Boolean, attribute: 'reading-time' },
      structuredData: { type: Boolean, attribute: 'structured-data' },
      normalizePunctuation: { type: Boolean, attribute: 'normalize-punctuation' },
      indent: { type: Boolean, reflect: true },
      hangingPunctuation: { type: Boolean, reflect: true, attribute: 'hanging-punctuation' },
      html: { attribute: false },
      blocks: { attribute: false },
      embedHosts: { attribute: 'embed-hosts' },
    };
  }

  /** @internal */
  protected static override fallbackStyles = { sentinel: '--_folio-article-rules', part: stylesPart };

  /** Registers the class as `tag` (default `folio-article`) in `registry` (default the global one); harmless when already registered. */
  static define(tag = 'folio-article', registry?: CustomElementRegistry | null): void {
    defineElement(tag, this, registry);
  }

  /** The title, shown as the article's `<h1>` unless the body has an `<h1>` of its own. */
  declare headline?: string;

  /** Who wrote it, shown as written (e.g. 记者 张三); the `author` of the structured data. */
  declare byline?: string;

  /** The publication it comes from (来源); the `publisher` of the structured data. */
  declare source?: string;

  /** When it was published, ISO 8601 (e.g. 2023-06-01T10:40:00+08:00). Invalid values are shown as written, with a warning. */
  declare datePublished?: string;

  /** When it was last changed, ISO 8601. */
  declare dateModified?: string;

  /** IANA time zone the dates are shown in (e.g. Asia/Shanghai); the reader's zone when absent or unknown. */
  declare timeZone?: string;

  /** A notice shown after the body, e.g. 未经许可不得转载. */
  declare reprintNotice?: string;

  /** Show a table of contents of the section headings, marking the section in view. Beside the text when there is room, else a collapsible box. */
  toc = false;

  /** Show the reading time (CJK ~400 characters, other scripts ~230 words a minute) and the length. */
  readingTime = false;

  /** Write one schema.org NewsArticle `<script type="application/ld+json">` for this article and keep it in step. */
  structuredData = false;

  /** Turn half-width , : ; ! ? ( ) into full-width ones where they sit in Chinese text: Han on one side, Han or Chinese punctuation on the other (强调,加强 → 强调，加强). Text nodes only; markup and attributes never change. */
  normalizePunctuation = false;

  /** Indent the first line of each CJK paragraph by 2em. */
  indent = false;

  /** Hang punctuation in the margin (off by default, as in most Chinese publications). */
  hangingPunctuation = false;

  /** The body as an HTML string (e.g. from a CMS). Sanitized with a strict allow-list before use; DOMPurify loads only when this is set. */
  declare html?: string;

  /** The body as JSON blocks (paragraph, heading, quote, list, image, figure, audio, video, embed, details, table, code), under the content policy of `html`. Takes precedence over `html`. */
  declare blocks?: ArticleBlock[];

  /** Hosts an `html` body's `<iframe>` players may come from, separated by spaces (e.g. `www.youtube-nocookie.com player.bilibili.com`); empty allows none. A frame from any other host becomes a link to its address. Default: www.youtube-nocookie.com player.vimeo.com player.bilibili.com v.qq.com. */
  declare embedHosts?: string;

  /** Set on connection, before the first update; a later scan that finds a change asks for an update (scanBody). */
  private scan!: BodyScan;

  /** What the attributes, properties and the body ask for (see the parts above); the article is shown without what cannot be loaded. */
  private readonly parts = new LazyPartController(this, {
    body: {
      part: bodyPart,
      when: () => this.html != null || this.blocks != null,
      attribute: () => (this.blocks == null ? 'html' : 'blocks'),
      instead: "the page's own content is shown",
    },
    sanitizer: {
      part: sanitizerPart,
      when: () => this.blocks == null && typeof this.html === 'string',
      attribute: 'html',
      instead: "the page's own content is shown",
    },
    headings: {
      part: headingsPart,
      when: () => this.scan.hasHeadings,
      attribute: 'toc',
      instead: 'the headings are not listed',
    },
    passes: {
      part: passesPart,
      when: () => this.textPass,
      attribute: () => this.textPass,
      instead: 'the text is shown as written',
    },
    structuredData: {
      part: structuredDataPart,
      when: () => this.structuredData,
      attribute: 'structured-data',
      instead: 'no JSON-LD is written',
    },
    hydration: {
      part: hydrationPart,
      when: () => this.scan.complete && ownPart(this, 'header')?.hasAttribute(SERVER_RENDERED),
      attribute: 'header',
      instead: 'it is rendered again',
    },
  });
  /** The contents' behaviour (section in view, side column or box), once the headings part has loaded. */
  private contents?: ContentsController;
  private scanQueued = false;
  /** The body scan under way (scans run one after the other): `updateComplete` waits for it. */
  private scanning: Promise<void> = Promise.resolve();
  /** `html` or `blocks` changed and the generated body has not followed yet. */
  private bodyStale = false;

  // Derived in willUpdate from the attributes.
  private zone?: string;
  private published?: DisplayDate;
  private modified?: DisplayDate;

  constructor() {
    super();
    /** @internal The host is the article for assistive technology and reader modes, without a role attribute on the author's tag. */
    internals(this).role = 'article';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The earliest moment: before the first paint of the upgraded element when the script loads early.
    this.scan = this.scanNow();
    this.content.takeRecords(); // its own text fixes, which this scan has seen
    this.scheduleScan();
  }

  protected override contentChanged(records: MutationRecord[]): void {
    if (records.some((r) => this.isBodyMutation(r))) this.scheduleScan();
  }

  /** Resolves once the parts asked for have arrived and rendered, and the body scan under way has finished. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.parts.updateComplete(async () => {
      let scan: Promise<void>;
      let done: boolean;
      do {
        scan = this.scanning;
        await scan;
        done = await super.getUpdateComplete();
      } while (scan !== this.scanning); // an update that started a scan of its own
      return done;
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('html') || changed.has('blocks') || changed.has('embedHosts')) this.bodyStale = true;
    if (changed.has('normalizePunctuation') || changed.has('readingTime')) this.scheduleScan();
    const published = this.text('datePublished', 'date-published');
    const modified = this.text('dateModified', 'date-modified');
    // The zone is checked (which builds an Intl formatter) only when there is a date to show in it.
    this.zone = published || modified ? this.localize.timeZone(this.text('timeZone', 'time-zone')) : undefined;
    this.published = this.localize.date(published, { attribute: 'date-published', timeZone: this.zone });
    this.modified = this.localize.date(modified, { attribute: 'date-modified', timeZone: this.zone });
  }

  protected override updated(): void {
    if (this.bodyStale) this.renderGeneratedBody();
    this.renderHeader();
    this.renderNotice();
    if (!this.structuredData) ownPart(this, 'structured-data')?.remove();
    else structuredDataPart.module?.writeStructuredData(this, this.zone, this.scan.image);
    const headings = headingsPart.module;
    if (this.toc && headings) (this.contents ??= new headings.ContentsController(this)).observe(this.scan.headings);
  }

  /** A string property as read: trimmed, a number as its text, anything else warned about (naming the attribute) and absent. */
  private text(
    name: 'headline' | 'byline' | 'source' | 'datePublished' | 'dateModified' | 'timeZone' | 'reprintNotice',
    attribute: string = name,
  ): string | undefined {
    return textProperty(this, attribute, this[name]);
  }

  /** The attribute a pass over the text is needed for: the pass module serves all three. */
  private get textPass(): string {
    return this.normalizePunctuation
      ? 'normalize-punctuation'
      : this.readingTime
        ? 'reading-time'
        : autospaced()
          ? ''
          : 'lang';
  }

  // ---- The body ----

  /** The body's roots: the generated body when there is one, else the author's children. */
  private bodyRoots(): Node[] {
    const generated = ownPart(this, 'body');
    if (generated) return [generated];
    return [...this.childNodes].filter((n) => !(n instanceof Element && n.hasAttribute(PART)));
  }

  /** Mutations of the owned header, notice or JSON-LD are ours; everything else is the body changing. */
  private isBodyMutation(record: MutationRecord): boolean {
    if (record.target === this) {
      return [...record.addedNodes, ...record.removedNodes].some((n) => !isOwnedPart(n));
    }
    for (let node: Node | null = record.target; node && node !== this; node = node.parentNode) {
      if (isOwnedPart(node)) return false;
    }
    return true;
  }

  private scheduleScan(): void {
    if (this.scanQueued) return;
    this.scanQueued = true;
    // MutationObserver already batches a task's changes; one more microtask lets a burst of them settle.
    this.scanning = this.scanning
      .then(() => {
        this.scanQueued = false;
        return this.scanBody();
      })
      .catch((error: unknown) => warn(this, 'body', `could not be read (${String(error)}).`));
  }

  /** What can be known synchronously: text fixes and counts once their pass is loaded, whether there is an h1 or headings. */
  private scanNow(): BodyScan {
    const roots = this.bodyRoots();
    const passes = passesPart.module;
    if (passes && this.normalizePunctuation) passes.normalizePunctuation(roots);
    if (passes && !autospaced()) passes.applyAutospaceFallback(roots);
    const elements = roots.filter((n): n is Element => n instanceof Element);
    const first = (selector: string) =>
      elements.map((e) => (e.matches(selector) ? e : e.querySelector(selector))).find(Boolean);
    return {
      stats: this.readingTime ? passes?.bodyStats(roots) : undefined,
      hasH1: !!first('h1'),
      hasHeadings: !!first(HEADINGS),
      headings: this.scan?.headings ?? [],
      image: (first('img[src]') as HTMLImageElement | undefined)?.src || undefined,
    };
  }

  private async scanBody(): Promise<void> {
    if (!this.isConnected) return;
    // The parts the scan needs load side by side, not one after the other.
    const headingsLoading = this.scan.hasHeadings ? this.parts.load('headings') : undefined;
    if (this.textPass) await this.parts.load('passes');
    const now = this.scanNow();
    const contents = now.hasHeadings ? await (headingsLoading ?? this.parts.load('headings')) : undefined;
    const headings = contents ? await contents.collectHeadings(this.bodyRoots()) : [];
    const next = { ...now, headings, complete: true as const };
    if (!sameScan(next, this.scan)) {
      this.scan = next;
      this.requestUpdate();
    }
    // Keep the notice after anything the page appended to the body.
    const notice = ownPart(this, 'notice');
    const script = ownPart(this, 'structured-data');
    if (notice && notice.nextElementSibling && notice.nextElementSibling !== script) this.append(notice);
    if (script && script !== this.lastElementChild) this.append(script);
  }

  /** Follows `blocks` or `html` (once either was set) with the generated body, or back to the page's own children when neither is set. */
  private renderGeneratedBody(): void {
    const body = bodyPart.module;
    if (!body) return; // it renders when its part arrives
    const sanitize = sanitizerPart.module?.sanitizeArticleHtml;
    // Until the sanitizer is there, the page's own content shows; the body follows when it arrives.
    this.bodyStale = !sanitize && this.blocks == null && typeof this.html === 'string';
    body.showGeneratedBody(this, sanitize, () => this.scheduleScan());
  }

  // ---- Owned parts ----

  private renderHeader(): void {
    let header = ownPart(this, 'header');
    if (header?.hasAttribute(SERVER_RENDERED)) {
      // The server's header lists the contents with the headings' ids and counts the text: wait until they are known here too.
      const hydration = hydrationPart.module;
      if (!this.scan.complete || (!hydration && !this.parts.failed('hydration'))) return;
      if (hydration) hydration.hydrateHeader(this, header, this.headerTemplate(true));
      else {
        // Without Lit's hydration (its part could not be loaded), the header is rendered afresh.
        header.removeAttribute(SERVER_RENDERED);
        header.replaceChildren();
      }
    }
    const template = this.headerTemplate();
    if (template === nothing) {
      header?.remove();
      return;
    }
    if (!header) {
      header = document.createElement('div');
      header.setAttribute(PART, 'header');
      this.prepend(header);
    }
    render(template, header, { host: this });
  }

  private headerTemplate(asServer = false): TemplateResult | typeof nothing {
    const headline = this.text('headline');
    const headings = headingsPart.module;
    // The server renders the contents closed and no section in view: a header to hydrate is compared with that.
    const contents = asServer ? undefined : this.contents;
    return articleHeaderTemplate(
      {
        headline: headline && !this.scan.hasH1 ? headline : undefined,
        byline: this.text('byline'),
        source: this.text('source'),
        published: this.published,
        modified: this.modified,
        readingTime: this.readingTime ? (this.scan.stats ?? null) : undefined,
        toc:
          this.toc && this.scan.hasHeadings
            ? {
                entries: headings?.nestHeadings(this.scan.headings) ?? [],
                list: headings?.tocList,
                open: !!contents?.wide,
                current: contents?.current,
                onClick: this.contents?.onClick,
              }
            : undefined,
      },
      this.localize,
    );
  }

  private renderNotice(): void {
    const text = this.text('reprintNotice', 'reprint-notice');
    let notice = ownPart(this, 'notice');
    if (!text) {
      notice?.remove();
      return;
    }
    if (!notice) {
      notice = document.createElement('p');
      notice.setAttribute(PART, 'notice');
      const script = ownPart(this, 'structured-data');
      if (script) script.before(notice);
      else this.append(notice);
    }
    if (notice.textContent !== text) notice.textContent = text;
  }
}

function sameScan(a: BodyScan, b: BodyScan): boolean {
  // Everything but the heading elements, which are compared as themselves below.
  const key = (scan: BodyScan) =>
    JSON.stringify(scan, (name, value: unknown) => (name === 'element' ? undefined : value));
  // The same headings as other elements (replaced by the page) are a change too: the section observer must follow them.
  return key(a) === key(b) && a.headings.every((h, i) => h.element === b.headings[i]!.element);
}

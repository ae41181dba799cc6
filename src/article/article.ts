import { LitElement, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseIsoDate } from '../core/dates.js';
import { defineElement } from '../core/define-element.js';
import { LocaleController, type DisplayDate } from '../core/locale-controller.js';
import { ThemeController, internals } from '../core/theme.js';
import { quote, warn } from '../core/warn.js';
import '../locales/article.js';
import { ensureArticleStyles } from './article-styles.js';
import { applyAutospaceFallback, supportsTextAutospace } from './autospace.js';
import { renderBlocks, type ArticleBlock } from './blocks.js';
import { CurrentSectionObserver } from './current-section.js';
import { articleHeaderTemplate } from './header.js';
import { hydrateFunction } from './hydration.js';
import { collectHeadings, headingCandidates, nestHeadings, type SectionHeading, type TocEntry } from './headings.js';
import { normalizePunctuation } from './punctuation.js';
import { sanitizeArticleHtml } from './sanitize.js';
import { newsArticle, scriptJson } from './structured-data.js';
import { bodyText, countText, type TextStats } from './text-stats.js';

export type { ArticleBlock, ArticleInline, ArticleText } from './blocks.js';

/** What the element knows about its body, refreshed whenever the body changes. */
interface BodyScan {
  stats: TextStats;
  /** The body has its own <h1>: the headline is then not rendered as a second one. */
  hasH1: boolean;
  /** The body has heading candidates: the contents box is drawn even before their ids are known. */
  hasHeadings: boolean;
  headings: SectionHeading[];
  /** The first image's absolute URL, for the structured data. */
  image?: string;
}

const PART = 'data-folio-article-part';
/** Marks a header the server rendered (src/ssr): the element hydrates it rather than rendering a new one. */
const SERVER_RENDERED = 'data-folio-ssr';

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
 * nothing. On a page that did not link folio.css, the element fetches the
 * same rules (article.css beside its module) and adopts them.
 *
 * @summary An article body with a header, contents and Chinese-grade typography.
 * @tag folio-article
 *
 * @slot - The article body: paragraphs, `<folio-section-heading>`s, plain `<h2>`–`<h6>`, figures, lists, quotes. Hidden (kept) when `html` or `blocks` provides the body.
 *
 * @cssprop [--folio-article-measure=38em (CJK) / 34em] - The line length of the text.
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
export class FolioArticle extends LitElement {
  /** Registers the class as `tag` (default `folio-article`) in `registry` (default the global one); harmless when already registered. */
  static define(tag = 'folio-article', registry?: CustomElementRegistry | null): void {
    defineElement(tag, this, registry);
  }

  /** The title, shown as the article's `<h1>` unless the body has an `<h1>` of its own. */
  @property() headline?: string;

  /** Who wrote it, shown as written (e.g. 记者 张三); the `author` of the structured data. */
  @property() byline?: string;

  /** The publication it comes from (来源); the `publisher` of the structured data. */
  @property() source?: string;

  /** When it was published, ISO 8601 (e.g. 2023-06-01T10:40:00+08:00). Invalid values are shown as written, with a warning. */
  @property({ attribute: 'date-published' }) datePublished?: string;

  /** When it was last changed, ISO 8601. */
  @property({ attribute: 'date-modified' }) dateModified?: string;

  /** IANA time zone the dates are shown in (e.g. Asia/Shanghai); the reader's zone when absent or unknown. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** A notice shown after the body, e.g. 未经许可不得转载. */
  @property({ attribute: 'reprint-notice' }) reprintNotice?: string;

  /** Show a table of contents of the section headings, marking the section in view. Beside the text when there is room, else a collapsible box. */
  @property({ type: Boolean }) toc = false;

  /** Show the reading time (CJK ~400 characters, other scripts ~230 words a minute) and the length. */
  @property({ type: Boolean, attribute: 'reading-time' }) readingTime = false;

  /** Write one schema.org NewsArticle `<script type="application/ld+json">` for this article and keep it in step. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** Turn half-width , : ; ! ? ( ) into full-width ones where they sit in Chinese text: Han on one side, Han or Chinese punctuation on the other (强调,加强 → 强调，加强). Text nodes only; markup and attributes never change. */
  @property({ type: Boolean, attribute: 'normalize-punctuation' }) normalizePunctuation = false;

  /** Indent the first line of each CJK paragraph by 2em. */
  @property({ type: Boolean, reflect: true }) indent = false;

  /** Hang punctuation in the margin (off by default, as in most Chinese publications). */
  @property({ type: Boolean, reflect: true, attribute: 'hanging-punctuation' }) hangingPunctuation = false;

  /** The body as an HTML string (e.g. from a CMS). Sanitized with a strict allow-list before use; DOMPurify loads only when this is set. */
  @property({ attribute: false }) html?: string;

  /** The body as JSON blocks: paragraph, heading, quote, list, image, figure. Takes precedence over `html`. */
  @property({ attribute: false }) blocks?: ArticleBlock[];

  @state() private scan: BodyScan = { stats: countText(''), hasH1: false, hasHeadings: false, headings: [] };
  @state() private currentSection?: string;
  @state() private tocWide = false;
  /** The first full scan (with the section headings' ids) has finished: a server-rendered contents list can be hydrated. */
  @state() private headingsScanned = false;
  /** The sanitized `html`, once ready. */
  @state() private sanitized?: DocumentFragment;

  /** The language the header and contents are shown in, following `lang` (its own, else the closest ancestor's, else the page's). */
  readonly localize = new LocaleController(this);
  /** Applies a forced theme (`data-folio-theme`) as a custom state. */
  protected readonly theme = new ThemeController(this);
  private readonly sections = new CurrentSectionObserver((id) => (this.currentSection = id));
  private readonly mutations = new MutationObserver((records) => {
    if (records.some((r) => this.isBodyMutation(r))) this.scheduleScan();
  });
  private resizes?: ResizeObserver;
  private observedToc?: Element;
  private scanQueued = false;
  private htmlRequest = 0;

  // Derived in willUpdate from attributes and the scan.
  private zone?: string;
  private published?: DisplayDate;
  private modified?: DisplayDate;
  private tocEntries: TocEntry[] = [];

  constructor() {
    super();
    exposeAsArticle(this);
  }

  /** No shadow root and no Lit-managed children: the element renders into parts it owns. */
  protected override createRenderRoot(): DocumentFragment {
    return document.createDocumentFragment();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void ensureArticleStyles(this);
    // The earliest moment: before the first paint of the upgraded element when the script loads early.
    this.scan = this.scanNow();
    this.mutations.observe(this, { childList: true, subtree: true, characterData: true });
    this.resizes ??= new ResizeObserver(() => this.syncTocMode());
    this.resizes.observe(this);
    this.scheduleScan();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.mutations.disconnect();
    this.resizes?.disconnect();
    this.observedToc = undefined;
    this.sections.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('html') || changed.has('blocks')) this.loadBody();
    if (changed.has('normalizePunctuation') && this.normalizePunctuation) this.scheduleScan();
    this.zone = this.localize.timeZone(this.timeZone);
    this.published = this.localize.date(this.datePublished, { attribute: 'date-published', timeZone: this.zone });
    this.modified = this.localize.date(this.dateModified, { attribute: 'date-modified', timeZone: this.zone });
    if (changed.has('scan')) this.tocEntries = nestHeadings(this.scan.headings);
  }

  protected override render() {
    return nothing;
  }

  protected override updated(changed: PropertyValues): void {
    this.renderGeneratedBody(changed);
    this.renderHeader();
    this.renderNotice();
    this.writeStructuredData();
    if (changed.has('scan')) {
      const before = (changed.get('scan') as BodyScan | undefined)?.headings ?? [];
      const after = this.scan.headings;
      if (before.length !== after.length || before.some((h, i) => h.element !== after[i]!.element || h.id !== after[i]!.id)) {
        this.sections.observe(after);
      }
    }
    // Whether the contents sit in a side column is a matter of layout: the ResizeObserver reads it
    // once the box is laid out (before it is painted), for a new contents box as for a resized article.
    const toc = this.querySelector(`[${PART}="toc"]`);
    if (toc && toc !== this.observedToc) {
      this.observedToc = toc;
      this.resizes?.observe(toc);
    }
  }

  // ---- The body ----

  /** The body's roots: the generated body when there is one, else the author's children. */
  private bodyRoots(): Node[] {
    const generated = this.ownPart('body');
    if (generated) return [generated];
    return [...this.childNodes].filter((n) => !(n instanceof Element && n.hasAttribute(PART)));
  }

  private ownPart(name: string): HTMLElement | null {
    for (const child of this.children) if (child.getAttribute(PART) === name) return child as HTMLElement;
    return null;
  }

  /** Mutations of the owned header, notice or JSON-LD are ours; everything else is the body changing. */
  private isBodyMutation(record: MutationRecord): boolean {
    const owned = (node: Node) => node instanceof Element && node.hasAttribute(PART) && node.getAttribute(PART) !== 'body';
    if (record.target === this) {
      return [...record.addedNodes, ...record.removedNodes].some((n) => !owned(n));
    }
    for (let node: Node | null = record.target; node && node !== this; node = node.parentNode) {
      if (owned(node)) return false;
    }
    return true;
  }

  private scheduleScan(): void {
    if (this.scanQueued) return;
    this.scanQueued = true;
    // MutationObserver already batches a task's changes; one more microtask lets a burst of them settle.
    queueMicrotask(() => {
      this.scanQueued = false;
      void this.scanBody();
    });
  }

  /** What can be known synchronously: text fixes, counts, whether there is an h1 or headings. */
  private scanNow(): BodyScan {
    const roots = this.bodyRoots();
    if (this.normalizePunctuation) normalizePunctuation(roots);
    if (!supportsTextAutospace()) applyAutospaceFallback(roots);
    const elements = roots.filter((n): n is Element => n instanceof Element);
    const image = elements.map((e) => (e.matches('img[src]') ? e : e.querySelector('img[src]'))).find(Boolean) as HTMLImageElement | undefined;
    return {
      stats: countText(bodyText(roots)),
      hasH1: elements.some((e) => e.matches('h1') || e.querySelector('h1')),
      hasHeadings: headingCandidates(roots).length > 0,
      headings: this.scan?.headings ?? [],
      image: image?.src || undefined,
    };
  }

  private async scanBody(): Promise<void> {
    if (!this.isConnected) return;
    const now = this.scanNow();
    const headings = await collectHeadings(this.bodyRoots());
    const next = { ...now, headings };
    if (!sameScan(next, this.scan)) this.scan = next;
    this.headingsScanned = true;
    // Keep the notice after anything the page appended to the body.
    const notice = this.ownPart('notice');
    const script = this.ownPart('structured-data');
    if (notice && notice.nextElementSibling && notice.nextElementSibling !== script) this.append(notice);
    if (script && script !== this.lastElementChild) this.append(script);
  }

  /** Starts producing the generated body from `blocks` (at once) or `html` (after sanitizing). */
  private loadBody(): void {
    const request = ++this.htmlRequest;
    this.sanitized = undefined;
    if (this.blocks !== undefined && this.blocks !== null) return;
    if (this.html === undefined || this.html === null) return;
    if (typeof this.html !== 'string') {
      warn(this, 'html', `${quote(String(this.html))} is not a string; the page's own content is shown.`);
      return;
    }
    sanitizeArticleHtml(this.html).then(
      ({ fragment, removed }) => {
        if (request !== this.htmlRequest) return;
        if (removed.length) {
          const names = [...new Set(removed)].join(', ');
          warn(this, 'html', `removed what an article may not contain (${names}).`);
        }
        this.sanitized = fragment;
      },
      (error: unknown) => {
        if (request !== this.htmlRequest) return;
        warn(this, 'html', `could not be sanitized (${String(error)}); the page's own content is shown.`);
      },
    );
  }

  private renderGeneratedBody(changed: PropertyValues): void {
    if (!changed.has('blocks') && !changed.has('sanitized') && !changed.has('html')) return;
    const states = internals(this).states;
    const useBlocks = this.blocks !== undefined && this.blocks !== null;
    const content = useBlocks ? renderBlocks(this, this.blocks) : this.sanitized;
    this.ownPart('body')?.remove();
    if (content === undefined || content === nothing) {
      states.delete('generated');
      this.scheduleScan();
      return;
    }
    // A fresh container for every new body: Lit's render and a sanitized fragment never share one.
    const body = document.createElement('div');
    body.setAttribute(PART, 'body');
    if (content instanceof DocumentFragment) body.append(content);
    else render(content, body, { host: this });
    const header = this.ownPart('header');
    if (header) header.after(body);
    else this.prepend(body);
    states.add('generated');
    this.scheduleScan();
  }

  // ---- Owned parts ----

  private renderHeader(): void {
    let header = this.ownPart('header');
    if (header?.hasAttribute(SERVER_RENDERED)) {
      // The server's header lists the contents with the headings' ids: wait until they are known here too.
      if (this.toc && this.scan.hasHeadings && !this.headingsScanned) return;
      this.hydrateHeader(header);
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

  /**
   * Takes over a header rendered by the server with the same template: Lit
   * hydrates its nodes as they are (the server's view: contents closed, no
   * section current), and the render that follows changes only what differs
   * here. Should the server's markup not match the template, the header is
   * rendered afresh, with a warning, rather than left half alive.
   */
  private hydrateHeader(header: HTMLElement): void {
    header.removeAttribute(SERVER_RENDERED);
    const part = header as HTMLElement & { _$litPart$?: unknown };
    // Lit's markers say where each value sits; without them (markup copied by hand) there is nothing to hydrate.
    const marked = [...header.childNodes].some((n) => n instanceof Comment && n.data.startsWith('lit-part'));
    const hydrate = hydrateFunction();
    let problem = !marked
      ? 'it has no Lit hydration markers'
      : !hydrate
        ? "the page did not load Lit's hydration support (folio-ssr.js or folio-elements/ssr/hydrate)"
        : '';
    if (marked && hydrate) {
      try {
        hydrate(this.headerTemplate({ asServer: true }), header, { host: this });
        if (!part._$litPart$) problem = 'it has no root part';
      } catch (error) {
        problem = String(error);
      }
    }
    if (!problem) return;
    warn(this, 'header', `the server-rendered header does not match this element's template (${problem}); it was rendered again.`);
    delete part._$litPart$;
    header.replaceChildren();
  }

  /** The header's template; `asServer` gives the state the server rendered (it knows no layout and no scroll position). */
  private headerTemplate({ asServer = false } = {}): TemplateResult | typeof nothing {
    const headline = this.headline?.trim();
    return articleHeaderTemplate(
      {
        headline: headline && !this.scan.hasH1 ? headline : undefined,
        byline: this.byline?.trim() || undefined,
        source: this.source?.trim() || undefined,
        published: this.published,
        modified: this.modified,
        readingTime: this.readingTime ? this.scan.stats : undefined,
        toc:
          this.toc && this.scan.hasHeadings
            ? {
                entries: this.tocEntries,
                open: asServer ? false : this.tocWide,
                current: asServer ? undefined : this.currentSection,
                onClick: this.onContentsClick,
              }
            : undefined,
      },
      this.localize,
    );
  }

  /** On a narrow screen the open list covers the text: following a link closes it, so the reader sees the section. */
  private onContentsClick(event: MouseEvent): void {
    if (this.tocWide || !(event.target instanceof Element) || !event.target.closest('a')) return;
    const details = (event.currentTarget as Element).closest('details');
    if (details) details.open = false;
  }

  /** Open beside the text when the contents sit in a side column; a closed box (the reader opens it) otherwise. */
  private syncTocMode(): void {
    const toc = this.querySelector(`[${PART}="toc"]`);
    const wide = toc ? getComputedStyle(toc).position === 'absolute' : false;
    if (wide !== this.tocWide) this.tocWide = wide;
  }

  private renderNotice(): void {
    const text = this.reprintNotice?.trim();
    let notice = this.ownPart('notice');
    if (!text) {
      notice?.remove();
      return;
    }
    if (!notice) {
      notice = document.createElement('p');
      notice.setAttribute(PART, 'notice');
      const script = this.ownPart('structured-data');
      if (script) script.before(notice);
      else this.append(notice);
    }
    if (notice.textContent !== text) notice.textContent = text;
  }

  /** One JSON-LD script per article, inside it (so it leaves the page with it), rewritten only when its content changes. */
  private writeStructuredData(): void {
    let script = this.ownPart('structured-data') as HTMLScriptElement | null;
    if (!this.structuredData) {
      script?.remove();
      return;
    }
    const valid = (value?: string) => (value ? parseIsoDate(value, this.zone)?.datetime : undefined);
    const canonical = this.ownerDocument.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    const json = scriptJson(
      newsArticle({
        headline: this.headline?.trim() || undefined,
        datePublished: valid(this.datePublished),
        dateModified: valid(this.dateModified),
        author: this.byline?.trim() || undefined,
        publisher: this.source?.trim() || undefined,
        image: this.scan.image,
        inLanguage: this.localize.lang,
        url: canonical || this.ownerDocument.location?.href.split('#')[0],
      }),
    );
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(PART, 'structured-data');
      this.append(script);
    }
    if (script.textContent !== json) script.textContent = json;
  }
}

/** The host is the article for assistive technology and reader modes, without a role attribute on the author's tag. */
function exposeAsArticle(host: HTMLElement): void {
  internals(host).role = 'article';
}

function sameScan(a: BodyScan, b: BodyScan): boolean {
  return (
    a.hasH1 === b.hasH1 &&
    a.hasHeadings === b.hasHeadings &&
    a.image === b.image &&
    a.stats.cjkCharacters === b.stats.cjkCharacters &&
    a.stats.words === b.stats.words &&
    a.headings.length === b.headings.length &&
    a.headings.every((h, i) => {
      const o = b.headings[i]!;
      return h.id === o.id && h.level === o.level && h.text === o.text && h.element === o.element;
    })
  );
}

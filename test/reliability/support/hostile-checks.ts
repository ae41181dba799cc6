/**
 * What the hostile-input tests check, shared by every tag's file: the
 * sentinel that a payload calls if it ever runs, a settle step that gives
 * errors, loads, animations and frames their time, and a scan of an element's
 * light and shadow DOM for anything dangerous that data brought.
 */
import { expect } from '@open-wc/testing';
import { CLOBBER_NAMES, HOSTILE_KEYFRAMES } from './hostile-corpus.js';
import { PageWatch } from './page-watch.js';

declare global {
  interface Window {
    __folioPwned?: (id: string) => void;
  }
}

/** Ids of the payloads that ran, in order. */
const pwned: string[] = [];
const sentinel = (id: string) => {
  pwned.push(String(id));
};

/**
 * Installs a fresh sentinel (and the keyframes the animation payloads use);
 * the first call also snapshots the properties a clobbering payload could
 * replace, before any payload is in the page.
 */
export function installSentinel(): void {
  pwned.length = 0;
  window.__folioPwned = sentinel;
  if (!document.getElementById('hostile-keyframes')) {
    const style = document.createElement('style');
    style.id = 'hostile-keyframes';
    style.textContent = `@keyframes ${HOSTILE_KEYFRAMES} { from { opacity: 0.99 } to { opacity: 1 } }`;
    document.head.append(style);
  }
  clobberBaseline ??= snapshotClobberable();
}

/** Ids of the payloads that ran: all of them, or the runs of one payload. */
export function ran(id?: string): string[] {
  return id === undefined ? [...pwned] : pwned.filter((p) => p === id);
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/**
 * Gives whatever survived its chance to run: image and media errors, frame
 * loads, SVG animation begins, CSS animation events and autofocus all happen
 * within a few frames and tasks.
 */
export async function letPayloadsRun(ms = 250): Promise<void> {
  await nextFrame();
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, ms));
  await nextFrame();
}

/** An iframe's window, which is what a named <iframe> puts on document. */
const isWindowProxy = (value: unknown) =>
  typeof value === 'object' && value !== null && value !== window && (value as Window).window === value;

type Snapshot = Map<string, { doc: unknown; win: unknown }>;
let clobberBaseline: Snapshot | undefined;

function snapshotClobberable(): Snapshot {
  const map: Snapshot = new Map();
  for (const name of CLOBBER_NAMES) {
    map.set(name, {
      doc: (document as unknown as Record<string, unknown>)[name],
      win: (window as unknown as Record<string, unknown>)[name],
    });
  }
  return map;
}

/** Names whose document or window property no longer is what it was before any payload was rendered. */
export function clobbered(): string[] {
  const now = snapshotClobberable();
  const changed: string[] = [];
  for (const [name, before] of clobberBaseline ?? new Map()) {
    const after = now.get(name)!;
    // document.activeElement and the like change for honest reasons: only an element named after the
    // property (or a collection of them, or a named frame's window) taking its place is clobbering.
    const replaced = (a: unknown, b: unknown) =>
      a !== b &&
      ((b instanceof Element && (b.getAttribute('name') === name || b.getAttribute('id') === name)) ||
        b instanceof HTMLCollection ||
        b instanceof RadioNodeList ||
        isWindowProxy(b));
    if (replaced(before.doc, after.doc)) changed.push(`document.${name}`);
    // On window, named access never shadows a property it has; a name it lacks (window.cookie) is nobody's global.
    if (before.win !== undefined && replaced(before.win, after.win)) changed.push(`window.${name}`);
  }
  return changed;
}

const SCRIPTY_SCHEMES = new Set(['javascript:', 'vbscript:', 'data:']);
// Attributes that take a URL (or a list of them, for srcset and ping).
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'background',
  'cite',
  'ping',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'manifest',
  'codebase',
  'icon',
  'srcset',
  'imagesrcset',
]);

/** The scheme a browser reads in a URL attribute's value (after removing tabs, newlines and edge controls), or '' for a relative URL. */
export function schemeOf(value: string, base = document.baseURI): string {
  try {
    return new URL(value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, ''), base).protocol;
  } catch {
    return '';
  }
}

export interface ScanOptions {
  /** `data:image/…` may stay in an `<img src>` (an image never runs script): the related posts' thumbnails promise it. */
  allowDataImages?: boolean;
  /**
   * The elements a sanitized article body must not contain; shadow-DOM
   * widgets render their own buttons and icons, so for them only the
   * always-dangerous ones count.
   */
  forbid?: string;
  /** Also refuse any style attribute and data-* or aria-* attributes (not the tags' own data-folio-*): the article's sanitizer drops them. */
  strict?: boolean;
  /** Do not judge the attributes of `root` itself: a shadow-DOM tag's host holds the hostile attribute value as given. */
  skipRootAttributes?: boolean;
  /** Subtrees that are a tag's own widget (the section heading's copy button), not data. */
  ownWidgets?: string;
  /**
   * The article's content policy (`<folio-article>.html`) instead of `strict`: inline styles only with
   * the allow-listed properties and plain values, iframes only as sandboxed players from the built-in
   * hosts, autoplay only when muted, raster data: images only, text tracks only from this origin.
   */
  contentPolicy?: boolean;
}

/** Never acceptable anywhere data can reach. */
export const ALWAYS_FORBIDDEN = 'iframe, frame, frameset, object, embed, applet, base, meta, link, portal, fencedframe';
/** What the article's sanitizer keeps out of an `html` body (players, media and details are allowed: see contentPolicy). */
export const ARTICLE_HTML_FORBIDDEN =
  'frame, frameset, object, embed, applet, base, meta, link, portal, fencedframe, script, style, form, input, button, textarea, select, svg, math, template, noscript, isindex, marquee, dialog';
/** What the article keeps out of a body it builds itself (`blocks`) or a widget's text. */
export const ARTICLE_BODY_FORBIDDEN = `${ALWAYS_FORBIDDEN}, script, style, form, input, button, textarea, select, svg, math, template, noscript, isindex, marquee, dialog, video, audio, source, details`;

// Read through the prototypes: a <form> whose inputs are named "attributes" or
// "localName" (one of the payloads) must not blind the scan.
const attributesOf = (el: Element): NamedNodeMap =>
  Object.getOwnPropertyDescriptor(Element.prototype, 'attributes')!.get!.call(el);
const localNameOf = (el: Element): string =>
  Object.getOwnPropertyDescriptor(Element.prototype, 'localName')!.get!.call(el);
const matches = (el: Element, selector: string): boolean => Element.prototype.matches.call(el, selector);
const closest = (el: Element, selector: string): Element | null => Element.prototype.closest.call(el, selector);
const shadowOf = (el: Element): ShadowRoot | null =>
  Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot')!.get!.call(el);

/** Every element of `root`, including those in open shadow roots below it, in order. */
export function deepElements(root: Element | ShadowRoot | DocumentFragment): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot | DocumentFragment) => {
    const all =
      node instanceof Element
        ? Element.prototype.querySelectorAll.call(node, '*')
        : DocumentFragment.prototype.querySelectorAll.call(node, '*');
    for (const el of all) {
      out.push(el);
      const shadow = shadowOf(el);
      if (shadow) visit(shadow);
    }
  };
  if (root instanceof Element) {
    out.push(root);
    const shadow = shadowOf(root);
    if (shadow) visit(shadow);
    visit(root);
  } else {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      const shadow = shadowOf(el);
      if (shadow) visit(shadow);
    }
  }
  return out;
}

/** A description of every dangerous thing under `root` (light and open shadow DOM); empty when clean. */
export function dangers(root: Element, options: ScanOptions = {}): string[] {
  const problems: string[] = [];
  const forbid = options.forbid ?? ALWAYS_FORBIDDEN;
  const ownWidget = (el: Element) => (options.ownWidgets ? closest(el, options.ownWidgets) !== null : false);
  for (const el of deepElements(root)) {
    const name = localNameOf(el);
    const own = ownWidget(el);
    if (matches(el, forbid) && !own) problems.push(`<${name}> element`);
    if (options.contentPolicy) problems.push(...policyBreaches(el, name));
    if (name === 'script' && !isDataScript(el)) problems.push('<script>');
    if (name === 'style' && /url\s*\(|@import|expression\s*\(/i.test(el.textContent ?? ''))
      problems.push('<style> with url()/@import');
    // The host's own attributes are the input the test wrote; what it rendered from them is what counts.
    if (el === root && options.skipRootAttributes) continue;
    for (const attr of attributesOf(el)) {
      const attrName = attr.name.toLowerCase();
      if (attrName.startsWith('on')) problems.push(`<${name} ${attrName}>`);
      if (attrName === 'style' && /url\s*\(|@import|expression\s*\(|\\/i.test(attr.value))
        problems.push(`<${name} style="${attr.value}">`);
      if (attrName === 'srcdoc') problems.push(`<${name} srcdoc>`);
      if (options.strict && !own) {
        // What a sanitized body never keeps: inline styles (overlays, clickjacking) and data-*/aria-* a site's own scripts may act on.
        if (attrName === 'style') problems.push(`<${name} style>`);
        if (/^(data-|aria-)/.test(attrName) && !attrName.startsWith('data-folio-'))
          problems.push(`<${name} ${attrName}>`);
      }
      if (URL_ATTRIBUTES.has(attrName) || attrName.endsWith(':href')) {
        const values = attrName.endsWith('srcset')
          ? attr.value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')
          : attrName === 'ping'
            ? attr.value.split(/\s+/)
            : [attr.value];
        for (const value of values) {
          const scheme = schemeOf(value, el.ownerDocument.baseURI);
          if (!SCRIPTY_SCHEMES.has(scheme)) continue;
          const dataImage =
            (options.allowDataImages && name === 'img' && attrName === 'src' && /^data:image\//i.test(value.trim())) ||
            (options.contentPolicy && RASTER_DATA.test(value.trim()) && ['src', 'srcset', 'poster'].includes(attrName));
          if (!dataImage) problems.push(`<${name} ${attrName}="${value.slice(0, 60)}">`);
        }
      }
    }
  }
  return problems;
}

// Written out here, not imported: the test's own reading of the policy documented in docs/security.md.
const RASTER_DATA = /^data:image\/(png|jpe?g|gif|webp|avif|bmp);base64,/i;
const STYLE_ALLOWED =
  /^(text-align|color|background-color|font-weight|font-style|text-decoration(-line)?|text-indent|width|max-width|height|float|aspect-ratio)$/;
const PLAYER_HOSTS = ['www.youtube-nocookie.com', 'player.vimeo.com', 'player.bilibili.com', 'v.qq.com'];
const SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups';

/** How `el` breaks the article's content policy, if it does. */
function policyBreaches(el: Element, name: string): string[] {
  const problems: string[] = [];
  const attr = (n: string) => Element.prototype.getAttribute.call(el, n);
  const style = attr('style');
  if (style !== null) {
    for (const declaration of style.split(';').filter((d) => d.trim())) {
      const [property = '', value = ''] = declaration.split(/:(.*)/s).map((p) => p.trim());
      if (!STYLE_ALLOWED.test(property) || /[()\\@'"]|\/\*/.test(value.replace(/^(rgba?|hsla?)\([\d\s.,%/]*\)$/, '')))
        problems.push(`<${name} style="${declaration.trim()}">`);
    }
  }
  if (name === 'iframe') {
    let host = '';
    try {
      const url = new URL(attr('src') ?? '');
      host = url.protocol === 'https:' ? url.hostname : '';
    } catch {
      // no src, or not a URL: not a player
    }
    if (!PLAYER_HOSTS.includes(host)) problems.push(`<iframe src="${attr('src')}">`);
    if (attr('sandbox') !== SANDBOX) problems.push(`<iframe sandbox="${attr('sandbox')}">`);
    if (attr('name') !== null) problems.push('<iframe name>');
  }
  if ((name === 'video' || name === 'audio') && attr('autoplay') !== null && attr('muted') === null)
    problems.push(`<${name} autoplay> with sound`);
  if (
    name === 'track' &&
    attr('src') !== null &&
    new URL(attr('src')!, el.ownerDocument.baseURI).origin !== location.origin
  )
    problems.push(`<track src="${attr('src')}"> from another origin`);
  return problems;
}

/** The article's JSON-LD and a JSON data island are data, not script; anything else is not. */
function isDataScript(el: Element): boolean {
  const type = (Element.prototype.getAttribute.call(el, 'type') ?? '').trim().toLowerCase();
  return type === 'application/ld+json' || type === 'application/json';
}

/** Asserts the sentinel stayed silent for `id`, nothing dangerous is in `root` and nothing was clobbered. */
export function expectHarmless(id: string, root: Element, options: ScanOptions = {}): void {
  expect(ran(id), `payload ${id} ran`).to.deep.equal([]);
  expect(dangers(root, options), `dangerous DOM left by ${id}`).to.deep.equal([]);
}

// Events a surviving inline handler would answer even without a reader: if any
// on* attribute slipped through, dispatching these makes it call the sentinel.
// Never click or submit: a surviving link would take the test page away.
const PROVOKED = ['mouseover', 'pointerenter', 'focus', 'error', 'load', 'toggle', 'animationstart', 'begin', 'scroll'];

/** Dispatches the events inline handlers listen for on every element under `root`, light and shadow. */
export function provokeHandlers(root: Element): void {
  for (const el of deepElements(root)) {
    for (const type of PROVOKED) el.dispatchEvent(new Event(type));
  }
}

/**
 * The page a hostile-input file renders its elements in, for the whole file:
 * a fresh sentinel, a container for the elements, and a watch that records
 * warnings (which the tests read) and uncaught errors and unhandled
 * rejections (of which every file checks there were none).
 */
export class HostilePage {
  readonly watch = new PageWatch();
  host!: HTMLElement;

  /** In before(): installs the sentinel and the watch; returns the container. */
  open(): HTMLElement {
    installSentinel();
    this.watch.install();
    this.host = document.createElement('div');
    document.body.append(this.host);
    return this.host;
  }

  /** Gives every payload its chance to run, then fires the handlers one could hang on `elements` and lets those run. */
  async runPayloads(elements: Iterable<Element>): Promise<void> {
    await letPayloadsRun();
    for (const el of elements) provokeHandlers(el);
    await letPayloadsRun(50);
  }

  get warnings(): readonly string[] {
    return this.watch.warnings;
  }

  get errors(): readonly string[] {
    return this.watch.errors;
  }

  /** In after(). */
  close(): void {
    this.watch.uninstall();
    this.host.remove();
  }
}

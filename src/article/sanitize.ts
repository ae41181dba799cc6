import DOMPurify from 'dompurify';
import { checkUrl } from '../core/url.js';
import {
  allowedPlayer,
  CONTENT_ATTRIBUTES,
  CONTENT_TAGS,
  DROPPED_TAGS,
  EMBED_SANDBOX,
  embedHosts,
  filterStyle,
  playerUrl,
  urlKept,
} from './content-policy.js';

/**
 * Sanitizes an article body from a CMS with DOMPurify and the content policy
 * (content-policy.ts): what a real post needs stays, nothing that can run or
 * track does. The browser's `<folio-article>.html` and the server
 * (src/ssr, with a jsdom window) both call this, so they agree. In the
 * browser this module, DOMPurify with it, is a lazy part of the article:
 * pages that never set `html` never load it, and once it is there
 * sanitizing is synchronous, so the render that follows `html` shows the body.
 */

export interface SanitizeOptions {
  /** Hosts an `<iframe>` may come from, separated by white space (the article's `embed-hosts`); when absent, DEFAULT_EMBED_HOSTS. */
  embedHosts?: string;
  /** The window whose document parses and owns the result: the page's, or jsdom's on a server. */
  window?: Window;
  /** The URL relative URLs resolve against (a track must be of its origin); default the window's document's. */
  base?: string;
}

export interface SanitizeResult {
  fragment: DocumentFragment;
  /** Names of what was removed ("script", "onerror", "href", "style position", "iframe from evil.example"), for the warning. */
  removed: string[];
}

// FORCE_BODY's own <remove> marker too.
const PARSER_WRAPPERS = new Set(['html', 'head', 'body', 'remove']);
/** Lazy-loading editors (WeChat's, many themes') write the image's address here and no src: it becomes the src. */
const LAZY_SOURCES = ['data-src', 'data-original', 'data-lazy-src'];

/** Attributes the sanitizer gives its own values, on these elements: kept there (not reported), dropped elsewhere. */
const OWN_VALUES: Record<string, string[]> = {
  loading: ['img', 'iframe'],
  decoding: ['img'],
  referrerpolicy: ['iframe'],
};

type Purifier = ReturnType<typeof DOMPurify>;
const purifiers = new WeakMap<object, Purifier>();
/** The call under way (sanitizing is synchronous, so there is one at a time): what the hooks report and read. */
let current: { removed: string[]; base: string } | undefined;

/** The configured instance for `win`, made on first use. */
function purifier(win: Window): Purifier {
  let purify = purifiers.get(win);
  if (purify) return purify;
  // A fresh instance: our hooks never reach a DOMPurify the site uses. (Our Trusted Types typing of window is narrower than DOMPurify's.)
  purify = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  purify.addHook('uponSanitizeElement', (node, data) => {
    const img = node as Element;
    if (data.tagName !== 'img' || img.hasAttribute('src')) return;
    const lazy = LAZY_SOURCES.map((name) => img.getAttribute(name)).find(Boolean);
    if (lazy) img.setAttribute('src', lazy);
  });
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const element = (node as Element).localName;
    if (data.attrName === 'style') {
      const { kept, dropped } = filterStyle(element, data.attrValue);
      current!.removed.push(...dropped);
      if (kept) data.attrValue = kept;
      else data.keepAttr = false;
      return;
    }
    // Our URL rules, not DOMPurify's: raster data: images only, a srcset judged URL by URL, tracks from this origin.
    const kept = urlKept(element, data.attrName, data.attrValue, current!.base);
    if (kept === false) data.keepAttr = false;
    else if (kept) data.forceKeepAttr = true;
    // Ours to set (see afterSanitizeAttributes and setUpPlayer), where they mean something.
    if (data.attrName in OWN_VALUES) data.keepAttr = OWN_VALUES[data.attrName]!.includes(element);
    // A link opens a new tab at most: never _top or _parent, which would navigate the page itself.
    if (data.attrName === 'target' && data.attrValue !== '_blank') data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const element = node as Element;
    switch (element.localName) {
      case 'img':
        element.setAttribute('loading', 'lazy');
        element.setAttribute('decoding', 'async');
        break;
      case 'a':
        // The opened page gets no handle on this one.
        if (element.getAttribute('target') === '_blank') {
          const rel = new Set((element.getAttribute('rel') ?? '').split(/\s+/).filter(Boolean));
          rel.add('noopener').add('noreferrer');
          element.setAttribute('rel', [...rel].join(' '));
        }
        break;
      case 'audio':
      case 'video':
        // No sound the reader did not ask for; and the reader can always play, pause and mute.
        if (element.hasAttribute('autoplay') && !element.hasAttribute('muted')) {
          element.removeAttribute('autoplay');
          current!.removed.push('autoplay');
        }
        element.setAttribute('controls', '');
        break;
    }
  });
  purifiers.set(win, purify);
  return purify;
}

export function sanitizeArticleHtml(html: string, options: SanitizeOptions = {}): SanitizeResult {
  const win = options.window ?? window;
  const purify = purifier(win);
  const removed: string[] = [];
  current = { removed, base: options.base ?? win.document.baseURI };
  let fragment: DocumentFragment;
  try {
    fragment = purify.sanitize(html, {
      ALLOWED_TAGS: CONTENT_TAGS,
      ALLOWED_ATTR: CONTENT_ATTRIBUTES,
      FORBID_TAGS: DROPPED_TAGS,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      ALLOW_UNKNOWN_PROTOCOLS: false,
      KEEP_CONTENT: true,
      // Parse everything as body content: a leading <meta>, <base> or <template> is then seen, removed and reported.
      FORCE_BODY: true,
      RETURN_DOM_FRAGMENT: true,
      // Ids stay as written (links to #footnote-1 keep working) unless one would shadow a property of
      // document (id="cookie", id="getElementById"): that one is dropped. Prefixing every id instead
      // (SANITIZE_NAMED_PROPS) would break the body's own fragment links.
      SANITIZE_DOM: true,
      SANITIZE_NAMED_PROPS: false,
      CUSTOM_ELEMENT_HANDLING: {
        tagNameCheck: /^folio-section-heading$/,
        attributeNameCheck: /^(level|anchor-id|numbered)$/,
        allowCustomizedBuiltInElements: false,
      },
    });
    placeEmbeds(fragment, embedHosts(options.embedHosts), current);
  } finally {
    current = undefined;
  }
  const stylesReported = removed.some((name) => name.startsWith('style '));
  for (const entry of purify.removed) {
    const name =
      'attribute' in entry && entry.attribute
        ? entry.attribute.name
        : 'element' in entry && (entry.element as Element).localName;
    // The parser's own wrappers and stray text nodes are not content anyone wrote; a style left
    // empty was reported property by property.
    if (name && !PARSER_WRAPPERS.has(name) && !(name === 'style' && stylesReported)) removed.push(name);
  }
  return { fragment, removed };
}

/**
 * Frames from the allowed hosts become sandboxed, lazy players in a box of
 * their own ratio; any other becomes a link to its address (never a silent
 * hole). A video page's address alone on a line, or in WordPress's embed
 * block, becomes its player when the host is allowed, else a link.
 */
function placeEmbeds(fragment: DocumentFragment, hosts: readonly string[], call: { removed: string[]; base: string }) {
  const doc = fragment.ownerDocument;
  for (const frame of fragment.querySelectorAll('iframe')) {
    const src = frame.getAttribute('src') ?? '';
    const player = allowedPlayer(src, hosts, true);
    if (player) {
      frame.setAttribute('src', player.href);
      setUpPlayer(frame, player);
      continue;
    }
    call.removed.push(src ? `iframe from ${hostOf(src, call.base)}` : 'iframe');
    if (src) frame.replaceWith(linkTo(doc, src, call.base) ?? '');
    else frame.remove();
  }
  const lines = fragment.querySelectorAll('p, .wp-block-embed__wrapper, figure.kg-embed-card');
  for (const line of lines) {
    const only =
      line.children.length === 1 && line.firstElementChild!.localName === 'a' ? line.firstElementChild! : null;
    const address = (line.textContent ?? '').trim();
    if (!/^https?:\/\/\S+$/.test(address) || (line.children.length && only?.getAttribute('href') !== address)) continue;
    const player = allowedPlayer(address, hosts, false);
    if (player) {
      const frame = doc.createElement('iframe');
      frame.setAttribute('src', player.href);
      frame.setAttribute('allowfullscreen', '');
      setUpPlayer(frame, player);
      line.replaceChildren(frame);
    } else if (!only && (line.localName !== 'p' || playerUrl(address))) {
      // An embed of a site that is not allowed: its address, as a link the reader can follow.
      call.removed.push(`embed from ${hostOf(address, call.base)}`);
      line.replaceChildren(linkTo(doc, address, call.base) ?? address);
    }
  }
}

function setUpPlayer(frame: Element, player: URL): void {
  frame.setAttribute('sandbox', EMBED_SANDBOX);
  frame.setAttribute('loading', 'lazy');
  frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  if (!frame.getAttribute('title')) frame.setAttribute('title', player.hostname);
  // Its box has the player's ratio before it loads (16:9 from article.css when the size is not given).
  const width = Number(frame.getAttribute('width'));
  const height = Number(frame.getAttribute('height'));
  if (width > 0 && height > 0) frame.setAttribute('style', `aspect-ratio: ${width} / ${height}`);
}

function hostOf(url: string, base: string): string {
  try {
    return new URL(url, base).host;
  } catch {
    return '?';
  }
}

/** A link to an embed's address, which the reader can follow to the content. */
function linkTo(doc: Document, url: string, base: string): HTMLAnchorElement | undefined {
  const verdict = checkUrl(url, base);
  if (!verdict.safe) return undefined;
  const link = doc.createElement('a');
  link.setAttribute('href', verdict.url);
  link.textContent = verdict.url;
  return link;
}

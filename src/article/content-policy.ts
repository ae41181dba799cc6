import { checkUrl } from '../core/url.js';

/**
 * What an article body from a CMS may keep: the one definition, read by the
 * browser's sanitizer (sanitize.ts, behind `<folio-article>.html`) and by the
 * server's (src/ssr), so a page is the same with script on or off. Everything
 * a real post needs (WordPress's core blocks, Ghost's cards, Markdown
 * renderers, the inline styles of Chinese editors) and nothing that can run
 * or track. docs/security.md explains each choice.
 */

/** Elements kept (with their content); anything else is unwrapped (its text stays) or, for the dangerous ones, dropped. */
export const CONTENT_TAGS = [
  // prose and structure
  'p', 'br', 'hr', 'div', 'section', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'cite', 'q',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'details', 'summary', 'figure', 'figcaption', 'pre', 'code', 'kbd', 'samp',
  'var', 'a', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'time', 'del', 'ins',
  'ruby', 'rt', 'rp', 'wbr', 'bdi', 'bdo',
  // tables
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  // images and media
  'img', 'picture', 'source', 'audio', 'video', 'track',
  // embeds: only from the allowed hosts, sandboxed (see embedFrame)
  'iframe',
  'folio-section-heading',
]; // prettier-ignore

/** Attributes kept on any kept element (URLs are judged by `urlKept` as well). */
export const CONTENT_ATTRIBUTES = [
  'class', 'id', 'title', 'lang', 'dir', 'style',
  // links and quotes
  'href', 'cite', 'rel', 'target', 'download', 'datetime',
  // tables and lists
  'colspan', 'rowspan', 'span', 'scope', 'headers', 'start', 'reversed', 'type', 'value',
  // images, media, embeds
  'src', 'srcset', 'sizes', 'alt', 'width', 'height', 'media', 'poster', 'preload', 'controls', 'playsinline',
  'muted', 'loop', 'autoplay', 'kind', 'srclang', 'label', 'default', 'allowfullscreen',
  // given our own values (lazy, strict-origin-when-cross-origin), so not reported as removed
  'loading', 'decoding', 'referrerpolicy',
  'open',
  // <folio-section-heading>
  'level', 'anchor-id', 'numbered',
]; // prettier-ignore

/** Dropped with their content (not unwrapped): what runs, submits, overlays or loads something of its own. */
export const DROPPED_TAGS = [
  'script', 'style', 'form', 'input', 'button', 'textarea', 'select', 'object', 'embed', 'svg', 'math', 'link',
  'meta', 'base', 'frame', 'frameset', 'portal', 'fencedframe', 'applet', 'noscript', 'template', 'dialog',
]; // prettier-ignore

/** `embed-hosts` when the article does not say: players that need no cookie banner, or the main Chinese ones. */
export const DEFAULT_EMBED_HOSTS = ['www.youtube-nocookie.com', 'player.vimeo.com', 'player.bilibili.com', 'v.qq.com'];

/** The only sandbox an embed gets: its player runs, in its own origin, and can go full screen or open its site. */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups';

/**
 * Inline style properties editors write (UEditor, KindEditor, 135 and 秀米,
 * WordPress's colour and alignment controls), and where: `null` on any
 * element, else only on those. Positioning, sizes on text, fonts and line
 * height are the theme's; custom properties could reach our own.
 */
const STYLE_PROPERTIES: Record<string, readonly string[] | null> = {
  'text-align': null,
  color: null,
  'background-color': null,
  'font-weight': null,
  'font-style': null,
  'text-decoration': null,
  'text-decoration-line': null,
  'text-indent': null,
  width: ['img', 'video', 'audio', 'iframe'],
  'max-width': ['img', 'video', 'audio', 'iframe'],
  height: ['img', 'video', 'audio', 'iframe'],
  float: ['img'],
};
/** Keywords, numbers with units, colours as #hex, rgb()/hsl(): no other function (url(), expression(), var()), no escapes, no comments. */
const STYLE_VALUE = /^(?:[\w\s#%.,+-]|(?:rgba?|hsla?)\([\d\s.,%/+-]*\))+$/i;

export interface StyleVerdict {
  /** The declarations kept, as a style attribute's value ('' when none). */
  kept: string;
  /** The properties dropped, for the warning. */
  dropped: string[];
}

/** The declarations of a `style` attribute that `element` may keep. */
export function filterStyle(element: string, style: string): StyleVerdict {
  const kept: string[] = [];
  const dropped: string[] = [];
  // A value with a quote or a comment is dropped whole: a ";" inside either would fool the split below.
  const declarations = /["'\\]|\/\*/.test(style) ? [style] : style.split(';');
  for (const declaration of declarations) {
    if (!declaration.trim()) continue;
    const colon = declaration.indexOf(':');
    const property = (colon < 0 ? declaration : declaration.slice(0, colon)).trim().toLowerCase();
    const value =
      colon < 0
        ? ''
        : declaration
            .slice(colon + 1)
            .replace(/!\s*important\s*$/i, '')
            .trim();
    const where = STYLE_PROPERTIES[property];
    if (where !== undefined && (where === null || where.includes(element)) && STYLE_VALUE.test(value))
      kept.push(`${property}: ${value}`);
    else dropped.push(`style ${property.slice(0, 40) || '?'}`);
  }
  return { kept: kept.join('; '), dropped };
}

/** A pasted or inlined raster image: these cannot run script, unlike data:image/svg+xml. */
const RASTER_DATA_URL = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);base64,[a-z\d+/=\s]*$/i;

/** Which attributes hold URLs, and what each may point to. */
type UrlRule = 'link' | 'media' | 'image' | 'same-origin';
const URL_RULES: Record<string, UrlRule> = {
  href: 'link',
  cite: 'link',
  src: 'media',
  poster: 'image',
  srcset: 'image',
};

/** Whether the value of `attribute` on `element` is a URL that may stay (undefined when it holds no URL). */
export function urlKept(element: string, attribute: string, value: string, base: string): boolean | undefined {
  let rule: UrlRule | undefined = URL_RULES[attribute];
  if (!rule) return undefined;
  if (rule === 'media' && element === 'img') rule = 'image';
  // A text track from another origin tells that origin who watches what, and needs CORS anyway.
  if (rule === 'media' && element === 'track') rule = 'same-origin';
  if (attribute === 'srcset') return srcsetUrls(value).every((url) => urlKept(element, 'poster', url, base));
  if (rule === 'image' && RASTER_DATA_URL.test(value.trim())) return true;
  const verdict = checkUrl(value, base);
  if (!verdict.safe) return false;
  const url = new URL(verdict.url, base);
  if (rule === 'link') return true;
  if (rule === 'same-origin') return url.origin === new URL(base).origin;
  return url.protocol !== 'mailto:';
}

/**
 * The URLs of a `srcset`, split as the HTML parser does: a URL is a run
 * without white space (a data: URL keeps its commas), descriptors run to the
 * next comma.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  const candidate = /[\s,]*([^\s]+)([^,]*)/y;
  for (let match = candidate.exec(srcset); match && match[1]; match = candidate.exec(srcset)) {
    const url = match[1].replace(/,+$/, '');
    // A URL ending in commas has no descriptors: what followed belongs to the next candidate.
    if (url !== match[1]) candidate.lastIndex = match.index + match[0].length - match[2]!.length;
    urls.push(url);
  }
  return urls;
}

/** The hosts of an `embed-hosts` value (white-space separated); the built-in list when it is absent. */
export function embedHosts(value: string | null | undefined): string[] {
  if (value == null) return DEFAULT_EMBED_HOSTS;
  return value.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * The player URL for a video page's address (what an author pastes on a line
 * of its own, and what WordPress's embed block saves) or for a YouTube
 * player's, on the sites the built-in hosts serve. YouTube's player is its
 * cookieless one.
 */
export function playerUrl(address: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.replace(/^(www|m)\./, '');
  const path = url.pathname;
  let m: RegExpExecArray | null;
  const youtube = (id: string) => new URL(`https://www.youtube-nocookie.com/embed/${id}`);
  if (host === 'youtube.com' && path === '/watch' && url.searchParams.get('v'))
    return youtube(url.searchParams.get('v')!);
  if ((host === 'youtube.com' || host === 'youtube-nocookie.com') && (m = /^\/(?:embed|shorts)\/([\w-]+)$/.exec(path)))
    return youtube(m[1]!);
  if (host === 'youtu.be' && (m = /^\/([\w-]+)$/.exec(path))) return youtube(m[1]!);
  if (host === 'vimeo.com' && (m = /^\/(\d+)$/.exec(path))) return new URL(`https://player.vimeo.com/video/${m[1]}`);
  if (host === 'bilibili.com' && (m = /^\/video\/(BV\w+)\/?$/.exec(path)))
    return new URL(`https://player.bilibili.com/player.html?bvid=${m[1]}`);
  if (host === 'v.qq.com' && (m = /^\/x\/(?:cover\/\w+|page)\/(\w+)\.html$/.exec(path)))
    return new URL(`https://v.qq.com/txp/iframe/player.html?vid=${m[1]}`);
  return undefined;
}

/**
 * The URL to frame for an `<iframe src>` (`framed`) or a pasted video page's
 * address, when its host is allowed: https only, never a page's own scheme.
 */
export function allowedPlayer(address: string, hosts: readonly string[], framed: boolean): URL | undefined {
  let url = playerUrl(address);
  if (!url && framed) {
    try {
      url = new URL(address.trim());
    } catch {
      return undefined;
    }
  }
  return url && url.protocol === 'https:' && hosts.includes(url.hostname) ? url : undefined;
}

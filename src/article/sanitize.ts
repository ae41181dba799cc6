import DOMPurify from 'dompurify';
import { checkUrl } from '../core/url.js';

/**
 * Sanitizes the `html` property with DOMPurify and a strict allow-list: prose,
 * lists, quotes, figures, tables, links and images, and section headings.
 * Scripts, styles, event handlers, forms, iframes, objects and any URL that is
 * not http(s), mailto, relative or a fragment never survive. This module,
 * DOMPurify with it, is a lazy part of the article: pages that never set
 * `html` never load it, and once it is there sanitizing is synchronous, so
 * the render that follows `html` shows the body.
 */
const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'img',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'mark',
  'code',
  'pre',
  'kbd',
  'abbr',
  'cite',
  'q',
  'time',
  'span',
  'del',
  'ins',
  'ruby',
  'rt',
  'rp',
  'wbr',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'folio-section-heading',
];
const ALLOWED_ATTR = [
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'lang',
  'dir',
  'datetime',
  'cite',
  'id',
  'colspan',
  'rowspan',
  'scope',
  'start',
  'reversed',
  'level',
  'anchor-id',
  'numbered',
];
// FORCE_BODY's own <remove> marker too.
const PARSER_WRAPPERS = new Set(['html', 'head', 'body', 'remove']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

export interface SanitizeResult {
  fragment: DocumentFragment;
  /** Names of what was removed ("script", "onerror", "href=javascript:…"), for the warning. */
  removed: string[];
}

let purify: ReturnType<typeof DOMPurify> | undefined;

/** The configured instance, made on first use (it needs the page's window). */
function purifier(): ReturnType<typeof DOMPurify> {
  if (purify) return purify;
  // A fresh instance: our hooks never reach a DOMPurify the site uses. (Our Trusted Types typing of window is narrower than DOMPurify's.)
  purify = DOMPurify(window as unknown as Parameters<typeof DOMPurify>[0]);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    // DOMPurify's own URL check allows data: images; ours is stricter and the same everywhere.
    if (URL_ATTRIBUTES.has(data.attrName) && !checkUrl(data.attrValue).safe) {
      data.keepAttr = false;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof HTMLImageElement) {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
  });
  return purify;
}

export function sanitizeArticleHtml(html: string): SanitizeResult {
  const purify = purifier();
  const fragment = purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    KEEP_CONTENT: true,
    // Parse everything as body content: a leading <meta>, <base> or <template> is then seen, removed and reported.
    FORCE_BODY: true,
    RETURN_DOM_FRAGMENT: true,
    SANITIZE_DOM: true,
    SANITIZE_NAMED_PROPS: false,
    CUSTOM_ELEMENT_HANDLING: {
      tagNameCheck: /^folio-section-heading$/,
      attributeNameCheck: /^(level|anchor-id|numbered)$/,
      allowCustomizedBuiltInElements: false,
    },
    FORBID_TAGS: [
      'script',
      'style',
      'iframe',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'object',
      'embed',
      'svg',
      'math',
      'link',
      'meta',
      'base',
    ],
  });
  const removed = purify.removed
    .map((entry) =>
      'attribute' in entry && entry.attribute
        ? entry.attribute.name
        : 'element' in entry && entry.element instanceof Element
          ? entry.element.localName
          : '',
    )
    // The parser's own wrappers and stray text nodes are not content anyone wrote.
    .filter((name) => name && !PARSER_WRAPPERS.has(name));
  return { fragment, removed };
}

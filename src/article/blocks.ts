import { checkUrl } from '../core/url.js';
import { describe } from '../core/text-property.js';
import { quote } from '../core/warn.js';
import type { ArticleDocumentBlock, ArticleText, ArticleTextPart, ArticleTrack } from '../ssr/article-document.js';
import { allowedPlayer, EMBED_SANDBOX, urlKept } from './content-policy.js';

/** A value from the data, quoted for a warning: text as written, anything else described (never throws). */
const shown = (value: unknown) => quote(typeof value === 'string' ? value : describe(value));

/**
 * The `blocks` property: an article body as JSON, the way a headless CMS
 * stores it. Text is always text (never HTML). A run of text may carry marks:
 * `strong`, `emphasis`, `code` and a link (`href`, judged like any link). The
 * one definition of the shape is the server's page document
 * (src/ssr/article-document.ts, also published as a JSON Schema).
 */
export type ArticleBlock = ArticleDocumentBlock;
export type ArticleInline = ArticleTextPart;
export type { ArticleText };

const TYPES = 'paragraph, heading, quote, list, image, figure, audio, video, embed, details, table, code';

/**
 * What blocks become: elements with attributes and children, text always as
 * text. The browser builds DOM nodes from it (renderBlocks), the server
 * escaped markup (src/ssr), so both show the same body.
 */
export type BlockNode = string | { tag: string; attrs?: Record<string, string>; children?: BlockNode[] };

export interface BlockContext {
  /** Reports a bad field (`blocks[3].src`) and what became of it. */
  report: (field: string, message: string) => void;
  /** Hosts an embed's player may come from (the article's `embed-hosts`). */
  hosts: readonly string[];
  /** What relative URLs resolve against (a track must be of its origin). */
  base: string;
}

const el = (tag: string, attrs: Record<string, string | undefined> = {}, children: BlockNode[] = []): BlockNode => ({
  tag,
  attrs: Object.fromEntries(Object.entries(attrs).filter((e): e is [string, string] => e[1] !== undefined)),
  children,
});

/** The nodes for `blocks`, or undefined (reported) when it is not an array; bad blocks are reported and skipped. */
export function blockNodes(blocks: unknown, context: BlockContext, name = 'blocks'): BlockNode[] | undefined {
  if (!Array.isArray(blocks)) {
    context.report(name, `${shown(blocks)} is not an array of blocks; the page's own content is shown.`);
    return undefined;
  }
  return blocks.flatMap((block, index) => blockNode(block, context, `${name}[${index}]`) ?? []);
}

/** The body for `blocks` as DOM nodes (text as text nodes, never parsed as HTML). */
export function renderBlocks(doc: Document, nodes: BlockNode[]): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const build = (node: BlockNode): Node => {
    if (typeof node === 'string') return doc.createTextNode(node);
    const element = doc.createElement(node.tag);
    for (const [attribute, value] of Object.entries(node.attrs ?? {})) element.setAttribute(attribute, value);
    element.append(...(node.children ?? []).map(build));
    return element;
  };
  fragment.append(...nodes.map(build));
  return fragment;
}

function blockNode(block: unknown, c: BlockContext, name: string): BlockNode | undefined {
  const type = block !== null && typeof block === 'object' ? (block as { type?: unknown }).type : block;
  if (typeof type !== 'string' || !TYPES.split(', ').includes(type)) {
    c.report(name, `${shown(type)} is not a block type (${TYPES}); it was skipped.`);
    return undefined;
  }
  const b = block as ArticleBlock;
  const caption = (tag: string, text: unknown) => (text ? [el(tag, {}, inline(text, c, `${name}.caption`))] : []);
  switch (b.type) {
    case 'paragraph':
      return el('p', {}, inline(b.text, c, name));
    case 'heading': {
      const level = headingLevel(b.level, c, name);
      // A number is a fine heading ("2023"); anything else that is not text becomes an empty heading, which warns itself.
      const text = typeof b.text === 'string' || typeof b.text === 'number' ? String(b.text) : '';
      if (text === '' && b.text != null && b.text !== '')
        c.report(`${name}.text`, `${shown(b.text)} is not text; the heading is left empty.`);
      const id = typeof b.id === 'string' && b.id.trim() ? b.id : undefined;
      return el('folio-section-heading', { level: String(level), 'anchor-id': id }, [text]);
    }
    case 'quote': {
      const cite = url(b.cite, c, `${name}.cite`, 'blockquote', 'cite');
      return el('blockquote', { cite }, [el('p', {}, inline(b.text, c, name))]);
    }
    case 'list': {
      const items = Array.isArray(b.items) ? b.items : [];
      if (!Array.isArray(b.items)) c.report(`${name}.items`, 'is not an array; the list was left empty.');
      const lis = items.map((item, i) => el('li', {}, inline(item, c, `${name}.items[${i}]`)));
      return el(b.ordered ? 'ol' : 'ul', {}, lis);
    }
    case 'image':
      return image(b, c, name);
    case 'figure': {
      const img = image(b, c, name);
      return img && el('figure', {}, [img, ...caption('figcaption', b.caption)]);
    }
    case 'audio':
    case 'video': {
      const src = url(b.src, c, `${name}.src`, b.type, 'src');
      if (!src) return missing(b.src, c, `${name}.src`);
      let autoplay = b.autoplay === true ? '' : undefined;
      if (autoplay !== undefined && b.muted !== true) {
        c.report(
          `${name}.autoplay`,
          'is honoured only with muted: true (no sound the reader did not ask for); dropped.',
        );
        autoplay = undefined;
      }
      const video = b.type === 'video' ? b : undefined;
      const tracks = (Array.isArray(b.tracks) ? b.tracks : []).flatMap((track: unknown, i) => {
        const field = `${name}.tracks[${i}]`;
        const t = (track ?? {}) as Partial<ArticleTrack>;
        const trackSrc = url(t.src, c, `${field}.src`, 'track', 'src');
        if (!trackSrc) return [];
        const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
        const kind = ['subtitles', 'captions', 'descriptions', 'chapters'].includes(t.kind!) ? t.kind : undefined;
        return [el('track', { src: trackSrc, kind, srclang: text(t.srclang), label: text(t.label) })];
      });
      const media = el(
        b.type,
        {
          src,
          controls: '',
          preload: 'metadata',
          poster: video && url(video.poster, c, `${name}.poster`, 'video', 'poster'),
          width: video && size(video.width),
          height: video && size(video.height),
          loop: b.loop === true ? '' : undefined,
          muted: b.muted === true ? '' : undefined,
          playsinline: video && '',
          autoplay,
        },
        tracks,
      );
      return el('figure', {}, [media, ...caption('figcaption', b.caption)]);
    }
    case 'embed': {
      if (b.url == null || b.url === '') return missing(b.url, c, `${name}.url`);
      const address = typeof b.url === 'string' ? b.url : '';
      const player = address ? allowedPlayer(address, c.hosts, true) : undefined;
      if (!player) {
        // Never a silent hole: the reader can follow the address when it is a safe link.
        const link = url(b.url, c, `${name}.url`, 'a', 'href');
        if (link) c.report(`${name}.url`, `${quote(address)} is not from an allowed host (embed-hosts); it is a link.`);
        return link ? el('p', {}, [el('a', { href: link }, [link])]) : undefined;
      }
      const width = size(b.width);
      const height = size(b.height);
      const frame = el('iframe', {
        src: player.href,
        title: typeof b.title === 'string' && b.title ? b.title : player.hostname,
        sandbox: EMBED_SANDBOX,
        loading: 'lazy',
        referrerpolicy: 'strict-origin-when-cross-origin',
        allowfullscreen: '',
        width,
        height,
        // Its box has the player's ratio before it loads (16:9 from article.css when the size is not given).
        style: width && height ? `aspect-ratio: ${width} / ${height}` : undefined,
      });
      return el('figure', {}, [frame, ...caption('figcaption', b.caption)]);
    }
    case 'details': {
      const inner = blockNodes(b.blocks ?? [], c, `${name}.blocks`) ?? [];
      const summary = el('summary', {}, inline(b.summary, c, `${name}.summary`));
      return el('details', { open: b.open === true ? '' : undefined }, [summary, ...inner]);
    }
    case 'table': {
      const row = (cells: unknown, field: string, tag: string): BlockNode[] => {
        if (!Array.isArray(cells)) {
          c.report(field, `${shown(cells)} is not an array of cells; the row was left out.`);
          return [];
        }
        const scope = tag === 'th' ? 'col' : undefined;
        return [
          el(
            'tr',
            {},
            cells.map((cell, i) => el(tag, { scope }, inline(cell, c, `${field}[${i}]`))),
          ),
        ];
      };
      const rows = Array.isArray(b.rows) ? b.rows : [];
      if (!Array.isArray(b.rows))
        c.report(`${name}.rows`, `${shown(b.rows)} is not an array of rows; the table is empty.`);
      return el('table', {}, [
        ...caption('caption', b.caption),
        ...(b.head === undefined ? [] : [el('thead', {}, row(b.head, `${name}.head`, 'th'))]),
        el(
          'tbody',
          {},
          rows.flatMap((cells, i) => row(cells, `${name}.rows[${i}]`, 'td')),
        ),
      ]);
    }
    case 'code': {
      const text = typeof b.text === 'string' ? b.text : '';
      if (typeof b.text !== 'string') c.report(`${name}.text`, `${shown(b.text)} is not text; the code is left empty.`);
      let language: string | undefined;
      if (typeof b.language === 'string' && /^[\w+#.-]{1,40}$/.test(b.language)) language = `language-${b.language}`;
      else if (b.language !== undefined)
        c.report(
          `${name}.language`,
          `${shown(b.language)} is not a language name (letters, digits, + # . -); left out.`,
        );
      return el('pre', {}, [el('code', { class: language }, [text])]);
    }
  }
}

/** A required URL that is absent: said, and the block skipped (a bad one was reported by url()). */
function missing(value: unknown, c: BlockContext, name: string): undefined {
  if (value == null || value === '') c.report(name, 'is missing; the block was skipped.');
  return undefined;
}

function headingLevel(level: unknown, c: BlockContext, name: string): number {
  if (level === undefined) return 2;
  // Only a number or numeric text is a level: Number() on an object would call its own toString.
  const n = typeof level === 'number' || typeof level === 'string' ? Number(level) : NaN;
  if (Number.isInteger(n) && n >= 2 && n <= 6) return n;
  c.report(`${name}.level`, `${shown(level)} is not a heading level from 2 to 6; level 2 is used.`);
  return 2;
}

const size = (v: unknown) => (typeof v === 'number' && v > 0 && Number.isFinite(v) ? String(Math.round(v)) : undefined);

function image(
  b: { src: string; alt?: string; width?: number; height?: number },
  c: BlockContext,
  name: string,
): BlockNode | undefined {
  const src = url(b.src, c, `${name}.src`, 'img', 'src');
  if (!src) return undefined;
  if (typeof b.alt !== 'string') c.report(`${name}.alt`, 'is missing: the image is treated as decorative (alt="").');
  // width and height give the image its aspect ratio before it loads: nothing below it moves.
  return el('img', {
    src,
    alt: typeof b.alt === 'string' ? b.alt : '',
    width: size(b.width),
    height: size(b.height),
    loading: 'lazy',
    decoding: 'async',
  });
}

/**
 * A URL from block data, judged by the content policy exactly as the same
 * attribute in `html` is (raster data: images only, tracks from this origin,
 * no mailto: media); undefined, reported, when it may not stay.
 */
function url(value: unknown, c: BlockContext, name: string, element: string, attribute: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    c.report(name, `${shown(value)} is not a URL; it was dropped.`);
    return undefined;
  }
  const verdict = checkUrl(value, c.base);
  if (urlKept(element, attribute, value, c.base)) return verdict.safe ? verdict.url : value.trim();
  const reason = verdict.safe
    ? `is not allowed as the ${attribute} of <${element}> (see docs/security.md)`
    : verdict.reason;
  c.report(name, `${quote(value)} ${reason}; it was dropped.`);
  return undefined;
}

function inline(text: unknown, c: BlockContext, name: string): BlockNode[] {
  if (typeof text === 'string') return [text];
  if (!Array.isArray(text)) {
    c.report(name, `${shown(text)} is not text; it was left out.`);
    return [];
  }
  return text.flatMap((run, i): BlockNode[] => {
    if (typeof run === 'string') return [run];
    if (run === null || typeof run !== 'object' || typeof run.text !== 'string') {
      c.report(`${name}[${i}]`, 'is not a text run ({ text, href?, emphasis?, strong?, code? }); it was left out.');
      return [];
    }
    let content: BlockNode = run.text;
    if (run.code) content = el('code', {}, [content]);
    if (run.strong) content = el('strong', {}, [content]);
    if (run.emphasis) content = el('em', {}, [content]);
    if (run.href !== undefined) {
      const href = url(run.href, c, `${name}[${i}].href`, 'a', 'href');
      // An unsafe link keeps its text: the reader loses the link, never the words.
      if (href) content = el('a', { href }, [content]);
    }
    return [content];
  });
}

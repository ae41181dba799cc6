/**
 * The page JSON that `renderArticlePage` turns into HTML: the shape of the
 * seed article (fixtures/seed-article/article.json in the repository), with the
 * optional fields the tags accept. A CMS in any language can produce it;
 * `article-document.schema.json` beside this file is the same contract as a
 * JSON Schema, generated from these interfaces by
 * `node scripts/generate-article-schema.mjs` (a test keeps the two in step).
 *
 * Text is always text: nothing here is ever inserted as HTML. URLs go through
 * the same guard as in the browser (`checkUrl`): a `javascript:` href never
 * becomes a link.
 */

/** One article page. */
export interface ArticleDocument {
  /** The page's language (BCP 47, e.g. zh-CN, zh-TW, en, ja): `<html lang>`, strings, dates and typography follow it. */
  lang: string;
  /** The headline: the page's `<title>` and the article's `<h1>`. */
  title: string;
  /** The body, in reading order (ignored when `html` is given: write `[]`). */
  blocks: ArticleDocumentBlock[];
  /**
   * The body as the CMS stores it in HTML (WordPress's rendered `post_content`, Ghost's `html`, an
   * editor's output), sanitized with the same content policy as `<folio-article>.html` in the
   * browser. Needs the `jsdom` package on the server.
   */
  html?: string | null;
  /** Hosts the body's `<iframe>` players may come from, as the article's `embed-hosts` attribute (absent: the built-in list). */
  embedHosts?: string | null;
  /** Who wrote it, shown as written (e.g. 记者 张三). */
  byline?: string | null;
  /** The publication it comes from (来源). */
  source?: string | null;
  /**
   * When it was published, ISO 8601 (e.g. 2023-06-01T10:40:00+08:00).
   * @format date-time
   */
  datePublished?: string | null;
  /**
   * When it was last changed, ISO 8601.
   * @format date-time
   */
  dateModified?: string | null;
  /** IANA time zone the dates are shown in (e.g. Asia/Shanghai). */
  timeZone?: string | null;
  /** A notice shown after the body, e.g. 未经许可不得转载. */
  reprintNotice?: string | null;
  /** The copyright notice under the article. */
  copyright?: ArticleCopyright;
  /** The page's reactions: `<folio-reactions>` shows `count` before any script runs. */
  reactions?: ArticleReactions;
  /** The previous article. */
  prev?: ArticleNavSide | null;
  /** The next article. */
  next?: ArticleNavSide | null;
  /** Related posts. */
  related?: ArticleRelated;
  /** Remarks about the data (informational; not rendered). */
  notes?: string[];
}

/**
 * A block of the body, as `<folio-article>.blocks` takes it: the server checks
 * it with the same rules (src/article/blocks.ts) and the content policy of
 * `html`, so a block can never produce what `html` would drop.
 */
export type ArticleDocumentBlock =
  | ArticleParagraphBlock
  | ArticleHeadingBlock
  | ArticleQuoteBlock
  | ArticleListBlock
  | ArticleImageBlock
  | ArticleFigureBlock
  | ArticleAudioBlock
  | ArticleVideoBlock
  | ArticleEmbedBlock
  | ArticleDetailsBlock
  | ArticleTableBlock
  | ArticleCodeBlock;

/** Text: a string, or runs of text with marks. Never HTML. */
export type ArticleText = string | ArticleTextPart[];

/** A part of a text: plain text, or a run with marks. */
export type ArticleTextPart = string | ArticleTextRun;

/** A run of text with marks: `<strong>`, `<em>`, `<code>` and a link (judged like any link: never `javascript:`). */
export interface ArticleTextRun {
  text: string;
  /** The run links here. */
  href?: string;
  strong?: boolean;
  emphasis?: boolean;
  code?: boolean;
}

/** A paragraph. */
export interface ArticleParagraphBlock {
  type: 'paragraph';
  /** The paragraph's text (never HTML). */
  text: ArticleText;
}

/** A section heading: `<folio-section-heading>`. */
export interface ArticleHeadingBlock {
  type: 'heading';
  /** The heading's text (never HTML). */
  text: string;
  /**
   * The heading level, 2–6 (default 2).
   * @minimum 2
   * @maximum 6
   */
  level?: number;
  /** The heading's id (`anchor-id`), instead of one derived from its text. */
  id?: string;
}

/** A quotation: `<blockquote>`. */
export interface ArticleQuoteBlock {
  type: 'quote';
  text: ArticleText;
  /** The URL of its source. */
  cite?: string;
}

/** A list. */
export interface ArticleListBlock {
  type: 'list';
  /** Numbered (`<ol>`) rather than bulleted. */
  ordered?: boolean;
  items: ArticleText[];
}

/** An image: http(s), relative, or a raster `data:image/…;base64` URL (never SVG). */
export interface ArticleImageBlock {
  type: 'image';
  src: string;
  /** Its text alternative (absent: decorative). */
  alt?: string;
  /** @minimum 1 */
  width?: number;
  /** @minimum 1 */
  height?: number;
}

/** An image with a caption: `<figure>`. */
export interface ArticleFigureBlock {
  type: 'figure';
  src: string;
  alt?: string;
  caption?: ArticleText;
  /** @minimum 1 */
  width?: number;
  /** @minimum 1 */
  height?: number;
}

/** A text track of audio or video: from the page's own origin. */
export interface ArticleTrack {
  src: string;
  /** subtitles, captions, descriptions or chapters. */
  kind?: string;
  srclang?: string;
  label?: string;
}

/** Audio, always with controls. */
export interface ArticleAudioBlock {
  type: 'audio';
  src: string;
  caption?: ArticleText;
  tracks?: ArticleTrack[];
  loop?: boolean;
  /** Honoured only with `muted`. */
  autoplay?: boolean;
  muted?: boolean;
}

/** A video, always with controls. */
export interface ArticleVideoBlock {
  type: 'video';
  src: string;
  /** An image shown before it plays. */
  poster?: string;
  /** @minimum 1 */
  width?: number;
  /** @minimum 1 */
  height?: number;
  caption?: ArticleText;
  tracks?: ArticleTrack[];
  loop?: boolean;
  /** Honoured only with `muted`. */
  autoplay?: boolean;
  muted?: boolean;
}

/** A player from an allowed host (`embedHosts`), or a video page's address; any other becomes a link. */
export interface ArticleEmbedBlock {
  type: 'embed';
  url: string;
  /** The frame's accessible name (default: its host). */
  title?: string;
  /** @minimum 1 */
  width?: number;
  /** @minimum 1 */
  height?: number;
  caption?: ArticleText;
}

/** A disclosure: `<details>` with its summary and the blocks it hides. */
export interface ArticleDetailsBlock {
  type: 'details';
  summary: ArticleText;
  blocks: ArticleDocumentBlock[];
  open?: boolean;
}

/** A table: an optional header row, then rows of cells. */
export interface ArticleTableBlock {
  type: 'table';
  caption?: ArticleText;
  head?: ArticleText[];
  rows: ArticleText[][];
}

/** Code, shown as written (`<pre><code class="language-…">`). */
export interface ArticleCodeBlock {
  type: 'code';
  text: string;
  /** Its language, for a highlighter: letters, digits, + # . - */
  language?: string;
}

/** The copyright notice's data. */
export interface ArticleCopyright {
  /** The site's own disclaimer, shown as a paragraph of the notice. Its reporting sentence (如发现本站…举报…) is left out: the notice writes that one itself, with a button that opens the report dialog. */
  disclaimer?: string | null;
  /** Where readers can report the page by e-mail (`report-email`); null when the site has none. */
  reportEmail?: string | null;
  /** Who holds the copyright (`holder`). */
  holder?: string | null;
  /** `all-rights-reserved` or a Creative Commons code such as `cc-by-nc-nd-4.0` (`license`). */
  license?: string | null;
  /**
   * The first year of the copyright (`year-start`).
   * @minimum 1
   */
  yearStart?: number | null;
  /**
   * The last year (`year-end`); the current year when absent.
   * @minimum 1
   */
  yearEnd?: number | null;
}

/** Reaction counts of the captured page. */
export interface ArticleReactions {
  /**
   * How many likes (赞) the page has: the count `<folio-reactions>` shows before it fetches a fresh one.
   * @minimum 0
   */
  count: number;
}

/** One side of the previous/next navigation. */
export interface ArticleNavSide {
  /** How the captured page labelled it (上一篇 / 下一篇); the tag shows its own localized label. */
  label?: string | null;
  /** The other article's title. */
  title?: string | null;
  /** The other article's URL. */
  href?: string | null;
  /**
   * When the other article was published, ISO 8601.
   * @format date-time
   */
  datePublished?: string | null;
  /** How the captured page showed the date (informational). */
  displayedAs?: string | null;
}

/** The related-posts list. */
export interface ArticleRelated {
  /** The list's heading (default by locale: 相关推荐 / Related posts). */
  heading?: string | null;
  /** The posts, in order. */
  items: ArticleRelatedItem[];
}

/** One related post. */
export interface ArticleRelatedItem {
  /** The post's title. */
  title: string;
  /** The post's URL. */
  href: string;
  /**
   * When it was published, ISO 8601.
   * @format date-time
   */
  date?: string | null;
  /** A thumbnail's URL. */
  image?: string | null;
  /** A short summary. */
  excerpt?: string | null;
}

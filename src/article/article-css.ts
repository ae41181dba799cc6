// Generated from article.css by scripts/inline-css.mjs: do not edit by hand.
export const articleCss = String.raw`/*
 * <folio-article>: typography for the article body (light DOM) and the box of
 * its header while the tag is not yet defined. src/folio.css @imports this
 * file, so a page that links folio.css gets the typography before any script
 * runs; an element on a page without folio.css fetches this same file and
 * adopts it (src/article/article-styles.ts).
 *
 * Everything is in @layer folio: any unlayered rule of the site wins.
 * Owned parts carry data-folio-article-part; everything else is the author's.
 */
/*
 * Chinese quotation marks, dashes and the ellipsis share code points with
 * Latin ones; a Latin font first in the stack draws them narrow (“第一”, a
 * broken ——). These faces take just those code points from the CJK font of
 * the script, so they are full-width; every other character falls through.
 */
@font-face {
  font-family: 'Folio CJK Punctuation SC';
  font-weight: 100 500;
  src: local('PingFangSC-Regular'), local('Hiragino Sans GB W3'), local('HiraginoSansGB-W3'), local('Microsoft YaHei'), local('Noto Sans CJK SC'), local('NotoSansCJKsc-Regular'), local('Source Han Sans SC Regular'), local('SourceHanSansSC-Regular');
  unicode-range: U+2014, U+2018-2019, U+201C-201D, U+2026;
}
@font-face {
  font-family: 'Folio CJK Punctuation SC';
  font-weight: 600 900;
  src: local('PingFangSC-Semibold'), local('Hiragino Sans GB W6'), local('HiraginoSansGB-W6'), local('Microsoft YaHei Bold'), local('MicrosoftYaHei-Bold'), local('Noto Sans CJK SC Bold'), local('NotoSansCJKsc-Bold'), local('Source Han Sans SC Bold'), local('SourceHanSansSC-Bold');
  unicode-range: U+2014, U+2018-2019, U+201C-201D, U+2026;
}
@font-face {
  font-family: 'Folio CJK Punctuation TC';
  font-weight: 100 500;
  src: local('PingFangTC-Regular'), local('Microsoft JhengHei'), local('Noto Sans CJK TC'), local('NotoSansCJKtc-Regular'), local('Source Han Sans TC Regular'), local('SourceHanSansTC-Regular');
  unicode-range: U+2014, U+2018-2019, U+201C-201D, U+2026;
}
@font-face {
  font-family: 'Folio CJK Punctuation TC';
  font-weight: 600 900;
  src: local('PingFangTC-Semibold'), local('Microsoft JhengHei Bold'), local('MicrosoftJhengHei-Bold'), local('Noto Sans CJK TC Bold'), local('NotoSansCJKtc-Bold'), local('Source Han Sans TC Bold'), local('SourceHanSansTC-Bold');
  unicode-range: U+2014, U+2018-2019, U+201C-201D, U+2026;
}

@layer folio {
  folio-article {
    /* Sizes of the header, shared by the header and its preflight box so they match exactly. */
    --_folio-article-headline-scale: var(--folio-article-headline-scale, 1.75);
    --_folio-article-headline-leading: 1.4;
    --_folio-article-row-gap: 0.75em;
    --_folio-article-meta-size: 1.6em;
    --_folio-article-toc-summary-size: 2.5em;
    --_folio-article-header-gap: 1.5em;
    --_folio-article-toc-width: 13em;
    --_folio-article-muted: var(--folio-color-text-muted, light-dark(#59636e, #9198a1));
    --_folio-article-border: var(--folio-color-border, light-dark(#d1d9e0, #3d444d));
    --_folio-article-accent: var(--folio-color-accent, light-dark(#0b57d0, #79b8ff));
    --_folio-article-focus: var(--folio-color-focus, light-dark(#0b57d0, #79b8ff));
    --_folio-article-surface: var(--folio-color-surface, light-dark(#f6f8fa, #151b23));

    display: block;
    position: relative;
    container: folio-article / inline-size;
    font-size: var(--folio-article-font-size, 1.125rem);
    line-height: 1.6;
    overflow-wrap: break-word;
    /* clreq: no closing punctuation at a line start, no opening one at a line end. */
    line-break: strict;
    /* Han–Latin spacing (at most a quarter em, none at line edges), drawn by the browser. */
    text-autospace: normal;
    hanging-punctuation: none;
    --_folio-article-measure: var(--folio-article-measure, 34em);
  }
  folio-article:lang(zh),
  folio-article:lang(ja) {
    font-size: var(--folio-article-font-size, 1.0625rem);
    line-height: 1.8;
    --_folio-article-measure: var(--folio-article-measure, 38em);
    text-align: justify;
  }
  /* Latin first (its letters and digits), then the CJK fonts of the script; CJK punctuation always from a CJK font. */
  folio-article:lang(zh) {
    font-family: 'Folio CJK Punctuation SC', var(--folio-font-body, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif);
  }
  folio-article:is(:lang(zh-TW), :lang(zh-HK), :lang(zh-MO), :lang(zh-Hant)) {
    font-family: 'Folio CJK Punctuation TC', var(--folio-font-body, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Source Han Sans TC', sans-serif);
  }
  folio-article:lang(ja) {
    font-family: var(--folio-font-body, system-ui, -apple-system, 'Segoe UI', Roboto, 'Hiragino Kaku Gothic ProN', 'Hiragino Sans', 'Yu Gothic', Meiryo, 'Noto Sans CJK JP', sans-serif);
  }
  /* Punctuation width (clreq): mainland style compresses, Taiwan and Hong Kong keep full width. */
  /* trim-both where supported, else trim-start: both compress adjacent and line-start punctuation. */
  folio-article:lang(zh) { text-spacing-trim: trim-start; text-spacing-trim: trim-both; }
  folio-article:is(:lang(zh-TW), :lang(zh-HK), :lang(zh-MO), :lang(zh-Hant)) { text-spacing-trim: space-all; }
  folio-article:lang(ja) { text-spacing-trim: normal; }
  /* Most Chinese publications do not hang punctuation; a site may opt in. */
  folio-article[hanging-punctuation] { hanging-punctuation: first allow-end last; }

  folio-article:state(light) { color-scheme: light; }
  folio-article:state(dark) { color-scheme: dark; }
  folio-article:state(auto) { color-scheme: light dark; }
  folio-article:is(:state(light), :state(dark), :state(auto)) {
    /* A forced theme brings its background too, so the text is readable on any page. */
    color: var(--folio-color-text, light-dark(#1f2328, #e6edf3));
    background-color: var(--folio-color-background, light-dark(#ffffff, #0d1117));
  }

  /* The readable measure, for the body and the header alike. */
  folio-article > * { max-inline-size: var(--_folio-article-measure); }

  /* A body from the html or blocks property replaces the children the page wrote (kept as fallback, hidden). */
  folio-article:state(generated) > :not([data-folio-article-part]) { display: none; }

  /* pretty: no paragraph ends on a lone character (题。) where the browser can rebalance. */
  folio-article p { margin-block: 0 1em; text-wrap: pretty; }
  folio-article[indent]:is(:lang(zh), :lang(ja)) p:not([data-folio-article-part], :is(figure, blockquote, li, [data-folio-article-part]) p) { text-indent: 2em; }
  folio-article :is(h2, h3, h4, h5, h6) { line-height: 1.4; margin-block: 1.6em 0.8em; text-wrap: balance; }
  folio-article :is(h1, h2, h3, h4, h5, h6) { text-align: start; }
  folio-article a { color: var(--_folio-article-accent); text-underline-offset: 0.2em; }
  folio-article a:focus-visible,
  folio-article summary:focus-visible {
    outline: var(--folio-focus-ring-width, 2px) solid var(--_folio-article-focus);
    outline-offset: var(--folio-focus-ring-offset, 2px);
  }
  folio-article blockquote {
    margin: 1.5em 0;
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid var(--_folio-article-border);
    color: var(--_folio-article-muted);
  }
  folio-article :is(ul, ol) { margin-block: 0 1em; padding-inline-start: 2em; }
  folio-article img { max-inline-size: 100%; block-size: auto; }
  folio-article figure { margin: 1.5em 0; }
  folio-article figure img { display: block; margin-inline: auto; }
  folio-article figcaption { margin-block-start: 0.5em; font-size: 0.875em; color: var(--_folio-article-muted); text-align: center; }

  /* Emphasis: CJK marks a word with dots (under the text in zh, sesame over it in ja), never italics. */
  folio-article :is(em):lang(zh) { font-style: normal; text-emphasis: filled dot; text-emphasis-position: under right; }
  folio-article :is(em):lang(ja) { font-style: normal; text-emphasis: filled sesame; text-emphasis-position: over right; }
  /* Quotation marks by locale. */
  folio-article q:lang(en) { quotes: '\201C' '\201D' '\2018' '\2019'; }
  folio-article q:lang(zh) { quotes: '\201C' '\201D' '\2018' '\2019'; }
  folio-article q:is(:lang(zh-TW), :lang(zh-HK), :lang(zh-MO), :lang(zh-Hant), :lang(ja)) { quotes: '\300C' '\300D' '\300E' '\300F'; }

  /* The fallback for browsers without text-autospace: a Latin run between Han characters. */
  folio-article [data-folio-autospace~='start'] { margin-inline-start: 0.25em; }
  folio-article [data-folio-autospace~='end'] { margin-inline-end: 0.25em; }

  /* ---- The header: headline, meta row, table of contents ---- */
  folio-article [data-folio-article-part='header'] { display: flow-root; margin-block-end: var(--_folio-article-header-gap); text-align: start; }
  folio-article [data-folio-article-part='header'] > h1 {
    margin: 0;
    font-size: calc(var(--_folio-article-headline-scale) * 1em);
    line-height: var(--_folio-article-headline-leading);
    font-weight: 700;
    letter-spacing: normal;
    text-wrap: balance;
    text-indent: 0;
  }
  /* A fixed one-line box, so the header is as tall before and after the tag upgrades. */
  folio-article .folio-article-meta {
    box-sizing: content-box;
    display: block;
    block-size: var(--_folio-article-meta-size);
    line-height: var(--_folio-article-meta-size);
    padding-block-start: var(--_folio-article-row-gap);
    margin: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--_folio-article-muted);
  }
  folio-article .folio-article-meta > * { font-size: 0.875em; }
  /* A visual separator only: the alternative text after the slash is empty, so screen readers skip it. */
  folio-article .folio-article-meta > * + *::before { content: '\00B7' / ''; margin-inline: 0.5em; }
  folio-article [data-folio-article-part='toc'] {
    box-sizing: content-box;
    display: block;
    padding-block-start: var(--_folio-article-row-gap);
    font-size: 1em;
  }
  folio-article [data-folio-article-part='toc'] > summary {
    box-sizing: border-box;
    block-size: var(--_folio-article-toc-summary-size);
    line-height: calc(var(--_folio-article-toc-summary-size) - 2px);
    padding-inline: 0.75em;
    border: 1px solid var(--_folio-article-border);
    border-radius: var(--folio-radius, 6px);
    background: var(--_folio-article-surface);
    cursor: pointer;
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
  }
  /* The open list floats over the text below rather than pushing it down. */
  folio-article [data-folio-article-part='toc'] > nav {
    position: absolute;
    inset-inline: 0;
    z-index: 1;
    max-block-size: 60vh;
    overflow: auto;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_folio-article-border);
    border-radius: var(--folio-radius, 6px);
    background: var(--folio-color-background, Canvas);
    box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.15);
  }
  folio-article [data-folio-article-part='toc'] ol { list-style: none; margin: 0; padding-inline-start: 0; font-size: 0.9375em; line-height: 1.5; }
  folio-article [data-folio-article-part='toc'] ol ol { padding-inline-start: 1em; font-size: 1em; }
  folio-article [data-folio-article-part='toc'] li { margin-block: 0.25em; }
  folio-article [data-folio-article-part='toc'] a {
    display: block;
    padding-inline-start: 0.5em;
    border-inline-start: 2px solid transparent;
    color: inherit;
    text-decoration: none;
  }
  folio-article [data-folio-article-part='toc'] a:hover { text-decoration: underline; }
  folio-article [data-folio-article-part='toc'] a[aria-current] {
    border-inline-start-color: var(--_folio-article-accent);
    color: var(--_folio-article-accent);
    font-weight: 600;
  }

  /* Wide enough for a side column: the contents sit beside the text, sticky, out of the flow. */
  @container folio-article (min-inline-size: 55em) {
    folio-article [data-folio-article-part='toc'] {
      position: absolute;
      inset-block: 0;
      inset-inline-end: 0;
      inline-size: var(--_folio-article-toc-width);
      padding-block-start: 0;
    }
    folio-article [data-folio-article-part='toc'] > summary { border: 0; background: none; padding-inline: 0; }
    folio-article [data-folio-article-part='toc'] > nav {
      position: sticky;
      inset-block-start: 1em;
      max-block-size: calc(100vh - 2em);
      padding: 0;
      border: 0;
      box-shadow: none;
      background: none;
    }
  }

  folio-article [data-folio-article-part='notice'],
  folio-article:not(:defined):not(:has(> [data-folio-article-part]))[reprint-notice]:not([reprint-notice=''])::after {
    margin-block: 2em 0;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_folio-article-border);
    color: var(--_folio-article-muted);
    font-size: 0.875em;
    /* The measure is in the body's em: the same line length as the text above. */
    max-inline-size: calc(var(--_folio-article-measure) / 0.875);
    text-indent: 0;
  }
  /* Before upgrade, the notice's text in its own box, at the end. */
  folio-article:not(:defined):not(:has(> [data-folio-article-part]))[reprint-notice]:not([reprint-notice=''])::after {
    content: attr(reprint-notice);
    display: block;
  }

  /*
   * Preflight: before the tag is defined, ::before takes the header's exact box
   * (the headline's lines with the h1's metrics, then fixed rows for the meta
   * line and the contents' summary), so inserting the header moves nothing.
   * An article rendered on the server (folio-elements/ssr) already holds its
   * parts (data-folio-article-part): it needs no stand-in for them.
   */
  folio-article:not(:defined):not(:has(> [data-folio-article-part])):is(
      [headline]:not([headline='']):not(:has(h1)),
      [byline]:not([byline='']), [source]:not([source='']),
      [date-published]:not([date-published='']), [date-modified]:not([date-modified='']),
      [reading-time],
      [toc]:has(folio-section-heading, h2, h3, h4, h5, h6)
    )::before {
    content: '';
    display: block;
    box-sizing: content-box;
    max-inline-size: calc(var(--_folio-article-measure) / var(--_folio-article-scale, 1));
    font-size: calc(var(--_folio-article-scale, 1) * 1em);
    line-height: var(--_folio-article-headline-leading);
    font-weight: 700;
    text-wrap: balance;
    text-align: start;
    text-indent: 0;
    /* Each row's variable is set below only when the attributes ask for that row. */
    padding-block-end: calc((var(--_folio-article-reserve-meta, 0em) + var(--_folio-article-reserve-toc, 0em)) / var(--_folio-article-scale, 1));
    margin-block-end: calc(var(--_folio-article-header-gap) / var(--_folio-article-scale, 1));
  }
  folio-article:not(:defined):not(:has(> [data-folio-article-part]))[headline]:not([headline='']):not(:has(h1))::before {
    --_folio-article-scale: var(--_folio-article-headline-scale);
    content: attr(headline);
  }
  folio-article:not(:defined):not(:has(> [data-folio-article-part])):is(
      [byline]:not([byline='']), [source]:not([source='']),
      [date-published]:not([date-published='']), [date-modified]:not([date-modified='']),
      [reading-time]
    )::before {
    --_folio-article-reserve-meta: calc(var(--_folio-article-row-gap) + var(--_folio-article-meta-size));
  }
  folio-article:not(:defined):not(:has(> [data-folio-article-part]))[toc]:has(folio-section-heading, h2, h3, h4, h5, h6)::before {
    --_folio-article-reserve-toc: calc(var(--_folio-article-row-gap) + var(--_folio-article-toc-summary-size));
  }
  @container folio-article (min-inline-size: 55em) {
    /* Same specificity as the rule it undoes, and later: the side column takes no row. */
    folio-article:not(:defined):not(:has(> [data-folio-article-part]))[toc]:has(folio-section-heading, h2, h3, h4, h5, h6)::before { --_folio-article-reserve-toc: 0em; }
  }

  /* A phone-wide column: a smaller headline, the same for the header and its preflight box. */
  @container folio-article (max-inline-size: 26em) {
    folio-article [data-folio-article-part='header'],
    folio-article::before {
      --_folio-article-headline-scale: var(--folio-article-headline-scale, 1.4);
    }
  }

  @media print {
    folio-article [data-folio-article-part='toc'] { display: none; }
    folio-article a[href^='http']::after { content: ' (' attr(href) ')'; font-size: 0.875em; overflow-wrap: anywhere; }
    folio-article :is(figure, img, blockquote) { break-inside: avoid; }
    folio-article :is(h2, h3, h4, h5, h6, folio-section-heading) { break-after: avoid; }
    folio-article { color: #000; }
  }
}
`;

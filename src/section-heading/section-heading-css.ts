// Generated from section-heading.css by scripts/inline-css.mjs: do not edit by hand.
export const sectionHeadingCss = String.raw`/*
 * <folio-section-heading>: its light-DOM styles. src/folio.css @imports this
 * file, so a page that links folio.css styles the headings before any script
 * runs; the element adopts the same rules (section-heading-css.ts, generated
 * from this file by scripts/inline-css.mjs) when a page lacks folio.css.
 *
 * The host has the heading's final box and typography before upgrade, and the
 * number of a numbered heading is its ::before until the <hN> takes it over.
 * Everything is in @layer folio: any unlayered rule of the site wins.
 */
@layer folio {
  /* folio-section-heading: start */
  @counter-style folio-fullwidth-decimal {
    system: numeric;
    symbols: "０" "１" "２" "３" "４" "５" "６" "７" "８" "９";
  }
  @counter-style folio-circled-decimal {
    system: fixed;
    symbols: "①" "②" "③" "④" "⑤" "⑥" "⑦" "⑧" "⑨" "⑩" "⑪" "⑫" "⑬" "⑭" "⑮" "⑯" "⑰" "⑱" "⑲" "⑳";
    fallback: decimal;
  }

  folio-section-heading {
    display: block;
    position: relative;
    /* Room at the end of every line for the copy button, so it never covers or pushes the text. */
    padding-inline-end: max(1.75em, 28px);
    margin-block: 1.75em 0.75em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.35;
    text-wrap: balance;
    /* A heading restarts the numbering of the levels below it. */
    counter-set: folio-heading-3 0 folio-heading-4 0 folio-heading-5 0 folio-heading-6 0;
  }
  folio-section-heading:lang(zh),
  folio-section-heading:lang(ja),
  folio-section-heading:lang(ko) {
    line-height: 1.5;
  }
  folio-section-heading:is(:not(:defined)[level~="3"], :state(level-3)) {
    margin-block: 1.5em 0.6em;
    font-size: 1.2em;
    counter-set: folio-heading-4 0 folio-heading-5 0 folio-heading-6 0;
  }
  folio-section-heading:is(:not(:defined)[level~="4"], :state(level-4)) {
    margin-block: 1.5em 0.5em;
    font-size: 1.1em;
    counter-set: folio-heading-5 0 folio-heading-6 0;
  }
  folio-section-heading:is(:not(:defined)[level~="5"], :state(level-5)) {
    margin-block: 1.25em 0.5em;
    font-size: 1em;
    counter-set: folio-heading-6 0;
  }
  folio-section-heading:is(:not(:defined):is([level~="6"], [level~="7"], [level~="8"], [level~="9"]), :state(level-6)) {
    margin-block: 1.25em 0.5em;
    font-size: 1em;
    font-weight: 600;
    counter-set: none;
  }

  /*
   * Numbering: CSS counters, so adding or removing a heading renumbers the rest
   * with no script. Each article counts its own headings, wrapped in sections or
   * not (zero specificity: a counter-reset of the site's or the article's wins).
   * Outside an article a counter starts at the first numbered heading and runs
   * on through the rest of its parent, in document order.
   */
  :where(folio-article) {
    counter-reset: folio-heading-2 folio-heading-3 folio-heading-4 folio-heading-5 folio-heading-6;
  }
  folio-section-heading[numbered] {
    counter-increment: folio-heading-2;
  }
  folio-section-heading[numbered]:is(:not(:defined)[level~="3"], :state(level-3)) {
    counter-increment: folio-heading-3;
  }
  folio-section-heading[numbered]:is(:not(:defined)[level~="4"], :state(level-4)) {
    counter-increment: folio-heading-4;
  }
  folio-section-heading[numbered]:is(:not(:defined)[level~="5"], :state(level-5)) {
    counter-increment: folio-heading-5;
  }
  folio-section-heading[numbered]:is(:not(:defined):is([level~="6"], [level~="7"], [level~="8"], [level~="9"]), :state(level-6)) {
    counter-increment: folio-heading-6;
  }

  /* After upgrade the element sets the number's format from its locale table on the heading. */
  folio-section-heading[numbered] > .folio-section-heading__heading::before {
    content: var(--_folio-heading-number, none);
  }

  /*
   * Before upgrade the number is the host's ::before, in the format of the built-in
   * locale that :lang() picks (the tables in src/locales/section-heading.ts).
   */
  folio-section-heading[numbered]:not(:defined)::before {
    content: counter(folio-heading-2, decimal) ". ";
  }
  folio-section-heading[numbered]:not(:defined)[level~="3"]::before {
    content: counter(folio-heading-2, decimal) "." counter(folio-heading-3, decimal) " ";
  }
  folio-section-heading[numbered]:not(:defined)[level~="4"]::before {
    content: counter(folio-heading-2, decimal) "." counter(folio-heading-3, decimal) "." counter(folio-heading-4, decimal) " ";
  }
  folio-section-heading[numbered]:not(:defined)[level~="5"]::before {
    content: counter(folio-heading-2, decimal) "." counter(folio-heading-3, decimal) "." counter(folio-heading-4, decimal) "." counter(folio-heading-5, decimal) " ";
  }
  folio-section-heading[numbered]:not(:defined):is([level~="6"], [level~="7"], [level~="8"], [level~="9"])::before {
    content: counter(folio-heading-2, decimal) "." counter(folio-heading-3, decimal) "." counter(folio-heading-4, decimal) "." counter(folio-heading-5, decimal) "." counter(folio-heading-6, decimal) " ";
  }
  folio-section-heading[numbered]:not(:defined):lang(zh)::before {
    content: counter(folio-heading-2, simp-chinese-informal) "、";
  }
  folio-section-heading[numbered]:not(:defined):lang(zh)[level~="3"]::before {
    content: "（" counter(folio-heading-3, simp-chinese-informal) "）";
  }
  folio-section-heading[numbered]:not(:defined):lang(zh)[level~="4"]::before {
    content: counter(folio-heading-4, decimal) ".";
  }
  folio-section-heading[numbered]:not(:defined):lang(zh)[level~="5"]::before {
    content: "（" counter(folio-heading-5, decimal) "）";
  }
  folio-section-heading[numbered]:not(:defined):lang(zh):is([level~="6"], [level~="7"], [level~="8"], [level~="9"])::before {
    content: counter(folio-heading-6, folio-circled-decimal);
  }
  folio-section-heading[numbered]:not(:defined):is(:lang(zh-TW), :lang(zh-HK), :lang(zh-MO), :lang(zh-Hant))::before {
    content: counter(folio-heading-2, trad-chinese-informal) "、";
  }
  folio-section-heading[numbered]:not(:defined):is(:lang(zh-TW), :lang(zh-HK), :lang(zh-MO), :lang(zh-Hant))[level~="3"]::before {
    content: "（" counter(folio-heading-3, trad-chinese-informal) "）";
  }
  folio-section-heading[numbered]:not(:defined):is(:lang(zh-TW), :lang(zh-HK), :lang(zh-MO), :lang(zh-Hant))[level~="4"]::before {
    content: counter(folio-heading-4, decimal) "、";
  }
  folio-section-heading[numbered]:not(:defined):is(:lang(zh-TW), :lang(zh-HK), :lang(zh-MO), :lang(zh-Hant))[level~="5"]::before {
    content: "（" counter(folio-heading-5, decimal) "）";
  }
  folio-section-heading[numbered]:not(:defined):is(:lang(zh-TW), :lang(zh-HK), :lang(zh-MO), :lang(zh-Hant)):is([level~="6"], [level~="7"], [level~="8"], [level~="9"])::before {
    content: counter(folio-heading-6, cjk-heavenly-stem) "、";
  }
  folio-section-heading[numbered]:not(:defined):lang(ja)::before {
    content: counter(folio-heading-2, folio-fullwidth-decimal) "．";
  }
  folio-section-heading[numbered]:not(:defined):lang(ja)[level~="3"]::before {
    content: "（" counter(folio-heading-3, folio-fullwidth-decimal) "）";
  }
  folio-section-heading[numbered]:not(:defined):lang(ja)[level~="4"]::before {
    content: counter(folio-heading-4, folio-circled-decimal);
  }
  folio-section-heading[numbered]:not(:defined):lang(ja)[level~="5"]::before {
    content: counter(folio-heading-5, katakana) "．";
  }
  folio-section-heading[numbered]:not(:defined):lang(ja):is([level~="6"], [level~="7"], [level~="8"], [level~="9"])::before {
    content: "（" counter(folio-heading-6, katakana) "）";
  }

  /* The real <hN> inherits the host's typography (a site's own h2 rules still win over this layer). */
  folio-section-heading > .folio-section-heading__heading {
    margin: 0;
    padding: 0;
    font: inherit;
    letter-spacing: inherit;
    color: inherit;
    text-wrap: inherit;
    scroll-margin-block-start: var(--folio-scroll-margin, 1em);
  }

  folio-section-heading:state(light) { color-scheme: light; }
  folio-section-heading:state(dark) { color-scheme: dark; }
  folio-section-heading:state(auto) { color-scheme: light dark; }

  /* The copy-link button: out of flow, in the room the padding keeps, centred on the first line. */
  folio-section-heading > .folio-section-heading__copy {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
    display: inline-grid;
    place-items: center;
    box-sizing: border-box;
    inline-size: max(1.5em, 24px);
    block-size: max(1lh, 24px);
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: var(--folio-radius, 6px);
    background: transparent;
    color: var(--folio-color-text-muted, light-dark(#59636e, #9198a1));
    font: inherit;
    cursor: pointer;
    /* Shown on hover and focus; always shown on touch screens, which cannot hover. */
    opacity: 0;
    transition: opacity 0.15s;
  }
  folio-section-heading:hover > .folio-section-heading__copy,
  folio-section-heading > .folio-section-heading__copy:focus,
  folio-section-heading > .folio-section-heading__copy[data-copied] {
    opacity: 1;
  }
  @media (hover: none) and (pointer: coarse) {
    folio-section-heading > .folio-section-heading__copy {
      opacity: 1;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    folio-section-heading > .folio-section-heading__copy {
      transition: none;
    }
  }
  folio-section-heading > .folio-section-heading__copy:hover {
    color: var(--folio-color-accent, light-dark(#0b57d0, #79b8ff));
    background: var(--folio-color-surface, light-dark(#f6f8fa, #151b23));
  }
  folio-section-heading > .folio-section-heading__copy:focus-visible {
    outline: var(--folio-focus-ring-width, 2px) solid var(--folio-color-focus, light-dark(#0b57d0, #79b8ff));
    outline-offset: var(--folio-focus-ring-offset, 2px);
  }
  folio-section-heading > .folio-section-heading__copy[data-copied] {
    color: var(--folio-color-success, light-dark(#1a7f37, #56d364));
  }
  folio-section-heading > .folio-section-heading__copy svg {
    inline-size: max(0.8em, 16px);
    block-size: max(0.8em, 16px);
  }
  folio-section-heading > .folio-section-heading__copy .folio-section-heading__done,
  folio-section-heading > .folio-section-heading__copy[data-copied] .folio-section-heading__link {
    display: none;
  }
  folio-section-heading > .folio-section-heading__copy[data-copied] .folio-section-heading__done {
    display: block;
  }

  /* Shown only when the browser refused to copy: the link, selected, to copy by hand. */
  folio-section-heading > .folio-section-heading__link-field {
    position: absolute;
    z-index: 1;
    inset-block-start: 100%;
    inset-inline-end: 0;
    box-sizing: border-box;
    inline-size: min(100%, 36rem);
    margin: var(--folio-space-xs, 0.25rem) 0 0;
    padding: var(--folio-space-xs, 0.25rem) var(--folio-space-s, 0.5rem);
    border: 1px solid var(--folio-color-border, light-dark(#d1d9e0, #3d444d));
    border-radius: var(--folio-radius, 6px);
    background: var(--folio-color-background, light-dark(#ffffff, #0d1117));
    color: var(--folio-color-text, light-dark(#1f2328, #e6edf3));
    font: 400 0.875rem/1.5 var(--folio-font-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
  }
  folio-section-heading > .folio-section-heading__link-field:focus-visible {
    outline: var(--folio-focus-ring-width, 2px) solid var(--folio-color-focus, light-dark(#0b57d0, #79b8ff));
    outline-offset: var(--folio-focus-ring-offset, 2px);
  }

  /* The polite announcement: read by screen readers, never seen. */
  folio-section-heading > .folio-section-heading__status {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media print {
    folio-section-heading > :is(.folio-section-heading__copy, .folio-section-heading__link-field) {
      display: none;
    }
  }
  /* folio-section-heading: end */
}
`;

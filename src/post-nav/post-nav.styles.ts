import { css } from 'lit';

/*
 * Kept in step with the folio-post-nav section of src/folio.css, which gives
 * the not-yet-defined tag (and its no-JS fallback paragraphs) this same box:
 * the border and padding of <nav>, the padding of each side and a first line
 * of 0.875em × 1.5. Change one, change the other (test/post-nav/upgrade.test.ts
 * measures both).
 */
export const postNavStyles = css`
  :host {
    display: block;
    max-inline-size: var(--_folio-measure);
    color: var(--_folio-color-text);
    font-family: var(--_folio-font-body);
  }
  :host([hidden]) {
    display: none;
  }

  nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_folio-space-s) var(--_folio-space-m);
    padding-block: var(--_folio-space-s);
    border-block: var(--folio-post-nav-border, 1px solid var(--_folio-color-border));
    line-height: 1.5;
  }

  /* Two sides share a row while each gets its minimum width, else they stack. */
  .side {
    flex: 1 1 var(--folio-post-nav-side-min-size, 16rem);
    min-inline-size: 0;
    display: flex;
    align-items: flex-start;
    gap: var(--_folio-space-s);
    padding: var(--_folio-space-s);
    border-radius: var(--_folio-radius);
    color: inherit;
    text-decoration: none;
  }
  /* Next stays on the end side, also when it is alone or the sides have stacked. */
  .next {
    flex-direction: row-reverse;
    text-align: end;
  }
  a.side:hover {
    background: var(--_folio-color-surface);
  }
  a.side:hover .title {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .arrow {
    flex: none;
    display: grid;
    place-items: center;
    /* As tall as the first line, so the arrow sits beside the label. */
    block-size: calc(0.875em * 1.5);
  }
  .arrow,
  a .title {
    color: var(--_folio-color-accent);
  }
  .arrow svg {
    inline-size: 1.125em;
    block-size: 1.125em;
  }
  /* The glyph points where its side is: mirrored in right-to-left pages. */
  [dir='rtl'] .arrow svg {
    transform: scaleX(-1);
  }

  /* Label and date on the first line, the title below; the DOM order (label, title, date) is the reading order. */
  .text {
    flex: 1 1 auto;
    min-inline-size: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_folio-space-s);
  }
  .next .text {
    justify-content: flex-end;
  }
  .label,
  .date {
    font-size: 0.875em;
  }
  .label {
    font-weight: 600;
  }
  .date {
    color: var(--_folio-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .title {
    order: 1;
    flex: 1 0 100%;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--folio-post-nav-title-lines, 2);
    line-clamp: var(--folio-post-nav-title-lines, 2);
    overflow: hidden;
    overflow-wrap: anywhere;
    /* Even lines: an end-aligned title otherwise leaves one character alone on its last line. */
    text-wrap: balance;
    font-family: var(--_folio-font-heading);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    a.side:hover {
      outline: 1px solid LinkText;
    }
  }
`;

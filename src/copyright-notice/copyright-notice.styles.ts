import { css } from 'lit';

/*
 * Kept in step with the folio-copyright-notice section of src/folio.css: the
 * host's font size and line height, and one line plus one gap per line above
 * and below the disclaimer, are what the preflight reserves before upgrade.
 * Own lines have no margins of their own but a gap after (or before) them.
 * The disclaimer's first and last children lose their outer margins (as
 * folio.css does in the light DOM), so the gaps are the lines' alone; and
 * without a disclaimer the gap above the report line and the one below the
 * copyright lines collapse into one: no empty line between them.
 */
export const copyrightNoticeStyles = css`
  :host {
    display: block;
    max-inline-size: var(--_folio-measure);
    font-size: 0.875em;
    line-height: 1.75;
    color: var(--_folio-color-text-muted);
  }
  :host([hidden]) {
    display: none;
  }
  .above {
    margin-block: 0 var(--_folio-space-s);
  }
  ::slotted(:first-child) {
    margin-block-start: 0;
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
  [part~='report'] {
    margin-block: var(--_folio-space-s) 0;
  }
  [part~='report']:focus {
    outline: none;
  }
  a,
  button {
    color: var(--_folio-color-accent);
    text-underline-offset: 0.2em;
  }
  a {
    overflow-wrap: anywhere;
  }
  /* A button that reads as part of the sentence: text-sized, link-coloured, no box that would heighten the line. */
  button {
    font: inherit; /* line height included */
    letter-spacing: inherit;
    background: none;
    border: 0;
    border-radius: 2px;
    padding: 0;
    margin: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  a:hover,
  button:hover {
    text-decoration-thickness: 2px;
  }
  .code {
    white-space: nowrap;
  }
`;

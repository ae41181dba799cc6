import { css } from 'lit';

/*
 * Kept in step with the folio-reactions section of src/folio.css, which gives
 * the not-yet-defined tag this box: one row of buttons 2em + 2px high
 * (a 1.5 line, 0.25em padding above and below, a 1px border).
 */
export const reactionsStyles = css`
  :host {
    display: block;
    max-inline-size: var(--_folio-measure);
    color: var(--_folio-color-text);
    font-family: var(--_folio-font-body);
  }
  :host([hidden]) {
    display: none;
  }
  [part~='group'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_folio-space-s);
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    margin: 0;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_folio-color-border);
    border-radius: var(--_folio-radius);
    background: none;
    color: inherit;
    font: inherit;
    line-height: 1.5;
    cursor: pointer;
  }
  button:hover {
    background: var(--_folio-color-surface);
  }
  [part~='pressed'] {
    color: var(--folio-reactions-pressed-color, var(--_folio-color-accent));
    border-color: currentColor;
  }
  svg {
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [part~='pressed'] svg {
    fill: currentColor;
    fill-opacity: 0.25;
  }
  [part~='count'] {
    min-inline-size: var(--folio-reactions-count-min-size, 5ch);
    font-variant-numeric: tabular-nums;
  }
  [part~='status'] {
    color: var(--_folio-color-text-muted);
    font-size: 0.875em;
  }
  [part~='status']:empty {
    display: none;
  }
  @media (forced-colors: active) {
    [part~='pressed'] {
      border-width: 2px;
      padding: calc(0.25em - 1px) calc(0.75em - 1px);
    }
  }
`;

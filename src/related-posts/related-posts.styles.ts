import { css } from 'lit';

/*
 * Sizes are in em of the host (and the spacing tokens), with fixed line
 * heights, so that the skeleton, the result and the preflight box in
 * src/folio.css add up to the same height. Change them together.
 */
export const relatedPostsStyles = css`
  :host {
    display: block;
    max-inline-size: var(--_folio-measure);
    container-type: inline-size;
    line-height: 1.5;
    color: var(--_folio-color-text);
    font-family: var(--_folio-font-body);
  }
  :host([hide-empty]:state(empty)),
  :host([hidden]) {
    display: none;
  }

  .heading {
    margin: 0 0 var(--_folio-space-s);
    font-family: var(--_folio-font-heading);
    font-size: 1.25em;
    line-height: 1.4;
    font-weight: 600;
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  a {
    color: var(--_folio-color-accent);
    text-decoration: none;
    border-radius: 2px;
  }
  a:hover .title {
    text-decoration: underline;
  }

  .date {
    display: block;
    color: var(--_folio-color-text-muted);
    font-size: 0.875em;
  }

  /* list: title and date, one row per post */
  .list > li {
    padding-block: var(--_folio-space-s);
    border-block-end: 1px solid var(--_folio-color-border);
  }
  .title {
    display: block;
  }

  /* compact: titles only */
  .compact > li {
    padding-block: var(--_folio-space-xs);
  }
  .compact a {
    display: block;
    inline-size: fit-content;
    max-inline-size: 100%;
  }
  /* One line each; the full title is the link's tooltip and is read in full by screen readers. */
  .compact .title {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .status {
    margin: 0;
    color: var(--_folio-color-text-muted);
  }
  .status.error {
    color: var(--_folio-color-danger);
  }
`;

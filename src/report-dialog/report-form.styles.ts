import { css } from 'lit';

/** The form's styles, adopted into the dialog's shadow root when the form has loaded (after the shell's). */
export const formStyles = css`
  .intro,
  .hint,
  .counter,
  .page {
    color: var(--_folio-color-text-muted);
  }
  .hint,
  .counter,
  .error,
  .page {
    font-size: 0.875rem;
  }
  .restored {
    color: var(--_folio-color-success);
    font-size: 0.875rem;
  }

  .page {
    margin: 0 0 var(--_folio-space-m);
    padding: var(--_folio-space-s) var(--_folio-space-m);
    background: var(--_folio-color-surface);
    border-radius: var(--_folio-radius);
  }
  .page dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_folio-space-s);
    margin: 0;
  }
  .page dd {
    margin: 0;
    min-inline-size: 0;
    color: var(--_folio-color-text);
  }
  .page .url {
    overflow-wrap: anywhere;
    font-family: var(--_folio-font-mono);
    font-size: 0.8125rem;
  }

  fieldset.group {
    margin: 0 0 var(--_folio-space-m);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_folio-space-xs);
    font-weight: 600;
  }
  fieldset.claim {
    padding: var(--_folio-space-m);
    border: 1px solid var(--_folio-color-border);
    border-radius: var(--_folio-radius);
  }
  fieldset.claim > legend {
    padding-inline: var(--_folio-space-xs);
  }

  .field {
    display: grid;
    gap: var(--_folio-space-xs);
    margin-block-end: var(--_folio-space-m);
  }
  .field > label {
    font-weight: 600;
  }
  .field > p {
    margin: 0;
  }
  .required {
    margin-inline-start: 0.15em;
    color: var(--_folio-color-danger);
  }

  input[type='text'],
  input[type='email'],
  input[type='url'],
  input[type='tel'],
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    padding: var(--_folio-space-s);
    border: 1px solid var(--_folio-color-border);
    border-radius: var(--_folio-radius);
    background: var(--_folio-color-background);
    color: inherit;
    font: inherit;
  }
  textarea {
    resize: vertical;
    min-block-size: 5rem;
  }
  [aria-invalid='true']:is(input, textarea) {
    border-color: var(--_folio-color-danger);
  }
  input[readonly],
  textarea[readonly] {
    background: var(--_folio-color-surface);
  }

  .radio,
  .check {
    display: flex;
    align-items: flex-start;
    gap: var(--_folio-space-s);
    padding-block: var(--_folio-space-xs);
  }
  .check {
    flex-wrap: wrap;
  }
  .check > label {
    flex: 1 1 0;
    min-inline-size: 0;
  }
  .check > .error {
    flex-basis: 100%;
    margin: 0;
    padding-inline-start: calc(1.125rem + var(--_folio-space-s));
  }
  .radio input,
  .check input {
    flex: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0.2em 0 0;
    accent-color: var(--_folio-color-accent);
  }

  .counter {
    justify-self: end;
    font-variant-numeric: tabular-nums;
  }
  .counter.over,
  .error {
    color: var(--_folio-color-danger);
  }
  .error {
    font-weight: 600;
  }
  .warning {
    color: var(--_folio-color-text);
  }

  .files {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .files li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_folio-space-s);
    align-items: baseline;
    font-size: 0.875rem;
  }

  .notice:is(.error, .info) {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_folio-space-s);
    margin-block: var(--_folio-space-m);
    padding: var(--_folio-space-s) var(--_folio-space-m);
    border-radius: var(--_folio-radius);
    border: 1px solid currentColor;
  }
  .notice p {
    margin: 0;
    flex: 1 1 16rem;
  }
  .notice.error {
    color: var(--_folio-color-danger);
  }
  .notice.info {
    color: var(--_folio-color-text);
    border-color: var(--_folio-color-border);
  }

  button.primary {
    border: 1px solid var(--_folio-color-accent);
    background: var(--_folio-color-accent);
    color: var(--_folio-color-on-accent);
  }
  button[aria-disabled='true'] {
    opacity: 0.75;
    cursor: progress;
  }
  button.link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_folio-color-accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }

  /* Focused when the report is accepted: its ring (keyboard readers) goes around the words, not the dialog's width. */
  .success h3 {
    inline-size: fit-content;
    margin: 0 0 var(--_folio-space-s);
    color: var(--_folio-color-success);
    font-size: 1.125rem;
  }
  .success h3:focus {
    outline: none;
  }
  .success h3:focus-visible {
    outline: var(--_folio-focus-ring-width) solid var(--_folio-color-focus);
    outline-offset: var(--_folio-focus-ring-offset);
  }
  .reference code {
    font-family: var(--_folio-font-mono);
    font-size: 1rem;
    user-select: all;
  }

  .visually-hidden,
  .honeypot {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .honeypot {
    inset-inline-start: -10000px;
  }`;

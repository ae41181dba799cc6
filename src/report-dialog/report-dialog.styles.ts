import { css } from 'lit';

/** The shell's styles: the modal, its header and body, buttons and links (the form brings its own). */
export const styles = css`
  :host {
    /* The dialog lives in the top layer; the host itself takes no room in the page. */
    display: contents;
  }

  /* The header and the scrolling body fill the dialog: a click that lands on the <dialog> itself came from the backdrop. */
  dialog {
    flex-direction: column;
    box-sizing: border-box;
    inline-size: min(40rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--_folio-color-border);
    border-radius: calc(var(--_folio-radius) * 2);
    background: var(--_folio-color-background);
    color: var(--_folio-color-text);
    font-family: var(--_folio-font-body);
    font-size: 1rem;
    line-height: 1.6;
    box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.3);
    overflow: hidden;
    overscroll-behavior: contain;
    opacity: 0;
    transform: translateY(0.5rem);
    transition:
      opacity 0.15s ease-out,
      transform 0.15s ease-out,
      overlay 0.15s allow-discrete,
      display 0.15s allow-discrete;
  }
  dialog[open] {
    display: flex;
    opacity: 1;
    transform: none;
  }
  @starting-style {
    dialog[open] {
      opacity: 0;
      transform: translateY(0.5rem);
    }
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  @media (prefers-reduced-motion: reduce) {
    dialog {
      transition: none;
    }
  }

  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_folio-space-m);
    padding: var(--_folio-space-m) var(--_folio-space-l);
    border-block-end: 1px solid var(--_folio-color-border);
  }
  h2 {
    margin: 0;
    font-family: var(--_folio-font-heading);
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .close {
    display: inline-grid;
    place-items: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    flex: none;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_folio-radius);
    background: none;
    color: var(--_folio-color-text-muted);
    cursor: pointer;
  }
  .close:hover {
    background: var(--_folio-color-surface);
    color: var(--_folio-color-text);
  }

  .body {
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: var(--_folio-space-m) var(--_folio-space-l) var(--_folio-space-l);
  }

  p {
    margin: 0 0 var(--_folio-space-s);
  }
  a {
    color: var(--_folio-color-accent);
  }
  .unavailable {
    color: var(--_folio-color-danger);
    font-weight: 600;
  }

  .actions {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_folio-space-s);
    margin-block-start: var(--_folio-space-m);
  }
  button.primary,
  button.secondary {
    display: inline-flex;
    align-items: center;
    gap: var(--_folio-space-s);
    min-block-size: 2.5rem;
    padding: var(--_folio-space-s) var(--_folio-space-l);
    border-radius: var(--_folio-radius);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button.secondary {
    border: 1px solid currentColor;
    background: var(--_folio-color-background);
    color: inherit;
  }

  /* Narrow screens: the dialog takes the whole screen. */
  @media (max-width: 40rem) {
    dialog {
      inline-size: 100vw;
      max-inline-size: 100vw;
      block-size: 100dvh;
      max-block-size: 100dvh;
      margin: 0;
      border: 0;
      border-radius: 0;
    }
    .body {
      flex: 1;
      padding-inline: var(--_folio-space-m);
    }
    header {
      padding-inline: var(--_folio-space-m);
    }
  }
`;

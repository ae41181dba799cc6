import type { LocaleController } from '../core/locale-controller.js';
import '../locales/section-heading-copy.js';
import { copyText } from './copy-text.js';

/**
 * What the copy button does, in a chunk of its own: a page pays for it only
 * once the browser is idle or a reader first presses a button (see
 * section-heading.ts). It copies, announces the result in the heading's live
 * region and, when every way of copying is refused, shows the link selected
 * in a field to copy by hand.
 */

/** How long "copied" shows on the button and the announcement stays in the live region. */
const COPIED_FOR_MS = 2500;

export class LinkCopier {
  /** The field that shows the link when copying was refused; kept for the next refusal. */
  field?: HTMLInputElement;
  private timer?: ReturnType<typeof setTimeout>;
  private button?: HTMLButtonElement;

  constructor(private readonly localize: LocaleController) {}

  /** Copies `url`; resolves true when it is on the clipboard. */
  async copy(url: string, button: HTMLButtonElement, status: HTMLElement): Promise<boolean> {
    this.button = button;
    const copied = await copyText(url, button.ownerDocument);
    if (copied) {
      this.hideField();
      button.toggleAttribute('data-copied', true);
    } else {
      this.showField(url);
    }
    this.announce(status, this.localize.term(copied ? 'headingLinkCopied' : 'headingCopyFailed'));
    return copied;
  }

  /** Names the field in the current language (after `lang` changed). */
  relabel(): void {
    this.field?.setAttribute('aria-label', this.localize.term('headingLinkField'));
  }

  /** The element left the page: no timer outlives it. */
  stop(): void {
    clearTimeout(this.timer);
  }

  /**
   * Live regions announce changes, so the message is written into the
   * (already present) region, and cleared again so the same message can be
   * announced next time and does not linger in find-in-page or reader mode.
   */
  private announce(status: HTMLElement, message: string): void {
    clearTimeout(this.timer);
    status.textContent = message;
    this.timer = setTimeout(() => {
      status.textContent = '';
      this.button?.removeAttribute('data-copied');
    }, COPIED_FOR_MS);
  }

  private showField(url: string): void {
    if (!this.field) {
      const field = this.button!.ownerDocument.createElement('input');
      field.type = 'text';
      field.readOnly = true;
      field.className = 'folio-section-heading__link-field';
      field.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        this.hideField();
        this.button?.focus();
      });
      // Removing the field blurs it: hide on the next microtask, not inside that removal.
      field.addEventListener('blur', () => queueMicrotask(() => this.hideField()));
      this.field = field;
      this.relabel();
    }
    this.field.value = url;
    this.button!.after(this.field);
    this.field.focus();
    this.field.select();
  }

  private hideField(): void {
    if (this.field?.isConnected) this.field.remove();
  }
}

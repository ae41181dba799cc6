// A minimal element that uses the shared controllers the way every tag does,
// so the core can be tested without depending on any one tag.
import { LitElement, css, html } from 'lit';
import { LocaleController } from '../../src/core/locale-controller.js';
import { ThemeController, themeStyles } from '../../src/core/theme.js';

export class FolioProbe extends LitElement {
  static override styles = [
    themeStyles,
    css`span { color: var(--_folio-color-text); font-family: var(--_folio-font-body); }`,
  ];
  readonly localize = new LocaleController(this);
  readonly theme = new ThemeController(this);
  renders = 0;

  override render() {
    this.renders++;
    return html`<span>${this.localize.term('retry')}</span>`;
  }

  /** The rendered text. */
  get text(): string {
    return this.shadowRoot!.querySelector('span')!.textContent ?? '';
  }
}
customElements.define('folio-probe', FolioProbe);

declare global {
  interface HTMLElementTagNameMap {
    'folio-probe': FolioProbe;
  }
}

/** Lets MutationObserver callbacks run and the resulting Lit update finish. */
export async function settle(el: LitElement): Promise<void> {
  await Promise.resolve();
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

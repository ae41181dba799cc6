import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LitElement, css, html } from 'lit';
import { ThemeController, themeStyles } from '../src/core/theme.js';
import { THEME_TOKENS } from '../src/core/tokens.js';

/**
 * Renders every token inside a shadow root, as our widgets see them: switch
 * the toolbar theme to compare light and dark values.
 */
class FolioTokenTable extends LitElement {
  static override styles = [
    themeStyles,
    css`
      :host { display: block; color: var(--_folio-color-text); font-family: var(--_folio-font-body); }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: start; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--_folio-color-border); vertical-align: middle; }
      code { font-family: var(--_folio-font-mono); font-size: 0.85em; }
      .swatch { display: inline-block; inline-size: 2.5rem; block-size: 1.5rem; border: 1px solid var(--_folio-color-border); border-radius: var(--_folio-radius); }
      /* A length as long as the column (--folio-measure, 40rem) would stretch the table past the page: the bar stops at 10rem; the Default column says the value. */
      .swatch { max-inline-size: 10rem; }
    `,
  ];
  readonly theme = new ThemeController(this);

  override render() {
    return html`<table>
      <caption>--folio-* design tokens</caption>
      <thead><tr><th scope="col">Property</th><th scope="col">Sample</th><th scope="col">Default</th><th scope="col">Use</th></tr></thead>
      <tbody>
        ${THEME_TOKENS.map(
          (token) => html`<tr>
            <td><code>${token.name}</code></td>
            <td>${sample(token.name)}</td>
            <td><code>${token.value}</code></td>
            <td>${token.description}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

function sample(name: string) {
  const own = `var(--_${name.slice(2)})`;
  if (name.includes('color')) return html`<span class="swatch" style="background:${own}"></span>`;
  if (name.includes('font')) return html`<span style="font-family:${own}">Aa 汉字 かな</span>`;
  return html`<span class="swatch" style="inline-size:${own}; background: var(--_folio-color-accent)"></span>`;
}
customElements.define('folio-token-table', FolioTokenTable);

const meta: Meta = {
  title: 'Foundations/Theme tokens',
  render: () => html`<folio-token-table></folio-token-table>`,
};
export default meta;

export const Light: StoryObj = { globals: { theme: 'light' } };
export const Dark: StoryObj = { globals: { theme: 'dark' } };
/** Follows the toolbar. */
export const FromToolbar: StoryObj = {};

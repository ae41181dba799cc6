import { css, unsafeCSS, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { closestAttribute, watchContext } from './context-watch.js';
import { internals } from './internals.js';
import { CJK_FONT_LANGS, CJK_FONTS, TOKEN_DEFAULTS } from './token-defaults.js';

type Host = ReactiveControllerHost & HTMLElement;
export type Theme = 'light' | 'dark' | 'auto';

/**
 * Applies the theme chosen by the nearest `data-folio-theme` ancestor
 * (`light`, `dark` or `auto` = the reader's system setting) as a custom state
 * on the host, `:state(light)` / `:state(dark)` / `:state(auto)`. Without any
 * such ancestor the element follows the page's own `color-scheme`, so a
 * light-only site never gets dark widgets.
 */
export class ThemeController implements ReactiveController {
  theme: Theme | undefined;
  private stop?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.apply();
    this.stop = watchContext(this.host, () => this.apply());
  }

  hostDisconnected(): void {
    this.stop?.();
  }

  private apply(): void {
    const value = closestAttribute(this.host, 'data-folio-theme');
    const theme = value === 'light' || value === 'dark' || value === 'auto' ? value : undefined;
    if (theme === this.theme) return;
    const states = internals(this.host).states;
    if (this.theme) states.delete(this.theme);
    if (theme) states.add(theme);
    this.theme = theme;
  }
}

/**
 * The design tokens for shadow-DOM widgets. Every `--folio-*` property a site
 * sets on any ancestor wins; otherwise the built-in light or dark value applies
 * through `light-dark()`, which follows the host's `color-scheme`. Components
 * read the private `--_folio-*` copies. (The light DOM gets the same copies
 * from src/core/tokens.css, generated from the same table.)
 */
export const themeStyles = css`
  :host {
    ${unsafeCSS(
      Object.entries(TOKEN_DEFAULTS)
        .map(([name, value]) => `--_folio-${name}: var(--folio-${name}, ${value});`)
        .join(''),
    )}
  }
  :host(:state(light)) { color-scheme: light; }
  :host(:state(dark)) { color-scheme: dark; }
  :host(:state(auto)) { color-scheme: light dark; }
  ${unsafeCSS(
    (['TC', 'JP'] as const)
      .map((script) => {
        const hosts = CJK_FONT_LANGS[script].map((lang) => `:host(:lang(${lang}))`).join(', ');
        return `${hosts} { --_folio-font-cjk: var(--folio-font-cjk, ${CJK_FONTS[script]}); }`;
      })
      .join('\n'),
  )}
`;

/** A visible focus ring for every interactive part, the same in all tags. */
export const focusRing = css`
  :focus-visible {
    outline: var(--_folio-focus-ring-width) solid var(--_folio-color-focus);
    outline-offset: var(--_folio-focus-ring-offset);
  }
`;

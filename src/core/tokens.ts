/**
 * The `--folio-*` design tokens: one list, from which the shadow-DOM defaults
 * (theme.ts), the light-DOM defaults and the Storybook theming page are made.
 * Colour values use light-dark() so one declaration serves both schemes.
 * Contrast: every text colour meets WCAG AA (4.5:1) on the background of its scheme.
 */
export interface ThemeToken {
  name: `--folio-${string}`;
  value: string;
  description: string;
}

const SANS_LATIN = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial';

export const THEME_TOKENS: ThemeToken[] = [
  { name: '--folio-color-text', value: 'light-dark(#1f2328, #e6edf3)', description: 'Body text.' },
  { name: '--folio-color-text-muted', value: 'light-dark(#59636e, #9198a1)', description: 'Secondary text: dates, counts, captions.' },
  { name: '--folio-color-background', value: 'light-dark(#ffffff, #0d1117)', description: 'Background of dialogs and cards.' },
  { name: '--folio-color-surface', value: 'light-dark(#f6f8fa, #151b23)', description: 'Background of raised or hovered areas.' },
  { name: '--folio-color-border', value: 'light-dark(#d1d9e0, #3d444d)', description: 'Borders and separators.' },
  { name: '--folio-color-accent', value: 'light-dark(#0b57d0, #79b8ff)', description: 'Links and primary buttons.' },
  { name: '--folio-color-on-accent', value: 'light-dark(#ffffff, #0d1117)', description: 'Text on the accent colour.' },
  { name: '--folio-color-danger', value: 'light-dark(#b3261e, #ff8a80)', description: 'Errors.' },
  { name: '--folio-color-success', value: 'light-dark(#1a7f37, #56d364)', description: 'Confirmations.' },
  { name: '--folio-color-focus', value: 'light-dark(#0b57d0, #79b8ff)', description: 'The focus ring.' },
  { name: '--folio-font-cjk', value: '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC"', description: 'CJK fonts, chosen by `lang` (SC, TC or JP glyphs) unless set.' },
  { name: '--folio-font-body', value: `${SANS_LATIN}, var(--_folio-font-cjk), sans-serif`, description: 'Text of widgets; Latin first, then CJK fonts for the page language.' },
  { name: '--folio-font-heading', value: 'var(--_folio-font-body)', description: 'Headings of widgets.' },
  { name: '--folio-font-mono', value: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', description: 'Reference numbers and code.' },
  { name: '--folio-space-xs', value: '0.25rem', description: 'Smallest gap.' },
  { name: '--folio-space-s', value: '0.5rem', description: 'Small gap.' },
  { name: '--folio-space-m', value: '1rem', description: 'Default gap.' },
  { name: '--folio-space-l', value: '1.5rem', description: 'Large gap.' },
  { name: '--folio-space-xl', value: '2.5rem', description: 'Gap between page sections.' },
  { name: '--folio-radius', value: '6px', description: 'Corner radius of cards, inputs and buttons.' },
  { name: '--folio-focus-ring-width', value: '2px', description: 'Width of the focus ring.' },
  { name: '--folio-focus-ring-offset', value: '2px', description: 'Gap between an element and its focus ring.' },
];

import { TOKEN_DEFAULTS } from './token-defaults.js';

/**
 * The `--folio-*` design tokens, described: for themes that list or edit them
 * and for the Storybook theming page (`folio-elements/tokens`). Widgets read
 * the values from token-defaults.ts, which pages download without these texts.
 */
export interface ThemeToken {
  name: `--folio-${string}`;
  value: string;
  description: string;
}

const DESCRIPTIONS: Record<keyof typeof TOKEN_DEFAULTS, string> = {
  'color-text': 'Body text.',
  'color-text-muted': 'Secondary text: dates, counts, captions.',
  'color-background': 'Background of dialogs and cards.',
  'color-surface': 'Background of raised or hovered areas.',
  'color-border': 'Borders and separators.',
  'color-accent': 'Links and primary buttons.',
  'color-on-accent': 'Text on the accent colour.',
  'color-danger': 'Errors.',
  'color-success': 'Confirmations.',
  'color-focus': 'The focus ring.',
  'font-cjk': 'CJK fonts, chosen by `lang` (SC, TC or JP glyphs) unless set.',
  'font-body': 'Text of widgets; Latin first, then CJK fonts for the page language.',
  'font-heading': 'Headings of widgets.',
  'font-mono': 'Reference numbers and code.',
  'space-xs': 'Smallest gap.',
  'space-s': 'Small gap.',
  'space-m': 'Default gap.',
  'space-l': 'Large gap.',
  'space-xl': 'Gap between page sections.',
  measure:
    'The line length of the article column: the text and the notice, post nav and related posts after it, so their edges line up.',
  radius: 'Corner radius of cards, inputs and buttons.',
  'focus-ring-width': 'Width of the focus ring.',
  'focus-ring-offset': 'Gap between an element and its focus ring.',
};

export const THEME_TOKENS: ThemeToken[] = Object.entries(TOKEN_DEFAULTS).map(([name, value]) => ({
  name: `--folio-${name}`,
  value,
  description: DESCRIPTIONS[name as keyof typeof TOKEN_DEFAULTS],
}));

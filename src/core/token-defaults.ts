/** The CJK part of the font stack by writing system: glyph shapes differ between SC, TC and JP. */
export const CJK_FONTS = {
  SC: '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC"',
  TC: '"PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC", "Noto Sans TC", "Source Han Sans TC"',
  JP: '"Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic", Meiryo, "Noto Sans CJK JP", "Noto Sans JP"',
};

/** The `lang` values that read the TC or JP stack (every other one reads SC): for the widgets' styles (theme.ts) and the light DOM's (tokens.css). */
export const CJK_FONT_LANGS = { TC: ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant'], JP: ['ja'] } as const;

const SANS_LATIN = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial';

/**
 * The built-in value of every `--folio-*` design token, by name without the
 * `--folio-` prefix: what widgets fall back to when a site sets none. Colour
 * values use light-dark(), so one declaration serves both schemes. Contrast:
 * every text colour meets WCAG AA (4.5:1) on the background of its scheme.
 * The described list for themes and docs is THEME_TOKENS (tokens.ts); this
 * one is what pages download, so it carries values only. The light DOM's
 * copy, src/core/tokens.css, is generated from it (scripts/inline-css.mjs).
 */
export const TOKEN_DEFAULTS = {
  'color-text': 'light-dark(#1f2328, #e6edf3)',
  'color-text-muted': 'light-dark(#59636e, #9198a1)',
  'color-background': 'light-dark(#ffffff, #0d1117)',
  'color-surface': 'light-dark(#f6f8fa, #151b23)',
  'color-border': 'light-dark(#d1d9e0, #3d444d)',
  'color-accent': 'light-dark(#0b57d0, #79b8ff)',
  'color-on-accent': 'light-dark(#ffffff, #0d1117)',
  'color-danger': 'light-dark(#b3261e, #ff8a80)',
  'color-success': 'light-dark(#1a7f37, #56d364)',
  'color-focus': 'light-dark(#0b57d0, #79b8ff)',
  'font-cjk': CJK_FONTS.SC,
  'font-body': `${SANS_LATIN}, var(--_folio-font-cjk), sans-serif`,
  'font-heading': 'var(--_folio-font-body)',
  'font-mono': 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  'space-xs': '0.25rem',
  'space-s': '0.5rem',
  'space-m': '1rem',
  'space-l': '1.5rem',
  'space-xl': '2.5rem',
  measure: '40rem',
  radius: '6px',
  'focus-ring-width': '2px',
  'focus-ring-offset': '2px',
} as const;

/**
 * Media conditions a test cannot switch in every engine. Chromium's DevTools
 * protocol can emulate `prefers-color-scheme`, `prefers-reduced-motion` and
 * print; Firefox over WebDriver BiDi and WebKit over WebDriver cannot, so the
 * suite works with what all three share:
 *
 * - colour scheme: the page's own `color-scheme` and `data-folio-theme`,
 *   which the tags honour; where a tag defers to the reader's system setting
 *   (`color-scheme: light dark`), the expected colour is read from
 *   `matchMedia`, whichever the browser prefers;
 * - motion: waiting for transitions to end instead of turning them off;
 * - print: the library's own `@media print` rules applied to the screen.
 */

/** The colour scheme the browser prefers (its system setting), which a tag in `auto` follows. */
export function systemScheme(): 'light' | 'dark' {
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Waits until every CSS transition and finite animation on the page, shadow trees included, has ended. */
export async function animationsDone(): Promise<void> {
  // A frame first, so that a style change made just before has started its transition.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const running = document
    .getAnimations()
    .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
    .map((a) => a.finished.catch(() => undefined));
  await Promise.all(running);
}

function* mediaRules(rules: CSSRuleList): Generator<CSSMediaRule> {
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule) yield rule;
    if (rule instanceof CSSImportRule && rule.styleSheet) yield* mediaRules(rule.styleSheet.cssRules);
    else if ('cssRules' in rule) yield* mediaRules((rule as CSSGroupingRule).cssRules);
  }
}

/**
 * Applies the document's `@media print` rules (in linked sheets, their
 * @imports and layers) to the screen as well, until the returned function is
 * called: what folio.css prints, checked with getComputedStyle.
 */
export function printRulesOnScreen(): () => void {
  const changed: Array<[CSSMediaRule, string]> = [];
  for (const sheet of document.styleSheets) {
    for (const rule of mediaRules(sheet.cssRules)) {
      if (rule.media.mediaText !== 'print') continue;
      changed.push([rule, rule.media.mediaText]);
      rule.media.mediaText = 'all';
    }
  }
  if (!changed.length) throw new Error('no @media print rule found: is folio.css linked?');
  return () => {
    for (const [rule, text] of changed) rule.media.mediaText = text;
  };
}

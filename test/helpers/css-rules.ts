import { expect } from '@open-wc/testing';

/**
 * The rules a stylesheet text holds, as the browser reads them. The inlined
 * copies of article.css and section-heading.css are minified, so they are
 * compared with their source file rule by rule, not character by character.
 */
export function cssRulesOf(text: string): string {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  // Declarations holding var() keep their tokens as written, where the minifier wrote `.25rem` for
  // `0.25rem`, "a",b for 'a', b, and one space where Prettier broke a long value over lines: those
  // spellings are read the same way, so they are made alike. So are an @font-face family name
  // quoted and bare: Firefox keeps the spelling as written, where Chromium adds the quotes.
  return [...sheet.cssRules]
    .map((rule) =>
      rule.cssText
        .replace(/(?<![\w.])\.(?=\d)/g, '0.')
        .replace(/'/g, '"')
        .replace(/(@font-face \{[^}]*font-family: )"([^"]+)"/g, '$1$2')
        .replace(/\s+/g, ' ')
        .replace(/,\s+/g, ',')
        .replace(/\(\s+/g, '(')
        .replace(/\s+\)/g, ')'),
    )
    .join('\n');
}

/** Fails with the text around the first difference, not two walls of CSS. */
export function expectSameRules(actual: string, expected: string): void {
  const a = cssRulesOf(actual);
  const b = cssRulesOf(expected);
  expect(b).to.not.equal('');
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  expect(a.slice(Math.max(0, at - 80), at + 80), 'from the first difference on').to.equal(
    b.slice(Math.max(0, at - 80), at + 80),
  );
}

/** The text of the stylesheet at `url` with its @imports put in place, as a bundler (and so an inlined copy) has them. */
export async function cssWithImports(url: URL): Promise<string> {
  const text = await (await fetch(url)).text();
  const imports = [...text.matchAll(/@import url\('([^']+)'\);/g)];
  let out = text;
  for (const [statement, path] of imports) out = out.replace(statement, await cssWithImports(new URL(path!, url)));
  return out;
}

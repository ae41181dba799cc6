// Storybook as a designer uses it: `npm run storybook` (the development
// server, where Lit, React and Vite print their development warnings, and
// where two copies of a dependency can appear), every entry of its index
// opened in Chromium.
//
// - Every story and docs page leaves a clean console: no error, no warning,
//   no uncaught exception, except the warnings a bad-input story produces on
//   purpose, which it declares in `parameters.expectedConsole` (each one must
//   then appear, so a declaration cannot go stale).
// - Every control of every story changes what is rendered: the story's DOM
//   (shadow roots included, the tags' own attributes not counted, since a
//   control always writes those) or its pixels. A control that cannot show
//   anything (a timeout, a prefetch hint on hover) is declared, with the
//   reason, in `parameters.controlsWithoutRendering`.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../bench/support/browser.js';
import { inPage } from './in-page.js';
import { recordFrame, storyProbe, type EntryReport } from './storybook-probe.js';
import { startStorybook, type IndexEntry, type StorybookServer } from './storybook-server.js';

let storybook: StorybookServer;
let browser: Browser;

before(
  async () => {
    storybook = await startStorybook();
    browser = await launchChromium();
  },
  { timeout: 180_000 },
);

after(async () => {
  await browser?.close();
  storybook?.stop();
});

/**
 * Shows one entry in Storybook's preview frame and reports what it logged and what its controls did.
 * The frame loads once and switches entries as the sidebar does: reloading it for each of about a
 * hundred entries would fetch Storybook's modules from the development server a hundred times.
 */
async function open(page: Page, entry: IndexEntry): Promise<EntryReport> {
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  if (page.url() === 'about:blank')
    await page.goto(`${storybook.origin}/iframe.html?id=${entry.id}&viewMode=${viewMode}`);
  return page.evaluate(inPage(storyProbe, { id: entry.id, viewMode })) as Promise<EntryReport>;
}

describe('Storybook (npm run storybook)', () => {
  const reports = new Map<string, EntryReport & { title: string; kind: IndexEntry['type'] }>();

  test('opens every story and docs page, checking each control', { timeout: 1_500_000 }, async () => {
    const all = await storybook.entries();
    assert.ok(all.length > 50, `the index lists the stories (${all.length})`);
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.addInitScript(inPage(recordFrame));
    for (const entry of all)
      reports.set(`${entry.title} / ${entry.name}`, {
        ...(await open(page, entry)),
        title: entry.title,
        kind: entry.type,
      });
    await page.close();
    const totals = { entries: reports.size, errors: 0, warnings: 0, controls: 0 };
    for (const r of reports.values()) {
      totals.errors += r.console.filter((l) => !l.startsWith('console.warning')).length;
      totals.warnings += r.console.filter((l) => l.startsWith('console.warning')).length;
      totals.controls += r.controls.length;
    }
    // The figures a reviewer compares between runs.
    console.log(`storybook: ${JSON.stringify(totals)}`);
    for (const [name, r] of reports) if (r.controls.length) console.log(`  ${name}: ${r.controls.length} controls`);
  });

  test('every entry renders, and logs nothing but the warnings its story declares', () => {
    const problems: string[] = [];
    for (const [name, r] of reports) {
      if (r.failure) problems.push(`${name}: ${r.failure}`);
      // A docs page shows its component's stories: the warnings any of them declares may appear there.
      const docs = r.kind === 'docs';
      const sources = docs
        ? [...reports].filter(([, s]) => s.title === r.title).flatMap(([, s]) => s.expectedConsole)
        : r.expectedConsole;
      const expected = sources.map((source) => new RegExp(source));
      for (const line of r.console)
        if (!expected.some((e) => e.test(line))) problems.push(`${name}: unexpected ${line}`);
      if (!docs)
        for (const e of expected)
          if (!r.console.some((line) => e.test(line))) problems.push(`${name}: declared but not logged: ${e.source}`);
    }
    assert.ok(reports.size > 0, 'the entries were opened');
    assert.deepEqual(problems, []);
  });

  test('every control changes what the story renders', () => {
    const problems: string[] = [];
    for (const [name, r] of reports)
      for (const control of r.controls)
        if (!control.changed && !control.exempt)
          problems.push(`${name}: control "${control.name}" (${control.type}) changed nothing`);
    assert.deepEqual(problems, []);
  });

  test('one control per attribute: no property listed beside its attribute', () => {
    const problems: string[] = [];
    for (const [name, r] of reports) {
      const names = r.controls.map((c) => c.name);
      const camel = new Set(names.filter((n) => /[A-Z]/.test(n)));
      for (const n of names)
        if (n.includes('-') && camel.has(n.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())))
          problems.push(`${name}: both ${n} and its property`);
    }
    assert.deepEqual(problems, []);
  });
});

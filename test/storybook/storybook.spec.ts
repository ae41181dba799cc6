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
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../bench/support/browser.js';
import { root } from '../node/packaging-build.js';
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
  await storybook?.stop();
});

/** The entry shown, for the messages the browser logs itself (a failed request), which no script sees. */
let current = '';
const network = new Map<string, Array<{ at: number; line: string }>>();

/**
 * Shows one entry in Storybook's preview frame and reports what it logged and what its controls did.
 * The frame loads once and switches entries as the sidebar does (reloading it for each of over a
 * hundred entries would start Storybook a hundred times).
 */
async function open(page: Page, entry: IndexEntry): Promise<EntryReport> {
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  current = entry.id;
  // axe (the a11y panel's automatic run) is left to test/stories, which fails on any violation: here it
  // would double the time of every render.
  if (page.url() === 'about:blank')
    await page.goto(`${storybook.origin}/iframe.html?id=${entry.id}&viewMode=${viewMode}&globals=a11y.manual:!true`);
  return page.evaluate(inPage(storyProbe, { id: entry.id, viewMode })) as Promise<EntryReport>;
}

describe('Storybook (npm run storybook)', () => {
  const reports = new Map<string, EntryReport & { title: string; kind: IndexEntry['type'] }>();

  test('opens every story and docs page, checking each control', { timeout: 1_500_000 }, async () => {
    const started = Date.now();
    const all = await storybook.entries();
    assert.ok(all.length > 50, `the index lists the stories (${all.length})`);
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.addInitScript(inPage(recordFrame));
    page.on('console', (message) => {
      if (!/^Failed to load resource/.test(message.text())) return;
      const line = `console.${message.type()}: ${message.text()} ${message.location().url}`;
      network.set(current, [...(network.get(current) ?? []), { at: Date.now(), line }]);
    });
    for (const entry of all) {
      const t0 = Date.now();
      const report = await open(page, entry);
      reports.set(`${entry.title} / ${entry.name}`, {
        ...report,
        // Failed requests while the entry rendered (not those of a control's made-up URL).
        console: [
          ...report.console,
          ...(network.get(entry.id) ?? []).filter((n) => n.at < (report.controlsFrom ?? Infinity)).map((n) => n.line),
        ],
        title: entry.title,
        kind: entry.type,
      });
      if (process.env.STORYBOOK_TIMES) console.log(`${Date.now() - t0} ms ${entry.id}`);
    }
    await page.close();
    const totals = {
      entries: reports.size,
      stories: [...reports.values()].filter((r) => r.kind === 'story').length,
      errors: 0,
      warnings: 0,
      controls: 0,
      changed: 0,
      declaredWithoutRendering: 0,
      hiddenByStories: 0,
      notBackAfterReset: 0,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    for (const r of reports.values()) {
      totals.errors += r.console.filter((l) => !l.startsWith('console.warning')).length;
      totals.warnings += r.console.filter((l) => l.startsWith('console.warning')).length;
      totals.controls += r.controls.length;
      totals.changed += r.controls.filter((c) => c.changed).length;
      totals.declaredWithoutRendering += r.controls.filter((c) => c.exempt).length;
      totals.hiddenByStories += r.hidden ?? 0;
      totals.notBackAfterReset += r.controls.filter((c) => c.unrestored).length;
    }
    // The figures a reviewer compares between runs, and every entry's report for a closer look.
    console.log(`storybook: ${JSON.stringify(totals)}`);
    mkdirSync(join(root, '.tmp'), { recursive: true });
    writeFileSync(join(root, '.tmp/storybook-report.json'), JSON.stringify(Object.fromEntries(reports), null, 1));
    for (const [name, r] of reports)
      for (const c of r.controls) if (c.exempt) console.log(`  declared: ${name}: ${c.name}: ${c.exempt}`);
    for (const [name, r] of reports)
      for (const c of r.controls)
        if (c.unrestored) console.log(`  not as before after its reset (informative): ${name}: ${c.name}`);
  });

  test('every entry renders, and logs nothing but the warnings its story declares', () => {
    const problems: string[] = [];
    for (const [name, r] of reports) {
      if (r.failure) problems.push(`${name}: ${r.failure}`);
      for (const line of r.controlErrors ?? []) problems.push(`${name}: while changing its controls: ${line}`);
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
    assert.equal(problems.length, 0, `${problems.length} problems:\n${problems.join('\n')}`);
  });

  test('every control changes what the story renders', () => {
    const problems: string[] = [];
    for (const [name, r] of reports)
      for (const control of r.controls)
        if (!control.changed && !control.exempt)
          problems.push(`${name}: control "${control.name}" (${control.type}) changed nothing`);
        else if (control.changed && control.exempt)
          // A stale declaration would hide the control if it stopped working again.
          problems.push(`${name}: control "${control.name}" is declared to show nothing, but changed the rendering`);
    assert.equal(problems.length, 0, `${problems.length} problems:\n${problems.join('\n')}`);
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

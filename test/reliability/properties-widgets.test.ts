/**
 * Property-based tests of the shadow-DOM widgets' attributes: post-nav,
 * copyright-notice and report-dialog, each given arbitrary Unicode, huge,
 * empty and malformed values, set and removed over a few updates. For every
 * case: no uncaught exception or unhandled rejection, a rendering that still
 * shows what the page wrote, only safe links, and at most one warning per
 * attribute, each naming an attribute the case set.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/copyright-notice/define.js';
import '../../src/post-nav/define.js';
import '../../src/report-dialog/define.js';
import {
  SAFE_URLS,
  anyText,
  emailText,
  isoDate,
  langValue,
  licenseCode,
  numberText,
  timeZone,
  unicodeText,
  urlText,
  visibleText,
  yearText,
} from './support/props-arbitraries.js';
import {
  PageWatch,
  applyStep,
  attributeSteps,
  checkLinksSafe,
  checkNoErrors,
  checkProperty,
  checkWarnings,
  eventually,
  settle,
  stage,
  type AttributeStep,
} from './support/props-harness.js';

const trimmed = (el: Element, name: string) => el.getAttribute(name)?.trim() || undefined;

/** Mounts `tag`, applies each step and checks the element after each one. */
async function runSteps(tag: string, watch: PageWatch, steps: AttributeStep[], check: (el: HTMLElement) => void | Promise<void>): Promise<void> {
  watch.reset();
  const { host, dispose } = stage();
  const touched = new Set<string>();
  try {
    const el = document.createElement(tag);
    applyStep(el, steps[0]!, touched);
    host.append(el);
    for (let i = 0; ; ) {
      await settle(el);
      checkNoErrors(watch);
      await check(el);
      checkWarnings(tag, watch.warnings, (name) => touched.has(name));
      if (++i >= steps.length) break;
      applyStep(el, steps[i]!, touched);
    }
  } finally {
    dispose();
  }
}

describe('property: widget attributes', function () {
  this.timeout(60_000);
  const watch = new PageWatch();
  beforeEach(() => watch.install());
  afterEach(() => watch.uninstall());

  it('<folio-post-nav> shows every side it is given, links only safe URLs and warns once per attribute', async () => {
    const steps = attributeSteps({
      'prev-href': anyText(urlText),
      'prev-title': anyText(visibleText),
      'prev-date': anyText(isoDate),
      'next-href': anyText(urlText),
      'next-title': anyText(visibleText),
      'next-date': anyText(isoDate),
      'time-zone': anyText(timeZone),
      lang: langValue,
    }, { booleans: ['keyboard', 'prefetch'] });
    await checkProperty('post-nav attributes', steps, (s) =>
      runSteps('folio-post-nav', watch, s, (el) => {
        const root = el.shadowRoot!;
        checkLinksSafe(root);
        for (const side of ['prev', 'next']) {
          const href = trimmed(el, `${side}-href`);
          const title = trimmed(el, `${side}-title`);
          const date = trimmed(el, `${side}-date`);
          const shown = root.querySelector(`[part~="side"][part~="${side}"]`);
          if (!href && !title && !date) {
            expect(shown, `${side} side without data`).to.equal(null);
            continue;
          }
          expect(shown, `${side} side`).to.exist;
          expect(shown!.querySelector('[part="label"]')!.textContent!.trim(), `${side} label`).not.to.equal('');
          if (title) expect(shown!.querySelector('[part="title"]')?.textContent, `${side} title`).to.equal(title);
          if (date) expect(shown!.querySelector('[part="date"]')?.textContent?.trim(), `${side} date`).not.to.equal('');
          if (href && SAFE_URLS.includes(el.getAttribute(`${side}-href`)!)) {
            expect(shown!.localName, `${side} with a safe href`).to.equal('a');
            expect(shown!.getAttribute('rel')).to.equal(side);
          }
        }
      }),
    { numRuns: 60 });
  });

  it('<folio-copyright-notice> always states the copyright with a year and keeps the holder and notice', async () => {
    const steps = attributeSteps({
      holder: anyText(visibleText),
      'year-start': anyText(yearText),
      'year-end': anyText(yearText),
      license: anyText(licenseCode),
      'reprint-notice': anyText(visibleText),
      'report-email': anyText(emailText),
      'report-dialog': anyText(fc.constantFrom('report', 'missing-dialog', '#report', 'a b')),
      lang: langValue,
    });
    const thisYear = new Date().getFullYear();
    await checkProperty('copyright-notice attributes', steps, (s) =>
      runSteps('folio-copyright-notice', watch, s, (el) => {
        const root = el.shadowRoot!;
        checkLinksSafe(root);
        const copyright = root.querySelector('[part="copyright"]')?.textContent ?? '';
        expect(copyright, 'the copyright line has a year').to.match(/\d{4}/);
        const holder = trimmed(el, 'holder');
        if (holder) expect(copyright, 'the holder').to.contain(holder);
        const end = trimmed(el, 'year-end');
        if (end && /^\d{4}$/.test(end) && Number(end) >= 1000 && Number(end) <= thisYear) expect(copyright, 'year-end').to.contain(end);
        const reprint = trimmed(el, 'reprint-notice');
        if (reprint) expect(root.querySelector('[part="reprint"]')?.textContent, 'the reprint notice').to.equal(reprint);
        else expect(root.querySelector('[part="reprint"]')).to.equal(null);
        const license = el.getAttribute('license')?.trim().toLowerCase().replace(/[\s_]+/g, '-');
        if (license && license !== 'all-rights-reserved') {
          expect(root.querySelector('[part="license"]')?.textContent?.trim(), 'a licence line').not.to.equal('');
        }
        const email = el.getAttribute('report-email');
        if (email === 'report@example.com' || email === 'mailto:report@example.com') {
          expect(root.querySelector<HTMLAnchorElement>('[part="report-link"]')?.href, 'the report e-mail link').to.match(/^mailto:report@example\.com/);
        }
      }),
    { numRuns: 60 });
  });

  it('<folio-report-dialog> renders its dialog, opens on `open` and offers every valid reason it is given', async () => {
    const validReason = fc.constantFrom('copyright', 'illegal', 'spam:Spam or ads', 'ads:广告', 'x-1:Ｘ');
    const reasons = fc
      .array(fc.oneof(validReason, unicodeText, fc.constantFrom('', 'Spam', 'spam:', ':label', '-x:y', 'copyright:版权')), { maxLength: 6 })
      .map((entries) => entries.join(','));
    const steps = attributeSteps({
      action: anyText(urlText),
      email: anyText(emailText),
      reasons: anyText(reasons),
      'page-url': anyText(urlText),
      'page-title': anyText(visibleText),
      'csrf-token': anyText(unicodeText),
      timeout: numberText,
      'min-fill-time': numberText,
      lang: langValue,
    }, { booleans: ['open'], maxSteps: 2 });
    await checkProperty('report-dialog attributes', steps, (s) =>
      runSteps('folio-report-dialog', watch, s, async (el) => {
        const root = el.shadowRoot!;
        const dialog = root.querySelector('dialog');
        expect(dialog, 'a <dialog>').to.exist;
        expect(dialog!.open, 'open follows the attribute').to.equal(el.hasAttribute('open'));
        checkLinksSafe(root);
        if (!el.hasAttribute('open')) return;
        const radios = () => [...root.querySelectorAll<HTMLInputElement>('input[name="reason"]')];
        expect(await eventually(() => radios().length > 0), 'reasons are offered').to.equal(true);
        const written = (el.getAttribute('reasons') ?? '').split(',').map((entry) => entry.split(':')[0]!.trim());
        const offered = radios().map((r) => r.value);
        for (const code of ['copyright', 'illegal', 'spam', 'ads', 'x-1']) {
          if (written.includes(code)) expect(offered, `reason ${code}`).to.include(code);
        }
      }),
    { numRuns: 30 });
  });
});

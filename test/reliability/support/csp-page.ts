/**
 * Opens the strict-CSP page of test/routes/csp.ts in a frame of its own and
 * reads what its recorder saw: violations, uncaught errors and the Trusted
 * Types policies the code created.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.js';
import { TAGS } from '../lifecycle-tags.js';

export interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  source: string;
  target: string;
}

export interface CspRecord {
  violations: Violation[];
  errors: string[];
  policies: string[];
}

export type CspWindow = Window & typeof globalThis & { __csp: CspRecord; __cspCmsDone?: boolean; __cspPwned?: boolean };

export interface CspPage {
  frame: HTMLIFrameElement;
  win: CspWindow;
  doc: Document;
  /** The Content-Security-Policy header the page was sent with. */
  policy: string;
}

type Upgraded = HTMLElement & { updateComplete?: Promise<unknown> };

/** The page from src/ or dist/, its tags defined and updated, the CMS script's properties applied and sanitized. */
export async function openCspPage(entry: 'src' | 'dist', session: string): Promise<CspPage> {
  const url = `/test-api/csp/page?entry=${entry}&session=${session}`;
  const policy = (await fetch(url)).headers.get('content-security-policy') ?? '';
  expect(policy, 'the page is sent with a strict policy').to.match(/script-src 'self'/);
  expect(policy).to.match(/require-trusted-types-for 'script'/);
  expect(policy).not.to.contain('unsafe-inline');

  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CspWindow;
  const doc = frame.contentDocument!;
  expect(win.__csp, 'the recorder ran first').to.exist;
  await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  await Promise.all([...doc.querySelectorAll<Upgraded>(TAGS.join(','))].map((el) => el.updateComplete));
  await waitUntil(() => win.__cspCmsDone, 'the CMS script set html and blocks', { timeout: 10_000 });
  // `html` is sanitized by a lazily loaded DOMPurify: wait for its result in the page.
  await waitUntil(
    () => doc.querySelector('#cms-html em') && doc.querySelector('#cms-blocks blockquote'),
    'the CMS bodies rendered',
    { timeout: 10_000 },
  );
  return { frame, win, doc, policy };
}

/** Text of a shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

/**
 * No violation, no uncaught error, every tag defined, and only the policies
 * the header allows, each created once. Failures print what was recorded.
 */
export function cleanRecord(page: CspPage, tagCount: number): void {
  const { violations, errors, policies } = page.win.__csp;
  expect(violations, `CSP violations:\n${JSON.stringify(violations, null, 2)}`).to.deep.equal([]);
  expect(errors, `uncaught errors:\n${errors.join('\n')}`).to.deep.equal([]);
  const allowed = /trusted-types ([^;]*)/.exec(page.policy)?.[1]?.trim().split(/\s+/) ?? [];
  expect(
    policies.filter((name) => !allowed.includes(name)),
    'policies created beyond the allowed',
  ).to.deep.equal([]);
  expect(new Set(policies).size, `each policy created once: ${policies.join(', ')}`).to.equal(policies.length);
  expect(
    TAGS.filter((tag) => page.win.customElements.get(tag)),
    'every tag defined',
  ).to.have.length(tagCount);
}

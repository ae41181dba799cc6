import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { seed } from '../fixtures/seed-article.js';
import { FolioReportDialog } from '../src/report-dialog/define.js';
import { LazyPart } from '../src/core/lazy-part.js';
import { draftKey } from '../src/report-dialog/draft.js';
import type { ReportSubmitDetail } from '../src/report-dialog/report-dialog.js';
// The same form driver as the tests: a story fills the form exactly as a reader (and the tests) would.
import { chooseReason, fill, fillValidClaim, submitButton } from '../test/report-dialog/form.js';

interface Args {
  action?: string;
  email?: string;
  reasons?: string;
  open?: boolean;
  'csrf-token'?: string;
  timeout?: number;
  'page-url': string;
  'page-title'?: string;
  'min-fill-time'?: number;
  /** Story only: how the host answers `folio-report-submit`. */
  host?: 'pending' | 'success' | 'failure';
}

/**
 * The host-handled path (`folio-report-submit` with `respondWith`) with a
 * promise the story controls: the network states are real, and the same on
 * every run.
 */
function hostAnswer(mode: Args['host']) {
  return (event: Event) => {
    const { respondWith } = (event as CustomEvent<ReportSubmitDetail>).detail;
    if (mode === 'pending') respondWith(new Promise(() => {}));
    if (mode === 'success') respondWith(Promise.resolve({ id: 'R-2023-0601-1040' }));
    if (mode === 'failure') respondWith(Promise.reject(new Error('The CMS answered 503')));
  };
}

const render = (args: Args) => html`<button
    type="button"
    @click=${(e: Event) => ((e.target as HTMLElement).nextElementSibling as FolioReportDialog).show()}
  >
    举报 / Report
  </button>
  <folio-report-dialog
    action=${ifDefined(args.action)}
    email=${ifDefined(args.email)}
    reasons=${ifDefined(args.reasons)}
    ?open=${args.open}
    csrf-token=${ifDefined(args['csrf-token'])}
    timeout=${ifDefined(args.timeout)}
    page-url=${args['page-url']}
    page-title=${ifDefined(args['page-title'])}
    min-fill-time=${ifDefined(args['min-fill-time'])}
    @folio-report-submit=${args.host ? hostAnswer(args.host) : undefined}
  ></folio-report-dialog>`;

const dialogIn = (canvas: HTMLElement) => canvas.querySelector('folio-report-dialog')!;

async function open(canvas: HTMLElement): Promise<FolioReportDialog> {
  const el = dialogIn(canvas);
  await el.show();
  return el;
}

async function submit(el: FolioReportDialog): Promise<void> {
  submitButton(el).click();
  await el.updateComplete;
}

/** Drafts persist per page in sessionStorage; every story starts from an empty one, the same on every run. */
const emptyDraft = async ({ args }: { args: Args }) => {
  sessionStorage.removeItem(draftKey(args['page-url']));
  return {};
};

/** Opens the dialog, fills in a complete report and sends it: the network stories differ only in the answer. */
async function sendFilledReport({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = await open(canvasElement);
  await fillValidClaim(el);
  await submit(el);
}

const meta: Meta<Args> = {
  title: 'Tags/folio-report-dialog',
  component: 'folio-report-dialog',
  render,
  args: { 'page-url': 'https://www.example.gov.cn/news/1040.html', 'page-title': seed.title, 'min-fill-time': 0 },
  // Stories open the dialog: each renders in its own frame in the docs (one modal dialog per page).
  parameters: {
    docs: { story: { inline: false, height: '760px' } },
    // What the story test (test/storybook/storybook.spec.ts) may not see change, and why.
    controlsWithoutRendering: {
      action: 'Where a report is sent: used when one is submitted, never shown.',
      email: 'The mailto fallback, used only when sending fails.',
      'csrf-token': 'Sent with a report, never shown.',
      timeout: 'How long sending may take: used when a report is submitted.',
      'min-fill-time': 'Reports filled in faster are refused when submitted; nothing to see before.',
    },
    // Most stories open the dialog in their play function: the test closes it.
    controlTestValues: { reasons: 'copyright, spam:Spam or ads, other', open: false },
  },
  loaders: [emptyDraft],
};
export default meta;
type Story = StoryObj<Args>;

/** Closed, with the page's own opener button: press it (focus returns to it on closing). Without `action`, `email` or a host, sending says reporting is not configured. */
export const Closed: Story = {
  parameters: { controlTestValues: { open: true } },
};

/** Open, for the seed article: the reported page is filled in and shown; focus is on the first field. */
export const Open: Story = {
  tags: ['screenshot'],
  play: async ({ canvasElement }) => void (await open(canvasElement)),
};

/** The copyright reason brings the notice-and-takedown fields (DMCA §512(c)(3), 《信息网络传播权保护条例》 art. 14). */
export const ReasonCopyright: Story = {
  play: async ({ canvasElement }) => chooseReason(await open(canvasElement), 'copyright'),
};

export const ReasonIllegal: Story = {
  play: async ({ canvasElement }) => chooseReason(await open(canvasElement), 'illegal'),
};

export const ReasonMisinformation: Story = {
  play: async ({ canvasElement }) => chooseReason(await open(canvasElement), 'misinformation'),
};

export const ReasonOther: Story = {
  play: async ({ canvasElement }) => chooseReason(await open(canvasElement), 'other'),
};

/** A site's own reasons: `reasons="illegal, spam:垃圾广告, copyright, other"`. */
export const CustomReasons: Story = {
  args: { reasons: 'illegal, spam:垃圾广告, copyright, other' },
  play: async ({ canvasElement }) => void (await open(canvasElement)),
};

/** Sent empty as a copyright claim: every error next to its field, a summary read out, focus on the first invalid field. */
export const ValidationErrors: Story = {
  tags: ['screenshot'],
  play: async ({ canvasElement }) => {
    const el = await open(canvasElement);
    await chooseReason(el, 'copyright');
    await fill(el, 'contact.email', 'not-an-address');
    await submit(el);
  },
};

/** On its way: the button shows progress and a second press sends nothing (the host's promise never settles here). */
export const Submitting: Story = {
  args: { host: 'pending' },
  play: sendFilledReport,
};

/** Accepted: the reference number the host (or server) answered; the draft is cleared. */
export const Success: Story = {
  args: { host: 'success' },
  parameters: {
    // The story sends a report once, in its play function; a control changed afterwards finds the form gone.
    controlsWithoutRendering: {
      host: 'The host answered this report already; its answer to another shows only when one is sent.',
      reasons: 'After sending, the form (and its reasons) is gone: only the reference number is shown.',
      'page-url': 'Sent with the report; after sending, the form showing it is gone.',
      'page-title': 'Sent with the report; after sending, the form showing it is gone.',
    },
  },
  play: sendFilledReport,
};

/** The host (or server) failed: everything typed is kept, with a retry that reuses the same idempotency key. */
export const ServerError: Story = {
  args: { host: 'failure' },
  parameters: {
    controlsWithoutRendering: {
      host: 'The host failed this report already; its answer to the retry shows only when the retry is pressed.',
    },
  },
  play: sendFilledReport,
};

/** Offline: the endpoint cannot be reached (nothing listens on port 9), a real network failure; the draft is kept. */
export const Offline: Story = {
  // The failed request is the story's point: Chromium logs it (test/storybook/storybook.spec.ts checks it).
  parameters: {
    expectedConsole: ['Failed to load resource: net::ERR_UNSAFE_PORT http://127\\.0\\.0\\.1:9/api/reports'],
  },
  args: { action: 'http://127.0.0.1:9/api/reports' },
  play: async ({ canvasElement }) => {
    const el = await open(canvasElement);
    await chooseReason(el, 'illegal');
    await fill(el, 'description', '这篇文章包含违法信息。');
    await submit(el);
  },
};

/** No endpoint but an address: the reader's mail program opens with the report as the body. */
export const MailtoFallback: Story = {
  args: { email: 'report@example.com' },
  play: async ({ canvasElement }) => {
    const el = await open(canvasElement);
    el.openMailto = () => {}; // the story shows the notice without leaving the page
    await chooseReason(el, 'other');
    await fill(el, 'description', '图片与正文无关。');
    await submit(el);
  },
};

/**
 * The dialog loads its form lazily; here that chunk could not be fetched
 * (offline, a blocked CDN). The dialog still opens, says so, and offers a
 * retry and, with `email`, a mail naming the page. A subclass stands in for
 * the failed request, so the story is the same on every run.
 */
class UnreachableFormDialog extends FolioReportDialog {
  protected static override formPart = new LazyPart<typeof import('../src/report-dialog/report-form.js')>(
    () => Promise.reject(new TypeError('Failed to fetch dynamically imported module (story)')),
    'ReportForm',
  );
}
UnreachableFormDialog.define('story-unreachable-form-report-dialog');

export const FormUnavailable: Story = {
  // Bad input on purpose: these warnings are the story's point (test/storybook/storybook.spec.ts checks them).
  parameters: {
    expectedConsole: ['<story-unreachable-form-report-dialog> form: could not load its code'],
    controlsWithoutRendering: {
      // Here it names the page in the offered mail: its control changes the rendering.
      email: '',
      reasons: 'The form that lists the reasons could not be loaded.',
    },
  },
  args: { email: 'report@example.com' },
  render: (args) => html`<story-unreachable-form-report-dialog
    ?open=${args.open}
    email=${ifDefined(args.email)}
    page-url=${args['page-url']}
    page-title=${ifDefined(args['page-title'])}
  ></story-unreachable-form-report-dialog>`,
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector<FolioReportDialog>('story-unreachable-form-report-dialog')!.show();
  },
};

export const Dark: Story = {
  tags: ['screenshot'],
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => chooseReason(await open(canvasElement), 'copyright'),
};

/** On a phone the dialog takes the whole screen. */
export const Narrow: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => chooseReason(await open(canvasElement), 'copyright'),
};

export const SimplifiedChinese: Story = {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => void (await open(canvasElement)),
};

export const TraditionalChinese: Story = {
  globals: { locale: 'zh-TW' },
  play: async ({ canvasElement }) => void (await open(canvasElement)),
};

export const English: Story = {
  args: { 'page-title': 'Raising education quality through party building' },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => void (await open(canvasElement)),
};

export const Japanese: Story = {
  globals: { locale: 'ja' },
  play: async ({ canvasElement }) => void (await open(canvasElement)),
};

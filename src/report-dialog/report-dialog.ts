import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { REPORT_LIMITS, isEmail, lengthOf, validateReport, type ReportErrorCode, type ReportPayload } from '../server/report-rules.js';
import { defineElement } from '../core/define-element.js';
import { emit } from '../core/events.js';
import { LocaleController } from '../core/locale-controller.js';
import { ThemeController, focusRing, internals, themeStyles } from '../core/theme.js';
import { checkUrl } from '../core/url.js';
import { quote, warn } from '../core/warn.js';
import '../locales/report-dialog.js';
import { attachmentTypeNames, fileProblem, readAttachment } from './attachments.js';
import { DEFAULT_MIN_FILL_TIME, HONEYPOT_NAME, botVerdict, honeypot } from './bot-guard.js';
import { clearDraft, draftKey, emptyDraft, hasContent, loadDraft, saveDraft, type DraftCheckbox, type DraftTextField, type ReportDraft } from './draft.js';
import { errorMessage, failureMessage, fileSize } from './error-messages.js';
import { errorText, fieldId, requiredMark, statementCheckbox, textField, type FieldContext } from './field-templates.js';
import {
  ATTACHMENTS_PATH, CLAIMANT_FIELDS, CONTACT_FIELDS, DESCRIPTION_FIELD, EVIDENCE_FIELD, SIGNATURE_FIELD, STATEMENTS, WORK_FIELDS,
  fieldForPath, fieldOrder, type TextFieldSpec,
} from './fields.js';
import { deepActiveElement, tabbables } from './focus.js';
import { reportMailto } from './mailto.js';
import { buildPayload, currentPage, type ReportedPage } from './payload.js';
import { parseReasons, reasonLabel, type ReasonOption } from './reasons.js';
import { styles } from './report-dialog.styles.js';
import { lockScroll } from './scroll-lock.js';
import { postReport, type SubmitOutcome } from './submit-report.js';
import { afterTransition } from './transition.js';
import type { CloseSource, ReportErrorDetail, ReportSubmitDetail, ReportSuccessDetail } from './report-events.js';

export type { CloseSource, ReportErrorDetail, ReportSubmitDetail, ReportSuccessDetail };

type Phase = 'form' | 'submitting' | 'success';
interface Notice {
  tone: 'error' | 'info';
  text: string;
  /** Offer "Try again": the draft and its idempotency key are unchanged. */
  retry?: boolean;
  /** A mailto link to open again. */
  mailto?: string;
}

const SAVE_DELAY = 300;
const ANNOUNCE_DELAY = 900;

/**
 * A modal dialog in which a reader reports the page as infringing or illegal.
 * The report is never lost: what the reader types is kept in sessionStorage
 * (one draft per page) until a server or the host confirms it, across closing,
 * reopening, reloads, server errors, timeouts and going offline; a retry
 * sends the same `Idempotency-Key`, so the server can drop duplicates.
 *
 * Sending: with `action`, the report is POSTed there as JSON (DESIGN.md,
 * "Report submission protocol"). Before that, `folio-report-submit` lets a
 * host handle it itself. Without `action`, if no host handles it, `email`
 * opens the reader's mail program with the report; with neither, the dialog
 * says that reporting is not configured, and keeps the text.
 *
 * Against bots: an invisible honeypot field (a filled one pretends success and
 * sends nothing) and a minimum fill time (a faster submission is refused with
 * an explanation, never silently).
 *
 * @summary A report dialog that never loses the reader's report.
 * @tag folio-report-dialog
 *
 * @fires folio-report-submit - Before a report is sent; cancelable. `detail: { payload, respondWith(promise) }`: call `respondWith` with a promise of `{ id }` to send it yourself, or cancel the event to take it over silently.
 * @fires folio-report-success - A report was accepted. `detail: { id?, payload }`; `id` is the server's reference number.
 * @fires folio-report-error - A report could not be sent; the draft is kept. `detail: { status?, error, cause? }`, `error` one of invalid, rate-limited, rejected, server-error, network, timeout, host, not-configured.
 * @fires folio-report-close-request - Before the dialog closes at the reader's request; cancelable. `detail: { source }`, `'button' | 'keyboard' | 'overlay'`. Escape cannot always be cancelled: browsers let a second Escape through.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - The title bar with the close button.
 * @csspart title - The dialog's title.
 * @csspart close-button - The close button (×).
 * @csspart body - The scrolling area below the header.
 * @csspart page - The reported page's address and title.
 * @csspart field - Each field: label, control, hint, counter and error.
 * @csspart label - Each field's label.
 * @csspart input - Each text input and text area.
 * @csspart hint - Help text under a field.
 * @csspart counter - The character counter of a field.
 * @csspart error - A field's error message.
 * @csspart claim - The copyright claim fieldset (only for the copyright reason).
 * @csspart notice - The message above the buttons: errors, retry, mailto.
 * @csspart retry-button - "Try again", after a failure.
 * @csspart actions - The row of buttons at the bottom.
 * @csspart submit-button - The send button.
 * @csspart success - The confirmation shown once a report is accepted.
 * @csspart reference - The server's reference number.
 *
 * @cssprop --folio-color-background - The dialog's background.
 * @cssprop --folio-color-text - Text.
 * @cssprop --folio-color-text-muted - Hints, counters and the page line.
 * @cssprop --folio-color-border - Borders of the dialog and fields.
 * @cssprop --folio-color-accent - The send button.
 * @cssprop --folio-color-on-accent - Text on the send button.
 * @cssprop --folio-color-danger - Errors.
 * @cssprop --folio-color-success - The confirmation.
 * @cssprop --folio-color-focus - The focus ring.
 * @cssprop --folio-radius - Corners of the dialog, fields and buttons.
 * @cssprop --folio-font-body - Text of the dialog.
 *
 * @cssstate submitting - A report is on its way.
 * @cssstate success - A report was accepted and its confirmation is shown.
 * @cssstate light - Set by `data-folio-theme="light"` on an ancestor.
 * @cssstate dark - Set by `data-folio-theme="dark"` on an ancestor.
 * @cssstate auto - Set by `data-folio-theme="auto"` on an ancestor.
 */
export class FolioReportDialog extends LitElement {
  /** Registers the class as `tag` (default `folio-report-dialog`) in `registry` (default the global one); harmless if repeated. */
  static define(tag = 'folio-report-dialog', registry?: CustomElementRegistry | null): void {
    defineElement(tag, this, registry);
  }

  static override styles = [themeStyles, focusRing, styles];

  /** Whether the dialog is open. Set it (or the attribute) to open or close; reflects. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** URL to POST the report to as JSON (DESIGN.md, "Report submission protocol"). */
  @property() action?: string;

  /** Address for the mailto fallback, used when there is no `action` and no host handles `folio-report-submit`. */
  @property() email?: string;

  /**
   * The reasons offered, replacing the defaults (copyright, illegal,
   * misinformation, other): comma-separated codes, each optionally with a
   * label after a colon, e.g. `copyright, illegal, spam:Spam or ads, other`.
   * Built-in codes are named in the reader's language unless labelled;
   * `copyright` brings the claim fields. Codes are lower-case kebab-case;
   * labels cannot contain commas.
   */
  @property() reasons?: string;

  /** The reported page's URL; defaults to the document's address without its fragment. */
  @property({ attribute: 'page-url' }) pageUrl?: string;

  /** The reported page's title; defaults to `document.title`. */
  @property({ attribute: 'page-title' }) pageTitle?: string;

  /** Sent as `X-CSRF-Token`; defaults to `<meta name="csrf-token" content>` when the page has one. */
  @property({ attribute: 'csrf-token' }) csrfToken?: string;

  /** Milliseconds to wait for the server before offering a retry. */
  @property({ type: Number }) timeout = 15_000;

  /** Milliseconds a reader takes at least to fill the form; a faster submission is refused as a bot's (see the class description). */
  @property({ type: Number, attribute: 'min-fill-time' }) minFillTime = DEFAULT_MIN_FILL_TIME;

  /** The language the dialog is shown in, following `lang` (its own, an ancestor's or the document's). */
  readonly localize = new LocaleController(this);
  /** The theme from the nearest `data-folio-theme`, else the page's own `color-scheme`. */
  readonly theme = new ThemeController(this);

  @state() private draft: ReportDraft = emptyDraft('');
  @state() private phase: Phase = 'form';
  /** Field path → message shown at that field. */
  @state() private errors: Record<string, string> = {};
  @state() private notice?: Notice;
  @state() private referenceId?: string;
  @state() private attachmentsKept = true;
  @state() private restored = false;
  /** Polite announcement of how much room is left in a field, after typing pauses. */
  @state() private counterAnnouncement = '';

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('form') private form?: HTMLFormElement;

  // Derived in willUpdate from the attributes.
  private reasonOptions: readonly ReasonOption[] = [];
  private waitTime = 15_000;
  private fillTime = DEFAULT_MIN_FILL_TIME;
  private page: ReportedPage = { url: '', title: '' };
  private storageKey = '';

  private opener: HTMLElement | null = null;
  private unlockScroll?: () => void;
  private transition: Promise<void> = Promise.resolve();
  private saveTimer?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private pressedOnBackdrop = false;
  /** Between showModal() and the cleanup of its closing. */
  private shown = false;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.flushDraft);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.flushDraft);
    this.flushDraft();
    clearTimeout(this.announceTimer);
    this.shown = false;
    this.releasePage();
    // Removing the element closed its dialog; a later show() (after a move in the DOM) must open it again.
    this.open = false;
  }

  /** Opens the dialog; resolves once it is shown (after any transition). */
  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
    await this.transition;
  }

  /** Closes the dialog, keeping the draft; resolves once it is hidden. */
  async close(): Promise<void> {
    this.open = false;
    await this.updateComplete;
    await this.transition;
  }

  /**
   * Opens the reader's mail program with the report (the `email` fallback).
   * Override it to open mail another way (or, in tests, to capture the URL).
   */
  openMailto(url: string): void {
    location.href = url;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The confirmation stays until the dialog is closed; the next opening starts a fresh report.
    if (changed.has('open') && this.open && this.phase === 'success') this.resetAfterSuccess();
    if (changed.has('reasons') || this.reasonOptions.length === 0) this.reasonOptions = parseReasons(this, this.reasons);
    if (changed.has('timeout')) this.waitTime = this.milliseconds('timeout', this.timeout, 15_000, false);
    if (changed.has('minFillTime')) this.fillTime = this.milliseconds('min-fill-time', this.minFillTime, DEFAULT_MIN_FILL_TIME, true);
    // The page is read again on opening: a single-page app may have changed its address or title since.
    if (changed.has('pageUrl') || changed.has('pageTitle') || (changed.has('open') && this.open) || this.storageKey === '') {
      this.page = currentPage(this.validPageUrl(), this.pageTitle?.trim() || undefined);
      const key = draftKey(this.page.url);
      if (key !== this.storageKey) {
        this.flushDraft();
        this.storageKey = key;
        this.restoreDraft();
      }
    }
    if (this.draft.reason && !this.reasonOptions.some((o) => o.code === this.draft.reason)) {
      this.draft = { ...this.draft, reason: '' };
    }
    const states = internals(this).states;
    for (const phase of ['submitting', 'success'] as const) {
      if (this.phase === phase) states.add(phase);
      else states.delete(phase);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) this.openDialog();
    else if (!this.open && this.dialog.open) {
      this.dialog.close();
      this.transition = afterTransition(this.dialog);
      this.finishClose();
    }
  }

  // ——— opening and closing ———

  private openDialog(): void {
    if (!this.isConnected) return;
    this.opener = deepActiveElement(this.ownerDocument);
    this.unlockScroll = lockScroll(this.ownerDocument);
    try {
      this.dialog.showModal();
    } catch (error) {
      // e.g. opened inside a popover that is being hidden: fail visibly, not with a half-open dialog
      this.releasePage();
      this.open = false;
      warn(this, 'open', `the dialog could not be opened (${(error as Error).message}).`);
      return;
    }
    this.shown = true;
    this.transition = afterTransition(this.dialog);
    this.focusInitial();
  }

  /**
   * Focus goes to the first field (the reason), not the close button: the
   * heading and description above it stay in view and are read as the
   * dialog's name and description (APG modal dialog pattern). After success,
   * focus goes to the confirmation.
   */
  private focusInitial(): void {
    const root = this.renderRoot as ShadowRoot;
    const target = this.phase === 'success'
      ? root.querySelector<HTMLElement>('#success-heading')
      : tabbables(root.querySelector('form') ?? root)[0];
    target?.focus();
  }

  /**
   * The native close event comes a task after dialog.close(), possibly after
   * the dialog was opened again; so our own close() cleans up at once, and the
   * event only matters when the browser closed the dialog itself (Escape).
   */
  private onDialogClose = (): void => {
    if (!this.dialog.open) this.finishClose();
  };

  /** Puts the page back as it was: draft saved, scroll unlocked, focus on the opener. Runs once per opening. */
  private finishClose(): void {
    if (!this.shown) return;
    this.shown = false;
    this.flushDraft();
    this.releasePage();
    this.open = false;
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }

  private releasePage(): void {
    this.unlockScroll?.();
    this.unlockScroll = undefined;
  }

  private requestClose(source: CloseSource): void {
    if (!emit(this, 'folio-report-close-request', { source }, { cancelable: true })) return;
    void this.close();
  }

  private onCancel = (event: Event): void => {
    // Escape. When the browser lets us, route it through the cancelable request;
    // when it does not (a repeated Escape), it closes and onDialogClose cleans up.
    if (!event.cancelable) return;
    event.preventDefault();
    // Escape while composing Chinese or Japanese text cancels the composition, not the dialog.
    if (this.composing) return;
    this.requestClose('keyboard');
  };

  private composing = false;
  private onComposition = (event: CompositionEvent): void => {
    this.composing = event.type === 'compositionstart';
  };

  private onPointerDown = (event: PointerEvent): void => {
    this.pressedOnBackdrop = event.target === this.dialog;
  };

  /** A click on the backdrop lands on the <dialog> itself: its content fills it entirely. */
  private onDialogClick = (event: MouseEvent): void => {
    const fromBackdrop = event.target === this.dialog && this.pressedOnBackdrop;
    this.pressedOnBackdrop = false;
    if (fromBackdrop) this.requestClose('overlay');
  };

  /** Tab and Shift+Tab wrap inside the dialog instead of leaving for the browser's toolbar. */
  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = tabbables(this.renderRoot as ShadowRoot);
    if (items.length === 0) return;
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (event.shiftKey && (active === first || !items.includes(active as HTMLElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !items.includes(active as HTMLElement))) {
      event.preventDefault();
      first.focus();
    }
  };

  // ——— the draft ———

  private validPageUrl(): string | undefined {
    const value = this.pageUrl?.trim();
    if (!value) return undefined;
    const verdict = checkUrl(value);
    let absolute: URL | undefined;
    try {
      absolute = verdict.safe ? new URL(verdict.url, globalThis.location?.href) : undefined;
    } catch {
      absolute = undefined; // a relative address with no document to resolve it against
    }
    if (!absolute || (absolute.protocol !== 'http:' && absolute.protocol !== 'https:')) {
      warn(this, 'page-url', `${quote(value)} is not an http(s) address; the document's own address is reported instead.`);
      return undefined;
    }
    absolute.hash = '';
    return absolute.href;
  }

  private restoreDraft(): void {
    const stored = this.storageKey ? loadDraft(this.storageKey) : undefined;
    this.draft = stored ?? emptyDraft('');
    this.restored = stored !== undefined && hasContent(stored);
    this.attachmentsKept = true;
    this.errors = {};
    this.notice = undefined;
  }

  private updateDraft(change: Partial<ReportDraft>): void {
    // The bot guard's clock starts with the first thing typed, not with the page load.
    const begun = hasContent(this.draft) ? {} : { startedAt: Date.now() };
    this.draft = { ...this.draft, ...begun, ...change };
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(this.flushDraft, SAVE_DELAY);
  }

  /** Writes the pending draft now (on close, pagehide, disconnect) so a reload right after typing loses nothing. */
  private flushDraft = (): void => {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.storageKey || !hasContent(this.draft)) return;
    const result = saveDraft(this.storageKey, this.draft);
    this.attachmentsKept = result.attachmentsKept || this.draft.attachments.length === 0;
  };

  private resetAfterSuccess(): void {
    this.phase = 'form';
    this.referenceId = undefined;
    this.notice = undefined;
    this.errors = {};
    this.restoreDraft();
  }

  private fieldContext(): FieldContext {
    return {
      localize: this.localize,
      draft: this.draft,
      errors: this.errors,
      busy: this.phase === 'submitting',
      onText: (key, value, spec) => this.onText(key, value, spec),
      onCheck: (key, checked) => this.onCheck(key, checked),
    };
  }

  private onText(key: DraftTextField, value: string, spec: TextFieldSpec): void {
    if (this.phase === 'submitting') return;
    this.updateDraft({ [key]: value } as Partial<ReportDraft>);
    this.clearError(spec.path);
    this.scheduleCounterAnnouncement(spec, value);
  }

  private onCheck(key: DraftCheckbox, checked: boolean): void {
    if (this.phase === 'submitting') return this.requestUpdate(); // live() puts the box back
    this.updateDraft({ [key]: checked });
    this.clearError(STATEMENTS.find((s) => s.key === key)!.path);
  }

  private onReason(code: string): void {
    if (this.phase === 'submitting') return this.requestUpdate();
    this.updateDraft({ reason: code });
    this.clearError('reason');
  }

  private clearError(path: string): void {
    if (!(path in this.errors)) return;
    const { [path]: _, ...rest } = this.errors;
    this.errors = rest;
  }

  /**
   * Screen readers hear how much room is left once typing pauses and the
   * limit is near (or passed), never on every keystroke.
   */
  private scheduleCounterAnnouncement(spec: TextFieldSpec, value: string): void {
    clearTimeout(this.announceTimer);
    if (spec.max === undefined) return;
    const left = spec.max - lengthOf(value);
    if (left > Math.max(20, spec.max * 0.1)) return;
    this.announceTimer = setTimeout(() => {
      this.counterAnnouncement = left >= 0
        ? this.localize.term('reportCharactersLeft', this.localize.number(left))
        : this.localize.term('reportCharactersOver', this.localize.number(-left));
    }, ANNOUNCE_DELAY);
  }

  private async onFiles(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = ''; // choosing the same file again after removing it must fire change again
    let attachments = this.draft.attachments;
    let problem: ReportErrorCode | undefined;
    for (const file of files) {
      const refused = fileProblem(file, attachments.length);
      if (refused) {
        problem ??= refused;
        continue;
      }
      try {
        attachments = [...attachments, await readAttachment(file)];
      } catch {
        problem ??= 'invalid';
      }
    }
    this.updateDraft({ attachments });
    if (problem) this.errors = { ...this.errors, [ATTACHMENTS_PATH]: errorMessage(this.localize, ATTACHMENTS_PATH, problem) };
    else this.clearError(ATTACHMENTS_PATH);
    this.flushDraft(); // now, so the note about attachments not kept shows at once
  }

  private removeAttachment(index: number): void {
    this.updateDraft({ attachments: this.draft.attachments.filter((_, i) => i !== index) });
    this.clearError(ATTACHMENTS_PATH);
    this.flushDraft();
    // The removed button had focus: keep the reader in the same place.
    void this.updateComplete.then(() => (this.renderRoot as ShadowRoot).getElementById(fieldId(ATTACHMENTS_PATH))?.focus());
  }

  // ——— sending ———

  private get reasonCodes(): string[] {
    return this.reasonOptions.map((o) => o.code);
  }

  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.phase !== 'form') return; // a second click while sending sends nothing
    const payload = buildPayload(this.draft, this.page, this.localize.lang);
    const verdict = validateReport(payload, { reasons: this.reasonCodes });
    if (!verdict.ok) {
      this.showFieldErrors(verdict.errors, {});
      return;
    }
    const honeypot = (this.renderRoot as ShadowRoot).querySelector<HTMLInputElement>(`input[name=${HONEYPOT_NAME}]`)?.value ?? '';
    const bot = botVerdict(honeypot, this.draft.startedAt, this.fillTime);
    if (bot === 'honeypot') return this.pretendSuccess();
    if (bot === 'too-fast') {
      this.notice = { tone: 'error', text: this.localize.term('reportTooFast') };
      return;
    }
    this.flushDraft();
    this.phase = 'submitting';
    this.notice = undefined;
    await this.deliver(verdict.report);
  };

  /** Host first (the event), then `action`, then the mailto fallback, else "not configured". */
  private async deliver(payload: ReportPayload): Promise<void> {
    let answer: Promise<unknown> | undefined;
    const detail: ReportSubmitDetail = {
      payload,
      respondWith: (value) => {
        answer = Promise.resolve(value);
      },
    };
    const proceed = emit(this, 'folio-report-submit', detail, { cancelable: true });
    if (answer || !proceed) {
      try {
        const result = await answer;
        const id = typeof result === 'object' && result !== null && 'id' in result && result.id != null ? String(result.id) : undefined;
        this.succeed(payload, id);
      } catch (cause) {
        this.fail({ error: 'host', cause }, { tone: 'error', text: this.localize.term('reportHostError'), retry: true });
      }
      return;
    }
    if (this.action?.trim()) {
      const csrfToken = this.csrfToken?.trim() || this.ownerDocument.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content || undefined;
      const outcome = await postReport(this.action.trim(), payload, { timeout: this.waitTime, ...(csrfToken ? { csrfToken } : {}) });
      this.handleOutcome(payload, outcome);
      return;
    }
    const email = this.mailAddress();
    if (email) {
      const url = reportMailto(payload, email, this.localize, this.reasonOptions);
      this.phase = 'form';
      this.notice = { tone: 'info', text: this.localize.term('reportMailtoOpened'), mailto: url };
      this.openMailto(url);
      return;
    }
    this.fail({ error: 'not-configured' }, { tone: 'error', text: this.localize.term('reportNotConfigured') });
  }

  private handleOutcome(payload: ReportPayload, outcome: SubmitOutcome): void {
    switch (outcome.kind) {
      case 'success':
        return this.succeed(payload, outcome.id);
      case 'invalid':
        this.phase = 'form';
        this.showFieldErrors(validatedCodes(payload, this.reasonCodes), outcome.errors);
        emit<ReportErrorDetail>(this, 'folio-report-error', { status: outcome.status, error: 'invalid' });
        return;
      default: {
        const { detail, text } = failureMessage(this.localize, outcome, this.waitTime);
        return this.fail(detail, { tone: 'error', text, retry: true });
      }
    }
  }

  private succeed(payload: ReportPayload, id: string | undefined): void {
    clearDraft(this.storageKey);
    this.draft = emptyDraft('');
    this.restored = false;
    this.phase = 'success';
    this.referenceId = id;
    this.errors = {};
    this.notice = undefined;
    emit<ReportSuccessDetail>(this, 'folio-report-success', id === undefined ? { payload } : { id, payload });
    void this.updateComplete.then(() => this.focusInitial());
  }

  /** A filled honeypot: show what a person would see, send nothing, announce nothing, keep the draft. */
  private pretendSuccess(): void {
    this.flushDraft();
    this.phase = 'success';
    this.referenceId = undefined;
    void this.updateComplete.then(() => this.focusInitial());
  }

  private fail(detail: ReportErrorDetail, notice: Notice): void {
    this.phase = 'form';
    this.notice = notice;
    emit<ReportErrorDetail>(this, 'folio-report-error', detail);
    // Focus stays where it was (the send button); the notice is a live region and is read
    // out, and is scrolled into view for sighted readers.
    void this.updateComplete.then(() => (this.renderRoot as ShadowRoot).querySelector('.notice')?.scrollIntoView?.({ block: 'nearest' }));
  }

  /**
   * Shows errors at their fields: our own localized message where the
   * client-side rules name the same field, the server's text otherwise;
   * errors for fields the form does not show go into the notice. Then focus
   * moves to the first invalid field.
   */
  private showFieldErrors(codes: Record<string, ReportErrorCode>, serverMessages: Record<string, string>): void {
    const reason = this.draft.reason;
    const errors: Record<string, string> = {};
    const elsewhere: string[] = [];
    const paths = Object.keys(serverMessages).length > 0 ? Object.keys(serverMessages) : Object.keys(codes);
    for (const path of paths) {
      const field = fieldForPath(path, reason);
      const code = codes[path] ?? (field ? codes[field] : undefined);
      const message = code ? errorMessage(this.localize, field ?? path, code) : serverMessages[path]!;
      if (field) errors[field] ??= message;
      else elsewhere.push(message);
    }
    this.errors = errors;
    const count = Object.keys(errors).length;
    const summary = count > 0 ? this.localize.term('reportErrorSummary', count) : '';
    this.notice = { tone: 'error', text: [summary, ...elsewhere].filter(Boolean).join(' ') };
    const first = fieldOrder(reason).find((path) => path in errors);
    if (first) void this.updateComplete.then(() => this.focusField(first));
  }

  private focusField(path: string): void {
    const root = this.renderRoot as ShadowRoot;
    const target = path === 'reason'
      ? root.querySelector<HTMLElement>('input[name=reason]')
      : root.getElementById(fieldId(path));
    target?.focus();
  }

  private mailAddress(): string | undefined {
    const value = this.email?.trim();
    if (!value) return undefined;
    const address = value.replace(/^mailto:/i, '');
    if (isEmail(address)) return address;
    warn(this, 'email', `${quote(value)} is not an e-mail address; the mailto fallback is off.`);
    return undefined;
  }

  /** A duration attribute, or its default with a warning: `timeout="abc"` must not time out at once. */
  private milliseconds(attribute: string, value: number, fallback: number, zeroAllowed: boolean): number {
    if (Number.isFinite(value) && (value > 0 || (zeroAllowed && value === 0))) return value;
    warn(this, attribute, `${quote(this.getAttribute(attribute) ?? value)} is not a number of milliseconds; ${fallback} is used.`);
    return fallback;
  }

  /** The retry button disappears while sending: focus moves to the send button first, so it is never lost. */
  private retry = (): void => {
    (this.renderRoot as ShadowRoot).querySelector<HTMLButtonElement>('button[type=submit]')?.focus();
    this.form?.requestSubmit();
  };

  // ——— rendering ———

  override render(): TemplateResult {
    const t = this.localize;
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-describedby="intro"
      lang=${t.lang}
      dir=${t.dir}
      @close=${this.onDialogClose}
      @cancel=${this.onCancel}
      @pointerdown=${this.onPointerDown}
      @click=${this.onDialogClick}
      @keydown=${this.onKeyDown}
      @compositionstart=${this.onComposition}
      @compositionend=${this.onComposition}
    >
      <div class="panel">
        <header part="header">
          <h2 id="title" part="title">${t.term('reportTitle')}</h2>
          <button type="button" class="close" part="close-button" aria-label=${t.term('close')} @click=${() => this.requestClose('button')}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" /></svg>
          </button>
        </header>
        <div class="body" part="body">
          ${this.phase === 'success' ? this.renderSuccess() : this.renderForm()}
        </div>
      </div>
    </dialog>`;
  }

  private renderSuccess(): TemplateResult {
    const t = this.localize;
    // The intro stays as the dialog's description, hidden visually: ARIA references must resolve.
    return html`<p id="intro" class="visually-hidden">${t.term('reportIntro')}</p>
      <div class="success" part="success" role="status">
        <h3 id="success-heading" tabindex="-1">${t.term('reportSuccessTitle')}</h3>
        <p>${t.term('reportSuccessText')}</p>
        ${this.referenceId
          ? html`<p class="reference">${t.term('reportReference')}: <code part="reference">${this.referenceId}</code></p>`
          : nothing}
      </div>
      <div class="actions" part="actions">
        <button type="button" class="primary" @click=${() => this.requestClose('button')}>${t.term('reportDone')}</button>
      </div>`;
  }

  private renderForm(): TemplateResult {
    const t = this.localize;
    const ctx = this.fieldContext();
    const busy = this.phase === 'submitting';
    return html`<p id="intro" class="intro">${t.term('reportIntro')}</p>
      <p class="hint">${t.term('reportRequiredNote')}</p>
      ${this.restored ? html`<p class="restored" role="status">${t.term('reportDraftRestored')}</p>` : nothing}
      <form novalidate aria-busy=${busy ? 'true' : 'false'} @submit=${this.onSubmit}>
        <div class="page" part="page" role="group" aria-label=${t.term('reportPageLegend')}>
          <dl>
            <dt>${t.term('reportPageTitle')}</dt>
            <dd>${this.page.title || '—'}</dd>
            <dt>${t.term('reportPageUrl')}</dt>
            <dd class="url">${this.page.url}</dd>
          </dl>
        </div>
        ${this.renderReasons(ctx)}
        ${textField(ctx, DESCRIPTION_FIELD)}
        <fieldset class="group">
          <legend>${t.term('reportContactLegend')}</legend>
          ${CONTACT_FIELDS.map((spec) => textField(ctx, spec))}
        </fieldset>
        ${this.draft.reason === 'copyright' ? this.renderClaim(ctx) : nothing}
        ${honeypot(this.localize.term('reportHoneypot'))}
        ${this.renderNotice()}
        <div class="actions" part="actions">
          <button type="submit" class="primary" part="submit-button" aria-disabled=${busy ? 'true' : 'false'}>
            ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.term('reportSubmitting')}` : t.term('reportSubmit')}
          </button>
        </div>
        <p class="visually-hidden" role="status" aria-live="polite">${this.counterAnnouncement}</p>
      </form>`;
  }

  private renderReasons(ctx: FieldContext): TemplateResult {
    const error = this.errors.reason;
    return html`<fieldset class="group reasons" part="field" aria-describedby=${ifDefined(error ? 'error-reason' : undefined)}>
      <legend>${this.localize.term('reportReasonLegend')}${requiredMark(true)}</legend>
      ${this.reasonOptions.map(
        (option) => html`<label class="radio">
          <input
            type="radio"
            name="reason"
            value=${option.code}
            required
            aria-invalid=${error ? 'true' : 'false'}
            .checked=${live(this.draft.reason === option.code)}
            @change=${() => this.onReason(option.code)}
          />
          <span>${reasonLabel(option, this.localize)}</span>
        </label>`,
      )}
      ${errorText(ctx, 'reason')}
    </fieldset>`;
  }

  private renderClaim(ctx: FieldContext): TemplateResult {
    const t = this.localize;
    return html`<fieldset class="group claim" part="claim">
      <legend>${t.term('reportClaimLegend')}</legend>
      <p class="hint">${t.term('reportClaimIntro')}</p>
      ${CLAIMANT_FIELDS.map((spec) => textField(ctx, spec))}
      ${WORK_FIELDS.map((spec) => textField(ctx, spec))}
      ${textField(ctx, EVIDENCE_FIELD)}
      ${this.renderAttachments(ctx)}
      <fieldset class="group statements">
        <legend>${t.term('reportStatementsLegend')}</legend>
        ${STATEMENTS.map((s) => statementCheckbox(ctx, s.key, s.path, t.term(s.label)))}
      </fieldset>
      ${textField(ctx, SIGNATURE_FIELD)}
    </fieldset>`;
  }

  private renderAttachments(ctx: FieldContext): TemplateResult {
    const t = this.localize;
    const id = fieldId(ATTACHMENTS_PATH);
    const error = this.errors[ATTACHMENTS_PATH];
    const full = this.draft.attachments.length >= REPORT_LIMITS.attachments;
    const describedBy = ['attachments-hint', error ? `error-${ATTACHMENTS_PATH.replace('.', '-')}` : ''].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      <label for=${id} part="label">${t.term('reportAttachments')}</label>
      <input
        id=${id}
        type="file"
        multiple
        accept=${REPORT_LIMITS.attachmentTypes.join(',')}
        ?disabled=${full || this.phase === 'submitting'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @change=${this.onFiles}
      />
      <p class="hint" id="attachments-hint" part="hint">
        ${t.term('reportAttachmentsHint', attachmentTypeNames(), fileSize(t, REPORT_LIMITS.attachmentBytes), REPORT_LIMITS.attachments)}
      </p>
      ${this.draft.attachments.length > 0
        ? html`<ul class="files">
            ${this.draft.attachments.map(
              (file, index) => html`<li>
                <span>${file.name}</span>
                <button type="button" class="link" ?disabled=${this.phase === 'submitting'} @click=${() => this.removeAttachment(index)}>
                  ${t.term('reportAttachmentRemove', file.name)}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
      ${this.attachmentsKept ? nothing : html`<p class="hint warning" part="hint">${t.term('reportAttachmentsNotKept')}</p>`}
      ${errorText(ctx, ATTACHMENTS_PATH)}
    </div>`;
  }

  private renderNotice(): TemplateResult {
    const notice = this.notice;
    const busy = this.phase === 'submitting';
    // The live region is always rendered, so that screen readers notice when text appears in it.
    return html`<div class="notice ${notice?.tone ?? ''}" part="notice" role="alert">
      ${notice
        ? html`<p>${notice.text}</p>
            ${notice.retry && !busy
              ? html`<button type="button" class="secondary" part="retry-button" @click=${this.retry}>
                  ${this.localize.term('retry')}
                </button>`
              : nothing}
            ${notice.mailto
              ? html`<a href=${notice.mailto} @click=${(e: Event) => {
                  e.preventDefault();
                  this.openMailto(notice.mailto!);
                }}>${this.localize.term('reportMailtoAgain')}</a>`
              : nothing}`
        : nothing}
    </div>`;
  }
}

/** The client-side codes for a payload, to show our own localized words where the server agrees. */
function validatedCodes(payload: ReportPayload, reasons: string[]): Record<string, ReportErrorCode> {
  const verdict = validateReport(payload, { reasons });
  return verdict.ok ? {} : verdict.errors;
}

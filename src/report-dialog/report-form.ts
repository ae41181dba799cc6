/**
 * The report dialog's form, loaded lazily by the shell (report-dialog.ts):
 * fields, rules, counters, the draft in sessionStorage, sending with retries
 * and an idempotency key, the mailto fallback, the bot checks, attachments and
 * the copyright claim, with their styles and strings. Pages pay for none of
 * it until the browser is idle after a dialog connects.
 *
 * It is a reactive controller of the dialog element: the element renders
 * `render()` inside its body and forwards `willUpdate`, so the form's state
 * changes re-render the element and `updateComplete` covers them.
 */
import { html, nothing, type PropertyValues, type ReactiveController, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { lengthOf } from '../report/checks.js';
import type { ReportFieldSpec } from '../report/fields.js';
import { REPORT_LIMITS } from '../report/limits.js';
import type { ReportErrorCode, ReportPayload } from '../report/types.js';
import { validateReport } from '../report/validate.js';
import { emit } from '../core/events.js';
import { internals } from '../core/internals.js';
import { numberProperty, textProperty } from '../core/text-property.js';
import { checkUrl } from '../core/url.js';
import { quote, warn } from '../core/warn.js';
import '../locales/report-dialog-form.js';
import { attachmentTypeNames, contentProblem, fileProblem, readAttachment } from './attachments.js';
import { DEFAULT_MIN_FILL_TIME, HONEYPOT_NAME, botVerdict, honeypot } from './bot-guard.js';
import {
  clearDraft,
  draftKey,
  emptyDraft,
  hasContent,
  loadDraft,
  newIdempotencyKey,
  saveDraft,
  withValueAt,
  type ReportDraft,
} from './draft.js';
import { errorMessage, failureMessage, fileSize } from './error-messages.js';
import {
  errorId,
  errorText,
  fieldId,
  requiredMark,
  statementCheckbox,
  textField,
  textLimit,
  type FieldContext,
} from './field-templates.js';
import { ATTACHMENTS, fieldForPath, fieldOrder, typedFields } from './fields.js';
import type { FormHost, FormShell } from './form-shell.js';
import { mailAddress, mailtoLink } from './mail-link.js';
import { reportMailto } from './mailto.js';
import { buildPayload } from './payload.js';
import { parseReasons, reasonLabel, type ReasonOption } from './reasons.js';
import type { ReportErrorDetail, ReportSubmitDetail, ReportSuccessDetail } from './report-events.js';
// The form's styles come with it: the dialog's LazyPartController adopts a part's `styles`.
export { formStyles as styles } from './report-form.styles.js';
import { postReport, type SubmitOutcome } from './submit-report.js';

type Phase = 'form' | 'submitting' | 'success';
interface Notice {
  tone: 'error' | 'info';
  text: string;
  /** The send button becomes "Try again": the draft and its idempotency key are unchanged. */
  retry?: boolean;
  /** Lead with how many fields need fixing, counted as they are fixed ("有 2 项需要修改。" → "有 1 项…"). */
  fieldErrors?: true;
  /** A mailto link to open again. */
  mailto?: string;
}

/** What the form shows; every change goes through `set`, which re-renders the dialog. */
interface FormState {
  draft: ReportDraft;
  phase: Phase;
  /** Field path → message shown at that field. */
  errors: Record<string, string>;
  notice?: Notice;
  referenceId?: string;
  attachmentsKept: boolean;
  restored: boolean;
  /** Polite announcement of how much room is left in a field, after typing pauses. */
  counterAnnouncement: string;
}

const SAVE_DELAY = 300;
const ANNOUNCE_DELAY = 900;

export class ReportForm implements ReactiveController {
  private state: FormState = {
    draft: emptyDraft(''),
    phase: 'form',
    errors: {},
    attachmentsKept: true,
    restored: false,
    counterAnnouncement: '',
  };

  // Derived in willUpdate from the element's attributes.
  private reasonOptions: readonly ReasonOption[] = [];
  /** `action` when reports can be POSTed there. */
  private endpoint?: string;
  private waitTime = 15_000;
  private fillTime = DEFAULT_MIN_FILL_TIME;
  private storageKey = '';
  /** Until the first willUpdate, every attribute counts as changed. */
  private fresh = true;

  /** An input method is composing text in a field: Escape is its, not the dialog's (the shell asks). */
  composing = false;

  private saveTimer?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: FormHost,
    private readonly shell: FormShell,
  ) {
    host.addController(this);
  }

  private get root(): ShadowRoot {
    return this.host.renderRoot as ShadowRoot;
  }

  private set(change: Partial<FormState>): void {
    this.state = { ...this.state, ...change };
    this.host.requestUpdate();
  }

  hostConnected(): void {
    addEventListener('pagehide', this.flushDraft);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.flushDraft);
    this.flushDraft();
    clearTimeout(this.announceTimer);
  }

  /** Called by the element's own willUpdate, with its changed properties. */
  willUpdate(changed: PropertyValues): void {
    const host = this.host;
    const all = this.fresh;
    this.fresh = false;
    if (changed.has('open')) {
      // The confirmation stays until the dialog is closed; the next opening starts a fresh report.
      if (host.open && this.state.phase === 'success') this.resetAfterSuccess();
      // Closed by any means (button, Escape, close()): write the draft now.
      if (!host.open) this.flushDraft();
    }
    if (all || changed.has('reasons'))
      this.reasonOptions = parseReasons(host, textProperty(host, 'reasons', host.reasons));
    if (all || changed.has('action')) this.endpoint = this.readEndpoint();
    if (all || changed.has('timeout')) this.waitTime = this.milliseconds('timeout', host.timeout, 15_000, false);
    if (all || changed.has('minFillTime'))
      this.fillTime = this.milliseconds('min-fill-time', host.minFillTime, DEFAULT_MIN_FILL_TIME, true);
    // One draft per page: the shell reads the page again on opening (a single-page app may have moved on).
    const key = draftKey(this.shell.page.url);
    if (key !== this.storageKey) {
      this.flushDraft();
      this.storageKey = key;
      this.restoreDraft();
    }
    const { draft } = this.state;
    if (draft.reason && !this.reasonOptions.some((o) => o.code === draft.reason)) {
      this.state = { ...this.state, draft: { ...draft, reason: '' } };
    }
    const states = internals(host).states;
    for (const phase of ['submitting', 'success'] as const) {
      if (this.state.phase === phase) states.add(phase);
      else states.delete(phase);
    }
  }

  // ——— the draft ———

  private restoreDraft(): void {
    const stored = this.storageKey ? loadDraft(this.storageKey) : undefined;
    this.set({
      draft: stored ?? emptyDraft(''),
      restored: stored !== undefined && hasContent(stored),
      attachmentsKept: true,
      errors: {},
      notice: undefined,
    });
  }

  private updateDraft(draft: ReportDraft): void {
    // The bot guard's clock starts with the first thing typed, not with the page load.
    this.set({ draft: hasContent(this.state.draft) ? draft : { ...draft, startedAt: Date.now() } });
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(this.flushDraft, SAVE_DELAY);
  }

  /** Writes the pending draft now (on close, pagehide, disconnect) so a reload right after typing loses nothing. */
  private flushDraft = (): void => {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const { draft } = this.state;
    if (!this.storageKey || !hasContent(draft)) return;
    const result = saveDraft(this.storageKey, draft);
    const attachmentsKept = result.attachmentsKept || draft.claim.attachments.length === 0;
    if (attachmentsKept !== this.state.attachmentsKept) this.set({ attachmentsKept });
  };

  private resetAfterSuccess(): void {
    this.set({ phase: 'form', referenceId: undefined });
    this.restoreDraft();
  }

  private fieldContext(): FieldContext {
    return {
      localize: this.host.localize,
      draft: this.state.draft,
      errors: this.state.errors,
      busy: this.state.phase === 'submitting',
      onInput: (spec, value, text) => this.onInput(spec, value, text),
    };
  }

  private onInput(spec: ReportFieldSpec, value: unknown, text: string): void {
    if (this.state.phase === 'submitting') return this.host.requestUpdate(); // live() puts a box back
    this.updateDraft(withValueAt(this.state.draft, spec.path, value));
    this.clearError(spec.path);
    this.scheduleCounterAnnouncement(spec, text);
  }

  private onReason(code: string): void {
    if (this.state.phase === 'submitting') return this.host.requestUpdate();
    this.updateDraft({ ...this.state.draft, reason: code });
    this.clearError('reason');
  }

  private clearError(path: string): void {
    if (!(path in this.state.errors)) return;
    const { [path]: _, ...rest } = this.state.errors;
    this.set({ errors: rest });
  }

  /**
   * Screen readers hear how much room is left once typing pauses and the
   * limit is near (or passed), never on every keystroke.
   */
  private scheduleCounterAnnouncement(spec: ReportFieldSpec, value: string): void {
    clearTimeout(this.announceTimer);
    const max = textLimit(spec);
    if (max === undefined) return;
    const left = max - lengthOf(value);
    if (left > Math.max(20, max * 0.1)) return;
    this.announceTimer = setTimeout(() => {
      const t = this.host.localize;
      this.set({
        counterAnnouncement:
          left >= 0 ? t.term('reportCharactersLeft', t.number(left)) : t.term('reportCharactersOver', t.number(-left)),
      });
    }, ANNOUNCE_DELAY);
  }

  private async onFiles(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = ''; // choosing the same file again after removing it must fire change again
    let attachments = this.state.draft.claim.attachments;
    let problem: ReportErrorCode | undefined;
    for (const file of files) {
      const refused = fileProblem(file, attachments.length);
      if (refused) {
        problem ??= refused;
        continue;
      }
      try {
        const attachment = await readAttachment(file);
        const wrong = contentProblem(attachment);
        if (wrong) problem ??= wrong;
        else attachments = [...attachments, attachment];
      } catch {
        problem ??= 'invalid';
      }
    }
    const { path } = ATTACHMENTS;
    this.updateDraft(withValueAt(this.state.draft, path, attachments));
    if (problem)
      this.set({ errors: { ...this.state.errors, [path]: errorMessage(this.host.localize, path, problem) } });
    else this.clearError(path);
    this.flushDraft(); // now, so the note about attachments not kept shows at once
  }

  private removeAttachment(index: number): void {
    const { path } = ATTACHMENTS;
    const { draft } = this.state;
    this.updateDraft(
      withValueAt(
        draft,
        path,
        draft.claim.attachments.filter((_, i) => i !== index),
      ),
    );
    this.clearError(path);
    this.flushDraft();
    // The removed button had focus: keep the reader in the same place.
    void this.host.updateComplete.then(() => this.root.getElementById(fieldId(path))?.focus());
  }

  // ——— sending ———

  private get reasonCodes(): string[] {
    return this.reasonOptions.map((o) => o.code);
  }

  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.state.phase !== 'form') return; // a second click while sending sends nothing
    const payload = buildPayload(this.state.draft, this.shell.page, this.host.localize.lang);
    const verdict = validateReport(payload, { reasons: this.reasonCodes });
    if (!verdict.ok) {
      this.showFieldErrors(verdict.errors, {});
      return;
    }
    const honeypot = this.root.querySelector<HTMLInputElement>(`input[name=${HONEYPOT_NAME}]`)?.value ?? '';
    const bot = botVerdict(honeypot, this.state.draft.startedAt, this.fillTime);
    if (bot === 'honeypot') return this.pretendSuccess();
    if (bot === 'too-fast') {
      this.set({ notice: { tone: 'error', text: this.host.localize.term('reportTooFast') } });
      return;
    }
    this.flushDraft();
    this.set({ phase: 'submitting', notice: undefined });
    await this.deliver(verdict.report);
  };

  /**
   * Host first (the event), then `action`, then the mailto fallback, else
   * "not configured". `renewedKey`: this is the send again with a new key
   * after the server said the old one went with another version of the report.
   */
  private async deliver(payload: ReportPayload, renewedKey = false): Promise<void> {
    const { host } = this;
    const t = host.localize;
    let answer: Promise<unknown> | undefined;
    const detail: ReportSubmitDetail = {
      payload,
      respondWith: (value) => {
        answer = Promise.resolve(value);
      },
    };
    const proceed = emit(host, 'folio-report-submit', detail, { cancelable: true });
    if (answer || !proceed) {
      try {
        const result = await answer;
        const id =
          typeof result === 'object' && result !== null && 'id' in result && result.id != null
            ? String(result.id)
            : undefined;
        this.succeed(payload, id);
      } catch (cause) {
        this.fail({ error: 'host', cause }, { tone: 'error', text: t.term('reportHostError'), retry: true });
      }
      return;
    }
    if (this.endpoint) {
      const csrfToken =
        textProperty(host, 'csrf-token', host.csrfToken) ||
        host.ownerDocument.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ||
        undefined;
      const outcome = await postReport(this.endpoint, payload, {
        timeout: this.waitTime,
        ...(csrfToken ? { csrfToken } : {}),
      });
      this.handleOutcome(payload, outcome, renewedKey);
      return;
    }
    const email = mailAddress(host);
    if (email) {
      const url = reportMailto(payload, email, t, this.reasonOptions);
      this.set({ phase: 'form', notice: { tone: 'info', text: t.term('reportMailtoOpened'), mailto: url } });
      host.openMailto(url);
      return;
    }
    this.fail({ error: 'not-configured' }, { tone: 'error', text: t.term('reportNotConfigured') });
  }

  private handleOutcome(payload: ReportPayload, outcome: SubmitOutcome, renewedKey: boolean): void {
    if (outcome.kind === 'key-reused') {
      if (!renewedKey) return this.renewKey(payload);
      outcome = { kind: 'rejected', status: outcome.status }; // a fresh key refused as used: nothing more to try
    }
    switch (outcome.kind) {
      case 'success':
        return this.succeed(payload, outcome.id);
      case 'invalid':
        this.set({ phase: 'form' });
        this.showFieldErrors(validatedCodes(payload, this.reasonCodes), outcome.errors);
        emit<ReportErrorDetail>(this.host, 'folio-report-error', { status: outcome.status, error: 'invalid' });
        return;
      default: {
        const { detail, text } = failureMessage(this.host.localize, outcome, this.waitTime);
        return this.fail(detail, { tone: 'error', text, retry: true });
      }
    }
  }

  /**
   * The key went with an earlier version of this report: the server stored
   * that one and its answer was lost (a timeout), and the reader has edited
   * the draft since. The edited report is a new one: it gets a new key, kept
   * in the draft like the rest, and is sent once more.
   */
  private renewKey(payload: ReportPayload): void {
    const idempotencyKey = newIdempotencyKey();
    this.set({ draft: { ...this.state.draft, idempotencyKey } });
    this.flushDraft();
    void this.deliver({ ...payload, idempotencyKey }, true);
  }

  private succeed(payload: ReportPayload, id: string | undefined): void {
    clearDraft(this.storageKey);
    this.set({
      draft: emptyDraft(''),
      restored: false,
      phase: 'success',
      referenceId: id,
      errors: {},
      notice: undefined,
    });
    emit<ReportSuccessDetail>(this.host, 'folio-report-success', id === undefined ? { payload } : { id, payload });
    this.focusConfirmation();
  }

  /** A filled honeypot: show what a person would see, send nothing, announce nothing, keep the draft. */
  private pretendSuccess(): void {
    this.flushDraft();
    this.set({ phase: 'success', referenceId: undefined });
    this.focusConfirmation();
  }

  private focusConfirmation(): void {
    void this.host.updateComplete.then(() => this.root.getElementById('success-heading')?.focus());
  }

  private fail(detail: ReportErrorDetail, notice: Notice): void {
    this.set({ phase: 'form', notice });
    emit<ReportErrorDetail>(this.host, 'folio-report-error', detail);
    // One action, in view and focused: the send button, now "Try again", right below the notice
    // (a live region, read out). The notice is scrolled into view first, then the button.
    void this.host.updateComplete.then(() => {
      const button = this.root.querySelector<HTMLButtonElement>('button[type=submit]');
      this.root.querySelector('.notice')?.scrollIntoView?.({ block: 'nearest' });
      button?.scrollIntoView?.({ block: 'nearest' });
      button?.focus({ preventScroll: true });
    });
  }

  /**
   * Shows errors at their fields: our own localized message where the
   * client-side rules name the same field, the server's text otherwise;
   * errors for fields the form does not show go into the notice. Then focus
   * moves to the first invalid field.
   */
  private showFieldErrors(codes: Record<string, ReportErrorCode>, serverMessages: Record<string, string>): void {
    const { reason } = this.state.draft;
    const t = this.host.localize;
    const errors: Record<string, string> = {};
    const elsewhere: string[] = [];
    const paths = Object.keys(serverMessages).length > 0 ? Object.keys(serverMessages) : Object.keys(codes);
    for (const path of paths) {
      const field = fieldForPath(path, reason);
      const code = codes[path] ?? (field ? codes[field] : undefined);
      const message = code ? errorMessage(t, field ?? path, code) : serverMessages[path]!;
      if (field) errors[field] ??= message;
      else elsewhere.push(message);
    }
    this.set({ errors, notice: { tone: 'error', text: elsewhere.join(' '), fieldErrors: true } });
    const first = fieldOrder(reason).find((path) => path in errors);
    if (first) void this.host.updateComplete.then(() => this.focusField(first));
  }

  private focusField(path: string): void {
    const target =
      path === 'reason'
        ? this.root.querySelector<HTMLElement>('input[name=reason]')
        : this.root.getElementById(fieldId(path));
    target?.focus();
  }

  /**
   * `action` if it is an http(s) or relative address. Anything else warns and
   * counts as no action: a POST to a data: URL "succeeds" in Chromium and
   * would clear a draft that went nowhere; javascript: would fail for ever.
   */
  private readEndpoint(): string | undefined {
    const value = textProperty(this.host, 'action', this.host.action);
    if (!value) return undefined;
    const base = this.host.ownerDocument.baseURI;
    const verdict = checkUrl(value, base);
    if (verdict.safe && /^https?:$/.test(new URL(verdict.url, base).protocol)) return verdict.url;
    const why = verdict.safe ? 'is not an http(s) address' : verdict.reason;
    warn(
      this.host,
      'action',
      `${quote(value)} ${why}; no report is sent there (the e-mail fallback applies, if there is one).`,
    );
    return undefined;
  }

  /**
   * A duration attribute, or its default: silently when absent (a removed
   * attribute reads as null), with a warning when it is not a duration:
   * `timeout="abc"` must not time out at once.
   */
  /** A number of milliseconds from an attribute: above zero, or also zero where `zeroAllowed`. */
  private milliseconds(attribute: string, value: unknown, fallback: number, zeroAllowed: boolean): number {
    return numberProperty(this.host, attribute, value, {
      valid: (n) => n > 0 || (zeroAllowed && n === 0),
      expected: zeroAllowed ? 'a number of milliseconds' : 'a positive number of milliseconds',
      fallback,
    });
  }

  private onComposition = (event: CompositionEvent): void => {
    this.composing = event.type === 'compositionstart';
  };

  // ——— rendering ———

  /** The dialog's body: the form, or the confirmation once a report is accepted. */
  render(): TemplateResult {
    return this.state.phase === 'success' ? this.renderSuccess() : this.renderForm();
  }

  private renderSuccess(): TemplateResult {
    const t = this.host.localize;
    // The intro stays as the dialog's description, hidden visually: ARIA references must resolve.
    return html`<p id="intro" class="visually-hidden">${t.term('reportIntro')}</p>
      <div class="success" part="success" role="status">
        <h3 id="success-heading" tabindex="-1">${t.term('reportSuccessTitle')}</h3>
        <p>${t.term('reportSuccessText')}</p>
        ${
          this.state.referenceId
            ? html`<p class="reference">${t.term('reportLabelled', t.term('reportReference'), '')}<code part="reference">${this.state.referenceId}</code></p>`
            : nothing
        }
      </div>
      <div class="actions" part="actions">
        <button type="button" class="primary" @click=${() => this.shell.requestClose('button')}>${t.term('reportDone')}</button>
      </div>`;
  }

  private renderForm(): TemplateResult {
    const t = this.host.localize;
    const ctx = this.fieldContext();
    const { page } = this.shell;
    const busy = this.state.phase === 'submitting';
    // After a failure the one action is to send again: the send button says so (the notice says why).
    const retrying = !busy && !!this.state.notice?.retry;
    return html`<p id="intro" class="intro">${t.term('reportIntro')}</p>
      <p class="hint">${t.term('reportRequiredNote')}</p>
      ${this.state.restored ? html`<p class="restored" role="status">${t.term('reportDraftRestored')}</p>` : nothing}
      <form
        novalidate
        aria-busy=${busy ? 'true' : 'false'}
        @submit=${this.onSubmit}
        @compositionstart=${this.onComposition}
        @compositionend=${this.onComposition}
      >
        <div class="page" part="page" role="group" aria-label=${t.term('reportPageLegend')}>
          <dl>
            <dt>${t.term('reportPageTitle')}</dt>
            <dd>${page.title || '—'}</dd>
            <dt>${t.term('reportPageUrl')}</dt>
            <dd class="url">${page.url}</dd>
          </dl>
        </div>
        ${this.renderReasons(ctx)}
        ${typedFields('description').map((spec) => textField(ctx, spec))}
        <fieldset class="group">
          <legend>${t.term('reportContactLegend')}</legend>
          ${typedFields('contact.').map((spec) => textField(ctx, spec))}
        </fieldset>
        ${this.state.draft.reason === 'copyright' ? this.renderClaim(ctx) : nothing}
        ${honeypot(t.term('reportHoneypot'))}
        ${this.renderNotice()}
        <div class="actions" part="actions">
          <button type="submit" class="primary" part=${retrying ? 'submit-button retry-button' : 'submit-button'} aria-disabled=${busy ? 'true' : 'false'}>
            ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.term('reportSubmitting')}` : retrying ? t.term('retry') : t.term('reportSubmit')}
          </button>
        </div>
        <p class="visually-hidden" role="status" aria-live="polite">${this.state.counterAnnouncement}</p>
      </form>`;
  }

  private renderReasons(ctx: FieldContext): TemplateResult {
    const error = this.state.errors.reason;
    // The group's one Tab stop, as browsers make it: the chosen reason, else the first. Said in
    // tabindex, so the dialog's focus trap counts Tab stops without knowing about radio groups.
    const tabStop = this.state.draft.reason || this.reasonOptions[0]?.code;
    return html`<fieldset class="group reasons" part="field" aria-describedby=${ifDefined(error ? 'error-reason' : undefined)}>
      <legend>${this.host.localize.term('reportReasonLegend')}${requiredMark(true)}</legend>
      ${this.reasonOptions.map(
        (option) => html`<label class="radio">
          <input
            type="radio"
            name="reason"
            value=${option.code}
            required
            tabindex=${option.code === tabStop ? 0 : -1}
            aria-invalid=${error ? 'true' : 'false'}
            .checked=${live(this.state.draft.reason === option.code)}
            @change=${() => this.onReason(option.code)}
          />
          <span>${reasonLabel(option, this.host.localize)}</span>
        </label>`,
      )}
      ${errorText(ctx, 'reason')}
    </fieldset>`;
  }

  /** The claim's rows in table order; the statements, one after another there, share a fieldset. */
  private renderClaim(ctx: FieldContext): TemplateResult {
    const t = this.host.localize;
    const rows = typedFields('claim.');
    const statements = rows.filter((spec) => spec.kind === 'statement');
    return html`<fieldset class="group claim" part="claim">
      <legend>${t.term('reportClaimLegend')}</legend>
      <p class="hint">${t.term('reportClaimIntro')}</p>
      ${rows.map((spec) =>
        spec.kind === 'files'
          ? this.renderAttachments(ctx)
          : spec.kind !== 'statement'
            ? textField(ctx, spec)
            : spec === statements[0]
              ? html`<fieldset class="group statements">
                <legend>${t.term('reportStatementsLegend')}</legend>
                ${statements.map((s) => statementCheckbox(ctx, s))}
              </fieldset>`
              : nothing,
      )}
    </fieldset>`;
  }

  private renderAttachments(ctx: FieldContext): TemplateResult {
    const t = this.host.localize;
    const { draft, phase } = this.state;
    const { path } = ATTACHMENTS;
    const { attachments } = draft.claim;
    const id = fieldId(path);
    const error = this.state.errors[path];
    const full = attachments.length >= REPORT_LIMITS.attachments;
    const describedBy = ['attachments-hint', error ? errorId(path) : ''].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      <label for=${id} part="label">${t.term(ATTACHMENTS.label!)}</label>
      <input
        id=${id}
        type="file"
        multiple
        accept=${REPORT_LIMITS.attachmentTypes.join(',')}
        ?disabled=${full || phase === 'submitting'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @change=${(event: Event) => void this.onFiles(event)}
      />
      <p class="hint" id="attachments-hint" part="hint">
        ${t.term('reportAttachmentsHint', attachmentTypeNames(), fileSize(t, REPORT_LIMITS.attachmentBytes), REPORT_LIMITS.attachments)}
      </p>
      ${
        attachments.length > 0
          ? html`<ul class="files">
            ${attachments.map(
              (file, index) => html`<li>
                <span>${file.name}</span>
                <button type="button" class="link" ?disabled=${phase === 'submitting'} @click=${() => this.removeAttachment(index)}>
                  ${t.term('reportAttachmentRemove', file.name)}
                </button>
              </li>`,
            )}
          </ul>`
          : nothing
      }
      ${this.state.attachmentsKept ? nothing : html`<p class="hint warning" part="hint">${t.term('reportAttachmentsNotKept')}</p>`}
      ${errorText(ctx, path)}
    </div>`;
  }

  /** The notice's words; with field errors, led by how many fields still need fixing. */
  private noticeText(notice: Notice): string {
    const count = Object.keys(this.state.errors).length;
    const summary = notice.fieldErrors && count > 0 ? this.host.localize.term('reportErrorSummary', count) : '';
    return [summary, notice.text].filter(Boolean).join(' ');
  }

  private renderNotice(): TemplateResult {
    const { notice } = this.state;
    const text = notice && this.noticeText(notice);
    // The live region is always rendered, so that screen readers notice when text appears in it;
    // it is empty once every field it counted is fixed.
    const shown = notice && (text || notice.mailto);
    return html`<div class="notice ${shown ? notice.tone : ''}" part="notice" role="alert">
      ${
        shown
          ? html`${text ? html`<p>${text}</p>` : nothing}
            ${notice.mailto ? mailtoLink(this.host, notice.mailto, this.host.localize.term('reportMailtoAgain')) : nothing}`
          : nothing
      }
    </div>`;
  }
}

/** The client-side codes for a payload, to show our own localized words where the server agrees. */
function validatedCodes(payload: ReportPayload, reasons: string[]): Record<string, ReportErrorCode> {
  const verdict = validateReport(payload, { reasons });
  return verdict.ok ? {} : verdict.errors;
}

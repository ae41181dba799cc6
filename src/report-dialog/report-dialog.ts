import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defineElement } from '../core/define-element.js';
import { LazyPart, LazyPartController } from '../core/lazy-part.js';
import { mailtoUrl } from '../core/email.js';
import { emit } from '../core/events.js';
import { LocaleController } from '../core/locale-controller.js';
import { textProperty } from '../core/text-property.js';
import { ThemeController, focusRing, themeStyles } from '../core/theme.js';
import { warn } from '../core/warn.js';
import '../locales/report-dialog.js';
import { tabbables } from './focus.js';
import type { FormShell } from './form-shell.js';
import { mailAddress, mailtoLink } from './mail-link.js';
import { reportedPage, type ReportedPage } from './page.js';
import type { ReportForm } from './report-form.js';
import { styles } from './report-dialog.styles.js';
import { lockScroll } from './scroll-lock.js';
import { afterTransition } from './transition.js';
import type { CloseSource, ReportErrorDetail, ReportSubmitDetail, ReportSuccessDetail } from './report-events.js';

export type { CloseSource, ReportErrorDetail, ReportSubmitDetail, ReportSuccessDetail };

/**
 * A modal dialog in which a reader reports the page as infringing or illegal.
 * The report is never lost: what the reader types is kept in sessionStorage
 * (one draft per page) until a server or the host confirms it, across closing,
 * reopening, reloads, server errors, timeouts and going offline; a retry
 * sends the same `Idempotency-Key`, so the server can drop duplicates.
 *
 * Sending: with `action`, the report is POSTed there as JSON (docs/contract.md,
 * "Report submission protocol"). Before that, `folio-report-submit` lets a
 * host handle it itself. Without `action`, if no host handles it, `email`
 * opens the reader's mail program with the report; with neither, the dialog
 * says that reporting is not configured, and keeps the text.
 *
 * Against bots: an invisible honeypot field (a filled one pretends success and
 * sends nothing) and a minimum fill time (a faster submission is refused with
 * an explanation, never silently).
 *
 * Loading: pages load only the dialog's shell (the modal, its header, opening
 * and closing). Its form comes in a chunk of its own, fetched when the browser
 * is idle after the dialog connects, and at the latest when it opens: the
 * modal shows once the form has rendered, and `updateComplete` resolves only
 * then. If the chunk cannot load, the dialog opens with an explanation, a
 * retry and, given `email`, a link to report by e-mail; a warning says why.
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
  static override get properties() {
    return {
      open: { type: Boolean, reflect: true },
      action: {},
      email: {},
      reasons: {},
      pageUrl: { attribute: 'page-url' },
      pageTitle: { attribute: 'page-title' },
      csrfToken: { attribute: 'csrf-token' },
      timeout: { type: Number },
      minFillTime: { type: Number, attribute: 'min-fill-time' },
      form: { state: true, attribute: false },
    };
  }

  /** Registers the class as `tag` (default `folio-report-dialog`) in `registry` (default the global one); harmless if repeated. */
  static define(tag = 'folio-report-dialog', registry?: CustomElementRegistry | null): void {
    defineElement(tag, this, registry);
  }

  /**
   * The form's chunk. A subclass may load it another way (a test, to see
   * what a late or failed load does).
   * @internal
   */
  protected static formPart = new LazyPart(() => import('./report-form.js'), 'ReportForm');

  static override styles = [themeStyles, focusRing, styles];

  /** Whether the dialog is open. Set it (or the attribute) to open or close; reflects. */
  open = false;

  /** URL to POST the report to as JSON (docs/contract.md, "Report submission protocol"). */
  declare action?: string;

  /** Address for the mailto fallback, used when there is no `action` and no host handles `folio-report-submit`. */
  declare email?: string;

  /**
   * The reasons offered, replacing the defaults (copyright, illegal,
   * misinformation, other): comma-separated codes, each optionally with a
   * label after a colon, e.g. `copyright, illegal, spam:Spam or ads, other`.
   * Built-in codes are named in the reader's language unless labelled;
   * `copyright` brings the claim fields. Codes are lower-case kebab-case;
   * labels cannot contain commas.
   */
  declare reasons?: string;

  /** The reported page's URL; defaults to the document's address without its fragment. */
  declare pageUrl?: string;

  /** The reported page's title; defaults to `document.title`. */
  declare pageTitle?: string;

  /** Sent as `X-CSRF-Token`; defaults to `<meta name="csrf-token" content>` when the page has one. */
  declare csrfToken?: string;

  /** Milliseconds to wait for the server before offering a retry. */
  timeout = 15_000;

  /** Milliseconds a reader takes at least to fill the form (default 3000); a faster submission is refused as a bot's (see the class description). */
  declare minFillTime?: number;

  /** @internal The language the dialog is shown in, following `lang` (its own, an ancestor's or the document's). */
  readonly localize = new LocaleController(this);
  /** @internal The theme from the nearest `data-folio-theme`, else the page's own `color-scheme`. */
  readonly theme = new ThemeController(this);

  /**
   * The form's chunk, fetched when the browser is idle after the dialog
   * connects, and at the latest when it opens (the modal waits for it) or
   * when something awaits updateComplete. Without it the dialog opens with
   * an explanation, a retry and the e-mail address.
   */
  private readonly parts = new LazyPartController(this, {
    form: {
      part: (this.constructor as typeof FolioReportDialog).formPart,
      when: () => true,
      idle: true,
      blocking: () => this.open,
      attribute: 'form',
      instead: 'opened, the dialog says so and offers a retry',
    },
  });
  /** The form, once its chunk is here. */
  declare private form?: ReportForm;

  private get dialog(): HTMLDialogElement {
    return this.renderRoot?.querySelector('dialog') as never;
  }

  /** Derived in willUpdate: read again on each opening, since a single-page app may have changed its address or title. */
  private page: ReportedPage = { url: '', title: '' };

  private unlockScroll?: () => void;
  private transition: Promise<void> = Promise.resolve();
  private pressedOnBackdrop = false;
  /** Between showModal() and the cleanup of its closing. */
  private shown = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.shown = false;
    this.releasePage();
    // Removing the element closed its dialog; a later show() (after a move in the DOM) must open it again.
    this.open = false;
  }

  /** Opens the dialog; resolves once it is shown (after its form has loaded and any transition). */
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

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.parts.scheduleUpdate(() => super.scheduleUpdate());
  }

  /** Resolves once the element has rendered with its form (or with the note that the form could not load). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.parts.updateComplete(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const opening = changed.has('open') && this.open;
    // A server-rendered dialog first hydrates the shell the server wrote, which has no form (see updated).
    const module = (this.constructor as typeof FolioReportDialog).formPart.module;
    if (module && !this.form && (this.hasUpdated || !this.renderRoot.hasChildNodes())) {
      const host = this;
      const shell: FormShell = {
        get page() {
          return host.page;
        },
        requestClose: (source) => host.requestClose(source),
      };
      this.form = new module.ReportForm(this, shell);
    }
    if (changed.has('pageUrl') || changed.has('pageTitle') || opening || this.page.url === '') {
      this.page = reportedPage(
        this,
        textProperty(this, 'page-url', this.pageUrl),
        textProperty(this, 'page-title', this.pageTitle),
      );
    }
    this.form?.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues): void {
    if (!this.form && (this.constructor as typeof FolioReportDialog).formPart.module) this.requestUpdate(); // after hydrating
    if (this.open && !this.dialog.open && (this.form || this.parts.failed('form'))) this.openDialog();
    else if (!this.open && this.dialog.open) {
      this.dialog.close();
      this.transition = afterTransition(this.dialog);
      this.finishClose();
    } else if (changed.has('form') && this.dialog.open) this.focusInitial(); // the form replaced the failure note
  }

  // ——— opening and closing ———

  private openDialog(): void {
    if (!this.isConnected) return;
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
   * dialog's name and description (APG modal dialog pattern).
   */
  private focusInitial(): void {
    const body = (this.renderRoot as ShadowRoot).querySelector('.body');
    if (body) tabbables(body)[0]?.focus();
  }

  /**
   * The native close event comes a task after dialog.close(), possibly after
   * the dialog was opened again; so our own close() cleans up at once, and the
   * event only matters when the browser closed the dialog itself (Escape).
   */
  private onDialogClose = (): void => {
    if (!this.dialog.open) this.finishClose();
  };

  /**
   * Puts the page back as it was: scroll unlocked (the form saves its draft on closing). Runs once per opening.
   * Focus goes back to the opener by itself: a modal <dialog> remembers the element focused when it opened,
   * however deep in shadow roots, and focuses it again when it closes.
   */
  private finishClose(): void {
    if (!this.shown) return;
    this.shown = false;
    this.releasePage();
    this.open = false;
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
    // Escape while composing Chinese or Japanese text (in the form's fields) cancels the composition, not the dialog.
    if (this.form?.composing) return;
    this.requestClose('keyboard');
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
    // WebKitGTK names Shift+Tab's key 'Unidentified' (GTK's ISO_Left_Tab); its code is Tab in every engine.
    const tab = event.key === 'Tab' || event.code === 'Tab';
    if (!tab || event.altKey || event.ctrlKey || event.metaKey) return;
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

  // ——— rendering ———

  override render(): TemplateResult {
    const t = this.localize;
    const body = this.form ? this.form.render() : this.parts.failed('form') ? this.renderUnavailable() : nothing;
    // The body scrolls; tabindex -1 keeps it out of the Tab order, where Firefox puts every scroller (Chromium
    // does not when it holds fields), so Tab goes from field to field alike everywhere.
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-describedby=${body === nothing ? nothing : 'intro'}
      lang=${t.lang}
      dir=${t.dir}
      @close=${this.onDialogClose}
      @cancel=${this.onCancel}
      @pointerdown=${this.onPointerDown}
      @click=${this.onDialogClick}
      @keydown=${this.onKeyDown}
    >
      <header part="header">
        <h2 id="title" part="title">${t.term('reportTitle')}</h2>
        <button type="button" class="close" part="close-button" aria-label=${t.term('close')} @click=${() => this.requestClose('button')}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" /></svg>
        </button>
      </header>
      <div class="body" part="body" tabindex="-1">${body}</div>
    </dialog>`;
  }

  /** The form could not load: say so, offer a retry and, with `email`, a mail with the page in its subject and body. */
  private renderUnavailable(): TemplateResult {
    const t = this.localize;
    const address = mailAddress(this);
    const { url, title } = this.page;
    return html`<p id="intro" class="unavailable" part="notice" role="alert">${t.term('reportFormUnavailable')}</p>
      <div class="actions" part="actions">
        ${address ? mailtoLink(this, mailtoUrl(address, { subject: t.term('reportMailtoSubject', title || url), body: url }), t.term('reportByEmail')) : nothing}
        <button type="button" class="secondary" part="retry-button" @click=${() => this.requestUpdate()}>${t.term('retry')}</button>
      </div>`;
  }
}

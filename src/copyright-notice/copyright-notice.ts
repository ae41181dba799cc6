import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defineElement } from '../core/define-element.js';
import { readEmailAddress } from '../core/email.js';
import { LazyPart, LazyPartController } from '../core/lazy-part.js';
import { textProperty } from '../core/text-property.js';
import { LocaleController } from '../core/locale-controller.js';
import { ThemeController, focusRing, themeStyles } from '../core/theme.js';
import { quote, warn } from '../core/warn.js';
import '../locales/copyright-notice.js';
import { copyrightNoticeStyles } from './copyright-notice.styles.js';
import { fillTemplate } from './fill-template.js';
import { parseLicense, shortCode, type License } from './licenses.js';
import { articleYear, copyrightYears } from './years.js';

/** The license's names and deeds (./license.ts): loaded the first time a notice has a Creative Commons license (src/ssr loads it up front). */
export const licensePart = new LazyPart(() => import('./license.js'), 'licenseSentence');
/** The sentence around the report-email link (./report-email.ts): loaded the first time a notice has one (src/ssr loads it up front). */
export const emailPart = new LazyPart(() => import('./report-email.js'), 'reportSentence');
/** The article's text passes (src/article/text-passes.ts), for `normalize-punctuation` of the disclaimer: the same chunk as the article's. */
const passesPart = new LazyPart(() => import('../article/text-passes.js'), 'normalizePunctuation');
/** What the report button does (./report-opener.ts): loaded with the first notice that has a report-dialog. */
const openerPart = new LazyPart(() => import('./report-opener.js'), 'openReportDialog');

/**
 * The copyright and reprint notice that closes an article: © with the holder
 * and years, the license (all rights reserved, or a Creative Commons license
 * named in the reader's language and linked to its deed), the reprint notice,
 * the site's own disclaimer, and a sentence that tells readers how to report
 * infringing or illegal content.
 *
 * The report sentence is written only from what is really there: an e-mail
 * link from `report-email`, a button that opens a `<folio-report-dialog>` from
 * `report-dialog`, or both; with neither there is no report sentence at all,
 * never a broken one such as "请发送邮件至 举报".
 *
 * Semantics: no landmark. The notice usually sits in the article's own footer
 * or right after the article; a `<footer>` inside it would, placed directly in
 * `<body>`, become a second `contentinfo` landmark next to the page's. A site
 * that wants the notice to be its article's footer wraps it in its own
 * `<footer>`, in the page, where landmark rules see it.
 *
 * Text inherits the page's font, like the article it closes; its size and line
 * height are fixed relative to it so that `folio.css` can reserve its box
 * before upgrade.
 *
 * @summary Copyright, license, reprint notice, disclaimer and a report line that is never broken.
 * @tag folio-copyright-notice
 *
 * @slot - The site's own disclaimer (e.g. 版权声明：本文内容由……); see `normalize-punctuation`. Leave out any
 *   sentence about reporting: the notice writes it from `report-email` / `report-dialog`.
 *
 * @csspart base - The wrapper of everything the notice renders.
 * @csspart copyright - The copyright line: © years and holder (with "all rights reserved" when they are).
 * @csspart license - The license sentence (Creative Commons, CC0, or an unknown code as written).
 * @csspart license-link - The link to the license's deed, `rel="license"`.
 * @csspart license-code - The license's short code, e.g. CC BY-NC-ND 4.0.
 * @csspart reprint - The reprint notice.
 * @csspart disclaimer - The wrapper of the slotted disclaimer.
 * @csspart report - The report sentence.
 * @csspart report-button - The button in the report sentence that opens the report dialog.
 * @csspart report-link - The mailto link in the report sentence.
 *
 * @cssprop --folio-color-text-muted - Colour of the notice's text.
 * @cssprop --folio-color-accent - Colour of the license link, the e-mail link and the report button.
 * @cssprop --folio-color-focus - Colour of the focus ring.
 * @cssprop --folio-focus-ring-width - Width of the focus ring.
 * @cssprop --folio-focus-ring-offset - Gap between a link or button and its focus ring.
 * @cssprop --folio-space-s - Gap between the notice's lines (folio.css reserves the same gap before upgrade).
 *
 * @cssstate light - Forced light theme (`data-folio-theme="light"` on an ancestor).
 * @cssstate dark - Forced dark theme (`data-folio-theme="dark"` on an ancestor).
 * @cssstate auto - Follows the reader's system theme (`data-folio-theme="auto"` on an ancestor).
 */
export class FolioCopyrightNotice extends LitElement {
  static override get properties() {
    return {
      holder: {},
      yearStart: { attribute: 'year-start' },
      yearEnd: { attribute: 'year-end' },
      license: {},
      reprintNotice: { attribute: 'reprint-notice' },
      reportEmail: { attribute: 'report-email' },
      reportDialog: { attribute: 'report-dialog' },
      normalizePunctuation: { type: Boolean, attribute: 'normalize-punctuation' },
      dialogUnavailable: { state: true, attribute: false },
    };
  }

  /** Registers the element as `tag` (default `folio-copyright-notice`) in `registry`; harmless when already registered. */
  static define(tag = 'folio-copyright-notice', registry?: CustomElementRegistry | null): void {
    defineElement(tag, this, registry);
  }

  static override styles = [themeStyles, focusRing, copyrightNoticeStyles];

  /** Who holds the copyright, e.g. 新华社 or Example Media Ltd. Without it the line reads "版权所有 © 2023". */
  declare holder?: string;

  /** The year of first publication (four digits). An invalid or far-future year warns and is left out. */
  declare yearStart?: string;

  /**
   * The last year (four digits); the current year when absent. A single year (2023–2023) is shown once.
   * With neither year, the notice shows the publication year (`date-published`) of its enclosing
   * `<folio-article>`, or of the page's only one, and the current year only when there is none.
   */
  declare yearEnd?: string;

  /**
   * `all-rights-reserved` (the default) or a Creative Commons code: `cc-by-4.0`,
   * `cc-by-sa-4.0`, `cc-by-nd-4.0`, `cc-by-nc-4.0`, `cc-by-nc-sa-4.0`,
   * `cc-by-nc-nd-4.0`, the same with `-3.0`, or `cc0-1.0`. Short codes such as
   * `CC BY-NC-ND 4.0` are accepted too. An unknown code warns and is shown as
   * written, without a link.
   */
  declare license?: string;

  /** A reprint notice shown as written, e.g. 未经许可不得转载. */
  declare reprintNotice?: string;

  /** The address readers report content to; becomes a mailto link in the report sentence. An invalid address warns and shows no link. */
  declare reportEmail?: string;

  /**
   * The id of a `<folio-report-dialog>` (in the notice's own root, else the
   * document) whose `show()` the report button calls. It is looked up when the
   * button is pressed, so the dialog may be defined after the notice. If it is
   * missing, the notice warns and falls back to the e-mail, if any.
   */
  declare reportDialog?: string;

  /**
   * Turn half-width , : ; ! ? ( ) in the disclaimer's Chinese text into full-width ones, as
   * `<folio-article normalize-punctuation>` does in the body (版权声明:本文 → 版权声明：本文). Text
   * nodes only. It rewrites text the page has already drawn: normalize on the server for no shift.
   */
  normalizePunctuation = false;

  /** Set when the report button found no dialog to open: the sentence falls back to the e-mail. */
  declare private dialogUnavailable?: boolean;

  /** @internal The locale the notice is read in (follows `lang`). */
  readonly localize = new LocaleController(this);
  /** @internal Applies `data-folio-theme` from ancestors as `:state()`. */
  readonly theme = new ThemeController(this);

  // Derived from the attributes in willUpdate (before any render or updateComplete), so that render only renders.
  declare private years: string;
  declare private holderName?: string;
  declare private licenseInfo: License;
  declare private reportAddress?: string;
  declare private dialogId?: string;
  declare private reprint?: string;

  /**
   * The parts a notice's attributes ask for, each there by updateComplete.
   * The license line keeps its box until its names arrive (a server-rendered
   * notice waits for them: it hydrates only with the server's text); a render
   * with a report-email waits for its link (folio.css keeps the box
   * meanwhile); the report button's code is there before a reader presses.
   */
  private readonly parts = new LazyPartController(this, {
    license: {
      part: licensePart,
      when: () => parseLicense(this, textProperty(this, 'license', this.license)).kind === 'cc',
      blocking: () => !this.hasUpdated && this.shadowRoot?.hasChildNodes(),
      attribute: 'license',
      instead: 'it is shown by its code',
    },
    email: {
      part: emailPart,
      when: () => this.emailAddress,
      blocking: true,
      attribute: 'report-email',
      instead: 'no e-mail link is shown',
    },
    passes: {
      part: passesPart,
      when: () => this.normalizePunctuation,
      attribute: 'normalize-punctuation',
      instead: 'it is shown as written',
    },
    opener: {
      part: openerPart,
      when: () => textProperty(this, 'report-dialog', this.reportDialog),
      attribute: 'report-dialog',
      instead: 'the report button tries again when pressed',
    },
  });

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.parts.scheduleUpdate(() => super.scheduleUpdate());
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.parts.updateComplete(() => super.getUpdateComplete());
  }

  /** The address in `report-email`, when it is one. */
  private get emailAddress(): string | undefined {
    const written = textProperty(this, 'report-email', this.reportEmail);
    return written && readEmailAddress(written);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('reportDialog')) this.dialogUnavailable = false;
    // Properties may be given JSON: a number is read as text (a year), anything else warns and is absent.
    const text = (attribute: string, value: unknown) => textProperty(this, attribute, value);
    const currentYear = new Date().getFullYear();
    this.years = copyrightYears(
      this,
      text('year-start', this.yearStart),
      text('year-end', this.yearEnd),
      currentYear,
      articleYear(this, currentYear),
    );
    this.holderName = text('holder', this.holder);
    this.licenseInfo = parseLicense(this, text('license', this.license));
    const email = text('report-email', this.reportEmail);
    this.reportAddress = this.emailAddress;
    if (email && !this.reportAddress)
      warn(
        this,
        'report-email',
        `${quote(email)} is not an e-mail address (e.g. report@example.com); no e-mail link is shown.`,
      );
    this.dialogId = text('report-dialog', this.reportDialog);
    this.reprint = text('reprint-notice', this.reprintNotice);
  }

  protected override updated(): void {
    this.normalizeDisclaimer();
  }

  /** The disclaimer's text, normalized when asked (again when it changes: slotchange). */
  private readonly normalizeDisclaimer = (): void => {
    if (this.normalizePunctuation) passesPart.module?.normalizePunctuation([this]);
  };

  protected override render(): TemplateResult {
    const copyright = this.localize.term(
      this.licenseInfo.kind === 'all-rights-reserved' ? 'noticeAllRightsReserved' : 'noticeCopyright',
      this.years,
      this.holderName,
    );
    return html`<div part="base"><p part="copyright" class="above">${copyright}</p>${this.renderLicense()}${
      this.reprint ? html`<p part="reprint" class="above">${this.reprint}</p>` : nothing
    }<div part="disclaimer"><slot @slotchange=${this.normalizeDisclaimer}></slot></div>${this.renderReport()}</div>`;
  }

  private renderLicense(): TemplateResult | typeof nothing {
    const license = this.licenseInfo;
    if (license.kind === 'all-rights-reserved') return nothing;
    const code = license.kind === 'cc' ? shortCode(license) : license.text;
    const sentence = license.kind === 'cc' ? licensePart.module?.licenseSentence(this.localize, license) : undefined;
    // The line's box (one line and its gap, as folio.css reserved it) while the names load; an
    // unknown code, or a Creative Commons license whose names could not be loaded, by its code.
    const content = sentence
      ? fillTemplate(sentence[0], {
          license: sentence[1],
          code: html`<span part="license-code" class="code">${code}</span>`,
        })
      : license.kind === 'cc' && !this.parts.failed('license')
        ? '\u00a0'
        : fillTemplate(this.localize.term('noticeLicenseUnknown'), { license: code });
    return html`<p part="license" class="above">${content}</p>`;
  }

  private renderReport(): TemplateResult | typeof nothing {
    const dialog = !!this.dialogId && !this.dialogUnavailable;
    // The e-mail part writes the sentence when there is an address to link; the dialog's own sentence is here.
    const [template, email] =
      (this.reportAddress && emailPart.module?.reportSentence(this.localize, this.reportAddress, dialog)) ||
      (dialog ? [this.localize.term('noticeReportByDialog')] : []);
    if (!template) {
      // Only after a press found no dialog: say so, where focus lands, rather than leave a dead button.
      return this.dialogUnavailable
        ? html`<p part="report" tabindex="-1">${this.localize.term('noticeReportUnavailable')}</p>`
        : nothing;
    }
    // No whitespace inside: in Chinese it would show as stray spaces around 点击举报.
    const button = html`<button part="report-button" type="button" aria-haspopup="dialog" @click=${this.openReportDialog}>${this.localize.term('noticeReportButton')}</button>`;
    return html`<p part="report">${fillTemplate(template, { report: button, email })}</p>`;
  }

  /** The report button's click listener (Lit calls it with the notice as `this`). */
  private async openReportDialog(): Promise<void> {
    // There by updateComplete, so show() runs within the press. Without it (it could not be loaded),
    // the button stays where focus is, to try again when pressed.
    const opener = openerPart.module ?? (await this.parts.load('opener'));
    if (!opener || (await opener.openReportDialog(this, this.dialogId!, !!this.reportAddress))) return;
    // No dialog to open: the notice falls back to its e-mail, else says reporting is unavailable (the opener's strings).
    this.dialogUnavailable = true;
    await this.updateComplete;
    // The button is gone: put focus on what replaced it (the e-mail link, else the line), so keyboard readers are not dropped to the page's start.
    const line = this.renderRoot.querySelector<HTMLElement>('[part~="report"]');
    (line?.querySelector('a') ?? line)?.focus();
  }
}

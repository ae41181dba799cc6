/**
 * The license part of the notice: the Creative Commons names in each
 * language, the deed each links to, and the sentence around them. Loaded the
 * first time a notice has a Creative Commons license (most notices reserve
 * all rights and never need it); until then the notice keeps the license
 * line's box, empty, as folio.css did before upgrade.
 */
import { html, type TemplateResult } from 'lit';
import type { LocaleController } from '../core/locale-controller.js';
import '../locales/copyright-notice-license.js';
import { deedUrl } from './deeds.js';
import type { CreativeCommons } from './licenses.js';

/** The license sentence's template (`{license}`, `{code}`) and its linked name, for fillTemplate. */
export function licenseSentence(localize: LocaleController, license: CreativeCommons): [string, TemplateResult] {
  const template = localize.term(license.tool === 'zero' ? 'noticeDedicated' : 'noticeLicensed');
  const link = html`<a part="license-link" rel="license" href=${deedUrl(license, localize.lang)}>${localize.term('noticeLicenseName', license)}</a>`;
  return [template, link];
}

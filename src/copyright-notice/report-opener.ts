/**
 * What the report button does when pressed: find the element `report-dialog`
 * names and call its show(). Loaded (with the notice's first render that has
 * a report button) apart from the notice, because only that button needs it;
 * with it come the strings of what the notice shows when there is no dialog.
 */
import { quote, warn } from '../core/warn.js';
import '../locales/copyright-notice-opener.js';

/** What a `report-dialog` id must point at: a `<folio-report-dialog>`, or anything with the same `show()`. */
interface Showable {
  show(): unknown;
}

const isShowable = (element: Element): element is Element & Showable =>
  typeof (element as Partial<Showable>).show === 'function';

const isUndefinedCustomElement = (element: Element) =>
  element.localName.includes('-') && globalThis.customElements?.get(element.localName) === undefined;

/** How long a press waits for a dialog element whose definition has not arrived yet. */
const DEFINITION_WAIT_MS = 1500;

/** The element `id` names, in the notice's own root first (a dialog beside it in a shadow root), then the document. */
function findReportDialog(host: Element, id: string): Element | null {
  const root = host.getRootNode() as Partial<Pick<Document, 'getElementById'>>;
  return root.getElementById?.(id) ?? host.ownerDocument.getElementById(id);
}

/**
 * Opens the report dialog `id` names; false (after a warning naming
 * `report-dialog`) when there is none to open, so the notice falls back to
 * its e-mail (`emailFallback`) or says reporting is not available.
 */
export async function openReportDialog(host: Element, id: string, emailFallback: boolean): Promise<boolean> {
  const target = findReportDialog(host, id);
  if (target && !isShowable(target) && isUndefinedCustomElement(target)) {
    // Pressed while the dialog's script is still loading: give it a moment rather than give up at once.
    await Promise.race([
      customElements.whenDefined(target.localName),
      new Promise((resolve) => setTimeout(resolve, DEFINITION_WAIT_MS)),
    ]);
  }
  if (target && isShowable(target)) {
    try {
      // show() may return a promise (settling after a transition); a rejection must not go unhandled.
      await target.show();
      return true;
    } catch (error) {
      warn(host, 'report-dialog', `show() of #${id} failed (${String(error)}).`);
    }
  } else {
    const found = target
      ? `<${target.localName}> #${id} has no show() method (is its script loaded?)`
      : `no element has the id ${quote(id)}`;
    warn(
      host,
      'report-dialog',
      `${found}; ${emailFallback ? 'the e-mail address is offered instead' : 'reporting is not available'}.`,
    );
  }
  return false;
}

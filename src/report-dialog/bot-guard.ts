import { html, type TemplateResult } from 'lit';

/**
 * Two cheap checks against form-filling bots, both invisible to people and to
 * screen readers (the honeypot is off-screen, aria-hidden and out of the Tab
 * order, and its name is one no browser autofills).
 *
 * - A filled honeypot: only a bot fills a field nobody can see or reach, so
 *   the dialog pretends success and sends nothing. Pretending, rather than
 *   refusing, gives the bot no signal to adapt to. The draft is not cleared:
 *   on the one-in-a-million chance that a person's tool filled it, their text
 *   is still there when they reopen the dialog.
 * - Too fast (sent sooner than `minFillTime` after the draft was begun): a
 *   person can be that fast (pasting a prepared text), so the dialog does not
 *   pretend; it says so, keeps everything and lets them send again, which by
 *   then passes. The clock starts with the draft, so a draft restored after a
 *   reload is not "too fast".
 */
export const HONEYPOT_NAME = 'folio_hp_nickname_2';
export const DEFAULT_MIN_FILL_TIME = 3000;

export type BotVerdict = 'honeypot' | 'too-fast' | undefined;

export function botVerdict(honeypot: string, startedAt: number, minFillTime: number, now = Date.now()): BotVerdict {
  if (honeypot.trim() !== '') return 'honeypot';
  if (now - startedAt < minFillTime) return 'too-fast';
  return undefined;
}

/** The honeypot: off-screen, hidden from assistive technology, out of the Tab order, never autofilled. */
export function honeypot(label: string): TemplateResult {
  return html`<div class="honeypot" aria-hidden="true">
    <label for="hp">${label}</label>
    <input id="hp" name=${HONEYPOT_NAME} type="text" tabindex="-1" autocomplete="off" />
  </div>`;
}

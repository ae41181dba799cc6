/**
 * Text that readers wrote (and ids and times read from a file anyone may have
 * edited) reaches a reviewer's terminal only escaped: a window-title change
 * (`ESC ] 0 ;`), a screen clear (`ESC [ 2 J`), an OSC 8 hidden link, a
 * carriage return that draws a fake row over the real one, a C1 control or a
 * bidi override that reorders what is shown. Every such character is written
 * as `\uXXXX`.
 */

/** C0 and C1 controls and DEL, the bidi controls, and the line and paragraph separators. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** What `JSON.stringify` leaves raw: DEL, C1, the bidi controls and the separators (it escapes C0 itself). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same as `UNSAFE`, but for a line feed and a tab, which text in a CSV cell may keep. */
const UNSAFE_IN_CELL =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One line of plain text for a terminal: every control, bidi and line-breaking character escaped. */
export function terminalText(value: unknown): string {
  return String(value).replace(UNSAFE, escape);
}

/** The text of a CSV cell: line breaks kept (as LF) and tabs kept, every other control and bidi character escaped. */
export function cellText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(UNSAFE_IN_CELL, escape);
}

/**
 * JSON for a terminal: `JSON.stringify` escapes C0 controls already; DEL, C1,
 * bidi controls and the separators are escaped here too. The result parses to
 * the same value.
 */
export function terminalJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(UNSAFE_IN_JSON, escape);
}

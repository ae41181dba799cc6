import type { ReportPayload } from '../report/types.js';

/** What came of one attempt to send a report; every case but `success` keeps the draft. */
export type SubmitOutcome =
  | { kind: 'success'; status: number; id?: string }
  /** A 4xx answer that names the fields it refused: `{ "errors": { "<field path>": "<message>" } }`. */
  | { kind: 'invalid'; status: number; errors: Record<string, string> }
  /** 422 `{ code: "idempotency-key-reused" }`: the key went with another version of the report, which was stored. */
  | { kind: 'key-reused'; status: 422 }
  | { kind: 'rate-limited'; status: 429; retryAfterSeconds?: number }
  /** Any other 4xx: a malformed request (400), too large (413), wrong type (415)… */
  | { kind: 'rejected'; status: number }
  | { kind: 'server-error'; status: number }
  | { kind: 'network'; error: unknown }
  | { kind: 'timeout' };

export interface SubmitOptions {
  /** Milliseconds to wait for an answer before giving up (the dialog's `timeout`). */
  timeout: number;
  csrfToken?: string;
  fetch?: typeof globalThis.fetch;
}

/**
 * POSTs a report as docs/contract.md#report-submission-protocol describes: JSON, with the draft's idempotency
 * key as `Idempotency-Key`, and the CSRF token when the site has one. Never
 * throws: every failure becomes an outcome the dialog can explain.
 */
export async function postReport(
  action: string,
  payload: ReportPayload,
  options: SubmitOptions,
): Promise<SubmitOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'Idempotency-Key': payload.idempotencyKey,
  };
  if (options.csrfToken) headers['X-CSRF-Token'] = options.csrfToken;
  try {
    const response = await (options.fetch ?? globalThis.fetch)(action, {
      method: 'POST',
      headers,
      body: JSON.stringify(payload),
      credentials: 'same-origin',
      signal: controller.signal,
    });
    // The body is read under the same timer: a server can hang after its headers too.
    const body = await readJson(response);
    return classify(response, body);
  } catch (error) {
    return timedOut ? { kind: 'timeout' } : { kind: 'network', error };
  } finally {
    clearTimeout(timer);
  }
}

function classify(response: Response, body: unknown): SubmitOutcome {
  const { status } = response;
  if (status >= 200 && status < 300) {
    const id =
      isRecord(body) && (typeof body.id === 'string' || typeof body.id === 'number') ? String(body.id) : undefined;
    return id === undefined ? { kind: 'success', status } : { kind: 'success', status, id };
  }
  if (status === 429) {
    const wait = retryAfterSeconds(response.headers.get('Retry-After'));
    return wait === undefined
      ? { kind: 'rate-limited', status }
      : { kind: 'rate-limited', status, retryAfterSeconds: wait };
  }
  if (status === 422 && isRecord(body) && body.code === 'idempotency-key-reused') return { kind: 'key-reused', status };
  if (status >= 400 && status < 500) {
    const errors = isRecord(body) && isRecord(body.errors) ? stringValues(body.errors) : {};
    return Object.keys(errors).length > 0 ? { kind: 'invalid', status, errors } : { kind: 'rejected', status };
  }
  return { kind: 'server-error', status };
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined; // an HTML error page from a proxy: the status alone says what happened
  }
}

/** `Retry-After` is either seconds or an HTTP date; anything else is ignored. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringValues(errors: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    if (typeof message === 'string' && message.trim() !== '') result[field] = message;
    else if (Array.isArray(message) && typeof message[0] === 'string') result[field] = message[0]; // Rails/Django style lists
  }
  return result;
}

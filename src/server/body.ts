/**
 * Reading a request body (a report, a reaction) at a bounded cost, in any runtime with the Fetch API:
 * a declared or actual size past the limit is refused while reading (413), a
 * body that takes longer than the deadline is given up (408), bodies read at
 * once are capped (503 past the cap, before reading), and the JSON's nesting
 * and number of values are checked in one linear pass before `JSON.parse`
 * builds anything (422). Each request's body is read once: the rate limiter
 * and the handler share the result.
 */
import { REPORT_LIMITS } from '../report/index.js';
import { jsonShapeProblem } from '../core/json-shape.js';

export interface BodyLimits {
  /** The largest body read, in bytes. */
  maxBytes: number;
  /** Milliseconds a body may take to arrive, from the first read. */
  timeout: number;
  /** Bodies read at the same time; one more is refused with 503 before it is read. */
  maxInFlight: number;
}

/** The body as JSON, or the answer that refuses it. */
export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 408 | 413 | 422 | 503; error: string; headers?: Record<string, string> };

export type BodyReader = (request: Request) => Promise<BodyResult>;

class Refused extends Error {
  constructor(readonly result: Extract<BodyResult, { ok: false }>) {
    super(result.error);
  }
}

/** A reader with these limits; it reads each request's body once, however often it is asked. */
export function bodyReader(limits: BodyLimits): BodyReader {
  const read = new WeakMap<Request, Promise<BodyResult>>();
  let inFlight = 0;

  async function readOnce(request: Request): Promise<BodyResult> {
    const declared = Number(request.headers.get('Content-Length') ?? NaN);
    if (declared > limits.maxBytes) {
      await request.body?.cancel().catch(() => {});
      return tooLarge(limits.maxBytes);
    }
    if (inFlight >= limits.maxInFlight) {
      await request.body?.cancel().catch(() => {});
      return {
        ok: false,
        status: 503,
        error: 'The server is receiving too many requests at once; please try again in a few seconds.',
        headers: { 'Retry-After': '5', Connection: 'close' },
      };
    }
    inFlight++;
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(request, limits);
    } catch (error) {
      if (error instanceof Refused) return error.result;
      return { ok: false, status: 400, error: 'The body was cut off.' };
    } finally {
      inFlight--;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, status: 400, error: 'The body is not valid UTF-8 text.' };
    }
    const shape = jsonShapeProblem(text, REPORT_LIMITS.bodyDepth, REPORT_LIMITS.bodyValues);
    if (shape) return { ok: false, status: 422, error: `The body ${shape}.` };
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      return { ok: false, status: 400, error: 'The body is not valid JSON.' };
    }
  }

  return (request) => {
    let result = read.get(request);
    if (!result) read.set(request, (result = readOnce(request)));
    return result;
  };
}

function tooLarge(max: number): Extract<BodyResult, { ok: false }> {
  return {
    ok: false,
    status: 413,
    error: `The body may be at most ${max} bytes.`,
    headers: { Connection: 'close' },
  };
}

/** The body's bytes, stopping (and cancelling the stream) past `maxBytes` or past the deadline. */
async function readBytes(request: Request, limits: BodyLimits): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Refused({
            ok: false,
            status: 408,
            error: `The body did not arrive within ${limits.timeout / 1000} seconds.`,
            headers: { Connection: 'close' },
          }),
        ),
      limits.timeout,
    );
  });
  deadline.catch(() => {}); // raced below; never left unhandled
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), deadline]);
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxBytes) throw new Refused(tooLarge(limits.maxBytes));
      chunks.push(value);
    }
  } catch (error) {
    // Cancel rather than read on: the rest of the body is never buffered.
    void reader.cancel().catch(() => {});
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { jsonShapeProblem } from '../core/json-shape.js';
import { quote } from '../core/warn.js';

/**
 * Fetch state for one JSON resource, as a reactive controller: the host
 * renders from `status`, `value` and `failure`, and re-renders whenever they
 * change. Nothing here knows about related posts, so another tag can use it
 * (and it can move to src/core when a second one does).
 *
 * What real networks need and a bare `fetch()` lacks:
 * - a timeout, because a request can hang for minutes;
 * - one quiet retry of failures that are usually passing (network errors,
 *   5xx answers, timeouts) but not of those that are not (4xx, bad JSON);
 * - a cap on the body, so a huge answer is cut off while it downloads rather
 *   than read, parsed and walked on the main thread, and a timeout that
 *   covers parsing too;
 * - an abort when the host leaves the page, so a removed element neither
 *   keeps a connection open nor renders late; it loads again if it returns;
 * - only the latest request counts, when the URL changes mid-flight.
 */
export type FetchStatus = 'idle' | 'loading' | 'success' | 'error';

export type FetchFailureKind = 'network' | 'http' | 'timeout' | 'parse' | 'size';

export interface FetchFailure {
  kind: FetchFailureKind;
  /** The HTTP status, for `http` failures. */
  status?: number;
  /** A sentence for the console: what went wrong with which URL. */
  message: string;
}

export interface FetchOptions {
  /** Milliseconds each attempt may take, parsing included, before it is given up. */
  timeout: number;
  /** The most bytes of body read; a longer answer fails (not retried). */
  maxBytes: number;
  /** The deepest nesting parsed; a deeper answer fails (not retried). The byte cap bounds the rest of the work. */
  maxDepth: number;
  /** Further attempts after a retryable failure. */
  retries?: number;
  /** Milliseconds to wait before a retry. */
  retryDelay?: number;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Thrown inside an attempt; carries what the caller should see. */
class AttemptError extends Error {
  constructor(readonly failure: FetchFailure) {
    super(failure.message);
  }
}

const isRetryable = (failure: FetchFailure) =>
  failure.kind === 'network' || failure.kind === 'timeout' || (failure.kind === 'http' && (failure.status ?? 0) >= 500);

export class FetchController implements ReactiveController {
  status: FetchStatus = 'idle';
  /** The parsed JSON of the last successful load. */
  value: unknown = undefined;
  failure: FetchFailure | undefined = undefined;
  /** The URL of the current or last load. */
  url: string | undefined;

  private options: FetchOptions | undefined;
  private abortController: AbortController | undefined;
  /** Bumped by every load and abort: a late answer of an older request is ignored. */
  private generation = 0;
  /** A load cut short by disconnection, resumed on reconnection. */
  private interrupted = false;

  constructor(
    protected readonly host: Host,
    private readonly fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.interrupted && this.url && this.options) {
      this.interrupted = false;
      void this.load(this.url, this.options);
    }
  }

  hostDisconnected(): void {
    if (this.status === 'loading') this.interrupted = true;
    this.abort();
  }

  /** Aborts whatever is in flight; the state stays as it was (a late answer is ignored). */
  abort(): void {
    this.generation++;
    this.abortController?.abort(new DOMException('The element left the page.', 'AbortError'));
    this.abortController = undefined;
  }

  /** Loads `url` (aborting any earlier load) and settles in `success` or `error`. */
  async load(url: string, options: FetchOptions): Promise<void> {
    this.abort();
    const generation = this.generation;
    this.url = url;
    this.options = options;
    this.set('loading');
    const { retries = 1, retryDelay = 250 } = options;
    for (let attempt = 0; ; attempt++) {
      try {
        const value = await this.attempt(url, options, generation);
        if (generation !== this.generation) return;
        this.value = value;
        this.failure = undefined;
        this.set('success');
        return;
      } catch (error) {
        if (generation !== this.generation) return; // aborted or superseded: not a failure of ours
        const failure =
          error instanceof AttemptError ? error.failure : { kind: 'network' as const, message: String(error) };
        if (attempt < retries && isRetryable(failure)) {
          await new Promise((resolve) => setTimeout(resolve, retryDelay));
          if (generation !== this.generation) return;
          continue;
        }
        this.failure = failure;
        this.set('error');
        return;
      }
    }
  }

  /** Loads the last URL again, e.g. from a retry button. */
  retry(): Promise<void> {
    if (!this.url || !this.options) return Promise.resolve();
    return this.load(this.url, this.options);
  }

  private async attempt(url: string, options: FetchOptions, generation: number): Promise<unknown> {
    const { timeout, maxBytes } = options;
    // The URL as a warning shows it: quoted and shortened, so a huge src cannot flood the console.
    const shown = quote(url);
    const timedOutFailure = () =>
      new AttemptError({ kind: 'timeout', message: `${shown} did not answer within ${timeout} ms.` });
    const controller = new AbortController();
    this.abortController = controller;
    const started = performance.now();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException('Timed out.', 'TimeoutError'));
    }, timeout);
    try {
      let response: Response;
      let text: string | undefined;
      try {
        response = await this.fetchImpl(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
        // The body can hang after the headers arrive, so it stays under the timeout too.
        text = response.ok ? await textWithin(response, maxBytes) : undefined;
      } catch (error) {
        if (timedOut) throw timedOutFailure();
        if (generation !== this.generation) throw error;
        throw new AttemptError({ kind: 'network', message: `${shown} could not be reached (${String(error)}).` });
      }
      if (!response.ok) {
        throw new AttemptError({
          kind: 'http',
          status: response.status,
          message: `${shown} answered HTTP ${response.status}.`,
        });
      }
      if (text === undefined) {
        throw new AttemptError({
          kind: 'size',
          message: `${shown} answered more than ${maxBytes} bytes; none was read.`,
        });
      }
      const shape = jsonShapeProblem(text, options.maxDepth, Infinity);
      if (shape) throw new AttemptError({ kind: 'size', message: `${shown} answered JSON that ${shape}.` });
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new AttemptError({ kind: 'parse', message: `${shown} did not answer valid JSON.` });
      }
      // Parsing cannot be interrupted; an answer that took too long to parse counts as one that came too late.
      if (performance.now() - started > timeout) throw timedOutFailure();
      return value;
    } finally {
      clearTimeout(timer);
      // Stops the download of an error answer's body, left unread. Not the body's cancel(): in WebKit that
      // leaves an unhandled rejection on the page for every error answer. (A body too big is cancelled by
      // its reader, as before: with only the abort, WebKit once went on downloading a cut-off feed.)
      controller.abort();
      if (this.abortController === controller) this.abortController = undefined;
    }
  }

  private set(status: FetchStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}

/** The body as text, or undefined as soon as it passes `maxBytes` (the rest is not downloaded). */
async function textWithin(response: Response, maxBytes: number): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  if (Number(response.headers.get('content-length')) > maxBytes) {
    void reader.cancel();
    return undefined;
  }
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

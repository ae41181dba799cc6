/// <reference types="node" />
/**
 * Abuse limits for the report endpoint: at most N reports per client (its
 * address hash) in a sliding window, refused with 429 past it; and per
 * reported page (its normalized URL), past which reports are stored marked
 * `throttled` rather than refused. A page limit that refused would let anyone
 * silence reports about a page by filling its bucket from a few addresses;
 * marked, the flood stays apart for reviewers and a real reader still gets
 * through (and a flood is still bounded by the per-client limits). `withRateLimit`
 * wraps any `(request) => Promise<Response>` handler, so the handler itself
 * knows nothing about limits; the limiter decides where the counts live:
 * `MemoryRateLimiter` in this process (enough for one server with the file
 * store), `PostgresRateLimiter` (folio-elements/server/postgres) in a table
 * that every server shares.
 *
 * What counts: accepted new reports only. The wrapper reserves a place in
 * every bucket before the handler runs and releases it unless the handler
 * answered 201 (a new report). The client's bucket is checked before the
 * body is read: a client past its limit costs a 429 and nothing more. The
 * page's bucket needs the page's URL from the body, read through the
 * handler's own reader (`createReportHandler`'s `readBody`), so the body is
 * read and parsed once, with the handler's limits. Reserving first, rather than counting after a
 * 201, keeps the limit exact under concurrency: N+1 requests arriving at
 * once cannot all pass a check made before any of them was counted.
 * Releasing afterwards means invalid bodies, server errors and duplicates
 * spend nothing. A place is held per idempotency key, so a retry of a report
 * (same `Idempotency-Key`) never needs a second place, even while the client
 * is at its limit: it gets its first answer back instead of a 429.
 */
import { createHash } from 'node:crypto';
import { REPORT_LIMITS, isHttpUrl, normalizePageUrl } from '../report/index.js';
import { bodyReader, type BodyReader } from './body.js';
import { normalizeClientAddress } from './client-address.js';
import { createClientHasher, type ClientHasher } from './client-hash.js';
import { describeError } from './handler.js';
import { json } from './json-answer.js';
import { markThrottled } from './throttle.js';

/** One counter: `key` names it (e.g. `client:<hash>`), `limit` is how many places it has per window. */
export interface RateLimitBucket {
  key: string;
  limit: number;
}

export type RateLimitDecision =
  | { allowed: true; /** Gives back the places this reservation took. */ release(): Promise<void> }
  | { allowed: false; /** Whole seconds until a place frees up (at least 1). */ retryAfter: number };

export interface RateLimiter {
  /**
   * Takes one place for `token` in every bucket, all or none, atomically with
   * respect to every other reservation on the same buckets. A token that
   * already holds a place in a bucket takes no new one there. Places expire
   * `windowSeconds` after they were taken.
   */
  reserve(buckets: RateLimitBucket[], token: string, windowSeconds: number): Promise<RateLimitDecision>;
}

/** Counts in this process's memory: right for one server; several servers each count alone. */
export class MemoryRateLimiter implements RateLimiter {
  /** bucket key → (token → expiry in ms), in insertion order, so the first entry expires first. */
  readonly #buckets = new Map<string, Map<string, number>>();
  readonly #now: () => number;
  #callsSinceSweep = 0;

  constructor(options: { now?: () => number } = {}) {
    this.#now = options.now ?? Date.now;
  }

  async reserve(buckets: RateLimitBucket[], token: string, windowSeconds: number): Promise<RateLimitDecision> {
    const now = this.#now();
    this.#sweepNowAndThen(now);
    let blockedFor = 0;
    for (const bucket of buckets) {
      const places = this.#places(bucket.key, now);
      if (places.has(token) || places.size < bucket.limit) continue;
      let firstExpiry = places.size ? Infinity : now + windowSeconds * 1000;
      for (const expiry of places.values()) firstExpiry = Math.min(firstExpiry, expiry);
      blockedFor = Math.max(blockedFor, retryAfterSeconds(firstExpiry - now));
    }
    if (blockedFor > 0) return { allowed: false, retryAfter: blockedFor };

    const taken: string[] = [];
    for (const bucket of buckets) {
      const places = this.#places(bucket.key, now);
      if (places.has(token)) continue;
      places.set(token, now + windowSeconds * 1000);
      taken.push(bucket.key);
    }
    return {
      allowed: true,
      release: async () => {
        for (const key of taken) this.#buckets.get(key)?.delete(token);
      },
    };
  }

  /** A bucket's live places, with the expired ones dropped. */
  #places(key: string, now: number): Map<string, number> {
    let places = this.#buckets.get(key);
    if (!places) this.#buckets.set(key, (places = new Map()));
    for (const [token, expiry] of places) if (expiry <= now) places.delete(token);
    return places;
  }

  /** Idle buckets would otherwise stay in memory for ever. */
  #sweepNowAndThen(now: number): void {
    if (++this.#callsSinceSweep < 1000) return;
    this.#callsSinceSweep = 0;
    for (const [key, places] of this.#buckets) {
      for (const [token, expiry] of places) if (expiry <= now) places.delete(token);
      if (!places.size) this.#buckets.delete(key);
    }
  }
}

/** Milliseconds until a place frees up, as the whole seconds `Retry-After` wants (never 0). */
export function retryAfterSeconds(milliseconds: number): number {
  return Math.max(1, Math.ceil(milliseconds / 1000));
}

export interface RateLimitOptions {
  limiter: RateLimiter;
  /** Accepted reports per client address in a window. */
  perClient: number;
  /** Reports about one page (its normalized URL, from all clients) in a window; past it they are stored marked `throttled`. */
  perPage: number;
  windowSeconds: number;
  /**
   * The client's address (`clientAddressFrom({ trustProxy })`, or `remoteAddress`);
   * undefined skips the per-client limit. Normalized before it is hashed.
   */
  clientAddress(request: Request): string | undefined;
  /** Turns the address into the salted hash the limiter sees (default: `createClientHasher()`). */
  hashClient?: ClientHasher;
}

export type RequestHandler = ((request: Request) => Promise<Response>) & { readonly readBody?: BodyReader };

/**
 * Wraps a report handler with per-client and per-page limits. Over a limit
 * the answer is 429 with `Retry-After` and `{ error: 'rate-limited',
 * retryAfter }`, without calling the handler. Only POSTs are limited.
 */
export function withRateLimit(handler: RequestHandler, options: RateLimitOptions): RequestHandler {
  const hashClient = options.hashClient ?? createClientHasher();
  const readBody = handler.readBody ?? readCopy();

  const limited = async (request: Request): Promise<Response> => {
    if (request.method !== 'POST') return handler(request);
    // Without a key every request is its own report; the handler will refuse it anyway.
    const token = request.headers.get('idempotency-key')?.trim() || crypto.randomUUID();
    const taken: Array<() => Promise<void>> = [];
    /** Asks for a place in `bucket`; a 503 when the limiter cannot say. */
    const reserve = async (bucket: RateLimitBucket): Promise<RateLimitDecision | Response> => {
      try {
        return await options.limiter.reserve([bucket], token, options.windowSeconds);
      } catch (error) {
        // The shared store is unreachable: the handler could not save the report either.
        console.error(`folio-elements/server: the rate limiter failed: ${describeError(error)}`);
        return json(503, { error: 'unavailable' }, { 'Retry-After': '5' });
      }
    };
    /** The client's place first, before its body is read (429 past it); then the page's (throttled past it). */
    const admit = async (): Promise<Response | undefined> => {
      const address = options.clientAddress(request);
      if (address) {
        const client = await reserve({
          key: `client:${await hashClient(normalizeClientAddress(address))}`,
          limit: options.perClient,
        });
        if (client instanceof Response) return client;
        if (!client.allowed) return tooMany(request, client.retryAfter);
        taken.push(client.release);
      }
      const pageUrl = pageUrlOf(await readBody(request));
      if (!pageUrl) return undefined;
      const page = await reserve({ key: `page:${sha256(pageUrl)}`, limit: options.perPage });
      if (page instanceof Response) return page;
      if (page.allowed) taken.push(page.release);
      else markThrottled(request);
      return undefined;
    };
    let response: Response | undefined;
    try {
      response = (await admit()) ?? (await handler(request));
      return response;
    } finally {
      if (response?.status !== 201) {
        await Promise.all(taken.map((release) => release())).catch((error) =>
          console.error('folio-elements/server: releasing a rate-limit place failed', error),
        );
      }
    }
  };
  return handler.readBody ? Object.assign(limited, { readBody: handler.readBody }) : limited;
}

/** For a handler of another kind, which reads the body itself: a copy, read with the endpoint's default limits. */
function readCopy(): BodyReader {
  const read = bodyReader({
    maxBytes: REPORT_LIMITS.bodyBytes,
    timeout: 30_000,
    maxInFlight: Number.POSITIVE_INFINITY,
  });
  return (request) => read(request.clone());
}

function tooMany(request: Request, retryAfter: number): Response {
  // Never read a body that will not be stored.
  void request.body?.cancel().catch(() => {});
  return json(429, { error: 'rate-limited', retryAfter }, { 'Retry-After': String(retryAfter) });
}

/** The reported page's normalized URL from a body that could be read; refused bodies are limited per client only. */
function pageUrlOf(body: Awaited<ReturnType<BodyReader>>): string | undefined {
  if (!body.ok) return undefined;
  const url = (body.value as { page?: { url?: unknown } } | null)?.page?.url;
  return typeof url === 'string' && isHttpUrl(url.trim()) ? normalizePageUrl(url.trim()) : undefined;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/// <reference types="node" />
/**
 * Abuse limits for the report endpoint: at most N reports per client (its
 * address hash) and per reported page in a sliding window. `withRateLimit`
 * wraps any `(request) => Promise<Response>` handler, so the handler itself
 * knows nothing about limits; the limiter decides where the counts live:
 * `MemoryRateLimiter` in this process (enough for one server with the file
 * store), `PostgresRateLimiter` (folio-elements/server/postgres) in a table
 * that every server shares.
 *
 * What counts: accepted new reports only. The wrapper reserves a place in
 * every bucket before the handler runs and releases it unless the handler
 * answered 201 (a new report). Reserving first, rather than counting after a
 * 201, keeps the limit exact under concurrency: N+1 requests arriving at
 * once cannot all pass a check made before any of them was counted.
 * Releasing afterwards means invalid bodies, server errors and duplicates
 * spend nothing. A place is held per idempotency key, so a retry of a report
 * (same `Idempotency-Key`) never needs a second place, even while the client
 * is at its limit: it gets its first answer back instead of a 429.
 */
import { createHash } from 'node:crypto';
import { createClientHasher, type ClientHasher } from './client-hash.js';
import { REPORT_LIMITS } from '../report/index.js';

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
  /** Accepted reports about one page URL (from all clients) in a window. */
  perPage: number;
  windowSeconds: number;
  /** The client's address, e.g. from `toNodeListener`; undefined skips the per-client limit. */
  clientAddress(request: Request): string | undefined;
  /** Turns the address into the salted hash the limiter sees (default: `createClientHasher()`). */
  hashClient?: ClientHasher;
}

export type RequestHandler = (request: Request) => Promise<Response>;

/**
 * Wraps a report handler with per-client and per-page limits. Over a limit
 * the answer is 429 with `Retry-After` and `{ error: 'rate-limited',
 * retryAfter }`, without calling the handler. Only POSTs are limited.
 */
export function withRateLimit(handler: RequestHandler, options: RateLimitOptions): RequestHandler {
  const hashClient = options.hashClient ?? createClientHasher();
  return async (request) => {
    if (request.method !== 'POST') return handler(request);
    const buckets: RateLimitBucket[] = [];
    const address = options.clientAddress(request);
    if (address) buckets.push({ key: `client:${await hashClient(address)}`, limit: options.perClient });
    const pageUrl = await pageUrlOf(request);
    if (pageUrl) buckets.push({ key: `page:${sha256(pageUrl)}`, limit: options.perPage });
    if (!buckets.length) return handler(request);

    // Without a key every request is its own report; the handler will refuse it anyway.
    const token = request.headers.get('idempotency-key')?.trim() || crypto.randomUUID();
    let decision: RateLimitDecision;
    try {
      decision = await options.limiter.reserve(buckets, token, options.windowSeconds);
    } catch (error) {
      // The shared store is unreachable: the handler could not save the report either.
      console.error('folio-elements/server: the rate limiter failed', error);
      return json(503, { error: 'unavailable' }, { 'Retry-After': '5' });
    }
    if (!decision.allowed) {
      // Never read a body that will not be stored. Not awaited: cancelling one
      // branch of a tee (the body was cloned) settles only once both are.
      void request.body?.cancel().catch(() => {});
      return json(
        429,
        { error: 'rate-limited', retryAfter: decision.retryAfter },
        { 'Retry-After': String(decision.retryAfter) },
      );
    }
    let response: Response | undefined;
    try {
      response = await handler(request);
      return response;
    } finally {
      if (response?.status !== 201) {
        await decision
          .release()
          .catch((error) => console.error('folio-elements/server: releasing a rate-limit place failed', error));
      }
    }
  };
}

/**
 * The reported page's URL, read from a copy of the body so the handler still
 * gets the original. Bodies the handler will refuse (too large, not JSON)
 * yield undefined: they are limited per client only.
 */
async function pageUrlOf(request: Request): Promise<string | undefined> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > REPORT_LIMITS.bodyBytes || !request.body) return undefined;
  try {
    const text = await readCapped(request.clone(), REPORT_LIMITS.bodyBytes);
    if (text === undefined) return undefined;
    const url = (JSON.parse(text) as { page?: { url?: unknown } })?.page?.url;
    return typeof url === 'string' && url.trim() ? url.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** The body as text, or undefined once it passes `maxBytes` (a chunked body has no Content-Length to check first). */
async function readCapped(request: Request, maxBytes: number): Promise<string | undefined> {
  const reader = request.body!.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel().catch(() => {}); // settles only once the handler drops its branch too
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

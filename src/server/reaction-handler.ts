/**
 * The reference reactions endpoint for `<folio-reactions>`: a standard
 * `(Request) => Promise<Response>`, like the report handler, with the same
 * body limits, client-address handling and privacy (docs/contract.md,
 * "Reactions protocol"):
 *
 * | request | answer |
 * | --- | --- |
 * | `GET ?page=URL[&reader=ID]` | 200 `{ page, counts: { like: 3 }, mine? }` with `ETag` and `Cache-Control` (without `reader`: `s-maxage`, so a CDN absorbs page views); 304 for a matching `If-None-Match` |
 * | `POST { page, kind, reader }` | 200 `{ page, kind, count, pressed: true, changed }`: the reader's reaction is on (again: `changed: false`, nothing counted twice) |
 * | `DELETE { page, kind, reader }`, or `POST` with `undo: true` | 200 `{ …, pressed: false, changed }`: it is off |
 * | bad input | 400 (`page` missing in a GET, bad JSON), 413, 415, 422 `{ errors: { field: message } }` |
 * | past the per-client cap | 429 `{ error: 'rate-limited', retryAfter }` + `Retry-After`, before the body is read |
 * | the store failed / is full | 500 / 507 `{ error }`: nothing changed, the client may retry |
 *
 * A 200 to a change means it is durable. Pages are normalized URLs
 * (`normalizePageUrl`) of the site's own origins only (`pageOrigins`).
 */
import { isHttpUrl, normalizePageUrl } from '../report/index.js';
import { addressSecret, hashAddress, hex } from './address-hash.js';
import { bodyReader } from './body.js';
import { normalizeClientAddress } from './client-address.js';
import { describeError } from './handler.js';
import { isJsonContentType, json } from './json-answer.js';
import { MemoryRateLimiter, type RateLimiter } from './rate-limit.js';
import { KIND_PATTERN, MAX_PAGE_LENGTH, READER_PATTERN, type ReactionStore } from './reaction-store.js';

/** The kinds the tag knows; a site may accept fewer, or its own (`kinds`). */
export const DEFAULT_REACTION_KINDS = ['like', 'love', 'laugh', 'celebrate'] as const;

export interface ReactionHandlerOptions {
  store: ReactionStore;
  /** The kinds accepted (default `DEFAULT_REACTION_KINDS`). */
  kinds?: readonly string[];
  /**
   * The origins whose pages may be reacted to, e.g. `['https://news.example.cn']`.
   * Default: the endpoint's own origin (as the request's URL has it; behind a
   * proxy that rewrites the host, set this).
   */
  pageOrigins?: readonly string[];
  /**
   * The client's address: `clientAddressFrom({ trustProxy })`, or
   * `remoteAddress` without a proxy. Normalized, then kept only as an HMAC
   * keyed with `addressSalt`. Without it there is no per-client cap.
   */
  clientAddress?: (request: Request) => string | undefined;
  /** The secret addresses are hashed with (16 characters or more); default `FOLIO_REPORTS_SALT`, else a random one per process. */
  addressSalt?: string;
  /** Where per-client caps are counted (default this process's memory; `store.rateLimiter()` on PostgreSQL). */
  limiter?: RateLimiter;
  /** Changes per client (address hash) across all pages in `windowSeconds` (default 120). */
  perClient?: number;
  /** Default 3600. */
  windowSeconds?: number;
  /** Seconds a CDN may reuse a page's counts (`s-maxage`, default 10); browsers revalidate. */
  maxAge?: number;
  /** Origins allowed to call from other sites (CORS). Default none. */
  allowedOrigins?: readonly string[];
  /** Called when the store or anything else fails. Default: one line on console.error. */
  onError?: (error: unknown, request: Request) => void;
  now?: () => Date;
}

type Answer = (status: number, body: unknown, headers?: Record<string, string>) => Response;

interface Press {
  page: string;
  kind: string;
  reader: string;
}

export function createReactionHandler(options: ReactionHandlerOptions): (request: Request) => Promise<Response> {
  const { store, clientAddress } = options;
  const kinds = new Set(options.kinds ?? DEFAULT_REACTION_KINDS);
  const secret = clientAddress && addressSecret(options.addressSalt);
  const limiter = options.limiter ?? new MemoryRateLimiter();
  const perClient = options.perClient ?? 120;
  const windowSeconds = options.windowSeconds ?? 3600;
  const maxAge = options.maxAge ?? 10;
  const allowedOrigins = new Set(options.allowedOrigins ?? []);
  const now = options.now ?? (() => new Date());
  const onError =
    options.onError ??
    ((error: unknown) =>
      console.error(`folio-elements/server: a reaction could not be handled: ${describeError(error)}`));
  // A press is a few hundred bytes; nothing bigger is read.
  const readBody = bodyReader({ maxBytes: 4096, timeout: 10_000, maxInFlight: 32 });

  /** The normalized page, or why it is refused. */
  function pageOf(value: unknown, request: Request): { page: string } | { error: string } {
    if (typeof value !== 'string' || value.trim() === '') return { error: 'The page URL is required.' };
    const url = value.trim();
    if (url.length > MAX_PAGE_LENGTH) return { error: `The page URL may be at most ${MAX_PAGE_LENGTH} characters.` };
    if (!isHttpUrl(url)) return { error: 'The page must be an http(s) URL.' };
    const page = normalizePageUrl(url);
    const origins = options.pageOrigins ?? [new URL(request.url).origin];
    if (!origins.includes(new URL(page).origin))
      return { error: 'Reactions are taken for this site’s own pages only.' };
    return { page };
  }

  async function read(request: Request, answer: Answer): Promise<Response> {
    const query = new URL(request.url).searchParams;
    const page = pageOf(query.get('page'), request);
    if ('error' in page) return answer(400, { errors: { page: page.error } });
    const reader = query.get('reader') ?? undefined;
    if (reader !== undefined && !READER_PATTERN.test(reader)) {
      return answer(400, { errors: { reader: 'The reader id is 16 to 64 letters, digits, "-" or "_".' } });
    }
    const { counts, mine } = await store.get(page.page, reader);
    const body = JSON.stringify(mine ? { page: page.page, counts, mine } : { page: page.page, counts });
    const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
    const headers = {
      ETag: `"${hex(digest).slice(0, 32)}"`,
      // A reader's own state is theirs: never in a shared cache. The counts: a CDN keeps them
      // `maxAge` seconds; a browser asks again each time (a 304 when nothing moved), so a reader
      // who just pressed never gets their own old count back from the browser's cache.
      'Cache-Control': reader ? 'private, no-cache' : `public, max-age=0, s-maxage=${maxAge}`,
    };
    if (etagMatches(request.headers.get('If-None-Match'), headers.ETag)) {
      return new Response(null, { status: 304, headers: { ...headers, ...corsOf(request) } });
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'X-Content-Type-Options': 'nosniff',
        ...headers,
        ...corsOf(request),
      },
    });
  }

  async function change(request: Request, answer: Answer): Promise<Response> {
    if (!isJsonContentType(request.headers.get('Content-Type'))) {
      await request.body?.cancel().catch(() => {});
      return answer(415, { error: 'A reaction is sent as Content-Type: application/json (UTF-8).' });
    }
    // The per-client cap, before the body is read: past it a client costs a 429 and nothing more.
    const address = clientAddress?.(request);
    const clientHash = address && secret ? await hashAddress(normalizeClientAddress(address), secret) : undefined;
    let release = async () => {};
    if (clientHash) {
      const decision = await limiter.reserve(
        [{ key: `reactions:${clientHash}`, limit: perClient }],
        globalThis.crypto.randomUUID(),
        windowSeconds,
      );
      if (!decision.allowed) {
        await request.body?.cancel().catch(() => {});
        const retryAfter = String(decision.retryAfter);
        return answer(429, { error: 'rate-limited', retryAfter: decision.retryAfter }, { 'Retry-After': retryAfter });
      }
      release = decision.release;
    }
    let changed = false;
    try {
      const body = await readBody(request);
      if (!body.ok) return answer(body.status, { error: body.error }, body.headers);
      const press = pressOf(body.value, request);
      if ('errors' in press) return answer(422, { errors: press.errors });
      const undo = request.method === 'DELETE' || (body.value as { undo?: unknown }).undo === true;
      const result = await store.set({ ...press, on: !undo, clientHash, at: now() });
      changed = result.changed;
      return answer(200, { page: press.page, kind: press.kind, count: result.count, pressed: !undo, changed });
    } finally {
      // Only changes spend a place: invalid bodies, failures and retries cost nothing.
      if (!changed) await release().catch(() => {});
    }
  }

  function pressOf(value: unknown, request: Request): Press | { errors: Record<string, string> } {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { errors: { body: 'The body is a JSON object { page, kind, reader }.' } };
    }
    const { page, kind, reader } = value as Record<string, unknown>;
    const errors: Record<string, string> = {};
    const checked = pageOf(page, request);
    if ('error' in checked) errors.page = checked.error;
    if (typeof kind !== 'string' || !KIND_PATTERN.test(kind) || !kinds.has(kind)) {
      errors.kind = `The kind must be one of: ${[...kinds].join(', ')}.`;
    }
    if (typeof reader !== 'string' || !READER_PATTERN.test(reader)) {
      errors.reader = 'The reader id is 16 to 64 letters, digits, "-" or "_".';
    }
    if (Object.keys(errors).length || 'error' in checked) return { errors };
    return { page: checked.page, kind: kind as string, reader: reader as string };
  }

  function corsOf(request: Request): Record<string, string> {
    const origin = request.headers.get('Origin');
    return origin !== null && allowedOrigins.has(origin)
      ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }
      : {};
  }

  return async (request) => {
    const cors = corsOf(request);
    const answer: Answer = (status, body, headers = {}) => json(status, body, { ...cors, ...headers });
    try {
      switch (request.method) {
        case 'GET':
        case 'HEAD':
          return await read(request, answer);
        case 'POST':
        case 'DELETE':
          return await change(request, answer);
        case 'OPTIONS':
          if (cors['Access-Control-Allow-Origin']) {
            return new Response(null, {
              status: 204,
              headers: {
                ...cors,
                'Access-Control-Allow-Methods': 'GET, POST, DELETE',
                'Access-Control-Allow-Headers': 'Content-Type',
                'Access-Control-Max-Age': '600',
              },
            });
          }
      }
      await request.body?.cancel().catch(() => {});
      return answer(
        405,
        { error: `Reactions are read with GET and sent with POST or DELETE, not ${request.method}.` },
        {
          Allow: allowedOrigins.size ? 'GET, HEAD, POST, DELETE, OPTIONS' : 'GET, HEAD, POST, DELETE',
        },
      );
    } catch (error) {
      onError(error, request);
      await request.body?.cancel().catch(() => {});
      if ((error as Error | undefined)?.name === 'StoreFullError') {
        return answer(507, { error: 'The reactions store is full, so nothing was saved; please try again later.' });
      }
      return answer(500, { error: 'The reaction could not be stored. Nothing changed; please try again.' });
    }
  };
}

/** `If-None-Match` holds `etag` (or `*`); weak and strong forms compare equal, as RFC 9110 asks for GET. */
function etagMatches(header: string | null, etag: string): boolean {
  if (header === null) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

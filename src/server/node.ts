/// <reference types="node" />
/**
 * Mounting a Fetch-style handler in Node: `toNodeListener(handler)` is both a
 * `node:http` request listener and an Express/Connect middleware.
 *
 * The request body is handed to the handler as a stream (not read first), so
 * the handler's limits apply while reading: its size limit, its read deadline
 * (`bodyTimeout`) and its cap on bodies in flight (`maxBodiesInFlight`) live
 * in the handler, so that they hold in every runtime, not only here. When the
 * handler answers before reading the whole body (408, 413, 415, 429…), the
 * connection is closed after the answer instead of reading the rest.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

type FetchHandler = (request: Request) => Promise<Response>;

/** What Express and Connect add to a request; only read when present. */
interface FrameworkRequest extends IncomingMessage {
  originalUrl?: string;
  /** Set by a body parser (express.json()) that already read the stream. */
  body?: unknown;
}

export type NodeListener = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

// A Fetch Request has no notion of the peer's address; remember the socket's
// for each request made here, for handlers' `clientAddress` option.
const addresses = new WeakMap<Request, string>();

/**
 * The socket address of a request that came through `toNodeListener`, for
 * `createReportHandler({ clientAddress: remoteAddress })` and `withRateLimit`.
 * Behind a proxy this is the proxy: read its forwarding header instead.
 */
export function remoteAddress(request: Request): string | undefined {
  return addresses.get(request);
}

export function toNodeListener(handler: FetchHandler): NodeListener {
  return (req, res, next) => {
    const abort = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) abort.abort(new Error('The client went away.'));
    });
    Promise.resolve()
      .then(async () => {
        const request = toFetchRequest(req, { signal: abort.signal });
        if (req.socket.remoteAddress) addresses.set(request, req.socket.remoteAddress);
        const response = await handler(request);
        await writeFetchResponse(req, res, response);
      })
      .catch((error: unknown) => {
        if (next) return next(error);
        console.error('folio: the request handler failed:', error);
        if (!res.headersSent)
          res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end('Internal Server Error');
      });
  };
}

/** A Fetch `Request` for a Node request, its body streamed (`duplex: 'half'`). */
export function toFetchRequest(req: IncomingMessage, { signal }: { signal?: AbortSignal } = {}): Request {
  const framework = req as FrameworkRequest;
  const host = req.headers.host ?? 'localhost';
  const protocol = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  let url: URL;
  try {
    url = new URL(framework.originalUrl ?? req.url ?? '/', `${protocol}://${host}`);
  } catch {
    url = new URL(framework.originalUrl ?? req.url ?? '/', `${protocol}://localhost`);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith(':') || value === undefined) continue; // HTTP/2 pseudo-headers
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (signal) init.signal = signal;
  if (method !== 'GET' && method !== 'HEAD') {
    const parsed = req.readableEnded && framework.body !== undefined ? framework.body : undefined;
    if (parsed !== undefined) {
      // A body parser ran first: hand its result on (the size limit then is the parser's).
      init.body =
        typeof parsed === 'string'
          ? parsed
          : parsed instanceof Uint8Array
            ? new Uint8Array(parsed)
            : JSON.stringify(parsed);
      headers.delete('content-length');
    } else {
      init.body = bodyStream(req);
      init.duplex = 'half';
    }
  }
  return new Request(url, init);
}

/**
 * The request body as a web stream that reads only as fast as the handler
 * does. Cancelling it pauses the request instead of destroying it, because
 * destroying an unfinished IncomingMessage destroys the socket, and with it
 * the 413 the handler is about to send.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        req.on('data', (chunk: Buffer) => {
          if (cancelled) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        });
        req.once('end', () => !cancelled && controller.close());
        req.once('error', (error) => !cancelled && controller.error(error));
        req.once('aborted', () => !cancelled && controller.error(new Error('The client aborted the request.')));
        req.pause();
      },
      pull() {
        req.resume();
      },
      cancel() {
        cancelled = true;
        req.pause();
      },
    },
    { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
  );
}

/** Writes a Fetch `Response` to a Node response, streaming its body. */
export async function writeFetchResponse(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  // An unread body must not be read to keep the connection alive: close it.
  if (!req.complete) headers.connection = 'close';
  res.writeHead(response.status, response.statusText || undefined, headers);
  if (!response.body || req.method === 'HEAD') {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve));
      if (res.destroyed) break;
    }
  } finally {
    reader.releaseLock();
  }
  res.end();
}

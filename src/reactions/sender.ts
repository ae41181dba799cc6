import type { ReactiveControllerHost } from 'lit';
import { emit } from '../core/events.js';
import { internals } from '../core/internals.js';
import { quote, warn } from '../core/warn.js';
import '../locales/reactions-sender.js';
import { readerId, rememberKinds } from './reader.js';
import type { FolioReactErrorDetail, FolioReactSuccessDetail } from './details.js';

/** What the sender reads and changes of its `<folio-reactions>`. */
export interface ReactionsHost extends ReactiveControllerHost, HTMLElement {
  readonly action?: string;
  readonly localize: { term(key: 'reactionsFailed' | 'reactionsOffline'): string };
  /** The server's counts, the kinds it confirmed as the reader's, and those pressed now. */
  serverCounts: Map<string, number>;
  readonly confirmed: Set<string>;
  readonly pressed: Set<string>;
  /** The polite status message. */
  message?: string;
  pageUrl(): string;
}

/**
 * The network side of `<folio-reactions action>`, loaded by pages whose tag
 * has an `action`: fresh counts once, then each press sent until the server
 * has the reader's latest state, one request per kind at a time (so rapid
 * presses end in the last state, never in two counts). A refusal or a
 * failure undoes the press and says so; offline, the press waits for the
 * `online` event.
 */
export class ReactionSender {
  private readonly sending = new Set<string>();
  private waiting = false;

  constructor(private readonly host: ReactionsHost) {}

  /** Sends the reader's state of `kind` until the server has it. */
  async sync(kind: string): Promise<void> {
    const { host } = this;
    if (!host.action || this.sending.has(kind)) return;
    const pressed = host.pressed.has(kind);
    if (pressed === host.confirmed.has(kind)) return;
    if (offline()) return this.waitForOnline();
    const page = host.pageUrl();
    this.sending.add(kind);
    internals(host).states.add('sending');
    let status = 0;
    try {
      const response = await fetch(host.action, {
        method: pressed ? 'POST' : 'DELETE',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ page, kind, reader: readerId() }),
        credentials: 'same-origin',
        signal: AbortSignal.timeout(15_000),
      });
      status = response.status;
      // Anything but the protocol's JSON (a proxy's HTML page) is no count.
      const answer: unknown = response.ok ? await response.json().catch(() => undefined) : undefined;
      const count = (answer as { count?: unknown } | null | undefined)?.count;
      if (!Number.isSafeInteger(count) || (count as number) < 0) {
        if (response.ok) {
          status = 0;
          warn(
            host,
            'action',
            `the answer's "count" (${quote(count)}) is not a whole number ≥ 0; the press was undone.`,
          );
        }
        throw new Error('refused');
      }
      host.serverCounts.set(kind, count as number);
      if (pressed) host.confirmed.add(kind);
      else host.confirmed.delete(kind);
      rememberKinds(page, host.confirmed);
      emit<FolioReactSuccessDetail>(host, 'folio-react-success', { kind, pressed, count: count as number, page });
    } catch {
      this.sending.delete(kind);
      if (status === 0 && offline()) return this.waitForOnline();
      // Undo on the page what the server does not have, and say so.
      if (host.confirmed.has(kind)) host.pressed.add(kind);
      else host.pressed.delete(kind);
      host.message = host.localize.term('reactionsFailed');
      emit<FolioReactErrorDetail>(host, 'folio-react-error', { kind, pressed, page, status });
      return;
    } finally {
      this.sending.delete(kind);
      if (!this.sending.size) internals(host).states.delete('sending');
      host.requestUpdate();
    }
    // Pressed again meanwhile: send the newest state.
    void this.sync(kind);
  }

  /** The server's counts for the page, once: the `count` attribute may be stale (a cached page). */
  async fetchCounts(): Promise<void> {
    const { host } = this;
    const url = new URL(host.action!, document.baseURI);
    url.searchParams.set('page', host.pageUrl());
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) return;
      const counts = ((await response.json()) as { counts?: unknown } | null)?.counts;
      if (typeof counts !== 'object' || counts === null) {
        warn(
          host,
          'action',
          `the answer's "counts" (${quote(counts)}) is not an object; the counts stay as they were.`,
        );
        return;
      }
      const fresh = new Map<string, number>();
      for (const [kind, n] of Object.entries(counts)) if (Number.isSafeInteger(n) && n >= 0) fresh.set(kind, n);
      host.serverCounts = fresh;
      host.requestUpdate();
    } catch {
      // Offline or no endpoint: the counts given stay.
    }
  }

  private waitForOnline(): void {
    const { host } = this;
    host.message = host.localize.term('reactionsOffline');
    host.requestUpdate();
    if (this.waiting) return;
    this.waiting = true;
    addEventListener(
      'online',
      () => {
        this.waiting = false;
        host.message = undefined;
        for (const kind of new Set([...host.pressed, ...host.confirmed])) void this.sync(kind);
      },
      { once: true },
    );
  }
}

/** The browser knows it has no connection (a failed request while it thinks it is online is a failure). */
const offline = () => navigator.onLine === false;

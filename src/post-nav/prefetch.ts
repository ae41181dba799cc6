import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The URL worth prefetching, or undefined: only same-origin http(s) pages
 * (a cross-origin prefetch leaks the reader's intent to another site and is
 * refused by browsers anyway), never the page itself. The fragment is
 * dropped because it does not change what is fetched.
 */
export function prefetchableUrl(href: string, doc: Document): string | undefined {
  let url: URL;
  try {
    url = new URL(href, doc.baseURI);
  } catch {
    return undefined;
  }
  const here = new URL(doc.URL);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.origin !== here.origin) return undefined;
  url.hash = '';
  here.hash = '';
  return url.href === here.href ? undefined : url.href;
}

/** What prefetching reads on its element. */
export interface PrefetchHost extends ReactiveControllerHost, HTMLElement {
  /** Whether to prefetch (the `prefetch` attribute). */
  prefetch: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Adds a prefetch hint to `<head>` for a link the reader is about to follow
 * (hovered or focused), once per URL, and removes every hint it added when
 * prefetching is turned off or the host leaves the page.
 */
export class PrefetchController implements ReactiveController {
  private readonly hints = new Map<string, HTMLLinkElement>();

  constructor(private readonly host: PrefetchHost) {
    host.addController(this);
    // On the shadow root, where both events bubble up from the link and its children.
    host.renderRoot.addEventListener('pointerover', this.onIntent);
    host.renderRoot.addEventListener('focusin', this.onIntent);
  }

  hostUpdated(): void {
    if (!this.host.prefetch) this.clear();
  }

  hostDisconnected(): void {
    this.clear();
  }

  private readonly onIntent = (event: Event): void => {
    const link = (event.target as Element).closest('a');
    if (link && this.host.prefetch) this.add(link.href);
  };

  /** Hints `href` unless it was already hinted or is not prefetchable. */
  private add(href: string): void {
    const doc = this.host.ownerDocument;
    const url = prefetchableUrl(href, doc);
    if (!url || this.hints.has(url)) return;
    // A <link>, never an inline speculation-rules script: a strict Content-Security-Policy
    // (script-src 'self', Trusted Types) refuses inline scripts, and allows this same-origin hint.
    const hint = doc.createElement('link');
    hint.rel = 'prefetch';
    hint.href = url;
    doc.head.append(hint);
    this.hints.set(url, hint);
  }

  private clear(): void {
    for (const hint of this.hints.values()) hint.remove();
    this.hints.clear();
  }
}

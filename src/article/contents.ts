import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from '../core/idle.js';
import { CurrentSectionObserver } from './current-section.js';
import { PART } from './parts.js';

/**
 * The contents' behaviour, which loads with the headings (headings.ts): the
 * section in view, whether the contents sit in a side column (open beside
 * the text) or in a collapsible box (the reader opens it), and closing that
 * box when a link in it was followed.
 */
export class ContentsController implements ReactiveController {
  /** The id of the section in view. */
  current?: string;
  /** The contents sit in a side column. */
  wide = false;
  private readonly sections = new CurrentSectionObserver((id) => {
    this.current = id;
    this.host.requestUpdate();
  });
  private readonly resizes = new ResizeObserver(() => this.syncMode());
  private observedToc?: Element;
  private watched: Array<{ id: string; element: Element }> = [];
  private cancelIdle?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.resizes.observe(this.host);
  }

  hostDisconnected(): void {
    this.resizes.disconnect();
    this.observedToc = undefined;
    this.cancelIdle?.();
    this.sections.disconnect();
    this.watched = [];
  }

  /** Whether the contents sit in a side column is a matter of layout: read once a new box is laid out (before it is painted). */
  hostUpdated(): void {
    const toc = this.host.querySelector(`[${PART}="toc"]`);
    if (toc && toc !== this.observedToc) {
      this.observedToc = toc;
      this.resizes.observe(toc);
    }
  }

  /** Watches `headings` (in document order) for the section in view, unless they are the ones already watched. */
  observe(headings: Array<{ id: string; element: Element }>): void {
    const before = this.watched;
    if (
      before.length === headings.length &&
      before.every((h, i) => h.element === headings[i]!.element && h.id === headings[i]!.id)
    )
      return;
    this.watched = headings;
    // Which section is in view matters once the reader scrolls: start watching when the browser is idle,
    // off the path of the first paint.
    this.cancelIdle?.();
    this.cancelIdle = whenIdle(() => this.sections.observe(headings));
  }

  /** In the collapsible box, following a link closes the list above the text, so the reader lands on the section. */
  readonly onClick = (event: MouseEvent): void => {
    if (this.wide || !(event.target instanceof Element) || !event.target.closest('a')) return;
    const details = (event.currentTarget as Element).closest('details');
    if (details) details.open = false;
  };

  /** Open beside the text when the contents sit in a side column; a closed box otherwise. */
  private syncMode(): void {
    const toc = this.host.querySelector(`[${PART}="toc"]`);
    const wide = toc ? getComputedStyle(toc).position === 'absolute' : false;
    if (wide === this.wide) return;
    this.wide = wide;
    this.host.requestUpdate();
  }
}

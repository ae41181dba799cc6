/**
 * A stand-in for <folio-related-posts> held in `:state(pending)` for good: a Lit
 * element with the tag's own styles whose blocking part (through the real
 * LazyPartController) never arrives. Loaded as a module into a frame by
 * preflight.test.ts, so the frame's registry defines it.
 */
import { LitElement, html } from 'lit';
import { LazyPart, LazyPartController } from '../../src/core/lazy-part.js';
import { relatedPostsStyles } from '../../src/related-posts/related-posts.styles.js';

const never = new LazyPart(() => new Promise<{ Feed: unknown }>(() => {}), 'Feed');

class PendingRelatedPosts extends LitElement {
  static override styles = [relatedPostsStyles];
  private readonly parts = new LazyPartController(this, {
    feed: { part: never, when: () => true, blocking: true, attribute: 'src', instead: 'nothing' },
  });
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.parts.scheduleUpdate(() => super.scheduleUpdate());
  }
  protected override render() {
    return html`<p>rendered</p>`;
  }
}
customElements.define('folio-related-posts', PendingRelatedPosts);

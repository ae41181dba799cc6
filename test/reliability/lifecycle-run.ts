// The lifecycle check of lifecycle*.test.ts: every tag created, connected,
// updated and removed 10,000 times, as a long-lived page (or a single-page
// app) does. Nothing may stay behind:
// no listener on window or document (read through the DevTools protocol, so
// even a listener nobody holds a reference to is seen), no element kept
// alive by an observer, timer or cache, and no heap growth after garbage
// collection beyond what the engine itself varies by.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { describeUnlessSkipped } from '../engine-skips.js';
import { addedListeners, globalListeners, heapAfterGc, liveObjects } from './lifecycle-cdp.js';
import { exercise, makeElement, type Tag } from './lifecycle-tags.js';

type Upgraded = HTMLElement & { updateComplete?: Promise<unknown> };

const BATCH = 250;
/** 10,000 per tag: a first round that fills every cache (templates, formatters, lazy chunks), then two to compare. */
const ROUNDS = [4000, 3000, 3000];
/**
 * Heap growth allowed between the second and the third round, after a full
 * collection. Measured on this suite's Chromium (2-core machine, every tag,
 * several runs): +43 to +83 KB, of which about 60 KB are the 3,000 WeakRefs
 * this test keeps during the third round only; the rest is the engine's own
 * settling (feedback vectors, compiled code). A leak of 100 bytes per element
 * would add 300 KB over 3,000 elements, and a real leak (a listener closure
 * holding an element and its shadow root) is kilobytes per element: 256 KB
 * lies between the two.
 */
const HEAP_NOISE = 256 * 1024;

/**
 * One batch: create, connect, update, remove. Batches take turns: one in a
 * rendered container (layout, focus, observers' callbacks, the modal dialog),
 * the next three connected inside a `display: none` container (the same
 * connect, update and disconnect work without the layout of thousands of
 * widgets, a large part of the time here), half of all inside a shadow root as
 * a component framework puts them. The rarer paths of lifecycle-tags.ts only
 * run in rendered batches.
 */
async function batch(tag: Tag, start: number, count: number, keep?: Array<WeakRef<HTMLElement>>): Promise<void> {
  const index = start / BATCH;
  const rendered = index % 4 === 0;
  const container = document.createElement('div');
  if (!rendered) container.style.display = 'none';
  const parent: ParentNode = index % 2 === 1 ? container.attachShadow({ mode: 'open' }) : container;
  document.body.append(container);
  const elements: Upgraded[] = [];
  for (let i = start; i < start + count; i++) elements.push(makeElement(tag, i, rendered));
  parent.append(...elements);
  await Promise.all(elements.map((el) => el.updateComplete));
  if (rendered) await Promise.all(elements.map((el, k) => exercise(tag, el, start + k)));
  for (const el of elements) el.remove();
  container.remove();
  if (keep) for (const el of elements) keep.push(new WeakRef(el));
}

async function round(tag: Tag, from: number, count: number, keep?: Array<WeakRef<HTMLElement>>): Promise<void> {
  for (let start = from; start < from + count; start += BATCH) {
    await batch(tag, start, Math.min(BATCH, from + count - start), keep);
    // Let removal callbacks, aborted fetches and lazy imports settle, as a page between two navigations.
    await new Promise((resolve) => setTimeout(resolve));
  }
}

const observers = {
  MutationObserver: 'MutationObserver.prototype',
  IntersectionObserver: 'IntersectionObserver.prototype',
  ResizeObserver: 'ResizeObserver.prototype',
};

/**
 * The lifecycle tests of `tags`, one `it` each. The tags are split over three
 * files (the runner gives each file 360 s): 10,000 cycles take 10–115 s per
 * tag on the shared two-core machine, the article and the report dialog most,
 * and over 180 s under heavy load.
 */
export function describeLifecycle(tags: readonly Tag[]): void {
  // Chromium only: the DevTools protocol tells listeners, live objects and the heap (see ENGINE_SKIPS).
  describeUnlessSkipped('lifecycle')('lifecycle: 10,000 create, connect, remove per tag', function () {
    this.timeout(300_000);

    for (const tag of tags) {
      it(`${tag}: leaves no listener, observer, element or heap growth behind`, async () => {
        const listenersBefore = await globalListeners();
        const overflowBefore = document.documentElement.style.overflow;
        const started = performance.now();
        const heaps: number[] = [];
        const observerCounts: Array<Record<string, number>> = [];
        const lastRound: Array<WeakRef<HTMLElement>> = [];
        let from = 0;
        for (const [index, count] of ROUNDS.entries()) {
          await round(tag, from, count, index === ROUNDS.length - 1 ? lastRound : undefined);
          from += count;
          // The cheap, telling checks after every round, so that a leak fails fast and says what it is
          // (thousands of leaked elements make the heap checks below slow).
          const listeners = await globalListeners();
          expect(
            addedListeners(listenersBefore.window, listeners.window),
            `listeners left on window after ${from} cycles`,
          ).to.deep.equal([]);
          expect(
            addedListeners(listenersBefore.document, listeners.document),
            `listeners left on document after ${from} cycles`,
          ).to.deep.equal([]);
          const live = await liveObjects({ elements: `customElements.get('${tag}').prototype` });
          expect(live.elements, `${tag} elements alive after ${from} cycles, removal and GC`).to.equal(0);
          heaps.push(await heapAfterGc());
          observerCounts.push(await liveObjects(observers));
        }
        const seconds = (performance.now() - started) / 1000;
        console.log(
          `${tag}: ${from} cycles in ${seconds.toFixed(1)} s (${((seconds * 1e6) / from).toFixed(0)} µs each, GC included); ` +
            `heap after rounds: ${heaps.map((h) => `${(h / 1024).toFixed(0)} KB`).join(', ')}`,
        );

        expect(
          lastRound.filter((ref) => ref.deref() !== undefined).length,
          'WeakRefs to removed elements still set',
        ).to.equal(0);
        expect(observerCounts[2], 'observers alive after the third round vs the second').to.deep.equal(
          observerCounts[1],
        );
        expect(heaps[2]! - heaps[1]!, `heap growth from the second to the third round (bytes)`).to.be.below(HEAP_NOISE);

        expect(document.documentElement.style.overflow, 'the page scrolls again').to.equal(overflowBefore);
        expect(
          document.head.querySelectorAll('script[type="speculationrules"], link[rel="prefetch"]'),
          'prefetch hints left in <head>',
        ).to.have.length(0);
      });
    }
  });
}

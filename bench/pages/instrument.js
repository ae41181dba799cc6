// Injected into every bench page before the page's own scripts
// (playwright's addInitScript), the same on every side of a comparison so
// its small cost cancels out. It records paints, long tasks and layout
// shifts from the very start, and offers `__folioBench.settled(elements)`:
// the moment the given folio-* elements are defined and their updates done.
(() => {
  const bench = {
    paints: {},
    longTasks: [],
    layoutShifts: [],
  };
  window.__folioBench = bench;

  const observe = (type, take) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type, buffered: true });
    } catch {
      bench[`no_${type}`] = true;
    }
  };
  observe('paint', (entry) => (bench.paints[entry.name] = entry.startTime));
  observe('longtask', (entry) => bench.longTasks.push({ start: entry.startTime, duration: entry.duration }));
  observe('layout-shift', (entry) =>
    bench.layoutShifts.push({ start: entry.startTime, value: entry.value, hadRecentInput: entry.hadRecentInput }),
  );

  // Intl objects the page builds, in all and before the load event (counted by intl-counter.js, injected first).
  bench.intl = window.__intl;

  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));

  /** Waits until the tags are defined; fails (rather than waiting forever) when the script did not load. */
  const defined = (elements, timeout = 15_000) => {
    const names = [...new Set(elements.map((element) => element.localName))];
    return new Promise((done, fail) => {
      const timer = setTimeout(() => {
        const missing = names.filter((name) => !customElements.get(name));
        fail(new Error(`not defined after ${timeout / 1000} s: ${missing.join(', ')}`));
      }, timeout);
      Promise.all(names.map((name) => customElements.whenDefined(name))).then(() => {
        clearTimeout(timer);
        done();
      });
    });
  };

  /**
   * Resolves with performance.now() at the moment every element in
   * `elements` was defined and had finished updating, and stayed so: after
   * each round of updates it waits two frames (so ResizeObserver,
   * IntersectionObserver and microtask-chained work such as the article's
   * heading scan get their turn) and starts over if a folio element asked
   * for another update or the DOM changed meanwhile. The waiting itself is
   * not counted: the time returned is when the last update finished.
   * With `layout`, each round also forces style and layout before taking
   * the time, so the figure includes laying out what the updates changed.
   */
  bench.settled = async (elements, { maxRounds = 50, layout = false } = {}) => {
    await defined(elements);
    let changes = 0;
    const observer = new MutationObserver((records) => (changes += records.length));
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    try {
      for (let round = 1; ; round++) {
        await Promise.all(elements.map((element) => element.updateComplete));
        if (layout) void document.documentElement.offsetHeight;
        const done = performance.now();
        observer.takeRecords();
        changes = 0;
        await frame();
        await frame();
        changes += observer.takeRecords().length;
        const pending = elements.some((element) => element.isUpdatePending);
        if (!pending && changes === 0) return { done, rounds: round };
        if (round >= maxRounds) return { done, rounds: round, unsettled: true };
      }
    } finally {
      observer.disconnect();
    }
  };

  /** Every folio-* element in the document (or fragment). */
  bench.folioElements = (root = document) =>
    [...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('folio-'));

  /**
   * The cost of showing a block of markup, without the cost of loading the
   * script or parsing the page: the page keeps the markup in a <template>
   * (inert: nothing in it upgrades) and the script has already defined the
   * tags. `prepareInsertion` copies the markup; `insertPrepared` starts the
   * clock, inserts the copy into `container` (which upgrades every folio-*
   * element in it) and stops the clock when they have settled and the page
   * is laid out. Two calls, so the bench can read the main thread's CPU time
   * through the DevTools protocol just before and just after.
   *
   * Laying out is counted because a tag may force it early (getComputedStyle
   * in a size container): markup without tags, timed the same way, then pays
   * for the same layout, and the difference between the two is what the
   * tags cost.
   */
  bench.prepareInsertion = async (templateId) => {
    const content = document.getElementById(templateId).content.cloneNode(true);
    const elements = bench.folioElements(content);
    await defined(elements);
    bench.prepared = { content, elements };
    await frame();
    return elements.length;
  };
  bench.insertPrepared = async (container) => {
    const { content, elements } = bench.prepared;
    bench.prepared = undefined;
    const start = performance.now();
    document.querySelector(container).append(content);
    const settled = await bench.settled(elements, { layout: true });
    return {
      time: settled.done - start,
      rounds: settled.rounds,
      unsettled: Boolean(settled.unsettled),
      elements: elements.length,
    };
  };

  /** Cumulative layout shift as Chromium reports it: the largest session window (gaps < 1 s, at most 5 s) of shifts without recent input. */
  bench.cls = () => {
    let worst = 0;
    let current = 0;
    let first = -Infinity;
    let last = -Infinity;
    for (const shift of bench.layoutShifts) {
      if (shift.hadRecentInput) continue;
      if (shift.start - last < 1000 && shift.start - first < 5000) current += shift.value;
      else {
        current = shift.value;
        first = shift.start;
      }
      last = shift.start;
      worst = Math.max(worst, current);
    }
    return worst;
  };

  /** Waits for the first contentful paint (it may not have happened when `load` fires). */
  bench.firstContentfulPaint = async (timeout = 10_000) => {
    const started = performance.now();
    while (bench.paints['first-contentful-paint'] === undefined && performance.now() - started < timeout) await frame();
    return bench.paints['first-contentful-paint'];
  };
})();

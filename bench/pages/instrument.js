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

  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));

  /**
   * Resolves with performance.now() at the moment every element in
   * `elements` was defined and had finished updating, and stayed so: after
   * each round of updates it waits two frames (so ResizeObserver,
   * IntersectionObserver and microtask-chained work such as the article's
   * heading scan get their turn) and starts over if a folio element asked
   * for another update or the DOM changed meanwhile. The waiting itself is
   * not counted: the time returned is when the last update finished.
   */
  bench.settled = async (elements, { maxRounds = 50 } = {}) => {
    const names = [...new Set(elements.map((element) => element.localName))];
    await Promise.all(names.map((name) => customElements.whenDefined(name)));
    let changes = 0;
    const observer = new MutationObserver((records) => (changes += records.length));
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    try {
      for (let round = 1; ; round++) {
        await Promise.all(elements.map((element) => element.updateComplete));
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
   * The cost of upgrading a block of markup, without the cost of loading the
   * script or parsing the page: the page keeps the markup in a <template>
   * (inert: nothing in it upgrades), the script has already defined the
   * tags; the clock starts when a copy is inserted into `container` (which
   * upgrades every folio-* element in it) and stops when they have settled.
   */
  bench.measureInsertion = async (templateId, container) => {
    const content = document.getElementById(templateId).content.cloneNode(true);
    const elements = bench.folioElements(content);
    await Promise.all([...new Set(elements.map((e) => e.localName))].map((name) => customElements.whenDefined(name)));
    await frame();
    const start = performance.now();
    document.querySelector(container).append(content);
    const settled = await bench.settled(elements);
    return { time: settled.done - start, rounds: settled.rounds, unsettled: Boolean(settled.unsettled), elements: elements.length };
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

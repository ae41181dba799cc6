// Loaded first, as a classic script, by every drop-in page: records what the
// library does to the page so the test (in the parent frame) can read it.
// Nothing here changes what the library sees, except that the records exist.
(() => {
  // firstFrame: when the page's first frame began (its first paint follows in the same frame);
  // firstDefine: when the library defined its first tag. Both performance.now().
  const record = { defines: [], warnings: [], errors: [], firstFrame: undefined, firstDefine: undefined };
  window.__dropin = record;
  requestAnimationFrame(() => (record.firstFrame = performance.now()));
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ctor, options) => {
    record.firstDefine ??= performance.now();
    record.defines.push(name);
    return define(name, ctor, options);
  };
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    record.warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  addEventListener('error', (event) => record.errors.push(String(event.error?.message ?? event.message)));
  addEventListener('unhandledrejection', (event) => record.errors.push(String(event.reason?.message ?? event.reason)));
})();

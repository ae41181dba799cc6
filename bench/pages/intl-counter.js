// Runs before any of a page's scripts (injected by the benches, a classic
// script in test/dropin/pages/seed-intl.html): counts the Intl formatters the
// page builds (constructed with or without `new`), and how many of them
// before the load event, in `window.__intl`. Building a page's first
// formatter loads locale data (milliseconds on a phone), which a page whose
// text is already right must not pay. The counted constructors behave as the
// real ones; only the counts are added.
(() => {
  const counts = { total: 0, beforeLoad: 0, kinds: [] };
  window.__intl = counts;
  const KINDS = [
    'DateTimeFormat',
    'NumberFormat',
    'PluralRules',
    'RelativeTimeFormat',
    'Segmenter',
    'Collator',
    'ListFormat',
    'DisplayNames',
  ];
  for (const kind of KINDS) {
    const Original = Intl[kind];
    if (typeof Original !== 'function') continue;
    const count = () => {
      counts.total++;
      if (document.readyState !== 'complete') counts.beforeLoad++;
      counts.kinds.push(kind);
    };
    const Counted = new Proxy(Original, {
      construct(target, args, newTarget) {
        count();
        return Reflect.construct(target, args, newTarget === Counted ? target : newTarget);
      },
      apply(target, self, args) {
        count();
        return Reflect.apply(target, self, args);
      },
    });
    Intl[kind] = Counted;
  }
})();

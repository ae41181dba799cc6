// Loaded first, as a classic script, by seed-intl.html: counts the Intl
// formatters the page builds (constructed with or without `new`), and how
// many of them before the load event. The counted constructors behave as the
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

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatNumber } from '../../src/core/intl-cache.js';

// formatNumber writes some whole numbers without building an Intl formatter: each shortcut must give exactly what Intl gives.
const LOCALES = ['en', 'en-US', 'en-GB', 'zh', 'zh-CN', 'zh-TW', 'zh-HK', 'zh-Hans', 'zh-Hant', 'ja', 'ja-JP'];
const MORE = ['zh-Hant-TW', 'zh-SG', 'de', 'fr', 'ar-EG', 'hi', 'en-IN', 'en-ZA', 'es', 'ru'];
const VALUES = [0, 1, 7, 42, 999, 1000, 1234, 9999, 10_000, 12_345, 123_456, 1_234_567, 98_765_432_109, 2.5, -3];

test('whole numbers read as Intl.NumberFormat writes them, in every language', () => {
  for (const locale of [...LOCALES, ...MORE]) {
    for (const value of VALUES) {
      assert.equal(formatNumber(locale, value), new Intl.NumberFormat(locale).format(value), `${locale} ${value}`);
      const compact = { notation: 'compact', maximumFractionDigits: 1 } as const;
      assert.equal(
        formatNumber(locale, value, compact),
        new Intl.NumberFormat(locale, compact).format(value),
        `${locale} ${value} compact`,
      );
    }
  }
});

test('the languages with a known format build no formatter for whole numbers', () => {
  const Original = Intl.NumberFormat;
  let built = 0;
  Intl.NumberFormat = new Proxy(Original, {
    construct(target, args) {
      built++;
      return Reflect.construct(target, args);
    },
  });
  try {
    for (const locale of ['zh-CN', 'zh-TW', 'en', 'ja']) {
      formatNumber(locale, 2646);
      formatNumber(locale, 12, { notation: 'compact', maximumFractionDigits: 1 });
    }
    assert.equal(built, 0);
    formatNumber('de-AT', 2646); // not known: Intl writes it
    assert.equal(built, 1);
  } finally {
    Intl.NumberFormat = Original;
  }
});

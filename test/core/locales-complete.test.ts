import { expect } from '@open-wc/testing';
// Every strings module, the ones that travel with a lazily loaded part included
// (test/node/locales-listed.test.ts checks that none of src/locales is left out).
import '../../src/locales/article.js';
import '../../src/locales/copyright-notice.js';
import '../../src/locales/core.js';
import '../../src/locales/copyright-notice-license.js';
import '../../src/locales/copyright-notice-email.js';
import '../../src/locales/copyright-notice-opener.js';
import '../../src/locales/post-nav.js';
import '../../src/locales/related-posts.js';
import '../../src/locales/report-dialog.js';
import '../../src/locales/report-dialog-form.js';
import '../../src/locales/section-heading.js';
import '../../src/locales/section-heading-copy.js';
import { BUILTIN_LOCALES, builtinTable } from '../../src/locales/registry.js';

describe('built-in string tables', () => {
  const keys = (code: (typeof BUILTIN_LOCALES)[number]) => Object.keys(builtinTable(code)).sort();

  it('ship zh-CN, zh-TW, en and ja', () => {
    expect([...BUILTIN_LOCALES]).to.deep.equal(['zh-CN', 'zh-TW', 'en', 'ja']);
  });

  for (const code of BUILTIN_LOCALES) {
    it(`${code} has exactly the keys of en`, () => {
      expect(keys(code)).to.deep.equal(keys('en'));
      expect(keys(code).length).to.be.greaterThan(0);
    });

    it(`${code} has no empty string`, () => {
      for (const [key, value] of Object.entries(builtinTable(code))) {
        if (typeof value === 'string') expect(value.trim(), `${code}.${key}`).not.to.equal('');
        else expect(typeof value, `${code}.${key}`).to.be.oneOf(['function', 'object']);
      }
    });
  }

  it('translates: the Chinese and Japanese tables do not simply repeat the English strings', () => {
    const en = builtinTable('en');
    for (const code of ['zh-CN', 'zh-TW', 'ja'] as const) {
      const table = builtinTable(code);
      const same = Object.keys(en).filter(
        (k) => typeof en[k] === 'string' && /[a-z]{3}/i.test(en[k] as string) && table[k] === en[k],
      );
      expect(same, `${code} strings identical to English`).to.deep.equal([]);
    }
  });
});

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
import '../../src/locales/reactions.js';
import '../../src/locales/reactions-kinds.js';
import '../../src/locales/reactions-sender.js';
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

describe('built-in CJK strings', () => {
  const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  // Half-width , : ; ! ? ( ) touching Han or kana, or ending a phrase (before a space or the end): 受理编号: R-…, PDF, PNG.
  // "http://" and "1.5 MB" are not prose punctuation and pass.
  const HALF_WIDTH =
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]\s*[,:;!?()]|[,:;!?()]\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[,:;!?()](?=\s|$)/u;
  // One argument for every parameter: a Han word where a string or number goes, a list where a list
  // goes (['PDF', 'PNG']), a license where a license goes.
  const argument = () => Object.assign(['PDF', 'PNG'], { toString: () => '文', tool: 'by-nc-sa', version: '4.0' });

  /** Every string of a table, functions called with sample arguments, objects walked. */
  function* strings(value: unknown, path: string): Generator<[string, string]> {
    if (typeof value === 'string') yield [path, value];
    else if (typeof value === 'function') yield* strings(value(argument(), argument(), argument()), `${path}()`);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) yield* strings(inner, `${path}.${key}`);
    }
  }

  for (const code of ['zh-CN', 'zh-TW', 'ja'] as const) {
    it(`${code} uses full-width punctuation in its prose`, () => {
      const found = [...strings(builtinTable(code), code)].filter(
        ([, text]) => HAN_OR_KANA.test(text) && HALF_WIDTH.test(text),
      );
      expect(found).to.deep.equal([]);
    });
  }

  it('the check finds what it is for', () => {
    for (const bad of ['受理编号: R-1', '可上传 PDF, PNG 文件', '出错(HTTP 500)', '请重试!']) {
      expect(HALF_WIDTH.test(bad), bad).to.equal(true);
    }
    for (const good of ['受理编号：R-1', '可上传 PDF、PNG 文件', '请输入以 http:// 开头的网址。', '出错（HTTP 500）']) {
      expect(HALF_WIDTH.test(good), good).to.equal(false);
    }
  });
});

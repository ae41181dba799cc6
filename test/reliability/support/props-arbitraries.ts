/**
 * fast-check arbitraries for what a CMS may hand a tag: text in any script
 * with the characters that break naive code (lone surrogates, bidi controls,
 * zero-width characters, NUL), huge values, empty ones, and malformed JSON
 * (wrong types, NaN, negative numbers, prototype-polluting keys). Each
 * domain (dates, years, URLs, languages…) mixes values a tag must accept
 * with values it must refuse gracefully.
 */
import fc from 'fast-check';

// Bidi controls, zero-width characters, odd spaces and line breaks, NUL, a BOM.
const ODD_CHARACTERS = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u0000',
  '\u0007',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u00A0',
  '\u3000',
  '\t',
  '\n',
  '\r',
  ' ',
  '<',
  '>',
  '&',
  '"',
  "'",
  '`',
  '\\',
  '/',
  ':',
  '#',
  '?',
  '%',
  ',',
  '@',
  '\uFFFD',
  '\uFFFF',
];
const CJK = ['中', '文', '，', '。', '「', '」', '、', '：', '（', '）', '…', '漢', '字', 'か', 'ナ', '한', '１', '２'];
const RTL = ['ع', 'ر', 'ب', 'י', 'ש', 'ל', '\u0651', '\u064B'];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const oddCharacter = fc.constantFrom(...ODD_CHARACTERS);
const scriptCharacter = fc.constantFrom(...CJK, ...RTL);

/** Short text in any script, with the characters that break naive code mixed in. */
export const unicodeText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({
    unit: fc.oneof(oddCharacter, loneSurrogate, scriptCharacter, fc.string({ unit: 'grapheme-ascii', maxLength: 1 })),
    maxLength: 30,
  }),
);

/** Text that is empty as far as a reader can tell. */
export const blankText = fc.constantFrom('', ' ', '\t\n', '\u3000', '\u00A0', '\u200B', '\uFEFF', ' \u2028 ');

/** About 100 KB, repeated from a short piece so it is cheap to build and to shrink. */
export function huge(piece: fc.Arbitrary<string>, length = 100_000): fc.Arbitrary<string> {
  return piece.filter((s) => s.length > 0).map((s) => s.repeat(Math.ceil(length / s.length)).slice(0, length));
}

export const hugeText = huge(unicodeText);

/** Any text: ordinary, blank, odd or huge (the huge ones rarely: each costs a rendering of 100 KB). */
export function anyText(...domain: fc.Arbitrary<string>[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: unicodeText, weight: 4 },
    { arbitrary: blankText, weight: 1 },
    ...domain.map((arbitrary) => ({ arbitrary, weight: 4 })),
    { arbitrary: hugeText, weight: 1 },
  );
}

/** Readable text with something to find: never blank after trimming. */
export const visibleText = fc
  .tuple(
    fc.string({
      unit: fc.oneof(scriptCharacter, fc.string({ unit: 'grapheme', maxLength: 1 })),
      minLength: 1,
      maxLength: 12,
    }),
    unicodeText,
  )
  .map(([core, extra]) => `${core}${extra}`)
  .filter((s) => s.trim() !== '');

// ---- Domains ----

const validDate = fc.date({
  min: new Date('1000-01-01T00:00:00Z'),
  max: new Date('9999-12-31T00:00:00Z'),
  noInvalidDate: true,
});

/** ISO 8601 as CMSs write it, and what they write instead. */
export const isoDate = fc.oneof(
  validDate.map((d) => d.toISOString()),
  validDate.map((d) => d.toISOString().slice(0, 10)),
  validDate.map((d) => `${d.toISOString().slice(0, 19)}+08:00`),
  validDate.map((d) => d.toISOString().slice(0, 16).replace('T', ' ')),
  fc.constantFrom(
    '2023-06-01T10:40:00+08:00',
    '2023-06-01',
    '2023-02-30',
    '2023-13-01',
    '2023-06-01T24:00',
    '2023-06-01T10:40:00+99:99',
    '0000-01-01',
    '0050-06-01',
    '9999-12-31T23:59:59.999999999Z',
    '2023-06-01T10:40:00.1234567891Z',
    'June 1, 2023',
    '2023/06/01',
    '２０２３-０６-０１',
    '1685587200000',
    'NaN',
    'Invalid Date',
    'null',
    'undefined',
    '-2023-06-01',
    '+275760-09-13',
    ' 2023-06-01 ',
  ),
);

/** Years as a copyright line's attributes get them. */
export const yearText = fc.oneof(
  fc.integer({ min: 990, max: 2100 }).map(String),
  fc.integer({ min: -99_999, max: 99_999 }).map(String),
  fc.constantFrom(
    '２０２３',
    ' 2019 ',
    '2023.0',
    '1e3',
    '0x7e7',
    '-2020',
    '20 23',
    '',
    'Infinity',
    'NaN',
    '0999',
    '١٢٣٤',
  ),
);

/** Licence codes: Creative Commons in every spelling, and things that are not licences. */
export const licenseCode = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('cc-', '', 'CC-', 'cc_', 'CC '),
      fc.constantFrom('by', 'by-sa', 'by-nd', 'by-nc', 'by-nc-sa', 'by-nc-nd', 'zero', 'by-xx', 'sa'),
      fc.constantFrom('-4.0', '-3.0', '-2.5', '-1.0', '', ' 4.0'),
    )
    .map(([prefix, tool, version]) => `${prefix}${tool}${version}`),
  fc.constantFrom(
    'all-rights-reserved',
    'ALL RIGHTS RESERVED',
    'cc0',
    'cc0-1.0',
    'CC0 1.0',
    'public-domain',
    'MIT',
    'GPL-3.0',
    '版权所有',
  ),
);

/** lang values: the built-in locales, the spellings CMSs use, right-to-left ones, and tags Intl refuses. */
export const langValue = fc.oneof(
  fc.constantFrom(
    'zh-CN',
    'zh-TW',
    'en',
    'ja',
    'zh_CN',
    'zh-Hant-TW',
    'zh-Hans',
    'ZH-cn',
    'ar',
    'he-IL',
    'fa',
    'ug-CN',
    'en-u-ca-islamic',
    'ja-JP-u-ca-japanese',
    'th-TH-u-nu-thai',
    'x-klingon',
    'i-default',
    'und',
    'root',
    '*',
    'en--US',
    '-',
    '',
    ' ',
    '🙂',
    'zh-CN-x-private',
  ),
  unicodeText,
);

export const timeZone = fc.oneof(
  fc.constantFrom(
    'Asia/Shanghai',
    'Asia/Taipei',
    'Asia/Tokyo',
    'UTC',
    'America/St_Johns',
    'Pacific/Kiritimati',
    'Etc/GMT+12',
    'asia/shanghai',
  ),
  fc.constantFrom('+08:00', 'GMT+8', 'Mars/Olympus_Mons', 'CST', 'Asia/Shanghai ', 'Asia/../UTC', ''),
);

export const SAFE_URLS = [
  'https://example.com/a',
  'http://example.com/posts/1.html?x=1#y',
  '/posts/1.html',
  'posts/2.html',
  '#section',
  '?page=2',
  '//example.com/p',
];
export const UNSAFE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  ' \u0000javascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.com/x',
  'http://[::1',
  'http://exa mple.com:99999',
];

/** URLs: safe ones, dangerous schemes in every disguise, broken ones and text that is not a URL at all. */
export const urlText = fc.oneof(
  fc.constantFrom(...SAFE_URLS),
  fc.constantFrom(...UNSAFE_URLS),
  unicodeText.map((s) => `https://example.com/${s}`),
  unicodeText,
);

/** Numbers as attribute text: integers, fractions, NaN, Infinity, exponents, signs, full-width digits. */
export const numberText = fc.oneof(
  fc.integer({ min: -10, max: 12 }).map(String),
  fc.double().map(String),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e400',
    '0x10',
    ' 3 ',
    '３',
    '3px',
    '2.5',
    '-0',
    '',
    '1_000',
    '99999999999999999999',
  ),
);

export const emailText = fc.oneof(
  fc.constantFrom(
    'report@example.com',
    'mailto:report@example.com',
    '举报@例子.中国',
    'report＠example.com',
    'a@b',
    '@example.com',
    'a@@b.com',
    'report@example.com?subject=x',
    '"a b"@example.com',
    'a@-b.com',
  ),
  unicodeText.map((s) => `${s}@example.com`),
);

// ---- JSON ----

/** Keys a feed may carry: the real fields, the ones that pollute prototypes or shadow methods, and noise. */
const jsonKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'hasOwnProperty',
    'then',
    'length',
    'type',
    'text',
    'level',
    'id',
    'cite',
    'items',
    'ordered',
    'src',
    'alt',
    'width',
    'height',
    'caption',
    'href',
    'emphasis',
    'strong',
    'title',
    'date',
    'image',
    'excerpt',
  ),
  fc.string({ maxLength: 6 }),
);

const jsonLeaf = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -3, max: 10 }),
  fc.double(), // NaN, ±Infinity and -0 included: not JSON, but what a JavaScript theme may hand over
  unicodeText,
  urlText,
  fc.constant(undefined),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), // not JSON either: a JavaScript theme's ids
);

/** An object that contains itself: what a theme's data graph can be, and what JSON.stringify refuses. */
const cyclic = fc.tuple(jsonKey, fc.constantFrom('type', 'text', 'title', 'href')).map(([key, self]) => {
  const value: Record<string, unknown> = { [key]: 'x' };
  value[self] = value;
  return value;
});

/**
 * JSON and what a JavaScript theme hands over instead (NaN, undefined, BigInt,
 * cycles). Objects are built with Object.fromEntries, so "__proto__" is an
 * own key, as JSON.parse makes it.
 */
export const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{
  value: unknown;
  array: unknown[];
  object: Record<string, unknown>;
}>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, jsonLeaf, tie('array'), tie('object'), cyclic),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.array(fc.tuple(jsonKey, tie('value')), { maxLength: 5 }).map((entries) => Object.fromEntries(entries)),
})).value;

/** A record whose fields are the given arbitraries, each field possibly missing or replaced by anything. */
export function mutatedRecord(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(fields).map(([key, arbitrary]) =>
    fc.oneof(
      { arbitrary: arbitrary.map((v) => [key, v] as const), weight: 4 },
      { arbitrary: jsonValue.map((v) => [key, v] as const), weight: 1 },
      { arbitrary: fc.constant(undefined), weight: 1 },
    ),
  );
  return fc.tuple(...entries, fc.option(fc.tuple(jsonKey, jsonValue), { nil: undefined })).map((pairs) => {
    const present = pairs.filter((p): p is readonly [string, unknown] => p !== undefined);
    return Object.fromEntries(present);
  });
}

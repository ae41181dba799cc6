// report.schema.json is generated from the field table (src/report/schema.ts)
// and stays in step with validateReport: the same limits, enums and patterns,
// and the same verdict on a set of payloads. No JSON
// Schema library is installed, so a small evaluator of the keywords the schema
// uses is below; it refuses any keyword it does not know, so the schema
// cannot grow a rule this test silently ignores.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { DEFAULT_REASONS, REPORT_LIMITS, REPORT_PATTERNS, validateReport } from '../../src/report/index.js';
import { reportSchema } from '../../src/report/schema.js';
import { copyrightReport, illegalReport } from './support/reports.js';

type Schema = Record<string, unknown>;
const schema = JSON.parse(
  readFileSync(new URL('../../src/report/report.schema.json', import.meta.url), 'utf8'),
) as Schema;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'examples', 'format', 'contentEncoding']);

function lengthOf(s: string): number {
  return [...s].length;
}

/** True when `value` is valid against `s` (draft 2020-12, the keywords used by report.schema.json). */
function valid(value: unknown, s: Schema): boolean {
  for (const [keyword, arg] of Object.entries(s)) {
    if (ANNOTATIONS.has(keyword) || keyword === 'then') continue;
    const a = arg as never;
    const ok = ((): boolean => {
      switch (keyword) {
        case 'type':
          return a === 'object'
            ? typeof value === 'object' && value !== null && !Array.isArray(value)
            : a === 'array'
              ? Array.isArray(value)
              : typeof value === a;
        case 'enum':
          return (a as unknown[]).includes(value);
        case 'const':
          return value === a;
        case 'maxLength':
          return typeof value !== 'string' || lengthOf(value) <= a;
        case 'minLength':
          return typeof value !== 'string' || lengthOf(value) >= a;
        case 'pattern':
          return typeof value !== 'string' || new RegExp(a, 'u').test(value);
        case 'maxItems':
          return !Array.isArray(value) || value.length <= a;
        case 'minItems':
          return !Array.isArray(value) || value.length >= a;
        case 'items':
          return !Array.isArray(value) || value.every((item) => valid(item, a));
        case 'required':
          return typeof value !== 'object' || value === null || (a as string[]).every((k) => k in value);
        case 'properties':
          return (
            typeof value !== 'object' ||
            value === null ||
            Array.isArray(value) ||
            Object.entries(a as Record<string, Schema>).every(
              ([k, sub]) => !(k in value) || valid((value as Record<string, unknown>)[k], sub),
            )
          );
        case 'anyOf':
          return (a as Schema[]).some((sub) => valid(value, sub));
        case 'not':
          return !valid(value, a);
        case 'if':
          return valid(value, a) ? valid(value, (s.then ?? {}) as Schema) : true;
        default:
          throw new Error(`report.schema.json uses ${keyword}, which this test does not evaluate`);
      }
    })();
    if (!ok) return false;
  }
  return true;
}

/** The sub-schema at a dotted path of properties. */
function at(path: string): Schema {
  let node = schema;
  for (const key of path.split('.')) node = (node.properties as Record<string, Schema>)[key]!;
  assert.ok(node, path);
  return node;
}

describe('report.schema.json', () => {
  test('is what the field table generates (else run: node --import tsx scripts/write-report-schema.ts)', () => {
    assert.deepEqual(schema, reportSchema());
  });

  test('is draft 2020-12', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  });

  test('its maxLength values are REPORT_LIMITS', () => {
    const L = REPORT_LIMITS;
    const expected: Record<string, number> = {
      description: L.description,
      'contact.name': L.name,
      'contact.email': L.email,
      'page.url': L.url,
      'page.title': L.title,
      'claim.claimant.name': L.name,
      'claim.claimant.address': L.address,
      'claim.claimant.phone': L.phone,
      'claim.work.title': L.title,
      'claim.signature': L.signature,
      locale: L.locale,
      idempotencyKey: L.idempotencyKey,
    };
    for (const [path, max] of Object.entries(expected)) assert.equal(at(path).maxLength, max, path);
    assert.equal(at('idempotencyKey').minLength, L.idempotencyKeyMin);
    assert.equal((at('claim.work.url').anyOf as Schema[])[1]!.maxLength, L.url);
    assert.equal((at('claim.evidence').items as Schema).maxLength, L.url);
    assert.equal((at('reason').anyOf as Schema[])[1]!.maxLength, L.reason);
  });

  test('its counts, file types and file size are REPORT_LIMITS', () => {
    assert.equal(at('claim.evidence').maxItems, REPORT_LIMITS.evidence);
    assert.equal(at('claim.attachments').maxItems, REPORT_LIMITS.attachments);
    const file = (at('claim.attachments').items as Schema).properties as Record<string, Schema>;
    assert.deepEqual(file.type!.enum, REPORT_LIMITS.attachmentTypes);
    assert.equal(file.name!.maxLength, REPORT_LIMITS.attachmentName);
    assert.equal(file.data!.maxLength, Math.ceil(REPORT_LIMITS.attachmentBytes / 3) * 4);
  });

  test('its reason enum is DEFAULT_REASONS and its patterns are REPORT_PATTERNS', () => {
    const [builtIn, custom] = at('reason').anyOf as Schema[];
    assert.deepEqual(builtIn!.enum, [...DEFAULT_REASONS]);
    assert.equal(custom!.pattern, REPORT_PATTERNS.reason.source);
    assert.equal(at('locale').pattern, REPORT_PATTERNS.locale.source);
    assert.equal(at('idempotencyKey').pattern, REPORT_PATTERNS.idempotencyKey.source);
    assert.equal((at('contact.email').anyOf as Schema[])[1]!.pattern, REPORT_PATTERNS.email.source);
    assert.equal(at('claim.claimant.phone').pattern, REPORT_PATTERNS.phone.source);
    assert.equal(at('page.url').pattern, REPORT_PATTERNS.httpUrl.source);
    assert.equal(
      ((at('claim.attachments').items as Schema).properties as Record<string, Schema>).data!.pattern,
      REPORT_PATTERNS.base64.source,
    );
    for (const pattern of Object.values(REPORT_PATTERNS))
      assert.equal(pattern.flags, 'u', `${pattern} must mean what a schema pattern means`);
  });

  test('its examples are valid against the schema and pass validateReport unchanged', () => {
    const examples = schema.examples as unknown[];
    assert.ok(examples.length >= 2);
    assert.ok(examples.some((e) => (e as { reason: string }).reason === 'copyright'));
    for (const example of examples) {
      assert.ok(valid(example, schema));
      assert.deepEqual(validateReport(example), { ok: true, report: example });
    }
  });

  // Payloads on which the schema and the rules must agree. (Where they may
  // differ is documented in the schema: the rules trim strings, ignore blank
  // evidence rows and a claim on other reasons, parse URLs, and accept only
  // the reasons the site configured.)
  const set = (report: object, path: string, value: unknown) => {
    const copy = structuredClone(report) as Record<string, unknown>;
    const keys = path.split('.');
    let node = copy;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    if (value === undefined) delete node[keys.at(-1)!];
    else node[keys.at(-1)!] = value;
    return copy;
  };
  const payloads: Array<[string, unknown]> = [
    ['a plain report', illegalReport()],
    ['a copyright claim', copyrightReport()],
    [
      'a claim with a file and no links',
      set(set(copyrightReport(), 'claim.evidence', []), 'claim.attachments', [
        { name: 'a.pdf', type: 'application/pdf', data: btoa('%PDF-1.7') },
      ]),
    ],
    ['no contact at all', set(illegalReport(), 'contact', undefined)],
    ['an empty e-mail on a plain report', set(illegalReport(), 'contact.email', '')],
    ['a site reason', illegalReport({ reason: 'spam' })],
    ['no reason', set(illegalReport(), 'reason', undefined)],
    ['a reason with capitals', illegalReport({ reason: 'Spam' })],
    ['an empty description', illegalReport({ description: '' })],
    ['a long description', illegalReport({ description: '字'.repeat(REPORT_LIMITS.description + 1) })],
    ['a bad e-mail', set(illegalReport(), 'contact.email', 'reader@localhost')],
    ['a relative page URL', set(illegalReport(), 'page.url', '/news/1.html')],
    ['a javascript: page URL', set(illegalReport(), 'page.url', 'javascript:alert(1)')],
    ['no page', set(illegalReport(), 'page', undefined)],
    ['a bad locale', illegalReport({ locale: 'zh_CN' })],
    ['a short key', illegalReport({ idempotencyKey: 'abc' })],
    ['copyright without a claim', set(copyrightReport(), 'claim', undefined)],
    ['copyright without an e-mail', set(copyrightReport(), 'contact.email', '')],
    ['copyright without contact', set(copyrightReport(), 'contact', undefined)],
    ['a claim without evidence', set(copyrightReport(), 'claim.evidence', [])],
    ['a claim not in good faith', set(copyrightReport(), 'claim.goodFaith', false)],
    ['a claim with a 4-digit phone', set(copyrightReport(), 'claim.claimant.phone', '1234')],
    ['a claim with a lettered phone', set(copyrightReport(), 'claim.claimant.phone', 'call me')],
    ['a claim with a phone extension', set(copyrightReport(), 'claim.claimant.phone', '(010) 8888-6666 转 123')],
    ['a claim without a signature', set(copyrightReport(), 'claim.signature', undefined)],
    ['a claim whose work has no URL', set(copyrightReport(), 'claim.work.url', '')],
    ['a claim with a data: work URL', set(copyrightReport(), 'claim.work.url', 'data:,x')],
    [
      'a claim with too many links',
      set(
        copyrightReport(),
        'claim.evidence',
        Array.from({ length: REPORT_LIMITS.evidence + 1 }, (_, i) => `https://a.example/${i}`),
      ),
    ],
    [
      'a claim with an HTML file',
      set(copyrightReport(), 'claim.attachments', [{ name: 'a.html', type: 'text/html', data: 'PGI+' }]),
    ],
    [
      'a claim with a file that is not base64',
      set(copyrightReport(), 'claim.attachments', [{ name: 'a.png', type: 'image/png', data: 'not base64' }]),
    ],
    [
      'a claim with too many files',
      set(
        copyrightReport(),
        'claim.attachments',
        Array.from({ length: REPORT_LIMITS.attachments + 1 }, () => ({
          name: 'a.png',
          type: 'image/png',
          data: 'iVBORw==',
        })),
      ),
    ],
    ['a body that is an array', [illegalReport()]],
    ['a NUL in the description', illegalReport({ description: 'a\u0000b' })],
    ['a lone surrogate in the title', set(illegalReport(), 'page.title', 'x\ud800')],
    ['a NUL in an evidence link', set(copyrightReport(), 'claim.evidence', ['https://a.example/\u0000'])],
    ['an emoji (a surrogate pair) in the description', illegalReport({ description: '举报😀' })],
  ];
  // The schema admits any well-formed site reason; the rules admit the ones a site configured.
  const siteReasons = { reasons: [...DEFAULT_REASONS, 'spam'] };
  for (const [name, payload] of payloads) {
    test(`agrees with validateReport on ${name}`, () => {
      assert.equal(valid(payload, schema), validateReport(payload, siteReasons).ok);
    });
  }

  test('the evaluator is no pushover: it refuses what the schema forbids', () => {
    assert.equal(valid({}, schema), false);
    assert.equal(valid(set(copyrightReport(), 'claim.accurate', 'yes'), schema), false);
  });
});

// The validation rules shared by <folio-report-dialog> and the endpoint.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  REPORT_FIELDS,
  REPORT_LIMITS,
  isEmail,
  isHttpUrl,
  isPhone,
  messageFor,
  validateReport,
  type ReportErrorCode,
} from '../../src/report/index.js';
import { copyrightReport, illegalReport } from './support/reports.js';

function errorsOf(body: unknown, options?: { reasons?: readonly string[] }): Record<string, ReportErrorCode> {
  const result = validateReport(body, options);
  return result.ok ? {} : result.errors;
}

/** A deep copy with one path set (or deleted, for undefined). */
function withField(body: object, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body) as Record<string, unknown>;
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  if (value === undefined) delete node[keys.at(-1)!];
  else node[keys.at(-1)!] = value;
  return copy;
}

describe('validateReport: what is accepted', () => {
  test('a plain report and a full copyright claim pass unchanged', () => {
    for (const report of [illegalReport(), copyrightReport()]) {
      assert.deepEqual(validateReport(report), { ok: true, report });
    }
  });

  test('only reason, description, page.url, locale and the key are required for non-copyright reasons', () => {
    const minimal = {
      reason: 'other',
      description: '见附件',
      page: { url: 'http://a.example/x' },
      locale: 'ja',
      idempotencyKey: 'abcdefgh',
    };
    const result = validateReport(minimal);
    assert.ok(result.ok);
    assert.deepEqual(result.report, {
      ...minimal,
      contact: { name: '', email: '' },
      page: { url: 'http://a.example/x', title: '' },
    });
  });

  test('strings are trimmed, blank evidence rows dropped, unknown fields and a non-copyright claim left out', () => {
    const body = {
      ...illegalReport(),
      description: '  文字  ',
      website: 'honeypot-or-anything',
      claim: copyrightReport().claim,
    };
    const result = validateReport(body);
    assert.ok(result.ok);
    assert.equal(result.report.description, '文字');
    assert.equal('website' in result.report, false);
    assert.equal(result.report.claim, undefined);

    const claim = copyrightReport();
    claim.claim!.evidence = ['  ', 'https://a.example/proof ', ''];
    const c = validateReport(claim);
    assert.ok(c.ok);
    assert.deepEqual(c.report.claim!.evidence, ['https://a.example/proof']);
  });

  test('an attachment can stand in for evidence links', () => {
    const report = copyrightReport();
    report.claim!.evidence = [];
    report.claim!.attachments = [{ name: '登记证书.pdf', type: 'application/pdf', data: btoa('%PDF-1.7 certificate') }];
    assert.ok(validateReport(report).ok);
  });

  test('lengths count code points: the limit in CJK or emoji is the same number of characters', () => {
    const atLimit = '汉'.repeat(REPORT_LIMITS.description - 1) + '😀';
    assert.ok(validateReport(illegalReport({ description: atLimit })).ok);
    assert.deepEqual(errorsOf(illegalReport({ description: atLimit + '字' })), { description: 'too-long' });
  });
});

describe('validateReport: what is refused, field by field', () => {
  const cases: Array<[string, unknown, ReportErrorCode, object?]> = [
    ['reason', undefined, 'required'],
    ['reason', 'spam', 'invalid'],
    ['reason', 42, 'invalid'],
    ['description', '   ', 'required'],
    ['description', 'x'.repeat(REPORT_LIMITS.description + 1), 'too-long'],
    ['contact.name', 'n'.repeat(REPORT_LIMITS.name + 1), 'too-long'],
    ['contact.email', 'reader@', 'invalid-email'],
    ['contact.email', 'a b@example.com', 'invalid-email'],
    ['page.url', undefined, 'required'],
    ['page.url', 'javascript:alert(1)', 'invalid-url'],
    ['page.url', '/news/1040.html', 'invalid-url'],
    ['page.url', 'ftp://a.example/x', 'invalid-url'],
    ['page.url', 'https://a.example/' + 'p'.repeat(REPORT_LIMITS.url), 'too-long'],
    ['page.title', 't'.repeat(REPORT_LIMITS.title + 1), 'too-long'],
    ['locale', 'not a locale', 'invalid'],
    ['locale', undefined, 'required'],
    ['idempotencyKey', 'short', 'invalid'],
    ['idempotencyKey', 'has spaces in it', 'invalid'],
    ['idempotencyKey', 'k'.repeat(REPORT_LIMITS.idempotencyKey + 1), 'too-long'],
  ];
  for (const [field, value, code] of cases) {
    test(`${field} = ${JSON.stringify(value)?.slice(0, 40)} → ${code}`, () => {
      assert.deepEqual(errorsOf(withField(illegalReport(), field, value)), { [field]: code });
    });
  }

  const claimCases: Array<[string, unknown, ReportErrorCode]> = [
    ['contact.email', '', 'required'],
    ['claim.claimant.name', '', 'required'],
    ['claim.claimant.address', undefined, 'required'],
    ['claim.claimant.address', 'a'.repeat(REPORT_LIMITS.address + 1), 'too-long'],
    ['claim.claimant.phone', '', 'required'],
    ['claim.claimant.phone', '1234', 'invalid'],
    ['claim.claimant.phone', 'call me', 'invalid'],
    ['claim.work.title', '', 'required'],
    ['claim.work.url', 'data:text/html,hi', 'invalid-url'],
    ['claim.evidence', [], 'required'],
    ['claim.evidence', 'https://a.example', 'invalid'],
    ['claim.evidence', ['https://a.example/ok', 'not a url'], 'invalid-url'],
    [
      'claim.evidence',
      Array.from({ length: REPORT_LIMITS.evidence + 1 }, (_, i) => `https://a.example/${i}`),
      'too-many',
    ],
    ['claim.goodFaith', false, 'must-accept'],
    ['claim.accurate', 'true', 'must-accept'],
    ['claim.authorized', undefined, 'must-accept'],
    ['claim.signature', ' ', 'required'],
    ['claim.signature', 's'.repeat(REPORT_LIMITS.signature + 1), 'too-long'],
  ];
  for (const [field, value, code] of claimCases) {
    test(`copyright: ${field} = ${JSON.stringify(value)?.slice(0, 40)} → ${code}`, () => {
      assert.deepEqual(errorsOf(withField(copyrightReport(), field, value)), { [field]: code });
    });
  }

  test('copyright without a claim lists every claim field that is required', () => {
    const errors = errorsOf(withField(copyrightReport(), 'claim', undefined));
    assert.deepEqual(Object.keys(errors).sort(), [
      'claim.accurate',
      'claim.authorized',
      'claim.claimant.address',
      'claim.claimant.name',
      'claim.claimant.phone',
      'claim.evidence',
      'claim.goodFaith',
      'claim.signature',
      'claim.work.title',
    ]);
  });

  const file = (overrides: object) => ({ name: 'proof.png', type: 'image/png', data: btoa('png bytes'), ...overrides });
  const attachmentCases: Array<[string, unknown[], ReportErrorCode]> = [
    ['an HTML file', [file({ type: 'text/html' })], 'unsupported-type'],
    ['data that is not base64', [file({ data: 'not base64!' })], 'invalid'],
    ['a data: URL instead of base64', [file({ data: 'data:image/png;base64,AAAA' })], 'invalid'],
    ['a file without a name', [file({ name: '' })], 'invalid'],
    ['too many files', Array.from({ length: REPORT_LIMITS.attachments + 1 }, () => file({})), 'too-many'],
  ];
  for (const [what, attachments, code] of attachmentCases) {
    test(`copyright: attachments with ${what} → ${code}`, () => {
      assert.deepEqual(errorsOf(withField(copyrightReport(), 'claim.attachments', attachments)), {
        'claim.attachments': code,
      });
    });
  }

  test('a file of exactly the size limit passes; one byte more is too large', () => {
    const png = (bytes: number) => Buffer.alloc(bytes, 7).fill(Buffer.from('89504e470d0a1a0a', 'hex'), 0, 8);
    const ofSize = (bytes: number) => [file({ data: png(bytes).toString('base64') })];
    assert.deepEqual(
      errorsOf(withField(copyrightReport(), 'claim.attachments', ofSize(REPORT_LIMITS.attachmentBytes))),
      {},
    );
    assert.deepEqual(
      errorsOf(withField(copyrightReport(), 'claim.attachments', ofSize(REPORT_LIMITS.attachmentBytes + 1))),
      { 'claim.attachments': 'too-large' },
    );
  });

  test('a body that is not an object is refused at each required field', () => {
    for (const body of [null, 'report', 42, [illegalReport()]]) {
      assert.deepEqual(Object.keys(errorsOf(body)).sort(), [
        'description',
        'idempotencyKey',
        'locale',
        'page.url',
        'reason',
      ]);
    }
  });

  test("a site's reasons: its own codes pass, built-in ones it left out do not, and copyright stays special", () => {
    const reasons = ['copyright', 'spam'];
    assert.deepEqual(errorsOf(illegalReport({ reason: 'spam' }), { reasons }), {});
    assert.deepEqual(errorsOf(illegalReport({ reason: 'illegal' }), { reasons }), { reason: 'invalid' });
    assert.ok('claim.signature' in errorsOf(withField(copyrightReport(), 'claim', undefined), { reasons }));
  });

  test('every error path is one of REPORT_FIELDS', () => {
    const all = { ...errorsOf({ reason: 'copyright', claim: { evidence: 'x', attachments: 'y' } }), ...errorsOf(null) };
    for (const field of Object.keys(all)) assert.ok((REPORT_FIELDS as readonly string[]).includes(field), field);
  });
});

describe('the small predicates', () => {
  test('isEmail', () => {
    for (const ok of ['a@example.com', 'first.last+tag@sub.example.co.uk', '用户@例子.中国'])
      assert.ok(isEmail(ok), ok);
    for (const bad of ['', 'a@b', 'a@@b.com', 'a@b.c', '<a>@b.com', 'a@b.com ', 'a@.com'])
      assert.ok(!isEmail(bad), bad);
  });
  test('isHttpUrl', () => {
    for (const ok of ['https://a.example', 'HTTP://A.EXAMPLE/x?y#z', 'https://例子.中国/新闻'])
      assert.ok(isHttpUrl(ok), ok);
    for (const bad of [
      '',
      '//a.example',
      'javascript:alert(1)',
      'mailto:a@b.com',
      'https://',
      'http:/a.example',
      'data:,x',
    ])
      assert.ok(!isHttpUrl(bad), bad);
  });
  test('isPhone', () => {
    for (const ok of ['+86 10 1234 5678', '(010) 8888-6666 转 123', '555-0100 ext. 12', '12345'])
      assert.ok(isPhone(ok), ok);
    for (const bad of ['1234', 'phone', '+86 10 abc 5678', '']) assert.ok(!isPhone(bad), bad);
  });
});

describe('messageFor', () => {
  test('names the field and the limit', () => {
    assert.equal(messageFor('required', 'description'), 'The description is required.');
    assert.equal(
      messageFor('too-long', 'claim.signature'),
      `The signature is too long (at most ${REPORT_LIMITS.signature} characters).`,
    );
    assert.equal(
      messageFor('invalid-url', 'page.url'),
      "The reported page's URL must be a full http:// or https:// address.",
    );
    assert.match(messageFor('too-many', 'claim.attachments'), new RegExp(`at most ${REPORT_LIMITS.attachments} files`));
    assert.match(messageFor('required', 'claim.evidence'), /at least one link or attach a file/);
  });
  test('every field and code has a sentence that names the field', () => {
    const codes: ReportErrorCode[] = [
      'required',
      'too-long',
      'invalid-email',
      'invalid-url',
      'invalid',
      'must-accept',
      'too-large',
      'unsupported-type',
      'too-many',
    ];
    for (const field of REPORT_FIELDS) {
      for (const code of codes) {
        const message = messageFor(code, field);
        assert.match(message, /^[A-Z].*\.$/, `${code} ${field}`);
        assert.ok(!message.includes('undefined'), `${code} ${field}: ${message}`);
        assert.ok(!message.startsWith('The field'), `${field} has no label`);
      }
    }
  });
});

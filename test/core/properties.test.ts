import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { numberProperty, textProperty } from '../../src/core/text-property.js';

describe('textProperty and numberProperty (how tags read their properties)', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());
  const warnings = () => warn.args.map((a) => String(a[0]));

  it('textProperty: trimmed text, a number as its text, blank and non-text absent (the latter with a warning)', () => {
    const host = document.createElement('x-text');
    expect(textProperty(host, 'title', '  标题 ')).to.equal('标题');
    // Stream-safe (UAX #15): a run of combining marks stops at 30; real text, Hindi's or Arabic's, is untouched.
    expect(textProperty(host, 'title', `a${'\u0651'.repeat(100_000)}b`)).to.equal(`a${'\u0651'.repeat(30)}b`);
    expect(textProperty(host, 'title', 'नमस्ते दुनिया، مُحَمَّدٌ')).to.equal('नमस्ते दुनिया، مُحَمَّدٌ');
    expect(textProperty(host, 'year', 2019)).to.equal('2019');
    expect(textProperty(host, 'title', '   ')).to.equal(undefined);
    expect(textProperty(host, 'title', null)).to.equal(undefined);
    expect(textProperty(host, 'obj', { a: 1 })).to.equal(undefined);
    expect(warnings()).to.deep.equal(['<x-text> obj: "{\\"a\\":1}" is not text; it is ignored.']);
  });

  const limit = (host: Element, value: unknown) =>
    numberProperty(host, 'limit', value, {
      valid: (n) => Number.isInteger(n) && n > 0,
      expected: 'a positive integer',
      fallback: undefined,
    });

  it('numberProperty: a valid number as it is; absent (undefined, or null once removed) is the fallback, silently', () => {
    const host = document.createElement('x-number');
    expect(limit(host, 3)).to.equal(3);
    expect(limit(host, undefined)).to.equal(undefined);
    expect(limit(host, null)).to.equal(undefined);
    expect(warnings()).to.deep.equal([]);
  });

  it('numberProperty: anything else warns once, quoting the attribute as written, and is the fallback', () => {
    const host = document.createElement('x-number');
    host.setAttribute('limit', ' -3 ');
    expect(limit(host, -3)).to.equal(undefined);
    expect(limit(host, -3)).to.equal(undefined);
    const level = (value: unknown) =>
      numberProperty(host, 'level', value, {
        valid: (n) => n >= 2 && n <= 6,
        expected: 'a level from 2 to 6',
        fallback: 2,
      });
    expect(level(Number.NaN)).to.equal(2);
    expect(level('3'), 'JSON text is not a number').to.equal(2);
    expect(
      numberProperty(host, 'timeout', Infinity, { valid: () => true, expected: 'a number', fallback: 9 }),
    ).to.equal(9);
    expect(warnings()).to.deep.equal([
      '<x-number> limit: " -3 " is not a positive integer; it is ignored.',
      '<x-number> level: "NaN" is not a level from 2 to 6; 2 is used.',
      '<x-number> timeout: "Infinity" is not a number; 9 is used.',
    ]);
  });
});

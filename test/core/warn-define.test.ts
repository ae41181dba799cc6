import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { defineElement } from '../../src/core/define-element.js';
import { quote, warn } from '../../src/core/warn.js';

describe('warn()', () => {
  let warnStub: sinon.SinonStub;
  beforeEach(() => (warnStub = sinon.stub(console, 'warn')));
  afterEach(() => warnStub.restore());

  it('warns once per element and attribute, prefixed with the tag name', async () => {
    const a = await fixture(html`<folio-x></folio-x>`);
    const b = await fixture(html`<folio-x></folio-x>`);
    warn(a, 'limit', 'is not a number');
    warn(a, 'limit', 'is not a number');
    warn(a, 'layout', 'is unknown');
    warn(b, 'limit', 'is not a number');
    expect(warnStub.args.map((args) => args[0])).to.deep.equal([
      '<folio-x> limit: is not a number',
      '<folio-x> layout: is unknown',
      '<folio-x> limit: is not a number',
    ]);
  });

  it('quotes long values shortened', () => {
    expect(quote('abc')).to.equal('"abc"');
    expect(quote('x'.repeat(500)).length).to.be.lessThan(90);
  });
});

describe('defineElement()', () => {
  let warnStub: sinon.SinonStub;
  beforeEach(() => (warnStub = sinon.stub(console, 'warn')));
  afterEach(() => warnStub.restore());

  it('defines once and tolerates the same class again', () => {
    class A extends HTMLElement {}
    defineElement('folio-define-a', A);
    defineElement('folio-define-a', A);
    expect(customElements.get('folio-define-a')).to.equal(A);
    expect(warnStub.callCount).to.equal(0);
  });

  it('warns instead of throwing when a second copy brings another class', () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    defineElement('folio-define-b', A);
    expect(() => defineElement('folio-define-b', B)).not.to.throw();
    expect(customElements.get('folio-define-b')).to.equal(A);
    expect(String(warnStub.firstCall.args[0])).to.contain('another copy of folio-elements');
  });

  it('does nothing where there is no registry (server code)', () => {
    class A extends HTMLElement {}
    expect(() => defineElement('folio-define-c', A, null)).not.to.throw();
    expect(customElements.get('folio-define-c')).to.equal(undefined);
  });

  it('still throws for a name that is not a valid custom element name', () => {
    class A extends HTMLElement {}
    expect(() => defineElement('notvalid', A)).to.throw();
  });
});

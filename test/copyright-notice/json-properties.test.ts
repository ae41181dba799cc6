// A theme hands JSON to properties: a year as a number is a year; anything
// else that is not text warns naming the attribute and counts as absent.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { FolioCopyrightNotice } from '../../src/copyright-notice/define.js';

const YEAR = new Date().getFullYear();
const text = (el: FolioCopyrightNotice, part: string) =>
  (el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<folio-copyright-notice> with JSON in its properties', () => {
  let warnStub: sinon.SinonStub;
  beforeEach(() => (warnStub = sinon.stub(console, 'warn')));
  afterEach(() => warnStub.restore());

  it('reads numbers as text and warns about objects, arrays and booleans without throwing', async () => {
    const el = await fixture<FolioCopyrightNotice>(html`<folio-copyright-notice lang="en"></folio-copyright-notice>`);
    const loose = el as unknown as Record<string, unknown>;
    loose.yearStart = 2019;
    loose.holder = { name: 'Acme' };
    loose.license = ['cc-by-4.0'];
    loose.reprintNotice = false;
    loose.reportEmail = {};
    loose.reportDialog = 7;
    await el.updateComplete;
    expect(text(el, 'copyright')).to.equal(`© 2019–${YEAR}. All rights reserved.`);
    expect(el.shadowRoot!.querySelector('[part~="license"]'), 'no license: the array was ignored').to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="reprint"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="report-button"]'), 'report-dialog 7 names #7').to.not.equal(null);
    const warnings = warnStub.args.map((a) => String(a[0])).join('\n');
    expect(warnings).to.contain(
      '<folio-copyright-notice> holder: "{\\"name\\":\\"Acme\\"}" is not text; it is ignored.',
    );
    expect(warnings).to.contain('<folio-copyright-notice> license: "[\\"cc-by-4.0\\"]" is not text');
    expect(warnings).to.contain('<folio-copyright-notice> reprint-notice: "false" is not text');
    expect(warnings).to.contain('<folio-copyright-notice> report-email: "{}" is not text');
  });
});

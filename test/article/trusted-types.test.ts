import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/article.js';

// Its own page: the Trusted Types policy is created once per page, on the first JSON-LD written.
describe('<folio-article structured-data> on a page whose CSP does not allow our Trusted Types policy', () => {
  it('writes no JSON-LD and says so, naming the attribute and the policy, without throwing', async () => {
    const factory = (window as unknown as { trustedTypes: { createPolicy: (name: string) => unknown } }).trustedTypes;
    // What a page with `trusted-types lit-html dompurify` (no folio-elements) does: createPolicy throws.
    const createPolicy = sinon.stub(factory, 'createPolicy').callsFake((name: string) => {
      throw new TypeError(`Failed to execute 'createPolicy': Policy "${name}" disallowed.`);
    });
    const warn = sinon.stub(console, 'warn');
    try {
      const article = await fixture<FolioArticle>(
        html`<folio-article lang="zh-CN" structured-data headline="标题"><p>正文</p></folio-article>`,
      );
      await article.updateComplete;
      expect(createPolicy.calledWith('folio-elements')).to.equal(true);
      expect(article.querySelector('script')).to.equal(null);
      expect(warn.calledOnce).to.equal(true);
      expect(String(warn.firstCall.args[0])).to.match(/<folio-article> structured-data: .*"folio-elements"/);
      expect(article.querySelector('h1')?.textContent).to.equal('标题');
    } finally {
      warn.restore();
      createPolicy.restore();
    }
  });
});

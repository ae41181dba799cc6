import { expect } from '@open-wc/testing';
import { seed, seedBodyHtml, seedDisclaimer } from '../../fixtures/seed-article.js';

describe('seed article fixture', () => {
  it('is the captured page, with its four section headings and its gaps', () => {
    expect(seed.lang).to.equal('zh-CN');
    expect(seed.blocks.filter((b) => b.type === 'heading')).to.have.length(4);
    expect(seed.prev.href).to.equal(null);
    expect(seed.copyright.reportEmail).to.equal(null);
    expect(seed.related.items).to.deep.equal([]);
  });

  it('offers the disclaimer without the report sentence the notice writes itself', () => {
    expect(seedDisclaimer.endsWith('不承担相关法律责任。')).to.equal(true);
    expect(seedDisclaimer).not.to.contain('请发送邮件至');
    expect(seedBodyHtml().match(/<folio-section-heading>/g)).to.have.length(4);
  });
});

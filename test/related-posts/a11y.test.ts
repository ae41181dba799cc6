import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/related-posts/define.js';
import type { FolioRelatedPosts } from '../../src/related-posts/related-posts.js';
import { API, items, uniqueKey, untilState } from './helpers.js';

describe('<folio-related-posts> accessibility (axe)', () => {
  let warnStub: sinon.SinonStub;
  beforeEach(() => (warnStub = sinon.stub(console, 'warn')));
  afterEach(() => warnStub.restore());

  it('while loading', async () => {
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="zh-CN" timeout="5000" src="${API}hang?key=${uniqueKey()}"></folio-related-posts>`,
    );
    expect(el.matches(':state(loading)')).to.equal(true);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('when empty', async () => {
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="zh-CN"><script type="application/json">[]</script></folio-related-posts>`,
    );
    expect(el.matches(':state(empty)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('after an error', async () => {
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" src="${API}error?key=${uniqueKey()}"></folio-related-posts>`,
    );
    await untilState(el, 'error');
    await expect(el).to.be.accessible();
  });

  for (const layout of ['list', 'compact', 'grid']) {
    for (const theme of ['light', 'dark']) {
      it(`loaded, ${layout}, ${theme}`, async () => {
        const wrapper =
          await fixture(html`<div data-folio-theme=${theme} style="color-scheme: ${theme}; background: ${theme === 'dark' ? '#0d1117' : '#fff'}">
          <folio-related-posts lang="en" layout=${layout} .items=${items(4)}></folio-related-posts>
        </div>`);
        const el = wrapper.querySelector('folio-related-posts')!;
        await el.updateComplete; // the grid's part loads on first use
        expect(el.matches(':state(loaded)')).to.equal(true);
        await expect(wrapper).to.be.accessible();
      });
    }
  }
});

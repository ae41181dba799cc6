import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '../helpers/keys.js';
import sinon from 'sinon';
import '../../src/related-posts/define.js';
import type { FolioRelatedPosts } from '../../src/related-posts/related-posts.js';
import { MAX_FEED_BYTES } from '../../src/related-posts/feed.js';
import { API, serverLog, shadow, titles, uniqueKey, untilState } from './helpers.js';

const retryButton = (el: FolioRelatedPosts) => shadow(el).querySelector<HTMLButtonElement>('[part~="retry"]');
const statusText = (el: FolioRelatedPosts) => shadow(el).querySelector('[part~="status"]')!.textContent!.trim();

describe('<folio-related-posts src> over the network', () => {
  let warnStub: sinon.SinonStub;
  beforeEach(() => (warnStub = sinon.stub(console, 'warn')));
  afterEach(() => warnStub.restore());

  it('retries a 500 once, then shows the error with a retry button, and warns naming src', async () => {
    const key = uniqueKey();
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" src="${API}error?key=${key}"></folio-related-posts>`,
    );
    await untilState(el, 'error');
    expect(await serverLog(key)).to.deep.equal({ requests: 2, aborted: 0 });
    expect(statusText(el)).to.equal('Related posts could not be loaded.');
    expect(retryButton(el)!.textContent!.trim()).to.equal('Try again');
    expect(warnStub.args.map((a) => a[0]).join('\n')).to.match(/<folio-related-posts> src: .*HTTP 500/);
  });

  it('does not retry invalid JSON: one request, then the error state', async () => {
    const key = uniqueKey();
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" src="${API}invalid?key=${key}"></folio-related-posts>`,
    );
    await untilState(el, 'error');
    expect((await serverLog(key)).requests).to.equal(1);
    expect(warnStub.args.map((a) => a[0]).join('\n')).to.contain('did not answer valid JSON');
  });

  it('gives up on a hanging server after `timeout`, retries once, and the server sees both requests aborted', async () => {
    const key = uniqueKey();
    const started = performance.now();
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" timeout="300" src="${API}hang?key=${key}"></folio-related-posts>`,
    );
    await untilState(el, 'error');
    expect(performance.now() - started).to.be.greaterThan(600);
    await waitUntil(async () => (await serverLog(key)).aborted === 2, 'server never saw two aborts');
    expect((await serverLog(key)).requests).to.equal(2);
    expect(warnStub.args.map((a) => a[0]).join('\n')).to.contain('did not answer within 300 ms');
  });

  it('recovers by itself when the first attempt fails and the automatic retry succeeds', async () => {
    const key = uniqueKey();
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" src="${API}flaky?failures=1&count=2&key=${key}"></folio-related-posts>`,
    );
    await untilState(el, 'loaded');
    expect(titles(el)).to.deep.equal(['相关文章 1', '相关文章 2']);
    expect((await serverLog(key)).requests).to.equal(2);
  });

  it('refetches from the retry button and moves focus to the first new link', async () => {
    const key = uniqueKey();
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" src="${API}flaky?failures=2&count=3&delay=150&key=${key}"></folio-related-posts>`,
    );
    await untilState(el, 'error');
    retryButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await untilState(el, 'loading');
    expect(retryButton(el) !== null, 'the button stays (disabled) while retrying, so focus is not lost').to.equal(true);
    expect(retryButton(el)!.getAttribute('aria-disabled')).to.equal('true');
    expect(shadow(el).activeElement === retryButton(el), 'focus on the retry button').to.equal(true);
    await untilState(el, 'loaded');
    expect(titles(el)).to.have.length(3);
    expect((await serverLog(key)).requests).to.equal(3);
    expect(shadow(el).activeElement?.textContent?.trim(), 'focus on the first link').to.equal('相关文章 1');
  });

  it('keeps focus on the retry button when the retry fails again', async () => {
    const key = uniqueKey();
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" src="${API}error?key=${key}"></folio-related-posts>`,
    );
    await untilState(el, 'error');
    retryButton(el)!.focus();
    retryButton(el)!.click();
    await untilState(el, 'loading');
    await untilState(el, 'error');
    expect((await serverLog(key)).requests).to.equal(4);
    expect(shadow(el).activeElement === retryButton(el), 'focus still on the retry button').to.equal(true);
  });

  it('aborts the request when the element leaves the page, and loads again when it returns', async () => {
    const key = uniqueKey();
    const wrapper = await fixture(
      html`<div><folio-related-posts lang="en" timeout="5000" src="${API}hang?key=${key}"></folio-related-posts></div>`,
    );
    const el = wrapper.querySelector('folio-related-posts')!;
    await waitUntil(async () => (await serverLog(key)).requests === 1, 'request never arrived');
    el.remove();
    await waitUntil(async () => (await serverLog(key)).aborted === 1, 'the server never saw the abort');
    expect(el.matches(':state(error)'), 'an abort is not an error').to.equal(false);
    wrapper.append(el);
    await waitUntil(async () => (await serverLog(key)).requests === 2, 'no new request on return');
    el.remove();
    await waitUntil(async () => (await serverLog(key)).aborted === 2);
  });

  it('aborts a request in flight when src changes, and only the latest answer counts', async () => {
    const key = uniqueKey();
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" timeout="5000" src="${API}hang?key=${key}"></folio-related-posts>`,
    );
    await waitUntil(async () => (await serverLog(key)).requests === 1, 'request never arrived');
    el.src = `${API}feed?count=2&key=${key}`;
    await untilState(el, 'loaded');
    expect(titles(el)).to.deep.equal(['相关文章 1', '相关文章 2']);
    await waitUntil(async () => (await serverLog(key)).aborted === 1, 'the first request was never aborted');
  });

  it('quotes a huge src shortened in its warning, so the console is not flooded', async () => {
    const huge = `/feed.json?${'x'.repeat(100_000)}`;
    const fetcher = () => Promise.resolve(new Response('gone', { status: 404 }));
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" .fetcher=${fetcher} src=${huge}></folio-related-posts>`,
    );
    await untilState(el, 'error');
    const warning = warnStub.args.map((a) => String(a[0])).find((w) => w.includes('answered HTTP 404'));
    expect(warning).to.be.a('string');
    expect(warning!.length).to.be.lessThan(300);
    expect(warning).to.contain('"/feed.json?xxx');
  });

  describe('a feed too costly to read is refused, not parsed (issue 15)', () => {
    const warnings = () => warnStub.args.map((a) => String(a[0])).join('\n');

    for (const declared of [false, true]) {
      it(`a body over ${MAX_FEED_BYTES} bytes${declared ? ' with its Content-Length' : ', streamed'}: cut off, one request, the error state`, async () => {
        const key = uniqueKey();
        const el = await fixture<FolioRelatedPosts>(
          html`<folio-related-posts lang="en" timeout="30000" src="${API}huge?bytes=${4 * MAX_FEED_BYTES}${declared ? '&declared' : ''}&key=${key}"></folio-related-posts>`,
        );
        await untilState(el, 'error');
        expect(warnings()).to.match(
          new RegExp(`<folio-related-posts> src: .*answered more than ${MAX_FEED_BYTES} bytes`),
        );
        // The rest of the 4 MiB was never downloaded: the client closed the connection mid-body.
        await waitUntil(async () => (await serverLog(key)).aborted === 1, 'the server saw the body cut off');
        expect((await serverLog(key)).requests).to.equal(1);
      });
    }

    it('a body just under the cap is read', async () => {
      const key = uniqueKey();
      const el = await fixture<FolioRelatedPosts>(
        html`<folio-related-posts lang="en" limit="3" timeout="30000" src="${API}huge?bytes=${MAX_FEED_BYTES - 4096}&key=${key}"></folio-related-posts>`,
      );
      await untilState(el, 'loaded');
      expect(titles(el)).to.have.length(3);
    });

    it('JSON nested deeper than a feed can be is refused before JSON.parse, without a retry', async () => {
      const key = uniqueKey();
      const el = await fixture<FolioRelatedPosts>(
        html`<folio-related-posts lang="en" src="${API}nested?depth=200000&key=${key}"></folio-related-posts>`,
      );
      await untilState(el, 'error');
      expect(warnings()).to.match(/answered JSON that nests objects and arrays deeper than 16 levels/);
      expect((await serverLog(key)).requests).to.equal(1);
    });
  });
});

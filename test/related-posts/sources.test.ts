import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/related-posts/define.js';
import type { FolioRelatedPosts } from '../../src/related-posts/related-posts.js';
import { API, items, serverLog, titles, uniqueKey, untilState } from './helpers.js';

describe('<folio-related-posts> data sources', () => {
  it('lists the items property', async () => {
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" .items=${items(3)}></folio-related-posts>`,
    );
    expect(titles(el)).to.deep.equal(['Post 1', 'Post 2', 'Post 3']);
    expect(el.matches(':state(loaded)')).to.equal(true);
    el.items = items(1);
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Post 1']);
  });

  it('lists a child <script type="application/json">, array or { items }, and follows edits to it', async () => {
    const el = await fixture<FolioRelatedPosts>(html`<folio-related-posts lang="en">
      <script type="application/json">[{"title":"From markup","href":"/a.html"}]</script>
    </folio-related-posts>`);
    expect(titles(el)).to.deep.equal(['From markup']);
    el.querySelector('script')!.textContent = JSON.stringify({
      items: [
        { title: 'Edited', href: '/b.html' },
        { title: 'Two', href: '/c.html' },
      ],
    });
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Edited', 'Two']);
  });

  it('fetches src (an array, or an object with items)', async () => {
    const key = uniqueKey();
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" src="${API}feed?count=3&key=${key}"></folio-related-posts>`,
    );
    expect(el.matches(':state(loading)')).to.equal(true);
    await untilState(el, 'loaded');
    expect(titles(el)).to.deep.equal(['相关文章 1', '相关文章 2', '相关文章 3']);
    expect(await serverLog(key)).to.deep.equal({ requests: 1, aborted: 0 });

    el.src = `${API}feed?count=2&wrapped&key=${key}`;
    await el.updateComplete;
    expect(el.matches(':state(loading)')).to.equal(true);
    await untilState(el, 'loaded');
    expect(titles(el)).to.deep.equal(['相关文章 1', '相关文章 2']);
  });

  it('prefers the items property, then src, then the child script', async () => {
    const key = uniqueKey();
    const el =
      await fixture<FolioRelatedPosts>(html`<folio-related-posts lang="en" src="${API}feed?count=2&key=${key}" .items=${items(1)}>
      <script type="application/json">[{"title":"From markup","href":"/a.html"}]</script>
    </folio-related-posts>`);
    expect(titles(el)).to.deep.equal(['Post 1']);
    expect((await serverLog(key)).requests, 'no request while items are set').to.equal(0);
    el.items = undefined;
    await el.updateComplete;
    expect(el.matches(':state(loading)')).to.equal(true);
    await untilState(el, 'loaded');
    expect(titles(el)).to.deep.equal(['相关文章 1', '相关文章 2']);
    el.removeAttribute('src');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['From markup']);
  });

  it('fetches src through the fetcher property, handing it the abort signal', async () => {
    const calls: Array<[string, RequestInit | undefined]> = [];
    const fetcher = (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push([String(input), init]);
      return Promise.resolve(new Response(JSON.stringify([{ title: 'Via fetcher', href: '/f.html' }])));
    };
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" .fetcher=${fetcher} src="/feed.json"></folio-related-posts>`,
    );
    await untilState(el, 'loaded');
    expect(titles(el)).to.deep.equal(['Via fetcher']);
    expect(calls).to.have.length(1);
    expect(calls[0]![0]).to.equal('/feed.json');
    expect(calls[0]![1]!.signal).to.be.instanceOf(AbortSignal);
  });

  it('reads the first 100 items of a longer source, any source, and says so naming it', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await fixture<FolioRelatedPosts>(
        html`<folio-related-posts lang="en" .items=${items(250)}></folio-related-posts>`,
      );
      expect(titles(el)).to.have.length(100);
      expect(titles(el).at(-1)).to.equal('Post 100');
      const feed = await fixture<FolioRelatedPosts>(
        html`<folio-related-posts lang="en" src="${API}feed?count=150&wrapped&key=${uniqueKey()}"></folio-related-posts>`,
      );
      await untilState(feed, 'loaded');
      expect(titles(feed)).to.have.length(100);
      const warnings = warn.args.map((a) => String(a[0]));
      expect(warnings).to.include.members([
        '<folio-related-posts> items: has 250 items; only the first 100 are read.',
        '<folio-related-posts> src: has 150 items; only the first 100 are read.',
      ]);
    } finally {
      warn.restore();
    }
  });
});

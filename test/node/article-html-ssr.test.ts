// An article body given as HTML, rendered on the server (renderArticle with
// `html`): every entry of the CMS corpus keeps what a reader sees, the
// embeds become sandboxed players or links, and the hostile parts of the
// policy hold without a browser. The browser side, and that both agree, is
// test/article/content-policy.test.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { JSDOM } from 'jsdom';
import { CMS_CORPUS } from '../../fixtures/cms-corpus/index.js';
import { inventory, lost } from '../../fixtures/cms-corpus/inventory.js';
import { renderArticle } from '../../src/ssr/index.js';

const URL_OF_PAGE = 'https://example.com/2024/05/harbour/';

/** The article's body as the server rendered it, parsed, with the warnings it printed. */
function render(html: string, embedHosts?: string): { body: Element; input: Element; warnings: string[] } {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (message: string) => warnings.push(String(message));
  try {
    const page = renderArticle(
      { lang: 'en', title: 'Harbour', blocks: [], html, embedHosts },
      { url: URL_OF_PAGE, article: { toc: false, readingTime: false, structuredData: false } },
    );
    const doc = new JSDOM(`<div id="input">${html}</div>${page}`).window.document;
    const body = doc.querySelector('folio-article')!;
    body.querySelector('[data-folio-article-part="header"]')?.remove();
    return { body, input: doc.getElementById('input')!, warnings };
  } finally {
    console.warn = warn;
  }
}

describe('renderArticle with an html body: the CMS corpus', () => {
  for (const entry of CMS_CORPUS) {
    test(`${entry.cms}: ${entry.name} keeps everything a reader sees`, () => {
      const { body, input } = render(entry.html);
      assert.deepEqual(lost(inventory(input), inventory(body)), []);
    });
  }

  test('classes, ids, srcset and sizes stay; raster data: images stay', () => {
    const wordpress = (name: string) => render(CMS_CORPUS.find((e) => e.name === name)!.html).body;
    const image = wordpress('core/image').querySelector('figure.wp-block-image.aligncenter img.wp-image-41')!;
    assert.match(image.getAttribute('srcset')!, /1500w$/);
    assert.equal(image.getAttribute('sizes'), '(max-width: 1024px) 100vw, 1024px');
    assert.equal(wordpress('core/heading').querySelector('h2')!.id, 'the-morning-catch');
    assert.match(
      wordpress('core/cover (pasted image as a data: URL)').querySelector('img')!.getAttribute('src')!,
      /^data:image\/png;base64,/,
    );
    assert.ok(wordpress('core/code').querySelector('pre.wp-block-code > code.language-js'));
    assert.ok(wordpress('core/table').querySelector('colgroup > col[span="2"].numbers'));
  });

  test('media: controls always, autoplay only when muted, tracks from this origin', () => {
    const video = render(CMS_CORPUS.find((e) => e.name === 'core/video')!.html).body.querySelector('video')!;
    assert.ok(video.hasAttribute('controls') && video.hasAttribute('playsinline') && video.hasAttribute('poster'));
    assert.equal(video.querySelector('track')!.getAttribute('srclang'), 'en');
    const { body, warnings } = render(
      '<video src="/a.mp4" autoplay></video><audio src="/a.mp3" autoplay muted></audio><video src="/b.mp4"><track src="https://tracker.example/t.vtt" kind="subtitles"><track src="/subs.vtt" kind="captions"></video>',
    );
    assert.equal(body.querySelector('video')!.hasAttribute('autoplay'), false);
    assert.equal(body.querySelector('audio')!.hasAttribute('autoplay'), true);
    assert.deepEqual(
      [...body.querySelectorAll('track')].map((t) => t.getAttribute('src')),
      [null, '/subs.vtt'],
    );
    assert.match(warnings.join('\n'), /removed what an article may not contain \(.*autoplay.*src/);
  });

  test('embeds: players from the allowed hosts, sandboxed and lazy; any other becomes a link', () => {
    const html =
      '<p>https://www.youtube.com/watch?v=dQw4w9WgXcQ</p><iframe src="https://evil.example/x" width="4" height="3"></iframe>' +
      '<iframe src="https://player.vimeo.com/video/1" srcdoc="<script>x</script>" name="top"></iframe><iframe srcdoc="<p>x</p>"></iframe>';
    const { body, warnings } = render(html);
    const frames = [...body.querySelectorAll('iframe')];
    assert.deepEqual(
      frames.map((f) => f.getAttribute('src')),
      ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'https://player.vimeo.com/video/1'],
    );
    for (const frame of frames) {
      assert.equal(frame.getAttribute('sandbox'), 'allow-scripts allow-same-origin allow-presentation allow-popups');
      assert.equal(frame.getAttribute('loading'), 'lazy');
      assert.equal(frame.getAttribute('referrerpolicy'), 'strict-origin-when-cross-origin');
      assert.equal(frame.hasAttribute('srcdoc') || frame.hasAttribute('name'), false);
    }
    assert.equal(body.querySelector('a[href="https://evil.example/x"]')!.textContent, 'https://evil.example/x');
    assert.match(warnings.join('\n'), /iframe from evil\.example/);

    const none = render(html, '').body;
    assert.equal(none.querySelectorAll('iframe').length, 0);
    assert.ok(none.querySelector('a[href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"]'));
    assert.ok(none.querySelector('a[href="https://player.vimeo.com/video/1"]'));
  });

  test('inline styles: the allow-listed properties only, never url(), expression() or an overlay', () => {
    const { body } = render(
      '<p style="text-align:center;color:rgb(192,0,0);position:fixed;inset:0;z-index:9">a</p>' +
        '<p style="background-color:#fff;background-image:url(https://t.example/p.gif)">b</p>' +
        '<p style="color:expression(alert(1))">c</p><p style="color:red;--folio-color-text:red">d</p>' +
        '<p style="width:100px;float:left">e</p><img src="/a.png" alt="" style="width:100%;float:left;behavior:url(x.htc)">' +
        '<p style="color:red;/* x */;-moz-binding:url(x.xml#y)">f</p><p style="font-family:\'a;position:fixed\'">g</p>',
    );
    assert.deepEqual(
      [...body.querySelectorAll('[style]')].map((el) => `${el.textContent}|${el.getAttribute('style')}`),
      [
        'a|text-align: center; color: rgb(192,0,0)',
        'b|background-color: #fff',
        'd|color: red',
        '|width: 100%; float: left',
      ],
    );
  });
});

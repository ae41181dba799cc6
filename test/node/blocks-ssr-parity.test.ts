// `blocks` on the server and in the browser: renderArticlePage writes the
// same body the element builds from the same blocks (renderBlocks, run here
// on jsdom's document), element for element and attribute for attribute, and
// warns about the same fields. Section headings are compared by host and
// text: the server also writes what the heading element adds on upgrade.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { JSDOM } from 'jsdom';
import { blockNodes, renderBlocks, type ArticleBlock } from '../../src/article/blocks.js';
import { embedHosts } from '../../src/article/content-policy.js';
import { renderArticlePage, type ArticleDocumentBlock } from '../../src/ssr/index.js';

const URL_BASE = 'https://example.com/news/1.html';
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

const blocks: ArticleBlock[] = [
  { type: 'heading', text: 'Media', level: 3, id: 'media' },
  {
    type: 'paragraph',
    text: ['run ', { text: 'npm test', code: true }, ', ', { text: 'x', href: '/x', strong: true }],
  },
  { type: 'quote', text: 'q', cite: 'https://example.com/q' },
  { type: 'list', ordered: true, items: ['a', [{ text: 'b', emphasis: true }]] },
  { type: 'image', src: PNG, alt: 'pasted', width: 4, height: 3 },
  { type: 'figure', src: '/f.png', alt: 'f', caption: 'fig' },
  { type: 'audio', src: '/a.mp3', caption: 'talk', tracks: [{ src: '/a.vtt', kind: 'captions', srclang: 'en' }] },
  { type: 'video', src: '/v.mp4', poster: '/p.jpg', width: 640, height: 360, autoplay: true, muted: true },
  { type: 'video', src: '/v2.mp4', autoplay: true, tracks: [{ src: 'https://other.example/t.vtt' }] },
  { type: 'embed', url: 'https://www.bilibili.com/video/BV1xx411c7mD', width: 16, height: 9, caption: 'b' },
  { type: 'embed', url: 'https://evil.example/player' },
  { type: 'embed', url: 'javascript:alert(1)' },
  {
    type: 'details',
    summary: [{ text: 'more', strong: true }],
    open: true,
    blocks: [
      { type: 'paragraph', text: 'inside' },
      { type: 'image', src: 'data:image/svg+xml;base64,PHN2Zz4=', alt: 'svg' },
    ],
  },
  { type: 'table', caption: 'T', head: ['h1', 'h2'], rows: [['<b>1</b>', '2 & 3']] },
  { type: 'code', text: 'if (a < b) { "quoted" }', language: 'ts' },
  { type: 'code', text: 'x', language: '" onclick="y' } as ArticleBlock,
];

function browserBody(): { html: string; warnings: string[] } {
  const { document } = new JSDOM('<!doctype html><div></div>', { url: URL_BASE }).window;
  const warnings: string[] = [];
  const nodes = blockNodes(blocks, {
    report: (field) => warnings.push(field),
    hosts: embedHosts(undefined),
    base: URL_BASE,
  })!;
  const div = document.querySelector('div')!;
  div.append(renderBlocks(document, nodes));
  return { html: normalized(div), warnings };
}

async function serverBody(): Promise<{ html: string; warnings: string[] }> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => void warnings.push(/^renderArticlePage: (\S+):/.exec(message)?.[1] ?? message);
  let page: string;
  try {
    page = await renderArticlePage(
      { lang: 'en', title: 'Parity', blocks: blocks as ArticleDocumentBlock[] },
      { url: URL_BASE },
    );
  } finally {
    console.warn = original;
  }
  const { document } = new JSDOM(page.replace(/<!--[\s\S]*?-->|<\?>/g, '')).window;
  const article = document.querySelector('folio-article')!;
  for (const part of article.querySelectorAll(':scope > [data-folio-article-part]')) part.remove();
  return { html: normalized(article), warnings };
}

/** The children's markup, each section heading reduced to its host and text, white space between blocks dropped. */
function normalized(root: Element): string {
  for (const heading of root.querySelectorAll('folio-section-heading'))
    heading.replaceChildren((heading.querySelector('h2, h3, h4, h5, h6') ?? heading).textContent ?? '');
  return [...root.children].map((el) => el.outerHTML).join('\n');
}

describe('blocks: server and browser render the same body', () => {
  test('every block type, element for element, and the same fields warned about', async () => {
    const browser = browserBody();
    const server = await serverBody();
    assert.equal(server.html, browser.html);
    assert.deepEqual(server.warnings, browser.warnings);
    // And the refusals are the ones the content policy makes.
    assert.deepEqual(browser.warnings, [
      'blocks[8].autoplay',
      'blocks[8].tracks[0].src',
      'blocks[10].url',
      'blocks[11].url',
      'blocks[12].blocks[1].src',
      'blocks[15].language',
    ]);
    for (const expected of [
      '<iframe src="https://player.bilibili.com/player.html?bvid=BV1xx411c7mD"',
      'sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"',
      '<a href="https://evil.example/player">https://evil.example/player</a>',
      `<img src="${PNG}" alt="pasted" width="4" height="3" loading="lazy" decoding="async">`,
      '<td>&lt;b&gt;1&lt;/b&gt;</td><td>2 &amp; 3</td>',
      '<pre><code class="language-ts">if (a &lt; b) { "quoted" }</code></pre>',
      '<pre><code>x</code></pre>',
      '<p>run <code>npm test</code>, <a href="/x"><strong>x</strong></a></p>',
    ])
      assert.ok(server.html.includes(expected), expected);
    assert.doesNotMatch(server.html, /javascript:|svg\+xml|onclick|other\.example/);
  });
});

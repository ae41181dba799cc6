/**
 * The content `blocks` shares with `html` (issue 17): audio, video, embeds,
 * details, tables, code and inline marks, under the same content policy. The
 * hostile corpus goes into every new field: nothing runs, and every refusal
 * names its field.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/article/define.js';
import '../../src/section-heading/define.js';
import type { ArticleBlock, FolioArticle } from '../../src/article/article.js';
import { EMBED_SANDBOX } from '../../src/article/content-policy.js';
import { HOSTILE_MARKUP, HOSTILE_URLS } from '../reliability/support/hostile-corpus.js';
import { ARTICLE_HTML_FORBIDDEN, HostilePage, expectHarmless, ran } from '../reliability/support/hostile-checks.js';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** One block of each new type, every field filled. */
const everyNewBlock = (): ArticleBlock[] => [
  { type: 'paragraph', text: ['run ', { text: 'npm test', code: true }, ' and ', { text: 'bold', strong: true }] },
  {
    type: 'audio',
    src: '/media/talk.mp3',
    caption: 'The talk',
    tracks: [{ src: '/media/talk.vtt', kind: 'captions', srclang: 'en', label: 'English' }],
  },
  {
    type: 'video',
    src: '/media/clip.mp4',
    poster: PNG,
    width: 640,
    height: 360,
    autoplay: true,
    muted: true,
    loop: true,
    caption: [{ text: 'A clip', emphasis: true }],
  },
  { type: 'embed', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', width: 560, height: 315, caption: 'Video' },
  { type: 'embed', url: 'https://evil.example/player' },
  {
    type: 'details',
    summary: 'More',
    open: true,
    blocks: [
      { type: 'paragraph', text: 'hidden words' },
      { type: 'code', text: 'x < 1 && y', language: 'js' },
    ],
  },
  {
    type: 'table',
    caption: 'Scores',
    head: ['Name', 'Score'],
    rows: [
      ['张三', '90'],
      [[{ text: 'Li', href: 'https://example.com/li' }], '85'],
    ],
  },
  { type: 'code', text: '<script>window.__blocksRan = 1</script>', language: 'html' },
];

describe('<folio-article> blocks: the content html has', () => {
  let warnStub: sinon.SinonStub;
  beforeEach(() => (warnStub = sinon.stub(console, 'warn')));
  afterEach(() => warnStub.restore());
  const warnings = () => warnStub.getCalls().map((c) => String(c.args[0]));

  it('renders audio, video, embeds, details, tables, code and inline code', async () => {
    const article = await fixture<FolioArticle>(html`<folio-article lang="en"></folio-article>`);
    article.blocks = everyNewBlock();
    await article.updateComplete;
    const body = article.querySelector('[data-folio-article-part="body"]')!;
    expect(body.querySelector('p code')!.textContent).to.equal('npm test');
    expect(body.querySelector('p strong')!.textContent).to.equal('bold');

    const audio = body.querySelector('figure > audio[controls]')!;
    expect(audio.getAttribute('src')).to.equal('/media/talk.mp3');
    expect(audio.hasAttribute('autoplay')).to.equal(false);
    const track = audio.querySelector('track')!;
    expect([track.getAttribute('src'), track.getAttribute('kind'), track.getAttribute('srclang')]).to.deep.equal([
      '/media/talk.vtt',
      'captions',
      'en',
    ]);
    expect(audio.nextElementSibling!.textContent).to.equal('The talk');

    const video = body.querySelector<HTMLVideoElement>('figure > video[controls]')!;
    expect(video.getAttribute('poster')).to.equal(PNG);
    expect(['autoplay', 'muted', 'loop', 'playsinline'].every((a) => video.hasAttribute(a))).to.equal(true);
    expect([video.getAttribute('width'), video.getAttribute('height')]).to.deep.equal(['640', '360']);
    expect(body.querySelector('video + figcaption em')!.textContent).to.equal('A clip');

    const frames = body.querySelectorAll('iframe');
    expect(frames).to.have.length(1);
    expect(frames[0]!.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(frames[0]!.getAttribute('sandbox')).to.equal(EMBED_SANDBOX);
    expect(frames[0]!.getAttribute('loading')).to.equal('lazy');
    expect(frames[0]!.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    // The box has the player's ratio before the player loads.
    const box = frames[0]!.getBoundingClientRect();
    expect(box.height).to.be.closeTo((box.width * 315) / 560, 1);
    // A host that is not allowed: a link to it, never a silent hole.
    expect(body.querySelector('a[href="https://evil.example/player"]')!.textContent).to.equal(
      'https://evil.example/player',
    );

    const details = body.querySelector('details[open]')!;
    expect(details.querySelector(':scope > summary')!.textContent).to.equal('More');
    expect(details.querySelector(':scope > p')!.textContent).to.equal('hidden words');
    expect(details.querySelector('pre > code.language-js')!.textContent).to.equal('x < 1 && y');

    const table = body.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.equal('Scores');
    expect([...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent)).to.deep.equal([
      'Name',
      'Score',
    ]);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).to.deep.equal(['张三90', 'Li85']);
    expect(table.querySelector('td a[href="https://example.com/li"]')).to.exist;

    const code = body.querySelector(':scope > pre > code.language-html')!;
    expect(code.textContent).to.equal('<script>window.__blocksRan = 1</script>');
    expect(body.querySelector('script')).to.equal(null);
    expect(warnings()).to.deep.equal([
      '<folio-article> blocks[4].url: "https://evil.example/player" is not from an allowed host (embed-hosts); it is a link.',
    ]);
  });

  it('follows embed-hosts, and takes a raster data: image but never an SVG one', async () => {
    const article = await fixture<FolioArticle>(
      html`<folio-article lang="en" embed-hosts="player.vimeo.com"></folio-article>`,
    );
    article.blocks = [
      { type: 'embed', url: 'https://vimeo.com/76979871' },
      { type: 'embed', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
      { type: 'image', src: PNG, alt: 'pasted' },
      { type: 'image', src: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', alt: 'svg' },
    ];
    await article.updateComplete;
    const body = article.querySelector('[data-folio-article-part="body"]')!;
    expect([...body.querySelectorAll('iframe')].map((f) => f.getAttribute('src'))).to.deep.equal([
      'https://player.vimeo.com/video/76979871',
    ]);
    expect(body.querySelector('a')!.getAttribute('href')).to.equal('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect([...body.querySelectorAll('img')].map((i) => i.alt)).to.deep.equal(['pasted']);
    expect(warnings().some((m) => m.startsWith('<folio-article> blocks[3].src: "data:image/svg+xml'))).to.equal(true);
  });

  it('degrades bad fields gracefully, naming each one', async () => {
    const article = await fixture<FolioArticle>(html`<folio-article lang="en"></folio-article>`);
    article.blocks = [
      { type: 'audio', src: '/a.mp3', autoplay: true },
      { type: 'video', src: 'https://cdn.example/v.mp4', tracks: [{ src: 'https://other.example/subs.vtt' }] },
      { type: 'video' },
      { type: 'embed', url: 'javascript:alert(1)' },
      { type: 'table', rows: 'no', head: 3 },
      { type: 'code', text: 5, language: 'js" onload="x' },
      { type: 'details', summary: 'S', blocks: [{ type: 'image', src: 'javascript:alert(1)', alt: 'a' }] },
      { type: 'paragraph', text: ['kept ', { text: 'code', code: true, href: 'vbscript:x' }] },
    ] as unknown as ArticleBlock[];
    await article.updateComplete;
    const body = article.querySelector('[data-folio-article-part="body"]')!;
    // Sound nobody asked for is never played; the audio stays.
    expect(body.querySelector('audio')!.hasAttribute('autoplay')).to.equal(false);
    expect(body.querySelector('video')!.querySelector('track')).to.equal(null);
    expect(body.querySelectorAll('video, iframe, a')).to.have.length(1);
    expect(body.querySelector('table tbody')!.children).to.have.length(0);
    expect(body.querySelector('pre code')!.hasAttribute('class')).to.equal(false);
    expect(body.querySelector('details summary')!.textContent).to.equal('S');
    expect(body.querySelector('details img')).to.equal(null);
    expect(body.querySelector(':scope > p')!.textContent).to.equal('kept code');
    expect(body.querySelector(':scope > p code')).to.exist;
    const w = warnings();
    for (const field of [
      'blocks[0].autoplay',
      'blocks[1].tracks[0].src: "https://other.example/subs.vtt"',
      'blocks[2].src: is missing',
      'blocks[3].url: "javascript:alert(1)"',
      'blocks[4].rows:',
      'blocks[4].head:',
      'blocks[5].text:',
      'blocks[5].language:',
      'blocks[6].blocks[0].src: "javascript:alert(1)"',
      'blocks[7][1].href: "vbscript:x"',
    ])
      expect(
        w.some((m) => m.startsWith(`<folio-article> ${field}`)),
        field,
      ).to.equal(true);
  });
});

/** Every URL field of the new blocks holds the payload. */
const urlBlocks = (url: string): ArticleBlock[] => [
  { type: 'audio', src: url, caption: 'audio-words' },
  { type: 'video', src: '/ok.mp4', poster: url, tracks: [{ src: url }], caption: 'video-words' },
  { type: 'embed', url, caption: 'embed-words' },
  { type: 'table', rows: [[[{ text: 'cell-words', href: url }]]] },
  { type: 'details', summary: [{ text: 'summary-words', href: url }], blocks: [{ type: 'video', src: url }] },
];

/** Every text field of the new blocks holds the payload. */
const textBlocks = (text: string): ArticleBlock[] => [
  {
    type: 'audio',
    src: '/ok.mp3',
    caption: text,
    tracks: [{ src: '/ok.vtt', label: text, srclang: text, kind: text }],
  },
  { type: 'embed', url: 'https://player.vimeo.com/video/1', title: text, caption: [{ text, code: true }] },
  { type: 'details', summary: text, blocks: [{ type: 'paragraph', text }] },
  { type: 'table', caption: text, head: [text], rows: [[text]] },
  { type: 'code', text, language: text },
];

describe('hostile corpus through the new block fields', function () {
  // Up to 370 audio and video elements: WebKitGTK takes 70–290 ms to create each one on a busy machine
  // (docs/development.md, Engines), 52 s for the file at a load of 5.
  this.timeout(240_000);
  const page = new HostilePage();
  const articles = new Map<string, FolioArticle>();
  const SCAN = { forbid: ARTICLE_HTML_FORBIDDEN, contentPolicy: true, ownWidgets: '.folio-section-heading__copy' };

  before(async () => {
    const host = page.open();
    const add = (key: string, blocks: ArticleBlock[]) => {
      const article = document.createElement('folio-article');
      article.blocks = blocks;
      host.append(article);
      articles.set(key, article);
    };
    for (const entry of HOSTILE_URLS) add(`url:${entry.id}`, urlBlocks(entry.value));
    for (const entry of HOSTILE_MARKUP) add(`text:${entry.id}`, textBlocks(entry.value));
    await Promise.all([...articles.values()].map((a) => a.updateComplete));
    await page.runPayloads(articles.values());
  });
  after(() => page.close());
  const bodyOf = (key: string) => articles.get(key)!.querySelector('[data-folio-article-part="body"]')!;

  for (const entry of HOSTILE_URLS)
    it(`url ${entry.id}: runs nothing, keeps the words, names refused fields`, () => {
      const body = bodyOf(`url:${entry.id}`);
      expectHarmless(entry.id, body, SCAN);
      for (const words of ['video-words', 'cell-words', 'summary-words']) expect(body.textContent).to.include(words);
      if (entry.live)
        for (const field of [
          'blocks[0].src',
          'blocks[1].poster',
          'blocks[1].tracks[0].src',
          'blocks[2].url',
          'blocks[3].rows[0][0][0].href',
          'blocks[4].summary[0].href',
          'blocks[4].blocks[0].src',
        ])
          expect(
            page.warnings.some((m) => m.startsWith(`<folio-article> ${field}:`)),
            field,
          ).to.equal(true);
    });

  for (const entry of HOSTILE_MARKUP)
    it(`text ${entry.id}: shows as the characters it is`, () => {
      const body = bodyOf(`text:${entry.id}`);
      expectHarmless(entry.id, body, SCAN);
      expect(body.querySelector('audio + figcaption')!.textContent).to.equal(entry.value);
      expect(body.querySelector('iframe')!.getAttribute('title')).to.equal(entry.value);
      expect(body.querySelector('iframe + figcaption code')!.textContent).to.equal(entry.value);
      expect(body.querySelector('summary')!.textContent).to.equal(entry.value);
      expect(body.querySelector('details > p')!.textContent).to.equal(entry.value);
      expect([...body.querySelectorAll('caption, th, td')].map((c) => c.textContent)).to.deep.equal([
        entry.value,
        entry.value,
        entry.value,
      ]);
      expect(body.querySelector('pre > code')!.textContent).to.equal(entry.value);
      const made = new Set([...body.querySelectorAll('*')].map((el) => el.localName));
      const expected =
        'figure audio track figcaption iframe code details summary p table caption thead tbody tr th td pre';
      expect([...made].filter((n) => !expected.split(' ').includes(n))).to.deep.equal([]);
    });

  it('nothing threw and the sentinel never ran', () => {
    expect(page.errors).to.deep.equal([]);
    expect(ran()).to.deep.equal([]);
  });
});

/**
 * One element of each tag as a page or a framework makes it: attributes and
 * children as a CMS writes them (the seed article's text), properties as a
 * theme sets them. Used by the lifecycle tests, which make 10,000 of each.
 * `i` lets a few elements of a batch take the rarer paths (the sanitizer, a
 * fetched list, an open dialog).
 */
import { seed } from '../../fixtures/seed-article.js';

export const TAGS = [
  'folio-article',
  'folio-section-heading',
  'folio-post-nav',
  'folio-related-posts',
  'folio-copyright-notice',
  'folio-report-dialog',
] as const;
export type Tag = (typeof TAGS)[number];

/** How often (every n-th element of a batch) the slower paths are taken. */
export const RARE = 50;

const paragraphs = seed.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
const headings = seed.blocks.filter((b) => b.type === 'heading').map((b) => b.text);
/** Pages that exist on the test server, so that prefetching them is quiet. */
const demoPage = (name: string) => new URL(`../../demo/${name}`, import.meta.url).pathname;
const NEXT_PAGES = ['seed-article.html', 'index.html'].map(demoPage);

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const RELATED = [
  {
    title: '城南旧书市集的第十个夏天',
    href: '/news/1001.html',
    date: '2023-05-28T09:30:00+08:00',
    excerpt: '摊主们说，今年来淘书的年轻人比往年多。',
  },
  { title: '西宁市中小学校党组织书记交心茶座举办', href: '/news/1002.html', date: '2023-05-20' },
  { title: '一家旧书店的搬迁日记', href: 'https://example.com/news/1003.html' },
];

type Settable = HTMLElement & Record<string, unknown>;

function attrs(el: Element, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) el.setAttribute(name, value);
}

/** An element of `tag`; with `rare`, every RARE-th one takes a slower path. */
export function makeElement(tag: Tag, i: number, rare = true): HTMLElement {
  const el = document.createElement(tag) as unknown as Settable;
  rare &&= i % RARE === 0;
  switch (tag) {
    case 'folio-article':
      attrs(el, {
        headline: seed.title,
        'date-published': '2023-06-01T10:40:00+08:00',
        'time-zone': seed.timeZone,
        'reprint-notice': seed.reprintNotice,
        toc: '',
        'reading-time': '',
        'structured-data': '',
        'normalize-punctuation': '',
      });
      el.innerHTML =
        `<p>${escape(paragraphs[i % paragraphs.length]!)}</p>` +
        `<folio-section-heading>${escape(headings[i % headings.length]!)}</folio-section-heading>` +
        `<p>${escape(paragraphs[(i + 1) % paragraphs.length]!)}</p>`;
      // Safe markup: the sanitizer's own cases are the hostile corpus's; here it is its lazy load and async result that matter.
      if (rare) el.html = `<p>来自 <em>CMS</em> 的正文</p><h2>小节</h2><p>${escape(paragraphs[0]!)}</p>`;
      else if (i % RARE === 1)
        el.blocks = [
          { type: 'heading', text: headings[0] },
          { type: 'paragraph', text: paragraphs[0] },
          { type: 'list', items: ['甲', '乙'] },
        ];
      return el;
    case 'folio-section-heading':
      if (i % 2) el.setAttribute('numbered', '');
      el.setAttribute('level', String(2 + (i % 3)));
      el.textContent = headings[i % headings.length]!;
      return el;
    case 'folio-post-nav':
      attrs(el, {
        keyboard: '',
        prefetch: '',
        'time-zone': seed.timeZone,
        'prev-href': demoPage('seed-article.html'),
        'prev-title': '上一篇的标题',
        'prev-date': seed.prev.datePublished,
        'next-href': NEXT_PAGES[i % NEXT_PAGES.length]!,
        'next-title': '下一篇的标题',
        'next-date': seed.next.datePublished,
      });
      return el;
    case 'folio-related-posts':
      el.setAttribute('heading', seed.related.heading);
      el.setAttribute('layout', ['list', 'grid', 'compact'][i % 3]!);
      // A feed still loading when the element is removed: the request must be let go.
      if (rare) el.setAttribute('src', `/test-api/related/feed?count=3&delay=200&key=lifecycle-${i}`);
      else el.items = RELATED;
      return el;
    case 'folio-copyright-notice':
      attrs(el, {
        holder: '西宁新闻网',
        'year-start': '2019',
        license: i % 2 ? 'cc-by-nc-nd-4.0' : 'all-rights-reserved',
        'reprint-notice': seed.reprintNotice,
        'report-email': 'report@example.com',
        'report-dialog': 'lifecycle-report-dialog',
      });
      el.innerHTML = '<p>本站仅提供信息存储空间服务。</p>';
      return el;
    case 'folio-report-dialog':
      attrs(el, { action: '/test-api/reports/lifecycle', email: 'report@example.com', 'page-title': seed.title });
      return el;
  }
}

/** The rare paths that need the element connected: an open dialog, a prefetch hint, a focused link. */
export async function exercise(tag: Tag, el: HTMLElement, i: number): Promise<void> {
  if (i % RARE !== 0) return;
  if (tag === 'folio-report-dialog') {
    // Removed while open: its scroll lock and document listeners must go with it.
    void (el as HTMLElement & { show(): Promise<void> | void }).show();
  } else if (tag === 'folio-post-nav') {
    el.shadowRoot?.querySelector<HTMLAnchorElement>('a[rel="next"]')?.focus();
  }
}

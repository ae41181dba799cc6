// folio-elements in React 19: properties (`blocks`, `items`), attributes
// (`prev-href`, `report-dialog`) and `folio-*` events (`onfolio-navigate`).
// React 19 adds a listener for any `on…` prop of a custom element whose value
// is a function, named exactly after `on`: `onfolio-navigate` listens to
// `folio-navigate`. The typings come from folio-elements/react.
import type {} from 'folio-elements/react';
import type { ArticleBlock } from 'folio-elements/article';
import type { RelatedItem } from 'folio-elements/related-posts';
import { useState } from 'react';

const blocks: ArticleBlock[] = [
  { type: 'paragraph', text: '六月的第一个周末，城南旧书市集照常开张。' },
  { type: 'heading', text: '摊主们' },
  { type: 'paragraph', text: '摊主们说，今年来淘书的年轻人比往年多。' },
];

const related: RelatedItem[] = [
  { title: '城南旧书市集的第十个夏天', href: '/posts/book-market-10', date: '2023-05-20' },
  { title: '一家旧书店的搬迁日记', href: '/posts/bookshop-moving', date: '2023-04-02' },
];

export function App() {
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((lines) => [...lines, line]);

  return (
    <main lang="zh-CN">
      <folio-article
        headline="旧书市集"
        byline="记者 张三"
        date-published="2023-06-01T10:40:00+08:00"
        time-zone="Asia/Shanghai"
        reading-time
        blocks={blocks}
      />
      <folio-post-nav
        prev-href="/posts/previous"
        prev-title="上一篇文章"
        next-href="/posts/next"
        next-title="下一篇文章"
        time-zone="Asia/Shanghai"
        onfolio-navigate={(event) => {
          // A single-page app routes itself: cancel the full page load.
          event.preventDefault();
          note(`navigate ${event.detail.direction} ${event.detail.href}`);
        }}
      />
      <folio-related-posts
        items={related}
        layout="list"
        limit={5}
        onfolio-related-click={(event) => note(`related ${event.detail.position}: ${event.detail.item.title}`)}
      />
      <folio-copyright-notice holder="示例日报" year-start="2020" report-dialog="report" />
      <folio-report-dialog
        id="report"
        action="/api/reports"
        onfolio-report-submit={(event) => {
          // Store the report yourself instead of POSTing to `action`.
          event.detail.respondWith(Promise.resolve({ id: 'local-1' }));
          note(`report ${event.detail.payload.reason}`);
        }}
      />
      <ol aria-label="events">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </main>
  );
}

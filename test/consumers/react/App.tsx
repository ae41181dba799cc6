import type {} from 'folio-elements/react';
import type { RelatedItem } from 'folio-elements/related-posts';
import { useState } from 'react';

const related: RelatedItem[] = [{ title: '城南旧书市集的第十个夏天', href: '/posts/book-market-10' }];

export function App() {
  const [log, setLog] = useState<string[]>([]);
  return (
    <main>
      <folio-post-nav
        prev-href="/posts/previous"
        prev-title="上一篇文章"
        onfolio-navigate={(event) => {
          event.preventDefault();
          setLog((lines) => [...lines, `${event.detail.direction} ${event.detail.href}`]);
        }}
      />
      <folio-related-posts items={related} limit={3} onfolio-related-click={(event) => event.detail.position} />
      <folio-report-dialog
        action="/api/reports"
        onfolio-report-close-request={(event) => {
          // A report half written: ask before closing on a click outside.
          if (event.detail.source === 'overlay') event.preventDefault();
        }}
      />
      <output>{log.join('\n')}</output>
    </main>
  );
}

// The related posts load their grid layout (card template and styles) lazily
// in the browser; a server renders at once, so src/ssr hands the part over up
// front. The server's markup must hold the grid cards and their styles.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { relatedPostsTemplate, renderTag } from '../../src/ssr/index.js';

describe('server-rendered <folio-related-posts layout="grid">', () => {
  test('renders grid cards with their thumbnail frame and excerpt, and the grid styles', () => {
    const html = renderTag(
      relatedPostsTemplate({
        heading: '相关推荐',
        layout: 'grid',
        items: [{ title: '相关文章一', href: '/news/1001.html', excerpt: '摘要一', image: '/a.png' }],
      }),
    );
    const match =
      /<folio-related-posts\b[^>]*>\s*<template shadowroot="open" shadowrootmode="open">([\s\S]*?)<\/template>/.exec(
        html,
      );
    assert.ok(match, 'a declarative shadow root');
    const shadow = match[1]!;
    assert.match(shadow, /<ul part="list" class="grid"/);
    assert.match(shadow, /<span class="frame" part="image">(<!--[^>]*-->|<\?>)*<img src="\/a.png"/);
    assert.match(shadow, /<p part="excerpt" class="excerpt">(<!--[^>]*-->)*摘要一/);
    assert.match(shadow, /<style>[\s\S]*\.grid\s*\{\s*display:\s*grid/, 'the grid styles are in the shadow root');
  });
});

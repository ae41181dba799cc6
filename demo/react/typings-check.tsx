// Proof that the generated typings are strict: each line below is wrong, and
// tsc must say so (an unused @ts-expect-error is itself an error). Type-checked
// by test/node/framework-examples.test.ts; not part of the example app.
import type {} from 'folio-elements/react';

export const wrong = (
  <>
    {/* @ts-expect-error limit is a number property, not a string */}
    <folio-related-posts limit="three" />
    {/* @ts-expect-error items is an array of posts */}
    <folio-related-posts items="not a list" />
    {/* @ts-expect-error layout is list | compact | grid */}
    <folio-related-posts layout="carousel" />
    {/* @ts-expect-error blocks are objects with a type, not strings */}
    <folio-article blocks={['a paragraph']} />
    {/* @ts-expect-error reading-time is a boolean attribute */}
    <folio-article reading-time={5} />
    {/* @ts-expect-error the folio-navigate detail has direction and href, not position */}
    <folio-post-nav onfolio-navigate={(event) => event.detail.position} />
  </>
);

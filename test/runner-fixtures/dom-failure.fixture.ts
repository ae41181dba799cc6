// Not part of the suite (it fails on purpose): test/node/runner-dom-failure.test.ts
// runs it to check that a failed assertion on DOM nodes is reported at once.
import { expect } from '@open-wc/testing';

it('compares two elements that differ', () => {
  expect(document.body).to.equal(document.head);
});

it('passes after the failure', () => {
  expect(document.body).to.exist;
});

import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/section-heading/define.js';
import type { FolioSectionHeading } from '../../src/section-heading/section-heading.js';
import { resolveHeading } from '../../src/section-heading/heading.js';
import { PageIds, resolveSectionHeading } from '../../src/ssr/article.js';

/** Ids as a page holds them: a set, and the number after base-. */
const ids = (...taken: string[]) => new PageIds(taken);

describe('resolveHeading (one resolver for the element, the article and the server)', () => {
  it('reads the level: 2–6 as written, clamped outside, 2 for anything else, each with its reason', () => {
    const level = (value: number | null | undefined) => resolveHeading({ text: 'x', level: value }, ids());
    expect(level(undefined)).to.include({ level: 2 });
    expect(level(null).problems).to.deep.equal({});
    expect(level(4)).to.deep.include({ level: 4, problems: {} });
    expect(level(1)).to.deep.include({
      level: 2,
      problems: { level: 'is outside 2–6 (the article’s headline is its only <h1>); it is rendered as <h2>.' },
    });
    expect(level(9).level).to.equal(6);
    expect(level(2.5)).to.deep.include({
      level: 2,
      problems: { level: 'is not a heading level (a whole number from 2 to 6); it is rendered as <h2>.' },
    });
    expect(level(Number.NaN).level).to.equal(2);
  });

  it('makes the id from anchor-id, else the text’s slug, else "section", unique among the ids', () => {
    const page = ids('taken');
    expect(resolveHeading({ text: '筑牢战斗堡垒，练强抓严', anchorId: null }, page).id).to.equal(
      '筑牢战斗堡垒-练强抓严',
    );
    expect(resolveHeading({ text: '筑牢战斗堡垒,练强抓严' }, page).id).to.equal('筑牢战斗堡垒-练强抓严-2');
    expect(resolveHeading({ text: '……' }, page).id).to.equal('section');
    expect(resolveHeading({ text: 'x', anchorId: ' my id ' }, page)).to.deep.include({
      id: 'my-id',
      problems: { anchorId: 'contains whitespace, which an id cannot; it is used as "my-id".' },
    });
    expect(resolveHeading({ text: 'x', anchorId: 'taken' }, page)).to.deep.include({
      id: 'taken-2',
      problems: { anchorId: 'is already the id of another element; this heading uses "taken-2".' },
    });
    expect(resolveHeading({ text: '' }, page).id, 'nothing to make one from').to.equal('');
  });

  it('keeps the id a heading already has (links to it survive edits of its text)', () => {
    const page = ids();
    expect(resolveHeading({ text: 'New text', id: 'old-text' }, page).id).to.equal('old-text');
    expect(resolveHeading({ text: 'Old text' }, page).id, 'nothing was claimed').to.equal('old-text');
  });

  it('gives a heading the same id and level in the browser as on the server', async () => {
    const inputs = [
      { text: '筑牢战斗堡垒，练强抓严学校党组织建设的基本功', level: 3 },
      { text: '筑牢战斗堡垒,练强抓严学校党组织建设的基本功' },
      { text: 'Method', anchorId: 'method', level: 9 },
      { text: '……', level: 1 },
      { text: 'Getting  started', anchorId: 'getting started' },
    ];
    const warn = sinon.stub(console, 'warn');
    try {
      const page = new PageIds();
      const server = inputs.map((input) => resolveSectionHeading(input, page));
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      for (const { text, level, anchorId } of inputs) {
        const el = document.createElement('folio-section-heading') as FolioSectionHeading;
        el.textContent = text;
        if (level !== undefined) el.setAttribute('level', String(level));
        if (anchorId) el.setAttribute('anchor-id', anchorId);
        wrapper.append(el);
      }
      const elements = [...wrapper.querySelectorAll<FolioSectionHeading>('folio-section-heading')];
      await Promise.all(elements.map((el) => el.updateComplete));
      expect(elements.map((el) => [el.headingId, el.headingLevel])).to.deep.equal(server.map((h) => [h.id, h.level]));
    } finally {
      warn.restore();
    }
  });
});

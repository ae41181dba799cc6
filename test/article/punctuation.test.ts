import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { seed } from '../../fixtures/seed-article.js';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/article.js';
import { normalizePunctuationText } from '../../src/article/punctuation.js';
import { normalizePunctuation } from '../../src/article/text-passes.js';
import { mountSeed } from './helpers.js';

describe('normalize-punctuation', () => {
  const cases: Array<[string, string]> = [
    ['习近平总书记强调,加强党对学校工作', '习近平总书记强调，加强党对学校工作'],
    ['版权声明:本文内容', '版权声明：本文内容'],
    ['百年大计,教育为本;教育大计,教师为本。', '百年大计，教育为本；教育大计，教师为本。'],
    ['真的吗?是的!好', '真的吗？是的！好'],
    ['中国(北京)市', '中国（北京）市'],
    // Not between two Han characters: left alone.
    ['1,000 人', '1,000 人'],
    ['Lit, Vite and esbuild', 'Lit, Vite and esbuild'],
    ['强调, 加强', '强调, 加强'],
    // Han on one side, Chinese punctuation on the other: Chinese too (the seed has both).
    ['说到,“要扛起', '说到，“要扛起'],
    ['‘第一责任’,以科学', '‘第一责任’，以科学'],
    ['said,“Yes”', 'said,“Yes”'],
    ['“,”', '“,”'],
    ['2023年,市教育局', '2023年，市教育局'],
    ['时间:10:40', '时间:10:40'],
    ['结尾,', '结尾,'],
    [',开头', ',开头'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      expect(normalizePunctuationText(input)).to.equal(expected);
    });
  }

  it('looks at neighbours across inline elements but not across blocks, and changes no element or attribute', async () => {
    const root = await fixture(html`<div>
      <p title="标题,不改"><b>强调</b>,<a href="/a,b">加强</a></p>
      <p>段末,</p><p>段首</p>
      <p>代码<code>甲,乙</code>之外</p>
    </div>`);
    const before = [...root.querySelectorAll('*')];
    const boldText = root.querySelector('b')!.firstChild;
    normalizePunctuation([root]);
    const [p1, p2, p3, p4] = [...root.querySelectorAll('p')];
    expect(p1!.textContent).to.equal('强调，加强');
    expect(p1!.getAttribute('title')).to.equal('标题,不改');
    expect(root.querySelector('a')!.getAttribute('href')).to.equal('/a,b');
    expect(p2!.textContent + p3!.textContent).to.equal('段末,段首');
    expect(p4!.querySelector('code')!.textContent).to.equal('甲,乙');
    expect([...root.querySelectorAll('*')]).to.deep.equal(before);
    expect(root.querySelector('b')!.firstChild).to.equal(boldText);
  });

  it('fixes the seed article’s text, headings included, keeping their ids', async () => {
    const container = mountSeed('normalize-punctuation toc');
    try {
      const article = container.querySelector('folio-article')!;
      await waitUntil(() => article.querySelectorAll('[data-folio-article-part="toc"] nav a').length === 4);
      const paragraphs = [...article.querySelectorAll(':scope > p:not([data-folio-article-part])')];
      expect(paragraphs[0]!.textContent).to.equal(
        '习近平总书记强调，加强党对学校工作的全面领导，加强和改进学校党的建设，是办好学校的根本保证。',
      );
      const heading = article.querySelector('folio-section-heading')!;
      expect(heading.querySelector('h2')!.textContent).to.equal('筑牢战斗堡垒，练强抓严学校党组织建设的基本功');
      expect(heading.querySelector('h2')!.id).to.equal('筑牢战斗堡垒-练强抓严学校党组织建设的基本功');
      // No half-width mark is left next to Han text in the seed's body.
      const text = paragraphs.map((p) => p.textContent).join('\n');
      expect(text.match(/\p{Script=Han}[,:;!?()]|[,:;!?()]\p{Script=Han}/gu)).to.equal(null);
      // The count of characters is the captured text's: only punctuation changed.
      const han = (s: string) => s.match(/\p{Script=Han}/gu)!.length;
      expect(han(paragraphs.map((p) => p.textContent).join(''))).to.equal(
        han(
          seed.blocks
            .filter((b) => b.type === 'paragraph')
            .map((b) => b.text)
            .join(''),
        ),
      );
    } finally {
      container.remove();
    }
  });

  it('leaves the text alone without the attribute, and normalizes text added later with it', async () => {
    const article = await fixture<FolioArticle>(html`<folio-article lang="zh-CN"><p>强调,加强</p></folio-article>`);
    await new Promise((r) => setTimeout(r, 20));
    expect(article.querySelector('p')!.textContent).to.equal('强调,加强');
    article.normalizePunctuation = true;
    await waitUntil(() => article.querySelector('p')!.textContent === '强调，加强');
    const p = document.createElement('p');
    p.textContent = '后来,加上';
    article.append(p);
    await waitUntil(() => p.textContent === '后来，加上');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/article.js';
import { applyAutospaceFallback } from '../../src/article/autospace.js';
import { waitUntil } from '../helpers/wait.js';
import { printRulesOnScreen } from '../helpers/media.js';
import { linkFolioCss } from './helpers.js';

const px = (value: string) => parseFloat(value);

async function article(
  lang: string,
  attributes = '',
  body = '<p>第一段，<em>重点</em>文字。<q>引号<q>内层</q></q><a href="https://example.com/x">链接</a></p>',
): Promise<FolioArticle> {
  const wrapper = await fixture(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<folio-article ${attributes}>${body}</folio-article>`;
  const el = wrapper.querySelector('folio-article')!;
  await el.updateComplete;
  return el;
}

describe('<folio-article> typography (folio.css)', () => {
  before(linkFolioCss);

  it('sets CJK text at 1.8 line height with strict line breaking, Latin at 1.6', async () => {
    const zh = getComputedStyle((await article('zh-CN')).querySelector('p')!);
    expect(px(zh.lineHeight) / px(zh.fontSize)).to.be.closeTo(1.8, 0.01);
    expect(zh.lineBreak).to.equal('strict');
    const en = getComputedStyle((await article('en', '', '<p>Text.</p>')).querySelector('p')!);
    expect(px(en.lineHeight) / px(en.fontSize)).to.be.closeTo(1.6, 0.01);
  });

  it('keeps a readable measure', async () => {
    const p = (await article('zh-CN')).querySelector('p')!;
    // The column's measure, --folio-measure (40rem): about 38 Han characters a line at the article's size.
    const rem = px(getComputedStyle(document.documentElement).fontSize);
    expect(px(getComputedStyle(p).maxWidth)).to.equal(40 * rem);
    expect(px(getComputedStyle(p).maxWidth) / px(getComputedStyle(p).fontSize)).to.be.within(36, 40);
  });

  it('compresses punctuation in zh-CN, not in zh-TW (clreq)', async () => {
    const cn = getComputedStyle(await article('zh-CN')) as CSSStyleDeclaration & { textSpacingTrim: string };
    const tw = getComputedStyle(await article('zh-TW')) as CSSStyleDeclaration & { textSpacingTrim: string };
    if (!CSS.supports('text-spacing-trim', 'space-all')) {
      // Firefox and WebKit do not have the property yet: its declarations are dropped and punctuation keeps
      // its full width. The values below are checked in every engine that reads them (Chromium today).
      expect([cn.textSpacingTrim, tw.textSpacingTrim]).to.deep.equal([undefined, undefined]);
      return;
    }
    expect(cn.textSpacingTrim).to.be.oneOf(['trim-both', 'trim-start']);
    expect(tw.textSpacingTrim).to.equal('space-all');
  });

  it('spaces Han and Latin text with text-autospace, drawing full-width CJK punctuation from a CJK font', async () => {
    const el = await article('zh-CN');
    expect((getComputedStyle(el) as CSSStyleDeclaration & { textAutospace: string }).textAutospace).to.equal('normal');
    expect(getComputedStyle(el).fontFamily).to.match(/^"Folio CJK Punctuation SC"/);
    const tw = await article('zh-TW');
    expect(getComputedStyle(tw).fontFamily).to.match(/^"Folio CJK Punctuation TC"/);
  });

  it('indents CJK paragraphs by 2em only with indent', async () => {
    const plain = (await article('zh-CN')).querySelector('p')!;
    expect(getComputedStyle(plain).textIndent).to.equal('0px');
    const indented = (await article('zh-CN', 'indent')).querySelector('p')!;
    expect(px(getComputedStyle(indented).textIndent)).to.equal(2 * px(getComputedStyle(indented).fontSize));
  });

  it('indents the paragraphs of a blocks body too, not the notice', async () => {
    const el = await article('zh-CN', 'indent reprint-notice="未经许可不得转载"', '');
    el.blocks = [
      { type: 'paragraph', text: '第一段文字。' },
      { type: 'quote', text: '引文。' },
    ];
    await waitUntil(() => el.querySelector('[data-folio-article-part="body"] > p') !== null);
    await el.updateComplete;
    const p = el.querySelector('[data-folio-article-part="body"] > p')!;
    expect(px(getComputedStyle(p).textIndent)).to.equal(2 * px(getComputedStyle(p).fontSize));
    expect(getComputedStyle(el.querySelector('blockquote p, blockquote')!).textIndent).to.equal('0px');
    expect(getComputedStyle(el.querySelector('[data-folio-article-part="notice"]')!).textIndent).to.equal('0px');
  });

  it('marks emphasis with dots in Chinese, never italics, and quotes by locale', async () => {
    const cn = await article('zh-CN');
    const em = getComputedStyle(cn.querySelector('em')!) as CSSStyleDeclaration & { textEmphasisStyle: string };
    expect(em.fontStyle).to.equal('normal');
    expect(em.textEmphasisStyle).to.be.oneOf(['dot', 'filled dot']);
    expect(getComputedStyle(cn.querySelector('q')!).quotes).to.contain('“');
    const tw = await article('zh-TW');
    expect(getComputedStyle(tw.querySelector('q')!).quotes).to.contain('「');
    const en = await article('en', '', '<p><em>stress</em></p>');
    expect(getComputedStyle(en.querySelector('em')!).fontStyle).to.equal('italic');
  });

  it('does not hang punctuation unless asked', async () => {
    const el = await article('zh-CN');
    expect(el.hasAttribute('hanging-punctuation')).to.equal(false);
    el.hangingPunctuation = true;
    await el.updateComplete;
    expect(el.getAttribute('hanging-punctuation')).to.equal('');
    if (CSS.supports('hanging-punctuation', 'first')) {
      expect(
        (getComputedStyle(el) as CSSStyleDeclaration & { hangingPunctuation: string }).hangingPunctuation,
      ).to.contain('first');
    }
  });

  it('lets the site’s own CSS win over the layer', async () => {
    const style = document.createElement('style');
    style.textContent = '.site-wins folio-article p { line-height: 40px; text-indent: 0; }';
    document.head.append(style);
    try {
      const wrapper = await fixture(
        html`<div class="site-wins" lang="zh-CN"><folio-article indent><p>文字。</p></folio-article></div>`,
      );
      const p = getComputedStyle(wrapper.querySelector('p')!);
      expect(p.lineHeight).to.equal('40px');
      expect(p.textIndent).to.equal('0px');
    } finally {
      style.remove();
    }
  });

  it('prints without the contents and with the address after each link', async () => {
    const el = await article('zh-CN', 'toc', '<h2>一</h2><p><a href="https://example.com/x">链接</a></p>');
    const restore = printRulesOnScreen();
    try {
      expect(getComputedStyle(el.querySelector('[data-folio-article-part="toc"]')!).display).to.equal('none');
      // Chromium resolves attr() in the computed value; Firefox keeps it as written.
      expect(getComputedStyle(el.querySelector('p a')!, '::after').content).to.match(
        /https:\/\/example\.com\/x|attr\(href\)/,
      );
    } finally {
      restore();
    }
  });

  it('follows a forced dark theme', async () => {
    const wrapper = await fixture(
      html`<div data-folio-theme="dark" lang="zh-CN"><folio-article><p>文字。</p></folio-article></div>`,
    );
    const el = wrapper.querySelector('folio-article')!;
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(getComputedStyle(el).color).to.equal('rgb(230, 237, 243)');
  });
});

describe('Han–Latin spacing fallback (browsers without text-autospace)', () => {
  before(linkFolioCss);

  it('wraps Latin runs next to Han text, inserting no character', async () => {
    const wrapper = await fixture(
      html`<div lang="zh-CN"><folio-article><p>使用Lit开发，共3个组件 and more。Web 组件</p></folio-article></div>`,
    );
    const p = wrapper.querySelector('p')!;
    const text = p.textContent;
    expect(applyAutospaceFallback([p])).to.equal(2);
    expect(p.textContent).to.equal(text);
    const spans = [...p.querySelectorAll('[data-folio-autospace]')];
    expect(spans.map((s) => [s.textContent, s.getAttribute('data-folio-autospace')])).to.deep.equal([
      ['Lit', 'start end'],
      ['3', 'start end'],
    ]);
    const style = getComputedStyle(spans[0]!);
    expect(px(style.marginLeft)).to.be.closeTo(px(style.fontSize) / 4, 0.01);
    expect(px(style.marginRight)).to.be.closeTo(px(style.fontSize) / 4, 0.01);
    // A second pass finds nothing new.
    expect(applyAutospaceFallback([p])).to.equal(0);
  });
});

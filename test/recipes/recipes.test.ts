// Each CMS recipe's page, as its engine renders it (test/routes/recipes.ts),
// loaded in a frame with the real tags: what a reader of that CMS's site gets.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { normalizePunctuationText } from '../../src/article/punctuation.js';

type FrameWindow = Window &
  typeof globalThis & {
    axe?: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> };
  };
declare global {
  interface Window {
    __folioRecipeXss?: string;
  }
}

const css = new URL('../../src/folio.css', import.meta.url).pathname;
const js = new URL('../../src/index.ts', import.meta.url).pathname;
const hydrate = new URL('../../src/ssr/hydrate.ts', import.meta.url).pathname;
const axeScript = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
const TAGS = [
  'folio-article',
  'folio-section-heading',
  'folio-post-nav',
  'folio-related-posts',
  'folio-copyright-notice',
  'folio-report-dialog',
];
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** The recipe's page in a frame, every tag defined and rendered. */
async function load(recipe: string, article: 'seed' | 'hostile'): Promise<{ doc: Document; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 1400px; border: 0';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test-api/recipes/${recipe}/${article}?${new URLSearchParams({ css, js: recipe === 'node' ? hydrate : js })}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  expect(doc.querySelector('folio-article'), `${recipe} rendered no page: ${doc.body?.textContent?.slice(0, 500)}`).to
    .exist;
  await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  await Promise.all([...doc.querySelectorAll<LitElement>(TAGS.join(','))].map((el) => el.updateComplete));
  await new Promise((resolve) => setTimeout(resolve, 50)); // headings number and the related list settles
  return { doc, win };
}

async function axe(doc: Document, win: FrameWindow) {
  const script = doc.createElement('script');
  script.src = axeScript;
  const ready = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
  doc.head.append(script);
  await ready;
  return (await win.axe!.run(doc, { resultTypes: ['violations'] })).violations;
}

for (const recipe of ['plain-html', 'php', 'jinja', 'node']) {
  describe(`${recipe} recipe in the browser`, () => {
    it('renders the seed article: section headings as h2 with ids, the nav, the notice and the empty list', async () => {
      const { doc } = await load(recipe, 'seed');
      const headings = [...doc.querySelectorAll('folio-article folio-section-heading > h2')];
      expect(headings.map((h) => h.id)).to.deep.equal([
        '筑牢战斗堡垒-练强抓严学校党组织建设的基本功',
        '坚持立德树人-练强抓牢思想政治工作的基本功',
        '发挥模范作用-练强抓好党员队伍建设的基本功',
        '深化党建引领-练强抓实党建业务融合的基本功',
      ]);
      expect(doc.querySelector('folio-article h1')?.textContent).to.equal(
        '以高质量党建推动教育高质量发展——市委教育工委探索打造党建引领基层治理新格局',
      );

      const nav = doc.querySelector('folio-post-nav')!.shadowRoot!;
      expect(text(nav.querySelector('[part~="prev"]'))).to.equal('上一篇 2023年6月1日 上午10:40');
      expect(text(nav.querySelector('[part~="next"]'))).to.equal('下一篇 2023年6月1日 上午10:56');

      const notice = doc.querySelector('folio-copyright-notice')!;
      const disclaimer =
        '版权声明:本文内容由互联网用户自发贡献,该文观点仅代表作者本人。本站仅提供信息存储空间服务,不拥有所有权,不承担相关法律责任。';
      // The server-rendered page normalizes it with the article's punctuation; the templates keep it as captured.
      expect(text(notice)).to.equal(recipe === 'node' ? normalizePunctuationText(disclaimer) : disclaimer);
      const report = notice.shadowRoot!.querySelector<HTMLButtonElement>('[part~="report-button"]');
      expect(report, 'the notice offers the report dialog').to.exist;
      report!.click();
      const dialog = doc.querySelector('folio-report-dialog')!;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(dialog.hasAttribute('open'), 'the report button opens the dialog').to.be.true;
      expect(dialog.getAttribute('action')).to.equal('/api/reports');

      const related = doc.querySelector('folio-related-posts')!.shadowRoot!;
      expect(text(related)).to.contain('相关推荐');
      expect(related.querySelectorAll('a')).to.have.length(0);
    });

    it('passes axe on the whole page', async () => {
      const { doc, win } = await load(recipe, 'seed');
      const violations = await axe(doc, win);
      expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
    });
  });
}

for (const recipe of ['php', 'jinja', 'node']) {
  describe(`${recipe} recipe with hostile data in the browser`, () => {
    it('runs none of it and shows all of it as text', async () => {
      delete window.__folioRecipeXss;
      const { doc } = await load(recipe, 'hostile');
      expect(window.__folioRecipeXss, 'a script from data ran').to.equal(undefined);
      // The page's module, the article's own JSON-LD (structured-data) and the related items.
      expect([...doc.scripts].map((s) => s.type)).to.deep.equal(['module', 'application/ld+json', 'application/json']);
      const everyElement = (root: Document | ShadowRoot): Element[] =>
        [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? everyElement(el.shadowRoot) : [])]);
      for (const el of everyElement(doc)) {
        for (const { name, value } of el.attributes) {
          expect(name.startsWith('on'), `<${el.localName} ${name}>`).to.be.false;
          if (name === 'href')
            expect(
              value.replace(/\s/g, '').toLowerCase().startsWith('javascript:'),
              `<${el.localName} href="${value}">`,
            ).to.be.false;
        }
      }
      expect(doc.querySelector('folio-article h1')?.textContent).to.contain(`"><script>alert(1)</script>`);
      expect(text(doc.querySelector('folio-section-heading h2'))).to.contain(
        `"><script>top.__folioRecipeXss='heading'</script>标题`,
      );
      const nav = doc.querySelector('folio-post-nav')!.shadowRoot!;
      expect(nav.querySelectorAll('a'), 'neither javascript: side became a link').to.have.length(0);
      expect(text(nav)).to.contain(`onfocus="top.__folioRecipeXss='prev-title'"`);
      const related = doc.querySelector('folio-related-posts')!.shadowRoot!;
      expect([...related.querySelectorAll('a')].map((a) => text(a))).to.deep.equal([
        `</script><script>top.__folioRecipeXss='related-title'</script>`,
        `安全的一篇 & 'quotes' "too"`,
      ]);
    });
  });
}

import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { BUILTIN_LOCALES, builtinTable } from '../../src/locales/registry.js';
import { FolioSectionHeading } from '../../src/section-heading/define.js';
import { linkFolioCss } from '../article/helpers.js';

// Its own page: what it loads is measured from the start. The document links folio.css;
// a shadow root does not see it, like a page without it.
const fetched = (name: RegExp) => performance.getEntriesByType('resource').some((e) => name.test(e.name));
const SENTINEL = '--_folio-section-heading-rules';

describe('<folio-section-heading> lazy parts', () => {
  before(linkFolioCss);

  it('never downloads its fallback rules on a page that links folio.css', async () => {
    const el = await fixture<FolioSectionHeading>(html`<folio-section-heading>有样式的标题</folio-section-heading>`);
    await el.updateComplete;
    expect(getComputedStyle(document.documentElement).getPropertyValue(SENTINEL).trim()).to.equal('1');
    expect(getComputedStyle(el).getPropertyValue(SENTINEL).trim(), 'not inherited').to.equal('');
    expect(fetched(/section-heading-css/)).to.equal(false);
  });

  it('where folio.css does not reach, renders only once the same rules are adopted', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<folio-section-heading lang="zh-CN">影子里的标题</folio-section-heading><folio-section-heading>二</folio-section-heading>';
    const [first, second] = root.querySelectorAll('folio-section-heading');
    await first!.updateComplete;
    // The first render found the rules already there: the button was never shown unstyled.
    expect(getComputedStyle(host).getPropertyValue(SENTINEL).trim()).to.equal('1');
    expect(first!.querySelector('button')!.getBoundingClientRect().width).to.be.at.most(40);
    expect(getComputedStyle(first!.querySelector('button')!).opacity).to.equal('0');
    await second!.updateComplete;
    const sheets = root.adoptedStyleSheets.filter((s) =>
      [...s.cssRules].some((r) => r.cssText.includes('folio-section-heading')),
    );
    expect(sheets, 'one sheet for the root, whatever the number of headings').to.have.length(1);
    expect(fetched(/section-heading-css/)).to.equal(true);
  });

  it('loads the copy behaviour when the browser is idle, before any press', async () => {
    await fixture<FolioSectionHeading>(html`<folio-section-heading>Idle</folio-section-heading>`);
    await waitUntil(() => fetched(/copy-link/), 'copy-link module loaded while idle', { timeout: 3000 });
  });

  it('ships the copy strings in every built-in locale, translated', async () => {
    await import('../../src/section-heading/copy-link.js');
    const keys = ['headingLinkCopied', 'headingCopyFailed', 'headingLinkField'];
    for (const code of BUILTIN_LOCALES) {
      const table = builtinTable(code);
      for (const key of keys) {
        expect(table[key], `${code}.${key}`).to.be.a('string').and.not.equal('');
        if (code !== 'en') expect(table[key], `${code}.${key}`).not.to.equal(builtinTable('en')[key]);
      }
    }
  });

  it('builds its button without writing a string to innerHTML (pages that require Trusted Types refuse that)', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
    const written: Element[] = [];
    Object.defineProperty(Element.prototype, 'innerHTML', {
      ...descriptor,
      set(this: Element, value: string) {
        written.push(this);
        descriptor.set!.call(this, value);
      },
    });
    try {
      const el = document.createElement('folio-section-heading') as FolioSectionHeading;
      el.textContent = 'Trusted';
      document.body.append(el);
      await el.updateComplete;
      const icons = [...el.querySelectorAll('button svg')];
      expect(icons.map((svg) => svg.namespaceURI)).to.deep.equal([
        'http://www.w3.org/2000/svg',
        'http://www.w3.org/2000/svg',
      ]);
      expect(written).to.deep.equal([]);
      el.remove();
    } finally {
      Object.defineProperty(Element.prototype, 'innerHTML', descriptor);
    }
  });
});

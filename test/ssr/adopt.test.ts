// How the light-DOM tags take over server-rendered parts (what
// folio-elements/ssr writes), case by case: the nodes are kept, the server's
// id is kept, later changes still apply, and markup that cannot be hydrated
// is rendered again (with a warning) rather than doubled.
import { expect, fixture } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/article/define.js';
import '../../src/section-heading/define.js';
import type { FolioSectionHeading } from '../../src/section-heading/section-heading.js';
import { COPY_BUTTON_CLASS, COPY_BUTTON_ICONS, HEADING_CLASS, STATUS_CLASS } from '../../src/section-heading/parts.js';

/** A section heading as the server writes it. */
function serverHeading(
  text: string,
  { id, tag = 'h2', host = '' }: { id: string; tag?: string; host?: string },
): string {
  return (
    `<folio-section-heading${host}><${tag} class="${HEADING_CLASS}" id="${id}">${text}</${tag}>` +
    `<button type="button" class="${COPY_BUTTON_CLASS}" aria-label="Copy link to this section: ${text}">${COPY_BUTTON_ICONS}</button>` +
    `<span class="${STATUS_CLASS}" role="status" aria-live="polite"></span></folio-section-heading>`
  );
}

async function upgraded(
  markup: string,
): Promise<{ host: FolioSectionHeading; heading: Element; button: Element; status: Element }> {
  // Parsed first, then upgraded: the element finds its children in place, as on a server-rendered page.
  const wrapper = await fixture<HTMLDivElement>(`<div lang="en">${markup}</div>`);
  const host = wrapper.querySelector('folio-section-heading') as FolioSectionHeading;
  await host.updateComplete;
  const [heading, button, status] = host.children;
  return { host, heading: heading!, button: button!, status: status! };
}

describe('<folio-section-heading> adopting server-rendered parts', () => {
  afterEach(() => sinon.restore());

  it('keeps the <h2>, the button and the live region, and the server’s id', async () => {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = serverHeading('Getting started', { id: 'getting-started-2' });
    const [heading, button, status] = wrapper.firstElementChild!.children;
    document.body.append(wrapper);
    const host = wrapper.firstElementChild as FolioSectionHeading;
    await host.updateComplete;
    expect([...host.children]).to.deep.equal([heading, button, status]);
    expect(host.headingId, 'the server chose the id knowing the whole page').to.equal('getting-started-2');
    expect(heading!.id).to.equal('getting-started-2');
    expect(host.headingElement).to.equal(heading);
    const copied = new Promise<CustomEvent>((resolve) =>
      host.addEventListener('folio-link-copy', (e) => resolve(e as CustomEvent), { once: true }),
    );
    (button as HTMLButtonElement).click();
    expect((await copied).detail.id, 'the adopted button is wired').to.equal('getting-started-2');
    wrapper.remove();
  });

  it('still follows a later anchor-id', async () => {
    const { host, heading } = await upgraded(serverHeading('Getting started', { id: 'getting-started' }));
    host.setAttribute('anchor-id', 'start');
    await host.updateComplete;
    expect(host.querySelector('h2')).to.equal(heading);
    expect(heading.id).to.equal('start');
  });

  it('re-creates the heading (moving the text) when the server wrote another level', async () => {
    const { host, heading, button } = await upgraded(serverHeading('Details', { id: 'details', host: ' level="3"' }));
    const text = heading.firstChild;
    expect(host.children[0]!.localName).to.equal('h3');
    expect(host.children[0]!.firstChild, 'the text node moved, not copied').to.equal(text);
    expect(host.children[1]).to.equal(button);
    expect(host.children).to.have.length(3);
  });

  it('builds its own parts when the markup is not the server’s (no button after the heading)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div lang="en"><folio-section-heading><h2 class="${HEADING_CLASS}">Plain</h2></folio-section-heading></div>`,
    );
    const host = wrapper.querySelector('folio-section-heading') as FolioSectionHeading;
    await host.updateComplete;
    expect(host.children).to.have.length(3);
    expect(host.headingText).to.equal('Plain');
    expect(host.querySelectorAll('button')).to.have.length(1);
  });
});

describe('<folio-article> with a server-rendered header it cannot hydrate', () => {
  afterEach(() => sinon.restore());

  it('renders the header again, with a warning, instead of adding a second one', async () => {
    const warn = sinon.stub(console, 'warn');
    const article = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      `<folio-article lang="en" headline="Fresh"><div data-folio-article-part="header" data-folio-ssr><h1>Stale</h1></div><p>Body.</p></folio-article>`,
    );
    await article.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await article.updateComplete;
    const headers = article.querySelectorAll('[data-folio-article-part="header"]');
    expect(headers).to.have.length(1);
    expect([...article.querySelectorAll('h1')].map((h) => h.textContent)).to.deep.equal(['Fresh']);
    expect(warn.args.map((a) => String(a[0]))).to.satisfy((messages: string[]) =>
      messages.some((m) => m.startsWith('<folio-article> header:') && m.includes('no Lit hydration markers')),
    );
  });
});

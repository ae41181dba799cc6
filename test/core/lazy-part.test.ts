import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { LitElement, css, html } from 'lit';
import sinon from 'sinon';
import { whenIdle } from '../../src/core/idle.js';
import { LazyPart, LazyPartController, type PartUse } from '../../src/core/lazy-part.js';

interface Feature {
  text: string;
  styles?: ReturnType<typeof css>;
}

function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** A part whose every import() the test answers: `answers` are handed out in turn. */
function controlledPart(): { part: LazyPart<Feature>; imports: Array<ReturnType<typeof deferred<Feature>>> } {
  const imports: Array<ReturnType<typeof deferred<Feature>>> = [];
  const part = new LazyPart<Feature>(() => {
    const answer = deferred<Feature>();
    imports.push(answer);
    return answer.promise;
  }, 'text');
  return { part, imports };
}

let count = 0;
/** A fresh tag using `part` as a tag does: the render shows the part's text once it is there. */
function probe(part: LazyPart<Feature>, use: Partial<PartUse<Feature>> = {}) {
  class PartsProbe extends LitElement {
    static override get properties() {
      return { feature: { type: Boolean } };
    }
    feature = false;
    renders: string[] = [];
    readonly parts = new LazyPartController<{ feature: PartUse<Feature> }>(this, {
      feature: { part, when: () => this.feature, attribute: 'feature', instead: 'the text is left out', ...use },
    });
    protected override scheduleUpdate(): void | Promise<unknown> {
      return this.parts.scheduleUpdate(() => super.scheduleUpdate());
    }
    protected override getUpdateComplete(): Promise<boolean> {
      return this.parts.updateComplete(() => super.getUpdateComplete());
    }
    override render() {
      const text = part.module?.text ?? 'without';
      this.renders.push(text);
      return html`<p>${text}</p>`;
    }
  }
  const tag = `parts-probe-${++count}`;
  customElements.define(tag, PartsProbe);
  return tag;
}

async function make(tag: string, feature = true) {
  const el = document.createElement(tag) as LitElement & {
    feature: boolean;
    renders: string[];
    parts: LazyPartController<{ feature: PartUse<Feature> }>;
  };
  el.feature = feature;
  await fixture(fixtureHtml`<div></div>`).then((div) => div.append(el));
  return el;
}

const text = (el: Element) => el.shadowRoot!.querySelector('p')?.textContent;

describe('LazyPart', () => {
  it('loads once for the page, and forgets a failed load so that the next need tries again', async () => {
    let calls = 0;
    const part = new LazyPart(
      () => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ ok: true })),
      'ok',
    );
    let error: unknown;
    await part.load().catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('offline');
    expect(part.module).to.equal(undefined);
    expect(await part.load()).to.deep.equal({ ok: true });
    expect(part.module).to.deep.equal({ ok: true });
    await part.load();
    expect(calls).to.equal(2);
  });

  it('counts an empty namespace as a failed load (WebKit answers a re-import of a module that threw with one)', async () => {
    let calls = 0;
    // What WebKit resolves the second import() of a module whose evaluation threw to: a namespace with no exports.
    const part = new LazyPart<{ Thing: typeof Object }>(
      () => Promise.resolve(++calls === 1 ? ({} as { Thing: typeof Object }) : { Thing: Object }),
      'Thing',
    );
    let error: unknown;
    await part.load().catch((e: unknown) => (error = e));
    expect(String(error)).to.equal('Error: the module has no Thing export');
    expect(part.module, 'never handed out, so no "undefined is not a constructor" later').to.equal(undefined);
    expect((await part.load()).Thing).to.equal(Object);
    expect(calls).to.equal(2);
  });

  it('fails every load of a real module whose evaluation throws, in every engine', async () => {
    // A module of its own (a data: URL unique to this run), imported twice by the engine itself: Chromium
    // and Firefox reject both import()s, WebKit resolves the second to a namespace without the export.
    const url = `data:text/javascript,throw new Error("evaluation failed ${Date.now()}"); export const Thing = 1;`;
    const part = new LazyPart<{ Thing: number }>(() => import(/* @vite-ignore */ url), 'Thing');
    for (const attempt of ['first', 'second']) {
      let error: unknown;
      await part.load().catch((e: unknown) => (error = e));
      expect(error, `the ${attempt} load fails`).to.be.an('error');
      expect(part.module, `the ${attempt} load hands out no module`).to.equal(undefined);
    }
  });
});

describe('LazyPartController (the one way tags load their parts)', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());
  const warnings = () => warn.args.map((a) => String(a[0]));

  it('loads a part only when the element needs it', async () => {
    const { part, imports } = controlledPart();
    const el = await make(probe(part), false);
    await el.updateComplete;
    expect(imports).to.have.length(0);
    el.feature = true;
    await new Promise((r) => setTimeout(r));
    expect(imports).to.have.length(1);
  });

  it('renders without a part that is not blocking, again once it arrives; updateComplete waits for it', async () => {
    const { part, imports } = controlledPart();
    const el = await make(probe(part));
    await new Promise((r) => setTimeout(r));
    expect(text(el)).to.equal('without');
    let complete = false;
    const waiting = el.updateComplete.then(() => (complete = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(complete, 'updateComplete waits for the part').to.equal(false);
    imports[0]!.resolve({ text: 'with' });
    await waiting;
    expect(text(el)).to.equal('with');
    expect(el.renders).to.deep.equal(['without', 'with']);
  });

  it('makes a render wait for a blocking part, in :state(pending) before the first one', async () => {
    const { part, imports } = controlledPart();
    const el = await make(probe(part, { blocking: true }));
    await new Promise((r) => setTimeout(r, 20));
    expect(el.shadowRoot!.querySelector('p'), 'no render yet').to.equal(null);
    expect(el.matches(':state(pending)')).to.equal(true);
    imports[0]!.resolve({ text: 'with' });
    await el.updateComplete;
    expect(el.renders).to.deep.equal(['with']);
    expect(el.matches(':state(pending)')).to.equal(false);
  });

  it('warns once, naming the attribute, when a part cannot be loaded; renders without it; tries again at the next update', async () => {
    const { part, imports } = controlledPart();
    const el = await make(probe(part, { blocking: true }));
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    addEventListener('unhandledrejection', onRejection);
    try {
      imports[0]!.reject(new TypeError('Failed to fetch dynamically imported module'));
      await el.updateComplete;
      expect(text(el)).to.equal('without');
      expect(warnings()).to.deep.equal([
        `<${el.localName}> feature: could not load its code (TypeError: Failed to fetch dynamically imported module); the text is left out.`,
      ]);
      // No retry in a loop: only the next update tries again.
      await new Promise((r) => setTimeout(r, 20));
      expect(imports).to.have.length(1);
      el.requestUpdate();
      await new Promise((r) => setTimeout(r));
      expect(imports).to.have.length(2);
      imports[1]!.resolve({ text: 'with' });
      await el.updateComplete;
      expect(text(el)).to.equal('with');
      expect(rejections).to.deep.equal([]);
    } finally {
      removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('renders again once a part that is not blocking fails (to show what the reader gets instead), without trying again', async () => {
    const { part, imports } = controlledPart();
    const el = await make(probe(part));
    await new Promise((r) => setTimeout(r));
    const renders = el.renders.length;
    imports[0]!.reject(new Error('offline'));
    await el.updateComplete;
    expect(el.renders.length, 'one render for the failure').to.equal(renders + 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(imports, 'that render did not fetch again').to.have.length(1);
    expect(el.parts.failed('feature')).to.equal(true);
    el.requestUpdate();
    await new Promise((r) => setTimeout(r));
    expect(imports, 'the next update does').to.have.length(2);
  });

  it('treats an empty namespace as a failure: a warning, never "undefined is not a constructor"', async () => {
    const part = new LazyPart<Feature>(() => Promise.resolve({} as Feature), 'text');
    const el = await make(probe(part, { blocking: true }));
    await el.updateComplete;
    expect(text(el)).to.equal('without');
    expect(warnings()).to.deep.equal([
      `<${el.localName}> feature: could not load its code (Error: the module has no text export); the text is left out.`,
    ]);
  });

  it('loads an idle part when the browser is idle, needed or not, and updateComplete does not wait for an unneeded one', async () => {
    const { part, imports } = controlledPart();
    const el = await make(probe(part, { idle: true }), false);
    await el.updateComplete;
    expect(imports).to.have.length(0);
    await new Promise<void>((r) => whenIdle(r, 3000));
    await new Promise((r) => setTimeout(r));
    expect(imports).to.have.length(1);
  });

  it('starts a needed idle part when updateComplete is awaited, and waits for it', async () => {
    const { part, imports } = controlledPart();
    const el = await make(probe(part, { idle: true }));
    const waiting = el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(imports).to.have.length(1);
    imports[0]!.resolve({ text: 'with' });
    await waiting;
    expect(text(el)).to.equal('with');
  });

  it('cancels the idle load of an element removed before the browser was idle', async () => {
    const { part, imports } = controlledPart();
    const el = document.createElement(probe(part, { idle: true }));
    document.body.append(el);
    el.remove();
    await new Promise<void>((r) => whenIdle(r, 3000));
    await new Promise((r) => setTimeout(r, 50));
    expect(imports).to.have.length(0);
  });

  it('load() loads a part at once (e.g. at a press) and gives its module, or undefined after the warning', async () => {
    const { part, imports } = controlledPart();
    const el = await make(probe(part, { when: () => false }));
    const loading = el.parts.load('feature');
    imports[0]!.reject(new Error('offline'));
    expect(await loading).to.equal(undefined);
    expect(warnings()).to.have.length(1);
    const again = el.parts.load('feature');
    imports[1]!.resolve({ text: 'pressed' });
    expect(await again).to.deep.equal({ text: 'pressed' });
  });

  it('adopts the styles a part exports into the shadow root, and into the tag’s styles for elements made later', async () => {
    const { part, imports } = controlledPart();
    const tag = probe(part);
    const el = await make(tag);
    const styles = css`
      p {
        letter-spacing: 3px;
      }
    `;
    imports[0]!.resolve({ text: 'with', styles });
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).letterSpacing).to.equal('3px');
    const later = await make(tag, false);
    await later.updateComplete;
    expect(getComputedStyle(later.shadowRoot!.querySelector('p')!).letterSpacing).to.equal('3px');
    expect((customElements.get(tag) as typeof LitElement).elementStyles).to.include(styles);
  });
});

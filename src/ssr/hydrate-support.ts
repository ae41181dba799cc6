/**
 * Lit's hydration support for LitElement: a widget rendered on the server
 * takes over its declarative shadow root instead of rendering a second copy.
 *
 * LitElement, when its module runs, hands itself to
 * `globalThis.litElementHydrateSupport` if a page set one. This sets it, and
 * patches LitElement the way @lit-labs/ssr-client's
 * `lit-element-hydrate-support.js` does, with one difference: it imports
 * nothing from Lit, and is given lit-html's `hydrate()` later
 * (`provideLitHydrate`). Lit's module imports lit-html, so in dist/ it would
 * have to run after the file that holds Lit, which has defined LitElement by
 * then; this one runs before it, which lets dist/folio-ssr.js load Lit, the
 * tags and every lazy chunk from dist/folio.js instead of carrying copies.
 * `hydrate()` arrives before any element updates: the first update waits for
 * a microtask, and the page's modules all run before one.
 */
import type { LitElement, PropertyValues } from 'lit';
import type { hydrate as litHydrate } from '@lit-labs/ssr-client';

type Hydrate = typeof litHydrate;
let hydrate: Hydrate | undefined;

/** Gives the patched LitElement lit-html's `hydrate()` (src/ssr/hydrate.ts does, right after loading the tags). */
export function provideLitHydrate(fn: Hydrate): void {
  hydrate = fn;
}

/** What the patch reads of an element: public in Lit, or its own flag. */
type Element = LitElement & {
  _$needsHydration?: boolean;
  renderOptions: { host?: object };
  render(): unknown;
  createRenderRoot(): HTMLElement | DocumentFragment;
  update(changed: PropertyValues): void;
};

/** ARIA attributes the server wrote for ElementInternals carry this prefix (as in @lit-labs/ssr-dom-shim). */
const INTERNALS_PREFIX = 'hydrate-internals-';

(
  globalThis as { litElementHydrateSupport?: (lit: { LitElement: typeof LitElement }) => void }
).litElementHydrateSupport = ({ LitElement }) => {
  // `defer-hydration` holds an element back until an outer one has hydrated and removes it.
  const observed = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(LitElement), 'observedAttributes')!.get!;
  Object.defineProperty(LitElement, 'observedAttributes', {
    get() {
      return [...observed.call(this), 'defer-hydration'];
    },
  });
  const proto = LitElement.prototype as Element;
  const { attributeChangedCallback, connectedCallback, createRenderRoot, update } = proto;
  // ReactiveElement's update: the properties' bookkeeping, without LitElement's render.
  const reactiveUpdate = (Object.getPrototypeOf(proto) as Element).update;

  proto.attributeChangedCallback = function (this: Element, name, old, value) {
    if (name === 'defer-hydration' && value === null) connectedCallback.call(this);
    attributeChangedCallback.call(this, name, old, value);
  };
  proto.connectedCallback = function (this: Element) {
    if (!this.hasAttribute('defer-hydration')) connectedCallback.call(this);
  };
  // A shadow root already there was rendered by the server: keep it (and its styles) as it is.
  proto.createRenderRoot = function (this: Element) {
    if (!this.shadowRoot) return createRenderRoot.call(this);
    this._$needsHydration = true;
    return this.shadowRoot;
  };
  // The first update of a server-rendered element hydrates; every other one is LitElement's own.
  proto.update = function (this: Element, changed: PropertyValues) {
    if (!this._$needsHydration) return update.call(this, changed);
    if (!hydrate) throw new Error('folio-elements: hydrate() was not provided before the first update');
    this._$needsHydration = false;
    const value = this.render();
    reactiveUpdate.call(this, changed);
    for (const name of this.getAttributeNames()) {
      if (!name.startsWith(INTERNALS_PREFIX)) continue;
      this.removeAttribute(name.slice(INTERNALS_PREFIX.length));
      this.removeAttribute(name);
    }
    hydrate(value, this.renderRoot, this.renderOptions);
  };
};

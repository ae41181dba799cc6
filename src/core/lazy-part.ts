import type { CSSResult, ReactiveController, ReactiveElement } from 'lit';
import { whenIdle } from './idle.js';
import { internals } from './internals.js';
import { warn } from './warn.js';

/**
 * A piece of a tag in a chunk of its own: code (and its strings and styles)
 * that only pages using a feature download. import() runs once for the
 * whole page; once loaded, `module` is there for every element to use
 * synchronously. A failed load is forgotten, so the next need tries again.
 */
export class LazyPart<M> {
  /** The module, once loaded and checked. */
  module: M | undefined;
  private loading?: Promise<M>;

  /** `check` names an export the tag uses: the module counts as loaded only when it is there. */
  constructor(
    private readonly importer: () => Promise<M>,
    private readonly check: keyof M & string,
  ) {}

  load(): Promise<M> {
    this.loading ??= this.importer()
      .then((module) => {
        // WebKit: importing again a module whose evaluation threw resolves to an empty namespace
        // instead of failing again, and a retried part would break later with "undefined is not a
        // constructor". Checked here, such a load is a failure like any other.
        if (module?.[this.check] === undefined) throw new Error(`the module has no ${this.check} export`);
        return (this.module = module);
      })
      .catch((error: unknown) => {
        this.loading = undefined;
        throw error;
      });
    return this.loading;
  }
}

/** How an element uses one of its tag's lazy parts (see LazyPartController). */
export interface PartUse<M = any> {
  part: LazyPart<M>;
  /** The attribute (or feature) that asks for the part: named in the warning when it cannot be loaded … */
  attribute: string | (() => string);
  /** … with what the reader gets instead, e.g. 'the links work without shortcuts'. */
  instead: string;
  /** Whether the element as it is now needs the part, read before each update. Default: never (see `idle`). */
  when?: () => unknown;
  /** The render waits for the part while it is needed, rather than render a box of another size. */
  blocking?: true | (() => unknown);
  /** The first load waits until the browser is idle after the element connects (or something waits for the part); loaded then even when not needed yet. */
  idle?: true;
}

type ModuleOf<U> = U extends PartUse<infer M> ? M : never;

/**
 * The one way a tag loads its lazy parts. The tag declares, for each part,
 * when it needs it; the controller then
 * - loads a needed part, warns (naming the attribute) when it cannot, and
 *   renders the element again when it arrives or fails;
 * - makes a render that needs a `blocking` part wait for it (before the
 *   first render the element is in `:state(pending)`, for folio.css to keep
 *   its box; a server-rendered element keeps the server's markup on screen);
 * - makes `updateComplete` mean "rendered with every part it needs, or
 *   without those that failed";
 * - adopts the styles a part's module exports as `styles`: into the
 *   element's shadow root (and the tag's styles, for elements made later and
 *   for server rendering), or for a light-DOM tag into its document;
 * - loads `idle` parts once the browser is idle.
 * The element forwards two hooks, and reads a part's `module` when it renders:
 *
 *     protected override scheduleUpdate() { return this.parts.scheduleUpdate(() => super.scheduleUpdate()); }
 *     protected override getUpdateComplete() { return this.parts.updateComplete(() => super.getUpdateComplete()); }
 */
export class LazyPartController<U extends Record<string, PartUse<any>>> implements ReactiveController {
  /** Parts whose last load for this element failed: not tried again before its next update. */
  private readonly failures = new Set<keyof U>();
  private readonly loading = new Map<keyof U, Promise<void>>();
  /** scheduleUpdate has begun the update that hostUpdate is about to render. */
  private updateBegun = false;
  /** The next update only shows a failure: it does not try again. */
  private showingFailure = false;
  private idleReached = false;
  private cancelIdle?: () => void;

  constructor(
    private readonly host: ReactiveElement,
    private readonly uses: U,
  ) {
    host.addController(this);
    // Parts already loaded (on a server, all it renders with) are the tag's styles from the start.
    for (const use of Object.values(uses)) this.shareStyles(use.part.module);
  }

  hostConnected(): void {
    if (this.idleReached || !this.names().some((name) => this.uses[name]!.idle)) return;
    this.cancelIdle = whenIdle(() => {
      this.idleReached = true;
      // A failure here is only a missed head start: the next need tries again, and says so.
      for (const name of this.names()) if (this.uses[name]!.idle) void this.start(name);
    });
  }

  hostDisconnected(): void {
    this.cancelIdle?.();
  }

  /** Before each render: loads what it needs and has not got yet, and adopts the styles of what it has. */
  hostUpdate(): void {
    if (!this.updateBegun) this.beginUpdate();
    this.updateBegun = false;
    for (const name of this.names()) {
      const use = this.uses[name]!;
      if (!use.when?.()) continue;
      if (use.part.module) this.adoptStyles(use.part.module);
      else if (!this.failures.has(name) && (!use.idle || this.idleReached)) void this.start(name);
    }
  }

  /** The element's scheduleUpdate: runs `update` once the blocking parts this render needs are there (or failed). */
  scheduleUpdate(update: () => void | Promise<unknown>): void | Promise<unknown> {
    this.beginUpdate();
    this.updateBegun = true;
    const waiting = this.missing(blocking);
    if (!waiting) return update();
    return (async () => {
      const host = this.host;
      const pending = !host.hasUpdated && !host.renderRoot?.hasChildNodes();
      if (pending) {
        const { states } = internals(host);
        states.add('pending');
        // WebKit styles a host's ::before as if it had no query container when its shadow root is new, so
        // folio.css's preflight box, sized by container queries, comes out wrong until the host's style
        // changes after a layout: one layout here, and a change.
        void host.offsetWidth;
        states.delete('pending');
        states.add('pending');
      }
      // A part needed meanwhile (a src set while the grid loads) is waited for too; each gets one attempt.
      for (let next: Promise<unknown> | undefined = waiting; next;) {
        await next;
        next = this.missing(blocking);
      }
      if (pending) internals(host).states.delete('pending');
      return update();
    })();
  }

  /** The element's getUpdateComplete: `complete` once every part the element needs has arrived and rendered (or failed). */
  async updateComplete(complete: () => Promise<boolean>): Promise<boolean> {
    for (;;) {
      const done = await complete();
      const waiting = this.missing(() => true);
      if (waiting) await waiting;
      else if (done) return true;
    }
  }

  /** Whether the part's last load for this element failed (its render shows what the reader gets instead). */
  failed(name: keyof U): boolean {
    return this.failures.has(name);
  }

  /** The part's module, loading it now if it is not there (e.g. when a button is pressed); undefined, after the warning, when it cannot be loaded. */
  async load<K extends keyof U>(name: K): Promise<ModuleOf<U[K]> | undefined> {
    const part = this.uses[name]!.part;
    if (!part.module) {
      this.failures.delete(name); // asked for now: tried again whatever failed before
      await this.start(name);
    }
    return part.module;
  }

  /**
   * The loads of the needed parts that `filter` selects and this element has
   * not got yet: those under way (until the element has asked to render with
   * them) and those neither there nor failed, started now. Undefined when there are none.
   */
  private missing(filter: (use: PartUse) => boolean): Promise<unknown> | undefined {
    const loads = this.names()
      .filter((name) => {
        const use = this.uses[name]!;
        const absent = this.loading.has(name) || (!use.part.module && !this.failures.has(name));
        return absent && filter(use) && use.when?.();
      })
      .map((name) => this.start(name));
    return loads.length ? Promise.all(loads) : undefined;
  }

  /** One load per part at a time for this element; never rejects. */
  private start(name: keyof U): Promise<void> {
    let loading = this.loading.get(name);
    if (!loading) {
      const use = this.uses[name]!;
      loading = use.part
        .load()
        .then(
          (module) => {
            this.shareStyles(module);
            if (use.when?.()) this.host.requestUpdate(); // renders with it
          },
          (error: unknown) => {
            this.failures.add(name);
            const attribute = typeof use.attribute === 'function' ? use.attribute() : use.attribute;
            warn(this.host, attribute, `could not load its code (${String(error)}); ${use.instead}.`);
            // Renders what the reader gets instead (an update under way, waiting for the part, does so already).
            if (use.when?.() && !this.host.isUpdatePending) {
              this.showingFailure = true;
              this.host.requestUpdate();
            }
          },
        )
        .finally(() => this.loading.delete(name));
      this.loading.set(name, loading);
    }
    return loading;
  }

  /**
   * Each update tries again what failed before it (what fails while it
   * waits, not before the next), except one that only shows a failure:
   * so a part that keeps failing is not fetched in a loop.
   */
  private beginUpdate(): void {
    if (!this.showingFailure) this.failures.clear();
    this.showingFailure = false;
  }

  private names(): Array<keyof U> {
    return Object.keys(this.uses);
  }

  /** A shadow-DOM tag's styles gain the part's: shadow roots made later adopt them, and a server renders them. */
  private shareStyles(module: unknown): void {
    const styles = stylesOf(module);
    const tag = this.host.constructor as typeof ReactiveElement;
    if (styles && !tag.elementStyles.includes(styles)) tag.elementStyles = [...tag.elementStyles, styles];
  }

  /** Adopts the part's styles where the element renders: its shadow root, else (light DOM) its document or shadow root. */
  private adoptStyles(module: unknown): void {
    const sheet = stylesOf(module)?.styleSheet;
    const rendered = this.host.renderRoot;
    const root = rendered instanceof ShadowRoot ? rendered : this.host.getRootNode();
    if (!sheet || !(root instanceof Document || root instanceof ShadowRoot)) return;
    if (root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    // WebKit (2.50) leaves a shadow host's style as it was computed before a sheet was adopted, so its
    // :host rules (the fallback-styles sentinel among them) do not apply until the list is set again.
    if (root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets];
  }
}

/** Whether the render waits for the part now. */
const blocking = (use: PartUse) => use.blocking === true || !!use.blocking?.();

function stylesOf(module: unknown): CSSResult | undefined {
  return (module as { styles?: CSSResult } | undefined)?.styles;
}

// What storybook.spec.ts runs inside Storybook's preview frame. Both
// functions are handed to Playwright, which sends their source to the page:
// they use nothing from this module's scope.

/** One control of a story: its name as the docs table shows it, and what happened when it was changed. */
export interface ControlReport {
  name: string;
  type: string;
  changed: boolean;
  /** The reason the story gives for a control that shows nothing (`parameters.controlsWithoutRendering`). */
  exempt?: string;
  /** Reset, the story did not render as before the change (the next control's check would be unfair). */
  unrestored?: boolean;
  /** How long the check took. */
  ms?: number;
}

export interface EntryReport {
  /** Why the entry did not render, if it did not. */
  failure?: string;
  console: string[];
  /** Regular expressions (sources) of the warnings the story declares. */
  expectedConsole: string[];
  controls: ControlReport[];
  /** Exceptions thrown while its controls were changed (warnings about a control's odd value are its job). */
  controlErrors?: string[];
  /** When the probe started changing controls (Date.now()): what the browser logs itself is the rendering's before. */
  controlsFrom?: number;
  /** Controls the story leaves out of its panel (`parameters.controls.exclude`). */
  hidden?: number;
}

/**
 * Installed before any script of the frame: records Storybook's render
 * events from the moment its channel exists, and every console error and
 * warning, uncaught error and unhandled rejection, tagged with the phase
 * (`render` until the probe starts changing controls).
 */
export function recordFrame(): void {
  const w = window as unknown as Record<string, unknown>;
  const events: Array<{ name: string; id?: string }> = [];
  const logged: Array<{ phase: string; line: string }> = [];
  w.__probe = { events, logged, phase: 'render' };
  // The entry shown and what the probe is doing with it: `render:<id>` or `controls:<id>`.
  const phase = () => (w.__probe as { phase: string }).phase;
  const text = (args: unknown[]) =>
    args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === 'string' ? a : String(a))).join(' ');
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      logged.push({ phase: phase(), line: `console.${level === 'warn' ? 'warning' : 'error'}: ${text(args)}` });
      original(...args);
    };
  }
  window.addEventListener('error', (e) => logged.push({ phase: phase(), line: `uncaught: ${e.message}` }));
  window.addEventListener('unhandledrejection', (e) =>
    logged.push({ phase: phase(), line: `unhandled rejection: ${text([e.reason])}` }),
  );
  let channel: { on(name: string, fn: (payload?: unknown) => void): void } | undefined;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value: { on(name: string, fn: (payload?: unknown) => void): void }) {
      channel = value;
      for (const name of [
        'storyRendered',
        'storyFinished',
        'docsRendered',
        'storyErrored',
        'storyThrewException',
        'storyMissing',
        'playFunctionThrewException',
      ])
        value.on(name, (payload: unknown) =>
          events.push({ name, id: typeof payload === 'string' ? payload : (payload as { storyId?: string })?.storyId }),
        );
    },
  });
}

/**
 * Shows the entry `id` (the frame's first, or switched to as Storybook's
 * sidebar does, without reloading the frame), waits for it to render and
 * settle, then (stories only) changes each control in turn through
 * Storybook's channel (`updateStoryArgs`, what the Controls panel sends),
 * compares the rendering with the story's own, and resets the control
 * (`resetStoryArgs`), waiting until the story renders as it first did.
 */
export async function storyProbe({
  id,
  viewMode,
  changeControls = true,
}: {
  id: string;
  viewMode: 'story' | 'docs';
  /** false: list the controls without trying them (for counting). */
  changeControls?: boolean;
}): Promise<EntryReport> {
  type Probe = {
    events: Array<{ name: string; id?: string }>;
    logged: Array<{ phase: string; line: string }>;
    phase: string;
  };
  type ArgType = {
    name?: string;
    control?: false | { type?: string; disable?: boolean };
    options?: unknown[];
    table?: { defaultValue?: { summary?: string } };
  };
  type Story = {
    id: string;
    argTypes: Record<string, ArgType>;
    parameters: {
      expectedConsole?: string[];
      controlsWithoutRendering?: Record<string, string>;
      controlTestValues?: Record<string, unknown>;
      controls?: { exclude?: string[] | RegExp };
    };
  };
  const w = window as unknown as {
    __probe: Probe;
    __STORYBOOK_PREVIEW__?: {
      currentRender?: { story?: Story };
      storyStoreValue?: { args: { get(id: string): Record<string, unknown> } };
    };
    __STORYBOOK_ADDONS_CHANNEL__: { emit(name: string, payload: unknown): void };
  };
  const probe = w.__probe;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const waitFor = async (what: string, ok: () => boolean, ms = 30_000) => {
    const end = Date.now() + ms;
    while (!ok()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await sleep(15);
    }
  };
  const failures = ['storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException'];
  const done = viewMode === 'docs' ? 'docsRendered' : 'storyFinished';
  const rootOf = () => document.querySelector(viewMode === 'docs' ? '#storybook-docs' : '#storybook-root');

  /** Every element under `node`, open shadow roots included. */
  function* deep(node: ParentNode): Generator<Element> {
    for (const el of node.querySelectorAll('*')) {
      yield el;
      if (el.shadowRoot) yield* deep(el.shadowRoot);
    }
  }
  /** Every Lit update of the story finished (three rounds: an update may start another), and one frame painted. */
  async function updated(): Promise<void> {
    const root = rootOf();
    for (let round = 0; round < 3 && root; round++)
      await Promise.all(
        [...deep(root)].map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete),
      );
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(r));
  }
  /** The rendering: every element's name, attributes (but `ignored`), box and colours, and every text. */
  function snapshot(ignored = ''): string {
    const root = rootOf();
    if (!root) return '';
    const parts: string[] = [];
    const texts = (node: Node) => {
      for (const child of node.childNodes) if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
    };
    texts(root);
    for (const el of deep(root)) {
      const attrs = [...el.attributes].filter((a) => a.name !== ignored).map((a) => `${a.name}=${a.value}`);
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      parts.push(
        // What a designer sees of an element: its box, colours and the text's setting (a first-line indent
        // or an alignment moves no box).
        `<${el.localName} ${attrs.join(' ')} ${Math.round(box.x)},${Math.round(box.y)},${Math.round(box.width)}x${Math.round(box.height)} ${style.color} ${style.backgroundColor} ${style.borderTopColor} ${style.display} ${style.visibility} ${style.font} ${style.textIndent} ${style.textAlign} ${style.borderRadius}>`,
      );
      texts(el);
      if (el.shadowRoot) texts(el.shadowRoot);
    }
    return parts.join('\n');
  }
  /**
   * Waits until `reached(snapshot)` holds, returning true at once; or until the rendering has not
   * changed for `quietMs` (lazy parts loaded, fetches answered, images decoded) or `maxMs` passed,
   * returning false. Early success keeps the common case fast; "nothing changed" is only said after
   * the story has been still for `quietMs`.
   */
  async function until(reached: (now: string) => boolean, ignored = '', quietMs = 300, maxMs = 3000) {
    const start = Date.now();
    let last = '';
    let still = Date.now();
    for (;;) {
      await updated();
      const now = snapshot(ignored);
      if (reached(now)) return true;
      if (now !== last) ((last = now), (still = Date.now()));
      if (Date.now() - still >= quietMs || Date.now() - start >= maxMs) return false;
      await sleep(20);
    }
  }
  const lines = (phase: string) => probe.logged.filter((l) => l.phase === `${phase}:${id}`).map((l) => l.line);
  const mine = () => probe.events.filter((e) => e.id === id);

  try {
    if (probe.phase !== 'render') {
      // Not the frame's first entry: switch to it. Events of an earlier visit of the same id are forgotten.
      probe.events.length = 0;
      probe.phase = `render:${id}`;
      w.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode });
    } else {
      // The frame's first entry, rendering since the page loaded: what it logged so far is its own.
      for (const l of probe.logged) l.phase = `render:${id}`;
      probe.phase = `render:${id}`;
    }
    await waitFor(done, () => mine().some((e) => e.name === done || failures.includes(e.name)), 120_000);
    const failed = mine().find((e) => failures.includes(e.name));
    if (failed) return { failure: failed.name, console: lines('render'), expectedConsole: [], controls: [] };
    // Settled: the rendering still for 400 ms (what it logs meanwhile is still its rendering's).
    await until(() => false, '', 400, 8000);
    if (viewMode === 'docs') return { console: lines('render'), expectedConsole: [], controls: [] };

    const preview = w.__STORYBOOK_PREVIEW__!;
    const story = preview.currentRender!.story!;
    // The story's args as Storybook holds them now (its `args`, the URL's), what the Controls panel shows.
    const args = { ...preview.storyStoreValue!.args.get(story.id) };
    const channel = w.__STORYBOOK_ADDONS_CHANNEL__;
    const declared = story.parameters.controlsWithoutRendering ?? {};
    const report: EntryReport = {
      console: lines('render'),
      expectedConsole: story.parameters.expectedConsole ?? [],
      controls: [],
    };
    probe.phase = `controls:${id}`;
    report.controlsFrom = Date.now();
    const rendered = () => mine().filter((e) => e.name === 'storyRendered').length;
    /** Sends `message` and waits until Storybook has rendered the story again. */
    async function send(message: string, payload: unknown): Promise<void> {
      const before = rendered();
      channel.emit(message, { storyId: story.id, ...(payload as object) });
      await waitFor(`the story to render after ${message}`, () => rendered() > before, 10_000);
    }
    for (const [key, argType] of Object.entries(story.argTypes)) {
      const control = argType.control;
      if (!control || control.disable) continue;
      const type = control.type ?? 'object';
      const name = argType.name ?? key;
      // Not in this story's panel (`parameters.controls.exclude`: a story that renders fixed content).
      const exclude = story.parameters.controls?.exclude;
      if (Array.isArray(exclude) ? exclude.includes(key) : exclude instanceof RegExp && exclude.test(key)) {
        report.hidden = (report.hidden ?? 0) + 1;
        continue;
      }
      const current = args[key];
      const fallback = Number(argType.table?.defaultValue?.summary);
      let next: unknown;
      // A value the story gives for the test, where the generic change would be refused by the tag
      // (heading-level 1, a reason code that does not exist): `parameters.controlTestValues`.
      const given = story.parameters.controlTestValues ?? {};
      if (key in given) next = given[key];
      else if (type === 'boolean') next = !current;
      else if (type === 'number' || type === 'range')
        next = (typeof current === 'number' ? current : Number.isFinite(fallback) ? fallback : 0) + 1;
      else if (type === 'date')
        next = (current ? new Date(current as string | number).getTime() : Date.UTC(2024, 2, 1)) + 400 * 864e5;
      else if (type === 'select' || type === 'radio' || type === 'inline-radio')
        next = (argType.options ?? []).find((o) => o !== current);
      else if (type === 'text')
        next = /time-zone/.test(name)
          ? current === 'America/New_York'
            ? 'Asia/Tokyo'
            : 'America/New_York'
          : /email/.test(name)
            ? 'desk@example.org'
            : /(^|-)(href|src|action|page|url)$/.test(name)
              ? current
                ? undefined
                : '/changed-by-the-story-test'
              : typeof current === 'string' && current.startsWith('<')
                ? `${current}<p>Changed</p>`
                : typeof current === 'string' && current.length > 1
                  ? current.slice(0, -1)
                  : 'Changed';
      // A JSON editor: the value without its last item (array) or key (object), or an empty list when unset.
      else if (Array.isArray(current)) next = current.length ? current.slice(0, -1) : undefined;
      else if (current === undefined) next = [];
      else if (current && typeof current === 'object') next = Object.fromEntries(Object.entries(current).slice(0, -1));
      else next = undefined;
      if (!changeControls) {
        report.controls.push({ name, type, changed: false });
        continue;
      }
      // The story's own rendering, the attribute the control writes on its tag not counted.
      const t0 = Date.now();
      const first = snapshot(name);
      await send('updateStoryArgs', { updatedArgs: { [key]: next } });
      const changed = await until((now) => now !== first, name);
      await send('resetStoryArgs', { argNames: [key] });
      const back = await until((now) => now === first, name, 300, 2000);
      report.controls.push({
        name,
        type,
        changed,
        exempt: declared[name],
        ms: Date.now() - t0,
        ...(back ? {} : { unrestored: true }),
      });
    }
    report.controlErrors = lines('controls').filter((l) => /^(uncaught|unhandled)/.test(l));
    return report;
  } catch (error) {
    return {
      failure: error instanceof Error ? error.message : String(error),
      console: lines('render'),
      expectedConsole: [],
      controls: [],
    };
  }
}

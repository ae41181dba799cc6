// What storybook.spec.ts runs inside Storybook's preview frame. Both
// functions are handed to Playwright, which sends their source to the page:
// they use nothing from this module's scope.

/** One control of a story: its name as the docs table shows it, and what happened when it was changed. */
export interface ControlReport {
  name: string;
  type: string;
  changed: boolean;
  exempt?: string;
}

export interface EntryReport {
  /** Why the entry did not render, if it did not. */
  failure?: string;
  console: string[];
  /** Regular expressions (sources) of the warnings the story declares. */
  expectedConsole: string[];
  controls: ControlReport[];
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
 * sidebar does, without reloading the frame), waits for it to render, then
 * (stories only) changes each control in turn and compares the rendering.
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
  type ArgType = { name?: string; control?: false | { type?: string; disable?: boolean }; options?: unknown[] };
  type Story = {
    id: string;
    argTypes: Record<string, ArgType>;
    parameters: { expectedConsole?: string[]; controlsWithoutRendering?: Record<string, string> };
  };
  const w = window as unknown as {
    __probe: Probe;
    __STORYBOOK_PREVIEW__?: { currentRender?: { story?: Story; context?: { args?: Record<string, unknown> } } };
    __STORYBOOK_ADDONS_CHANNEL__: { emit(name: string, payload: unknown): void };
  };
  const probe = w.__probe;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const waitFor = async (what: string, ok: () => boolean, ms = 30_000) => {
    const end = Date.now() + ms;
    while (!ok()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await sleep(25);
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
  /** Custom elements finished (their lazy parts too), fonts loaded, two frames painted. */
  async function settle(): Promise<void> {
    const root = rootOf();
    for (let round = 0; round < 3 && root; round++)
      await Promise.all(
        [...deep(root)].map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete),
      );
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
  /** The rendering: every element's name, attributes (but `ignored`), box and colours, and every text. */
  function snapshot(ignored: string): string {
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
        `<${el.localName} ${attrs.join(' ')} ${Math.round(box.x)},${Math.round(box.y)},${Math.round(box.width)}x${Math.round(box.height)} ${style.color} ${style.backgroundColor} ${style.display} ${style.visibility}>`,
      );
      texts(el);
      if (el.shadowRoot) texts(el.shadowRoot);
    }
    return parts.join('\n');
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
    await settle();
    await sleep(100);
    await settle();
    if (viewMode === 'docs') return { console: lines('render'), expectedConsole: [], controls: [] };

    const render = w.__STORYBOOK_PREVIEW__!.currentRender!;
    const story = render.story!;
    const args = render.context?.args ?? {};
    const channel = w.__STORYBOOK_ADDONS_CHANNEL__;
    const report: EntryReport = {
      console: lines('render'),
      expectedConsole: story.parameters.expectedConsole ?? [],
      controls: [],
    };
    probe.phase = `controls:${id}`;
    const rendered = () => mine().filter((e) => e.name === 'storyRendered').length;
    async function update(change: () => void): Promise<void> {
      const before = rendered();
      change();
      await waitFor('the story to render again', () => rendered() > before, 10_000);
      await settle();
      await sleep(50);
      await settle();
    }
    for (const [key, argType] of Object.entries(story.argTypes)) {
      const control = argType.control;
      if (!control || control.disable) continue;
      const type = control.type ?? 'object';
      const name = argType.name ?? key;
      const current = args[key];
      let next: unknown;
      if (type === 'boolean') next = !current;
      else if (type === 'number' || type === 'range') next = (typeof current === 'number' ? current : 0) + 1;
      else if (type === 'date')
        next = (current ? new Date(current as string | number).getTime() : Date.now()) + 400 * 864e5;
      else if (type === 'select' || type === 'radio' || type === 'inline-radio')
        next = (argType.options ?? []).find((o) => o !== current);
      else if (type === 'text')
        next = /time-zone/.test(name)
          ? current === 'America/New_York'
            ? 'Asia/Tokyo'
            : 'America/New_York'
          : /email/.test(name)
            ? 'desk@example.org'
            : typeof current === 'string' && current.length > 1
              ? current.slice(0, -1)
              : 'Changed';
      else next = undefined;
      if (!changeControls) {
        report.controls.push({ name, type, changed: false });
        continue;
      }
      const before = snapshot(name);
      let changed = false;
      try {
        await update(() => channel.emit('updateStoryArgs', { storyId: story.id, updatedArgs: { [key]: next } }));
        changed = snapshot(name) !== before;
      } finally {
        await update(() => channel.emit('resetStoryArgs', { storyId: story.id, argNames: [key] }));
      }
      report.controls.push({ name, type, changed, exempt: story.parameters.controlsWithoutRendering?.[name] });
    }
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

/** Every element under `root`, including those inside open shadow roots. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

type Updating = Element & { updateComplete?: Promise<unknown> };

/**
 * Waits until a story has finished what it started: every Lit element's
 * update, fetches answered or failed, play functions' effects. "Finished" is
 * `quietMs` without a DOM change anywhere in the story (shadow roots
 * included), checked after each Lit update; a story that never stops (a feed
 * that never answers) is judged as it is after `maxMs`.
 */
export async function settleStory(canvas: HTMLElement, { quietMs = 250, maxMs = 5000 } = {}): Promise<void> {
  const start = performance.now();
  let last = performance.now();
  const observer = new MutationObserver(() => (last = performance.now()));
  const observed = new WeakSet<Node>();
  const observeAll = () => {
    for (const root of [canvas, ...[...deepElements(canvas)].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))]) {
      if (observed.has(root)) continue;
      observed.add(root);
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    }
  };
  try {
    while (performance.now() - start < maxMs) {
      observeAll();
      await Promise.all([...deepElements(canvas)].map((el) => (el as Updating).updateComplete));
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (performance.now() - last >= quietMs) return;
    }
  } finally {
    observer.disconnect();
  }
}

// Storybook's built-in viewports that stories name in `globals.viewport`.
const VIEWPORTS: Record<string, { width: number; height: number }> = {
  mobile1: { width: 320, height: 568 },
  mobile2: { width: 414, height: 896 },
  tablet: { width: 834, height: 1112 },
  desktop: { width: 1280, height: 1024 },
};

/** The viewport a story asks for with `globals: { viewport: { value, isRotated } }`, if any. */
export function viewportOf(globals: Record<string, unknown>): { width: number; height: number } | undefined {
  const viewport = globals.viewport as { value?: string; isRotated?: boolean } | string | undefined;
  const name = typeof viewport === 'string' ? viewport : viewport?.value;
  const size = name ? VIEWPORTS[name] : undefined;
  if (!size) return undefined;
  return typeof viewport === 'object' && viewport.isRotated ? { width: size.height, height: size.width } : size;
}

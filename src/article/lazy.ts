/**
 * A part of the article in a chunk of its own (the `blocks` and `html`
 * renderer, the headings and contents, the text passes, the structured
 * data, the hydration of a server-rendered header): imported once per page,
 * the first time an element needs it. Each part only fills a box that the
 * first render already drew, so nothing moves when it arrives.
 */
export interface LazyPart<M> {
  readonly load: () => Promise<M>;
  /** The module, once loaded. */
  module?: M;
  loading?: Promise<M>;
}

export function lazyPart<M>(load: () => Promise<M>): LazyPart<M> {
  return { load };
}

/** Loads the part once; a failed load is forgotten, so that the next need tries again. */
export function loadPart<M>(part: LazyPart<M>): Promise<M> {
  return (part.loading ??= part.load().then(
    (module) => (part.module = module),
    (error: unknown) => {
      part.loading = undefined;
      throw error;
    },
  ));
}

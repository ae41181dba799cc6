/**
 * A module a tag loads the first time one of its elements needs it: import()
 * runs once for the whole page, and renders after that use the module
 * synchronously (`module`). A failed load is forgotten, so the next need tries
 * again. A server entry, which renders synchronously, may set `module` up front.
 */
export class LazyPart<T> {
  /** The module, once loaded (or provided). */
  module: T | undefined;
  private loading?: Promise<T>;

  constructor(private readonly importer: () => Promise<T>) {}

  load(): Promise<T> {
    this.loading ??= this.importer().then(
      (module) => (this.module = module),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }
}

/**
 * Starts loading those of `parts` that a render needs (the others are passed
 * as false or undefined) and are not loaded yet. Returns undefined when none
 * is missing, so an update that needs nothing does not wait; otherwise a
 * promise that settles when every load has, never rejecting: the render then
 * sees which `module` is still missing and shows its fallback.
 */
export function loadMissing(
  ...parts: (LazyPart<unknown> | false | '' | null | undefined)[]
): Promise<unknown> | undefined {
  const missing = parts.filter((part) => part && !part.module) as LazyPart<unknown>[];
  if (missing.length) return Promise.all(missing.map((part) => part.load().catch(() => undefined)));
  return undefined;
}

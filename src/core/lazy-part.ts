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

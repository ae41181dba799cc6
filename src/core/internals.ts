const internalsOf = new WeakMap<HTMLElement, ElementInternals>();

/**
 * The element's ElementInternals (custom states, its role). attachInternals
 * may be called only once per element, and several controllers need it, so
 * every caller shares the one made here.
 */
export function internals(host: HTMLElement): ElementInternals {
  let found = internalsOf.get(host);
  if (!found) internalsOf.set(host, (found = host.attachInternals()));
  return found;
}

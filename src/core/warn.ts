/**
 * One way for every tag to report bad input: a console warning that names the
 * tag and the attribute, given once per element and attribute so that a page
 * re-rendering a hundred times does not bury the console.
 */
const warned = new WeakMap<Element, Set<string>>();

export function warn(host: Element, attribute: string, message: string): void {
  let seen = warned.get(host);
  if (!seen) warned.set(host, (seen = new Set()));
  if (seen.has(attribute)) return;
  seen.add(attribute);
  console.warn(`<${host.localName}> ${attribute}: ${message}`);
}

/** Quotes a value for a warning, shortened so a huge attribute cannot flood the console. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text);
}

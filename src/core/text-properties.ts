import type { PropertyValues, ReactiveElement } from 'lit';
import { quote, warn } from './warn.js';

/**
 * A theme may hand a string property JSON of another type (`notice.yearStart
 * = 2019`, `heading.anchorId = 42`, `nav.prevTitle = { zh: '…' }`). Every
 * string property (declared with an attribute, its `type` String or none) that changed is
 * made text here, before the element reads it: a number is read as its text
 * (2019 → "2019"), anything else warns once naming the attribute and counts as
 * absent. Call it first thing in `willUpdate`: the property then holds what
 * the render reads, and setting it there starts no second update.
 */
export function normalizeTextProperties(host: ReactiveElement, changed: PropertyValues): void {
  const declared = (host.constructor as typeof ReactiveElement).elementProperties;
  const values = host as unknown as Record<PropertyKey, unknown>;
  for (const name of changed.keys()) {
    const options = declared.get(name);
    const value = values[name];
    if (!options || (options.type !== undefined && options.type !== String) || options.attribute === false || value == null || typeof value === 'string') continue;
    const attribute = typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
    if (typeof value === 'number' || typeof value === 'bigint') {
      values[name] = String(value);
    } else {
      warn(host, attribute, `${quote(describe(value))} is not text; it is ignored.`);
      values[name] = undefined;
    }
  }
}

/** A value for a warning: as JSON where it can be (a cycle or a BigInt cannot), else as JavaScript prints it. Never throws. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // A BigInt prints as its digits, a cycle as [object Object]; an object without a prototype has no way to print.
    try {
      return String(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  }
}

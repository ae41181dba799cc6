import type { LazyPart } from './lazy-part.js';
import { warn } from './warn.js';

/**
 * Loads one of a tag's lazy parts for `host`. A failure (offline, a deploy
 * that replaced the chunks) becomes a console warning naming the attribute
 * or feature that needed the part and saying what the reader gets `instead`;
 * the promise then resolves undefined, so no caller leaves an unhandled
 * rejection behind. Shared by the article and the section heading.
 */
export async function loadPart<T>(
  host: Element,
  attribute: string,
  part: LazyPart<T>,
  instead: string,
): Promise<T | undefined> {
  try {
    return part.module ?? (await part.load());
  } catch (error) {
    warn(host, attribute, `could not load its code (${String(error)}); ${instead}.`);
    return undefined;
  }
}

import { internals } from '../core/internals.js';
import { describe, textProperty } from '../core/text-property.js';
import { quote, warn } from '../core/warn.js';
import { blockNodes, renderBlocks } from './blocks.js';
import { embedHosts as hostList } from './content-policy.js';
import { PART, ownPart } from './parts.js';
import type { SanitizeOptions, SanitizeResult } from './sanitize.js';

/**
 * The body from the `blocks` or `html` property, in a chunk of its own that
 * loads the first time either is set; the sanitizer behind `html` is a part
 * of its own too, loaded only when `html` is (sanitize.ts). The generated
 * body goes into a part of its own after the header; the page's own children
 * stay, hidden by `:state(generated)`, and come back when neither property
 * is set.
 */

/** What the body reads on its element: the article's body properties, as set (checked here). */
export interface BodyHost extends HTMLElement {
  readonly blocks?: unknown;
  readonly html?: unknown;
  readonly embedHosts?: unknown;
}

/**
 * Shows the body the host's `blocks` describe, or its `html` holds once
 * sanitized (the page's own content until `sanitize` is there) with players
 * from `embedHosts`, else the page's own children; `replaced` is called each
 * time the body changed, so the element scans it again.
 */
export function showGeneratedBody(
  host: BodyHost,
  sanitize: ((html: string, options: SanitizeOptions) => SanitizeResult) | undefined,
  replaced: () => void,
): void {
  const { blocks, html, embedHosts } = host;
  // Absent: the built-in hosts; anything else (empty, not text) allows only what it names.
  const hosts = embedHosts == null ? undefined : (textProperty(host, 'embed-hosts', embedHosts) ?? '');
  if (blocks !== undefined && blocks !== null) {
    const report = (field: string, message: string) => warn(host, field, message);
    const nodes = blockNodes(blocks, { report, hosts: hostList(hosts), base: host.ownerDocument.baseURI });
    return replaceBody(host, nodes && renderBlocks(host.ownerDocument, nodes), replaced);
  }
  if (html != null && typeof html !== 'string')
    warn(host, 'html', `${quote(describe(html))} is not a string; the page's own content is shown.`);
  if (typeof html !== 'string' || !sanitize) return replaceBody(host, undefined, replaced);
  const { fragment, removed } = sanitize(html, { embedHosts: hosts });
  if (removed.length)
    warn(host, 'html', `removed what an article may not contain (${[...new Set(removed)].join(', ')}).`);
  replaceBody(host, fragment, replaced);
}

function replaceBody(host: HTMLElement, content: DocumentFragment | undefined, replaced: () => void): void {
  const states = internals(host).states;
  const had = ownPart(host, 'body');
  had?.remove();
  if (!content) {
    states.delete('generated');
    if (had) replaced();
    return;
  }
  const body = document.createElement('div');
  body.setAttribute(PART, 'body');
  body.append(content);
  const header = ownPart(host, 'header');
  if (header) header.after(body);
  else host.prepend(body);
  states.add('generated');
  replaced();
}

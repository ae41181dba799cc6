/**
 * The body's headings with their ids, and their nesting for the contents: in
 * a chunk of its own, loaded when the body has headings (see article.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { resolveHeading } from '../section-heading/heading.js';
import { uniqueId } from '../section-heading/slug.js';
import { HEADINGS, isOwnedPart } from './parts.js';

export { ContentsController } from './contents.js';

/** One section heading of the body, as the contents list needs it. */
export interface SectionHeading {
  id: string;
  level: number;
  text: string;
  /** The element the reader sees (the <hN>); what the current-section observer watches. */
  element: Element;
}

/** What <folio-section-heading> offers (see src/section-heading): read, never written. */
interface SectionHeadingElement extends HTMLElement {
  headingId?: string;
  headingLevel?: number;
  headingElement?: HTMLHeadingElement | null;
  headingText?: string;
  updateComplete?: Promise<unknown>;
}

function inOwnedPart(element: Element, roots: Node[]): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (roots.includes(node)) return false;
    if (isOwnedPart(node)) return true;
  }
  return false;
}

/**
 * The body's heading candidates, in document order: section-heading tags and
 * plain <h2>–<h6> not inside one.
 */
export function headingCandidates(roots: Node[]): Element[] {
  const found: Element[] = [];
  for (const root of roots) {
    if (!(root instanceof Element)) continue;
    for (const element of [...(root.matches(HEADINGS) ? [root] : []), ...root.querySelectorAll(HEADINGS)]) {
      if (element.localName !== 'folio-section-heading' && element.closest('folio-section-heading')) continue;
      if (!inOwnedPart(element, roots)) found.push(element);
    }
  }
  return found;
}

/**
 * The body's section headings with their ids. Waits until every
 * <folio-section-heading> has rendered its <hN> (its id comes from there);
 * plain headings without an id get one, with the same slug rules.
 */
export async function collectHeadings(roots: Node[]): Promise<SectionHeading[]> {
  const candidates = headingCandidates(roots);
  await Promise.all(candidates.map((c) => (c as SectionHeadingElement).updateComplete));
  const headings: SectionHeading[] = [];
  for (const element of candidates) {
    if (element.localName === 'folio-section-heading') {
      const section = element as SectionHeadingElement;
      // Not upgraded (its module is not loaded): nothing to link to yet.
      if (!section.headingId) continue;
      headings.push({
        id: section.headingId,
        level: section.headingLevel ?? 2,
        text: (section.headingText ?? element.textContent ?? '').trim(),
        element: section.headingElement ?? element,
      });
    } else {
      const text = (element.textContent ?? '').trim();
      if (!text) continue;
      const claim = (base: string) => uniqueId(base, element.ownerDocument, element);
      if (!element.id) element.id = resolveHeading({ text }, { claim }).id;
      headings.push({ id: element.id, level: Number(element.localName.slice(1)), text, element });
    }
  }
  return headings;
}

/** An entry of the contents list, nested by level. */
export interface TocEntry {
  id: string;
  text: string;
  level: number;
  children: TocEntry[];
}

/**
 * Nests headings by level: an <h3> after an <h2> goes under it; a level that
 * skips (h2 → h4) nests one step, not two; a shallower heading climbs back up.
 */
export function nestHeadings(headings: Array<Pick<SectionHeading, 'id' | 'text' | 'level'>>): TocEntry[] {
  const root: TocEntry = { id: '', text: '', level: 1, children: [] };
  const stack: TocEntry[] = [root];
  for (const { id, text, level } of headings) {
    while (stack.length > 1 && stack[stack.length - 1]!.level >= level) stack.pop();
    const entry: TocEntry = { id, text, level, children: [] };
    stack[stack.length - 1]!.children.push(entry);
    stack.push(entry);
  }
  return root.children;
}

/** The contents' nested list; `current` is the id of the section in view (marked `aria-current`). */
export function tocList(entries: TocEntry[], current: string | undefined): TemplateResult {
  return html`<ol>
      ${entries.map(
        (entry) => html`<li>
          <a href="#${entry.id}" aria-current=${ifDefined(entry.id === current ? 'location' : undefined)}>${entry.text}</a>
          ${entry.children.length ? tocList(entry.children, current) : nothing}
        </li>`,
      )}
    </ol>`;
}

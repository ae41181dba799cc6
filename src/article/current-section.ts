/**
 * Which section the reader is in: the last heading that has crossed a line
 * near the top of the viewport. IntersectionObserver tells us when a heading
 * crosses it, so nothing runs on scroll.
 */
export class CurrentSectionObserver {
  private observer?: IntersectionObserver;
  private passed = new Map<Element, boolean>();
  private order: Element[] = [];
  private current: string | undefined;

  constructor(private readonly onChange: (id: string | undefined) => void) {}

  /** Watches `headings` (in document order), replacing what was watched before. */
  observe(headings: Array<{ id: string; element: Element }>): void {
    this.disconnect();
    if (headings.length === 0 || typeof IntersectionObserver === 'undefined') return;
    const ids = new Map(headings.map((h) => [h.element, h.id]));
    this.order = headings.map((h) => h.element);
    // The line is 25% down the viewport. The root reaches far above the viewport, so a heading
    // "intersects" exactly while it is above the line, and every crossing of the line is reported,
    // even after a jump (a link, Home) that moves a heading from far above to below.
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) this.passed.set(entry.target, entry.isIntersecting);
        const last = [...this.order].reverse().find((el) => this.passed.get(el));
        const id = last ? ids.get(last) : undefined;
        if (id !== this.current) {
          this.current = id;
          this.onChange(id);
        }
      },
      { rootMargin: '100000px 0px -75% 0px', threshold: 0 },
    );
    for (const element of this.order) this.observer.observe(element);
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.passed.clear();
  }
}

/**
 * Resolves once `el`'s running CSS transition has ended, so `show()` and
 * `close()` can settle after the animation (as Shoelace's dialog does). With
 * no transition (or reduced motion) it resolves on the next frame; a timer
 * backs up `transitionend`, which never fires when a transition is skipped.
 */
export function afterTransition(el: Element): Promise<void> {
  const style = getComputedStyle(el);
  const longest = Math.max(0, ...seconds(style.transitionDuration).map((d, i, all) => d + (seconds(style.transitionDelay)[i % all.length] ?? 0)));
  if (longest === 0) return new Promise((resolve) => requestAnimationFrame(() => resolve()));
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      el.removeEventListener('transitionend', onEnd);
      resolve();
    };
    // Several properties end together (opacity, transform, display, overlay); the
    // discrete ones flip last, so settle once the frame of the last end has passed.
    let pending = 0;
    const onEnd = (event: Event) => {
      if (event.target !== el) return;
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => requestAnimationFrame(done));
    };
    const timer = setTimeout(done, longest * 1000 + 50);
    el.addEventListener('transitionend', onEnd);
  });
}

function seconds(list: string): number[] {
  return list.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v) || 0));
}

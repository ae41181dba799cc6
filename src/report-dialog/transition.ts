/**
 * Resolves once `el`'s running CSS transitions have ended, so `show()` and
 * `close()` can settle after the animation (as Shoelace's dialog does).
 * Transitions are animations too (CSSTransition, discrete `display` and
 * `overlay` included): waiting for each one's `finished` covers several
 * properties ending apart, a transition cut short (it rejects; that is fine)
 * and none at all (reduced motion), without timers.
 */
export function afterTransition(el: Element): Promise<void> {
  return Promise.allSettled(el.getAnimations().map((animation) => animation.finished)).then(() => undefined);
}

/**
 * Reports past a page's limit are stored marked `throttled`, never refused:
 * a page limit that refused would let anyone silence reports about a page by
 * filling its bucket. `withRateLimit` marks the request; the handler stores
 * the mark with the report (`ReportMeta.throttled`).
 */
const throttled = new WeakSet<Request>();

export function markThrottled(request: Request): void {
  throttled.add(request);
}

export function isThrottled(request: Request): boolean {
  return throttled.has(request);
}

/**
 * What this browser remembers, in localStorage (never a cookie: nothing is
 * sent with every request): one random reader id, and per page the kinds the
 * server last confirmed as this reader's, so the pressed state shows on
 * return. Storage that is unavailable (blocked, full, a private window)
 * costs only the memory across visits.
 */
const READER_KEY = 'folio-reactions-reader';
const pageKey = (page: string) => `folio-reactions:${page}`;

export function readerId(): string {
  let id = read(READER_KEY);
  if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
    id = crypto.randomUUID();
    write(READER_KEY, id);
  }
  return id;
}

export function rememberedKinds(page: string): Set<string> {
  try {
    const kinds: unknown = JSON.parse(read(pageKey(page)) ?? '[]');
    return new Set(Array.isArray(kinds) ? kinds.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}

export function rememberKinds(page: string, kinds: Set<string>): void {
  write(pageKey(page), JSON.stringify([...kinds]));
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage blocked or full: remembered for this visit only.
  }
}

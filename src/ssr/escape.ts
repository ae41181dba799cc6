/**
 * Escaping for the markup the server writes as strings (the article body).
 * Everything else goes through Lit's templates, which escape on their own.
 */
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE: Record<string, string> = { ...TEXT, '"': '&quot;', "'": '&#39;' };

/** Text between tags: `<` can never open a tag, `&` never starts an entity. */
export function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (c) => TEXT[c]!);
}

/** A quoted attribute value: neither quote can end it. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ATTRIBUTE[c]!);
}

/** JSON inside `<script type="application/json">`: "</script>" or "<!--" in a value cannot end the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

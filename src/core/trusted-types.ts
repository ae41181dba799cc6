/**
 * Trusted Types. A page served with `require-trusted-types-for 'script'`
 * refuses strings at script sinks, and the text of a `<script>` element is
 * one even when it is JSON (the article's JSON-LD). Our only such text is
 * JSON we serialize ourselves, so one policy that passes it through is
 * enough; sites list its name in their `trusted-types` directive:
 *
 *     Content-Security-Policy: require-trusted-types-for 'script'; trusted-types lit-html dompurify folio-elements
 *
 * HTML never goes through this policy: templates render through Lit (its own
 * `lit-html` policy) and data HTML through DOMPurify (its `dompurify` policy).
 */
export const TRUSTED_TYPES_POLICY = 'folio-elements';

interface ScriptPolicy {
  createScript(text: string): unknown;
}

declare global {
  interface Window {
    trustedTypes?: { createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy };
  }
}

/** undefined: not created yet; null: the page's CSP refused the name. */
let policy: ScriptPolicy | null | undefined;

/**
 * The value to give a script element's `text` for JSON we serialized
 * ourselves: a TrustedScript where the browser has Trusted Types, the string
 * itself elsewhere, or null when the page's CSP does not allow our policy
 * (the caller then leaves the script out and warns).
 */
export function trustedJsonScript(json: string): unknown {
  const factory = globalThis.window?.trustedTypes;
  if (!factory) return json;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY, { createScript: (text) => text });
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createScript(json) : null;
}

/**
 * The client's address is personal data that staff never need to read; they
 * only need to tell "the same client again" apart. So stores and rate limits
 * see an HMAC-SHA-256 of the (normalized) address keyed with the site's
 * secret, never the address: without the secret, trying every IPv4 address
 * (an hour's work against a plain SHA-256) finds nothing. Every server of a
 * site must share the secret, or the same client hashes differently on each
 * and per-client limits hold per server only.
 *
 * Web Crypto only, so the handler stays runtime-neutral; `reportsSalt`
 * (client-hash.ts) adds the Node ways to find a secret (a file).
 */

/** The shortest secret accepted: a shorter one could be guessed, and every address with it. */
export const MIN_SECRET_LENGTH = 16;

/** `secret` when it is long enough; otherwise a TypeError that stops the server from starting. */
export function checkSecret(secret: string, where: string): string {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new TypeError(
      `folio-elements/server: ${where} must be a secret of at least ${MIN_SECRET_LENGTH} characters ` +
        '(e.g. `openssl rand -hex 32`); client addresses are hashed with it.',
    );
  }
  return secret;
}

let processSecret: string | undefined;

/**
 * `FOLIO_REPORTS_SALT` when set (and long enough); else one random secret
 * for this process, with a warning, once: addresses are never hashed without
 * a secret, but limits then reset on restart and differ between servers.
 */
export function fallbackSecret(
  // Read where there is a process (Node, Deno, Bun); a Worker has none, and sets addressSalt instead.
  env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env,
  warn: (message: string) => void = (message) => console.warn(message),
): string {
  const configured = env?.FOLIO_REPORTS_SALT;
  if (configured) return checkSecret(configured, 'FOLIO_REPORTS_SALT');
  if (!processSecret) {
    processSecret = hex(globalThis.crypto.getRandomValues(new Uint8Array(32)).buffer);
    warn(
      'folio-elements/server: WARNING: FOLIO_REPORTS_SALT is not set, so client addresses are hashed with a ' +
        'random secret that changes on restart and differs between servers (per-client limits then hold per ' +
        'process only). Set it to one secret of at least 16 characters shared by all servers.',
    );
  }
  return processSecret;
}

/** The secret an endpoint hashes addresses with: its `addressSalt` (checked), else `fallbackSecret()`. */
export function addressSecret(addressSalt: string | undefined): string {
  return addressSalt === undefined ? fallbackSecret() : checkSecret(addressSalt, 'addressSalt');
}

const keys = new Map<string, Promise<CryptoKey>>();

/** HMAC-SHA-256 of `address` keyed with `secret`, hex: enough to group senders, useless to find them. */
export async function hashAddress(address: string, secret: string): Promise<string> {
  let key = keys.get(secret);
  if (!key) {
    key = globalThis.crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    keys.set(secret, key);
  }
  return hex(await globalThis.crypto.subtle.sign('HMAC', await key, new TextEncoder().encode(address)));
}

export function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

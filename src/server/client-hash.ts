/// <reference types="node" />
// The secret that client addresses are hashed with (address-hash.ts), found
// the ways a Node server keeps secrets, and a hasher that uses it. The
// handler and `withRateLimit` must hash with the same secret, so that a
// report's `clientAddressHash` and its rate-limit bucket name the same client:
//
//     const salt = reportsSalt();
//     withRateLimit(createReportHandler({ store, addressSalt: salt, clientAddress }), { hashClient: createClientHasher({ salt }), … })
//
// (Both default to `reportsSalt()` when given none.)
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkSecret, fallbackSecret, hashAddress } from './address-hash.js';

/** Turns an address into its hash; may answer asynchronously (Web Crypto does). */
export type ClientHasher = (address: string) => string | Promise<string>;

export interface ClientHashOptions {
  /** The secret; at least 16 characters. */
  salt?: string;
  env?: Record<string, string | undefined>;
  /**
   * A file that keeps the secret: read when it exists, else created (mode
   * 0600) with a random one. For a single server that keeps its data on one
   * disk, such as the demo.
   */
  file?: string;
  warn?: (message: string) => void;
}

/**
 * The secret: `salt`, else `FOLIO_REPORTS_SALT`, else the one in `file`
 * (made on first use), else one random secret per process with a loud
 * warning, once. A secret shorter than 16 characters throws: the server
 * refuses to start rather than hash addresses with a guessable key.
 */
export function reportsSalt(options: ClientHashOptions = {}): string {
  const env = options.env ?? process.env;
  if (options.salt !== undefined) return checkSecret(options.salt, 'The salt');
  if (env.FOLIO_REPORTS_SALT || !options.file) return fallbackSecret(env, options.warn);
  try {
    return checkSecret(readFileSync(options.file, 'utf8').trim(), options.file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(32).toString('hex');
  mkdirSync(dirname(options.file), { recursive: true, mode: 0o700 });
  writeFileSync(options.file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}

/** `hashAddress` with the secret fixed, so the handler and the rate limits name a client the same way. */
export function createClientHasher(options: ClientHashOptions = {}): (address: string) => Promise<string> {
  const secret = reportsSalt(options);
  return (address) => hashAddress(address, secret);
}

/// <reference types="node" />
// The reporter's network address is personal data that staff never need to
// read; they only need to tell "the same client again" apart. So stores and
// rate limits see a salted SHA-256 of it, never the raw IP. Every server of a
// site must share the salt, or the same client hashes differently on each
// and per-client limits stop holding across servers.
//
// The hash is the handler's own (`hashAddress` in handler.ts: SHA-256 of
// `salt + "\0" + address`), so a report's `clientAddressHash` and its
// rate-limit bucket name the same client. Pass the same salt to both:
//
//     const salt = reportsSalt();
//     withRateLimit(createReportHandler({ store, addressSalt: salt, clientAddress }), { hashClient: createClientHasher({ salt }), … })
import { randomBytes } from 'node:crypto';
import { hashAddress } from './handler.js';

/** Turns an address into its salted hash; may answer asynchronously (Web Crypto does). */
export type ClientHasher = (address: string) => string | Promise<string>;

export interface ClientHashOptions {
  /** The secret salt; defaults to `FOLIO_REPORTS_SALT`, else a random one for this process (with a warning). */
  salt?: string;
  env?: Record<string, string | undefined>;
  warn?: (message: string) => void;
}

let processSalt: string | undefined;

/** The salt: the option, else `FOLIO_REPORTS_SALT`, else one random salt per process (and a warning, once). */
export function reportsSalt(options: ClientHashOptions = {}): string {
  const env = options.env ?? process.env;
  if (options.salt) return options.salt;
  if (env.FOLIO_REPORTS_SALT) return env.FOLIO_REPORTS_SALT;
  if (!processSalt) {
    processSalt = randomBytes(32).toString('hex');
    (options.warn ?? ((message: string) => console.warn(message)))(
      'folio-elements/server: FOLIO_REPORTS_SALT is not set, so client addresses are hashed with a random salt ' +
        'that changes on restart and differs between servers (per-client limits then hold per server only); ' +
        'set it to one secret shared by all servers.',
    );
  }
  return processSalt;
}

/** The handler's own `hashAddress` with the salt fixed, so both always name a client the same way. */
export function createClientHasher(options: ClientHashOptions = {}): (address: string) => Promise<string> {
  const salt = reportsSalt(options);
  return (address) => hashAddress(address, salt);
}

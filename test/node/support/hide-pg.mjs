// `node --import ./hide-pg.mjs`: the process behaves as if the optional peer
// dependency `pg` were not installed, as on a site that uses the file store.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      export async function resolve(specifier, context, next) {
        if (specifier === 'pg' || specifier.startsWith('pg/')) {
          const error = new Error("Cannot find package '" + specifier + "'");
          error.code = 'ERR_MODULE_NOT_FOUND';
          throw error;
        }
        return next(specifier, context);
      }
    `),
);

// `pg` is an optional peer dependency: sites on the file store never install
// it. Loading it here, once, turns Node's bare "Cannot find package 'pg'"
// into a sentence that says what to do.
import type * as PgTypes from 'pg';

type PgModule = typeof PgTypes;

async function loadPg(): Promise<PgModule> {
  try {
    const loaded = (await import('pg')) as PgModule & { default?: PgModule };
    return loaded.default ?? loaded;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new Error(
        'folio-elements/server/postgres needs the "pg" package, an optional peer dependency: run `npm install pg`. ' +
          '(The file store in folio-elements/server needs nothing.)',
        { cause: error },
      );
    }
    throw error;
  }
}

export const pg: PgModule = await loadPg();

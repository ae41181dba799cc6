// `node --import tsx scripts/write-report-schema.ts`: writes
// src/report/report.schema.json from the field table (src/report/schema.ts),
// formatted as Prettier formats the tree. test/node/report-schema.test.ts
// fails while the committed file is not what this writes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { reportSchema } from '../src/report/schema.js';

const file = fileURLToPath(new URL('../src/report/report.schema.json', import.meta.url));
const options = { ...(await resolveConfig(file)), filepath: file };
writeFileSync(file, await format(JSON.stringify(reportSchema()), options));
console.log(`wrote ${file}`);

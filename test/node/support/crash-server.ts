// A report server in a child process, for the crash test: it serves a
// FileReportStore at the file named by argv[2] and prints its port. The test
// POSTs a report, gets the 201, and kills this process with SIGKILL: nothing
// of the store's shutdown ever runs.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FileReportStore } from '../../../src/server/file-store.js';
import { createReportHandler } from '../../../src/server/handler.js';
import { toNodeListener } from '../../../src/server/node.js';

const file = process.argv[2];
if (!file) throw new Error('usage: crash-server.ts <reports.jsonl>');
const server = createServer(toNodeListener(createReportHandler({ store: new FileReportStore(file) })));
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});

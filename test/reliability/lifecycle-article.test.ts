// Lifecycle of <folio-article> (with section headings, html and blocks). See lifecycle-run.ts.
import { describeLifecycle } from './lifecycle-run.js';

describeLifecycle(['folio-article']);

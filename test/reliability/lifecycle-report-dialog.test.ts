// Lifecycle of <folio-report-dialog> (some removed while open). See lifecycle-run.ts.
import { describeLifecycle } from './lifecycle-run.js';

describeLifecycle(['folio-report-dialog']);

// Lifecycle of the four small widgets; the article and the report dialog,
// the slowest, have files of their own. See lifecycle-run.ts.
import { describeLifecycle } from './lifecycle-run.js';

describeLifecycle(['folio-section-heading', 'folio-post-nav', 'folio-related-posts', 'folio-copyright-notice']);

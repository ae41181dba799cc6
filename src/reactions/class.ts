/**
 * `folio-elements/reactions/class`: the `<folio-reactions>` class alone. Importing it
 * registers no tag (`FolioReactions.define(name?, registry?)` does).
 * `folio-elements/reactions` is the same, registered as `<folio-reactions>`.
 */
import type { FolioReactDetail, FolioReactErrorDetail, FolioReactSuccessDetail } from './reactions.js';

export { FolioReactions } from './reactions.js';
export type { FolioReactDetail, FolioReactErrorDetail, FolioReactSuccessDetail } from './reactions.js';

// The tag's events, typed wherever a listener is added: on the element, the document or the window.
declare global {
  interface GlobalEventHandlersEventMap {
    'folio-react': CustomEvent<FolioReactDetail>;
    'folio-react-success': CustomEvent<FolioReactSuccessDetail>;
    'folio-react-error': CustomEvent<FolioReactErrorDetail>;
  }
}

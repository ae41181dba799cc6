// The events' details, in a module of their own: the element and its lazy sender both name them.

/** The detail of `folio-react` (before sending) and `folio-react-success` (after the server stored it). */
export interface FolioReactDetail {
  kind: string;
  /** The state asked for (`folio-react`) or stored (`folio-react-success`). */
  pressed: boolean;
  /** The count shown: optimistic in `folio-react`, the server's in `folio-react-success`. */
  count: number;
  page: string;
}

/** The detail of `folio-react-success`: the same shape as `folio-react`'s, with the server's count. */
export interface FolioReactSuccessDetail extends FolioReactDetail {}

/** The detail of `folio-react-error`: the press was undone on the page. */
export interface FolioReactErrorDetail {
  kind: string;
  /** The state that could not be stored. */
  pressed: boolean;
  page: string;
  /** The HTTP status, or 0 when no usable answer came (network failure, an answer that is not the protocol's). */
  status: number;
}

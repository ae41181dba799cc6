import type { StringKey } from '../locales/registry.js';

/** A kind of reaction: its label's string key and its icon (a stroked path in a 16×16 box). */
export interface KindSpec {
  label: StringKey;
  icon: string;
}

/** The one kind every page shows by default; the others load when `kinds` names them (more-kinds.ts). */
export const LIKE: KindSpec = {
  label: 'reactionsLike',
  icon: 'M5 7v7H2.5V7zm0 0 3-5.5c1.2 0 1.8.8 1.6 2L9.2 6H13a1.5 1.5 0 0 1 1.5 1.7l-.9 5A1.5 1.5 0 0 1 12 14H5',
};

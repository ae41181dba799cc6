import { proseTextNodes } from './body-text.js';

/**
 * How long the article takes to read. CJK text is read character by
 * character (about 400 a minute); other scripts word by word (about 230 a
 * minute). A mixed text adds the two.
 */
export const CJK_CHARACTERS_PER_MINUTE = 400;
export const WORDS_PER_MINUTE = 230;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export interface TextStats {
  /** Han, kana and hangul characters. */
  cjkCharacters: number;
  /** Words of every other script (numbers count as words). */
  words: number;
  /** The two added, counted in `unit`: what most of the text is counted in. A Chinese text is not "2,156 words". */
  length: number;
  unit: 'characters' | 'words';
  minutes: number;
}

export function countText(text: string): TextStats {
  const cjkCharacters = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  const minutes = Math.max(1, Math.ceil(cjkCharacters / CJK_CHARACTERS_PER_MINUTE + words / WORDS_PER_MINUTE));
  const unit = cjkCharacters >= words ? 'characters' : 'words';
  return { cjkCharacters, words, length: cjkCharacters + words, unit, minutes };
}

/** The prose text of the body (no buttons, scripts or owned parts). */
export function bodyText(roots: Iterable<Node>): string {
  return proseTextNodes(roots)
    .map((t) => t.data)
    .join(' ');
}

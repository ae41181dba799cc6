/**
 * Captured Chinese text often has half-width punctuation where the original
 * had full-width ("强调,加强"). Between two Han characters such a mark can only
 * be Chinese punctuation, so it is replaced by its full-width form. The seed
 * also has it against Chinese quotation marks ("说到,“要", "‘第一责任’,以"):
 * a mark with Han on one side and Chinese punctuation on the other is Chinese
 * too. Anywhere else ("1,000", "Lit, Vite", "强调, 加强", "said,“Yes") it is
 * left alone.
 */
const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};
const HAN = /\p{Script=Han}/u;
// CJK punctuation (、。「」…), full-width forms, and the curly quotes, dashes and ellipsis Chinese shares with English.
const CJK_PUNCTUATION =
  /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2014\u2026]/u;

/** Han on one side, and Han or Chinese punctuation on the other. */
function chineseBetween(before: string, after: string): boolean {
  const hanBefore = HAN.test(before);
  const hanAfter = HAN.test(after);
  return (hanBefore && (hanAfter || CJK_PUNCTUATION.test(after))) || (hanAfter && CJK_PUNCTUATION.test(before));
}

/** The normalized string: `before`/`after` are the text around it in the same run. */
export function normalizePunctuationText(text: string, before = '', after = ''): string {
  const chars = [...before.slice(-2), ...text, ...after.slice(0, 2)];
  const offset = [...before.slice(-2)].length;
  const length = [...text].length;
  let out = '';
  for (let i = offset; i < offset + length; i++) {
    const char = chars[i]!;
    const full = FULL_WIDTH[char];
    out += full && chineseBetween(chars[i - 1] ?? '', chars[i + 1] ?? '') ? full : char;
  }
  return out;
}

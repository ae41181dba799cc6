// A small HTML tokenizer for checking what the recipes print, in Node where
// there is no DOM. It follows the HTML tokenizer where a template's output can
// go wrong: a `<` followed by a letter starts a tag wherever it appears, an
// attribute value ends at its quote, and a script's content ends at the first
// `</script`. Values and text come back decoded, so a test compares them with
// the data the template was given.

export interface StartTag {
  type: 'start';
  name: string;
  attributes: Array<[name: string, value: string]>;
  /** Decoded text up to the next tag; the raw content for script and style. */
  text: string;
}

const RAW_TEXT = new Set(['script', 'style']);
const ESCAPABLE_RAW_TEXT = new Set(['title', 'textarea']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#')
      return String.fromCodePoint(
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1)),
      );
    return NAMED[body.toLowerCase()] ?? entity;
  });
}

/** Every start tag in document order, each with its attributes and the text after it. End tags are skipped. */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  let at = 0;
  const textUntilTag = (from: number) => {
    const next = html.slice(from).search(/<[a-zA-Z/!]/);
    return next < 0 ? html.length : from + next;
  };
  /** Text up to the next tag; comments (such as Lit's part markers) hold no text and are stepped over. */
  const readText = (from: number): [text: string, end: number] => {
    let text = '';
    let cursor = from;
    for (;;) {
      const end = textUntilTag(cursor);
      text += html.slice(cursor, end);
      if (!html.startsWith('<!--', end)) return [text, end];
      const close = html.indexOf('-->', end + 4);
      cursor = close < 0 ? html.length : close + 3;
    }
  };
  while (at < html.length) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end < 0 ? html.length : end + 3;
    } else if (html.startsWith('<!', at) || html.startsWith('</', at)) {
      at = html.indexOf('>', at) + 1 || html.length;
    } else if (/^<[a-zA-Z]/.test(html.slice(at, at + 2))) {
      const name = /^<([^\s/>]+)/.exec(html.slice(at))![1]!.toLowerCase();
      const attributes: Array<[string, string]> = [];
      const attribute = /[\s/]*([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;
      let cursor = at + 1 + name.length;
      for (;;) {
        while (/[\s/]/.test(html[cursor] ?? '')) cursor++;
        if (cursor >= html.length || html[cursor] === '>') break;
        attribute.lastIndex = cursor;
        const match = attribute.exec(html);
        if (!match) throw new Error(`cannot read the attributes of <${name}> at ${cursor}`);
        attributes.push([match[1]!.toLowerCase(), decode(match[2] ?? match[3] ?? match[4] ?? '')]);
        cursor = attribute.lastIndex;
      }
      at = cursor + 1;
      let text: string;
      if (RAW_TEXT.has(name) || ESCAPABLE_RAW_TEXT.has(name)) {
        const close = new RegExp(`</${name}[\\s/>]`, 'i');
        const end = html.slice(at).search(close);
        const content = html.slice(at, end < 0 ? html.length : at + end);
        text = RAW_TEXT.has(name) ? content : decode(content);
        at += content.length;
      } else {
        const [raw, end] = readText(at);
        text = decode(raw);
        at = end;
      }
      tags.push({ type: 'start', name, attributes, text });
    } else {
      at = textUntilTag(at + 1);
    }
  }
  return tags;
}

export function attribute(tag: StartTag, name: string): string | undefined {
  return tag.attributes.find(([n]) => n === name)?.[1];
}

export function only(tags: StartTag[], name: string): StartTag {
  const found = tags.filter((t) => t.name === name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0]!;
}

// article-document.schema.json is generated from the ArticleDocument type
// (scripts/generate-article-schema.mjs): the committed file must be what the
// generator makes of the type now, the seed must validate, and documents that
// break the type must not. No JSON Schema library is installed: a small
// evaluator of the keywords the generator emits is below, and it refuses any
// other keyword, so the schema cannot grow a rule this test ignores.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { seed } from '../../fixtures/seed-article.js';
// @ts-expect-error: a plain .mjs script without types
import { generateSchema, schemaText, TARGET } from '../../scripts/generate-article-schema.mjs';

type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync(TARGET as string, 'utf8')) as Schema;
const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description', 'format']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The paths at which `value` breaks `s` (empty when valid). */
function errors(value: unknown, s: Schema, path = '$'): string[] {
  const found: string[] = [];
  for (const [keyword, arg] of Object.entries(s)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case 'type': {
        const types = Array.isArray(arg) ? (arg as string[]) : [arg as string];
        if (!types.includes(typeOf(value))) found.push(`${path}: ${typeOf(value)} is not ${types.join('|')}`);
        break;
      }
      case 'const':
        if (value !== arg) found.push(`${path}: not ${JSON.stringify(arg)}`);
        break;
      case 'enum':
        if (!(arg as unknown[]).includes(value)) found.push(`${path}: not one of ${JSON.stringify(arg)}`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (arg as number)) found.push(`${path}: below ${arg}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (arg as number)) found.push(`${path}: above ${arg}`);
        break;
      case '$ref': {
        const name = /^#\/\$defs\/(\w+)$/.exec(arg as string)?.[1];
        const target = name ? (schema.$defs as Record<string, Schema>)[name] : undefined;
        if (!target) throw new Error(`unresolvable $ref ${String(arg)}`);
        found.push(...errors(value, target, path));
        break;
      }
      case 'anyOf':
        if (!(arg as Schema[]).some((option) => errors(value, option, path).length === 0))
          found.push(`${path}: matches no option`);
        break;
      case 'items':
        if (Array.isArray(value))
          value.forEach((item, i) => found.push(...errors(item, arg as Schema, `${path}[${i}]`)));
        break;
      case 'required':
        if (typeOf(value) === 'object')
          for (const key of arg as string[]) if (!(key in (value as object))) found.push(`${path}.${key}: required`);
        break;
      case 'properties':
        if (typeOf(value) === 'object') {
          for (const [key, sub] of Object.entries(arg as Record<string, Schema>)) {
            if (key in (value as object))
              found.push(...errors((value as Record<string, unknown>)[key], sub, `${path}.${key}`));
          }
        }
        break;
      case 'additionalProperties':
        if (arg === false && typeOf(value) === 'object') {
          const known = Object.keys((s.properties as object) ?? {});
          for (const key of Object.keys(value as object))
            if (!known.includes(key)) found.push(`${path}.${key}: not allowed`);
        }
        break;
      default:
        throw new Error(`the test's evaluator does not know the keyword ${keyword}`);
    }
  }
  return found;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('article-document.schema.json', () => {
  test('is what the generator makes of article-document.ts now', () => {
    assert.equal(readFileSync(TARGET as string, 'utf8'), schemaText());
    assert.deepEqual(schema, generateSchema());
  });

  test('the seed article validates, and a document with every optional field too', () => {
    assert.deepEqual(errors(seed, schema), []);
    const full = {
      ...clone(seed),
      byline: '记者 张三',
      source: '西宁晚报',
      datePublished: '2023-06-01T10:48:00+08:00',
      dateModified: '2023-06-02T09:00:00+08:00',
      copyright: {
        disclaimer: '版权声明。',
        reportEmail: 'report@example.com',
        holder: '西宁晚报',
        license: 'cc-by-nc-nd-4.0',
        yearStart: 2020,
        yearEnd: 2023,
      },
      prev: { title: '上一篇', href: '/news/1039.html', datePublished: '2023-06-01T10:40:00+08:00' },
      blocks: [
        { type: 'heading', text: '一', level: 3, id: 'one' },
        { type: 'paragraph', text: '二' },
      ],
      related: {
        heading: null,
        items: [{ title: 'A', href: '/a.html', date: '2023-05-28', image: '/a.png', excerpt: '…' }],
      },
    };
    assert.deepEqual(errors(full, schema), []);
  });

  test('refuses documents that break the type', () => {
    const broken: Array<[string, (doc: Record<string, any>) => void, RegExp]> = [
      ['no title', (d) => delete d.title, /\$\.title: required/],
      ['a number as text', (d) => (d.blocks[0].text = 42), /\$\.blocks\[0\]/],
      [
        'an unknown block type',
        (d) => (d.blocks[1] = { type: 'video', text: 'x' }),
        /\$\.blocks\[1\]: matches no option/,
      ],
      [
        'a heading level of 7',
        (d) => (d.blocks[3] = { type: 'heading', text: 'x', level: 7 }),
        /\$\.blocks\[3\]: matches no option/,
      ],
      ['a misspelt field', (d) => (d.reprint_notice = 'x'), /\$\.reprint_notice: not allowed/],
      [
        'a related item without href',
        (d) => d.related.items.push({ title: 'x' }),
        /\$\.related\.items\[0\]\.href: required/,
      ],
      ['a negative reaction count', (d) => (d.reactions.count = -1), /\$\.reactions\.count: below 0/],
    ];
    for (const [name, breakIt, expected] of broken) {
      const doc = clone(seed) as unknown as Record<string, any>;
      breakIt(doc);
      const found = errors(doc, schema);
      assert.ok(
        found.some((e) => expected.test(e)),
        `${name}: ${found.join('; ') || 'valid'}`,
      );
    }
  });

  test('the generator refuses a type it cannot express, rather than dropping it', () => {
    assert.throws(
      () => generateSchema('export interface ArticleDocument { extra: Record<string, string> }'),
      /does not understand the type `Record<string, string>`/,
    );
    assert.throws(
      () => generateSchema('export interface ArticleDocument {\n  /** @pattern ^a */\n  a: string;\n}'),
      /@pattern is not a JSDoc tag/,
    );
    assert.throws(() => generateSchema('export interface Other { a: string }'), /ArticleDocument is missing/);
  });
});

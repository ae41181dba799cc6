// Generates src/ssr/article-document.schema.json from the TypeScript
// interfaces in src/ssr/article-document.ts, so the type and the schema are
// one contract: the type is the source, the schema is derived.
//
//   node scripts/generate-article-schema.mjs          write the schema
//   node scripts/generate-article-schema.mjs --check  exit 1 if the file is out of date
//
// It reads the file with the TypeScript compiler (already a dev dependency)
// and understands what that file uses, nothing more: exported interfaces and
// type aliases, optional properties, string/number/boolean/null, string
// literals, unions, arrays (T[]), references to other declarations, JSDoc
// text as `description`, and the JSDoc tags @format, @minimum, @maximum.
// Anything else throws, so the type cannot grow a construct the schema
// silently misses.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = new URL('..', import.meta.url);
export const SOURCE = fileURLToPath(new URL('src/ssr/article-document.ts', root));
export const TARGET = fileURLToPath(new URL('src/ssr/article-document.schema.json', root));
const ROOT_TYPE = 'ArticleDocument';
const TAGS = { format: String, minimum: Number, maximum: Number };

function jsDoc(node) {
  // Only the comment right above: a file comment before the first declaration is not its description.
  const docs = (node.jsDoc ?? []).slice(-1);
  const out = {};
  const text = docs
    .map((d) => (typeof d.comment === 'string' ? d.comment : (ts.getTextOfJSDocComment(d.comment) ?? '')))
    .join('\n')
    .trim();
  if (text) out.description = text.replace(/\s*\n\s*/g, ' ');
  for (const doc of docs) {
    for (const tag of doc.tags ?? []) {
      const name = tag.tagName.text;
      if (!(name in TAGS))
        throw new Error(`@${name} is not a JSDoc tag the schema generator knows (${Object.keys(TAGS).join(', ')})`);
      const value = (
        typeof tag.comment === 'string' ? tag.comment : (ts.getTextOfJSDocComment(tag.comment) ?? '')
      ).trim();
      out[name] = TAGS[name](value);
    }
  }
  return out;
}

/** The JSON Schema of one type node; references point into $defs. */
function schemaOf(type, source) {
  switch (type.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      return { type: 'number' };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean' };
    case ts.SyntaxKind.LiteralType:
      if (type.literal.kind === ts.SyntaxKind.NullKeyword) return { type: 'null' };
      if (ts.isStringLiteral(type.literal)) return { const: type.literal.text };
      break;
    case ts.SyntaxKind.ArrayType:
      return { type: 'array', items: schemaOf(type.elementType, source) };
    case ts.SyntaxKind.TypeReference:
      if (!type.typeArguments) return { $ref: `#/$defs/${type.typeName.getText(source)}` };
      break;
    case ts.SyntaxKind.UnionType: {
      const members = type.types.map((t) => schemaOf(t, source));
      // string | null → { type: ['string', 'null'] }: the form readers of a schema expect.
      if (members.every((m) => Object.keys(m).length === 1 && typeof m.type === 'string'))
        return { type: members.map((m) => m.type) };
      if (members.every((m) => Object.keys(m).length === 1 && 'const' in m))
        return { enum: members.map((m) => m.const) };
      return { anyOf: members };
    }
  }
  throw new Error(`the schema generator does not understand the type \`${type.getText(source)}\``);
}

function objectSchema(declaration, source) {
  const properties = {};
  const required = [];
  for (const member of declaration.members) {
    if (!ts.isPropertySignature(member) || !member.type)
      throw new Error(`${declaration.name.text}: only plain properties are supported (${member.getText(source)})`);
    const name = member.name.getText(source);
    const own = schemaOf(member.type, source);
    const { format, ...doc } = jsDoc(member);
    const schema = { ...doc, ...own };
    // A format applies to the string the property holds, also when it may be null.
    if (format) schema.format = format;
    properties[name] = schema;
    if (!member.questionToken) required.push(name);
  }
  return { type: 'object', ...jsDoc(declaration), properties, required, additionalProperties: false };
}

/** The schema object for the file's interfaces, with ArticleDocument at the root. */
export function generateSchema(sourceText = readFileSync(SOURCE, 'utf8')) {
  const source = ts.createSourceFile('article-document.ts', sourceText, ts.ScriptTarget.ES2022, true);
  const defs = {};
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) defs[statement.name.text] = objectSchema(statement, source);
    else if (ts.isTypeAliasDeclaration(statement))
      defs[statement.name.text] = { ...jsDoc(statement), ...schemaOf(statement.type, source) };
    else
      throw new Error(
        `article-document.ts may hold only interfaces and type aliases, not \`${statement.getText(source).slice(0, 60)}\``,
      );
  }
  const { [ROOT_TYPE]: rootSchema, ...rest } = defs;
  if (!rootSchema) throw new Error(`${ROOT_TYPE} is missing from article-document.ts`);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://folio-elements.dev/schemas/article-document.schema.json',
    title: ROOT_TYPE,
    ...rootSchema,
    $defs: rest,
  };
}

export function schemaText(sourceText) {
  return `${JSON.stringify(generateSchema(sourceText), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = schemaText();
  if (process.argv.includes('--check')) {
    const current = readFileSync(TARGET, 'utf8');
    if (current !== text) {
      console.error(
        'src/ssr/article-document.schema.json is out of date: run node scripts/generate-article-schema.mjs',
      );
      process.exit(1);
    }
    console.log('article-document.schema.json is up to date');
  } else {
    writeFileSync(TARGET, text);
    console.log('wrote', TARGET);
  }
}

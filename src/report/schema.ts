/**
 * `report.schema.json`, generated from the field table for servers written in
 * other languages (validate with opis/json-schema in PHP or `jsonschema` in
 * Python). Structure, limits, patterns and what is required come from the
 * rows; the descriptions below are annotations only. Write the file with
 * `node --import tsx scripts/write-report-schema.ts`; a Node test fails while
 * the committed file differs from what this returns.
 */
import { REPORT_FIELD_TABLE, type ReportFieldSpec } from './fields.js';
import { REPORT_LIMITS, REPORT_PATTERNS } from './limits.js';
import { DEFAULT_REASONS } from './types.js';

type Schema = Record<string, unknown>;

/** What the schema says about each object and field, by path ('' is the body). */
const DESCRIPTIONS: Record<string, string> = {
  '': 'The JSON body that <folio-report-dialog> POSTs (with Content-Type: application/json and an Idempotency-Key header equal to idempotencyKey). The reference endpoint checks the same rules (src/report/validate.ts, generated from the same field table); it also trims every string before judging it, ignores blank evidence rows, ignores claim unless reason is "copyright", checks that URLs parse, and accepts only the reasons the site configured (any well-formed code passes this schema). Lengths are in Unicode code points.',
  reason: 'Why the page is reported: a built-in reason or a code of the site’s own (its `reasons`).',
  description: 'The reader’s description of the problem.',
  contact: 'How to reach the reader. Optional, except the e-mail address for copyright claims.',
  page: 'The reported page, filled in by the dialog.',
  'page.url': 'The reported page’s address.',
  claim:
    'What a notice-and-takedown needs (DMCA §512(c)(3), 信息网络传播权保护条例 art. 14). Required when reason is "copyright".',
  'claim.claimant': 'The right holder (or the one acting for them).',
  'claim.claimant.address': 'Postal address.',
  'claim.work': 'The original work.',
  'claim.work.url': 'Where the original work is published, if online.',
  'claim.evidence': 'Links that show the right.',
  'claim.attachments': 'Files that show the right.',
  'claim.goodFaith': 'The claimant believes in good faith that the use is not authorized.',
  'claim.accurate': 'The claim is accurate.',
  'claim.authorized': 'The claimant holds the right or is authorized to act for its holder.',
  'claim.signature': 'The signer’s full name, typed as an electronic signature.',
  locale: 'The reader’s locale (BCP 47), e.g. zh-CN.',
  idempotencyKey: 'Equal to the Idempotency-Key header; the same for every retry of one report.',
};

const described = (path: string, schema: Schema): Schema =>
  DESCRIPTIONS[path] ? { ...schema, description: DESCRIPTIONS[path] } : schema;

function httpUrl(max: number): Schema {
  return { type: 'string', maxLength: max, pattern: REPORT_PATTERNS.httpUrl.source, format: 'uri' };
}

/** The schema of one field's value, from its kind, limit and whether it is required in every report that has it. */
function fieldSchema(spec: ReportFieldSpec): Schema {
  const schema = kindSchema(spec);
  // Text (and a list of links) may hold no NUL and no lone surrogate.
  return spec.kind === 'links'
    ? { ...schema, items: { ...(schema.items as Schema), not: STORABLE } }
    : schema.type === 'string' || schema.anyOf
      ? { ...schema, not: STORABLE }
      : schema;
}

const STORABLE: Schema = { pattern: REPORT_PATTERNS.unstorable.source };

function kindSchema(spec: ReportFieldSpec): Schema {
  const always = spec.required === true;
  const text: Schema = { type: 'string', maxLength: spec.max };
  const filled = always ? { ...text, minLength: 1 } : text;
  switch (spec.kind) {
    case 'reason':
      return {
        anyOf: [
          { enum: [...DEFAULT_REASONS] },
          { ...text, pattern: REPORT_PATTERNS.reason.source, description: 'A site’s own reason code.' },
        ],
      };
    case 'email':
      return { ...text, anyOf: [{ const: '' }, { pattern: REPORT_PATTERNS.email.source, format: 'email' }] };
    case 'url':
      return always ? httpUrl(spec.max!) : { anyOf: [{ const: '' }, httpUrl(spec.max!)] };
    case 'phone':
      return { ...filled, pattern: REPORT_PATTERNS.phone.source };
    case 'locale':
      return { ...text, pattern: REPORT_PATTERNS.locale.source };
    case 'key':
      return { ...text, minLength: REPORT_LIMITS.idempotencyKeyMin, pattern: REPORT_PATTERNS.idempotencyKey.source };
    case 'links':
      return {
        type: 'array',
        maxItems: REPORT_LIMITS.evidence,
        items: { ...httpUrl(spec.max!), description: 'A link that shows the right.' },
      };
    case 'files':
      return {
        type: 'array',
        maxItems: REPORT_LIMITS.attachments,
        items: {
          type: 'object',
          required: ['name', 'type', 'data'],
          properties: {
            name: {
              type: 'string',
              maxLength: REPORT_LIMITS.attachmentName,
              minLength: 1,
              description:
                'The file’s name. The endpoint keeps only a safe base name: the part after the last / or \\, without control, bidi or format characters and without <>:"|?*, trimmed of spaces and dots ("attachment" if nothing is left).',
            },
            type: {
              enum: [...REPORT_LIMITS.attachmentTypes],
              description:
                'Must be what the file’s first bytes say: %PDF- for a PDF, the PNG signature, FF D8 FF for a JPEG, RIFF…WEBP for a WebP. Anything else is refused (unsupported-type).',
            },
            data: {
              type: 'string',
              minLength: 4,
              maxLength: Math.ceil(REPORT_LIMITS.attachmentBytes / 3) * 4,
              pattern: REPORT_PATTERNS.base64.source,
              contentEncoding: 'base64',
              description: `The file, base64 (at most ${REPORT_LIMITS.attachmentBytes} bytes decoded).`,
            },
          },
        },
      };
    case 'statement':
      return { const: true };
    default:
      return filled;
  }
}

/** An object schema holding `node`'s children; `required` lists the children every such object needs. */
function objectSchema(path: string, children: Map<string, Schema>, required: string[]): Schema {
  return described(path, {
    type: 'object',
    ...(required.length ? { required } : {}),
    properties: Object.fromEntries(children),
  });
}

/** The report body's JSON Schema (draft 2020-12). */
export function reportSchema(): Schema {
  // Build the tree of objects from the dotted paths, in table order.
  interface Node {
    children: Map<string, Node | Schema>;
    required: string[];
  }
  const root: Node = { children: new Map(), required: [] };
  const isNode = (value: Node | Schema): value is Node => value.children instanceof Map;
  for (const spec of REPORT_FIELD_TABLE) {
    const keys = spec.path.split('.');
    let node = root;
    for (const [i, key] of keys.entries()) {
      const last = i === keys.length - 1;
      // A field required in every report (or every claim) makes each object on its way required in its parent.
      const requiredHere = spec.required === true && !(spec.path.startsWith('claim.') && i === 0);
      if (requiredHere && !node.required.includes(key)) node.required.push(key);
      if (last) {
        node.children.set(key, described(spec.path, fieldSchema(spec)));
      } else {
        let child = node.children.get(key);
        if (!child || !isNode(child)) node.children.set(key, (child = { children: new Map(), required: [] }));
        node = child as Node;
      }
    }
  }
  const toSchema = (node: Node, path: string): Schema =>
    objectSchema(
      path,
      new Map(
        [...node.children].map(([key, child]) => [
          key,
          isNode(child) ? toSchema(child, path ? `${path}.${key}` : key) : child,
        ]),
      ),
      node.required,
    );
  const body = toSchema(root, '');
  const properties = body.properties as Record<string, Schema>;

  // The rules that span rows: evidence as a link or a file; a copyright report needs its claim and an e-mail.
  properties.claim = {
    ...properties.claim,
    anyOf: ['evidence', 'attachments'].map((key) => ({ required: [key], properties: { [key]: { minItems: 1 } } })),
  };
  const then: Schema = { required: ['claim'], properties: {} };
  for (const spec of REPORT_FIELD_TABLE.filter((f) => f.required === 'copyright')) {
    const [group, key] = spec.path.split('.') as [string, string];
    (then.required as string[]).push(group);
    (then.properties as Schema)[group] = { required: [key], properties: { [key]: { minLength: 1 } } };
  }

  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:folio-elements:report-body:1',
    title: 'folio-elements report',
    description: body.description,
    ...body,
    if: { properties: { reason: { const: 'copyright' } }, required: ['reason'] },
    then,
    examples: REPORT_EXAMPLES,
  };
}

/** Two valid bodies, a plain report and a copyright claim: the schema's examples (and the tests' reports). */
export const REPORT_EXAMPLES = [
  {
    reason: 'illegal',
    description: '文章含有违法违规内容。',
    contact: { name: '', email: '' },
    page: { url: 'https://news.example.cn/news/1040.html', title: '以高质量党建推动教育高质量发展' },
    locale: 'zh-CN',
    idempotencyKey: '0b6f8f8e-3c1a-4d8e-9a57-1f2e3d4c5b6a',
  },
  {
    reason: 'copyright',
    description: 'This article copies my essay word for word.',
    contact: { name: 'Jane Roe', email: 'jane@example.com' },
    page: { url: 'https://news.example.cn/news/1040.html', title: 'Reprinted essay' },
    claim: {
      claimant: { name: 'Jane Roe', address: '1 Main Street, Springfield', phone: '+1 555 010 0000' },
      work: { title: 'On Schools', url: 'https://janeroe.example/on-schools' },
      evidence: ['https://janeroe.example/on-schools'],
      goodFaith: true,
      accurate: true,
      authorized: true,
      signature: 'Jane Roe',
    },
    locale: 'en',
    idempotencyKey: '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  },
];

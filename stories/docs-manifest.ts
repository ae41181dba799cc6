/**
 * custom-elements.json as Storybook's docs pages should read it.
 *
 * Storybook (10.x, @storybook/web-components) builds each tag's controls and
 * docs table from the manifest, but lists each attribute twice (`prevHref`
 * and `prev-href`), gives every `string | undefined` a JSON editor, lists
 * private and static fields, skips the default slot (`name: ""`) and has no
 * place for custom states (`cssStates`, `:state(…)`). `argTypesFor` builds
 * the table and controls instead (preview.ts hands it to Storybook), and
 * `manifestForDocs` adds the states to the tag's description (shown above
 * the table, unless a story file gives its own). The manifest itself stays as
 * the analyzer wrote it.
 */
interface Entry {
  name: string;
  description?: string;
}

interface Member extends Entry {
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  tagName?: string;
  description?: string;
  slots?: Entry[];
  cssStates?: Entry[];
  members?: Member[];
  [key: string]: unknown;
}

interface Manifest {
  modules: Array<{ declarations?: Declaration[]; [key: string]: unknown }>;
  [key: string]: unknown;
}

export const DEFAULT_SLOT_NAME = '(default)';

function forDocs(declaration: Declaration): Declaration {
  if (!declaration.tagName) return declaration;
  const states = declaration.cssStates ?? [];
  const statesText = states.length
    ? `**Custom states**, for \`${declaration.tagName}:state(…)\` selectors:\n\n${states.map((s) => `- \`${s.name}\`: ${s.description ?? ''}`).join('\n')}`
    : '';
  return { ...declaration, description: [declaration.description, statesText].filter(Boolean).join('\n\n') };
}

/** A copy of `manifest` for `setCustomElementsManifest` (the original is not changed). */
export function manifestForDocs<M extends Manifest>(manifest: M): M {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({ ...module, declarations: module.declarations?.map(forDocs) })),
  };
}

interface Attribute extends Entry {
  type?: { text: string };
  fieldName?: string;
  default?: string;
}

interface ArgType {
  name: string;
  description?: string;
  type?: { name: string };
  control?: false | { type: string };
  options?: string[];
  action?: string;
  table: { category: string; type?: { summary: string }; defaultValue?: { summary: string }; disable?: boolean };
}

/** The type without `| undefined` / `| null`: what a value of the attribute may be. */
const valueType = (text = 'string') => text.replace(/\s*\|\s*(undefined|null)\b/g, '').trim();

/**
 * The control a designer gets for an attribute, from its type in the
 * manifest: a select for a union of string literals, a checkbox for a
 * boolean, a number field, a date picker for an ISO date (by name:
 * `date-published`, `prev-date`…; preview.ts turns the picker's timestamp back
 * into ISO 8601), and a text field for any other string.
 */
export function controlFor(attribute: Attribute): Pick<ArgType, 'control' | 'options'> {
  const type = valueType(attribute.type?.text);
  const literals = type.split('|').map((t) => /^\s*'([^']*)'\s*$/.exec(t)?.[1]);
  if (literals.every((l) => l !== undefined)) return { control: { type: 'select' }, options: literals as string[] };
  if (type === 'boolean') return { control: { type: 'boolean' } };
  if (type === 'number') return { control: { type: 'number' } };
  if (type === 'string') return { control: { type: /(^|-)date(-|$)/.test(attribute.name) ? 'date' : 'text' } };
  return { control: false };
}

const row = (entry: Entry, category: string, summary?: string): ArgType => ({
  name: entry.name,
  description: entry.description,
  control: false,
  table: { category, ...(summary ? { type: { summary } } : {}) },
});

/**
 * A tag's controls and docs table (Storybook's `parameters.docs.extractArgTypes`),
 * from custom-elements.json. One row per attribute, keyed and named by the
 * attribute (stories' args are attribute names: `args['prev-href']`), with a
 * control of its type; the properties no attribute covers (JSON data with a
 * JSON editor, read-only state without a control); then events, slots, CSS
 * properties and parts, which are documentation only. Private, protected and static members and methods are not API and
 * are left out. Storybook's own extractor lists each attribute twice (as
 * `prevHref` and `prev-href`) and gives every `string | undefined` a JSON
 * editor.
 */
export function argTypesFor(manifest: Manifest, tagName: string): Record<string, ArgType> | null {
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
  if (!declaration) return null;
  const attributes = (declaration.attributes ?? []) as Attribute[];
  const members = (declaration.members ?? []) as Array<Member & Attribute & { kind?: string; readonly?: boolean }>;
  const fields = new Set(attributes.map((a) => a.fieldName ?? a.name));
  const types: Record<string, ArgType> = {};
  for (const attribute of attributes) {
    const member = members.find((m) => m.name === (attribute.fieldName ?? attribute.name));
    const summary = valueType(attribute.type?.text);
    const fallback = member?.default ?? attribute.default;
    types[attribute.name] = {
      name: attribute.name,
      description: attribute.description,
      type: { name: summary },
      ...controlFor(attribute),
      table: {
        category: 'attributes',
        type: { summary },
        ...(fallback !== undefined ? { defaultValue: { summary: fallback } } : {}),
      },
    };
  }
  for (const member of members) {
    if (member.kind !== 'field' || member.static || (member.privacy ?? 'public') !== 'public') continue;
    if (fields.has(member.name)) continue;
    const summary = `${member.readonly ? 'readonly ' : ''}${member.type?.text ?? ''}`;
    // JSON data a theme hands over (`items`, `blocks`) gets a JSON editor; read-only state and functions get none.
    const type = valueType(member.type?.text);
    const control = member.readonly || /typeof|=>/.test(type) ? false : type === 'string' ? 'text' : 'object';
    types[member.name] = { ...row(member, 'properties', summary), control: control && { type: control } };
  }
  const events = (declaration.events ?? []) as Array<Attribute>;
  for (const event of events) types[`event:${event.name}`] = row(event, 'events', event.type?.text);
  const slots = declaration.slots ?? [];
  for (const slot of slots)
    types[`slot:${slot.name}`] = row(slot.name ? slot : { ...slot, name: DEFAULT_SLOT_NAME }, 'slots');
  const cssProperties = (declaration.cssProperties ?? []) as Attribute[];
  for (const property of cssProperties)
    types[`css:${property.name}`] = {
      ...row(property, 'css custom properties'),
      table: {
        category: 'css custom properties',
        ...(property.default ? { defaultValue: { summary: property.default } } : {}),
      },
    };
  const parts = (declaration.cssParts ?? []) as Entry[];
  for (const part of parts) types[`part:${part.name}`] = row(part, 'css shadow parts');
  return types;
}

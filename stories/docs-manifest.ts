/**
 * custom-elements.json as Storybook's docs pages should read it.
 *
 * Storybook (10.x, @storybook/web-components) builds each tag's docs table
 * from the manifest but skips entries without a name, so the default slot
 * (`name: ""`, the one every slotted tag here has) never shows; it has no
 * place at all for custom states (`cssStates`, `:state(…)`); and it lists
 * private and static class fields as properties, with controls that would
 * write to them. This names the default slot, adds the states to the tag's
 * description (shown above the table, unless a story file gives its own),
 * and keeps only the public instance members. The manifest itself stays as
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
  return {
    ...declaration,
    slots: declaration.slots?.map((slot) => (slot.name ? slot : { ...slot, name: DEFAULT_SLOT_NAME })),
    members: declaration.members?.filter((member) => !member.static && (member.privacy ?? 'public') === 'public'),
    description: [declaration.description, statesText].filter(Boolean).join('\n\n'),
  };
}

/** A copy of `manifest` for `setCustomElementsManifest` (the original is not changed). */
export function manifestForDocs<M extends Manifest>(manifest: M): M {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({ ...module, declarations: module.declarations?.map(forDocs) })),
  };
}

/**
 * The data of the Theming docs page (Theming.mdx): every `--folio-*` custom
 * property and every `::part()` of every tag, read from the design tokens
 * (src/core/tokens.ts) and from custom-elements.json, which is generated from
 * the tags' JSDoc. Nothing is listed by hand, so the page cannot fall behind
 * the code.
 */
import generated from '../custom-elements.json';
import { THEME_TOKENS } from '../src/core/tokens.js';

interface ManifestEntry {
  name: string;
  description?: string;
  default?: string;
}

interface ManifestDeclaration {
  tagName?: string;
  cssProperties?: ManifestEntry[];
  cssParts?: ManifestEntry[];
}

export interface Manifest {
  modules: Array<{ declarations?: ManifestDeclaration[] }>;
}

export interface PropertyUse {
  tag: string;
  /** What the property does in this tag. */
  description: string;
}

export interface ThemeProperty {
  name: string;
  /** The built-in value; design tokens give it for light and dark with `light-dark()`. */
  default: string | undefined;
  description: string;
  /** A design token, shared by every tag (else one tag's own property). */
  token: boolean;
  usedBy: PropertyUse[];
}

export interface TagParts {
  tag: string;
  parts: Array<{ name: string; description: string }>;
}

/** The custom elements of the manifest, by tag name. */
export function tagDeclarations(
  manifest: Manifest = generated as Manifest,
): Array<ManifestDeclaration & { tagName: string }> {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is ManifestDeclaration & { tagName: string } => Boolean(declaration.tagName))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * Every `--folio-*` property: the design tokens first, in their own order
 * (colours, fonts, spaces, shapes), then the tags' own properties by name,
 * each with the tags that read it and what it does there.
 */
export function themeProperties(manifest: Manifest = generated as Manifest): ThemeProperty[] {
  const byName = new Map<string, ThemeProperty>();
  for (const token of THEME_TOKENS) {
    byName.set(token.name, {
      name: token.name,
      default: token.value,
      description: token.description,
      token: true,
      usedBy: [],
    });
  }
  for (const { tagName, cssProperties = [] } of tagDeclarations(manifest)) {
    for (const property of cssProperties) {
      let entry = byName.get(property.name);
      if (!entry)
        byName.set(
          property.name,
          (entry = {
            name: property.name,
            default: property.default,
            description: property.description ?? '',
            token: false,
            usedBy: [],
          }),
        );
      entry.default ??= property.default;
      entry.usedBy.push({ tag: tagName, description: property.description ?? '' });
    }
  }
  const tokens = [...byName.values()].filter((p) => p.token);
  const own = [...byName.values()].filter((p) => !p.token).sort((a, b) => a.name.localeCompare(b.name));
  return [...tokens, ...own];
}

/** Every tag's parts, in the manifest's order; tags without parts (their markup is light DOM) are left out. */
export function themeParts(manifest: Manifest = generated as Manifest): TagParts[] {
  return tagDeclarations(manifest)
    .filter((d) => d.cssParts?.length)
    .map((d) => ({
      tag: d.tagName,
      parts: d.cssParts!.map((part) => ({ name: part.name, description: part.description ?? '' })),
    }));
}

/** Tags that render into the light DOM and so have no parts: they are styled with ordinary selectors. */
export function tagsWithoutParts(manifest: Manifest = generated as Manifest): string[] {
  return tagDeclarations(manifest)
    .filter((d) => !d.cssParts?.length)
    .map((d) => d.tagName);
}

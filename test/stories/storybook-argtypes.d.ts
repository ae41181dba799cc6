// The entry that turns custom-elements.json into a tag's docs table. Storybook
// ships it without type declarations; the docs-manifest test calls it directly.
declare module '@storybook/web-components/entry-preview-argtypes' {
  export const parameters: {
    docs: {
      extractArgTypes(
        tagName: string,
      ): Record<string, { name: string; description?: string; table?: { category?: string } }> | null;
      extractComponentDescription(tagName: string): string | undefined;
    };
  };
}

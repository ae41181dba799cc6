import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" checklist in the sidebar: this Storybook is the library's catalogue, not a new project.
  features: { sidebarOnboardingChecklist: false },
  viteFinal: (config) => ({
    ...config,
    optimizeDeps: {
      ...config.optimizeDeps,
      // Storybook's Lit renderer (@storybook/web-components) imports `lit/directive-helpers.js`, which
      // Vite's dependency scan does not find (the renderer is loaded through a virtual module). The
      // development server then served it from node_modules, with its own copy of lit-html, beside the
      // pre-bundled `lit` the stories and tags use: two lit-html modules, and Lit's "Multiple versions of
      // Lit loaded" warning on every page. Pre-bundled with `lit`, the two share one lit-html chunk.
      include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
    build: {
      ...config.build,
      // Storybook's own chunks (its docs blocks, axe for the a11y panel) are over Vite's 500 kB advice by nature.
      chunkSizeWarningLimit: 2000,
      // The stories' pictures stay files: inlined as data: URLs (Vite's default under 4 kB, in development
      // too), the tags would refuse them as they refuse any data: link, and the story would lose its figure.
      assetsInlineLimit: 0,
    },
  }),
};
export default config;

import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The seed article's JSON is read from ../shared at build time, like the demo and tests.
  viteFinal: async (vite) => ({
    ...vite,
    server: { ...vite.server, fs: { ...vite.server?.fs, allow: ['..', '../../shared'] } },
  }),
};
export default config;

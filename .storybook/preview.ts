import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { manifestForDocs } from '../stories/docs-manifest.js';
// The preflight stylesheet, as a page would link it in <head>.
import '../src/folio.css';
import './preview.css';

// Controls and the docs tables (attributes, properties, events, slots, parts,
// CSS properties) come from the generated custom-elements.json, adapted to
// what Storybook shows (default slots, custom states, no private fields).
setCustomElementsManifest(manifestForDocs(manifest));

const LOCALES = [
  { value: 'zh-CN', title: '简体中文 (zh-CN)' },
  { value: 'zh-TW', title: '繁體中文 (zh-TW)' },
  { value: 'en', title: 'English (en)' },
  { value: 'ja', title: '日本語 (ja)' },
  { value: 'ar', title: 'العربية (ar, right to left)' },
];

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the story root (sets lang, and dir for right-to-left languages)',
      toolbar: { title: 'Locale', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
    theme: {
      description: 'Theme of the story root (sets data-folio-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN', theme: 'light' },
  decorators: [
    // A story pins a locale or theme with `globals: { locale: 'ja' }`; otherwise the toolbar decides.
    (story, { globals }) => {
      const locale = String(globals.locale ?? 'zh-CN');
      const theme = String(globals.theme ?? 'light');
      const dir = locale === 'ar' ? 'rtl' : 'ltr';
      return html`<div class="folio-story-root" lang=${locale} dir=${dir} data-folio-theme=${theme}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    // Accessibility violations fail the story in the a11y panel and in tests.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};

export default preview;

import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import type { Args, StrictArgTypes } from 'storybook/internal/types';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { argTypesFor, manifestForDocs } from '../stories/docs-manifest.js';
// The preflight stylesheet, as a page would link it in <head>.
import '../src/folio.css';
import './preview.css';

// Controls and the docs tables (attributes, properties, events, slots, parts,
// CSS properties) come from the generated custom-elements.json: one control
// per attribute, of the attribute's type (argTypesFor); the tag's description
// with its custom states (manifestForDocs).
setCustomElementsManifest(manifestForDocs(manifest));

/** A date control hands the story a timestamp; the tags read ISO 8601, as a CMS writes it. */
function isoDates(args: Args, argTypes: StrictArgTypes): Args {
  const dates = Object.entries(args).filter(
    ([key, value]) => typeof value === 'number' && (argTypes[key]?.control as { type?: string })?.type === 'date',
  );
  return dates.length
    ? { ...args, ...Object.fromEntries(dates.map(([key, value]) => [key, new Date(value).toISOString()])) }
    : args;
}

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
    (story, { args, argTypes }) => story({ args: isoDates(args, argTypes) }),
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
    docs: { toc: true, extractArgTypes: (tagName: string) => argTypesFor(manifest, tagName) },
  },
};

export default preview;

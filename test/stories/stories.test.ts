// Every story of every stories/*.stories.ts file, rendered the way Storybook
// renders it and checked by axe: a violation in any story fails the suite,
// not only the a11y panel. Stories are composed with Storybook's portable
// stories API and the project's own annotations (.storybook/preview.ts), so
// each one runs with its args, loaders, the locale/theme root decorator, its
// globals and its play function, exactly as in Storybook.
import './process-env.js';
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '../helpers/viewport.js';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import { composeStories } from 'storybook/preview-api';
import * as projectAnnotations from '../../.storybook/preview.js';
import manifest from '../../custom-elements.json';
import { settleStory, viewportOf } from './settle.js';

// The renderer's annotations (render, renderToCanvas) composed with the project's (decorators, globals).
// Passed to composeStories explicitly: Storybook's generic composeStories does not pick up the global ones.
const project = setProjectAnnotations(projectAnnotations);

type Composed = ((...args: unknown[]) => unknown) & {
  storyName: string;
  globals: Record<string, unknown>;
  run(context?: { canvasElement?: HTMLElement }): Promise<void>;
};

// Served by test/routes/stories-index.ts: the files in stories/, so a new one is checked without being listed here.
const files: string[] = await (await fetch('/test-api/stories/index.json')).json();
// Dynamic imports: the esbuild plugin serves each .ts module as the static imports of other tests are.
const modules = await Promise.all(files.map((file) => import(`../../stories/${file}`)));
const DEFAULT_VIEWPORT = { width: 800, height: 600 };

describe('every story passes axe', () => {
  it('finds the stories files', () => {
    expect(files).to.include.members(['article.stories.ts', 'full-page.stories.ts', 'report-dialog.stories.ts']);
  });

  it('gives every tag of custom-elements.json an autodocs page: a stories file whose meta names it', () => {
    const tags = (manifest as { modules: Array<{ declarations?: Array<{ tagName?: string }> }> }).modules
      .flatMap((m) => m.declarations ?? [])
      .flatMap((d) => (d.tagName ? [d.tagName] : []));
    const components = modules.map((m) => (m.default as { component?: string }).component).filter(Boolean);
    expect(tags).to.have.length(6);
    expect(components).to.include.members(tags);
    expect(projectAnnotations.default.tags, 'autodocs for every stories file').to.include('autodocs');
  });

  files.forEach((file, i) => {
    const module = modules[i];
    const title = (module.default as { title?: string }).title ?? file;
    const stories = Object.values(composeStories(module, project)) as unknown as Composed[];

    describe(title, () => {
      let canvas: HTMLElement;
      beforeEach(() => {
        canvas = document.createElement('div');
        canvas.id = 'storybook-root';
        document.body.append(canvas);
      });
      afterEach(async () => {
        canvas.remove();
        await setViewport(DEFAULT_VIEWPORT);
      });

      it('has stories', () => expect(stories).to.not.be.empty);

      for (const story of stories) {
        it(`${story.storyName} renders and passes axe`, async () => {
          const viewport = viewportOf(story.globals);
          if (viewport) await setViewport(viewport);
          await story.run({ canvasElement: canvas });
          const root = canvas.querySelector('.folio-story-root');
          expect(root, 'the locale/theme decorator wrapped the story').to.exist;
          expect(root!.getAttribute('lang'), 'the story’s locale global').to.equal(story.globals.locale);
          expect(root!.getAttribute('data-folio-theme'), 'the story’s theme global').to.equal(story.globals.theme);
          await waitUntil(() => root!.children.length > 0, 'the story rendered something');
          await settleStory(canvas);
          await expect(canvas).to.be.accessible();
        });
      }
    });
  });
});

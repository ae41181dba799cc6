// Every story of every stories/*.stories.ts file, rendered the way Storybook
// renders it and checked by axe: a violation in any story fails the suite,
// not only the a11y panel. Stories are composed with Storybook's portable
// stories API and the project's own annotations (.storybook/preview.ts), so
// each one runs with its args, loaders, the locale/theme root decorator, its
// globals and its play function, exactly as in Storybook.
import './process-env.js';
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { narrowFrame } from '../helpers/frame.js';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import { composeStories } from 'storybook/preview-api';
import * as projectAnnotations from '../../.storybook/preview.js';
import manifest from '../../custom-elements.json';
import { settleStory, viewportOf } from './settle.js';
import type { StoryOutcome } from './story-frame.js';

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

/**
 * A story that asks for a viewport (a phone's, so far) runs in a frame of that
 * size, where story-frame.ts makes the same checks as below: WebKit's window is
 * never narrower than about 450 px.
 */
async function inFrame(file: string, story: Composed, size: { width: number; height: number }): Promise<void> {
  const query = new URLSearchParams({ file, story: story.storyName });
  const { win, remove } = await narrowFrame({ ...size, modules: [`/test/stories/story-frame.ts?${query}`] });
  const outcomeOf = () => (win as Window & { __storyOutcome?: StoryOutcome }).__storyOutcome;
  try {
    await waitUntil(outcomeOf, 'the story ran in its frame', { timeout: 30_000 });
    const outcome = outcomeOf()!;
    expect(outcome.failure, 'in its frame').to.equal(undefined);
    expect(outcome.lang, 'the story’s locale global').to.equal(story.globals.locale);
    expect(outcome.theme, 'the story’s theme global').to.equal(story.globals.theme);
  } finally {
    remove();
  }
}

describe('every story passes axe', () => {
  it('finds the stories files', () => {
    expect(files).to.include.members(['article.stories.ts', 'full-page.stories.ts', 'report-dialog.stories.ts']);
  });

  it('gives every tag of custom-elements.json an autodocs page: a stories file whose meta names it', () => {
    const tags = (manifest as { modules: Array<{ declarations?: Array<{ tagName?: string }> }> }).modules
      .flatMap((m) => m.declarations ?? [])
      .flatMap((d) => (d.tagName ? [d.tagName] : []));
    const components = modules.map((m) => (m.default as { component?: string }).component).filter(Boolean);
    expect(tags).to.have.length(7);
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
      afterEach(() => canvas.remove());

      it('has stories', () => expect(stories).to.not.be.empty);

      for (const story of stories) {
        it(`${story.storyName} renders and passes axe`, async function () {
          const viewport = viewportOf(story.globals);
          if (viewport) {
            this.timeout(40_000); // the frame loads Storybook and the story again
            return inFrame(file, story, viewport);
          }
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

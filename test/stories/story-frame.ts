// One story in a page of its own, for the stories that ask for a phone-sized
// viewport: stories.test.ts opens this module in a frame of that size
// (test/helpers/frame.ts) as story-frame.ts?file=…&story=…, and reads what
// happened from window.__storyOutcome. The checks are those of
// stories.test.ts, run here because the story must render in the frame.
import './process-env.js';
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import { composeStories } from 'storybook/preview-api';
import * as projectAnnotations from '../../.storybook/preview.js';
import { settleStory } from './settle.js';

export interface StoryOutcome {
  lang: string | null;
  theme: string | null;
  /** The first failed check (a missing wrapper, nothing rendered, axe's violations), or undefined. */
  failure?: string;
}

declare global {
  interface Window {
    __storyOutcome?: StoryOutcome;
  }
}

type Composed = { storyName: string; run(context?: { canvasElement?: HTMLElement }): Promise<void> };

const params = new URL(import.meta.url).searchParams;
const outcome: StoryOutcome = { lang: null, theme: null };
try {
  const module = await import(`../../stories/${params.get('file')}`);
  const stories = Object.values(composeStories(module, setProjectAnnotations(projectAnnotations))) as Composed[];
  const story = stories.find((s) => s.storyName === params.get('story'));
  if (!story) throw new Error(`no story ${params.get('story')} in ${params.get('file')}`);
  const canvas = document.createElement('div');
  canvas.id = 'storybook-root';
  document.body.append(canvas);
  await story.run({ canvasElement: canvas });
  const root = canvas.querySelector('.folio-story-root');
  expect(root, 'the locale/theme decorator wrapped the story').to.exist;
  outcome.lang = root!.getAttribute('lang');
  outcome.theme = root!.getAttribute('data-folio-theme');
  await waitUntil(() => root!.children.length > 0, 'the story rendered something');
  await settleStory(canvas);
  await expect(canvas).to.be.accessible();
} catch (error) {
  outcome.failure = error instanceof Error ? error.message : String(error);
}
window.__storyOutcome = outcome;

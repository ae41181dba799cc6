import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/reactions/define.js';

interface Args {
  count?: string;
  kinds?: string;
  display?: string;
  action?: string;
  page?: string;
  /** The tag's internal status text: hidden from the controls and the table. */
  message?: string;
}

// Each event is shown below the buttons, so a designer sees what a site would get.
function showEvent(event: Event): void {
  const { kind, pressed, count } = (event as CustomEvent<{ kind: string; pressed: boolean; count?: number }>).detail;
  const output = (event.currentTarget as HTMLElement).querySelector('output');
  if (output)
    output.textContent = `${event.type}: ${kind} ${pressed ? 'on' : 'off'}${count === undefined ? '' : `, count ${count}`}`;
}

const render = (args: Args) => html`<div
  @folio-react=${showEvent}
  @folio-react-success=${showEvent}
  @folio-react-error=${showEvent}
>
  <folio-reactions
    count=${ifDefined(args.count)}
    kinds=${ifDefined(args.kinds)}
    display=${ifDefined(args.display)}
    action=${ifDefined(args.action)}
    page=${ifDefined(args.page)}
  ></folio-reactions>
  <output style="display:block; margin-block-start:0.75rem; font-size:0.8125rem; opacity:0.8"></output>
</div>`;

const meta: Meta<Args> = {
  title: 'Tags/folio-reactions',
  component: 'folio-reactions',
  render,
  args: { count: '0' },
  parameters: {
    // What the story test (test/storybook/storybook.spec.ts) sets, may not see change, and why.
    controlsWithoutRendering: { page: 'Which page the reactions count for: sent to the endpoint, never shown.' },
    controlTestValues: { count: '42', kinds: 'like love laugh', display: 'count' },
  },
  // `message` is the tag's internal status text (@internal), not something a page sets.
  argTypes: { message: { control: false, table: { disable: true } } },
};
export default meta;
type Story = StoryObj<Args>;

/** The seed's like count: 赞（0）. Without `action` the count is local: press it and see the events. */
export const Zero: Story = { tags: ['screenshot'], globals: { locale: 'zh-CN' } };

/** The seed's `(0)` exactly: the count alone. */
export const CountOnly: Story = {
  args: { display: 'count' },
  globals: { locale: 'zh-CN' },
  parameters: { controlTestValues: { display: 'full' } },
};

/** A popular page: 1.2万 on screen, 12,345 in the accessible name. */
export const Many: Story = { args: { count: '12345' }, globals: { locale: 'zh-CN' } };

/** Pressed: this browser's reader liked the page before (remembered in localStorage per page). */
export const Pressed: Story = {
  args: { count: '3', page: 'https://storybook.example/pressed' },
  render: (args) => {
    localStorage.setItem(`folio-reactions:${args.page}`, '["like"]');
    return render(args);
  },
  globals: { locale: 'en' },
};

/** Several kinds, GitHub/Slack style; each a toggle of its own. */
export const SeveralKinds: Story = {
  tags: ['screenshot'],
  args: { kinds: 'like love laugh celebrate', count: 'like:12 love:3 laugh:0 celebrate:1' },
  globals: { locale: 'ja' },
};

/**
 * Sending, then failed: the endpoint here does not exist, so a press shows
 * at once (`:state(sending)` meanwhile), then is undone with a polite
 * message and `folio-react-error`. Offline (DevTools' network "Offline"),
 * the press is kept and the tag says it will be sent when the connection returns.
 */
export const Failing: Story = {
  // The failed request is the story's point: Chromium logs it (test/storybook/storybook.spec.ts checks it).
  parameters: { expectedConsole: ['Failed to load resource: .* 404 .*/storybook-has-no-reactions-endpoint'] },
  args: { action: '/storybook-has-no-reactions-endpoint', count: '7' },
  globals: { locale: 'en' },
};

/** Right to left: the row mirrors. */
export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl">${render(args)}</div>`,
  args: { kinds: 'like love', count: 'like:5 love:2' },
  globals: { locale: 'en' },
};

/** Dark theme. */
export const Dark: Story = {
  tags: ['screenshot'],
  args: { count: '42', kinds: 'like love' },
  globals: { locale: 'zh-TW', theme: 'dark' },
  parameters: { controlTestValues: { count: '7' } },
};

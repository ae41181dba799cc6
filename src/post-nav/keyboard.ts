import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Direction = 'prev' | 'next';
type TextDirection = 'ltr' | 'rtl';

/**
 * The article a key leads to, or undefined when the key is not a shortcut.
 * Arrows follow what the reader sees: in a right-to-left page the previous
 * article sits on the right, so → goes back and ← goes forward. j and k are
 * the feed-reader (and vim) convention and do not depend on direction:
 * j = next (down the list), k = previous.
 */
export function directionForKey(key: string, dir: TextDirection): Direction | undefined {
  // Caps Lock gives J and K; Shift+J is refused earlier as a modified key.
  const letter = key.length === 1 ? key.toLowerCase() : '';
  if (letter === 'j') return 'next';
  if (letter === 'k') return 'prev';
  if (key !== 'ArrowLeft' && key !== 'ArrowRight') return undefined;
  return key === forwardArrow(dir) ? 'next' : 'prev';
}

/** The arrow that points to the next article: the one at the end of the line. */
const forwardArrow = (dir: TextDirection) => (dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight');

/** The `aria-keyshortcuts` value for a link, so assistive technology can announce the shortcut. */
export function keyShortcuts(direction: Direction, dir: TextDirection): string {
  const forward = forwardArrow(dir);
  return direction === 'next' ? `${forward} j` : `${forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft'} k`;
}

// Widgets whose own keyboard handling uses arrows or letters: a shortcut there
// would steal the reader's keystroke (and leave a half-filled form behind).
const KEY_OWNING_ROLES = new Set(
  'textbox searchbox combobox spinbutton slider listbox option menu menubar menuitem menuitemcheckbox menuitemradio radiogroup radio tablist tab tree treeitem grid treegrid'.split(
    ' ',
  ),
);
function ownsKeys(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLMediaElement || // arrows seek and change the volume
    target.isContentEditable
  ) {
    return true;
  }
  const role = target.getAttribute('role');
  return role !== null && KEY_OWNING_ROLES.has(role.trim().toLowerCase());
}

/**
 * Whether a keydown is free for page-level shortcuts. The composed path is
 * read, not `event.target`, because a focused field inside another
 * component's shadow root is retargeted to that component's host.
 */
export function isFreeKeystroke(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing || event.repeat) return false;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  return !event.composedPath().some(ownsKeys);
}

/** What the shortcuts read on their element. */
export interface KeyboardHost extends ReactiveControllerHost, HTMLElement {
  /** Whether the shortcuts are on (the `keyboard` attribute). */
  keyboard: boolean;
  /** The reading direction, for the arrows. */
  readonly localize: { readonly dir: TextDirection };
  /** Where the links are: a shortcut goes where its side's link does. */
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Listens for ← → j k on the document while the host is on the page and the
 * shortcuts are enabled; the listener is removed as soon as either stops.
 * `follow` goes to the absolute URL of the link on that side.
 */
export class KeyboardNavigationController implements ReactiveController {
  private listening = false;

  constructor(
    private readonly host: KeyboardHost,
    private readonly follow: (direction: Direction, url: string) => unknown,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private sync(): void {
    if (this.host.isConnected && this.host.keyboard) this.start();
    else this.stop();
  }

  private start(): void {
    if (this.listening) return;
    this.host.ownerDocument.addEventListener('keydown', this.onKeydown);
    this.listening = true;
  }

  private stop(): void {
    if (!this.listening) return;
    this.host.ownerDocument.removeEventListener('keydown', this.onKeydown);
    this.listening = false;
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (!isFreeKeystroke(event)) return;
    const direction = directionForKey(event.key, this.host.localize.dir);
    // Without a link on that side (none, or plain text) the key keeps its usual meaning.
    const link = direction && this.host.renderRoot.querySelector<HTMLAnchorElement>(`a[rel=${direction}]`);
    if (!link) return;
    // Claim the key: no horizontal scroll, no second post-nav acting on it.
    event.preventDefault();
    this.follow(direction, link.href);
  };
}

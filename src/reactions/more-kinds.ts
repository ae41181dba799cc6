import '../locales/reactions-kinds.js';
import type { KindSpec } from './kinds.js';

/** The kinds beyond `like`, GitHub/Slack style: loaded only by pages whose `kinds` names one. */
export const MORE_KINDS: Record<string, KindSpec> = {
  love: {
    label: 'reactionsLove',
    icon: 'M8 14S1.5 10.2 1.5 5.8A3.3 3.3 0 0 1 8 4.3a3.3 3.3 0 0 1 6.5 1.5C14.5 10.2 8 14 8 14z',
  },
  laugh: {
    label: 'reactionsLaugh',
    icon: 'M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM4.8 9h6.4a3.2 3.2 0 0 1-6.4 0zM5.5 6h1m3.5 0h1',
  },
  celebrate: {
    label: 'reactionsCelebrate',
    icon: 'M2 14.5 5.5 5l5.5 5.5zM9 2.5l.5 2m3-1-1.5 2m3.5 1.5-2 .5',
  },
};

/**
 * The corpus itself, before any tag sees it: large enough, well formed, and
 * live. Payloads marked `live` run the sentinel when written into the page
 * unprotected, and the DOM scan finds every markup payload when nothing
 * removed it; so when the tag tests see a silent sentinel and a clean scan,
 * a protection did the work.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { HOSTILE_CORPUS, HOSTILE_MARKUP, HOSTILE_URLS, type HostileCategory } from './support/hostile-corpus.js';
import {
  ARTICLE_BODY_FORBIDDEN,
  clobbered,
  dangers,
  installSentinel,
  letPayloadsRun,
  ran,
  schemeOf,
} from './support/hostile-checks.js';
import { ENGINE, type Engine } from '../engine-skips.js';

const CATEGORIES: HostileCategory[] = [
  'script',
  'event-handler',
  'url-scheme',
  'mutation-xss',
  'svg-mathml',
  'css',
  'tracking',
  'dom-clobbering',
];

/**
 * Control payloads an engine does not run even unprotected, each with why. In
 * that engine the control expects silence (so the list stays true, and shows
 * when an engine changes); the other engines prove the payload is live, and
 * the tag tests' silence for it is proof there.
 */
const QUIET_IN: Partial<Record<Engine, Record<string, string>>> = {
  webkit: {
    'svg-animate-onbegin':
      'WebKit (2.50) does not begin an <animate> without values that innerHTML inserts into a loaded ' +
      'document; the same markup parsed with its page begins, and one with values begins either way',
  },
};
const quiet = (id: string) => Object.hasOwn(QUIET_IN[ENGINE] ?? {}, id);

describe('hostile corpus', () => {
  it('holds at least 100 entries with unique ids, a category and a note each, in every category', () => {
    expect(HOSTILE_CORPUS.length).to.be.at.least(100);
    expect(new Set(HOSTILE_CORPUS.map((e) => e.id)).size).to.equal(HOSTILE_CORPUS.length);
    for (const entry of HOSTILE_CORPUS) {
      expect(entry.note, entry.id).to.be.a('string').and.not.equal('');
      expect(CATEGORIES, entry.id).to.include(entry.category);
    }
    for (const category of CATEGORIES)
      expect(
        HOSTILE_CORPUS.filter((e) => e.category === category),
        category,
      ).to.not.be.empty;
  });

  it('calls the sentinel from every payload that could run', () => {
    for (const entry of HOSTILE_CORPUS) {
      const quiet = [
        'url-vbscript',
        'url-vbscript-case',
        'url-file',
        'url-blob',
        'url-unknown-scheme',
        'script-base-hijack',
        'script-link-import',
      ];
      if (
        entry.category === 'css' ||
        entry.category === 'tracking' ||
        entry.category === 'dom-clobbering' ||
        quiet.includes(entry.id) ||
        entry.id === 'svg-style-import'
      )
        continue;
      const text = /;base64,/.test(entry.value) ? atob(entry.value.split(',')[1]!) : entry.value;
      expect(text, entry.id).to.match(/__folioPwned|&#95;_folioPwned|&#95;&#95;folioPwned|%5F%5FfolioPwned/);
    }
  });

  describe('unprotected, the live payloads run', () => {
    const live = HOSTILE_MARKUP.filter((e) => e.live);
    let host: HTMLElement;
    before(async () => {
      installSentinel();
      host = document.createElement('div');
      document.body.append(host);
      for (const entry of live) {
        const box = document.createElement('div');
        box.innerHTML = entry.value;
        host.append(box);
      }
      // Loads and errors take as long as the (shared, busy) machine needs; the assertions below say which never came.
      await waitUntil(() => live.every((e) => quiet(e.id) || ran(e.id).length > 0), 'live payloads ran').catch(
        () => undefined,
      );
    });
    after(() => {
      host.remove();
      installSentinel();
    });

    for (const entry of live) {
      it(`${entry.id}: ${entry.note}`, () => {
        if (quiet(entry.id)) expect(ran(entry.id), `${entry.id}: ${QUIET_IN[ENGINE]![entry.id]}`).to.be.empty;
        else expect(ran(entry.id), entry.id).to.not.be.empty;
      });
    }
  });

  describe('unprotected, the payloads that need a parsed page run in one', () => {
    const framed = HOSTILE_MARKUP.filter((e) => e.liveInFrame);
    const frames: HTMLIFrameElement[] = [];
    before(async () => {
      installSentinel();
      for (const entry of framed) {
        // A same-origin page of its own per payload: autofocus works once per page, and parser-built SVG fires onload.
        const frame = document.createElement('iframe');
        frame.srcdoc = `<!doctype html><script>window.__folioPwned = (id) => parent.__folioPwned(id);</script><body>${entry.value}</body>`;
        document.body.append(frame);
        frames.push(frame);
      }
      await waitUntil(() => framed.every((e) => ran(e.id).length > 0), 'framed payloads ran').catch(() => undefined);
    });
    after(() => {
      frames.forEach((f) => f.remove());
      installSentinel();
    });

    for (const entry of framed) {
      it(`${entry.id}: ${entry.note}`, () => {
        expect(ran(entry.id), entry.id).to.not.be.empty;
      });
    }
  });

  describe('unprotected, every markup payload is seen by the DOM scan', () => {
    for (const entry of HOSTILE_MARKUP) {
      if (entry.category === 'dom-clobbering' || entry.inertAsParsed) continue;
      it(`${entry.id}`, () => {
        // Parsed inertly (a template): nothing loads or runs, the scan reads what the parser built.
        const template = document.createElement('template');
        template.innerHTML = entry.value;
        const box = document.createElement('div');
        box.append(template.content);
        expect(
          dangers(box, { strict: true, forbid: `${ARTICLE_BODY_FORBIDDEN}, xmp, noembed, noframes, title` }),
          entry.id,
        ).to.not.be.empty;
      });
    }
  });

  describe('unprotected, the clobbering payloads clobber', () => {
    for (const entry of HOSTILE_MARKUP.filter(
      (e) => e.category === 'dom-clobbering' && !e.inertAsParsed && e.id !== 'clob-location',
    )) {
      it(`${entry.id}: ${entry.note}`, () => {
        installSentinel();
        const box = document.createElement('div');
        box.innerHTML = entry.value;
        document.body.append(box);
        try {
          expect(clobbered(), entry.id).to.not.be.empty;
        } finally {
          box.remove();
        }
        expect(clobbered()).to.deep.equal([]);
      });
    }
  });

  describe('URLs are read as script or data by the browser', () => {
    for (const entry of HOSTILE_URLS.filter((e) => e.live)) {
      it(`${entry.id}: ${entry.note}`, () => {
        const a = document.createElement('a');
        a.setAttribute('href', entry.value);
        expect(['javascript:', 'data:', 'vbscript:'], entry.id).to.include(a.protocol);
        expect(['javascript:', 'data:', 'vbscript:'], entry.id).to.include(schemeOf(entry.value));
      });
    }
    for (const entry of HOSTILE_URLS.filter((e) => e.liveInMarkup)) {
      it(`${entry.id} inside markup: ${entry.note}`, () => {
        const template = document.createElement('template');
        template.innerHTML = `<a href="${entry.value}">x</a>`;
        expect(template.content.querySelector('a')!.protocol, entry.id).to.equal('javascript:');
      });
    }

    it('a javascript: link really runs the sentinel when followed', async () => {
      installSentinel();
      const a = document.createElement('a');
      a.setAttribute('href', HOSTILE_URLS.find((e) => e.id === 'url-js-tab')!.value);
      document.body.append(a);
      a.click();
      await letPayloadsRun(50);
      a.remove();
      expect(ran('url-js-tab')).to.deep.equal(['url-js-tab']);
    });
  });
});

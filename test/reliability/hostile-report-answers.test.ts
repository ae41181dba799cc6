/**
 * The report dialog's other JSON input: what the server answers. A 4xx
 * answer's `{ errors: { <field>: message } }` is shown at the fields (or in
 * the notice for fields the form lacks), a 2xx answer's `{ id }` as the
 * reference number: hostile markup there must show as text. The server is
 * a stubbed `fetch` answering the dialog's own action URL with real Response objects.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import sinon from 'sinon';
import '../../src/report-dialog/define.js';
import type { FolioReportDialog } from '../../src/report-dialog/report-dialog.js';
import { fillValidReport, submitButton } from '../report-dialog/form.js';
import { HOSTILE_MARKUP } from './support/hostile-corpus.js';
import { clobbered, expectHarmless, HostilePage, ran } from './support/hostile-checks.js';

const SCAN = { skipRootAttributes: true };
const ACTION = '/test-api/hostile-report/';
let counter = 0;
const uniquePage = () => `https://news.example.com/hostile-answer/${Date.now()}-${++counter}.html`;

type Door = 'invalid' | 'accepted';

describe('hostile answers to <folio-report-dialog>', function () {
  // A dialog per payload and door, each sent and answered: real work that WebKit needs more than 40 s
  // for while the three engines share two cores.
  this.timeout(120_000);
  const dialogs = new Map<string, FolioReportDialog>();
  const page = new HostilePage();
  let host: HTMLElement;
  let fetchStub: sinon.SinonStub;

  before(async () => {
    const realFetch = window.fetch.bind(window);
    fetchStub = sinon.stub(window, 'fetch').callsFake(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input instanceof Request ? input.url : input), location.href);
      if (!url.pathname.startsWith(ACTION)) return realFetch(input, init);
      const [door, id] = url.pathname.slice(ACTION.length).split('/') as [Door, string];
      const text = HOSTILE_MARKUP.find((e) => e.id === id)!.value;
      const json = (status: number, body: unknown) =>
        new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
      return door === 'invalid'
        ? json(422, { errors: { description: text, 'contact.email': [text], 'no.such.field': text } })
        : json(201, { id: text });
    });
    host = page.open();
    host.lang = 'zh-CN';
    for (const entry of HOSTILE_MARKUP) {
      for (const door of ['invalid', 'accepted'] as const) {
        const el = document.createElement('folio-report-dialog');
        el.setAttribute('min-fill-time', '0');
        el.setAttribute('page-url', uniquePage());
        el.setAttribute('action', `${ACTION}${door}/${entry.id}`);
        host.append(el);
        dialogs.set(`${door}:${entry.id}`, el);
      }
    }
    await Promise.all([...dialogs.values()].map((el) => el.updateComplete));
    // Closed dialogs render and send the same form; filling them side by side keeps the file fast.
    await Promise.all(
      [...dialogs.values()].map(async (el) => {
        await fillValidReport(el);
        submitButton(el).click();
      }),
    );
    await waitUntil(
      () => [...dialogs.values()].every((el) => !el.matches(':state(submitting)')),
      'every report answered',
      { timeout: 10_000 },
    );
    await Promise.all([...dialogs.values()].map((el) => el.updateComplete));
    await page.runPayloads(dialogs.values());
  });

  after(async () => {
    fetchStub.restore();
    page.close();
  });

  for (const entry of HOSTILE_MARKUP) {
    it(`${entry.id}: ${entry.note}`, () => {
      const text = entry.value.trim();
      // 422: the server's messages, at the fields it names, as text; one for a field the form lacks, in the notice.
      const invalid = dialogs.get(`invalid:${entry.id}`)!;
      expectHarmless(entry.id, invalid, SCAN);
      expect(invalid.matches(':state(success)'), 'not sent').to.equal(false);
      if (text) {
        expect(invalid.shadowRoot!.getElementById('error-description')?.textContent, 'at the description').to.include(
          text,
        );
        expect(
          invalid.shadowRoot!.getElementById('error-contact-email')?.textContent,
          'at the e-mail field',
        ).to.include(text);
        expect(invalid.shadowRoot!.querySelector('[part~="notice"]')!.textContent, 'the notice').to.include(text);
      }
      // 2xx: the reference number, as text.
      const accepted = dialogs.get(`accepted:${entry.id}`)!;
      expectHarmless(entry.id, accepted, SCAN);
      expect(accepted.matches(':state(success)'), 'sent').to.equal(true);
      if (text)
        expect(accepted.shadowRoot!.querySelector('[part~="reference"]')?.textContent, 'reference').to.equal(
          entry.value,
        );
    });
  }

  it('the server was asked, nothing was clobbered, nothing threw, and the sentinel never ran', () => {
    expect(fetchStub.getCalls().filter((c) => String(c.args[0]).includes(ACTION)).length).to.equal(
      HOSTILE_MARKUP.length * 2,
    );
    expect(clobbered()).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
    expect(ran()).to.deep.equal([]);
  });
});

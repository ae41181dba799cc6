import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { parseIsoDate } from '../../src/core/dates.js';
import { FolioProbe } from '../helpers/probe.js';
import '../helpers/probe.js';

const SEED_PREV = '2023-06-01T10:40:00+08:00';
const SEED_NEXT = '2023-06-01T10:56:00+08:00';

/** ICU versions differ on the space before AM/PM (U+202F or U+0020): compare with a plain space. */
const plain = (text: string | undefined) => text?.replace(/\u202f/g, ' ');

async function probe(lang: string): Promise<FolioProbe> {
  return fixture<FolioProbe>(html`<folio-probe lang=${lang}></folio-probe>`);
}

describe('date formatting', () => {
  let warnStub: sinon.SinonStub;
  beforeEach(() => (warnStub = sinon.stub(console, 'warn')));
  afterEach(() => warnStub.restore());

  it('reads the seed page’s dates exactly as captured in zh-CN', async () => {
    const el = await probe('zh-CN');
    const zone = el.localize.timeZone('Asia/Shanghai');
    expect(el.localize.date(SEED_PREV, { attribute: 'prev-date', timeZone: zone })).to.deep.equal({
      text: '2023年6月1日 上午10:40',
      datetime: SEED_PREV,
    });
    expect(el.localize.date(SEED_NEXT, { attribute: 'next-date', timeZone: zone })!.text).to.equal(
      '2023年6月1日 上午10:56',
    );
  });

  const seedIn: Array<[string, string]> = [
    ['en', 'June 1, 2023 at 10:40 AM'],
    ['zh-TW', '2023年6月1日 上午10:40'],
    ['ja', '2023年6月1日 10:40'],
  ];
  for (const [lang, expected] of seedIn) {
    it(`reads the seed’s date in ${lang} as ${JSON.stringify(expected)}`, async () => {
      const el = await probe(lang);
      expect(plain(el.localize.date(SEED_PREV, { attribute: 'prev-date', timeZone: 'Asia/Shanghai' })!.text)).to.equal(
        expected,
      );
    });
  }

  it('shows the time in the time zone it is given', async () => {
    const el = await probe('en');
    expect(plain(el.localize.date(SEED_PREV, { attribute: 'd', timeZone: 'America/New_York' })!.text)).to.equal(
      'May 31, 2023 at 10:40 PM',
    );
    expect(plain(el.localize.date(SEED_PREV, { attribute: 'd', timeZone: 'UTC' })!.text)).to.equal(
      'June 1, 2023 at 2:40 AM',
    );
  });

  it('reads a time without an offset as wall time in the time zone, across daylight saving', () => {
    expect(parseIsoDate('2023-06-01T10:40', 'Asia/Shanghai')!.date.toISOString()).to.equal('2023-06-01T02:40:00.000Z');
    expect(parseIsoDate('2023-07-01 12:00', 'Europe/Berlin')!.date.toISOString()).to.equal('2023-07-01T10:00:00.000Z');
    expect(parseIsoDate('2023-01-01T12:00:00', 'Europe/Berlin')!.date.toISOString()).to.equal(
      '2023-01-01T11:00:00.000Z',
    );
    expect(parseIsoDate('2023-06-01T10:40:00Z')!.date.toISOString()).to.equal('2023-06-01T10:40:00.000Z');
    expect(parseIsoDate('2023-06-01T10:40:00.5-0330')!.date.toISOString()).to.equal('2023-06-01T14:10:00.500Z');
  });

  it('shows a calendar date without a time as the same day in every zone', async () => {
    const el = await probe('zh-CN');
    for (const zone of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      expect(el.localize.date('2023-06-01', { attribute: 'd', timeZone: zone })).to.deep.equal({
        text: '2023年6月1日',
        datetime: '2023-06-01',
      });
    }
  });

  for (const bad of ['yesterday', '2023-02-30', '2023-13-01', '2023-06-01T25:00', '06/01/2023', '2023-6-1']) {
    it(`falls back to the raw text for ${JSON.stringify(bad)}, with a warning naming the attribute`, async () => {
      const el = await probe('zh-CN');
      expect(el.localize.date(bad, { attribute: 'prev-date' })).to.deep.equal({ text: bad });
      expect(warnStub.callCount).to.equal(1);
      expect(String(warnStub.firstCall.args[0])).to.match(/^<folio-probe> prev-date: .*ISO 8601/);
    });
  }

  it('treats a missing date as absent, silently', async () => {
    const el = await probe('en');
    expect(el.localize.date(null, { attribute: 'd' })).to.equal(undefined);
    expect(el.localize.date('  ', { attribute: 'd' })).to.equal(undefined);
    expect(warnStub.callCount).to.equal(0);
  });

  it('warns about an unknown time zone and uses the reader’s', async () => {
    const el = await probe('en');
    expect(el.localize.timeZone('Mars/Olympus_Mons')).to.equal(undefined);
    expect(String(warnStub.firstCall.args[0])).to.match(/^<folio-probe> time-zone: "Mars\/Olympus_Mons"/);
    expect(el.localize.timeZone('Asia/Shanghai')).to.equal('Asia/Shanghai');
  });

  const relative: Array<[string, string]> = [
    ['zh-CN', '3天前'],
    ['zh-TW', '3 天前'],
    ['en', '3 days ago'],
    ['ja', '3 日前'],
  ];
  for (const [lang, expected] of relative) {
    it(`writes relative times in ${lang}: ${expected}`, async () => {
      const el = await probe(lang);
      const now = Date.parse(SEED_PREV) + 3 * 86400_000 + 3600_000;
      expect(el.localize.date(SEED_PREV, { attribute: 'd', relative: true, now })!.text).to.equal(expected);
    });
  }

  it('picks the largest whole unit for relative times', async () => {
    const el = await probe('en');
    const at = Date.parse(SEED_PREV);
    const rel = (ms: number) => el.localize.date(SEED_PREV, { attribute: 'd', relative: true, now: at + ms })!.text;
    expect(rel(30_000)).to.equal('30 seconds ago');
    expect(rel(5 * 60_000)).to.equal('5 minutes ago');
    expect(rel(86400_000)).to.equal('yesterday');
    expect(rel(-2 * 3600_000)).to.equal('in 2 hours');
    expect(rel(400 * 86400_000)).to.equal('last year');
  });
});

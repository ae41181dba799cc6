import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import sinon from 'sinon';
import {
  $,
  chooseReason,
  deepActive,
  dialogFixture,
  field,
  fill,
  fillValidClaim,
  fillValidReport,
  submitButton,
} from './helpers.js';

describe('<folio-report-dialog> validation', () => {
  let warnStub: sinon.SinonStub;
  beforeEach(() => (warnStub = sinon.stub(console, 'warn')));
  afterEach(() => warnStub.restore());

  it('requires a reason and a description, shows the errors at their fields and focuses the first', async () => {
    const submit = sinon.spy();
    const { el } = await dialogFixture();
    el.addEventListener('folio-report-submit', submit);
    await el.show();
    submitButton(el).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(submit.called, 'nothing is sent').to.equal(false);
    expect($(el, '#error-reason')!.textContent).to.equal('Please fill this in.');
    const description = field(el, 'description');
    expect(description.getAttribute('aria-invalid')).to.equal('true');
    expect(description.getAttribute('aria-describedby')).to.contain('error-description');
    expect(el.shadowRoot!.getElementById('error-description')!.textContent).to.equal('Please fill this in.');
    expect($(el, '.notice')!.getAttribute('role')).to.equal('alert');
    expect($(el, '.notice')!.textContent).to.contain('2 fields need your attention.');
    expect(deepActive(), 'the first invalid field has focus').to.equal($(el, 'input[name=reason]'));
    // Fixing a field clears its error at once.
    await fill(el, 'description', 'x');
    expect(el.shadowRoot!.getElementById('error-description')).to.equal(null);
    expect(field(el, 'description').getAttribute('aria-invalid')).to.equal('false');
    // … and the summary counts what is left, then is gone.
    expect($(el, '.notice')!.textContent!.trim()).to.equal('1 field needs your attention.');
    await chooseReason(el, 'other');
    expect($(el, '.notice')!.textContent!.trim()).to.equal('');
    expect($(el, '.notice')!.classList.contains('error'), 'no empty error box').to.equal(false);
    await el.close();
  });

  it('checks the e-mail address', async () => {
    const { el } = await dialogFixture();
    await el.show();
    await chooseReason(el, 'other');
    await fill(el, 'description', 'Something');
    await fill(el, 'contact.email', 'not an address');
    submitButton(el).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('error-contact-email')!.textContent).to.contain('name@example.com');
    expect(deepActive()).to.equal(field(el, 'contact.email'));
    await el.close();
  });

  it('counts characters, never cuts a paste, and refuses a text over the limit', async () => {
    const { el, pageUrl } = await dialogFixture();
    await el.show();
    await chooseReason(el, 'other');
    const long = '字'.repeat(5003);
    await fill(el, 'description', long);
    expect(field(el, 'description').value.length, 'nothing typed is cut').to.equal(5003);
    const counter = el.shadowRoot!.getElementById('counter-description')!;
    expect(counter.textContent!.replace(/\s+/g, ' ').trim()).to.equal('5,003 / 5,000');
    expect(counter.classList.contains('over')).to.equal(true);
    expect(field(el, 'description').getAttribute('aria-describedby')).to.contain('counter-description');
    submitButton(el).click();
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('error-description')!.textContent).to.equal('At most 5,000 characters.');
    await aTimeout(400); // the draft is saved shortly after typing
    expect(JSON.parse(sessionStorage.getItem(`folio-report-draft:${pageUrl}`)!).description).to.have.length(5003);
    await el.close();
  });

  it('announces the room left politely once typing pauses near the limit, not on every keystroke', async () => {
    const clock = sinon.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { el } = await dialogFixture();
      await el.show();
      const live = () => $(el, 'form > [role=status]')!.textContent!.trim();
      await fill(el, 'description', 'a'.repeat(100));
      clock.tick(2000);
      await el.updateComplete;
      expect(live(), 'far from the limit: silent').to.equal('');
      await fill(el, 'description', 'a'.repeat(4990));
      await fill(el, 'description', 'a'.repeat(4991));
      expect(live(), 'not while typing').to.equal('');
      clock.tick(1000);
      await el.updateComplete;
      expect(live()).to.equal('9 characters left');
      await el.close();
    } finally {
      clock.restore();
    }
  });

  it('shows the copyright claim fields only for a copyright report, and keeps them when switching', async () => {
    const { el } = await dialogFixture();
    await el.show();
    await chooseReason(el, 'illegal');
    expect($(el, 'fieldset.claim')).to.equal(null);
    await chooseReason(el, 'copyright');
    expect($(el, 'fieldset.claim')).to.not.equal(null);
    for (const path of [
      'claim.claimant.name',
      'claim.claimant.address',
      'claim.claimant.phone',
      'claim.work.title',
      'claim.work.url',
      'claim.evidence',
      'claim.goodFaith',
      'claim.accurate',
      'claim.authorized',
      'claim.signature',
      'claim.attachments',
    ]) {
      expect(field(el, path), path).to.exist;
    }
    await fill(el, 'claim.claimant.name', '李华');
    await chooseReason(el, 'misinformation');
    await chooseReason(el, 'copyright');
    expect(field(el, 'claim.claimant.name').value).to.equal('李华');
    await el.close();
  });

  it('requires what a takedown notice needs, with the statements as required checkboxes', async () => {
    const { el } = await dialogFixture();
    await el.show();
    await chooseReason(el, 'copyright');
    await fill(el, 'description', '抄袭');
    await fill(el, 'claim.claimant.phone', 'call me');
    submitButton(el).click();
    await el.updateComplete;
    await el.updateComplete;
    const error = (path: string) => el.shadowRoot!.getElementById(`error-${path.replace(/\./g, '-')}`)?.textContent;
    expect(error('contact.email')).to.equal('Please fill this in.');
    expect(error('claim.claimant.name')).to.equal('Please fill this in.');
    expect(error('claim.claimant.phone')).to.contain('phone number');
    expect(error('claim.evidence')).to.contain('at least one link');
    expect(error('claim.goodFaith')).to.equal('Please confirm this statement.');
    expect(error('claim.authorized')).to.equal('Please confirm this statement.');
    expect(error('claim.signature')).to.equal('Please fill this in.');
    expect(error('claim.work.url'), 'the original work’s URL is optional').to.equal(undefined);
    expect(deepActive()).to.equal(field(el, 'contact.email'));
    await el.close();
  });

  it('accepts a complete claim and sends it with the claim, evidence as a list', async () => {
    const { el } = await dialogFixture();
    let payload: any;
    el.addEventListener('folio-report-submit', (e) => {
      payload = (e as CustomEvent).detail.payload;
      (e as CustomEvent).detail.respondWith({ id: 'R-1' });
    });
    await el.show();
    await fillValidClaim(el);
    submitButton(el).click();
    await el.updateComplete;
    expect(payload.claim.evidence).to.deep.equal([
      'https://blog.example.com/original',
      'https://register.example.com/123',
    ]);
    expect(payload.claim.goodFaith).to.equal(true);
    expect(payload.claim.claimant).to.deep.equal({
      name: '李华',
      address: '青海省西宁市城中区某路 1 号',
      phone: '+86 971 1234567',
    });
    await el.close();
  });

  it('refuses an attachment of the wrong type and attaches a PDF as base64', async () => {
    const { el } = await dialogFixture();
    await el.show();
    await chooseReason(el, 'copyright');
    const input = field(el, 'claim.attachments') as HTMLInputElement;
    const choose = async (file: File) => {
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
    };
    await choose(new File(['MZ'], 'virus.exe', { type: 'application/x-msdownload' }));
    expect(el.shadowRoot!.getElementById('error-claim-attachments')!.textContent).to.equal(
      'This type of file cannot be attached.',
    );
    // Declared a PNG, but an SVG with a script inside: its first bytes say so.
    await choose(new File(['<svg><script>alert(1)</script></svg>'], 'photo.png', { type: 'image/png' }));
    expect(el.shadowRoot!.getElementById('error-claim-attachments')!.textContent).to.equal(
      'This type of file cannot be attached.',
    );
    expect($(el, '.files'), 'nothing was attached').to.equal(null);
    await choose(new File(['%PDF-1.4 proof'], 'registration.pdf', { type: 'application/pdf' }));
    expect(el.shadowRoot!.getElementById('error-claim-attachments')).to.equal(null);
    expect($(el, '.files')!.textContent).to.contain('registration.pdf');
    let payload: any;
    el.addEventListener('folio-report-submit', (e) => {
      payload = (e as CustomEvent).detail.payload;
      e.preventDefault();
    });
    await fill(el, 'description', 'x');
    await fill(el, 'contact.email', 'a@example.com');
    for (const path of ['claim.claimant.name', 'claim.claimant.address', 'claim.work.title', 'claim.signature'])
      await fill(el, path, '李华');
    await fill(el, 'claim.claimant.phone', '13800138000');
    for (const path of ['claim.goodFaith', 'claim.accurate', 'claim.authorized'])
      (field(el, path) as HTMLInputElement).click();
    await el.updateComplete;
    submitButton(el).click();
    await el.updateComplete;
    expect(payload.claim.attachments).to.deep.equal([
      { name: 'registration.pdf', type: 'application/pdf', data: btoa('%PDF-1.4 proof') },
    ]);
    await el.close();
  });

  it('reads the reasons attribute, with labels, and warns about bad entries', async () => {
    const { el } = await dialogFixture({ reasons: 'copyright, spam:Spam or advertising, Bad Code, spam, other' });
    await el.show();
    const labels = [...el.shadowRoot!.querySelectorAll('.reasons label')].map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(['Copyright infringement or plagiarism', 'Spam or advertising', 'Other']);
    const warning = String(warnStub.firstCall.args[0]);
    expect(warning).to.contain('<folio-report-dialog> reasons:');
    expect(warning).to.contain('"Bad Code" is not a reason code');
    expect(warning).to.contain('"spam" is listed twice');
    await el.close();
  });

  it('falls back to the default reasons when the attribute lists none usable', async () => {
    const { el } = await dialogFixture({ reasons: ' , ; ' });
    await el.show();
    expect(el.shadowRoot!.querySelectorAll('.reasons input')).to.have.length(4);
    expect(String(warnStub.firstCall.args[0])).to.contain('default reasons');
    await el.close();
  });

  it('shows the reported page, from page-url / page-title, refusing a javascript: URL', async () => {
    const { el } = await dialogFixture({ pageUrl: 'javascript:alert(1)' });
    await el.show();
    const url = new URL(location.href);
    url.hash = '';
    expect($(el, '.page .url')!.textContent).to.equal(url.href);
    expect($(el, '.page dd')!.textContent).to.equal('以高质量党建推动教育高质量发展');
    expect(String(warnStub.firstCall.args[0])).to.contain('page-url');
    await el.close();
  });
});

describe('<folio-report-dialog> attachments and the draft', () => {
  it('says so when attachments are too large to keep in the draft', async () => {
    const { el, pageUrl } = await dialogFixture();
    await el.show();
    await chooseReason(el, 'copyright');
    await fill(el, 'description', 'x');
    const input = field(el, 'claim.attachments') as HTMLInputElement;
    const transfer = new DataTransfer();
    const png = new Uint8Array(900_000);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]); // a PNG's signature: the form checks first bytes
    transfer.items.add(new File([png], 'scan.png', { type: 'image/png' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => $(el, '.files'), 'the file was not attached');
    await el.updateComplete;
    expect($(el, '.warning')!.textContent).to.contain('too large to keep in the draft');
    const draft = JSON.parse(sessionStorage.getItem(`folio-report-draft:${pageUrl}`)!);
    expect(draft.description, 'the text is kept').to.equal('x');
    expect(draft.claim.attachments).to.deep.equal([]);
    await el.close();
  });
});

describe('<folio-report-dialog> JSON in its string properties', () => {
  it('reads a number as text; anything else warns once, naming the attribute, and counts as absent', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const { el } = await dialogFixture();
      const failed = oneEvent(el, 'folio-report-error');
      Object.assign(el, {
        reasons: { copyright: true },
        pageTitle: 2023,
        pageUrl: ['https://x.example/'],
        action: {},
        email: true,
        csrfToken: 42,
      });
      await el.show();
      expect($(el, '.page dd')!.textContent, 'a number is text').to.equal('2023');
      expect(el.shadowRoot!.querySelectorAll('.reasons input'), 'the default reasons').to.have.length(4);
      await fillValidReport(el);
      submitButton(el).click();
      expect((await failed).detail.error, 'no action, no e-mail: not configured').to.equal('not-configured');
      const warnings = warn.args.map((a) => String(a[0]));
      for (const attribute of ['reasons', 'page-url', 'action', 'email']) {
        expect(
          warnings.filter((w) => w.startsWith(`<folio-report-dialog> ${attribute}: `)),
          attribute,
        ).to.have.length(1);
      }
      expect(warnings.find((w) => w.startsWith('<folio-report-dialog> action: '))).to.contain('"{}" is not text');
      await el.close();
    } finally {
      warn.restore();
    }
  });
});

describe('<folio-report-dialog> bad numbers', () => {
  it('falls back silently to the defaults when timeout or min-fill-time is removed', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const { el } = await dialogFixture({ minFillTime: 0 });
      const submit = sinon.spy();
      el.addEventListener('folio-report-submit', submit);
      el.removeAttribute('min-fill-time');
      el.removeAttribute('timeout');
      await el.show();
      await chooseReason(el, 'other');
      await fill(el, 'description', 'x');
      submitButton(el).click();
      await el.updateComplete;
      expect(submit.called, 'the 3 s default applies again').to.equal(false);
      expect($(el, '.notice')!.textContent).to.contain('That was quick');
      expect(warn.args.filter((a) => /timeout|min-fill-time/.test(String(a[0])))).to.deep.equal([]);
      await el.close();
    } finally {
      warn.restore();
    }
  });

  it('warns about a timeout that is not a number and keeps 15 s instead of timing out at once', async () => {
    const warn = sinon.stub(console, 'warn');
    const fetchStub = sinon.stub(window, 'fetch').callsFake(
      (_url, init) =>
        new Promise((resolve, reject) => {
          init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          setTimeout(() => resolve(new Response('{"id":"late-but-fine"}', { status: 201 })), 300);
        }),
    );
    try {
      const { el } = await dialogFixture({ action: '/anywhere' });
      el.setAttribute('timeout', 'soon');
      await el.show();
      await chooseReason(el, 'other');
      await fill(el, 'description', 'x');
      submitButton(el).click();
      await waitUntil(() => el.matches(':state(success)'), 'a 300 ms answer must not time out');
      expect(String(warn.args.find((a) => String(a[0]).includes('timeout'))?.[0])).to.contain(
        '<folio-report-dialog> timeout: "soon" is not a positive number of milliseconds',
      );
      await el.close();
    } finally {
      fetchStub.restore();
      warn.restore();
    }
  });
});

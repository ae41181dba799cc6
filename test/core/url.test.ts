import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { checkUrl, safeUrl } from '../../src/core/url.js';

describe('URL guard', () => {
  const safe: string[] = [
    'https://example.com/a?b=c#d',
    'http://example.com',
    'HTTPS://EXAMPLE.COM',
    '/news/2023/06/01.html',
    'relative/path',
    '../up',
    '?page=2',
    '#section-1',
    '#筑牢战斗堡垒',
    '//cdn.example.com/x.jpg',
    'mailto:report@example.com',
    'mailto:report@example.com?subject=%E4%B8%BE%E6%8A%A5',
    '  https://example.com/padded  ',
    'https://例子.测试/路径',
  ];
  const unsafe: string[] = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz4=',
    'file:///etc/passwd',
    'blob:https://example.com/uuid',
    'ftp://example.com/file',
    'tel:+8612345678',
    'jar:http://x!/',
    'http://[::1',
    'mailto:',
    '',
    '   ',
  ];

  for (const url of safe) {
    it(`lets ${JSON.stringify(url)} through`, () => {
      const verdict = checkUrl(url);
      expect(verdict.safe, JSON.stringify(verdict)).to.equal(true);
    });
  }
  for (const url of unsafe) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      expect(checkUrl(url).safe).to.equal(false);
    });
  }

  it('keeps relative URLs relative and trims what browsers trim', () => {
    expect(checkUrl('/a/b').safe && (checkUrl('/a/b') as { url: string }).url).to.equal('/a/b');
    expect((checkUrl('\n https://example.com/ \t') as { url: string }).url).to.equal('https://example.com/');
  });

  describe('safeUrl()', () => {
    let warnStub: sinon.SinonStub;
    beforeEach(() => (warnStub = sinon.stub(console, 'warn')));
    afterEach(() => warnStub.restore());

    it('drops an unsafe value with one warning naming the tag and attribute', async () => {
      const host = await fixture(html`<folio-test-host></folio-test-host>`);
      expect(safeUrl(host, 'prev-href', 'javascript:alert(1)')).to.equal(undefined);
      expect(safeUrl(host, 'prev-href', 'javascript:alert(2)')).to.equal(undefined);
      expect(warnStub.callCount).to.equal(1);
      const message = String(warnStub.firstCall.args[0]);
      expect(message).to.match(/^<folio-test-host> prev-href: /);
      expect(message).to.contain('javascript');
    });

    it('treats missing and empty values as absent, without warning', async () => {
      const host = await fixture(html`<folio-test-host></folio-test-host>`);
      expect(safeUrl(host, 'href', null)).to.equal(undefined);
      expect(safeUrl(host, 'href', '')).to.equal(undefined);
      expect(safeUrl(host, 'href', 'https://example.com/')).to.equal('https://example.com/');
      expect(warnStub.callCount).to.equal(0);
    });
  });
});

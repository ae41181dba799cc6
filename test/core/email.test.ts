import { expect } from '@open-wc/testing';
import { isEmailAddress, mailtoUrl, readEmailAddress } from '../../src/core/email.js';

describe('core/email (the one e-mail rule and mailto builder)', () => {
  it('accepts addresses as the report protocol does, internationalized ones included', () => {
    for (const ok of ['a@example.com', 'first.last+tag@sub.example.co.uk', '用户@例子.中国', 'r&d@example.org'])
      expect(isEmailAddress(ok), ok).to.equal(true);
  });

  it('refuses what is not an address', () => {
    const long = `${'a'.repeat(64)}@${'b'.repeat(186)}.com`; // 255 code points
    for (const bad of [
      '',
      'a@b',
      'a@@b.com',
      'a@b.c',
      '<a>@b.com',
      'a@b.com ',
      'a@.com',
      'r@ex..com',
      'a b@x.com',
      long,
    ])
      expect(isEmailAddress(bad), bad).to.equal(false);
    expect(isEmailAddress(long.slice(1)), 'exactly 254').to.equal(true);
  });

  it('reads an attribute forgiving a mailto: prefix, a full-width ＠ and spaces around it', () => {
    expect(readEmailAddress(' mailto:举报＠例子.中国 ')).to.equal('举报@例子.中国');
    expect(readEmailAddress('MAILTO:r@example.com')).to.equal('r@example.com');
    expect(readEmailAddress('mailto:')).to.equal(undefined);
    expect(readEmailAddress('javascript:alert(1)')).to.equal(undefined);
  });

  it('builds a mailto: URL that keeps the @ readable and leaves out empty fields', () => {
    expect(mailtoUrl('r@example.com')).to.equal('mailto:r@example.com');
    expect(mailtoUrl('r@example.com', { subject: '举报：标题', body: '' })).to.equal(
      `mailto:r@example.com?subject=${encodeURIComponent('举报：标题')}`,
    );
    const url = new URL(mailtoUrl('r&d@example.com', { subject: 'a&b=c', body: 'line 1\nline 2 ?#' }));
    expect(decodeURIComponent(url.pathname)).to.equal('r&d@example.com');
    expect(url.searchParams.get('subject')).to.equal('a&b=c');
    expect(url.searchParams.get('body')).to.equal('line 1\nline 2 ?#');
  });
});

import { expect } from '@open-wc/testing';
import { emptyDraft, loadDraft, saveDraft, withValueAt } from '../../src/report-dialog/draft.js';
import { buildPayload } from '../../src/report-dialog/payload.js';

/** A Storage of our own, so these tests touch no page's drafts. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const page = { url: 'https://news.example.cn/news/1040.html', title: '以高质量党建推动教育高质量发展' };

describe('report drafts', () => {
  it('have the payload’s shape and come back as they were saved', () => {
    const storage = memoryStorage();
    let draft = emptyDraft('copyright');
    expect(draft.contact).to.deep.equal({ name: '', email: '' });
    expect(draft.claim.claimant).to.deep.equal({ name: '', address: '', phone: '' });
    expect(draft.claim.goodFaith).to.equal(false);
    draft = withValueAt(draft, 'claim.claimant.phone', '+86 971 1234567');
    draft = withValueAt(draft, 'claim.evidence', ['https://a.example/1', '']);
    expect(saveDraft('k', draft, storage).saved).to.equal(true);
    expect(loadDraft('k', storage)).to.deep.equal(draft);
  });

  it('restore a draft stored before drafts took the payload’s shape: nothing typed is lost', () => {
    const storage = memoryStorage();
    storage.setItem(
      'k',
      JSON.stringify({
        reason: 'copyright',
        description: '旧版本保存的草稿',
        contactName: '王小明',
        contactEmail: 'reader@example.com',
        claimantName: '李华',
        claimantAddress: '青海省西宁市',
        claimantPhone: '13800138000',
        workTitle: '原作',
        workUrl: 'https://blog.example.com/original',
        evidence: 'https://a.example/1\nhttps://a.example/2',
        attachments: [{ name: 'a.pdf', type: 'application/pdf', data: btoa('%PDF-1.4') }],
        goodFaith: true,
        accurate: false,
        authorized: true,
        signature: '李华',
        idempotencyKey: 'old-key-12345678',
        startedAt: 42,
      }),
    );
    const draft = loadDraft('k', storage)!;
    expect(draft.contact).to.deep.equal({ name: '王小明', email: 'reader@example.com' });
    expect(draft.claim.claimant).to.deep.equal({ name: '李华', address: '青海省西宁市', phone: '13800138000' });
    expect(draft.claim.work).to.deep.equal({ title: '原作', url: 'https://blog.example.com/original' });
    expect(draft.claim.evidence).to.deep.equal(['https://a.example/1', 'https://a.example/2']);
    expect(draft.claim.attachments).to.have.length(1);
    expect([draft.claim.goodFaith, draft.claim.accurate, draft.claim.authorized]).to.deep.equal([true, false, true]);
    expect(draft.claim.signature).to.equal('李华');
    expect(draft.idempotencyKey).to.equal('old-key-12345678');
    expect(draft.startedAt).to.equal(42);
  });

  it('restore what they can from a damaged entry, and never throw', () => {
    const storage = memoryStorage();
    storage.setItem(
      'k',
      JSON.stringify({ reason: 7, description: 'kept', contact: 'not an object', claim: { evidence: 3 } }),
    );
    const draft = loadDraft('k', storage)!;
    expect(draft.reason).to.equal('');
    expect(draft.description).to.equal('kept');
    expect(draft.contact).to.deep.equal({ name: '', email: '' });
    expect(draft.claim.evidence).to.deep.equal([]);
    storage.setItem('k', '{not json');
    expect(loadDraft('k', storage)).to.equal(undefined);
  });

  it('become the payload row by row: the claim only for copyright, files only when attached', () => {
    let draft = withValueAt(emptyDraft('illegal'), 'description', '违法内容');
    draft = withValueAt(draft, 'claim.claimant.name', '留在草稿里');
    const plain = buildPayload(draft, page, 'zh-CN');
    expect(plain).to.deep.equal({
      reason: 'illegal',
      page,
      description: '违法内容',
      contact: { name: '', email: '' },
      locale: 'zh-CN',
      idempotencyKey: draft.idempotencyKey,
    });
    const claim = buildPayload({ ...draft, reason: 'copyright' }, page, 'en');
    expect(claim.claim?.claimant.name).to.equal('留在草稿里');
    expect('attachments' in claim.claim!).to.equal(false);
  });

  it('lose in the payload what no store can keep, so a reader is never stuck at an invisible character', () => {
    let draft = withValueAt(emptyDraft('copyright'), 'description', '粘贴\u0000的文字\ud800');
    draft = withValueAt(draft, 'claim.evidence', ['https://a.example/\u0000x']);
    const payload = buildPayload(draft, page, 'zh-CN');
    expect(payload.description).to.equal('粘贴的文字\ufffd');
    expect(payload.claim!.evidence).to.deep.equal(['https://a.example/x']);
  });
});

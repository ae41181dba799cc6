import type { CcElement, CreativeCommons } from '../copyright-notice/licenses.js';
import { addBuiltinStrings } from './registry.js';

/**
 * Strings of <folio-copyright-notice> that only a Creative Commons license
 * needs: loaded with the notice's license part (src/copyright-notice/license.ts),
 * on pages whose notice has such a license. License names are composed from
 * the names of their elements (署名, 非商业性使用 …) in each language.
 */
export interface CopyrightNoticeLicenseStrings {
  /** The official name of a Creative Commons license or CC0 in this language. */
  noticeLicenseName: (license: CreativeCommons) => string;
  /** `{license}` (the linked name) and `{code}` (CC BY-NC-ND 4.0). */
  noticeLicensed: string;
  /** The same for CC0, which dedicates a work to the public domain rather than licensing it. */
  noticeDedicated: string;
}

declare module './registry.js' {
  interface FolioStrings extends CopyrightNoticeLicenseStrings {}
}

type Names = Record<CcElement, string>;

/** The names of a license's elements (by-nc-nd: BY, NC, ND) joined in code order. */
function names({ tool }: CreativeCommons, table: Names, separator: string): string {
  return tool
    .split('-')
    .map((e) => table[e as CcElement])
    .join(separator);
}

const ZH_CN: Names = { by: '署名', nc: '非商业性使用', nd: '禁止演绎', sa: '相同方式共享' };
const ZH_TW: Names = { by: '姓名標示', nc: '非商業性', nd: '禁止改作', sa: '相同方式分享' };
const JA: Names = { by: '表示', nc: '非営利', nd: '改変禁止', sa: '継承' };
const EN: Names = { by: 'Attribution', nc: 'NonCommercial', nd: 'NoDerivatives', sa: 'ShareAlike' };

addBuiltinStrings<CopyrightNoticeLicenseStrings>({
  'zh-CN': {
    noticeLicenseName: (l) =>
      l.tool === 'zero'
        ? 'CC0 1.0 通用'
        : `知识共享 ${names(l, ZH_CN, '-')} ${l.version} ${l.version === '4.0' ? '国际' : '未本地化版本'} 许可协议`,
    noticeLicensed: '本作品采用{license}（{code}）进行许可。',
    noticeDedicated: '本作品依据 {license}（{code}）贡献至公共领域。',
  },
  'zh-TW': {
    noticeLicenseName: (l) =>
      l.tool === 'zero'
        ? 'CC0 1.0 通用'
        : `創用 CC ${names(l, ZH_TW, '-')} ${l.version} ${l.version === '4.0' ? '國際' : '未本地化'}`,
    noticeLicensed: '本著作係採用{license}授權條款（{code}）授權。',
    noticeDedicated: '本著作依 {license}（{code}）貢獻至公眾領域。',
  },
  en: {
    noticeLicenseName: (l) =>
      l.tool === 'zero'
        ? 'CC0 1.0 Universal'
        : // 3.0 still said "NoDerivs"; 4.0 spells it out.
          `Creative Commons ${names(l, l.version === '4.0' ? EN : { ...EN, nd: 'NoDerivs' }, '-')} ${l.version} ${l.version === '4.0' ? 'International' : 'Unported'}`,
    noticeLicensed: 'This work is licensed under {license} ({code}).',
    noticeDedicated: 'This work is dedicated to the public domain under {license} ({code}).',
  },
  ja: {
    noticeLicenseName: (l) =>
      l.tool === 'zero'
        ? 'CC0 1.0 全世界'
        : `クリエイティブ・コモンズ ${names(l, JA, ' - ')} ${l.version} ${l.version === '4.0' ? '国際' : '非移植'}`,
    noticeLicensed: 'この作品は{license}ライセンス（{code}）の下に提供されています。',
    noticeDedicated: 'この作品は {license}（{code}）によりパブリック・ドメインに提供されています。',
  },
});

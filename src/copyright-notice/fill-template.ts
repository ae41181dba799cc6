/**
 * Fills a translated sentence whose placeholders are elements, not text:
 * `请发送邮件至 {email} 举报。` with `{ email: html\`<a …>\` }` gives
 * `['请发送邮件至 ', <a>, ' 举报。']` for Lit to render. Each language puts the
 * link where its word order needs it; gluing fragments together in code
 * would force one order on all of them. Unknown placeholders stay as written.
 */
export function fillTemplate(template: string, values: Record<string, unknown>): unknown[] {
  // Split around a capturing group, every odd item is a placeholder's name.
  return template
    .split(/\{([A-Za-z]+)\}/)
    .map((part, i) => (i % 2 === 0 ? part : part in values ? values[part] : `{${part}}`));
}

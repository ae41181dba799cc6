/**
 * E-mail addresses, as every part of the library reads and links them: the
 * notice's `report-email`, the report dialog's `email` and a report's contact
 * address. The rule is the report protocol's, the `pattern` of its JSON
 * Schema, so that a server in any language applies the same one: a local
 * part, an @ and a domain with at least one dot, internationalized names
 * allowed (用户@例子.中国); what it refuses cannot stand unquoted in an address.
 */
export const EMAIL_PATTERN = /^[^\s@<>()[\],;:"\\]+@(?:[^\s@<>()[\],;:"\\.]+\.)+[^\s@<>()[\],;:"\\.]{2,}$/u;

/** The longest address (RFC 5321), in code points as JSON Schema counts. */
export const EMAIL_MAX_LENGTH = 254;

export function isEmailAddress(value: string): boolean {
  return [...value].length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(value);
}

/**
 * The address a page wrote in an attribute, or undefined when it is not one.
 * A `mailto:` prefix and a full-width ＠ (common in Chinese data) are forgiven.
 */
export function readEmailAddress(value: string): string | undefined {
  const address = value
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/\uff20/g, '@');
  return isEmailAddress(address) ? address : undefined;
}

/** A mailto: URL to `address` (its @ left readable), with a subject and a body when they are not empty. */
export function mailtoUrl(
  address: string,
  { subject = '', body = '' }: { subject?: string; body?: string } = {},
): string {
  const query = [subject && `subject=${encodeURIComponent(subject)}`, body && `body=${encodeURIComponent(body)}`]
    .filter(Boolean)
    .join('&');
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}${query ? `?${query}` : ''}`;
}

import { parseIsoDate } from '../core/dates.js';
import { textProperty } from '../core/text-property.js';
import { TRUSTED_TYPES_POLICY, trustedJsonScript } from '../core/trusted-types.js';
import { warn } from '../core/warn.js';
import { PART, ownPart } from './parts.js';

/**
 * schema.org NewsArticle for search engines, from the article's attributes.
 * Only values that are really there are written: an invalid date is left out
 * rather than guessed. The server renderer (src/ssr) writes the same data; in
 * the browser this is a chunk of its own, loaded for `structured-data`.
 */
export interface NewsArticleInput {
  headline?: string;
  datePublished?: string;
  dateModified?: string;
  author?: string;
  publisher?: string;
  image?: string;
  inLanguage: string;
  url?: string;
}

/** What the JSON-LD reads on its article: the attributes it describes (as the element holds them) and its language. */
export interface StructuredDataHost extends HTMLElement {
  readonly headline?: unknown;
  readonly byline?: unknown;
  readonly source?: unknown;
  readonly datePublished?: unknown;
  readonly dateModified?: unknown;
  readonly localize: { readonly lang: string };
}

export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
  const data: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
  if (input.headline) data.headline = input.headline;
  if (input.datePublished) data.datePublished = input.datePublished;
  if (input.dateModified) data.dateModified = input.dateModified;
  if (input.author) data.author = { '@type': 'Person', name: input.author };
  if (input.publisher) data.publisher = { '@type': 'Organization', name: input.publisher };
  if (input.image) data.image = [input.image];
  data.inLanguage = input.inLanguage;
  if (input.url) data.mainEntityOfPage = input.url;
  return data;
}

/** JSON safe inside <script>: "</script>" or "<!--" in a headline cannot end the element. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data, null, 2).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * One JSON-LD script per article, inside it (so it leaves the page with it),
 * rewritten only when its content changes. `zone` is the validated time zone,
 * `image` the body's first image.
 */
export function writeStructuredData(
  host: StructuredDataHost,
  zone: string | undefined,
  image: string | undefined,
): void {
  const read = (attribute: string, value: unknown) => textProperty(host, attribute, value);
  const valid = (attribute: string, value: unknown) => {
    const written = read(attribute, value);
    return written ? parseIsoDate(written, zone)?.datetime : undefined;
  };
  const doc = host.ownerDocument;
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const json = scriptJson(
    newsArticle({
      headline: read('headline', host.headline),
      datePublished: valid('date-published', host.datePublished),
      dateModified: valid('date-modified', host.dateModified),
      author: read('byline', host.byline),
      publisher: read('source', host.source),
      image,
      inLanguage: host.localize.lang,
      url: canonical || doc.location?.href.split('#')[0],
    }),
  );
  const script = ownPart(host, 'structured-data');
  if (script?.textContent === json) return;
  // A page that requires Trusted Types takes a script's text only from a policy: ours, if its CSP lists it.
  const text = trustedJsonScript(json);
  if (text === null) {
    script?.remove();
    warn(
      host,
      'structured-data',
      `the page's Content-Security-Policy does not allow the Trusted Types policy "${TRUSTED_TYPES_POLICY}"; no JSON-LD was written.`,
    );
    return;
  }
  if (script) {
    (script as HTMLScriptElement).text = text as string;
    return;
  }
  const created = doc.createElement('script');
  created.type = 'application/ld+json';
  created.setAttribute(PART, 'structured-data');
  created.text = text as string;
  host.append(created);
}

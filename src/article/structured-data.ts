/**
 * schema.org NewsArticle for search engines, from the article's attributes.
 * Only values that are really there are written: an invalid date is left out
 * rather than guessed.
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

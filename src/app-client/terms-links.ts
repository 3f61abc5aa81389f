import { TermsDocument } from './terms';

/**
 * The `Links` of a terms document: `cognito:default` and one key per language. Two URLs for one
 * language cannot both be written, so they fail here.
 */
export function termsLinks(prop: string, document: TermsDocument): Record<string, string> {
  const links: Record<string, string> = { 'cognito:default': document.url };
  for (const { language, url } of document.translations ?? []) {
    const key = `cognito:${language.languageName}`;
    if (key in links) {
      throw new Error(`${prop}: two URLs for ${key} (received '${links[key]}' and '${url}'); allowed: one URL per language`);
    }
    links[key] = url;
  }
  return links;
}

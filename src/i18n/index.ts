/**
 * The interface's wording: `t('meta.lastReviewed')`, `t('references.backTo', { n: 2 })`. The keys
 * and their parameters are typed from src/i18n/en.ts, so a missing key or parameter fails
 * `astro check`; `lang` is the language the pages declare.
 */
import { en, type Key } from './en.ts';

export { lang, ogLocale } from './en.ts';
export type { Key } from './en.ts';

/** The parameter names a string holds: "Back to citation {n}" → "n". */
type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | ParamNames<Rest> : never;
type Params<K extends Key> = Record<ParamNames<(typeof en)[K]>, string | number>;

/** The wording of `key`, its `{name}` parameters filled in. */
export function t<K extends Key>(
  key: K,
  ...[params]: ParamNames<(typeof en)[K]> extends never ? [] : [Params<K>]
): string {
  const text: string = en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = (params as Record<string, string | number>)[name];
    if (value === undefined) throw new Error(`t('${key}'): no value for {${name}}`);
    return String(value);
  });
}

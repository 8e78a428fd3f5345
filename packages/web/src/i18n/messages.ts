import { useLocale } from './locale';

/**
 * A screen's message catalog: the zh-CN texts and their English twins with the same keys and
 * types. Parameterised messages are functions, so a parameter can never be swapped or missed.
 */
export type Catalog<T> = { zh: T; en: T };

export function defineMessages<T extends Record<string, unknown>>(catalog: Catalog<T>): Catalog<T> {
  return catalog;
}

/** The current language's messages of a catalog. */
export function useMessages<T>(catalog: Catalog<T>): T {
  return catalog[useLocale().locale];
}

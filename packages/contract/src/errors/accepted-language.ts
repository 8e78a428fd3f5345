import type { Lang } from '@shangan/core';

/**
 * The language an Accept-Language header asks for: English when English is preferred to Chinese
 * (or Chinese is not named at all and English is), Chinese otherwise: zh is the default.
 */
export function acceptedLanguage(header: string | undefined): Lang {
  let best: { lang: Lang; quality: number } | undefined;
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...attributes] = part.trim().toLowerCase().split(';');
    const lang: Lang | undefined = tag.startsWith('zh') ? 'zh' : tag.startsWith('en') ? 'en' : undefined;
    if (lang === undefined) continue;
    const q = attributes.map((attribute) => attribute.trim()).find((attribute) => attribute.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    if (Number.isFinite(quality) && quality > 0 && (best === undefined || quality > best.quality)) {
      best = { lang, quality };
    }
  }
  return best?.lang ?? 'zh';
}

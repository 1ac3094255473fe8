import type { Lang } from '../../i18n/index.js';
import { q } from '../../i18n/index.js';
import type { AgendaItem } from '../../model/index.js';

/** "item 5 ‘Vaststellen advies …’" / "agendapunt 5 ‘…’": how a message names an agenda item. */
export function itemLabel(item: Pick<AgendaItem, 'number' | 'title'>, lang: Lang): string {
  const title = item.title.length > 60 ? `${item.title.slice(0, 57)}…` : item.title;
  return `${lang === 'nl' ? 'agendapunt' : 'item'} ${item.number} ${q(title)}`;
}

/** "item 5 …" at the start of a sentence. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

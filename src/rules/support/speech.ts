import type { AgendaItem, Paragraph, Position, Speaker, Verslag } from '../../model/index.js';
import { paragraphsOf } from './positions.js';

/** Where a speaker first speaks: the paragraph and its item, else the speaker's own position. */
export function firstSpeech(record: Verslag, speaker: Speaker): { position?: Position; item?: AgendaItem; paragraph?: Paragraph } {
  for (const { paragraph, item } of paragraphsOf(record)) {
    if (paragraph.speaker?.id === speaker.id || paragraph.also?.some((a) => a.id === speaker.id)) {
      return { position: paragraph.position, paragraph, ...(item ? { item } : {}) };
    }
  }
  return speaker.position ? { position: speaker.position } : {};
}

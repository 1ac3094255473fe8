import type { ItemKey } from '../filters.js';
import type { FileDetails, IndexedFile, IndexedRef } from './layout.js';
import { DamagedIndexError } from './view.js';

/** A file as the index stores it: the bytes of its three parts. */
export interface EncodedFile {
  date: string | null;
  /** The joined text: Latin-1 when every character fits (one byte each, and the cheapest to decode), else UTF-16LE. */
  text: Buffer;
  utf16: boolean;
  nums: Int32Array;
  /** UTF-8 JSON of StoredDetails. */
  details: Buffer;
}

/**
 * The details as stored: arrays, not objects (half the bytes, and quicker to parse for every file
 * with a hit), with the file's content hash, which nothing reads but a person debugging.
 * An absent optional string is 0.
 */
type StoredItem = [number: string, title: string, printedNumber: string | 0, subtitle: string | 0];
type StoredRef = [id: string, name: string, geleding: string | null, role: string | 0, variants: string[], filterRole: string | 0, filterGeleding: string | 0];
type StoredDetails = [sha256: string, items: StoredItem[], refs: StoredRef[]];

const BEYOND_LATIN1 = /[\u0100-\uffff]/;

export function encodeFile(file: IndexedFile): EncodedFile {
  const utf16 = BEYOND_LATIN1.test(file.text);
  const details: StoredDetails = [
    file.sha256,
    file.details.items.map((i): StoredItem => [i.number, i.title, i.printedNumber ?? 0, i.subtitle ?? 0]),
    file.details.refs.map(({ speaker: s, filter: f }): StoredRef => [s.id, s.name, s.geleding, s.role ?? 0, f.variants, f.role ?? 0, f.geleding ?? 0]),
  ];
  return { date: file.date, text: Buffer.from(file.text, utf16 ? 'utf16le' : 'latin1'), utf16, nums: Int32Array.from(file.nums), details: Buffer.from(JSON.stringify(details), 'utf8') };
}

/** The details from their stored JSON; objects built with their keys in the order the product makes them. */
export function decodeDetails(json: string): FileDetails {
  let stored: StoredDetails;
  try {
    stored = JSON.parse(json) as StoredDetails;
  } catch {
    throw new DamagedIndexError('details');
  }
  if (!Array.isArray(stored) || !Array.isArray(stored[1]) || !Array.isArray(stored[2])) throw new DamagedIndexError('details');
  const items = stored[1].map(([number, title, printedNumber, subtitle]): ItemKey => ({ number, title, ...(printedNumber !== 0 ? { printedNumber } : {}), ...(subtitle !== 0 ? { subtitle } : {}) }));
  const refs = stored[2].map(([id, name, geleding, role, variants, filterRole, filterGeleding]): IndexedRef => ({
    speaker: { id, name, geleding, ...(role !== 0 ? { role: role as NonNullable<IndexedRef['speaker']['role']> } : {}) },
    filter: { name, variants, ...(filterRole !== 0 ? { role: filterRole as NonNullable<IndexedRef['speaker']['role']> } : {}), ...(filterGeleding !== 0 ? { geleding: filterGeleding } : {}) },
  }));
  return { items, refs };
}

import type { Block } from '../block.js';
import type { ParseContext } from '../context.js';
import { stripEmphasis } from '../inline.js';
import { STRUCTURE_HEADINGS, TRAILING_REFS } from '../lexicon/structure.js';

// Sub-items under an item heading are short list lines ("- algemene stand van zaken").
const SUBITEM_MAX_CHARS = 100;

/**
 * Stage 4: choose the agenda items among the candidate headings and split the blocks into the
 * front matter and one run of blocks per item.
 *
 * Numbered candidates ("5. Vaststellen advies …", "## 1 Welkom") are accepted as a chain that
 * counts up: 1, 2, 3 … (or 5a, 5b), so a numbered list inside an item ("1. een consistent beleid")
 * never becomes an item. Markdown converted from Word, where every item reads "1.", is numbered by
 * order. With no numbered items, the Markdown headings of the shallowest level that repeats are
 * the items (unnumbered minutes are common outside the SER).
 */
export function findAgendaItems(ctx: ParseContext): void {
  const { blocks } = ctx;
  let chosen = numberedChain(blocks);
  if (chosen.length < 2) {
    const byHeading = headingItems(ctx, blocks);
    if (byHeading.length >= 2 || chosen.length === 0) chosen = byHeading.length > 0 ? byHeading : chosen;
  }
  // Block → its choice (the first, as a search from the start would find): a lookup per block,
  // where a search through the choices made the loop below quadratic in the number of items.
  const choiceOf = new Map<Block, Choice>();
  for (const c of chosen) if (!choiceOf.has(c.block)) choiceOf.set(c.block, c);
  // Candidates not chosen go back to being what they look like.
  for (const b of blocks) {
    if (b.number !== undefined && !choiceOf.has(b) && !b.markdownHeading) b.kind = 'list';
  }

  let current: ParseContext['agenda'][number] | null = null;
  for (const block of blocks) {
    const choice = choiceOf.get(block);
    if (choice) {
      current = makeItem(block, choice.number, choice.printed);
      ctx.agenda.push(current);
      continue;
    }
    if (current) current.blocks.push(block);
    else ctx.front.push(block);
  }
  for (const item of ctx.agenda) takeSubitems(item);
}

interface Choice {
  block: Block;
  number: string;
  printed?: string;
}

function parseNumber(s: string): { n: number; suffix: string } {
  const m = /^(\d+)([a-z]?)$/.exec(s);
  return { n: m ? Number(m[1]) : NaN, suffix: m?.[2] ?? '' };
}

// Numbers an agenda may skip (a left-out item) while the chain still counts on.
const MAX_AGENDA_GAP = 2;

function numberedChain(blocks: Block[]): Choice[] {
  const candidates = blocks.filter((b) => b.number !== undefined);
  const ones = candidates.filter((b) => b.number === '1');
  const others = candidates.filter((b) => b.number !== '1');
  // Every item reads "1." (a Word list converted to Markdown): number them by order.
  if (ones.length >= 3 && others.length === 0) {
    return ones.map((block, i) => ({ block, number: String(i + 1), printed: '1' }));
  }
  const chain: Choice[] = [];
  // How many candidates ahead carry each number: a gap is accepted only when the missing
  // number never comes (items 1, 2, 4, 5: item 3 was left out, and the record keeps 4 and 5).
  const ahead = new Map<number, number>();
  for (const b of candidates) {
    const n = parseNumber(b.number!).n;
    ahead.set(n, (ahead.get(n) ?? 0) + 1);
  }
  let last: { n: number; suffix: string } | null = null;
  for (const block of candidates) {
    const cur = parseNumber(block.number!);
    ahead.set(cur.n, (ahead.get(cur.n) ?? 1) - 1);
    if (Number.isNaN(cur.n)) continue;
    const gapOk = last !== null && cur.n > last.n + 1 && cur.n <= last.n + 1 + MAX_AGENDA_GAP && !ahead.get(last.n + 1);
    const next =
      last === null
        ? cur.n <= 2 || chain.length === 0
        : ((cur.n === last.n + 1 || gapOk) && (cur.suffix === '' || cur.suffix === 'a')) ||
          (cur.n === last.n && cur.suffix !== '' && cur.suffix.charCodeAt(0) === (last.suffix ? last.suffix.charCodeAt(0) + 1 : 'a'.charCodeAt(0)));
    if (next) {
      chain.push({ block, number: block.number! });
      last = cur;
    }
  }
  return chain;
}

function headingItems(ctx: ParseContext, blocks: Block[]): Choice[] {
  // Headings of levels 1–3 first; a bold line alone ("**API 58**", level 4) is an item heading only
  // in minutes that have no other: working-group notes often mark their topics that way.
  return headingItemsUpTo(ctx, blocks, 3) ?? headingItemsUpTo(ctx, blocks, 4) ?? [];
}

function headingItemsUpTo(ctx: ParseContext, blocks: Block[], maxLevel: number): Choice[] | undefined {
  const headings = blocks.filter(
    (b) => b.kind === 'heading' && b.markdownHeading && b.level !== undefined && b.level <= maxLevel && !STRUCTURE_HEADINGS.test(b.text.trim()),
  );
  // The document's title is not an item.
  const titlePos = ctx.meeting.positions.title;
  const usable = headings.filter((b) => !(titlePos && b.position.start.offset === titlePos.start.offset) && b.text.trim() !== ctx.meeting.title);
  // The shallowest level that holds a fair share of the headings: a couple of stray top-level
  // headings ("# Verdere links") must not hide the six sections one level down.
  const counts = new Map<number, number>();
  for (const b of usable) counts.set(b.level!, (counts.get(b.level!) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const level = [...counts.keys()].sort((a, b) => a - b).find((l) => counts.get(l)! >= Math.max(2, most / 2));
  if (level === undefined) return undefined;
  return usable.filter((b) => b.level === level).map((block, i) => ({ block, number: String(i + 1), printed: '' }));
}

function makeItem(block: Block, number: string, printed: string | undefined): ParseContext['agenda'][number] {
  let raw = block.rawTitle ?? block.text;
  // Markdown links in a title keep their text: "[Pull request 127](https://…) - publicatie".
  raw = raw.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  const refs: string[] = [];
  const refMatch = TRAILING_REFS.exec(raw);
  if (refMatch) {
    for (const r of refMatch[1]!.split(/,\s*|\s+en\s+/)) if (r.trim()) refs.push(r.trim());
    raw = raw.slice(0, refMatch.index);
  }
  let subtitle: string | undefined;
  // "Actualiteiten*Uitvoeringsagenda Energieakkoord*": a title glued to its emphasised sub-heading.
  const glued = /^([^*]*[^\s*])\*([^*]+)\*\s*$/.exec(raw);
  if (glued) {
    raw = glued[1]!;
    subtitle = glued[2]!.trim();
  }
  const title = stripEmphasis(raw).replace(/\s+/g, ' ').replace(/\s*[:-]\s*$/, '').trim();
  const item: ParseContext['agenda'][number] = {
    number,
    title,
    refs,
    subitems: [],
    position: block.position,
    blocks: [],
    decisions: [],
    actions: [],
  };
  if (printed !== undefined && printed !== number) item.printedNumber = printed;
  if (subtitle) item.subtitle = subtitle;
  return item;
}

/** List lines right under the item heading, before any text, are its sub-items. */
function takeSubitems(item: ParseContext['agenda'][number]): void {
  const lead: Block[] = [];
  for (const b of item.blocks) {
    if (b.kind === 'list' && b.text.length <= SUBITEM_MAX_CHARS && b.lines.length === 1) lead.push(b);
    else break;
  }
  // Only when text follows: a list that is the item's whole body is its content, not sub-items.
  if (lead.length === 0 || lead.length === item.blocks.length) return;
  for (const b of lead) {
    b.kind = 'heading';
    item.subitems.push({ title: b.text.trim(), position: b.position });
  }
}

import { escapeForTerminal } from '../../report/terminal.js';
import type { ContextParagraph, HitPart, QueryHit } from '../types.js';

/** How emphasis is drawn; the CLI passes chalk styles on a colour terminal, identity otherwise. */
export interface TextStyle {
  match: (s: string) => string;
  header: (s: string) => string;
  context: (s: string) => string;
}

export const PLAIN: TextStyle = { match: (s) => s, header: (s) => s, context: (s) => s };

/**
 * One hit as text: a header `file:line  date  item  who`, then each paragraph prefixed by its line
 * (`139:` for the hit's own paragraphs, `137-` for context, as grep marks context lines), with the
 * matches drawn by `style.match`. Every piece of input text is escaped for the terminal.
 */
export function formatTextHit(hit: QueryHit, style: TextStyle = PLAIN): string {
  if (style === PLAIN) return plainHit(hit);
  const out: string[] = [style.header(escapeForTerminal(header(hit)))];
  for (const p of hit.context?.before ?? []) out.push(contextLine(p, style));
  if (hit.tally) out.push(`  ${count(hit.tally.contributions, 'contribution')}, ${count(hit.tally.paragraphs, 'paragraph')}, ${count(hit.tally.words, 'word')}`);
  for (const part of hit.parts) out.push(`${part.position.start.line}: ${highlight(hit, part, style)}`);
  for (const p of hit.context?.after ?? []) out.push(contextLine(p, style));
  return out.join('\n') + '\n';
}

/**
 * The same without styles: nothing is drawn, so the matches are not asked for, and the hit is
 * escaped in one go (escaping goes character by character, so that is the same as piece by piece).
 */
function plainHit(hit: QueryHit): string {
  let out = header(hit);
  for (const p of hit.context?.before ?? []) out += `\n${p.position.start.line}- ${p.text}`;
  if (hit.tally) out += `\n  ${count(hit.tally.contributions, 'contribution')}, ${count(hit.tally.paragraphs, 'paragraph')}, ${count(hit.tally.words, 'word')}`;
  for (const part of hit.parts) out += `\n${part.position.start.line}: ${part.text}`;
  for (const p of hit.context?.after ?? []) out += `\n${p.position.start.line}- ${p.text}`;
  return escapeForTerminal(out) + '\n';
}

function header(hit: QueryHit): string {
  const item = hit.item ? `${hit.item.number} ${hit.item.title}` : '-';
  return `${hit.path}:${hit.position.start.line}  ${hit.date ?? '-'}  ${item}  ${who(hit)}`;
}

function who(hit: QueryHit): string {
  if (hit.decision) {
    const d = hit.decision;
    const flags = [d.unanimous ? 'unanimous' : '', d.amended ? 'amended' : ''].filter(Boolean);
    return `${d.subject} ${d.outcome}${flags.length ? ` (${flags.join(', ')})` : ''}`;
  }
  if (hit.speaker) return hit.speaker.geleding ? `${hit.speaker.name} (${hit.speaker.geleding})` : hit.speaker.name;
  if (hit.action) return hit.action.who;
  return '-';
}

function contextLine(p: ContextParagraph, style: TextStyle): string {
  return style.context(`${p.position.start.line}- ${escapeForTerminal(p.text)}`);
}

/** The part's text with its matches drawn; escaped piece by piece so match offsets stay right. */
function highlight(hit: QueryHit, part: HitPart, style: TextStyle): string {
  const from = part.textOffset;
  const to = from + part.text.length;
  let out = '';
  let at = 0;
  for (const m of hit.matches) {
    if (m.start < from || m.end > to) continue;
    const a = m.start - from;
    const b = m.end - from;
    out += escapeForTerminal(part.text.slice(at, a)) + style.match(escapeForTerminal(part.text.slice(a, b)));
    at = b;
  }
  return out + escapeForTerminal(part.text.slice(at));
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

import type { Nodes, PhrasingContent } from 'mdast';
import { EMPTY } from './format.js';

/**
 * Inline content of one paragraph as a sequence the reader can consume from the front: whole
 * nodes, or the rest of a text node after `skip` characters (a speaker prefix can end mid-node).
 */
export interface Piece {
  node: PhrasingContent;
  skip: number;
}

export class InlineCursor {
  private pieces: Piece[];

  constructor(nodes: PhrasingContent[]) {
    this.pieces = nodes.map((node) => ({ node, skip: 0 }));
  }

  /** The next node, if it has the type asked for. */
  peek<T extends PhrasingContent['type']>(type: T): Extract<PhrasingContent, { type: T }> | undefined {
    const first = this.pieces[0];
    return first?.node.type === type ? (first.node as Extract<PhrasingContent, { type: T }>) : undefined;
  }

  /** Take the next whole node. */
  take(): PhrasingContent | undefined {
    return this.pieces.shift()?.node;
  }

  /** The text at the front, if the next piece is text. */
  get text(): string | undefined {
    const first = this.pieces[0];
    return first?.node.type === 'text' ? first.node.value.slice(first.skip) : undefined;
  }

  /** Consume `prefix` if the text at the front starts with it. */
  eat(prefix: string): boolean {
    if (prefix === '') return true;
    const text = this.text;
    if (text === undefined || !text.startsWith(prefix)) return false;
    const first = this.pieces[0]!;
    first.skip += prefix.length;
    if (first.skip === (first.node as { value: string }).value.length) this.pieces.shift();
    return true;
  }

  rest(): Piece[] {
    return this.pieces;
  }
}

/** Plain text of a node, without the empty-comment placeholder the writer uses for the empty string. */
export function toText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'html') return node.value === EMPTY ? '' : node.value;
  if (node.type === 'break') return '\n';
  if ('children' in node) return (node.children as Nodes[]).map(toText).join('');
  return '';
}

/**
 * Text of the pieces with the way back to the source: `segments` pairs [textOffset, sourceOffset],
 * one per run of characters that stand unchanged in the source (escapes and character references
 * break a run), as the parser gives them for plain text.
 */
export function textWithSegments(pieces: Piece[], source: string): { text: string; segments: Array<[number, number]> } {
  let text = '';
  const offsets: number[] = [];
  const visit = (node: Nodes, skip: number) => {
    if (node.type === 'text' && node.position) {
      const map = alignText(node.value, source, node.position.start.offset ?? 0, node.position.end.offset ?? 0);
      text += node.value.slice(skip);
      offsets.push(...map.slice(skip));
      return;
    }
    if ('children' in node) {
      for (const child of node.children as Nodes[]) visit(child, 0);
      return;
    }
    const value = toText(node).slice(skip);
    text += value;
    const start = node.position?.start.offset ?? -1;
    for (let i = 0; i < value.length; i++) offsets.push(start < 0 ? -1 : start + i);
  };
  for (const p of pieces) visit(p.node, p.skip);
  const segments: Array<[number, number]> = [];
  offsets.forEach((o, t) => {
    if (o < 0) return;
    const last = segments.at(-1);
    if (!last || last[1] + (t - last[0]) !== o) segments.push([t, o]);
  });
  return { text, segments };
}

const CHARACTER_REFERENCE = /^&(?:#x[\da-f]{1,6}|#\d{1,7}|[a-z][a-z\d]{0,31});/i;

/** Source offset of each character of a text node's value; -1 where it was written as a reference. */
function alignText(value: string, source: string, from: number, to: number): number[] {
  const out: number[] = [];
  let j = from;
  for (let c = 0; c < value.length; c++) {
    const want = value[c]!;
    // Walk past what Markdown added around the character: a backslash escape, indentation, `>`.
    // A character written as a reference (`&#x20;`) has no place of its own in the source.
    let byReference = false;
    while (j < to && source[j] !== want) {
      const ref = source[j] === '&' ? CHARACTER_REFERENCE.exec(source.slice(j, j + 40)) : null;
      if (ref) {
        j += ref[0].length;
        byReference = true;
        break;
      }
      j++;
    }
    if (!byReference && j < to && source[j] === want) out.push(j++);
    else out.push(-1);
  }
  return out;
}

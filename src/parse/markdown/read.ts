import type { Blockquote, Code, Nodes, Paragraph as MdParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  type Action,
  type AgendaItem,
  type Decision,
  type Diagnostic,
  type Paragraph,
  type ParagraphKind,
  type Position,
  SCHEMA_VERSION,
  type Speaker,
  type SpeakerRef,
  type Verslag,
} from '../../model/index.js';
import { type Lines, pointAt, splitLines } from '../../source/index.js';
import {
  ACTION_LABEL,
  ACTION_SPEAKER,
  ALSO_JOINER,
  CODE_LANG,
  DECISION_FLAGS,
  DECISION_LABEL,
  EMPTY,
  FENCED_KINDS,
  FLAG_SEPARATOR,
  type FencedMeta,
  ITEM_LABELS,
  KIND_LABELS,
  refOf,
  SPEAKER_END,
  speakerLabels,
  speakerSuffix,
  VOTE_WORDS,
} from './format.js';
import { readFrontMatter } from './front-matter.js';
import { InlineCursor, textWithSegments, toText } from './inline.js';

export interface ReadOptions {
  path?: string;
}

interface Reader {
  source: string;
  lines: Lines;
  speakers: Speaker[];
  byLabel: Map<string, SpeakerRef>;
  byId: Map<string, SpeakerRef>;
  diagnostics: Diagnostic[];
}

/**
 * Read Markdown written by `verslag export --to markdown` back into a record (the round trip).
 * Positions are in this Markdown file. Total like the parser: Markdown it does not recognise
 * (a hand edit) becomes text paragraphs, with a diagnostic where something could not be read.
 */
export function readVerslagMarkdown(text: string, options: ReadOptions = {}): Verslag {
  const lines = splitLines(text);
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text) as Root;
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const front = readFrontMatter(yaml?.value ?? '', yaml ? position(lines, yaml) : undefined);
  const labels = speakerLabels(front.speakers);
  const r: Reader = {
    source: text,
    lines,
    speakers: front.speakers,
    byLabel: new Map(front.speakers.map((s) => [labels.get(s.id)!, refOf(s)])),
    byId: new Map(front.speakers.map((s) => [s.id, refOf(s)])),
    diagnostics: front.diagnostics,
  };

  const record: Verslag = {
    schemaVersion: SCHEMA_VERSION,
    source: { path: options.path ?? '<text>', sha256: '', encoding: 'utf-8', lineEnding: lines.lineEnding, bytes: 0, format: 'markdown' },
    kind: front.kind,
    meeting: front.meeting,
    front: [],
    agenda: [],
    speakers: front.speakers,
    diagnostics: r.diagnostics,
  };
  let item: AgendaItem | undefined;
  for (const node of yaml ? tree.children.slice(1) : tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      item = agendaItem(r, node);
      record.agenda.push(item);
      continue;
    }
    readBlock(r, node, item, item ? item.paragraphs : record.front);
  }
  return record;
}

function agendaItem(r: Reader, node: Extract<RootContent, { type: 'heading' }>): AgendaItem {
  const heading = toText(node);
  const dot = heading.indexOf('. ');
  const [number, title] = dot >= 0 ? [heading.slice(0, dot), heading.slice(dot + 2)] : [heading.replace(/\.$/, ''), ''];
  if (dot < 0 && !heading.endsWith('.')) problem(r, node, `The agenda heading "${heading}" has no number before ". "`);
  return { number, title, refs: [], subitems: [], position: position(r.lines, node), paragraphs: [], decisions: [], actions: [] };
}

/** One top-level node of the body: paragraphs into `into`, item annotations and decisions into `item`. */
function readBlock(r: Reader, node: RootContent, item: AgendaItem | undefined, into: Paragraph[]): void {
  switch (node.type) {
    case 'heading':
      into.push(paragraph(r, node, node.depth === 1 ? 'title' : 'heading', node.children));
      return;
    case 'paragraph':
      if (item && readItemNote(r, node, item)) return;
      into.push(labelled(r, node));
      return;
    case 'list':
      for (const entry of node.children) {
        const first = entry.children[0];
        if (entry.children.length > 1) problem(r, entry, 'A list entry holds more than one paragraph; they were joined');
        const inline = entry.children.length === 1 && first?.type === 'paragraph' ? first.children : entry.children.length > 0 ? [textNode(entry.children.map(toText).join('\n\n'), entry)] : [];
        into.push(paragraph(r, first ?? entry, 'list', inline));
      }
      return;
    case 'blockquote':
      if (item && readDecisionOrAction(r, node, item)) return;
      if (node.children.length === 0) into.push(paragraph(r, node, 'quote', []));
      for (const child of node.children) into.push(paragraph(r, child, 'quote', child.type === 'paragraph' ? child.children : [textNode(toText(child), child)]));
      return;
    case 'code':
      into.push(fenced(r, node));
      return;
    case 'html':
      // The writer's stand-in for an empty paragraph; any other HTML is kept as text.
      into.push(paragraph(r, node, 'text', node.value === EMPTY ? [] : [textNode(node.value, node)]));
      return;
    default:
      // Markdown the writer never produces (a thematic break, a definition): kept as written.
      into.push(paragraph(r, node, 'text', [textNode(slice(r, node), node)]));
  }
}

/** A paragraph that may start with a kind label (`*Voetnoot:*`); else a text paragraph. */
function labelled(r: Reader, node: MdParagraph): Paragraph {
  const label = node.children[0]?.type === 'emphasis' ? toText(node.children[0]) : undefined;
  const kind = (Object.keys(KIND_LABELS) as ParagraphKind[]).find((k) => KIND_LABELS[k] === label);
  if (!kind) return paragraph(r, node, 'text', node.children);
  const cursor = new InlineCursor(node.children.slice(1));
  cursor.eat(' ');
  return paragraph(r, node, kind, cursor);
}

/** `*Stuk:* R/2871` and the other annotations right under an item heading. */
function readItemNote(r: Reader, node: MdParagraph, item: AgendaItem): boolean {
  const first = node.children[0];
  if (first?.type !== 'emphasis') return false;
  const label = toText(first);
  const value = toText({ type: 'paragraph', children: node.children.slice(1) }).replace(/^ /, '');
  if (label === ITEM_LABELS.subtitle) item.subtitle = value;
  else if (label === ITEM_LABELS.printedNumber) item.printedNumber = value;
  else if (label === ITEM_LABELS.ref) item.refs.push(value);
  else if (label === ITEM_LABELS.subitem) item.subitems.push({ title: value, position: position(r.lines, node) });
  else return false;
  return true;
}

function readDecisionOrAction(r: Reader, node: Blockquote, item: AgendaItem): boolean {
  const head = node.children[0];
  if (head?.type !== 'paragraph' || head.children[0]?.type !== 'emphasis') return false;
  const label = toText(head.children[0]);
  if (label !== DECISION_LABEL && label !== ACTION_LABEL) return false;
  const body = node.children.slice(1).map(toText).join('\n\n');
  const cursor = new InlineCursor(head.children.slice(1));
  cursor.eat(' ');
  const strongText = () => {
    const s = cursor.peek('strong');
    if (s) cursor.take();
    return s ? toText(s) : undefined;
  };
  if (label === DECISION_LABEL) {
    const subject = strongText() ?? '';
    cursor.eat(' ');
    const outcome = strongText() ?? '';
    const flags = cursor.text ?? '';
    const d: Decision = { subject, outcome, unanimous: false, amended: false, text: body, position: position(r.lines, node) };
    for (const flag of flags.split(FLAG_SEPARATOR).filter((f) => f !== '')) readFlag(r, node, d, flag);
    item.decisions.push(d);
    return true;
  }
  const a: Action = { who: '', text: body, position: position(r.lines, node) };
  const bold = strongText();
  if (bold !== undefined) {
    a.who = bold;
    a.speakerId = r.byLabel.get(bold)?.id ?? bold;
  } else {
    const plain = cursor.text ?? '';
    const end = plain.lastIndexOf(ACTION_SPEAKER);
    const withSpeaker = end >= 0 && end + ACTION_SPEAKER.length === plain.length && cursor.rest()[1]?.node.type === 'strong';
    a.who = withSpeaker ? plain.slice(0, end) : plain;
    if (withSpeaker) {
      cursor.take();
      const label = strongText() ?? '';
      a.speakerId = r.byLabel.get(label)?.id ?? label;
    }
  }
  item.actions.push(a);
  return true;
}

function readFlag(r: Reader, node: Nodes, d: Decision, flag: string): void {
  if (flag === DECISION_FLAGS.unanimous) d.unanimous = true;
  else if (flag === DECISION_FLAGS.amended) d.amended = true;
  else if (flag === DECISION_FLAGS.votesWithoutCount) d.votes ??= {};
  else {
    const vote = /^(\d+) (\S+)$/.exec(flag);
    const key = vote && (Object.keys(VOTE_WORDS) as Array<keyof typeof VOTE_WORDS>).find((k) => VOTE_WORDS[k] === vote[2]);
    if (vote && key) (d.votes ??= {})[key] = Number(vote[1]);
    else problem(r, node, `The decision mark "${flag}" is not one of ${Object.values(DECISION_FLAGS).join(', ')} or a vote count`);
  }
}

function fenced(r: Reader, node: Code): Paragraph {
  const kind = (Object.keys(FENCED_KINDS) as ParagraphKind[]).find((k) => node.lang && FENCED_KINDS[k] === node.lang) ?? 'code';
  let meta: FencedMeta = {};
  if (node.meta && (node.lang === CODE_LANG || kind !== 'code')) {
    try {
      meta = JSON.parse(node.meta) as FencedMeta;
    } catch {
      problem(r, node, `The code block's info "${node.meta}" is not the JSON the writer puts there`);
    }
  }
  const p = paragraph(r, node, kind, []);
  p.text = node.value;
  p.segments = node.value === '' ? [] : [[0, codeStart(r, node)]];
  if (typeof meta.speaker === 'string') p.speaker = ref(r, node, meta.speaker, 'id');
  if (Array.isArray(meta.also) && meta.also.length > 0) p.also = meta.also.map((id) => ref(r, node, String(id), 'id'));
  return p;
}

/** A paragraph of `kind` from inline content that may start with its speakers. */
function paragraph(r: Reader, node: Nodes, kind: ParagraphKind, inline: PhrasingContent[] | InlineCursor): Paragraph {
  const cursor = inline instanceof InlineCursor ? inline : new InlineCursor(inline);
  const who = speakers(r, node, cursor);
  const { text, segments } = textWithSegments(cursor.rest(), r.source);
  const p: Paragraph = { kind, text, speaker: who.speaker, position: position(r.lines, node), segments };
  if (who.also.length > 0) p.also = who.also;
  return p;
}

/**
 * `**A** (g): `, `**A** (g) met **B**: ` or `met **B**: `. Consumed only when the whole prefix is
 * there, so a hand-written bold word at the start of a paragraph stays text.
 */
function speakers(r: Reader, node: Nodes, cursor: InlineCursor): { speaker: SpeakerRef | null; also: SpeakerRef[] } {
  const none = { speaker: null, also: [] };
  const found: SpeakerRef[] = [];
  const snapshot = cursor.rest().map((p) => ({ ...p }));
  const restore = () => {
    cursor.rest().splice(0, cursor.rest().length, ...snapshot);
    return none;
  };
  const onlyAlso = cursor.peek('text') !== undefined && cursor.text === ALSO_JOINER.trimStart() && cursor.rest()[1]?.node.type === 'strong';
  if (onlyAlso) cursor.eat(ALSO_JOINER.trimStart());
  for (;;) {
    const strong = cursor.peek('strong');
    if (!strong) return restore();
    cursor.take();
    const who = ref(r, node, toText(strong), 'label');
    if (!cursor.eat(speakerSuffix(who))) return restore();
    found.push(who);
    if (cursor.eat(SPEAKER_END)) break;
    if (cursor.text === SPEAKER_END.trimEnd() && cursor.rest().length === 1) {
      // The paragraph is only its speakers (empty text); the serialiser dropped the trailing space.
      cursor.eat(SPEAKER_END.trimEnd());
      break;
    }
    if (!(cursor.eat(ALSO_JOINER) && cursor.peek('strong'))) return restore();
  }
  return onlyAlso ? { speaker: null, also: found } : { speaker: found[0]!, also: found.slice(1) };
}

/** A speaker by bold label or by id; one the front matter does not list is kept by that name. */
function ref(r: Reader, node: Nodes, key: string, by: 'label' | 'id'): SpeakerRef {
  const known = (by === 'label' ? r.byLabel : r.byId).get(key);
  if (known) return known;
  problem(r, node, `The speaker "${key}" is not in the front matter's speakers list`);
  return { id: key, name: key, geleding: null };
}

function textNode(value: string, node: Nodes): PhrasingContent {
  return node.position ? { type: 'text', value, position: node.position } : { type: 'text', value };
}

function slice(r: Reader, node: Nodes): string {
  return node.position ? r.source.slice(node.position.start.offset, node.position.end.offset) : toText(node);
}

/** Offset of the first character of a fenced block's content: the line after the opening fence. */
function codeStart(r: Reader, node: Code): number {
  const start = node.position?.start.offset ?? 0;
  const newline = r.source.indexOf('\n', start);
  return newline < 0 ? start : newline + 1;
}

function position(lines: Lines, node: Nodes): Position {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  return { start: pointAt(lines, start), end: pointAt(lines, end) };
}

function problem(r: Reader, node: Nodes, reason: string): void {
  r.diagnostics.push({ source: 'verslag:parse', ruleId: 'markdown-export', severity: 'warning', reason, position: position(r.lines, node) });
}

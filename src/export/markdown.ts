import type { BlockContent, Blockquote, Code, Heading, List, Paragraph as MdParagraph, PhrasingContent, Root, RootContent, Strong } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as toYaml } from 'yaml';
import type { Action, AgendaItem, Decision, Paragraph, PersonRef, Speaker, SpeakerRef, Verslag } from '../model/index.js';
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
  MARKER_KEY,
  MARKER_VERSION,
  SPEAKER_END,
  speakerLabels,
  speakerSuffix,
  VOTE_WORDS,
} from '../parse/markdown/format.js';

/**
 * A readable verslag in Markdown that `parseBytes` reads back into the same record (positions aside):
 * see src/parse/markdown/format.ts for the conventions. Built as an mdast tree and serialised by
 * remark-stringify, so escaping is the serialiser's job, not ours.
 */
export function toMarkdown(record: Verslag): string {
  return unified()
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fence: '`', fences: true, listItemIndent: 'one', rule: '-' })
    .use(remarkFrontmatter, ['yaml'])
    .stringify(toMarkdownTree(record));
}

export function toMarkdownTree(record: Verslag): Root {
  const labels = speakerLabels(record.speakers);
  const children: RootContent[] = [{ type: 'yaml', value: frontMatter(record).trimEnd() }];
  children.push(...paragraphs(record.front, labels));
  for (const item of record.agenda) children.push(...agendaItem(item, labels));
  return { type: 'root', children };
}

function frontMatter(record: Verslag): string {
  const { positions: _positions, chair, present, absent, secretariat, ...fields } = record.meeting;
  const data: Record<string, unknown> = { [MARKER_KEY]: MARKER_VERSION, kind: record.kind, ...fields };
  if (chair) data.chair = person(chair);
  data.present = present.map(person);
  data.absent = absent.map(person);
  data.secretariat = secretariat.map(person);
  data.speakers = record.speakers.map(speaker);
  // Provenance for the reader of the file; not read back (the re-read record's source is this file).
  data.source = { path: record.source.path, sha256: record.source.sha256 };
  return toYaml(data, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** A person with only a name is written as the name, so attendance lists stay short. */
function person(p: PersonRef): string | Omit<PersonRef, 'position'> {
  const { position: _position, ...rest } = p;
  return Object.keys(rest).length === 1 ? rest.name : rest;
}

function speaker(s: Speaker): Omit<Speaker, 'position'> {
  const { position: _position, evidence, ...rest } = s;
  return { ...rest, evidence: evidence.map(({ position: _p, ...e }) => e) };
}

function agendaItem(item: AgendaItem, labels: Map<string, string>): RootContent[] {
  const out: RootContent[] = [{ type: 'heading', depth: 2, children: [text(`${item.number}. ${item.title}`)] }];
  const note = (label: string, value: string): MdParagraph => ({ type: 'paragraph', children: [emphasis(label), ...plain(' ' + value)] });
  if (item.subtitle !== undefined) out.push(note(ITEM_LABELS.subtitle, item.subtitle));
  if (item.printedNumber !== undefined) out.push(note(ITEM_LABELS.printedNumber, item.printedNumber));
  for (const ref of item.refs) out.push(note(ITEM_LABELS.ref, ref));
  for (const sub of item.subitems) out.push(note(ITEM_LABELS.subitem, sub.title));
  out.push(...paragraphs(item.paragraphs, labels));
  for (const d of item.decisions) out.push(decision(d));
  for (const a of item.actions) out.push(action(a, labels));
  return out;
}

/** Paragraphs in order; consecutive list entries share one list. */
function paragraphs(list: Paragraph[], labels: Map<string, string>): RootContent[] {
  const out: RootContent[] = [];
  let openList: List | undefined;
  for (const p of list) {
    const node = paragraph(p, labels);
    if (p.kind === 'list') {
      const item = { type: 'listItem' as const, spread: false, children: [node as MdParagraph] };
      if (openList) openList.children.push(item);
      else out.push((openList = { type: 'list', ordered: false, spread: false, children: [item] }));
      continue;
    }
    openList = undefined;
    out.push(node);
  }
  return out;
}

function paragraph(p: Paragraph, labels: Map<string, string>): BlockContent {
  if (p.kind in FENCED_KINDS) return fenced(p);
  const inline = [...speakerPrefix(p, labels), ...plain(p.text)];
  const label = KIND_LABELS[p.kind];
  if (label !== undefined) return { type: 'paragraph', children: [emphasis(label), ...plain(' '), ...inline] };
  switch (p.kind) {
    case 'title':
      return { type: 'heading', depth: 1, children: inline } satisfies Heading;
    case 'heading':
      return { type: 'heading', depth: 3, children: inline } satisfies Heading;
    case 'quote':
      return { type: 'blockquote', children: inline.length > 0 ? [{ type: 'paragraph', children: inline }] : [] } satisfies Blockquote;
    default:
      // An empty paragraph has no Markdown form; an empty HTML comment holds its place.
      return inline.length > 0 ? { type: 'paragraph', children: inline } : { type: 'html', value: EMPTY };
  }
}

function fenced(p: Paragraph): Code {
  const meta: FencedMeta = {};
  if (p.speaker) meta.speaker = p.speaker.id;
  if (p.also?.length) meta.also = p.also.map((r) => r.id);
  const lang = FENCED_KINDS[p.kind] ?? null;
  if (Object.keys(meta).length === 0) return { type: 'code', lang, meta: null, value: p.text };
  return { type: 'code', lang: lang ?? CODE_LANG, meta: JSON.stringify(meta), value: p.text };
}

/** `**Geel** (werkgevers): `, `**A** (g) met **B**: `, or `met **B**: ` when only `also` is known. */
function speakerPrefix(p: Paragraph, labels: Map<string, string>): PhrasingContent[] {
  const also = p.also ?? [];
  if (!p.speaker && also.length === 0) return [];
  const out: PhrasingContent[] = [];
  const one = (r: SpeakerRef) => out.push(strong(labels.get(r.id) ?? `${r.name} [${r.id}]`), ...plain(speakerSuffix(r)));
  if (p.speaker) one(p.speaker);
  for (const r of also) {
    out.push(...plain(p.speaker || r !== also[0] ? ALSO_JOINER : ALSO_JOINER.trimStart()));
    one(r);
  }
  out.push(...plain(SPEAKER_END));
  return out;
}

function decision(d: Decision): Blockquote {
  const flags: string[] = [];
  if (d.unanimous) flags.push(DECISION_FLAGS.unanimous);
  if (d.amended) flags.push(DECISION_FLAGS.amended);
  if (d.votes) {
    const counts = (['for', 'against', 'abstain'] as const).filter((k) => d.votes![k] !== undefined);
    for (const k of counts) flags.push(`${d.votes[k]} ${VOTE_WORDS[k]}`);
    if (counts.length === 0) flags.push(DECISION_FLAGS.votesWithoutCount);
  }
  const head: PhrasingContent[] = [emphasis(DECISION_LABEL), ...plain(' '), strong(d.subject), ...plain(' '), strong(d.outcome)];
  if (flags.length > 0) head.push(...plain(FLAG_SEPARATOR + flags.join(FLAG_SEPARATOR)));
  return quoteWith(head, d.text);
}

/**
 * `*Actie:* **Van Selm**` when `who` is the label of the speaker it resolves to (bold = a speaker),
 * `*Actie:* Secretariaat` when it resolves to none, `*Actie:* Secretariaat · spreker **Van Selm**` else.
 */
function action(a: Action, labels: Map<string, string>): Blockquote {
  const label = a.speakerId === undefined ? undefined : (labels.get(a.speakerId) ?? a.speakerId);
  const head: PhrasingContent[] = [emphasis(ACTION_LABEL), ...plain(' ')];
  if (label !== undefined && label === a.who) head.push(strong(label));
  else {
    head.push(...plain(a.who));
    if (label !== undefined) head.push(...plain(ACTION_SPEAKER), strong(label));
  }
  return quoteWith(head, a.text);
}

function quoteWith(head: PhrasingContent[], body: string): Blockquote {
  const children: MdParagraph[] = [{ type: 'paragraph', children: head }];
  if (body !== '') children.push({ type: 'paragraph', children: plain(body) });
  return { type: 'blockquote', children };
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

/** Plain text, or nothing for the empty string (an empty text node would vanish anyway). */
function plain(value: string): PhrasingContent[] {
  return value === '' ? [] : [text(value)];
}

function strong(value: string): Strong {
  return { type: 'strong', children: value === '' ? [{ type: 'html', value: EMPTY }] : [text(value)] };
}

function emphasis(value: string): PhrasingContent {
  return { type: 'emphasis', children: [text(value)] };
}

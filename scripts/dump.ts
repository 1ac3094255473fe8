import { parseFile } from '../src/index.js';
const r = await parseFile(process.argv[2]!);
const brief = (p: { position: { start: { line: number; column: number }; end: { line: number } }; kind: string; speaker: { name: string } | null; text: string }) => `${p.position.start.line}:${p.position.start.column}-${p.position.end.line} [${p.kind}] ${p.speaker ? '<' + p.speaker.name + '> ' : ''}${p.text.slice(0, 90)}`;
console.log('kind', r.kind, JSON.stringify({ ...r.meeting, positions: undefined }));
for (const p of r.front) console.log('F', brief(p));
for (const i of r.agenda) {
  console.log(`== ${i.number}${i.printedNumber !== undefined ? '(' + i.printedNumber + ')' : ''} ${i.title} | ${i.subtitle ?? ''} | ${i.refs} @${i.position.start.line} sub=${i.subitems.map((s) => s.title)}`);
  for (const p of i.paragraphs) console.log('  ', brief(p));
}
for (const d of r.diagnostics) console.log('D', d.ruleId, d.reason);

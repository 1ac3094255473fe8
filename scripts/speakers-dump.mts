import { parseFile } from '../src/index.js';
for (const f of process.argv.slice(2)) {
  const r = await parseFile(f);
  console.log('##', f.split('/').slice(-2).join('/'), r.kind);
  console.log(r.speakers.map((s) => `${s.name}${s.role ? '[' + s.role + ']' : ''}${s.geleding ? '{' + s.geleding + ':' + s.evidence.map((e) => e.kind).join('+') + '}' : ''}(${s.variants.join('|')})`).join(', '));
  for (const d of r.diagnostics) console.log('  D', d.ruleId, d.reason.slice(0, 150));
}

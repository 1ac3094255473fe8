import { type ArchivePlan, planArchive } from './plan.js';
import { plantErrors } from './plant.js';
import type { Planted } from './model.js';
import { Random } from './random.js';
import { renderMeeting } from './render.js';

export { PLANT_KINDS } from './plant.js';
export type { Planted } from './model.js';

export interface GenerateOptions {
  files: number;
  seed?: number;
  /** No planted errors. */
  clean?: boolean;
}

export interface Manifest {
  generator: 'verslag gen-archive';
  seed: number;
  files: number;
  clean: boolean;
  /** The roster file beside the verslagen: it makes the one planned seat change right. */
  roster: string;
  planted: Planted[];
}

export interface Generated {
  manifest: Manifest;
  /** The files, made one at a time so a 10 000-file archive is never all in memory. */
  files(): Iterable<{ path: string; text: string }>;
  roster: string;
}

/** Plan a synthetic archive: bodies, people, meetings, and (unless clean) the planted errors. */
export function generateArchive(options: GenerateOptions): Generated {
  const seed = options.seed ?? 1;
  const random = new Random(seed);
  const plan = planArchive(random, options.files);
  const planted = options.clean ? [] : plantErrors(random, plan);
  const manifest: Manifest = { generator: 'verslag gen-archive', seed, files: options.files, clean: !!options.clean, roster: 'roster.yaml', planted };
  return { manifest, files: () => render(plan, seed), roster: rosterYaml(plan) };
}

function* render(plan: ArchivePlan, seed: number): Iterable<{ path: string; text: string }> {
  // Text choices come from their own stream, so planting errors never changes the prose.
  const random = new Random(seed ^ 0x5eed);
  for (const m of plan.meetings) {
    const text = renderMeeting(random, m);
    yield { path: m.path, text };
    if (m.extra) yield { path: m.extra.path, text: m.extra.variant === 'copy' ? text : renderMeeting(random, m, true) };
  }
}

function rosterYaml(plan: ArchivePlan): string {
  const lines = ['# Seats with dates: without this roster, the seat change below reads as an inconsistency.', 'members:'];
  const change = plan.seatChange;
  if (change) {
    lines.push(`  - name: ${change.person.name}`, `    geleding: ${change.from}`, `    to: ${dayBefore(change.on)}`);
    lines.push(`  - name: ${change.person.name}`, `    geleding: ${change.to}`, `    from: ${change.on}`);
  }
  if (!change) lines[1] = 'members: []';
  return lines.join('\n') + '\n';
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

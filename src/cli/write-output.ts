import { lstat, mkdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { type Chunks, writeFileAtomic } from '../io/atomic-write.js';

/** Why an output could not be written; the CLI prints it after the file name and exits 2. */
export class OutputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'OutputError';
  }
}

/**
 * Chooses the output file of each input in `--out DIR`: the input's name with the format's ending
 * (`notulen.txt` → `notulen.json`). A name is never an input file (`notulen.md` exported to Markdown
 * in its own folder becomes `notulen.verslag.md`) and never one already chosen in this run (two
 * `notulen.txt` from different folders: `notulen.json`, `notulen-2.json`). Names come from the
 * input's base name only, so no output can land outside DIR.
 */
export class OutputPlanner {
  private readonly taken = new Set<string>();
  private readonly inputs: Set<string>;

  constructor(
    private readonly dir: string,
    private readonly extension: string,
    /** Absolute paths of every input of this run, as given and with links resolved. */
    inputs: Iterable<string>,
  ) {
    this.inputs = new Set(inputs);
  }

  /**
   * Call once per input, in input order; `-` (stdin) is named `stdin`. `instead` names the
   * preferred file when it could not be used.
   */
  async target(input: string): Promise<{ path: string; instead?: string }> {
    const stem = input === '-' || input === '<stdin>' ? 'stdin' : safeStem(input);
    const preferred = `${stem}.${this.extension}`;
    for (let n = 1; ; n++) {
      for (const name of candidates(stem, this.extension, n)) {
        const path = resolve(this.dir, name);
        if (!inside(this.dir, path)) throw new OutputError(path, 'would be outside the --out folder');
        if (this.taken.has(path) || (await this.isInput(path))) continue;
        this.taken.add(path);
        return name === preferred ? { path } : { path, instead: preferred };
      }
    }
  }

  private async isInput(path: string): Promise<boolean> {
    if (this.inputs.has(path)) return true;
    const real = await realpath(path).catch(() => undefined);
    return real !== undefined && this.inputs.has(real);
  }
}

function candidates(stem: string, ext: string, n: number): string[] {
  return n === 1 ? [`${stem}.${ext}`, `${stem}.verslag.${ext}`] : [`${stem}-${n}.${ext}`];
}

/** The base name without its ending; a name that is only dots or empty becomes `verslag`. */
function safeStem(input: string): string {
  const base = basename(input);
  const stem = base.slice(0, base.length - extname(base).length);
  return stem === '' || /^\.+$/.test(stem) ? 'verslag' : stem;
}

function inside(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), path);
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..';
}

/**
 * Write one output: refuses a symbolic link (the write would land wherever it points) and an
 * existing file unless `force`; `inputs` are checked once more by identity (a hard link or a
 * file that appeared since planning is still an input).
 */
export async function writeOutput(path: string, content: Chunks, options: { force: boolean; inputs: ReadonlyArray<{ dev: number; ino: number }> }): Promise<void> {
  const existing = await lstat(path).catch(() => undefined);
  if (existing?.isSymbolicLink()) throw new OutputError(path, 'is a symbolic link; not writing through it');
  if (existing && !existing.isFile()) throw new OutputError(path, 'exists and is not a file');
  if (existing && options.inputs.some((i) => i.dev === existing.dev && i.ino === existing.ino)) throw new OutputError(path, 'is one of the inputs; not overwriting it');
  if (existing && !options.force) throw new OutputError(path, 'exists already (use --force to replace it)');
  await writeFileAtomic(path, content);
}

/** Create the --out folder if needed; an existing file in its place is an error. */
export async function prepareOutDir(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new OutputError(dir, 'is not a folder (--out takes a folder)');
  if (!info) await mkdir(dir, { recursive: true });
}

/**
 * An input the tool cannot read at all: missing, unreadable, a directory, binary, too large.
 * The CLI prints `reason` after the file name and exits 2; the library lets callers catch it.
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly code: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}

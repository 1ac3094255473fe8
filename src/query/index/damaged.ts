/** A file's data that does not fit its own layout: the index is damaged (or a bug). */
export class DamagedIndexError extends Error {
  constructor(message: string) {
    super(`query index: ${message}`);
    this.name = 'DamagedIndexError';
  }
}

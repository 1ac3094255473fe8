/** A filter that can't be used as given (a bad regular expression, date or kind). */
export class QueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryError';
  }
}

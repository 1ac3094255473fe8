/** The streams and environment a command runs with; tests pass their own. */
export interface Io {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  /** Bytes of standard input, read only when a command is given `-`. */
  readStdin: () => Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  cwd: string;
}

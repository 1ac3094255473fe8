/**
 * Builds a normalised string from runs of the original text and keeps the way back: each run that is
 * copied from a different place starts a new [textOffset, sourceOffset] segment.
 */
export class TextBuilder {
  text = '';
  readonly segments: Array<[number, number]> = [];
  private nextSource = -1;

  /** Append `run`, which stands at `sourceOffset` in the original. */
  append(run: string, sourceOffset: number): void {
    if (run.length === 0) return;
    if (sourceOffset !== this.nextSource) this.segments.push([this.text.length, sourceOffset]);
    this.text += run;
    this.nextSource = sourceOffset + run.length;
  }

  /** Append text that has no source of its own (the space that joins two wrapped lines). */
  appendSynthetic(run: string): void {
    if (run.length === 0) return;
    // Attribute it to the character before it; the next real run starts a new segment.
    this.text += run;
    this.nextSource = -1;
    const last = this.segments[this.segments.length - 1];
    if (last && last[0] === this.text.length - run.length) this.segments.pop();
  }
}

/** Text offset → source offset through a paragraph's segments. */
export function sourceOffsetOf(segments: ReadonlyArray<readonly [number, number]>, textOffset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]![0] <= textOffset) lo = mid;
    else hi = mid - 1;
  }
  const [t, s] = segments[lo]!;
  return s + Math.max(0, textOffset - t);
}

/**
 * Which elements of `values` belong to one longest strictly increasing subsequence. The elements
 * outside it are the fewest that must move for the sequence to increase, so an archive rule blames
 * the one misnumbered meeting and not every meeting after it. O(n log n).
 */
export function longestIncreasing(values: readonly number[]): boolean[] {
  const tails: number[] = []; // index into values of the smallest tail of each length
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Array<boolean>(values.length).fill(false);
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) keep[i] = true;
  return keep;
}

/**
 * Remember a function of a name. Names repeat (every mention, every attendance list, every stage
 * asks), so the parser's name functions are memoised. The memory is bounded (a few MB at most) so a
 * hostile input can't grow it without end, and the bound is far above a real verslag's names: at
 * 10 000, a 15 000-name header lost its hits and parsed super-linearly (test/perf/pathological.test.ts).
 */
export function nameMemo<T>(compute: (name: string) => T, max = 100_000): (name: string) => T {
  const known = new Map<string, T>();
  return (name) => {
    let value = known.get(name);
    if (value === undefined) {
      value = compute(name);
      if (known.size >= max) known.clear();
      known.set(name, value);
    }
    return value;
  };
}

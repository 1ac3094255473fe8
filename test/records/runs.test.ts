import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/index.js';
import { speakerRuns } from '../../src/records/runs.js';

describe('speaker runs: consecutive paragraphs of one speaker within an item', () => {
  const record = parseText(
    [
      '1. Bespreking',
      '',
      'De heer Putters verzorgt de presentatie.',
      '',
      'Spreker ziet grote verschillen.',
      '',
      'Conclusies',
      '',
      'Het advies is om te investeren.',
      '',
      'Mevrouw Geel vindt dat een goed advies.',
      '',
      'Onder applaus wordt uiting gegeven aan de waardering.',
      '',
      '2. Rondvraag',
      '',
      'Mevrouw Geel heeft geen vragen.',
      '',
    ].join('\n'),
  );
  const runs = speakerRuns(record).map((r) => ({
    item: r.item?.number,
    speaker: r.paragraphs[0]!.speaker?.name ?? null,
    lines: r.paragraphs.map((p) => p.position.start.line),
  }));

  it('joins a speaker’s consecutive paragraphs, breaks at a heading, a new speaker, narration and a new item', () => {
    expect(runs).toEqual([
      { item: '1', speaker: 'Putters', lines: [3, 5] },
      { item: '1', speaker: 'Putters', lines: [9] },
      { item: '1', speaker: 'Geel', lines: [11] },
      { item: '1', speaker: null, lines: [13] },
      { item: '2', speaker: 'Geel', lines: [17] },
    ]);
  });
});

// Progress off a terminal: a log line every few seconds with counts and an estimate, and one at the end of a long step.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressFactory } from '../../src/progress.ts';

function recorder() {
  const lines: { fields: Record<string, unknown>; message: string }[] = [];
  return { lines, log: { info: (fields: object, message: string) => lines.push({ fields: fields as Record<string, unknown>, message }) } };
}

describe('progress off a terminal', () => {
  it('logs counts and time left every few seconds, then that the step is done', () => {
    let t = 0;
    const { lines, log } = recorder();
    const p = progressFactory({ bar: false, log, everyMs: 5000, now: () => t })('reading articles', 400, 'files');
    for (let done = 1; done <= 400; done++) {
      t += 50; // 20 s in all
      p.tick(done);
    }
    p.finish();
    expect(lines.map((l) => l.message)).toEqual([
      'reading articles: 100 of 400 files, about 15 s left',
      'reading articles: 200 of 400 files, about 10 s left',
      'reading articles: 300 of 400 files, about 5 s left',
      'reading articles: 400 of 400 files, about 0 s left',
      'reading articles: done, 400 files in 20 s',
    ]);
    expect(lines[0]!.fields).toMatchObject({ done: 100, total: 400, left_s: 15 });
  });

  it('says nothing about a short step', () => {
    let t = 0;
    const { lines, log } = recorder();
    const p = progressFactory({ bar: false, log, now: () => t })('building the search index', 10, 'passages');
    for (let done = 1; done <= 10; done++) {
      p.tick(done);
      t += 10;
    }
    p.finish();
    expect(lines).toEqual([]);
  });

  it('draws a bar with counts on a terminal stream', () => {
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 160 });
    let out = '';
    stream.on('data', (b: Buffer) => (out += b.toString()));
    const p = progressFactory({ bar: true, log: recorder().log, stream })('building the search index', 50, 'passages');
    p.tick(25);
    p.finish();
    expect(out).toContain('building the search index');
    expect(out).toContain('50/50 passages');
  });
});

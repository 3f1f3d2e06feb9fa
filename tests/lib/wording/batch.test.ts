// The batch checker's words: echoed text cannot forge output lines, and every
// file problem is worded with where it is.
import { describe, expect, it } from 'vitest';
import type { FileProblem, FileProblemCode } from '../../../src/lib/batch/applicant.ts';
import { fileProblemText, printable } from '../../../src/lib/wording/batch.ts';

describe('printable', () => {
  it('drops C0 and C1 controls and bidi overrides, turns line breaks into spaces', () => {
    expect(printable('甲\u0000\u001b[2K乙\r\n■ 伪造\u202e丙\u2066丁\u0085戊\u009b己\u200f')).toBe(
      '甲[2K乙  ■ 伪造丙丁 戊己',
    );
  });
  it('cuts long text, saying so', () => {
    expect(printable('x'.repeat(500), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});

describe('fileProblemText', () => {
  const problems: Record<FileProblemCode, FileProblem> = {
    'empty-file': { code: 'empty-file' },
    'no-applicants': { code: 'no-applicants' },
    'no-header': { code: 'no-header', row: 1 },
    'unterminated-quote': { code: 'unterminated-quote', line: 7 },
    'csv-syntax': { code: 'csv-syntax', line: 7, detail: 'CSV_X' },
    'record-too-large': { code: 'record-too-large', line: 7 },
    'duplicated-column': { code: 'duplicated-column', row: 1, column: 'foundedOn', detail: '3,9' },
    'unknown-column': { code: 'unknown-column', row: 1, column: 'founded\u001bOn' },
    'not-object': { code: 'not-object', row: 7, detail: 'null' },
    'not-json': { code: 'not-json', detail: 'Unexpected token' },
  };
  it.each(Object.values(problems))('words $code with where it is', (p) => {
    const text = fileProblemText(p);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    if (p.line) expect(text).toContain(`第${p.line}行`);
    if (p.column) expect(text).toContain(printable(p.column));
    expect(text).not.toMatch(/\p{Cc}/u);
  });
  it('names both positions of a duplicated column', () => {
    expect(fileProblemText(problems['duplicated-column'])).toContain('第 3、9 列');
  });
});

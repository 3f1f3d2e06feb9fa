import { describe, expect, it } from 'vitest';
import { asOfDay, contentLocation } from '../../../src/lib/content/location.ts';
import { todayIso } from '../../../src/lib/dates.ts';

describe('asOfDay', () => {
  it('is ATLAS_AS_OF when set, so builds and batch checks are reproducible', () => {
    expect(asOfDay({ ATLAS_AS_OF: '2027-01-01' })).toBe('2027-01-01');
  });
  it("is otherwise today's UTC day", () => {
    expect(asOfDay({})).toBe(todayIso('utc'));
    expect(asOfDay({ ATLAS_AS_OF: '' })).toBe(todayIso('utc'));
  });
});

describe('contentLocation', () => {
  it('reads rule cases only with the real content, unless ATLAS_CASES names them', () => {
    expect(contentLocation({}).casesDir).toBe('content/cases');
    expect(contentLocation({ ATLAS_CONTENT: 'x' }).casesDir).toBeUndefined();
    expect(contentLocation({ ATLAS_CONTENT: 'x', ATLAS_CASES: 'y' }).casesDir).toBe('y');
  });
});

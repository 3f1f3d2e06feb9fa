// One answer to "does this regulation cover the applicant's place", shared by the engine, the wizard and the split.
import { describe, expect, it } from 'vitest';
import { OTHER_JURISDICTION, placeIsWithin } from '../../src/lib/jurisdiction.ts';

const area = (province: string, city?: string, district?: string) => ({ jurisdiction: { province, city, district } });

describe('placeIsWithin', () => {
  const nantong = area('江苏省', '南通市');

  it('covers the same place and every place below it', () => {
    expect(placeIsWithin('江苏省/南通市', nantong)).toBe(true);
    expect(placeIsWithin('江苏省/南通市/通州区', nantong)).toBe(true);
  });

  it('does not cover a place above, beside, or that merely starts with the same characters', () => {
    expect(placeIsWithin('江苏省', nantong)).toBe(false);
    expect(placeIsWithin('江苏省/无锡市/江阴市', nantong)).toBe(false);
    expect(placeIsWithin('江苏省/南通市通州', nantong)).toBe(false);
  });

  it('reads a city-level municipality without repeating it', () => {
    expect(placeIsWithin('上海市/长宁区', area('上海市', '上海市', '长宁区'))).toBe(true);
  });

  it('covers nothing for the place outside every area', () => {
    expect(placeIsWithin(OTHER_JURISDICTION, nantong)).toBe(false);
    expect(placeIsWithin(OTHER_JURISDICTION, area(OTHER_JURISDICTION))).toBe(false);
  });
});

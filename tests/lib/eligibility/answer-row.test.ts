// The batch checker's CSV rows: a column per answer, items by ;, parts by :
// in the registry's order, codebook ids or their Chinese labels, and an empty
// part left unknown (a half answer), as in the wizard.
import { describe, expect, it } from 'vitest';
import { INCIDENT_GRADES, INCIDENT_KINDS, RECIPIENT_TYPES, SOUGHT_TIERS } from '../../../src/lib/codebook.ts';
import { ANSWER_COLUMNS, answersFromRow, partsOf, upgradedApplicant } from '../../../src/lib/eligibility/answer-row.ts';
import { parseAnswers } from '../../../src/lib/eligibility/answers.ts';
import { answerContext, rulesOf } from '../../../src/lib/eligibility/engine.ts';
import { FACT_IDS, FACTS } from '../../../src/lib/facts.ts';
import { realEntries } from '../../support/regulations.ts';

const entries = realEntries().map((e) => ({ id: e.id, regulation: rulesOf(e.regulation) }));
const ctx = answerContext(entries, '2026-11-22');
const [first] = entries;

describe('answer columns', () => {
  it('are the label, who, when, the award sought and every fact of the registry, in its order', () => {
    expect(ANSWER_COLUMNS).toEqual(['name', 'applicantType', 'checkDate', 'soughtTier', ...FACT_IDS]);
  });

  it("list an item's parts: an event's date, then its attributes in the registry's order", () => {
    expect(partsOf('accidents')).toEqual(['date', ...Object.keys(FACTS.accidents.attributes)]);
    expect(partsOf('annualResults')).toEqual(['year', 'netProfit', 'policyInduced']);
    expect(partsOf('workHistory')).toEqual(['place', 'from', 'to']);
    expect(partsOf('earlierAwards')).toEqual(['regulation', 'tier', 'date']);
    expect(partsOf('administrativePenalties')).toEqual(['date']);
  });
});

describe('answersFromRow', () => {
  it('reads yes/no, numbers, none, and records with their parts', () => {
    const { raw, problems } = answersFromRow({
      name: '甲',
      applicantType: 'organization',
      soughtTier: 'award',
      independentLegalPerson: '是',
      hasLicences: 'false',
      inventionPatents: '0',
      industryRank: '3',
      accidents: '2024-05-01:food-drug-safety:general:是; 2025-03-04:安全生产:较大:否',
      administrativePenalties: '无',
      annualResults: '2024:-120.5:否；2023:300:',
      environmentalCreditRatings: '2024:蓝色;2023:green',
      dishonestyRecords: '2025-02-01:严重:是',
      workHistory: '江苏省/南通市/通州区:2015-01-01:',
      earlierAwards: `${first!.id}:${first!.regulation.tiers[0]!.id}:2024-12-01`,
      sanctions: `2021-06-01:其他:award-revoked-for-fraud`,
      otherViolations: '',
    });
    expect(problems).toEqual([]);
    expect(raw).toEqual({
      applicantType: 'organization',
      soughtTier: 'award',
      independentLegalPerson: true,
      hasLicences: false,
      inventionPatents: 0,
      industryRank: 3,
      accidents: [
        { date: '2024-05-01', kind: 'food-drug-safety', grade: 'general', responsible: true },
        { date: '2025-03-04', kind: 'production-safety', grade: 'larger', responsible: false },
      ],
      administrativePenalties: [],
      annualResults: [
        { year: 2024, netProfit: -120.5, policyInduced: false },
        { year: 2023, netProfit: 300 },
      ],
      environmentalCreditRatings: [
        { year: 2024, rating: 'blue' },
        { year: 2023, rating: 'green' },
      ],
      dishonestyRecords: [{ date: '2025-02-01', severity: 'serious', labourSecurity: true }],
      workHistory: [{ place: '江苏省/南通市/通州区', from: '2015-01-01' }],
      earlierAwards: [{ regulation: first!.id, tier: first!.regulation.tiers[0]!.id, date: '2024-12-01' }],
      sanctions: [{ date: '2021-06-01', regulation: 'other', event: 'award-revoked-for-fraud' }],
    });
  });

  it('accepts every codebook id and label, and each reading of a label with a gloss', () => {
    for (const [id, { label }] of Object.entries({ ...INCIDENT_KINDS, ...INCIDENT_GRADES })) {
      const asKind = id in INCIDENT_KINDS;
      const cell = (v: string) => (asKind ? `2024-01-01:${v}` : `2024-01-01::${v}`);
      for (const v of [id, label, ...(/（(.*)）/.exec(label)?.slice(1) ?? []), label.replace(/（.*）$/, '')]) {
        const [item] = answersFromRow({ accidents: cell(v) }).raw.accidents as Record<string, unknown>[];
        expect(item![asKind ? 'kind' : 'grade'], `${v}`).toBe(id);
      }
    }
  });

  it('reads who applies and the award sought from their code or their Chinese label', () => {
    for (const [column, vocabulary] of [
      ['applicantType', RECIPIENT_TYPES],
      ['soughtTier', SOUGHT_TIERS],
    ] as const)
      for (const [id, { label }] of Object.entries(vocabulary))
        for (const v of [id, label]) expect(answersFromRow({ [column]: v }).raw[column], `${column} ${v}`).toBe(id);
    // A value of neither is passed on as given, for the validator to name.
    expect(answersFromRow({ applicantType: '机器人' }).raw.applicantType).toBe('机器人');
  });

  it('leaves an empty or unknown part out: the item is a half answer the validator keeps', () => {
    const { raw, problems } = answersFromRow({
      applicantType: 'organization',
      accidents: ':quality::不清楚',
      administrativePenalties: '不清楚',
    });
    expect(problems).toEqual([]);
    expect(raw.accidents).toEqual([{ kind: 'quality' }]);
    expect(raw.administrativePenalties).toEqual([{}]);
    expect(parseAnswers(raw, ctx).problems).toEqual([]);
  });

  it('passes values it cannot read on, for the validator to name beside the field', () => {
    const { raw } = answersFromRow({ accidents: '2024-01-01:quality:tiny', annualResults: '2024:十万' });
    const fields = parseAnswers(raw, ctx).problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['accidents.0.grade', 'annualResults.0.netProfit']));
  });

  it('names the column or item it cannot read', () => {
    const { problems } = answersFromRow({
      hasLicences: '也许',
      administrativePenalties: '2024-01-01:x',
      colour: 'x',
    });
    expect(problems.map((p) => p.field).sort()).toEqual(['administrativePenalties.0', 'colour', 'hasLicences']);
    expect(problems.find((p) => p.field === 'administrativePenalties.0')!.message).toMatch(/应写作 date/);
  });

  it('reads the older columns and sanction form, carrying them over, and names what it cannot carry', () => {
    const { raw, problems } = answersFromRow({
      applicantType: 'individual',
      jurisdiction: '上海市/长宁区',
      qualityWorkSince: '2014-09-01',
      earlierApplicationFraud: '2023-03-01',
      sanctions: `${first!.id}:post-award-incident:2022-01-10`,
      lossYears: '2024',
    });
    expect(raw.workHistory).toEqual([{ place: '上海市/长宁区', from: '2014-09-01' }]);
    expect(raw.sanctions).toEqual([
      { regulation: first!.id, event: 'award-revoked-for-incident', date: '2022-01-10' },
      { date: '2023-03-01', event: 'fraud-found-at-application' },
    ]);
    expect(raw).not.toHaveProperty('lossYears');
    expect(problems).toEqual([{ field: 'lossYears', message: expect.stringMatching(/annualResults/) }]);
  });
});

describe('upgradedApplicant (batch JSON)', () => {
  it('carries old answers over and reports the dropped ones as problems', () => {
    const { raw, problems } = upgradedApplicant({ accidents: ['2024-01-01'], lossYears: [] });
    expect(raw).toEqual({ accidents: [{ date: '2024-01-01' }] });
    expect(problems.map((p) => p.field)).toEqual(['lossYears']);
  });
});

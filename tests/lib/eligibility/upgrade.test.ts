// Answers of the older shape still open: saved answers, share links and batch
// JSON are carried over as far as they go, half answers where the old shape
// said less than the texts now distinguish, and what cannot be carried is named.
import { describe, expect, it } from 'vitest';
import { BAN_TRIGGERS } from '../../../src/lib/codebook.ts';
import { parseAnswers } from '../../../src/lib/eligibility/answers.ts';
import { answerContext, type CheckInput, checkAll, rulesOf } from '../../../src/lib/eligibility/engine.ts';
import { upgradeAnswers } from '../../../src/lib/eligibility/upgrade.ts';
import { decodeShare, encodeShare } from '../../../src/lib/eligibility/wizard.ts';
import { jurisdictionPath } from '../../../src/lib/jurisdiction.ts';
import { realEntries } from '../../support/regulations.ts';

const entries: CheckInput[] = realEntries().map((e) => ({ id: e.id, regulation: rulesOf(e.regulation) }));
const today = '2026-11-22';
const ctx = answerContext(entries, today);
const [first] = entries;
const place = jurisdictionPath(first!.regulation);

/** An organization's answers as the checker saved them before records had attributes. */
const oldOrganization = {
  applicantType: 'organization',
  checkDate: '2026-11-22',
  jurisdiction: place,
  foundedOn: '2018-04-16',
  independentLegalPerson: true,
  lossYears: [2024],
  accidents: ['2024-05-01', ''],
  administrativePenalties: [],
  earlierApplicationFraud: ['2023-03-01'],
  earlierAwards: [],
  sanctions: [{ regulation: first!.id, cause: 'fraud', date: '2022-01-10' }],
};

describe('upgradeAnswers', () => {
  it('turns date lists into dated items whose attributes are unknown, keeping 有 without a date as an empty item', () => {
    const { answers } = upgradeAnswers(oldOrganization);
    expect(answers.accidents).toEqual([{ date: '2024-05-01' }, {}]);
    expect(answers.administrativePenalties).toEqual([]);
    expect(answers.foundedOn).toBe('2018-04-16');
  });

  it('reads an old sanction cause as the event that sets off that ban, and old fraud at application as a half answer', () => {
    const { answers } = upgradeAnswers(oldOrganization);
    expect(answers.sanctions).toEqual([
      { regulation: first!.id, event: 'award-revoked-for-fraud', date: '2022-01-10' },
      // The old answer did not say in which scheme: the regulation is left out, and the item stays half told.
      { date: '2023-03-01', event: 'fraud-found-at-application' },
    ]);
    expect(answers).not.toHaveProperty('earlierApplicationFraud');
    // With no old sanctions answer, the list would pass for answered while revocations were never asked.
    const alone = upgradeAnswers({ earlierApplicationFraud: ['2023-03-01'] });
    expect(alone.answers).not.toHaveProperty('sanctions');
    expect(alone.dropped).toEqual([{ old: 'earlierApplicationFraud', refill: 'sanctions' }]);
    // Every old cause names the event its ban now reads.
    for (const [cause, events] of Object.entries(BAN_TRIGGERS)) {
      const { answers: a } = upgradeAnswers({ sanctions: [{ regulation: 'x', cause, date: '2020-01-01' }] });
      expect(events).toContain((a.sanctions as { event: string }[])[0]!.event);
    }
    // An unknown or blank cause leaves the event unknown.
    expect(upgradeAnswers({ sanctions: [{ regulation: 'x', cause: '', date: '' }] }).answers.sanctions).toEqual([
      { regulation: 'x', date: '' },
    ]);
  });

  it("turns an individual's one start date into a period of work in the place given, still going on", () => {
    const { answers } = upgradeAnswers({
      applicantType: 'individual',
      jurisdiction: place,
      qualityWorkSince: '2014-09-01',
    });
    expect(answers.workHistory).toEqual([{ place, from: '2014-09-01' }]);
    expect(answers).not.toHaveProperty('qualityWorkSince');
    expect(upgradeAnswers({ qualityWorkSince: '2014-09-01' }).answers.workHistory).toEqual([{ from: '2014-09-01' }]);
    // A history already given wins.
    const given = [{ place, from: '2010-01-01', to: '2012-01-01' }];
    expect(upgradeAnswers({ qualityWorkSince: '2014-09-01', workHistory: given }).answers.workHistory).toEqual(given);
  });

  it('drops loss years, which carry no amounts, and names the question to answer again', () => {
    const { answers, dropped } = upgradeAnswers(oldOrganization);
    expect(answers).not.toHaveProperty('lossYears');
    expect(dropped).toEqual([{ old: 'lossYears', refill: 'annualResults' }]);
    // Even "no loss years" cannot say the amounts the sums need.
    expect(upgradeAnswers({ lossYears: [] }).dropped).toEqual([{ old: 'lossYears', refill: 'annualResults' }]);
    expect(upgradeAnswers({}).dropped).toEqual([]);
  });

  it('gives answers the validator takes, which the engine reads as half answers', () => {
    const { answers } = upgradeAnswers(oldOrganization);
    const parsed = parseAnswers(answers, ctx);
    expect(parsed.problems).toEqual([]);
    // The accident of unknown kind and grade, and the fraud of unknown scheme, decide nothing they would need to.
    const verdicts = checkAll(entries, parsed.answers!, today);
    for (const v of verdicts)
      for (const f of v.unknowns)
        if ('incomplete' in f && f.incomplete)
          for (const i of f.incomplete) expect(['accidents', 'sanctions', 'annualResults']).toContain(i.fact);
  });

  it('leaves answers of the new shape as they are, and reads anything else as none', () => {
    const current = {
      applicantType: 'organization',
      accidents: [{ date: '2024-05-01', kind: 'quality', grade: 'general', responsible: false }],
      sanctions: [{ regulation: 'other', event: 'fraud-found-at-application', date: '2020-01-01' }],
      annualResults: [{ year: 2024, netProfit: -3 }],
    };
    expect(upgradeAnswers(current)).toEqual({ answers: current, dropped: [] });
    expect(upgradeAnswers(upgradeAnswers(oldOrganization).answers).answers).toEqual(
      upgradeAnswers(oldOrganization).answers,
    );
    for (const junk of [null, 3, 'x', [1, 2]]) expect(upgradeAnswers(junk)).toEqual({ answers: {}, dropped: [] });
  });

  it('opens an old share link', () => {
    const code = encodeShare(oldOrganization);
    const { answers, dropped } = upgradeAnswers(decodeShare(code));
    expect(answers.accidents).toEqual([{ date: '2024-05-01' }, {}]);
    expect(dropped.map((d) => d.refill)).toEqual(['annualResults']);
  });
});

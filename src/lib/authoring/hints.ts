// Where in a regulation each part of the coding likely sits, found by the words
// those parts are written with (名额 → quotas, 万元 → prizes, 不得申报 →
// exclusion clauses…). Only a pointer for the author: every hint is checked by
// reading the article, and an article no word points to may still hold a part.
import { intToChinese } from '../chinese-numerals.ts';
import type { Citation } from '../schema.ts';
import type { ParsedSource } from '../source/parse.ts';

export interface CodingPart {
  /** Dotted path of the field in the content file, e.g. `process.publicity`. */
  field: string;
  /** Whether the schema requires it (a list may still be [] when the text has none). */
  required: boolean;
  /** What to code there, in a line. */
  what: string;
  /** Words (or patterns) that usually stand in the articles holding it. */
  words: (string | RegExp)[];
}

/** The parts of a content file a starter leaves to code, in the order of the schema. */
export const CODING_PARTS: CodingPart[] = [
  {
    field: 'repeals',
    required: true,
    what: 'documents this one repeals (title, documentNumber); [] if none',
    words: ['同时废止', '废止'],
  },
  {
    field: 'awardCycle',
    required: true,
    what: 'how often the award is given (everyYears)',
    words: ['每年', '每两年', '每二年', '每三年', '评定一次', '评选一次', '评审一次', '年度奖'],
  },
  {
    field: 'tracks',
    required: false,
    what: 'categories within an award (长宁: 先进质量管理模式, 成果)',
    words: ['分为', '类别'],
  },
  {
    field: 'tiers',
    required: true,
    what: 'each award given (kind: award, nomination-award or merit-award; rank; recipients)',
    words: ['提名奖', '优秀奖', '金奖', '分设', '设立', '包括', '奖项'],
  },
  {
    field: 'tiers[].quota',
    required: false,
    what: 'how many per cycle',
    words: ['名额', '不超过', '空缺', '少额', '数量'],
  },
  {
    field: 'tiers[].prizes',
    required: false,
    what: 'the prize money; [] if no sum is set',
    words: ['奖金', '万元', '奖励'],
  },
  {
    field: 'tiers[].repeatWinners',
    required: false,
    what: 'winning the same award again',
    words: ['再次获', '不占用', '不占'],
  },
  { field: 'tiers[].otherBenefits', required: false, what: 'benefits beside the prize', words: ['优先推荐', '优先'] },
  {
    field: 'tiers[].minimumScore',
    required: false,
    what: 'the lowest total score that can win',
    words: [/(不得低于|不低于|达到)\d+分/, /\d+分(以上|及以上)/, '最低分'],
  },
  {
    field: 'higherAwardBonuses',
    required: true,
    what: 'rewards for winning a higher award (中国质量奖, 省长质量奖…); [] if none',
    words: ['中国质量奖', '省长质量奖', '省质量奖', '上级'],
  },
  {
    field: 'evaluationStandards',
    required: true,
    what: 'the standards the review follows (GB/T19580…); [] if none named',
    words: ['GB/T', '评价准则', '评审标准', '评定标准'],
  },
  { field: 'scoreScale', required: false, what: 'the total score (max)', words: ['总分', '满分', '分制'] },
  {
    field: 'applicants',
    required: true,
    what: 'who may apply (organization, individual), with each condition (codebook category, assessment, tests)',
    words: ['申报条件', '基本条件', '应符合', '应当具备', '具备下列条件', '条件'],
  },
  {
    field: 'exclusionClauses',
    required: true,
    what: 'who may not apply (不得申报…); [] if none',
    words: ['不得申报', '不予受理', '不得参加', '不得推荐', '同时申报', '之一的'],
  },
  {
    field: 'process.stages',
    required: true,
    what: 'the review stages, in order',
    words: ['程序', '环节', '流程', '资格审查', '资格审核', '资料评审', '材料评审', '现场评审'],
  },
  {
    field: 'process.publicity',
    required: true,
    what: 'publicity periods (minimumDays, dayType); [] if none',
    words: ['公示', '公示期', '公示时间', '工作日', /不少于\d+[天日]/],
  },
  { field: 'process.noFee', required: false, what: 'no fee is charged', words: ['不收取', '费用'] },
  {
    field: 'process.recommendationRequired',
    required: false,
    what: 'a recommending body must sign',
    words: ['推荐意见', '签署'],
  },
  {
    field: 'process.reviewPanel',
    required: false,
    what: 'how many reviewers a panel has',
    words: ['评审组', '专家组', '名以上'],
  },
  { field: 'process.shortlistRatio', required: false, what: 'shortlist ratio (1:1.5)', words: ['比例', /1[:：]\d/] },
  {
    field: 'process.scoreWeights',
    required: false,
    what: 'weights of the stages in the total score',
    words: ['%', '权重'],
  },
  {
    field: 'process.decisionVote',
    required: false,
    what: 'the vote needed to decide',
    words: ['三分之二', '过半数', '投票', '票'],
  },
  {
    field: 'process.recordsRetentionYears',
    required: false,
    what: 'how long the files are kept',
    words: ['保存', '存档', '归档'],
  },
  {
    field: 'sanctions.bans',
    required: true,
    what: 'bans on applying again (cause, years); [] if none',
    words: ['年内不', '不得再次申报', '不得再申报', '再次申报'],
  },
  {
    field: 'sanctions.revocationCauses',
    required: true,
    what: 'causes for revoking an award (recoversPrize); [] if none',
    words: ['撤销', '取消', '收回', '追回'],
  },
  {
    field: 'sanctions.reapplication',
    required: true,
    what: 'when a winner may apply again; [] if not said',
    words: ['再次申报', '重新申报', '再次申请', '可再次'],
  },
  {
    field: 'sanctions.awardValidityYears',
    required: false,
    what: 'how long an award is valid',
    words: [/(质量奖|奖项|称号)有效期/],
  },
  {
    field: 'sanctions.reportingDuties',
    required: true,
    what: 'what winners must report, and when; [] if none',
    words: ['报告', '日内'],
  },
  {
    field: 'sanctions.titleUseLimits',
    required: true,
    what: 'limits on using the title; [] if none',
    words: ['称号', '标志', '包装'],
  },
];

export interface PartHint {
  article: Citation['article'];
  /** The words that matched, as they stand in the text. */
  words: string[];
}

const passages = (s: ParsedSource) => [
  { article: 'front' as const, text: [...s.notice.lines, s.title].join('\n') },
  ...s.articles.map((a) => ({ article: a.number, text: `${a.heading ?? ''}\n${a.text}` })),
];

/** The passages (front matter or articles) holding the most of a part's words, best first. */
export function hintsFor(part: CodingPart, s: ParsedSource, most = 3): PartHint[] {
  const found: (PartHint & { score: number })[] = [];
  for (const p of passages(s)) {
    const words = part.words.flatMap((w) => {
      if (typeof w === 'string') return p.text.includes(w) ? [w] : [];
      const m = w.exec(p.text);
      return m ? [m[0]] : [];
    });
    // Every word counts (同时废止 and 废止 make a closer match than 废止 alone); shown once.
    if (words.length)
      found.push({
        article: p.article,
        words: words.filter((w) => !words.some((o) => o !== w && o.includes(w))),
        score: words.length,
      });
  }
  // Stable sort: equal scores keep the text's order.
  return found
    .sort((a, b) => b.score - a.score)
    .slice(0, most)
    .map(({ article, words }) => ({ article, words }));
}

/** 第四条 (article 4: 名额, 空缺), or 印发通知 (article front: 废止). */
export function formatHint(h: PartHint): string {
  const name =
    h.article === 'front' ? '印发通知/标题' : h.article === 'colophon' ? '文末' : `第${intToChinese(h.article)}条`;
  return `${name} (article ${h.article}: ${h.words.join(', ')})`;
}

// The words of the open-data files: the licence's scope, the Table Schema's
// field descriptions, the feed's title and entry summaries, the form of a
// regulation (办法, 细则) named in schema.org's legislationType.
export const ATLAS_NAME = '质量奖图鉴';

export const LICENSE_SCOPE =
  '本站的编码数据（字段取值、出处标注、状态与汇总）以 CC BY 4.0 许可发布，使用时请注明“质量奖图鉴”。';

export const TEXTS_STATUS =
  '各办法原文是国家机关发布的具有行政性质的文件，依《中华人民共和国著作权法》第五条不适用该法保护；引文照录原文，出处以条号标明。';

export const DATA_PACKAGE_TITLE = '质量奖图鉴：地方政府质量奖管理办法编码数据';

export const DATA_PACKAGE_DESCRIPTION =
  '地方政府质量奖管理办法的结构化编码数据，每个编码值都带有出处条款与原文摘录。比较页的 CSV（/compare/*.csv）是由 regulations.json 生成的阅读用表格，不列为数据资源。';

export const RESOURCE_TITLES = {
  regulationsJson: '全部办法的编码数据与出处',
  regulationsCsv: '每部办法一行的主要字段',
  jsonSchema: '编码数据的 JSON Schema（由 zod schema 生成）',
  regulationJson: (title: string) => `《${title}》的编码数据与出处`,
};

/** What each column of regulations.csv holds (its Table Schema's descriptions; open-data/table-schema.ts asks for every column). */
export const CSV_FIELD_DESCRIPTIONS = {
  id: '办法的标识，亦为其页面与 JSON 文件名',
  title: '办法名称',
  jurisdiction: '辖区全称（省、市、区县，以空格分隔）',
  province: '省级行政区（含直辖市）',
  level: '制定机关的行政级别（编码手册 JURISDICTION_LEVELS 的键）',
  issuer: '发文机关，照原文落款',
  document_number: '文号；原文未载明时为空',
  stage: 'draft：讨论稿、征求意见稿；final：正式印发',
  status: '截至 as_of 当日的状态',
  issued: '印发日期（YYYY-MM-DD，原文只写到月份时为 YYYY-MM）',
  effective: '施行日期（同上）',
  expires: '有效期届满日（含当日；同上）',
  cycle_years: '评选周期：每 N 年一次；周期由上级规定等而非年数时为空',
  tiers: '奖项层级名称，以“；”分隔',
  admits_individuals: '是否接受个人申报',
  top_tier: '最高层级奖项的名称',
  top_tier_max_per_cycle: '最高层级奖项每届名额上限；原文未定时为空',
  largest_prize_yuan: '单项最高奖金（元）；原文未定时为空',
  exclusion_clauses: '排除情形的条目数',
  longest_ban_years: '禁止再申报的最长年限；无此规定时为空',
  as_of: '状态计算所依据的日期（本数据的构建日）',
};

export const FEED_TITLE = '质量奖图鉴：新增与更新的管理办法';

/** One feed entry's summary: the place, the title, the status as of the build. */
export const feedSummary = (place: string, title: string, status: string): string => `${place}《${title}》。${status}`;

// The form of a regulation is the last word of its title: 管理办法, 实施细则…
const FORMS = ['实施细则', '管理办法', '实施办法', '评审办法', '细则', '办法', '规定', '规则', '条例'];

/** The form a regulation's title names (schema.org legislationType), e.g. 管理办法; undefined when it names none. */
export function legislationForm(title: string): string | undefined {
  const bare = title.replace(/[（(][^）)]*[）)]$/, '');
  return FORMS.find((f) => bare.endsWith(f));
}

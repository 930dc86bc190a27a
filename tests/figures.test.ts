import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { figuresExtractor, findFigures } from '../src/extractors/figures/index.js';
import type { FigureHit, FindFiguresOptions } from '../src/extractors/figures/index.js';
import * as patterns from '../src/extractors/figures/patterns.js';
import type { ExtractContext } from '../src/extractor.js';
import { FigureSchema } from '../src/schema.js';
import type { Figure } from '../src/schema.js';
import { fold } from '../src/text.js';
import { firstMisplaced } from './helpers/contract-problems.js';

/** A figure as a test row states it: the text as written plus the record fields. */
type Expected = Omit<FigureHit, 'start' | 'end'> & { text: string };

function find(text: string, options?: FindFiguresOptions): Expected[] {
  return findFigures(text, fold(text), options).map(({ start, end, ...fields }) => ({
    text: text.slice(start, end),
    ...fields,
  }));
}

/** The input holds exactly one figure, and it is `expected` (fields not named must be absent). */
function expectSingle(input: string, expected: Partial<Expected>) {
  const found = find(input);
  expect(found, input).toHaveLength(1);
  const [hit] = found;
  expect(hit).toMatchObject(expected);
  for (const key of ['qualifier', 'of', 'currency'] as const) {
    if (!(key in expected)) expect(hit, `${input}: ${key}`).not.toHaveProperty(key);
  }
}

function expectNone(input: string, options?: FindFiguresOptions) {
  expect(find(input, options), input).toEqual([]);
}

type Row = readonly [input: string, expected: Partial<Expected>];

function rows(list: ReadonlyArray<Row>) {
  it.each(list)('%s', (input, expected) => expectSingle(input, expected));
}

describe('money', () => {
  rows([
    ['获得主办方3万元的现金奖励', { text: '3万元', kind: 'money', value: 30_000, unit: '元', currency: 'CNY', approx: false, of: '现金奖励' }],
    ['共计投入约3亿元，', { text: '约3亿元', value: 300_000_000, unit: '元', currency: 'CNY', approx: true, qualifier: 'about', of: '投入' }],
    ['产值合计约29.79亿元', { text: '约29.79亿元', value: 2_979_000_000, approx: true, qualifier: 'about', of: '产值', currency: 'CNY' }],
    ['上缴税费总计约10180万元', { text: '约10180万元', value: 101_800_000, of: '税费', qualifier: 'about', currency: 'CNY' }],
    ['项目投入约3.6亿元。', { text: '约3.6亿元', value: 360_000_000, of: '投入', qualifier: 'about', currency: 'CNY' }],
    ['全年实现地区生产总值128.5亿元，', { text: '128.5亿元', value: 12_850_000_000, of: '地区生产总值', currency: 'CNY' }],
    ['总投资810亿元', { text: '810亿元', value: 81_000_000_000, of: '总投资', currency: 'CNY' }],
    ['规模100亿元及以上的企业', { text: '100亿元及以上', value: 10_000_000_000, approx: true, qualifier: 'at-least', currency: 'CNY' }],
    ['募集二百余万元', { text: '二百余万元', value: 2_000_000, approx: true, qualifier: 'more-than', currency: 'CNY' }],
    ['筹资一千多万元', { text: '一千多万元', value: 10_000_000, approx: true, qualifier: 'more-than', currency: 'CNY' }],
    ['价格 ￥675.70', { text: '￥675.70', value: 675.7, unit: '元', currency: 'CNY', of: '价格' }],
    ['价格 ¥55.14', { text: '¥55.14', value: 55.14, unit: '元', currency: 'CNY', of: '价格' }],
    ['捐款 ￥1,100。', { text: '￥1,100', value: 1100, unit: '元', currency: 'CNY', of: '捐款' }],
    ['奖金5000元', { text: '5000元', value: 5000, unit: '元', currency: 'CNY', of: '奖金' }],
    // the currency between the qualifier and the number
    ['投资额约合人民币5亿元', { text: '约合人民币5亿元', value: 500_000_000, approx: true, qualifier: 'about', of: '投资额', currency: 'CNY' }],
    // the noun after a measure word ends before the verb that follows it
    ['数十家企业参展', { text: '数十家', kind: 'count', value: 10, unit: '家', approx: true, qualifier: 'more-than', of: '企业' }],
    ['120家企业入驻园区', { text: '120家', kind: 'count', value: 120, unit: '家', of: '企业' }],
    ['融资2亿美元', { text: '2亿美元', value: 200_000_000, unit: '美元', currency: 'USD', of: '融资' }],
    ['售出300万港元', { text: '300万港元', value: 3_000_000, unit: '港元', currency: 'HKD' }],
    ['售出300万港币', { text: '300万港币', value: 3_000_000, unit: '港币', currency: 'HKD' }],
    ['合同5万欧元', { text: '5万欧元', unit: '欧元', currency: 'EUR', value: 50_000 }],
    ['合计800万日元', { text: '800万日元', unit: '日元', currency: 'JPY', value: 8_000_000 }],
    ['支付20英镑', { text: '20英镑', unit: '英镑', currency: 'GBP', value: 20 }],
    ['募得3億新臺幣', { text: '3億新臺幣', unit: '新臺幣', currency: 'TWD', value: 300_000_000 }],
    ['募得5000新台币', { text: '5000新台币', unit: '新台币', currency: 'TWD', value: 5000 }],
    ['售价 US$25', { text: 'US$25', unit: '美元', currency: 'USD', value: 25, of: '售价' }],
    ['融资 USD 300万', { text: 'USD 300万', unit: '美元', currency: 'USD', value: 3_000_000, of: '融资' }],
    ['注册资本 RMB 500万元', { text: 'RMB 500万元', unit: '元', currency: 'CNY', value: 5_000_000, of: '注册资本' }],
    ['售出200 USD', { text: '200 USD', unit: 'USD', currency: 'USD', value: 200 }],
    // full-width digits; 资助 is not in the `of` list, so no `of`
    ['资助１００万元', { text: '１００万元', value: 1_000_000, currency: 'CNY' }],
    ['拨款1,100万元', { text: '1,100万元', value: 11_000_000, of: '拨款', currency: 'CNY' }],
    ['拨款4.52万元', { text: '4.52万元', value: 45_200, of: '拨款', currency: 'CNY' }],
    ['投资3-5亿元', { text: '3-5亿元', value: 300_000_000, approx: true, qualifier: 'at-least', of: '投资', currency: 'CNY' }],
    ['营收逾百万元', { text: '逾百万元', value: 1_000_000, qualifier: 'more-than', of: '营收', currency: 'CNY' }],
  ]);
});

describe('a company\'s money, shares and counts', () => {
  rows([
    ['以港币500万元收购', { kind: 'money', value: 5e6, unit: '元', currency: 'HKD' }],
    ['补助新臺幣三億五千萬元', { kind: 'money', value: 3.5e8, unit: '元', currency: 'TWD' }],
    ['融资5亿美金', { kind: 'money', value: 5e8, unit: '美金', currency: 'USD', of: '融资' }],
    ['收购价3.8亿新加坡元', { kind: 'money', value: 3.8e8, unit: '新加坡元', currency: 'SGD' }],
    ['总资产356.7亿元', { kind: 'money', value: 3.567e10, unit: '元', currency: 'CNY', of: '总资产' }],
    ['利润总额9.8亿元', { kind: 'money', value: 9.8e8, unit: '元', currency: 'CNY', of: '利润总额' }],
    ['发行A股6,000万股', { kind: 'count', value: 6e7, unit: '股' }],
    ['开展演出30场次', { kind: 'count', value: 30, unit: '场次' }],
    ['手术5.6万台次', { kind: 'count', value: 56000, unit: '台次' }],
  ]);
  it('reads 餘 and 來 as qualifiers, and Macau\'s currency', () => {
    expectSingle('會員二百餘人', { kind: 'people', value: 200, unit: '人', qualifier: 'more-than' });
    expectSingle('新臺幣一千餘萬元', { kind: 'money', value: 1e7, unit: '元', currency: 'TWD', qualifier: 'more-than' });
    expectSingle('澳門幣三千八百萬元', { kind: 'money', value: 3.8e7, unit: '元', currency: 'MOP' });
    expectSingle('MOP$85,000', { kind: 'money', value: 85000, unit: '澳门元', currency: 'MOP' });
  });
  it('a sentence\'s full-width comma is no thousands separator', () => {
    expect(find('MOP 1,500,000，150萬澳門元').map((f) => f.value)).toEqual([1500000, 1500000]);
  });
  it('成立4个人民公社 counts communes, not people; 生猪1200头 counts head', () => {
    expectSingle('成立4个人民公社', { kind: 'count', value: 4, unit: '个', of: '人民公社' });
    expectSingle('生猪1200头', { kind: 'count', value: 1200, unit: '头' });
    expectNone('一头雾水');
  });
  it('零部件 and 一股份 hold no figure', () => {
    expectNone('汽车零部件有限公司成立');
    expectNone('改制为一股份制企业');
  });
});

describe('people', () => {
  rows([
    ['慰问了武汉地区 7 位专家和', { text: '7 位', kind: 'people', value: 7, unit: '位', of: '专家' }],
    ['陈志河等6名台商企业家代表，', { text: '6名', kind: 'people', value: 6, unit: '名', of: '台商企业家代表' }],
    ['评审中级职称 57 人，', { text: '57 人', kind: 'people', value: 57, unit: '人' }],
    ['用工合计约900人。', { text: '约900人', kind: 'people', value: 900, approx: true, qualifier: 'about', of: '用工' }],
    ['秘书处人员一行四人走访', { text: '四人', kind: 'people', value: 4, unit: '人' }],
    ['专家代表一行28人到江西', { text: '28人', kind: 'people', value: 28, unit: '人' }],
    ['参加审查会的100余名水电专家学者、教授', { text: '100余名', value: 100, unit: '名', approx: true, qualifier: 'more-than', of: '水电专家学者' }],
    ['参加的四名同学全部获得', { text: '四名', value: 4, unit: '名', of: '同学' }],
    ['有51名医务人员。', { text: '51名', value: 51, of: '医务人员' }],
    ['接待游客1.2万人次', { text: '1.2万人次', value: 12_000, unit: '人次' }],
    ['参会近百人', { text: '近百人', value: 100, approx: true, qualifier: 'less-than' }],
    ['员工百余人', { text: '百余人', value: 100, approx: true, qualifier: 'more-than', of: '员工' }],
    ['吸引数百人参加', { text: '数百人', value: 100, approx: true, qualifier: 'more-than' }],
    ['到场两三个人', { text: '两三个人', value: 2, unit: '人', approx: true, qualifier: 'at-least' }],
    ['参与者三四十人', { text: '三四十人', value: 30, approx: true, qualifier: 'at-least' }],
    ['一二百人', { text: '一二百人', value: 100, approx: true, qualifier: 'at-least' }],
    ['十几位老师', { text: '十几位', value: 10, approx: true, qualifier: 'more-than', of: '老师' }],
  ]);
});

describe('count', () => {
  rows([
    ['慰问了 13 家成员单位。', { text: '13 家', kind: 'count', value: 13, unit: '家', of: '成员单位' }],
    ['动态新闻 36 条，', { text: '36 条', kind: 'count', value: 36, unit: '条' }],
    ['等十四项新技术新产品应用推广的演讲', { text: '十四项', value: 14, unit: '项' }],
    ['项目一共有5个，分别是', { text: '5个', value: 5, unit: '个' }],
    ['申报材料 200 余件，', { text: '200 余件', value: 200, approx: true, qualifier: 'more-than' }],
    ['组织河南省10家技师学院组建联盟职教集团', { text: '10家', value: 10, of: '技师学院' }],
    ['问卷 1 份。', { text: '1 份', value: 1, unit: '份' }],
    ['三达膜三家企业进行考察', { text: '三家', value: 3, of: '企业' }],
    ['全县将43个小乡并为', { text: '43个', value: 43, unit: '个', of: '小乡' }],
    ['有8家旗舰店', { text: '8家', value: 8, of: '旗舰店' }],
    ['苏州发展到10家调剂行', { text: '10家', value: 10, of: '调剂行' }],
    ['本系目前設有學士班兩班，', { text: '兩班', value: 2, unit: '班' }],
    ['ABB、施耐德等15家在厦联盟成员单位参与交流', { text: '15家', value: 15 }],
    ['合作社462个，', { text: '462个', value: 462 }],
    ['这是一个重要的里程碑', { text: '一个', value: 1, unit: '个' }],
    ['建成3座水电站', { text: '3座', value: 3, unit: '座', of: '水电站' }],
    ['连续三届获奖', { text: '三届', kind: 'count', value: 3, unit: '届' }],
    ['十来个单位', { text: '十来个', value: 10, approx: true, qualifier: 'about', of: '单位' }],
    ['拍摄两部电影', { text: '两部', value: 2, unit: '部', of: '电影' }],
  ]);
});

describe('length, area, weight, duration, percent, other', () => {
  rows([
    ['架设 7 公里电缆', { text: '7 公里', kind: 'length', value: 7, unit: '公里', of: '电缆' }],
    ['全长15千米', { text: '15千米', kind: 'length', value: 15, unit: '千米' }],
    ['顺利通电 3 天架设', { text: '3 天', kind: 'duration', value: 3, unit: '天' }],
    ['开展为期两天的考察访问', { text: '两天', kind: 'duration', value: 2, unit: '天' }],
    ['前五年产值', { text: '前五年', kind: 'duration', value: 5, unit: '年' }],
    ['近三年来', { text: '近三年', kind: 'duration', value: 3, unit: '年', approx: false }],
    ['给域名续费五年', { text: '五年', kind: 'duration', value: 5, unit: '年' }],
    ['工期3个月', { text: '3个月', kind: 'duration', value: 3, unit: '个月', of: '工期' }],
    ['迎来建校百周年', { text: '百周年', kind: 'duration', value: 100, unit: '周年' }],
    ['历时一个多月', { text: '一个多月', kind: 'duration', value: 1, unit: '个月', approx: true, qualifier: 'more-than' }],
    ['休息三五天', { text: '三五天', kind: 'duration', value: 3, unit: '天', approx: true, qualifier: 'at-least' }],
    ['工期1-2个月', { text: '1-2个月', kind: 'duration', value: 1, unit: '个月', approx: true, qualifier: 'at-least', of: '工期' }],
    ['成立十周年', { text: '十周年', kind: 'duration', value: 10, unit: '周年' }],
    ['培训两周', { text: '两周', kind: 'duration', value: 2, unit: '周' }],
    ['会议持续3小时', { text: '3小时', kind: 'duration', value: 3, unit: '小时' }],
    ['用了十分钟', { text: '十分钟', kind: 'duration', value: 10, unit: '分钟' }],
    ['合格率77.6%', { text: '77.6%', kind: 'percent', value: 77.6, unit: '%', of: '合格率' }],
    ['入社农户达93%。', { text: '93%', kind: 'percent', value: 93, unit: '%' }],
    ['增长百分之三十', { text: '百分之三十', kind: 'percent', value: 30, unit: '%', of: '增长' }],
    ['占百分之三点五', { text: '百分之三点五', kind: 'percent', value: 3.5, unit: '%' }],
    ['占比９５％', { text: '９５％', kind: 'percent', value: 95, unit: '%', of: '占比' }],
    ['提高2个百分点', { text: '2个百分点', kind: 'percent', value: 2, unit: '个百分点' }],
    ['占地5000平方米', { text: '5000平方米', kind: 'area', value: 5000, unit: '平方米', of: '占地' }],
    ['流转土地10亩', { text: '10亩', kind: 'area', value: 10, unit: '亩' }],
    ['建筑面积2.5万平方米', { text: '2.5万平方米', kind: 'area', value: 25_000, of: '面积' }],
    ['年产200吨', { text: '200吨', kind: 'weight', value: 200, unit: '吨' }],
    ['重3千克', { text: '3千克', kind: 'weight', value: 3, unit: '千克' }],
    ['110千伏变电站', { text: '110千伏', kind: 'other', value: 110, unit: '千伏' }],
    ['装机4万千瓦', { text: '4万千瓦', kind: 'other', value: 40_000, unit: '千瓦' }],
    ['增长3倍', { text: '3倍', kind: 'other', value: 3, unit: '倍', of: '增长' }],
    ['时年18岁', { text: '18岁', kind: 'other', value: 18, unit: '岁' }],
  ]);
});

describe('ordinal', () => {
  rows([
    ['第二届全国输配电产业苏州论坛', { text: '第二届', kind: 'ordinal', value: 2, unit: '届' }],
    ['第四届红电创新大赛', { text: '第四届', kind: 'ordinal', value: 4, unit: '届' }],
    ['第三次会议', { text: '第三次', kind: 'ordinal', value: 3, unit: '次' }],
    ['参加第39届ACM-ICPC', { text: '第39届', kind: 'ordinal', value: 39, unit: '届' }],
    ['参加39届ACM-ICPC', { text: '39届', kind: 'ordinal', value: 39, unit: '届' }],
    ['招收第一屆研究生', { text: '第一屆', kind: 'ordinal', value: 1, unit: '屆' }],
    ['第十一届亚运', { text: '第十一届', kind: 'ordinal', value: 11 }],
    ['第 3 期培训班', { text: '第 3 期', kind: 'ordinal', value: 3, unit: '期' }],
    ['第二批试点', { text: '第二批', kind: 'ordinal', value: 2, unit: '批' }],
    ['第五轮谈判', { text: '第五轮', kind: 'ordinal', value: 5, unit: '轮' }],
    ['获得第一名', { text: '第一名', kind: 'ordinal', value: 1, unit: '名' }],
    ['第一家线下门店', { text: '第一家', kind: 'ordinal', value: 1, unit: '家' }],
    ['首届网页设计大赛', { text: '首届', kind: 'ordinal', value: 1, unit: '届' }],
    ['提交了第一行代码', { text: '第一行', kind: 'ordinal', value: 1, unit: '行' }],
  ]);
  it('reads 一届四次 as two ordinals: the fourth session of the first congress', () => {
    expect(find('召开县一届四次人代会。').map((f) => [f.text, f.kind, f.value])).toEqual([
      ['一届', 'ordinal', 1],
      ['四次', 'ordinal', 4],
    ]);
  });
});

describe('qualifiers', () => {
  const q = (text: string) => {
    const [hit] = find(text);
    return hit ? [hit.text, hit.approx, hit.qualifier ?? null] : null;
  };
  it.each([
    ['约100人', ['约100人', true, 'about']],
    ['大约100人', ['大约100人', true, 'about']],
    ['100人左右', ['100人左右', true, 'about']],
    ['100人上下', ['100人上下', true, 'about']],
    ['100余人', ['100余人', true, 'more-than']],
    ['100多人', ['100多人', true, 'more-than']],
    ['逾100人', ['逾100人', true, 'more-than']],
    ['超过100人', ['超过100人', true, 'more-than']],
    ['100人之多', ['100人之多', true, 'more-than']],
    ['近100人', ['近100人', true, 'less-than']],
    ['将近100人', ['将近100人', true, 'less-than']],
    ['不到100人', ['不到100人', true, 'less-than']],
    ['不足100人', ['不足100人', true, 'less-than']],
    ['100人以下', ['100人以下', true, 'less-than']],
    ['100人以上', ['100人以上', true, 'at-least']],
    ['100人及以上', ['100人及以上', true, 'at-least']],
    ['至少100人', ['至少100人', true, 'at-least']],
    ['不少于100人', ['不少于100人', true, 'at-least']],
    ['上千人', ['上千人', true, 'at-least']],
    ['近百人', ['近百人', true, 'less-than']],
    ['3年多', ['3年多', true, 'more-than']],
    ['100人', ['100人', false, null]],
    // 签约/合约: 约 ends a word, it is no qualifier
    ['签约3家企业', ['3家', false, null]],
    ['最近3天', ['3天', false, null]],
    // 会上: 上 counts only before a bare multiplier (上百)
    ['会上5家企业', ['5家', false, null]],
  ] as const)('%s', (input, expected) => {
    expect(q(input)).toEqual(expected);
  });
});

describe('not figures', () => {
  it.each([
    // numerals inside words
    '一行人莅临', '吴建平一行人', '马丽一行走访', '一同讨论', '统一部署', '第一时间', '厦门万久', '南平创四方', '三达膜',
    '四大媒体平台', '八大员培训', '一或多次', '一体化', '高度一致', '之一', '唯一', '十分重要', '万一', '三三两两',
    '一带一路', '双循环', '内外双循环', '新一轮的繁荣', '一次性', '一元化', '千万要小心', '同一批',
    // 一批/一种: 一 as "a", no count
    '形成一批拥有核心竞争力的产品', '推动一批持续创新能力的企业', '一种新模式',
    // dates, years, date labels
    '2020年', '2020 年', '1月4日', '2019 年度', '2020年度', '二〇二〇年', '一九五六年', '民國七十八年', '民国九十九年',
    '98年3月', '78學年度', '2014年校ACM', '1992年 爱收宝', '90年代', '三年级', '8日上午', '九月份开始', '4月14至16日',
    // labels, cohorts, awards, codes, names
    '15级新生', '一等奖', '二等奖', '西北一八二队', '群号：791856541', '2018-02-18:', 'gmt-china.org',
    'http://docs.gmt-china.org', '78\t本系前身', '101\t更改為資訊管理系', '综合总得分第一', '第六党支部',
    'COVID-19疫情', '5G基站', '位居全省第一和第二',
    // version strings: v2.0 项目 holds no "0 项"; 一行 is a delegation, never lines
    '启动了 v2.0 项目的研发', '发布 v1.0.0 版', '市长一行莅临',
    // bare numbers
    '791856541', '3.6', '二十',
    // bare multipliers without a qualifier
    '百人团', '万人空巷',
  ])('%j', (input) => expectNone(input));

  it('never reads a number inside an excluded range', () => {
    expectNone('为期两天', { exclude: [[2, 4]] });
    expect(find('为期两天', { exclude: [[0, 2]] })).toHaveLength(1);
  });
});

describe('findFigures: offsets', () => {
  it('returns offsets into the text, equal to the folded view', () => {
    const text = '共计投入约３亿元，用工合计约９００人。';
    const hits = findFigures(text, fold(text));
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['约３亿元', '约９００人']);
  });
  it('throws on a norm that is not the folded text (API misuse)', () => {
    expect(() => findFigures('3人', '')).toThrow(/^dashiji: findFigures: `norm` must be fold\(text\)/);
    expect(() => findFigures('3人', '')).toThrow(TypeError);
  });
  it('is stable across calls (the global scanner is reset)', () => {
    const a = find('3人、4人');
    expect(find('3人、4人')).toEqual(a);
    expect(a).toHaveLength(2);
  });
});

// ---------------------------------------------------------------------------------------------
// The reference chronicle: every figure of every entry, written by hand in tests/data.

interface FixtureData {
  entries: Array<{ label: string; figures: Expected[] }>;
}

/** Entry bodies: split on the `N、` labels, drop the entry's own date, join page breaks. */
function entryBodies(text: string): Array<{ label: string; body: string }> {
  const out: Array<{ label: string; body: string }> = [];
  const labels = [...text.matchAll(/^(\d+)、/gm)];
  labels.forEach((m, i) => {
    const from = m.index + m[0].length;
    const to = labels[i + 1]?.index ?? text.length;
    const body = text
      .slice(from, to)
      .replace(/\s*\n\s*/g, '')
      .replace(/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*-\s*\d{1,2}\s*日)?[，,]?/, '')
      .trim();
    out.push({ label: m[1]!, body });
  });
  return out;
}

describe('the reference chronicle', () => {
  const fixture = readFileSync(new URL('../fixtures/2020-power-alliance-chronicle.txt', import.meta.url), 'utf8');
  const data = JSON.parse(readFileSync(new URL('./data/figures-fixture.json', import.meta.url), 'utf8')) as FixtureData;
  const bodies = entryBodies(fixture);

  it('has one expectation per entry, labels in order (33 and 34 repeat)', () => {
    expect(data.entries.map((e) => e.label)).toEqual(bodies.map((b) => b.label));
  });

  it.each(bodies.map((b, i) => [i + 1, b.label, b.body] as const))('entry %i (label %s)', (ordinal, _label, body) => {
    expect(find(body)).toEqual(data.entries[ordinal - 1]!.figures);
  });

  it('finds the same figures in the whole text as in the bodies', () => {
    const all = find(fixture.replace(/\s*\n\s*(?=[^\d\n])/g, ''));
    expect(all.length).toBe(data.entries.reduce((n, e) => n + e.figures.length, 0));
  });
});

describe('the six development chronicles', () => {
  const corpus = (name: string) => readFileSync(`/work/shared/corpus/${name}`, 'utf8');
  const texts = (name: string) => find(corpus(name)).map((f) => f.text);
  it.runIf(existsCorpus())('reads the figures the corpus README points at', () => {
    expect(texts('01-gmt-china-community-timeline.txt')).toEqual(['五年', '￥675.70', '一年', '￥135.14', '一年', '￥55.14']);
    expect(texts('02-jxnu-acs-association-history.txt')).toContain('第39届');
    expect(texts('02-jxnu-acs-association-history.txt')).not.toContain('15级');
    expect(texts('03-takming-im-dept-history-zh-hant.txt')).toEqual(['兩班', '第一屆', '一班']);
    expect(texts('04-ishoubao-company-history.txt')).toEqual(['10家', '8家', '第一家', '第二家']);
    expect(texts('05-shiquan-county-1990.txt')).toContain('100余名');
    expect(texts('06-meixian-county-1955-1958.txt')).toEqual(expect.arrayContaining(['43个', '18个', '5个', '93%', '462个', '7人', '51名']));
  });
});

function existsCorpus(): boolean {
  try {
    readFileSync('/work/shared/corpus/README.md');
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// The extractor, with a hand-made context.

function context(text: string, times: unknown[] = [], offset = 100): ExtractContext {
  const results: Record<string, readonly unknown[]> = times.length ? { times } : {};
  return {
    text,
    norm: fold(text),
    item: (start, end) => ({ text: text.slice(start, end), span: { start: start + offset, end: end + offset } }),
    bodyOffset: (original) => Math.min(text.length, Math.max(0, original - offset)),
    entry: { ordinal: 1, label: '1', date: null, span: { start: 0, end: text.length + offset } },
    document: { title: null, year: 2020, subject: null },
    heading: { year: null, month: null },
    previousDate: null,
    segmenter: { cut: (s) => [s] },
    words: () => [],
    tagged: () => [],
    results,
    report: () => undefined,
  };
}

describe('figuresExtractor', () => {
  it('is named figures and yields valid Figure records with original spans', () => {
    expect(figuresExtractor.name).toBe('figures');
    const out = figuresExtractor.extract(context('共计投入约3亿元，用工合计约900人。'));
    expect(out).toEqual([
      { kind: 'money', value: 300_000_000, unit: '元', currency: 'CNY', approx: true, qualifier: 'about', of: '投入', text: '约3亿元', span: { start: 104, end: 108 } },
      { kind: 'people', value: 900, unit: '人', approx: true, qualifier: 'about', of: '用工', text: '约900人', span: { start: 113, end: 118 } },
    ]);
    for (const f of out) expect(FigureSchema.parse(f)).toEqual(f);
  });

  it('skips numbers the times extractor claimed (spans in original offsets)', () => {
    // 为期两天 read as a period by a date reader: 两天 at body 2..4, original 102..104
    const claimed = [{ start: '2020-08-09', end: '2020-08-10', precision: 'day', text: '两天', span: { start: 102, end: 104 } }];
    expect(figuresExtractor.extract(context('为期两天的考察', claimed))).toEqual([]);
    expect(figuresExtractor.extract(context('为期两天的考察'))).toHaveLength(1);
  });

  it('is typed: Figure records out, FigureHit from the pure function', () => {
    expectTypeOf(figuresExtractor.extract).returns.toEqualTypeOf<Figure[]>();
    expectTypeOf(findFigures).returns.toEqualTypeOf<FigureHit[]>();
    expectTypeOf(figuresExtractor.name).toEqualTypeOf<'figures'>();
  });

  it('ignores times items without a span', () => {
    expect(figuresExtractor.extract(context('为期两天', [{ nope: true }, null]))).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------
// The first-character gate: FIGURE runs only where FIGURE_FIRST says a hit can start. A missing
// character would silently drop figures, a dead one would only cost time; check both ways.

describe('FIGURE_FIRST: the characters a figure can start with', () => {
  // Every character a hit can hold is written in FIGURE's source (it has no `.`, no negated
  // class, no \d or \w), so its first character is one of them: try each with continuations that
  // complete every alternative (百分之一, 首届, US$5, RMB5, 3元 …).
  const continuations = ['元', '个', '届', '分之一', '人', 'S$5', 'SD5', 'K$5', 'KD5', 'T$5', 'WD5', 'MB5', 'NY5', 'UR5', 'PY5', 'BP5', 'OP5', 'OP$5', '5', '5元', '$5'];
  const sticky = new RegExp(patterns.FIGURE.source, 'y');
  const startsAHit = (c: string) =>
    continuations.some((rest) => {
      sticky.lastIndex = 0;
      return sticky.test(c + rest);
    });
  const sourceChars = [...new Set(patterns.FIGURE.source)];

  it('lists every character of the scanner that starts a hit', () => {
    const missing = sourceChars.filter((c) => startsAHit(c) && !patterns.FIGURE_FIRST.includes(c));
    expect(missing).toEqual([]);
  });

  it('lists no character that starts no hit', () => {
    const dead = [...patterns.FIGURE_FIRST].filter((c) => !startsAHit(c));
    expect(dead).toEqual([]);
  });

  it.each([
    ['a space before a number', ' 3个'],
    ['a unit alone', '元'],
    ['a qualifier alone', '左右'],
  ])('a character outside the list starts no hit: %s', (_name, input) => {
    sticky.lastIndex = 0;
    expect(sticky.test(input)).toBe(false);
  });

  it.each([
    ['a hit at the very end', '共有3人', ['3人']],
    ['hits back to back', '3人5家', ['3人', '5家']],
    ['a gate character that starts nothing, then a hit', '首先二十人', ['二十人']],
    ['a currency code after letters is no hit (the lookbehind still sees the text before)', 'XRMB5 ¥5', ['¥5']],
  ])('the gated scan finds what a scan of every position finds: %s', (_name, input, expected) => {
    expect(find(input).map((f) => f.text)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// ReDoS: no pattern may backtrack catastrophically (zod's redos.test.ts does the same).

describe('patterns: no catastrophic backtracking', () => {
  const regexes = Object.entries(patterns).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);

  it.each(regexes)('%s has only bounded repetition and no quantified group that repeats inside', (_name, re) => {
    const problems = structuralProblems(re.source);
    expect(problems).toEqual([]);
  });

  it('the structural check itself catches what it must', () => {
    expect(structuralProblems('(a+)+')).not.toEqual([]);
    expect(structuralProblems('(?:a{1,3}){2,5}')).not.toEqual([]);
    expect(structuralProblems('a*')).not.toEqual([]);
    expect(structuralProblems('a{2,}')).not.toEqual([]);
    expect(structuralProblems('(?:ab|c){1,3}[+*]\\+(?:d{1,2})?')).toEqual([]);
  });

  const hostile = [
    '一'.repeat(5000),
    '1'.repeat(5000) + '亿',
    '1,'.repeat(3000),
    '约'.repeat(3000) + '3',
    '第'.repeat(3000),
    '三两'.repeat(3000) + '个',
    ('百分之' + '一'.repeat(20)).repeat(300),
    '一二三四五六七八九十百千万亿'.repeat(400) + '元',
    '的'.repeat(5000),
    '0.'.repeat(3000) + '%',
  ];
  // Speed is the benchmark's business (and recheck's, in redos.test.ts); hostile input must still
  // give well-formed figures: ordered, inside the input, finite and non-negative.
  it('findFigures gives well-formed figures on hostile input', () => {
    for (const input of hostile) {
      const found = findFigures(input, fold(input));
      expect(firstMisplaced(found, input), input.slice(0, 20)).toBeNull();
      for (const f of found) expect(Number.isFinite(f.value) && f.value >= 0).toBe(true);
    }
  });
});

/**
 * A small structural check of a regex source: every quantifier bounded ({m,n}, ?), and no
 * quantified group that itself contains a quantifier. Character classes and escapes are skipped.
 */
function structuralProblems(source: string): string[] {
  const problems: string[] = [];
  const stack: Array<{ hasQuantifier: boolean; start: number }> = [];
  let i = 0;
  const markQuantified = () => {
    const top = stack[stack.length - 1];
    if (top) top.hasQuantifier = true;
  };
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '[') {
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === '(') {
      stack.push({ hasQuantifier: false, start: i });
      i++;
      continue;
    }
    if (c === ')') {
      const group = stack.pop()!;
      const next = source.slice(i + 1);
      const quantified = /^(?:[*+]|\{\d+(?:,\d*)?\})/.test(next);
      const repeats = /^(?:[*+]|\{\d+,\d*\}|\{(?:[2-9]|\d{2,})\})/.test(next);
      if (repeats && group.hasQuantifier) problems.push(`nested quantifier at ${group.start}: ${source.slice(group.start, i + 1)}`);
      if (group.hasQuantifier || quantified) markQuantified();
      i++;
      continue;
    }
    if (c === '*' || c === '+') {
      problems.push(`unbounded ${c} at ${i}`);
      markQuantified();
    } else if (c === '{') {
      const q = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (q) {
        if (q[2] !== undefined && q[3] === '') problems.push(`unbounded {n,} at ${i}`);
        markQuantified();
        i += q[0].length;
        continue;
      }
    } else if (c === '?' && i > 0 && !'(:'.includes(source[i - 1]!)) {
      // an optional item is bounded; mark it so (a)? inside (…){2,} still counts
      markQuantified();
    }
    i++;
  }
  return problems;
}

import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  compileVocabulary,
  EVENT_TYPE_LABELS,
  EVENT_TYPES,
  EventTypeSchema,
  eventTypes,
  findEventTypes,
  TRIGGER_GUARDS,
  typesExtractor,
} from '../src/extractors/types/index.js';
import type { EventType } from '../src/extractors/types/index.js';
import { BOOK_TITLE, GAP } from '../src/extractors/types/patterns.js';
import { createParser, defaultParser, parseChronicle } from '../src/index.js';
import { fold } from '../src/text.js';

const DEFAULTS = compileVocabulary(EVENT_TYPES, TRIGGER_GUARDS);

/** Types found in `text` with the default vocabulary, each with its trigger words as written. */
function find(text: string, vocabulary = DEFAULTS, exclude?: Array<[number, number]>) {
  return findEventTypes(fold(text), vocabulary, exclude ? { exclude } : {}).map(({ type, triggers }) => ({
    type,
    triggers: triggers.map(({ start, end }) => text.slice(start, end)),
  }));
}

function typesOf(text: string): string[] {
  return find(text).map((t) => t.type);
}

type Row = readonly [input: string, trigger: string];

/** Each row: the input has the type, and `trigger` is among the words that said so. */
function rows(type: string, list: ReadonlyArray<Row>) {
  describe(type, () => {
    it.each(list)('%s', (input, trigger) => {
      const hit = find(input).find((t) => t.type === type);
      expect(hit, `${input} → ${type}`).toBeDefined();
      expect(hit!.triggers).toContain(trigger);
    });
  });
}

rows('meeting', [
  ['第二届全国输配电产业苏州论坛在苏州成功举办', '论坛'],
  ['召开2021年工作会议', '会议'],
  ['联盟应邀参加第三届中部地区变电设备产业峰会', '峰会'],
  ['厦门台商企业合作恳谈会在厦门召开', '恳谈会'],
  ['与企业家进行产业技术创新座谈会', '座谈'],
  ['举办职称评定交流会', '交流会'],
  ['15家成员单位参与交流研讨', '研讨'],
  ['召开县一届四次人代会', '召开'],
]);
rows('signing', [
  ['与瑞金市国家经济开发区签署招商引资代理协议', '签署'],
  ['共同见证智龙传动项目落地签约', '签约'],
  ['市政府与省农业科学院签订合作框架协议', '签订'],
  ['双方签署合作备忘录', '备忘录'],
]);
rows('visit', [
  ['吴建平一行人莅临联盟秘书处考察交流', '莅临'],
  ['到罗普特科技集团调研产业互联网发展', '调研'],
  ['走访联盟成员单位今日集团', '走访'],
  ['拜访深圳电力协会', '拜访'],
  ['厦门市人社局第六党支部来访联盟秘书处', '来访'],
  ['陕西省省长白清才视察石泉缫丝厂', '视察'],
  ['中共陕西省委书记张勃兴,来石泉检查蚕桑生产发展情况', '检查'],
]);
rows('appointment', [
  ['颁发了市政府经济顾问聘书', '聘书'],
  ['参加聘任仪式', '聘任'],
  ['举行高级经济顾问受聘仪式', '受聘'],
  ['选举那履坤为县政协主席', '选举那履坤为'],
  ['任命王强为办公室主任', '任命'],
  ['张伟当选为市长', '当选'],
]);
rows('review', [
  ['举办职称评定交流会', '评定'],
  ['评审中级职称 57 人', '评审'],
  ['开展年度输配电产业创新型企业评选活动', '评选'],
  ['蚕桑科技示范基地验收合格', '验收'],
]);
rows('award', [
  ['第四届红电创新大赛总决赛在厦门圆满落幕', '大赛'],
  ['以综合总得分第一摘得桂冠', '摘得'],
  ['王集荣获演员二等奖', '二等奖'],
  ['石泉县获夏季粮油丰产达标粮食一等奖', '一等奖'],
  ['省政府授予石泉县“模范县”称号', '授予'],
  ['参加的四名同学全部获得国家二等奖', '二等奖'],
  ['第39届ACM-ICPC亚洲区西安邀请赛', '邀请赛'],
]);
rows('training', [
  ['进行产业技术人才培养和产业技能培训创新模式', '人才培养'],
  ['对报名的同学组织专业技能培训', '培训'],
  ['协会举办第一次算法组招新宣传会', '招新'],
  ['构建产教全方位全过程深度融合的协同育人长效机制', '育人'],
  ['协会组织算法组暑假集训', '集训'],
]);
rows('publicity', [
  ['播报动态新闻 36 条', '播报'],
  ['市政府发布《关于优化营商环境的若干意见》', '发布'],
  ['提出倡议', '倡议'],
  ['疫情防控宣传、建议 14 条', '宣传'],
  ['《郿县报》创刊', '创刊'],
  ['系统地宣贯相关政策', '宣贯'],
]);
rows('investment', [
  ['共同见证智龙传动项目落地签约，项目投入约3.6亿元', '项目落地'],
  ['共计投入约3亿元', '投入'],
  ['前五年产值合计约29.79亿元', '产值'],
  ['介绍瑞金经济开发区园区招商', '招商'],
  ['欢迎联盟企业家到龙岩投资兴业', '投资'],
  ['完成A轮融资', '融资'],
]);
rows('founding', [
  ['江西师范大学ACM协会正式成立', '成立'],
  ['梁群在江苏无锡设立福生珠宝有限公司', '设立'],
  ['爱收宝平台正式上线', '上线'],
  ['第一家线下门店木渎天虹店开业', '开业'],
  ['建立 GMT 问答社区', '建立'],
  ['组织河南省10家技师学院组建联盟职教集团', '组建'],
]);
rows('construction', [
  ['地铁1号线一期工程开工', '开工'],
  ['本县第一座水电站——西柿林水电站建成', '建成'],
  ['新图书馆落成', '落成'],
  ['新校区正式投入使用', '投入使用'],
]);
rows('reorganization', [
  ['江西师范大学ACM协会更名为“计算机科学协会”', '更名'],
  ['改名為資訊管理科', '改名'],
  ['更改為資訊管理系並附設專科部', '更改為'],
  ['本校升格為德明技術學院', '升格'],
  ['撤销槐芽区', '撤销'],
  ['两所学校合并组建新大学', '合并'],
  ['关闭 GMT 问答社区', '关闭'],
]);
rows('cooperation', [
  ['希望与联盟开展合作', '合作'],
  ['与许昌电气职业学院合作共建红电产业学院', '共建'],
  ['联合深圳市电力行业协会召开论坛', '联合'],
  ['协会正式加入“CSDN”高校俱乐部', '加入'],
]);
rows('ceremony', [
  ['瑞金市政府党组成员罗林生主持颁证仪式', '仪式'],
  ['举行全国产业人才教育培养中心揭牌仪式', '揭牌'],
  ['学校举行建校70周年纪念大会', '周年'],
]);
rows('culture', [
  ['县剧团在省第一届戏曲观摩演出大会上演出', '演出'],
  ['举办县第二届民间艺术会演大会', '会演'],
  ['第三届全民健身运动会在市体育中心举行', '运动会'],
]);
rows('research', [
  ['开始研发估计系统', '研发'],
  ['新增国家自然科学基金立项86项', '立项'],
]);
rows('politics', [
  ['召开县一届四次人代会', '人代会'],
  ['召开中共郿县第三届代表大会', '代表大会'],
  ['政协石泉县第七届委员会第一次会议召开', '政协'],
  ['肃反运动在全县展开', '运动'],
  ['100余名农民集体到县政府上访', '上访'],
]);
rows('incident', [
  ['全市遭遇特大洪水', '洪水'],
  ['组织3000余人抢险救灾', '抢险'],
]);

describe('the vocabulary', () => {
  it('has a Chinese label for every default type', () => {
    expect(Object.keys(EVENT_TYPE_LABELS).sort()).toEqual(Object.keys(EVENT_TYPES).sort());
  });
  it('lists no trigger twice and no empty one', () => {
    const all = Object.values(EVENT_TYPES).flat();
    expect(all.filter((t) => t.length === 0)).toEqual([]);
    expect(all.length).toBe(new Set(all).size);
  });
  it('is frozen', () => {
    expect(Object.isFrozen(EVENT_TYPES)).toBe(true);
    expect(Object.isFrozen(TRIGGER_GUARDS)).toBe(true);
  });
});

describe('overlaps and guards', () => {
  it('longest match wins', () => {
    expect(find('召开中共郿县第三届代表大会')).toEqual([
      { type: 'meeting', triggers: ['召开'] },
      { type: 'politics', triggers: ['代表大会'] },
    ]);
    expect(typesOf('新校区投入使用')).toEqual(['construction']);
    expect(typesOf('第三届全民健身运动会')).toEqual(['culture']);
  });

  // Trigger words inside longer words of another meaning: nothing, or only the right type.
  it.each([
    ['全县建初级、高级农业生产合作社462个', []],
    ['厦龙合作区地块及周边配套建设情况', []],
    ['市工商联合会', []],
    ['全县建立中西联合诊所9个', ['founding']],
    ['苏联爬山运动员来郿', []],
    ['江西师范大学ACM竞赛队第一次进入亚洲区域赛', []],
    ['获得主办方3万元的现金奖励', []],
    ['许昌电气职业学院', []],
  ] as const)('%s', (input, types) => {
    expect(typesOf(input)).toEqual(types);
  });

  it('ignores triggers inside a book title 《…》', () => {
    expect(typesOf('播报《钟南山团队发布新型冠状病毒感染的肺炎居家康复及防护策略》')).toEqual(['publicity']);
    expect(find('播报《钟南山团队发布防护策略》')[0]!.triggers).toEqual(['播报']);
    expect(typesOf('《武汉雷神山医院顺利通电 3 天架设 7 公里电缆》')).toEqual([]);
  });

  it('ignores triggers inside excluded ranges (names found by the entities extractor)', () => {
    const text = '厦门市台商投资企业协会代表介绍各自企业情况';
    expect(typesOf(text)).toEqual(['investment']);
    expect(find(text, DEFAULTS, [[0, 11]])).toEqual([]);
  });

  it('counts a long trigger that ends a body\'s name, and no other trigger in it', () => {
    const types = (text: string, bodies: Array<[number, number]>) => findEventTypes(fold(text), DEFAULTS, { bodies }).map((t) => t.type);
    // 市第十五届人民代表大会 is a congress; 政协 in 全国政协副主席 and 投资 inside a name are not events.
    expect(types('市第十五届人民代表大会开幕', [[0, 11]])).toContain('politics');
    expect(types('全国政协副主席来访', [[0, 4]])).not.toContain('politics');
    expect(types('厦门市台商投资企业协会代表介绍', [[0, 11]])).not.toContain('investment');
  });

  it('matches a gapped trigger only inside one clause', () => {
    expect(find('选举毕远堂为县人大常委会主任')).toContainEqual({ type: 'appointment', triggers: ['选举毕远堂为'] });
    expect(typesOf('选举工作顺利结束。会议认为')).not.toContain('appointment');
  });

  // Triggers are tried only where a trigger's first character stands; a gapped trigger resumes
  // after its last hit, as a scan of the whole body would. These rows (checked against the scan
  // of every position it replaced) pin the cases where a careless gate would differ from it.
  it.each([
    // a guard longer than the gapped hit takes its first character; a second 聘 inside the hit
    // must not start a hit of its own (a scan resumes after a hit), so no appointment at all
    ['a gapped trigger does not restart inside its own hit', { appoint: ['聘…为'] }, ['一二三四五六聘张'], '一二三四五六聘张三聘李四为主任', []],
    ['two hits of one gapped trigger', { appoint: ['聘…为'] }, [], '聘甲为主任，聘乙为顾问', [{ type: 'appoint', triggers: ['聘甲为', '聘乙为'] }]],
    ['a gapped trigger with no first word is tried everywhere', { any: ['…任'] }, [], '张三任主任', [{ type: 'any', triggers: ['张三任', '主任'] }]],
    ['a literal and a gapped trigger of the same length and start: the literal', { tie: ['甲乙丙'], tie2: ['甲…丙'] }, [], '甲乙丙', [{ type: 'tie', triggers: ['甲乙丙'] }]],
    ['no first character of any trigger: nothing', { appoint: ['聘…为'], tie: ['甲乙丙'] }, [], '张三李四为主任', []],
  ] as const)('the first-character gate: %s', (_name, table, guards, text, expected) => {
    expect(find(text, compileVocabulary(table, guards))).toEqual(expected);
  });

  it('finds every occurrence, in order, and types in order of first trigger', () => {
    const [first, second] = find('论坛阶段结束后签署协议，论坛闭幕');
    expect(first).toEqual({ type: 'meeting', triggers: ['论坛', '论坛'] });
    expect(second).toEqual({ type: 'signing', triggers: ['签署', '协议'] });
  });

  it('matches traditional spellings of the simplified vocabulary', () => {
    expect(typesOf('召開第三屆會員大會')).toEqual(['meeting']);
    expect(typesOf('與台積電簽署合作協議')).toEqual(['signing', 'cooperation']);
  });

  it.each(['', '一直在前行', '[@seisman][seisman] 给域名续费五年，价格 ￥675.70', '2016年6月'])('finds nothing in %j', (input) => {
    expect(find(input)).toEqual([]);
  });

  it('has no catastrophic backtracking (recheck), gapped triggers included', async () => {
    const { check } = await import('recheck');
    const patterns = [GAP, BOOK_TITLE, ...DEFAULTS.gapped.map((g) => g.pattern)];
    for (const p of patterns) expect((await check(p.source, p.flags)).status, p.source).toBe('safe');
    // a gapped trigger never reaches past its clause: no 为 within reach, no appointment
    const long = `选举${'甲'.repeat(50_000)}为主席`;
    expect(find(long).map((t) => t.type)).not.toContain('appointment');
  });
});

const ONE_ENTRY = '2020年大事记\n\n1、2020年2月3日，全市疫情防控工作会议召开，部署防控措施。\n';

describe('eventTypes() options', () => {
  it('adds a custom type to the defaults', () => {
    const doc = createParser({ extractors: [eventTypes({ types: { epidemic: ['疫情', '防控'] } })] }).parse(ONE_ENTRY);
    expect(doc.entries[0]!.types.map((t) => t.type)).toEqual(['epidemic', 'meeting']);
    expect(doc.entries[0]!.types[0]!.triggers.map((t) => t.text)).toEqual(['疫情', '防控', '防控']);
  });

  it('replaces the defaults with replace: true', () => {
    const doc = createParser({ extractors: [eventTypes({ types: { epidemic: ['疫情'] }, replace: true })] }).parse(ONE_ENTRY);
    expect(doc.entries[0]!.types.map((t) => t.type)).toEqual(['epidemic']);
  });

  it('extends a default type, and removes one with an empty list', () => {
    const more = createParser({ extractors: [eventTypes({ types: { meeting: ['部署'] } })] }).parse(ONE_ENTRY);
    expect(more.entries[0]!.types.find((t) => t.type === 'meeting')!.triggers.map((t) => t.text)).toEqual(['会议', '召开', '部署']);
    const none = createParser({ extractors: [eventTypes({ types: { meeting: [] } })] }).parse(ONE_ENTRY);
    expect(none.entries[0]!.types).toEqual([]);
  });

  // Issue 13, item 9: names that Object.prototype also has are types like any other.
  const protoRows: Array<[string, Record<string, string[]>]> = [
    ['constructor', { constructor: ['疫情'] }],
    ['toString', { toString: ['疫情'] }],
    ['__proto__ (as JSON.parse makes it)', JSON.parse('{"__proto__": ["疫情"]}') as Record<string, string[]>],
  ];
  it.each(protoRows)('a type named %s is kept and found', (_label, types) => {
    const name = Object.keys(types)[0]!;
    const doc = createParser({ extractors: [eventTypes({ types })] }).parse(ONE_ENTRY);
    expect(doc.entries[0]!.types.map((t) => t.type)).toContain(name);
    expect(doc.entries[0]!.types.find((t) => t.type === name)!.triggers.map((t) => t.text)).toEqual(['疫情']);
  });

  it('does not find a prototype name that was never configured', () => {
    const doc = createParser({ extractors: [eventTypes({ types: { epidemic: ['疫情'] } })] }).parse(ONE_ENTRY);
    expect(doc.entries[0]!.types.map((t) => t.type)).not.toContain('constructor');
  });

  it("parseChronicle's types option takes the README's shape: type name to trigger words (issue 13, item 16)", () => {
    const doc = parseChronicle(ONE_ENTRY, { types: { epidemic: ['疫情', '防控'] } });
    expect(doc.entries[0]!.types.map((t) => t.type)).toEqual(['epidemic', 'meeting']);
    expect(() => parseChronicle(ONE_ENTRY, { types: { epidemic: '疫情' } as never })).toThrow(/option "types.epidemic"/);
  });

  it('takes extra guards', () => {
    const doc = createParser({ extractors: [eventTypes({ guards: ['工作会议'] })] }).parse(ONE_ENTRY);
    expect(doc.entries[0]!.types.find((t) => t.type === 'meeting')!.triggers.map((t) => t.text)).toEqual(['召开']);
  });

  it.each([
    [{ type: {} }, /unknown option "type"/],
    [{ types: { x: '疫情' } }, /option "types\.x"/],
    [{ types: { x: [''] } }, /non-empty trigger/],
    [{ types: { x: ['选举…'] } }, /both sides/],
    [{ replace: 'yes' }, /option "replace"/],
    [{ guards: [1] }, /option "guards\.0"/],
    ['meeting', /an object/],
  ])('throws a TypeError naming the option: %j', (options, message) => {
    expect(() => eventTypes(options as never)).toThrow(TypeError);
    expect(() => eventTypes(options as never)).toThrow(message);
  });
});

describe('the extractor in the pipeline', () => {
  const parser = defaultParser.extend({ extractors: [typesExtractor] });
  const fixture = readFileSync(new URL('../fixtures/2020-power-alliance-chronicle.txt', import.meta.url), 'utf8');
  const doc = parser.parse(fixture);

  it('is typed and validated', () => {
    expectTypeOf(doc.entries[0]!.types).toEqualTypeOf<EventType[]>();
    expect(typesExtractor.name).toBe('types');
    for (const e of doc.entries) for (const t of e.types) expect(EventTypeSchema.safeParse(t).success).toBe(true);
    expect(doc.diagnostics.filter((d) => d.code === 'invalid-item' || d.code === 'extractor-failed')).toEqual([]);
  });

  it('gives every trigger a span into the original input', () => {
    for (const e of doc.entries)
      for (const t of e.types)
        for (const x of t.triggers) expect(fixture.slice(x.span.start, x.span.end).replace(/\s/g, '')).toBe(x.text.replace(/\s/g, ''));
  });

  it('ignores a trigger inside a person name (李建成 is no construction)', () => {
    expect(doc.entries[28]!.types.map((t) => t.type)).not.toContain('construction');
  });

  it('types every fixture entry as annotated by hand (tests/data/types-fixture.json)', () => {
    const annotation = JSON.parse(readFileSync(new URL('./data/types-fixture.json', import.meta.url), 'utf8')) as {
      entries: Array<{ ordinal: number; types: string[]; extra?: string[]; missing?: string[] }>;
    };
    expect(annotation.entries).toHaveLength(doc.entries.length);
    let agreed = 0;
    let assigned = 0;
    for (const a of annotation.entries) {
      const entry = doc.entries[a.ordinal - 1]!;
      const found = entry.types.map((t) => t.type);
      expect(found.length, `entry ${a.ordinal} has a type`).toBeGreaterThan(0);
      const expected = [...a.types.filter((t) => !a.missing?.includes(t)), ...(a.extra ?? [])];
      expect(new Set(found), `entry ${a.ordinal}`).toEqual(new Set(expected));
      agreed += a.types.length - (a.missing?.length ?? 0);
      assigned += a.types.length;
    }
    // The disagreements are listed in the annotation; keep them few.
    expect(agreed / assigned).toBeGreaterThan(0.95);
  });
});

describe('chronicles of other fields, end to end', () => {
  const parser = defaultParser.extend({ extractors: [typesExtractor] });
  const read = (name: string) => parser.parse(readFileSync(new URL(`./fixtures-extra/insight/${name}`, import.meta.url), 'utf8'));

  // Annotated by hand, one row per entry.
  it('a university', () => {
    const doc = read('university-2021.txt');
    expect(doc.entries.map((e) => new Set(e.types.map((t) => t.type)))).toEqual(
      [
        ['meeting'],
        ['signing', 'cooperation', 'training'],
        ['training'],
        ['visit'],
        ['award'],
        ['reorganization'],
        ['ceremony', 'meeting'],
        ['training', 'ceremony'],
        ['research'],
        ['appointment'],
        ['training'],
        ['construction', 'investment'],
      ].map((types) => new Set(types)),
    );
  });

  it('a city government', () => {
    const doc = read('city-government-2019.txt');
    expect(doc.entries.map((e) => new Set(e.types.map((t) => t.type)))).toEqual(
      [
        ['politics', 'meeting', 'ceremony', 'appointment'],
        ['visit'],
        ['investment', 'meeting', 'signing'],
        ['signing', 'cooperation'],
        ['construction'],
        ['incident'],
        ['founding'],
        ['culture'],
        ['visit'],
        ['reorganization', 'founding'],
        ['publicity'],
        ['award'],
      ].map((types) => new Set(types)),
    );
  });
});

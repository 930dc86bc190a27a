/**
 * The entity rules, pattern by pattern: table rows of a sentence and the entities it must give
 * (type, text, role), lists that must give nothing (or nothing of the wrong type), traditional
 * characters, the user dictionary, the `--dict` format, option validation, and the patterns'
 * resistance to catastrophic backtracking.
 */
import { describe, expect, it } from 'vitest';
import { NameIndex, entities, entityExtractor, findEntities, parseDictionary, uniqueEntities } from '../src/extractors/entities/index.js';
import type { EntityOptions } from '../src/extractors/entities/index.js';
import { ALL_PATTERNS } from '../src/extractors/entities/patterns.js';
import { jiebaSegmenter } from '../src/words.js';
import { fold } from '../src/text.js';
import type { DocumentContext, ExtractContext } from '../src/extractor.js';
import { parseChronicle } from '../src/index.js';

const SUBJECT = '智能输配电设备产业技术创新战略联盟';
const jieba = jiebaSegmenter();

function words(text: string) {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let pos = 0;
  for (const w of jieba.cut(text)) {
    const at = text.indexOf(w, pos);
    if (at < 0) continue;
    out.push({ text: w, start: at, end: at + w.length });
    pos = at + w.length;
  }
  return out;
}

interface Got {
  type: string;
  text: string;
  role?: string;
  canonical?: string;
}

function run(text: string, dictionary: EntityOptions = {}, subject: string | null = SUBJECT): Got[] {
  return findEntities({ text, norm: fold(text), subject, words: () => words(text), tag: (t) => jieba.tag!(t) }, dictionary).map((h) => {
    const g: Got = { type: h.type, text: text.slice(h.start, h.end) };
    if (h.role !== undefined) g.role = h.role;
    if (h.canonical !== undefined) g.canonical = h.canonical;
    return g;
  });
}

/** Each expected item must be in the output (other items may be there too). */
function expectHas(text: string, expected: Got[], dictionary?: EntityOptions) {
  const got = run(text, dictionary);
  for (const e of expected) {
    expect(got, `${text} → ${JSON.stringify(e)}`).toContainEqual(expect.objectContaining(e));
  }
}

/** No item of `type` with `text` (any type when type is omitted). */
function expectNone(text: string, bad: { type?: string; text: string }) {
  const got = run(text);
  const hit = got.find((g) => g.text === bad.text && (bad.type === undefined || g.type === bad.type));
  expect(hit, `${text} must not give ${JSON.stringify(bad)}`).toBeUndefined();
}

const P = (text: string, role?: string): Got => (role ? { type: 'person', text, role } : { type: 'person', text });
const O = (text: string, canonical?: string): Got => (canonical ? { type: 'organization', text, canonical } : { type: 'organization', text });
const L = (text: string): Got => ({ type: 'place', text });

describe('people and their titles', () => {
  const rows: Array<[string, Got[]]> = [
    ['秘书长张建琛代表联盟致电慰问。', [P('张建琛', '秘书长')]],
    ['听取张建琛秘书长介绍产业情况。', [P('张建琛', '秘书长')]],
    ['由理事长陈细金先生宣读工作总结。', [P('陈细金', '理事长')]],
    ['江西省瑞金市长吴建平到访。', [P('吴建平', '市长'), L('江西省'), L('瑞金')]],
    ['县委书记程新飞，县委常委、统战部长刘弘出席。', [P('程新飞', '县委书记'), P('刘弘', '统战部长')]],
    ['招商组谭骞常委、副区长一行人莅临。', [P('谭骞', '常委')]],
    ['邀请行业管理处郑伟平处长讲解政策。', [P('郑伟平', '处长')]],
    ['万久总经理邹朝圣参加了座谈会。', [P('邹朝圣', '总经理'), O('万久')]],
    ['论坛由专家委员会主任余建国主持。', [P('余建国', '主任'), O('专家委员会')]],
    ['县委副书记、县长周国华代表县政府致辞。', [P('周国华', '县长')]],
    ['瑞金市委副书记、市长吴建平向大家介绍。', [P('吴建平', '市长'), L('瑞金市')]],
    ['带领成员单位江苏森蓝智能系统有限公司刘建、王祺等人一同走访。', [P('刘建'), P('王祺'), O('江苏森蓝智能系统有限公司')]],
    ['会长（联盟理事单位）邹朝圣、陈志河等6名台商代表出席。', [P('邹朝圣', '会长'), P('陈志河')]],
    ['副市长罗林生等一行人莅临考察。', [P('罗林生', '副市长')]],
    ['陪同招商局马丽一行走访考察。', [P('马丽')]],
    ['《钟南山团队发布防护策略》', [P('钟南山')]],
    ['选举那履坤为县政协主席。', [P('那履坤', '县政协主席')]],
    // a name, an office verb, the title it takes
    ['工会第十一次代表大会召开。鲍建宾当选为主席。', [P('鲍建宾', '主席')]],
    ['理事会召开，刘强当选理事长，王芳、陈立新当选副理事长。', [P('刘强', '理事长'), P('王芳'), P('陈立新', '副理事长')]],
    ['李华出任集团总经理。', [P('李华', '总经理')]],
    ['王强当选为中国电工技术学会第九届理事会理事长。', [P('王强', '理事长'), O('中国电工技术学会')]],
    ['刘洪任县委书记。', [P('刘洪', '县委书记')]],
    ['党委书记王明作讲话，校长张华作工作报告。', [P('王明', '党委书记'), P('张华', '校长')]],
    ['总经理助理何亮、财务总监冯丽参加。', [P('冯丽', '财务总监')]],
    // what a person is, before the name
    ['我校教师张伟荣获省级教学名师称号，校友陈明捐赠100万元。', [P('张伟', '教师'), P('陈明', '校友')]],
    ['学生李娜在全国大学生数学竞赛中获得一等奖。', [P('李娜', '学生')]],
    ['医生孙伟、护士周敏驰援武汉。', [P('孙伟', '医生'), P('周敏', '护士')]],
    ['我校2016级学生赵磊入选国家队。', [P('赵磊', '学生')]],
    ['受到智库成员袁雪雪等的热情接待。', [P('袁雪雪', '成员')]],
    ['省教育厅党组成员刘剑津莅临。', [P('刘剑津', '党组成员')]],
    ['国家主席习近平发表重要讲话。', [P('习近平', '主席')]],
    ['老校长赵刚回校，主任医师冯丽义诊，前任书记孙强调离。', [P('赵刚', '校长'), P('冯丽', '主任医师'), P('孙强', '书记')]],
    ['故宫博物院原院长单霁翔来访，与世界卫生组织开展合作。', [O('故宫博物院'), P('单霁翔', '原院长'), O('世界卫生组织')]],
    ['客居板浦的李汝珍创作《镜花缘》。', [P('李汝珍')]],
    ['学会聘请中国工程院院士李德仁担任名誉理事长。', [P('李德仁', '院士')]],
    ['张明任市长。', [P('张明', '市长')]],
    ['王建国同志任学校党委书记。', [P('王建国', '党委书记')]],
    ['李超时（李振华）任书记，肖叶任组织干事，惠美琬任宣传干事。', [P('李超时', '书记'), P('肖叶', '干事'), P('惠美琬', '干事')]],
    ['受到领导人毛泽东、刘少奇、周恩来、陈云等的接见。', [P('毛泽东', '领导人'), P('刘少奇'), P('周恩来'), P('陈云')]],
    ['会议由龙岩市委书记李建成主持。会上，李建成表示欢迎。', [P('李建成', '市委书记'), P('李建成')]],
    ['南方电网总信息师欧阳建国主持论坛。', [P('欧阳建国', '总信息师'), O('南方电网')]],
  ];
  it.each(rows)('%s', (text, expected) => expectHas(text, expected));
});

describe('bodies of a university\'s, a hospital\'s and a government\'s chronicle', () => {
  it('reads research centres, departments of a hospital and offices', () => {
    expectHas('先进制造技术研究中心获批。学校成立碳中和研究院。', [O('先进制造技术研究中心'), O('碳中和研究院')]);
    expectHas('心血管内科、重症医学科、消化内科获评国家临床重点专科。', [O('心血管内科'), O('重症医学科'), O('消化内科')]);
    expectHas('泉州市退役军人事务局办公室主任徐明出席。', [O('泉州市退役军人事务局办公室')]);
    expectHas('国家卫生健康委专家组、卫生部来校。', [O('国家卫生健康委专家组'), O('卫生部')]);
  });
  it('reads the bodies of the collective era (人民公社, 生产大队, 革委会, 供销社)', () => {
    expectHas('红旗人民公社成立。东风公社东坡大队召开大会。', [O('红旗人民公社'), O('东风公社东坡大队')]);
    expectHas('县革委会成立。县人委、县供销社、县知青办、县武装部参加。', [O('县革委会'), O('县人委'), O('县供销社'), O('县知青办'), O('县武装部')]);
    expectHas('大队长王明出席。', [P('王明', '大队长')]);
  });
  it('a word of praise ending the name makes a category, not a body (全国文明单位, 示范学校)', () => {
    expectNone('学校被评为示范学校。', { type: 'organization', text: '示范学校' });
  });
});

describe('places in a district\'s and a company\'s chronicle', () => {
  it('reads 街道 as a unit, and a town or village right after its county', () => {
    expectHas('区长王振坤到淳化街道调研。秣陵街道与某公司签约。', [L('淳化街道'), L('秣陵街道')]);
    expectHas('东乡区孝岗镇、宜黄县二都镇。', [L('东乡区'), L('孝岗镇'), L('宜黄县'), L('二都镇')]);
  });
  it('reads a country before its city, though the segmenter keeps them as one word', () => {
    expectHas('公司在英国伦敦、美国纽约、法国巴黎设立办事处。', [L('英国'), L('伦敦'), L('美国'), L('纽约'), L('法国'), L('巴黎')]);
  });
  it('makes no place of a kind of place (贫困县, 示范村, 生态乡镇) nor of a verb before 区委', () => {
    for (const [text, bad] of [
      ['选举产生区委常委会。', '产生区'], ['部分县直单位参加。', '部分县'], ['贫困县摘帽，出列贫困村12个。', '贫困县'],
      ['贫困县摘帽，出列贫困村12个。', '贫困'], ['生态乡镇、样板镇、先进村名单公布。', '生态乡'], ['生态乡镇、样板镇、先进村名单公布。', '样板镇'],
      ['琉璃乡至秀谷镇公路通车。', '至秀谷镇'],
    ] as const) expectNone(text, { type: 'place', text: bad });
  });
});

describe('people in a company\'s and a government\'s personnel news', () => {
  it('ends a name before 因, 调任, 接任 and the like', () => {
    expectHas('董事长刘刚调任集团总部，高级副总裁马骏接任。', [P('刘刚', '董事长'), P('马骏', '高级副总裁')]);
    expectHas('总经理张伟因个人原因辞职。董事长王强因工作调动离任。', [P('张伟', '总经理'), P('王强', '董事长')]);
  });
  it('keeps a title\'s modifier in the role (独立董事, 执行副总裁, 区域总经理) and makes no body of it', () => {
    expectHas('独立董事陈静、执行副总裁赵琳、区域总经理何平出席。', [P('陈静', '独立董事'), P('赵琳', '执行副总裁'), P('何平', '区域总经理')]);
    expectNone('独立董事陈静、执行副总裁赵琳出席。', { type: 'organization', text: '独立' });
    expectNone('独立董事陈静、执行副总裁赵琳出席。', { type: 'organization', text: '执行' });
  });
  it('gives a title said once before or after a list joined by 、 to every name of it', () => {
    expectHas('副区长杨洁、王志强、李红出席会议。', [P('杨洁', '副区长'), P('王志强', '副区长'), P('李红', '副区长')]);
    expectHas('党和国家领导人毛泽东、刘少奇等接见代表。', [P('刘少奇', '领导人')]);
    expectHas('杨洁、王志强副区长出席会议。', [P('杨洁', '副区长'), P('王志强', '副区长')]);
    // each name keeps its own title
    expectHas('市委常委、宣传部部长王芳，副市长陈刚、周敏到区调研。', [P('王芳', '部长'), P('陈刚', '副市长'), P('周敏', '副市长')]);
    expectHas('区委书记张海、区长刘伟出席。', [P('张海', '区委书记'), P('刘伟', '区长')]);
    // 与, 和 and 及 join people of any standing: the title stays with its name
    const got = run('市长王建国与李明座谈。');
    expect(got).toContainEqual(P('王建国', '市长'));
    expect(got.find((g) => g.text === '李明')?.role).toBeUndefined();
  });
  it('ends a name before 作政府工作报告 (the suffix inside the phrase names no body)', () => {
    expectHas('区长李华强作政府工作报告。', [P('李华强', '区长')]);
    expectNone('区长李华强作政府工作报告。', { type: 'organization', text: '李华强作政府' });
  });
  it('reads coaches, guides, teachers and kin before a name (主教练, 讲解员, 塾师, 长子, 其父)', () => {
    expectHas('主教练刘建军、棋手刘思远获奖，讲解员刘晓燕介绍。', [P('刘建军', '主教练'), P('刘思远', '棋手'), P('刘晓燕', '讲解员')]);
    expectHas('其父陈慕陶，字守拙。长子陈念慈生于杭州。', [P('陈慕陶', '其父'), P('陈念慈', '长子')]);
  });
  it('reads Latin titles (CEO, CFO), 市领导 before names, and 一 opening a given name', () => {
    expectHas('CEO李强、CFO王静出席会议。', [P('李强', 'CEO'), P('王静', 'CFO')]);
    expectHas('市领导王建国、周海峰出席。', [P('王建国', '市领导'), P('周海峰')]);
    expectHas('副总裁陈一鸣接任总裁。', [P('陈一鸣', '副总裁')]);
    expectHas('秘书长张建琛一行到访。', [P('张建琛', '秘书长')]);
    expectNone('秘书长张建琛一行到访。', { type: 'person', text: '张建琛一' });
  });
  it('reads given names with 为, 长, 和, 业, 同 where no plainer name ends as well', () => {
    expectHas('县长王为民到公社视察。李长春任县长。', [P('王为民', '县长'), P('李长春', '县长')]);
    expectHas('县委书记王长林调离，李为民任县委书记。', [P('王长林', '县委书记'), P('李为民', '县委书记')]);
    expectHas('热处理车间主任黄向东获奖。', [P('黄向东', '车间主任')]);
    expectHas('副主任王强为公司董事。', [P('王强', '副主任')]);
    expectNone('副主任王强为公司董事。', { type: 'person', text: '王强为' });
    expectNone('翰林李英为院长。', { type: 'person', text: '李英为' });
    expectNone('议员北野明夫和团长千川道春来访。', { type: 'person', text: '明夫和' });
  });
  it('reads a gazetteer\'s offices and degrees (知州, 总督, 贡生) and the old titles of a village (保长)', () => {
    expectHas('海州知州李永书修建朐山书院。翰林李英为院长。', [P('李永书', '知州'), P('李英', '翰林')]);
    expectHas('两江总督陶澍到海州视察。', [P('陶澍', '总督')]);
    expectHas('柳茂林任保长。', [P('柳茂林', '保长')]);
  });
  it('Hong Kong\'s and Macau\'s areas are places; a cue word is never a name (陳家樂博士宣布)', () => {
    const places = parseChronicle('某會大事年表\n1997年7月1日　本會在將軍澳、氹仔設立服務站。\n').entries[0]!.entities.filter((x) => x.type === 'place').map((x) => x.text);
    expect(places).toEqual(['將軍澳', '氹仔']);
    expectHas('行政總裁陳家樂博士宣布成立基金。', [P('陳家樂', '博士')]);
    expectNone('行政總裁陳家樂博士宣布成立基金。', { type: 'person', text: '宣布' });
    expectNone('行政總裁陳家樂博士宣布成立基金。', { type: 'organization', text: '行政' });
  });
  it('places after 迁至 and 迁往', () => {
    expectHas('县政府迁至柳溪乡。', [L('柳溪乡')]);
  });
  it('ends a name before 作 (校长王志强作学校工作报告 is no body 王志强作学校)', () => {
    expectHas('校长王志强作学校工作报告。', [P('王志强', '校长')]);
    expectNone('校长王志强作学校工作报告。', { type: 'organization', text: '王志强作学校' });
  });
});

describe('people from the segmenter\'s tags, handles and foreign names', () => {
  const rows: Array<[string, Got[]]> = [
    ['省政协委员马照南、骆沙鸣提交了建议。', [P('马照南', '省政协委员'), P('骆沙鸣')]],
    ['我院刘荣生、李景皇同学获奖。', [P('刘荣生'), P('李景皇')]],
    ['邓小平、钱三强等同志出席。', [P('邓小平'), P('钱三强')]],
    ['我院刘荣生、李景皇等同学获奖。', [P('刘荣生'), P('李景皇')]],
    ['法国物理学家玛丽·居里发现了镭。', [P('玛丽·居里'), L('法国')]],
    ['由 @dutor 提交了第一行代码。', [P('dutor')]],
    ['由 @[dutor](https://github.com/dutor) 提交。', [P('dutor')]],
  ];
  it.each(rows)('%s', (text, expected) => expectHas(text, expected));
});

describe('boundaries, quoted names, Latin names', () => {
  const rows: Array<[string, Got[]]> = [
    ['林华东院长率团参访嘉泰集团。', [O('嘉泰集团')]],
    ['学校改称「草山公学校坪顶分教场」。', [O('草山公学校坪顶分教场')]],
    ['校地迁至「金面仔」现址。', [L('金面仔')]],
    ['在 HBaseCon 第一次公开亮相。', [O('HBaseCon')]],
    ['臺灣光復後，學校改稱「臺北縣士林鎮平等國民學校」。', [L('臺灣'), O('臺北縣士林鎮平等國民學校')]],
  ];
  it.each(rows)('%s', (text, expected) => expectHas(text, expected));
});

describe('organizations', () => {
  const rows: Array<[string, Got[]]> = [
    ['瑞金市人民政府举办恳谈会。', [O('瑞金市人民政府'), L('瑞金市')]],
    ['同厦门市工业和信息化局行业管理处处长交流。', [O('厦门市工业和信息化局行业管理处')]],
    ['到罗普特（厦门）科技集团调研。', [O('罗普特（厦门）科技集团'), L('厦门')]],
    ['莅临厦门明翰、ABB（厦门）、许继（厦门）、阿斯通等企业考察。', [O('厦门明翰'), O('ABB（厦门）'), O('许继（厦门）'), O('阿斯通')]],
    ['走访联盟成员单位今日集团、南平创四方，了解情况。', [O('今日集团'), O('南平创四方'), O('联盟', SUBJECT)]],
    ['西安高压电器研究院（XIHARI）杜炜副主任到访。', [O('西安高压电器研究院'), O('XIHARI', '西安高压电器研究院'), P('杜炜', '副主任')]],
    ['航天银山与ABB公司在厦门进行交流。', [O('航天银山'), O('ABB公司')]],
    ['双方就在国网的物联网、南网的数字电网等共同开发市场。', [O('国网'), O('南网')]],
    ['来自国网电力科学研究院武汉南瑞有限责任公司的团队。', [O('国网电力科学研究院武汉南瑞有限责任公司')]],
    ['听取介绍输配电产业联盟后，对联盟运作模式大加赞赏。', [O('输配电产业联盟', SUBJECT), O('联盟', SUBJECT)]],
    ['由智能输配电设备产业技术创新战略联盟主办。', [O(SUBJECT, SUBJECT)]],
    ['会上联盟与瑞金市国家经济开发区签署协议。', [O('瑞金市国家经济开发区')]],
    ['厦门市人社局第六党支部来访联盟秘书处。', [O('厦门市人社局第六党支部')]],
    ['明翰董事长韩刃、ABB事业部总监黄明出席。', [O('明翰'), P('韩刃', '董事长'), O('ABB事业部'), P('黄明', '总监')]],
    ['政协石泉县第七届委员会第一次会议召开。', [O('政协石泉县第七届委员会')]],
    ['中共陕西省委、省人民政府召开庆功会。', [O('中共陕西省委'), L('陕西省'), O('省人民政府')]],
    // Party and state bodies (passes/state-bodies.ts)
    ['中共厦门市委宣传部、泉州市总工会、共青团泉州市委指导。', [O('中共厦门市委宣传部'), O('泉州市总工会'), O('共青团泉州市委')]],
    ['霞浦县委、县政府送来物资，区教委、市发改委参加。', [O('霞浦县委'), O('县政府'), O('区教委'), O('市发改委')]],
    ['石狮市委副书记余志出席。', [O('石狮市委'), P('余志', '市委副书记')]],
    ['中共泉州市委教育工委公布名单。', [O('中共泉州市委教育工委')]],
    ['颁发了市政府经济顾问聘书。', [O('市政府')]],
    ['市科委、县科协联合举办科普活动。', [O('市科委'), O('县科协')]],
    ['泉州市文联主席出席。', [O('泉州市文联')]],
    ['中国科协党组书记出席。', [O('中国科协')]],
    // Suffixes of exchanges, museums, libraries, academies; a building verb ends the left context
    ['公司在上海证券交易所上市。', [O('上海证券交易所')]],
    ['作品在厦门美术馆展出。', [O('厦门美术馆')]],
    ['知州李永书修建朐山书院。', [O('朐山书院')]],
    ['公司与中国银行股份有限公司深圳分行签约。', [O('中国银行股份有限公司深圳分行')]],
    // a college whose discipline joins two with 与
    ['浙江大学计算机科学与技术学院院长来访，学校与经济与管理学院签约。', [O('浙江大学计算机科学与技术学院'), O('经济与管理学院')]],
    ['中国人民解放军某部官兵参加抢险。', [O('中国人民解放军')]],
    ['得到石狮市新型肺炎疫情防控工作指挥部的肯定。', [O('石狮市新型肺炎疫情防控工作指挥部')]],
    ['石泉县第十二届人民代表大会第一次会议召开。', [O('石泉县第十二届人民代表大会')]],
    ['与南安红星职专签订协议，华侨大学艺术团演出。', [O('南安红星职专'), O('华侨大学艺术团')]],
    // a short name the text gives a body, and its other mentions
    ['深圳市大疆创新科技有限公司（以下简称“大疆”）成立。大疆推出首款无人机。', [
      O('深圳市大疆创新科技有限公司'), O('大疆', '深圳市大疆创新科技有限公司'),
    ]],
    // Media (passes/media.ts)
    ['人民网、光明网、中国网纷纷转载。', [O('人民网'), O('光明网'), O('中国网')]],
    ['泉州晚报、中国教育报报道了此事。', [O('泉州晚报'), O('中国教育报')]],
    ['福建电视台播出专题片。', [O('福建电视台')]],
  ];
  it.each(rows)('%s', (text, expected) => expectHas(text, expected));
});

describe('the subject\'s short form and other bodies of its kind', () => {
  const has = (subject: string, text: string, expected: Got[]) => {
    const got = run(text, {}, subject);
    for (const e of expected) expect(got, `${text} → ${JSON.stringify(e)}`).toContainEqual(e);
  };
  const lacks = (subject: string, text: string, bad: string) => {
    expect(run(text, {}, subject).filter((g) => g.canonical === subject).map((g) => g.text), text).not.toContain(bad);
  };
  it('starts a body after 与 that follows another party, and after 产生; one word before a count is no list', () => {
    expectHas('县政府与国网宁山县供电公司签订合作协议。', [O('县政府'), O('国网宁山县供电公司')]);
    expectNone('县政府与国网宁山县供电公司签订合作协议。', { text: '县政府与国网宁山县供电公司' });
    expectHas('会议选举产生临川区人民政府副区长2名。', [O('临川区人民政府')]);
    expectNone('会议选举产生临川区人民政府副区长2名。', { text: '产生临川区人民政府' });
    const got = run('协会组织46家会员企业参加展览会。', {}, '某某协会');
    expect(got.filter((g) => g.type === 'organization').map((g) => g.text)).toEqual(['协会']);
    expectHas('厦门万久、滨得利3家企业参展。', [O('厦门万久'), O('滨得利')]);
  });
  it('reads another university, hospital or society whole, not as the subject (a place or a name before the suffix)', () => {
    has('江南理工大学', '学校与清华大学签署合作协议。', [O('清华大学')]);
    has('江南理工大学', '南京理工大学校长来访。', [O('南京理工大学')]);
    has('江南理工大学', '华中科技大学、曼彻斯特大学代表参加论坛。', [O('华中科技大学'), O('曼彻斯特大学')]);
    has('滨海市第一人民医院', '医院与北京协和医院签订合作协议。', [O('医院', '滨海市第一人民医院'), O('北京协和医院')]);
    has('中国应用声学学会', '德国声学学会代表出席学会年会。', [O('德国声学学会'), O('学会', '中国应用声学学会')]);
    lacks('江南理工大学', '南京理工大学校长来访。', '理工大学');
    lacks('滨海市第一人民医院', '滨海市中医院相关负责人来院交流。', '医院');
  });
  it('reads a company the subject bought, won from or holds, without the subject and the verb before it', () => {
    const S = '深圳市恒信电子有限公司';
    has(S, '公司全资收购上海张江生物科技有限公司。', [O('上海张江生物科技有限公司')]);
    has(S, '公司中标中国南方电网有限责任公司项目。', [O('中国南方电网有限责任公司')]);
    has(S, '公司以8.6亿元收购巴西圣保罗电力计量公司。', [O('巴西圣保罗电力计量公司')]);
    has(S, '公司控股子公司江西赣能电力有限公司成立。', [O('江西赣能电力有限公司')]);
    has(S, '集团所属南京电力设计研究院有限公司获奖。', [O('南京电力设计研究院有限公司')]);
    lacks(S, '公司全资收购上海张江生物科技有限公司。', '有限公司');
    expect(run('公司控股子公司江西赣能电力有限公司成立。', {}, S).map((g) => g.text)).not.toContain('公司控股子公司');
  });
  it('keeps the short form after a verb, a preposition or an abbreviation (促进联盟, 来联盟, 在厦联盟)', () => {
    has(SUBJECT, '促进联盟成员单位资源共享。', [O('联盟', SUBJECT)]);
    has(SUBJECT, '协会人员一行四人来联盟秘书处交流。', [O('联盟', SUBJECT)]);
    has(SUBJECT, '15家在厦联盟成员单位参与交流研讨。', [O('联盟', SUBJECT)]);
    has(SUBJECT, '秘书长张建琛代表联盟致电。', [O('联盟', SUBJECT)]);
  });
});

describe('places', () => {
  const rows: Array<[string, Got[]]> = [
    ['到江西省瑞金市开展考察。', [L('江西省'), L('瑞金市')]],
    ['联盟与龙岩市新罗区政府签署协议。', [L('龙岩市'), L('新罗区'), O('龙岩市新罗区政府')]],
    ['第二届论坛在苏州成功举办。', [L('苏州')]],
    ['介绍马鞍山经济开发区、博望区等园区。', [L('马鞍山'), L('马鞍山经济开发区'), L('博望区')]],
    ['推介瑞金市旅游产业、瑞金经开区情况。', [L('瑞金市'), L('瑞金'), L('瑞金经开区')]],
    ['召开中共郿县第三届代表大会。', [L('郿县')]],
    ['保留槐芽区。', [L('槐芽区')]],
    // Full names of GB/T 2260 units, whatever stands before them
    ['以泉州市为主要办学地。', [L('泉州市')]],
    ['前往福建省石狮市考察。', [L('福建省'), L('石狮市')]],
    ['瑞金市长吴建平出席。', [L('瑞金'), P('吴建平', '市长')]],
    ['选派教师赴西藏林芝、内蒙古呼和浩特支教。', [L('西藏'), L('林芝'), L('内蒙古'), L('呼和浩特')]],
    // rivers, lakes, mountains and a province's parts, by the segmenter's tags
    ['汉江发生特大洪水，陕南地区遭受暴雨。', [L('汉江'), L('陕南')]],
    ['赴黄山考察，太湖治理启动。', [L('黄山'), L('太湖')]],
    // cities abroad, which the segmenter tags as people
    ['出访汉堡、慕尼黑，抵达吉隆坡。', [L('汉堡'), L('慕尼黑'), L('吉隆坡')]],
    ['在少林寺举行法会，到武侯祠参观。', [L('少林寺'), L('武侯祠')]],
  ];
  it.each(rows)('%s', (text, expected) => expectHas(text, expected));
});

describe('traditional characters work the same', () => {
  const rows: Array<[string, Got[]]> = [
    ['秘書長張建琛代表聯盟致電。', [P('張建琛', '秘書長'), O('聯盟', SUBJECT)]],
    ['國立清華大學與德明技術學院合作。', [O('國立清華大學'), O('德明技術學院')]],
    ['德明財經科技大學資訊管理學系創立於民國七十八年。', [O('德明財經科技大學資訊管理學系')]],
    ['臺灣某某股份有限公司董事長陳大文出席。', [L('臺灣'), P('陳大文', '董事長')]],
    ['縣委書記程新飛出席。', [P('程新飛', '縣委書記')]],
  ];
  it.each(rows)('%s', (text, expected) => expectHas(text, expected));
});

describe('an office verb without a person before it', () => {
  // A member body elected to a seat (副理事长单位) is no person; nor is a verb with no title after it.
  it.each([
    ['华电当选副理事长单位。', '华电'],
    ['李华出任以来，公司发展迅速。', '李华'],
  ])('%s', (text, name) => expectNone(text, { type: 'person', text: name }));
  // 任 is a surname too, and a name before 任 is no place's stem.
  it.each([
    ['肖叶任组织干事，惠美琬任宣传干事。', { type: 'person', text: '任宣传' }],
    ['肖叶任组织干事，惠美琬任宣传干事。', { type: 'person', text: '宣传' }],
    ['刘洪任县委书记。', { type: 'place', text: '刘洪任县' }],
    ['张明任市长。', { type: 'place', text: '张明任' }],
    ['张三任教于北京大学。', { type: 'organization', text: '张三任教于北京大学' }],
    ['党委书记王明作讲话。', { type: 'person', text: '王明作' }],
    ['在学院多功能报告厅举行。', { type: 'organization', text: '学院多功能报告厅' }],
    ['爱心物资捐赠 助力学校抗疫', { type: 'organization', text: '助力学校' }],
    // a role noun inside a longer word, or a body's name, names nobody
    ['参加第十七届中国大学生计算机设计大赛。', { type: 'person', text: '计算机' }],
    ['王集荣获演员二等奖。', { type: 'person', text: '荣获' }],
    // a dot between two common words joins a title's parts; between names it joins a foreign name
    ['观看“国开大讲堂·国家安全教育公开课”。', { type: 'person', text: '大讲堂·国家' }],
    // ordinary words shaped like landforms, and landforms inside names
    ['保卫祖国大好河山，登山队出发。', { type: 'place', text: '河山' }],
    ['保卫祖国大好河山，登山队出发。', { type: 'place', text: '登山' }],
    ['在中山大学召开。', { type: 'place', text: '中山' }],
    ['出访慕尼黑。', { type: 'person', text: '慕尼黑' }],
    ['到武侯祠参观。', { type: 'person', text: '武侯祠' }],
    ['树立正确的世界观。', { type: 'place', text: '世界观' }],
    ['患者子宫手术。', { type: 'place', text: '子宫' }],
    ['在这里加强管理。', { type: 'place', text: '里加' }],
    ['总经理助理何亮、财务总监冯丽参加。', { type: 'organization', text: '财务' }],
    // 任命 appoints the name after it, not the one before
    ['董事会决定，张三任命李四为副校长。', { type: 'person', text: '张三' }],
    // the tail of a body is no name before a title
    ['泉州市文联主席出席。', { type: 'person', text: '文联' }],
    ['「国立中央博物图书院馆联合管理处」成立。', { type: 'organization', text: '国立中央博物图书院' }],
  ])('%s: not %j', (text, bad) => expectNone(text, bad));
});

describe('negative list', () => {
  const rows: Array<[string, { type?: string; text: string }]> = [
    ['秘书长一行人前往学院。', { type: 'person', text: '秘书长' }],
    ['发展方向高度一致。', { text: '高度' }],
    ['在全国范围内开展评选。', { text: '全国' }],
    ['县人大常委会主任出席。', { type: 'person', text: '常委会' }],
    ['同时也介绍园区招商。', { text: '同时' }],
    ['考察地块及周边配套建设情况。', { text: '周边' }],
    ['秘书处人员一行四人走访企业。', { type: 'person', text: '一行四' }],
    ['第一时间致电慰问了专家。', { text: '第一时间' }],
    ['希望与联盟开展合作。', { type: 'organization', text: '希望' }],
    ['组织河南省10家技师学院组建集团。', { text: '技师学院' }],
    ['县园区管委会主任出席。', { type: 'organization', text: '县园区管委会' }],
    ['县委书记程新飞出席。', { type: 'organization', text: '县委' }],
    ['颁发荣誉证书和纪念章。', { type: 'person', text: '纪念章' }],
    ['完成永寿、景福、宁寿等宫，以及景祺阁、文渊阁。', { type: 'person', text: '景祺阁' }],
    ['完成永寿、景福、宁寿等宫。', { type: 'person', text: '景福' }],
    ['法国总统马克龙访华。', { type: 'person', text: '法国' }],
    ['以及智能化升级。', { type: 'person', text: '智能化' }],
    ['城区和郊区的居民。', { type: 'place', text: '城区' }],
    ['合作共赢，甘肃省。', { type: 'place', text: '合作' }],
    ['林华东院长率团参访嘉泰集团。', { type: 'organization', text: '参访嘉泰集团' }],
    ['公布2016年普通高等学校名单。', { type: 'organization', text: '年普通高等学校' }],
    ['获评第二批现代学徒制项目建设学校。', { type: 'organization', text: '第二批现代学徒制项目建设学校' }],
    ['演出《烈火扬州》。', { type: 'place', text: '扬州' }],
    ['表彰市级先进，第二批省级示范。', { type: 'place', text: '表彰市' }],
    ['第二批省级示范。', { type: 'place', text: '第二批省' }],
    ['国家电网申报互联网项目。', { type: 'organization', text: '国家电网申报' }],
    ['提交汇报材料和简报。', { type: 'organization', text: '提交汇报' }],
    ['泉州市场监管局检查。', { type: 'place', text: '泉州市' }],
    ['石狮市市委书记出席。', { type: 'place', text: '石狮市市' }],
    ['本县政府决定。', { type: 'organization', text: '县政府' }],
    ['受市委托办理。', { type: 'organization', text: '市委' }],
    ['召开县一届四次人代会。', { type: 'place', text: '召开县' }],
    ['算法组成员参加北京赛区现场赛。', { type: 'place', text: '北京赛区' }],
    ['秘书长高度评价此次活动。', { type: 'person', text: '高度' }],
    ['理事长单位厦门海普锐科技股份有限公司。', { type: 'person', text: '单位厦' }],
    ['厦门台商会长出席。', { type: 'organization', text: '厦门台商会' }],
  ];
  it.each(rows)('%s', (text, bad) => expectNone(text, bad));

  it('reads 今日集团 as an organization, and nothing else', () => {
    expect(run('走访成员单位今日集团、南平创四方。').filter((g) => g.text.includes('今日'))).toEqual([O('今日集团')]);
  });
  it('gives nothing for a title alone', () => {
    expect(run('秘书长').filter((g) => g.type === 'person')).toEqual([]);
  });
});

describe('user dictionary', () => {
  it('finds listed names verbatim and lets them win over the rules', () => {
    const got = run('安达兴新型低压断路器生产项目落地，航天银山到访。', { organizations: ['安达兴', '航天银山'] });
    expect(got).toContainEqual(O('安达兴'));
    expect(got).toContainEqual(O('航天银山'));
  });
  it('takes a person or place listed by the user', () => {
    expect(run('王集荣获演员二等奖。', { people: ['王集'] })).toContainEqual(P('王集'));
    expect(run('考察厦龙合作区地块。', { places: ['厦龙合作区'] })).toContainEqual(L('厦龙合作区'));
  });
  it('drops a rule hit that crosses a dictionary name', () => {
    const got = run('万久总经理邹朝圣出席。', { organizations: ['万久总'] });
    expect(got.some((g) => g.text === '万久')).toBe(false);
  });
});

describe('parseDictionary', () => {
  it('reads sections, typed lines, comments and blank lines', () => {
    const text = '# names\n\n[people]\n张三\n 李四 \n[organizations]\n万久\nplace: 瑞金\n[地名]\n厦龙合作区\n人名：王集\n';
    expect(parseDictionary(text)).toEqual({
      people: ['张三', '李四', '王集'],
      organizations: ['万久'],
      places: ['瑞金', '厦龙合作区'],
    });
  });
  it('accepts CRLF and a BOM, and drops duplicates', () => {
    expect(parseDictionary('\uFEFF[org]\r\n万久\r\n万久\r\n')).toEqual({ organizations: ['万久'] });
  });
  it('returns an empty object for an empty file', () => {
    expect(parseDictionary('# nothing\n')).toEqual({});
  });
  const bad: Array<[string, RegExp]> = [
    ['张三\n', /line 1: "张三" is not in a \[people\]/],
    ['[people]\n张三\n[things]\n桌子\n', /line 3: unknown section \[things\][\s\S]*line 4/],
  ];
  it.each(bad)('reports bad lines with their number: %j', (text, message) => {
    expect(() => parseDictionary(text)).toThrow(message);
    // A file the caller chose is an input problem (a plain Error), with dashiji's prefix.
    expect(() => parseDictionary(text)).toThrow(/^dashiji: invalid entity dictionary:\n/);
    expect(() => parseDictionary(text)).not.toThrow(TypeError);
  });
});

describe('options are validated at once', () => {
  const bad: Array<[unknown, RegExp]> = [
    [{ peoples: ['张三'] }, /unknown option "peoples"/],
    [{ people: '张三' }, /option "people": expected/],
    [{ places: [1] }, /option "places\.0": expected/],
    [{ organizations: [''] }, /option "organizations\.0"/],
    ['张三', /expected an object/],
  ];
  it.each(bad)('%j throws', (options, message) => {
    expect(() => entities(options as EntityOptions)).toThrow(message);
  });
  it('accepts no options, empty options and a full dictionary', () => {
    expect(() => entities()).not.toThrow();
    expect(() => entities({})).not.toThrow();
    expect(() => entities({ people: ['张三'], organizations: [], places: ['瑞金'] })).not.toThrow();
  });
});

describe('the extractor', () => {
  function ctxFor(text: string, document: DocumentContext = { title: null, year: 2020, subject: SUBJECT }): ExtractContext {
    const offset = 100;
    return {
      text,
      norm: fold(text),
      item: (start, end) => ({ text: text.slice(start, end), span: { start: start + offset, end: end + offset } }),
    bodyOffset: (original) => Math.min(text.length, Math.max(0, original - offset)),
      entry: { ordinal: 1, label: '1', date: null, span: { start: 0, end: text.length } },
      document,
      heading: { year: null, month: null },
      previousDate: null,
      segmenter: jieba,
      words: () => words(text),
      tagged: () => [],
      results: {},
      report: () => undefined,
    };
  }

  it('maps hits through ctx.item and validates against the schema', () => {
    const out = entityExtractor.extract(ctxFor('秘书长张建琛代表联盟致电。'));
    expect(out).toContainEqual({ type: 'person', text: '张建琛', role: '秘书长', span: { start: 103, end: 106 } });
    for (const e of out) expect(entityExtractor.schema.safeParse(e).success).toBe(true);
  });

  it('carries names found with a title to later entries of the same document only', () => {
    const ex = entities();
    const doc = { title: null, year: 2020, subject: SUBJECT };
    ex.extract(ctxFor('秘书长张建琛代表联盟致电。', doc));
    expect(ex.extract(ctxFor('县长为张建琛颁发聘书。', doc))).toContainEqual(expect.objectContaining({ type: 'person', text: '张建琛' }));
    const other = { title: null, year: 2020, subject: SUBJECT };
    expect(ex.extract(ctxFor('县长为张建琛颁发聘书。', other)).some((e) => e.text === '张建琛')).toBe(false);
  });

  it('gives every mention of a short name the body it stands for, and carries the name on', () => {
    const ex = entities();
    const doc = { title: null, year: 2020, subject: null };
    const first = ex.extract(ctxFor('深圳市大疆创新科技有限公司（以下简称“大疆”）成立。大疆推出首款无人机。', doc));
    expect(first.filter((e) => e.text === '大疆').map((e) => e.canonical)).toEqual(['深圳市大疆创新科技有限公司', '深圳市大疆创新科技有限公司']);
    expect(ex.extract(ctxFor('大疆获得融资。', doc))).toContainEqual(expect.objectContaining({ type: 'organization', text: '大疆' }));
  });

  it('gives places their GB/T 2260 code, province and full name when the unit is certain', () => {
    const out = entities().extract(ctxFor('到江西省瑞金市考察，瑞金招商。'));
    expect(out).toContainEqual(expect.objectContaining({ text: '瑞金市', code: '360781', province: '江西省', canonical: '瑞金市' }));
    expect(out).toContainEqual(expect.objectContaining({ text: '瑞金', code: '360781', canonical: '瑞金市' }));
    expect(out).toContainEqual(expect.objectContaining({ text: '江西省', code: '360000', province: '江西省' }));
  });

  it('decides a name two units share by the chronicle\'s other places, else gives no code', () => {
    const alone = entities().extract(ctxFor('在朝阳区举办。')).find((e) => e.text === '朝阳区');
    expect(alone).toBeDefined();
    expect(alone).not.toHaveProperty('code');
    const ex = entities();
    const doc = { title: null, year: 2020, subject: null };
    ex.extract(ctxFor('北京市召开会议。', doc));
    expect(ex.extract(ctxFor('在朝阳区举办。', doc))).toContainEqual(expect.objectContaining({ text: '朝阳区', code: '110105', province: '北京市' }));
  });

  it('keeps a county\'s short form alone only when the chronicle names its prefecture or province', () => {
    expect(entities().extract(ctxFor('石狮的发展。')).some((e) => e.text === '石狮')).toBe(false);
    const ex = entities();
    const doc = { title: '2016年泉州海洋职业学院大事记', year: 2016, subject: '泉州海洋职业学院' };
    expect(ex.extract(ctxFor('石狮的发展。', doc))).toContainEqual(expect.objectContaining({ text: '石狮', code: '350581', canonical: '石狮市' }));
  });

  it('keeps every mention; uniqueEntities keeps the first per (type, canonical ?? text)', () => {
    const out = entityExtractor.extract(ctxFor('听取介绍输配电产业联盟后，对联盟运作模式赞赏，厦门、厦门。'));
    expect(out.filter((e) => e.text === '厦门')).toHaveLength(2);
    const unique = uniqueEntities(out);
    expect(unique.filter((e) => e.canonical === SUBJECT)).toHaveLength(1);
    expect(unique.filter((e) => e.text === '厦门')).toHaveLength(1);
    expect(unique[0]).toBe(out[0]);
  });
});

describe('findEntities', () => {
  it('returns hits sorted by start, one per span, offsets into text', () => {
    const text = '江西省瑞金市人民政府与万久、滨得利等企业签约。';
    const hits = findEntities({ text, norm: fold(text), subject: null, words: () => words(text) });
    const starts = hits.map((h) => h.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(hits.map((h) => `${h.start}:${h.end}`)).size).toBe(hits.length);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(expect.arrayContaining(['江西省瑞金市人民政府', '瑞金市', '万久', '滨得利']));
  });
  it('works without a segmenter', () => {
    const text = '秘书长张建琛代表联盟致电。';
    const hits = findEntities({ text, norm: fold(text), subject: SUBJECT });
    expect(hits.map((h) => text.slice(h.start, h.end))).toContain('张建琛');
  });
  it('asks the segmenter about stretches only, with the same result as the whole body cut', () => {
    const rows = [
      '2020年5月，江西省瑞金市人民政府副市长杨忠应邀到厦门考察，与万久、滨得利等企业签约。',
      '同日，联盟秘书长张建琛、副秘书长马丽一行赴龙岩市新罗区，拜访太白山景区和厦门大学（厦门）。',
      '會長陳細金先生與國網電商物聯科技有限公司簽署合作協議，希望与联盟开展合作。',
    ];
    for (const text of rows) {
      const asked: string[] = [];
      const cut = (t: string) => {
        asked.push(t);
        return jieba.cut(t);
      };
      const byStretch = findEntities({ text, norm: fold(text), subject: SUBJECT, cut });
      expect(byStretch).toEqual(findEntities({ text, norm: fold(text), subject: SUBJECT, words: () => words(text) }));
      for (const t of asked) expect(t).not.toMatch(/[，。、；：（）\s]/);
    }
  });
  it('takes names as plain lists or as a NameIndex alike', () => {
    const text = '万久、西高院与瑞金签约，万久再次到访。';
    const lists = { people: ['张三'], organizations: ['万久', '西高院'], places: ['瑞金'] };
    const input = { text, norm: fold(text), subject: null, words: () => words(text) };
    expect(findEntities(input, NameIndex.of(lists))).toEqual(findEntities(input, lists));
    expect(findEntities({ ...input, known: NameIndex.of(lists) })).toEqual(findEntities({ ...input, known: lists }));
    expect(findEntities(input, lists).filter((h) => h.rule === 'dictionary').map((h) => text.slice(h.start, h.end)))
      .toEqual(['万久', '西高院', '瑞金', '万久']);
  });
  it('throws when norm is not the folded text', () => {
    expect(() => findEntities({ text: 'abc', norm: 'ab', subject: null })).toThrow(/^dashiji: findEntities: .*same length/);
    expect(() => findEntities({ text: 'abc', norm: 'ab', subject: null })).toThrow(TypeError);
  });
});

// Catastrophic backtracking in these patterns is checked by recheck in tests/redos.test.ts.

/**
 * The default event-type vocabulary: which words in an entry say what kind of event it reports.
 *
 * Written for the chronicles people actually keep: alliances and associations, companies,
 * universities and student clubs, county and city governments. Every word here is general
 * chronicle language, never a name from one file. A type is a topic label, not a claim that
 * the event happened: "希望与联盟开展合作" types the entry as `cooperation` too (see the README
 * gaps), because the entry is about a cooperation.
 *
 * Decisions worth knowing:
 * - 学院 is NOT a training trigger: in chronicles it is nearly always part of a school's name
 *   (许昌电气职业学院, 计算机信息工程学院首届网页设计大赛), and a name says who, not what
 *   happened. Training is recognized by the act: 培训, 集训, 人才培养, 育人, 招生 …
 * - 交流 (an exchange of views) is a `meeting`: "考察交流" is a visit AND a meeting.
 * - 大赛/竞赛 are `award`: a competition is reported for its prizes.
 * - A trigger inside a longer word of another meaning is blocked by TRIGGER_GUARDS
 *   (合作社 is an organization, not a cooperation; 运动员 is an athlete, not a campaign).
 *   The extractor also ignores triggers inside an organization or place name found by the
 *   entities extractor (厦门市台商投资企业协会 is not an investment) and inside a book title
 *   《…》 (a news headline's 发布 is not a publication by the subject).
 * - `A…B` is a gapped trigger: A, then B later in the same clause (选举那履坤为县政协主席).
 */

/** Type name → trigger words. Frozen; pass `eventTypes({ types })` to add or change types. */
export const EVENT_TYPES = Object.freeze({
  /** Meetings of every size, and the verbs that hold them. */
  meeting: ['会议', '论坛', '峰会', '年会', '大会', '座谈', '交流会', '交流', '恳谈会', '研讨', '推介会', '报告会', '洽谈会', '联席会', '茶话会', '见面会', '审查会', '庆功会', '例会', '沙龙', '召开'],
  /** Agreements signed. */
  signing: ['签署', '签约', '签订', '协议', '合同', '备忘录', '缔结'],
  /** Visits, inspections and receptions, in either direction. */
  visit: ['考察', '调研', '走访', '莅临', '拜访', '来访', '视察', '检查', '访问', '慰问', '接见', '参观', '看望', '出访'],
  /** Appointments, elections and honorary posts. */
  appointment: ['聘任', '聘书', '受聘', '聘请', '聘…为', '任命', '选举…为', '推选…为', '当选', '就任', '任职', '换届', '免去'],
  /** Evaluations, reviews and acceptance checks. */
  review: ['评审', '评选', '评定', '验收', '评估', '鉴定', '考核', '评比', '认定'],
  /** Competitions, prizes and honours. */
  award: ['大赛', '竞赛', '决赛', '现场赛', '邀请赛', '选拔赛', '锦标赛', '获奖', '摘得', '荣获', '授予', '称号', '特等奖', '一等奖', '二等奖', '三等奖', '优秀奖', '金奖', '表彰', '颁奖', '嘉奖', '桂冠', '冠军'],
  /** Teaching, training and recruiting of students or members. */
  training: ['培训', '集训', '实训', '人才培养', '育人', '职教', '招新', '招生', '讲座', '授课', '开学', '毕业', '进修', '研修'],
  /** Publishing, media and campaigns of information. */
  publicity: ['播报', '发布', '倡议', '宣传', '宣贯', '创刊', '报道', '出版', '发行', '推介', '推广'],
  /** Investment, attraction of investment and the money outcomes of projects. */
  investment: ['项目落地', '投入', '产值', '投资', '招商', '引资', '融资', '注资', '募资'],
  /** Founding of organizations, services, shops and units. */
  founding: ['成立', '创立', '创办', '创建', '组建', '筹建', '设立', '建立', '开设', '开业', '上线', '开通', '启用', '挂牌'],
  /** Construction and commissioning of works. */
  construction: ['开工', '奠基', '竣工', '完工', '建成', '落成', '投产', '投入使用', '投入运营', '通车'],
  /** Changes to an organization: names, rank, merges, moves, closing. */
  reorganization: ['更名', '改名', '更改为', '改为', '撤销', '升格', '合并', '撤并', '并入', '划归', '改制', '重组', '迁址', '外迁', '移交', '撤区', '并乡', '关闭', '解散', '停办', '注销', '停业'],
  /** Partnerships, joint work and joining a network. */
  cooperation: ['合作', '共建', '联合', '携手', '协作', '对接', '结对', '共同主办', '共同开发', '加入'],
  /** Ceremonies and commemorations. */
  ceremony: ['仪式', '揭牌', '授牌', '剪彩', '典礼', '庆典', '纪念', '周年', '颁证', '开幕', '闭幕'],
  /** Culture and sports events. */
  culture: ['演出', '会演', '汇演', '展览', '展会', '博览会', '文艺', '晚会', '运动会', '亚运', '奥运', '火炬', '登山'],
  /** Research and development. */
  research: ['研发', '科研', '课题', '专利', '立项', '攻关', '研制'],
  /** Government and party politics: congresses, campaigns, petitions. */
  politics: ['人代会', '人民代表大会', '代表大会', '党代会', '政协', '全会', '整风', '运动', '上访', '信访', '精兵简政'],
  /** Disasters and accidents. */
  incident: ['事故', '火灾', '洪水', '洪灾', '水灾', '旱灾', '地震', '灾害', '救灾', '抗灾', '抢险'],
} as const satisfies Record<string, readonly string[]>);

/** Chinese display names of the default types, for reports and text output. */
export const EVENT_TYPE_LABELS: Readonly<Record<DefaultEventType, string>> = Object.freeze({
  meeting: '会议',
  signing: '签约',
  visit: '考察走访',
  appointment: '聘任选举',
  review: '评审',
  award: '赛事奖项',
  training: '培训',
  publicity: '宣传发布',
  investment: '投资招商',
  founding: '成立',
  construction: '建设',
  reorganization: '机构变更',
  cooperation: '合作',
  ceremony: '仪式',
  culture: '文体',
  research: '研发',
  politics: '政务',
  incident: '灾害事故',
});

/** The default type names. */
export type DefaultEventType = keyof typeof EVENT_TYPES;

/**
 * Words in which a trigger does NOT mean its type. A guard competes with the triggers under
 * "longest match wins" and, when it wins, the place yields no type.
 */
export const TRIGGER_GUARDS: readonly string[] = Object.freeze([
  '合作社', // 农业生产合作社: an organization
  '合作区', // 厦龙合作区: a place
  '联合会', // 工商联合会: an organization
  '联合国',
  '联合诊所', // 中西联合诊所: a clinic
  '运动员', // 爬山运动员: an athlete
  '检查站',
  '竞赛队', // ACM竞赛队: a team
  '现金奖', // 现金奖励: 金奖 straddles 现金|奖
]);

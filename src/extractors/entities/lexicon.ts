/**
 * The genre's general vocabulary, and nothing else: titles, honorifics, organization and place
 * suffixes, surnames, a gazetteer of China's provinces and prefecture-level cities, and bodies
 * every reader knows. No name, number or phrase is here because one chronicle has it: the
 * people and companies of a chronicle are found by the rules in `find.ts`, as the next
 * chronicle's will be.
 *
 * Everything is written once, in simplified characters. Traditional text is matched through
 * `simplify` (src/text.ts, OpenCC's character table), which folds the text to simplified without
 * changing its length.
 */

/** Split a space-separated word list (keeps the long lists below readable). */
const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/**
 * Core titles: the word a chronicle puts next to a name. Ordered nowhere: matching takes the
 * longest. Corporate titles are in `CORPORATE_TITLES` too, because a short name in front of
 * them is a company (`万久总经理`), while one in front of 市长 is a place (`瑞金市长`).
 */
export const CORE_TITLES: readonly string[] = words(`
  秘书长 理事长 会长 主席 主任 主任委员 主委 书记 常委 委员 部长 统战部长 组织部长 宣传部长
  省长 市长 县长 区长 州长 镇长 乡长 村长 旗长 盟长 厅长 局长 处长 科长 股长 署长 所长 站长 院长 校长
  司长 总理 总书记 党组书记 党委书记 总经理 经理 董事长 董事 监事长 监事 总裁 总监 总工程师 总工
  总会计师 总经济师 总信息师 总设计师 总编辑 总编 主编 社长 台长 行长 厂长 队长 团长 总队长 支队长
  首席执行官 首席技术官 执行官 创始人 联合创始人 合伙人 负责人 主管 专员 巡视员 调研员 顾问 参事
  秘书 干事 理事 会员代表 发言人 大使 领事 参赞 司令员 政委 政治委员 教授 研究员 讲师 院士 博士
  工程师 高级工程师 馆长 主持人 总指挥 指挥长 组长 领导人 委员长 议长 审计长 检察长 庭长 审判长
  助理 院长助理 校长助理 科员 主任科员 辅导员 班主任 导师
  财务总监 技术总监 销售总监 市场总监 运营总监 行政总监 人力资源总监 项目经理 产品经理 销售经理
  市场经理 财务经理 首席财务官 首席运营官 首席信息官 首席科学家 党组成员 行政长官 行政总裁
  医师 主任医师 主治医师 护士长 药师 特级教师 大队长 生产队长 车间主任
  知县 知州 知府 县令 县丞 主簿 典史 巡检 教谕 训导 巡抚 总督 道台 同知 通判 提督 总兵 参将 守备 布政使 按察使
  学政 保长 甲长 乡长 工段长 议员 立法会议员 市议员 总统 副总统 特首 执行长 总干事
  CEO CFO CTO COO CIO CMO
`);

/**
 * What a person is rather than an office held, said right before the name (`教师张伟`, `校友陈明`,
 * `中共党员吴苓生`): the role of a name that follows, and nothing else. Unlike titles they stand in
 * bodies' names (学生处, 教师发展中心, 职工学校) and in longer words (大学生), so they are no titles:
 * the rule takes one only where the segmenter starts a word with it and no body or place holds it.
 */
export const ROLE_NOUNS: readonly string[] = words(`
  教师 指导教师 指导老师 学生 研究生 博士生 硕士生 本科生 毕业生 校友 志愿者 医生 护士 运动员 教练 教练员
  队员 选手 记者 作家 画家 书法家 艺术家 演员 律师 职工 员工 党员 共产党员 干部 支书 村支书 团支书 劳模 烈士
  成员 楷模 领导 市领导 县领导 区领导 省领导 校领导 院领导 村民 进士 举人 贡生 秀才 监生 生员 翰林
  主教练 助理教练 讲解员 棋手 裁判员 塾师 业师 恩师 导师 门生 弟子 友人 好友 挚友 同窗 同乡
  父亲 母亲 其父 其母 其妻 祖父 祖母 长子 次子 三子 幼子 长女 次女 幼女 妻子 胞兄 胞弟 岳父 叔父 伯父
`);

/** Prefixes that make a new title of a core one: `副市长`, `常务副主任`, `名誉会长`. */
export const TITLE_MODIFIERS: readonly string[] = words(`
  副 常务副 常务 执行 名誉 荣誉 代理 代 第一副 第一 首席 终身 创会 轮值 原 前 时任 现任 高级 资深 特聘 客座
  执行副 高级副 资深副 首席副 独立 非执行 区域 大区 全球
`);

/**
 * Party and government committee prefixes that belong to the title: `县委书记`, `市委副书记`,
 * `县委常委`, `市委主委`. They are kept in the role because that is how the title is said.
 */
export const COMMITTEE_PREFIXES: readonly string[] = words(`
  省委 市委 县委 区委 州委 镇委 乡委 党委 党组 党工委 工委 纪委 政协 人大 省政协 市政协 县政协
`);

/** Titles after which a short name is a company, not a place: `万久总经理`, `明翰董事长`. */
export const CORPORATE_TITLES: ReadonlySet<string> = new Set(
  words(`总经理 副总经理 经理 董事长 副董事长 董事 总裁 副总裁 总监 创始人 联合创始人 总工程师
    首席执行官 首席技术官 厂长 行长 合伙人 监事长 财务总监 技术总监 销售总监 市场总监 运营总监 行政总监
    人力资源总监 项目经理 产品经理 销售经理 市场经理 财务经理 首席财务官 首席运营官 首席信息官`),
);

/** Courtesy words after a name; they anchor the name but are not a role. */
export const HONORIFICS: readonly string[] = words(`先生 女士 同志 小姐 老师 夫人 同学`);

/**
 * Organization suffixes, longest first where they nest. A suffix only makes an organization
 * with a name in front of it and a sensible left boundary (see `index.ts`).
 */
export const ORG_SUFFIXES: readonly string[] = words(`
  股份有限公司 有限责任公司 有限公司 集团有限公司 公司 集团 分公司 子公司
  大学 学院 学校 中学 小学 职业学院 技术学院 技师学院 学系 研究生院
  研究院 研究所 研究中心 设计院 科学院 工程院 实验室 重点实验室
  协会 学会 商会 基金会 联合会 促进会 研究会 联谊会 俱乐部 联盟 联合体 合作社
  委员会 管委会 党工委 人民政府 政府 局 处 厅 事业部 中心 党支部 党总支 支部 党委 工作组
  医院 卫生院 银行 信用社 电视台 广播电台 报社 杂志社 出版社 厂 电厂 专署 公署 法院 检察院
  办事处 代表处 事务所 站 总站 分院 分局 支局 系 工会 党校
  交易所 博物馆 美术馆 图书馆 纪念馆 档案馆 科技馆 文化馆 幼儿园 书院 分行 支行 分校 分会
  人民代表大会 艺术团 职专 博物院 指挥部 办公室 专家组 巡察组 督导组
  内科 外科 医学科 急诊科 儿科 妇产科 眼科 口腔科 皮肤科 放射科 检验科 药剂科 麻醉科 康复科 中医科 骨科 护理部
  人民公社 公社 生产大队 大队 生产队 革委会 革命委员会 供销社 干校 农场 林场
`);

/**
 * Suffixes that must not be taken when the next character makes them part of a longer word
 * (`大学生`, `中心城区`, `公司法`), or when the character before makes a common word
 * (`格局`, `好处`, `客厅`, `关系`).
 */
export const SUFFIX_GUARDS: Readonly<Record<string, { next?: string; prev?: string }>> = {
  大学: { next: '生学制', prev: '全' },
  学院: { next: '派' },
  中心: { next: '城区点思线任', prev: '市重圆核为以的' },
  大队: { next: '长部' },
  公社: { next: '员' },
  公司: { next: '法' },
  集团: { next: '化军' },
  局: { next: '面部势限长', prev: '结格布大全当开僵骗饭赌残终' },
  处: { next: '理于在置分罚境事长', prev: '到好之住长难相各此何出深一两几四坏益办书多' },
  中学: { next: '习生', prev: '集高初' },
  厅: { next: '长', prev: '客大餐舞展门歌前示告议能会播演' },
  厂: { next: '长区房家商', prev: '工' },
  站: { next: '长台点', prev: '网车首一' },
  系: { next: '统列数主', prev: '关体联派谱星水直维世母父' },
  支部: { next: '书' },
  党委: { next: '书副委常' },
  政府: { next: '' },
  书院: { prev: '图' },
  分行: { next: '业' },
  博物馆: { next: '馆' },
};

/** Department words that are not organizations on their own (`联盟秘书处` is the 联盟). */
export const NOT_ORG_SUFFIX_WORDS: ReadonlySet<string> = new Set(
  words(`秘书处 办公室 客厅 恳谈会 委员会委员`),
);

/**
 * Development zones and parks: a place when used as a location, an organization when it acts
 * (`与…高新区签署`).
 */
export const ZONE_SUFFIXES: readonly string[] = words(`
  国家级经济技术开发区 经济技术开发区 国家经济开发区 经济开发区 高新技术产业开发区 高新技术开发区
  开发区 经开区 高新区 新区 工业园区 产业园区 园区 工业园 产业园 科技园 科创园 孵化园 合作区 试验区
  示范区 保税区 自贸区 综合保税区
`);

/** Administrative units after a place name. `市`/`县`/`区` alone need a left boundary. */
export const ADMIN_SUFFIXES: readonly string[] = words(`
  特别行政区 自治区 自治州 自治县 自治旗 地区 省 市 县 区 镇 乡 村 旗 盟 州 街道
`);

/**
 * Words that make a kind of place, not a place, before a unit: `贫困县`, `示范村`, `生态乡镇`,
 * `特色小镇`, `部分县直单位`, `选举产生区委`. Genre vocabulary of award and policy categories.
 */
export const NOT_PLACE_STEMS: ReadonlySet<string> = new Set(words(`
  贫困 部分 生态 样板 先进 示范 产生 文明 特色 重点 试点 美丽 卫生 旅游 百强 小康 富裕 宜居 园林
  平安 法治 和谐 全国 全省 所在 专业 明星 传统 历史文化 少数民族 民族 边境 革命老 山区 农业 工业 经济
  脱贫 深度贫困 欠发达 发达 沿海 内陆 边远 偏远
`));

/** Characters that never stand in a place stem (`全县`, `城区`, `园区`, `社区`, `小镇`). */
export const NON_PLACE_CHARS =
  '全本该各每某此其两一二三四五六七八九十几多诸城园社景山辖郊灾牧矿片街校厂营战小大老旧副市县区省镇乡村地部中' +
  '东西南北上下内外前后左右的了和与及等在到为是对从业会局处人员长委团队组号点线赛蚕产林病疫';

/** Characters that are rarely part of a given name but often follow or precede one. */
export const NON_GIVEN_CHARS =
  '的了是在和与同及等对为向到从于把被将就也都又而并或且之其这那此该本各每某你我他她它们一行人长员部处局委' +
  '会市县省区镇乡村院校司厂店所站队组团社党府业商单位等带领率出席主持代表介绍表示说称陪到' +
  '阁楼宫殿寺庙馆亭' +
  '，。、；：！？,.;:!?()（）“”"《》 \t';

/**
 * Characters of NON_GIVEN_CHARS that given names of the genre use all the time (王为民, 李长春,
 * 张和平, 王建业, 李从军, 杨会军, 何向阳, 张同庆): a name with them counts where no plainer name
 * ends as well (Scanner.givenSoft).
 */
export const SOFT_GIVEN_CHARS = '长为向和业从会同';

/**
 * Surnames: the common single ones of the 百家姓 and the modern top four hundred, and the
 * compound ones. `同`, `向`-like function words that are also rare surnames are left out
 * where they would mostly misfire (`同马丽局长`).
 */
export const SURNAMES: readonly string[] = words(`
  王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田
  董 袁 潘 蔡 蒋 余 于 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白
  邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 汤 常 温 康
  施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包
  宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻
  祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 穆 农 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 宫 费 卜 冷 晏
  席 卫 米 柏 宗 瞿 桂 佟 臧 闵 苟 邬 边 卞 姬 师 仇 栾 隋 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘
  池 查 麻 苑 迟 邝 官 封 谈 匡 鞠 惠 荆 乐 冀 郁 胥 南 班 储 栗 燕 楚 鄢 劳 谌 奚 冼 蔺 楼 盘 满 闻 厉
  伊 仝 郜 阚 权 强 帅 屠 朴 盖 练 廉 禹 井 祖 漆 巴 丰 支 卿 狄 计 索 宣 晋 初 云 容 敬 扈 晁 芮 普 阙
  浦 戈 伏 鹿 薄 邸 雍 辜 羊 裘 亓 修 邰 赫 杭 况 宿 鲜 印 逯 隆 茹 诸 战 慕 危 玉 银 亢 嵇 哈 湛 宾 戎
  勾 茅 利 呼 居 揭 干 尉 冶 斯 束 檀 展 昝 智 奉 衡 富 尧 闭 苍 莘 贡 逄 扶 堵 宰 郦 璩 濮 寿 郏 阎 宦
  鱼 慎 庾 暨 弘 禄 东 殳 沃 蔚 夔 厍 融 訾 毋 乜 须 巢 蒯 竺 桓 万俟 司马 上官 欧阳 夏侯 诸葛 闻人 赫连 皇甫 尉迟 公羊 澹台 公冶
  宗政 濮阳 淳于 单于 太叔 申屠 公孙 仲孙 轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 亓官 司寇 子车 颛孙 端木 巫马 公西 漆雕 乐正 壤驷 公良 拓跋 宰父 谷梁 段干 东郭
  呼延 羊舌 梁丘 左丘 习 单
`);

/**
 * Cities of Taiwan, which the GB/T 2260 table (src/data/gazetteer.ts) lists only as a province:
 * named without a code.
 */
export const TAIWAN_CITIES: readonly string[] = words(`台北 新北 桃园 台中 台南 高雄 基隆 新竹 嘉义 花莲 台东 屏东 宜兰 彰化 南投 云林 苗栗 澎湖`);

/**
 * Hong Kong's and Macau's districts and best-known areas, which GB/T 2260 does not divide
 * (`九龙`, `将军澳`, `氹仔`): places without a code.
 */
export const HK_MACAU_PLACES: readonly string[] = words(`
  九龙 新界 港岛 香港岛 深水埗 旺角 尖沙咀 铜锣湾 中环 湾仔 将军澳 天水围 东涌 沙田 荃湾 元朗 屯门 大埔 葵涌 葵青
  观塘 黄大仙 西贡 离岛 油尖旺 九龙城 上水 粉岭 大屿山 氹仔 路环 路氹 澳门半岛 花地玛堂区 圣安多尼堂区 风顺堂区
`);

/**
 * Gazetteer stems and country names that are also ordinary words or common given names
 * (`大同`, `朝阳`, `日照`, `中山`, `加纳`, `中非`): taken only with their suffix (`大同市`) or directly
 * before another place unit.
 */
export const AMBIGUOUS_PLACES: ReadonlySet<string> = new Set(
  words(`大同 朝阳 通化 白山 黄山 中山 玉林 白银 吉安 三明 阿里 和田 来宾 日照 安康 金华 大庆 保山
    红河 文山 普洱 山南 海东 海北 海西 黄南 定西 随州 宜春 德阳 新余 长治 本溪 泰安 丽水 金昌 兴安
    北海 安顺 永州 黑河 怒江 凉山 天水 东营 常德 益阳 商丘 信阳 南阳 阳江 河源 清远 玉树 大理 恩施
    丽江 六安 铜仁 延安 平凉 庆阳 吉林 桃园 新竹 嘉义 中非 多哥 马里 加纳 乍得 不丹 约旦 汤加 黑山 海地 苏丹
    圣诞岛 关岛 台东 南投`),
);

/**
 * Countries under the names chronicles use beside the ISO names of the gazetteer table: the USSR
 * of the 1950s, the People's Republic by its full name.
 */
export const COUNTRIES: readonly string[] = words(`
  中国 中华人民共和国 美国 英国 法国 德国 日本 韩国 朝鲜 俄罗斯 苏联 印度 加拿大 澳大利亚 意大利
  西班牙 荷兰 瑞士 瑞典 新加坡 马来西亚 泰国 越南 巴西 埃及 以色列 伊朗 新西兰 比利时 丹麦 挪威 芬兰
  奥地利 波兰 葡萄牙 希腊 土耳其 印度尼西亚 菲律宾 巴基斯坦 南非 墨西哥 阿根廷 蒙古 老挝 柬埔寨 缅甸
`);

/**
 * Cities abroad a chronicle visits, hosts or signs with: capitals and the large and well-known
 * cities, under their usual Chinese names. No table has them, and the segmenter tags many as people
 * (慕尼黑, 吉隆坡 are `nr`). Names that are also the middle of common words are left out (里加 in
 * 这里加强, 马赛 in 马赛克, 万象 in 包罗万象).
 */
export const WORLD_CITIES: readonly string[] = words(`
  东京 大阪 京都 名古屋 横滨 神户 福冈 札幌 首尔 釜山 仁川 平壤 乌兰巴托 河内 胡志明市 金边 曼谷 清迈
  普吉 仰光 吉隆坡 槟城 马六甲 雅加达 泗水 巴厘岛 马尼拉 斯里巴加湾 新德里 孟买 班加罗尔 加尔各答
  加德满都 科伦坡 伊斯兰堡 卡拉奇 喀布尔 德黑兰 巴格达 利雅得 吉达 迪拜 阿布扎比 多哈 科威特城
  马斯喀特 安曼 贝鲁特 大马士革 耶路撒冷 特拉维夫 安卡拉 伊斯坦布尔 阿斯塔纳 阿拉木图 塔什干 比什凯克
  杜尚别 阿什哈巴德 巴库 第比利斯 埃里温 莫斯科 圣彼得堡 符拉迪沃斯托克 海参崴 新西伯利亚 明斯克 基辅
  华沙 布拉格 布达佩斯 维也纳 柏林 慕尼黑 汉堡 法兰克福 杜塞尔多夫 斯图加特 汉诺威 莱比锡 德累斯顿
  巴黎 里昂 波尔多 图卢兹 斯特拉斯堡 伦敦 曼彻斯特 伯明翰 利物浦 爱丁堡 格拉斯哥 剑桥 牛津
  都柏林 阿姆斯特丹 鹿特丹 海牙 布鲁塞尔 安特卫普 卢森堡 日内瓦 苏黎世 伯尔尼 洛桑 达沃斯 罗马 米兰
  威尼斯 佛罗伦萨 都灵 那不勒斯 马德里 巴塞罗那 瓦伦西亚 塞维利亚 里斯本 波尔图 雅典 索非亚 布加勒斯特
  贝尔格莱德 萨格勒布 卢布尔雅那 布拉迪斯拉发 维尔纽斯 赫尔辛基 斯德哥尔摩 哥德堡 奥斯陆
  哥本哈根 雷克雅未克 纽约 华盛顿 洛杉矶 旧金山 芝加哥 波士顿 西雅图 休斯敦 费城 亚特兰大 迈阿密
  拉斯维加斯 底特律 达拉斯 圣地亚哥 硅谷 檀香山 夏威夷 多伦多 温哥华 蒙特利尔 渥太华 卡尔加里 墨西哥城
  哈瓦那 圣保罗 里约热内卢 巴西利亚 布宜诺斯艾利斯 波哥大 加拉加斯 悉尼 墨尔本 堪培拉 布里斯班
  珀斯 阿德莱德 奥克兰 惠灵顿 基督城 开罗 亚历山大港 约翰内斯堡 开普敦 比勒陀利亚 内罗毕 拉各斯 阿布贾
  亚的斯亚贝巴 达累斯萨拉姆 卡萨布兰卡 突尼斯城 阿尔及尔
`);

/**
 * Bodies every reader knows by a short name: the state grids, central organs, ministries,
 * the parties. Matched as organizations where they stand alone.
 */
export const NATIONAL_BODIES: readonly string[] = words(`
  国家电网 国网 南方电网 南网 国务院 中共中央 党中央 全国人大 全国人大常委会 全国政协 中央军委 中共
  中国共产党 中国科学院 中科院 中国工程院 中国社会科学院 国家发改委 发改委 工信部 工业和信息化部
  外交部 教育部 科技部 财政部 商务部 国防部 公安部 民政部 司法部 人社部 自然资源部 生态环境部
  住建部 交通运输部 水利部 农业农村部 文化和旅游部 卫健委 国家卫健委 国资委 国家能源局 国家统计局
  海关总署 市场监管总局 中国人民银行 央行 证监会 银保监会 民革 民盟 民建 民进 农工党 致公党 九三学社 台盟
  全国工商联 共青团 共青团中央 团中央 全国总工会 中国电信 中国移动 中国联通 中国石油 中国石化 中石油
  中石化 中国电建 中国能建 国家能源集团 华能 大唐 国家电投 三峡集团 腾讯 阿里巴巴 百度 华为 小米 京东
  中兴 联想 海尔 新华社 人民日报 中央电视台 央视 中国科协 中国文联 中国作协 全国妇联 中国侨联 中国残联
  中华全国总工会 中国社科院 中国人民解放军 解放军 中国人民武装警察部队 武警 联合国 联合国教科文组织
  世界卫生组织 世卫组织 世界贸易组织 世贸组织 世界银行 国际货币基金组织 亚洲开发银行 国际奥委会 欧盟 东盟
  卫生部 国家卫生健康委员会 国家卫生健康委 国家卫生计生委 国家卫计委 国家自然科学基金委员会 国家自然科学基金委
  国家知识产权局 国家市场监督管理总局 国家药品监督管理局 国家药监局 国家税务总局 国家林业和草原局 国家文物局
  国家体育总局 国家广播电视总局 国家中医药管理局 国家国防科技工业局 国家航天局 国家外汇管理局 国家档案局
  人力资源和社会保障部 住房和城乡建设部 应急管理部 退役军人事务部 国家发展和改革委员会 国家发展改革委
  最高人民法院 最高人民检察院 中央纪委 国家监委 中央组织部 中组部 中央宣传部 中宣部 中央统战部
  上海证券交易所 上交所 深圳证券交易所 深交所 北京证券交易所 北交所 香港联合交易所 港交所 纽约证券交易所 纽交所
  香港特别行政区政府 澳门特别行政区政府 行政院 立法院 监察院 考试院 司法院 经济部 内政部 教育部体育署
`);

/**
 * Stems of bureau names that contain 和 (`工业和信息化局`), and the first halves of the disciplines a
 * school's college joins with 与 (`计算机科学与技术学院`): without them the left boundary rule would
 * cut the name at 和 or 与.
 */
export const AND_STEMS: readonly string[] = words(`
  工业和信息化 住房和城乡建设 人力资源和社会保障 文化和旅游 自然资源和规划 科学技术和 商务和 工业和科技
  新闻出版和 教育和体育 卫生和计划生育 海洋与渔业 人力资源与社会保障 文化与旅游 自然资源与规划 住房与城乡建设
  海洋和渔业 农业与农村 农业和农村 生态与环境 应急与安全 碳中和
  科学与 技术与 工程与 信息与 电子与 电气与 经济与 管理与 机械与 材料与 化学与 化工与 生命与 环境与 资源与
  能源与 文化与 新闻与 艺术与 数学与 物理与 建筑与 土木与 交通与 计算机与 马克思主义与
`);

/**
 * Words that end the left context of a name or an organization: verbs and prepositions that
 * stand before them in this genre. Single characters (`与`, `由`, `在`) count only where the
 * word segmenter also cuts them off (so `同济大学` keeps its 同).
 */
export const LEFT_STOPS: readonly string[] = words(`
  与 和 同 由 在 到 赴 为 向 及 对 将 把 被 从 于 是 的 了 给 随 跟 并 或 等 往 去 来 获 受 率 以 也 还 又
  就 都 经 应 让 请 至 及其 前往 拜访 走访 参加 参与 签署 签订 考察 调研 视察 莅临 来到 来自 举办 举行
  召开 主办 承办 协办 组织 组建 成立 设立 创办 创立 加入 联合 陪同 带领 率领 听取 邀请 应邀 代表 推介
  介绍 获得 荣获 授予 选举 任命 聘任 聘请 通过 根据 按照 以及 还有 包括 其中 分别 共同 携手 会同 牵头
  单位 成员单位 会员单位 理事单位 讨论 宣读 颁发 致电 慰问 接见 会见 会上 期间 当天 同日 对于 关于
  针对 面向 依托 保留 撤销 支持 帮助 协助 了解 见证 接受 受到 得到 进入 入驻 落户 走进 深入 回到
  离开 抵达 到达 访问 参观 观摩 引进 引入 成为 担任 兼任
  设在 位于 地处 上午 下午 晚上 期间 之间 以来 之后 之前 以后 以前 获知 听说 表示 认为 宣布 指出
  分别是 相关 各 由于 因为 并在 和在 在于 带 率队 率团 以及在 一同 一起 随后 此后 最终 最后 其后
  首先 然后 届时 同时 又在 省里 市里 县里 名单 发布 公布 揭牌 授牌 挂牌 建立 筹建 申报 培育 评为
  来访 到访 回访 合作 共建 欢迎 提高 暨 完成 实现 打造 走访了 考察了 拜访了 参观了 简称 移交 改为 更名为 改名为
  开始 升格为 更改为 并入 划归 隶属 目前 现在 当时 其前身为 前身为 利用 使用 通过了
  任教于 任职于 就职于 毕业于 就读于 供职于 工作于 修建 兴建 创建 重建 扩建 新建 捐建 改建 修缮 重修
  助力
  收购 并购 兼并 中标 参股 入股 注资 增资 所属 旗下 下属 全资 签约 出售 转让 认购 购买 买下 收到 联手
  子公司 分公司 作 做 迁至 迁往 迁到 逃往 撤至 移至 改隶 产生 选举产生
`);

/**
 * Words after which a name ends: punctuation is handled apart; these are the verbs,
 * prepositions and phrases that follow a person in this genre (`余建国主持`, `吴建平向`,
 * `陈志河等6名`).
 */
export const RIGHT_CUES: readonly string[] = words(`
  先生 女士 同志 等 一行 主持 代表 介绍 表示 出席 带领 率领 率 向 为 到 在 同 与 和 及 陪同 参加
  宣读 莅临 考察 颁发 致辞 讲话 担任 作 做 发表 会见 接见 视察 指出 强调 前往 来 赴 一同 一起
  分别 主讲 讲解 汇报 接待 检查 调研 走访 拜访 出任 当选 获 获得 荣获 对 听取 也 还 就 亲自 专程
  会同 带队 称 说 认为 提出 希望 签署 签订 致电 慰问 回答 解答 应邀 受邀 宣布 当场 兼任 是 的
  被 将 已 于 从 任 来到 参观 出访 访问 会谈 座谈 交流 见证 共同 率队 率团 团队 院士 同时 也是
  宣布 致 给 以 及其 发言 指导 部署 要求 批示 题词 剪彩 揭牌 授牌 作了 作为 等人 本人 夫妇
  参会 参与 莅临 带 捐赠 获评 荣膺 受聘 入选 逝世 去世 病逝 牺牲 驰援 带头 撰写 编著 创作
  回校 返校 到校 来校 莅校 调离 到任 离任 上任 卸任 退休 辞职 义诊 因 调任 接任 升任 转任 改任 继任 辞去
  作讲话 作发言 作致辞 作报告 作总结 作重要讲话 作工作报告 作主题报告 作专题报告 作辅导报告 作主旨演讲
  作政府工作报告 作述职报告 作动员讲话 作动员 作部署 作表态发言 作交流发言 作典型发言 作学术报告
  作专题讲座 作讲座 作专题辅导 作指示
  做讲话 做发言 做报告 做总结 结婚 订婚 读书 求学 就读 任教 执教 出生 诞生 病故
`);

/**
 * Verbs by which a person takes an office, standing between the person and the title
 * (`于少文当选为主任委员`, `李华出任总经理`, `刘洪任县委书记`): the title after them makes the name
 * before them a person. Two characters long, but for 任.
 */
export const OFFICE_VERBS: readonly string[] = words(`
  任 当选 出任 担任 接任 继任 连任 升任 就任 荣任 改任 兼任 调任 转任 留任 获任 荣膺
`);

/**
 * Words shaped like a river, lake, mountain or island name that are ordinary words (江山, 登山,
 * 深山, 海岛): the segmenter tags several of them as places.
 */
export const GENERIC_LANDFORMS: ReadonlySet<string> = new Set(words(`
  江山 河山 山河 江河 江湖 冰山 火山 登山 爬山 上山 下山 进山 出山 开山 靠山 青山 深山 高山 名山 大山 群山
  荒山 矿山 冰河 银河 运河 星河 天河 内河 小河 大河 大江 长河 护城河 海岛 宝岛 离岛 小岛 孤岛 半岛 群岛 列岛
`));

/** Category nouns that introduce a list of member companies (`成员单位今日集团、南平创四方`). */
export const ORG_LIST_HEADS: readonly string[] = words(`
  成员单位 会员单位 理事单位 成员企业 会员企业 合作伙伴 合作企业 参展企业 入驻企业
`);

/** Words that are never an organization's short name, whatever their context (`双方与…`). */
export const NOT_ORG_NAMES: ReadonlySet<string> = new Set(
  words(`双方 我们 他们 大家 各方 会议 会上 活动 企业 单位 项目 本会 本公司 公司 联盟 协会 相关 其他
    各企业 我会 我司 该公司 该企业 相关企业 有关 有关单位 各单位 会员 成员 理事 专家 领导 代表 政府
    市政府 县政府 区政府 省政府 人员 大会 会员单位 成员单位 部分企业 其中 一行`),
);

/**
 * Party and state bodies named after an administrative level: 市委, 县人民政府, 区教委, 市总工会.
 * After a place they are that place's body (石狮市委, 泉州市总工会); alone they are the body of
 * the chronicle's own place (县政府, 省人民政府), which readers resolve from context.
 */
export const STATE_BODIES: readonly string[] = words(`
  委 委员会 党委 人民政府 政府 人大常委会 人民代表大会常务委员会 人大 政协 总工会 文联 科协 侨联 妇联 残联
  工商联 社科联 团委 纪委 监委 纪委监委 发改委 教委 经信委 卫健委 工信委 教育工委 台办 外办 侨办 政府办
  科委 农委 计委 经委 体委 建委 计生委 革委会 革命委员会 人委 供销社 武装部 人武部 知青办 文明办 扶贫办
`);

/** Departments of a party committee or a government that stay in the body's name: 市委宣传部. */
export const BODY_DEPARTMENTS: readonly string[] = words(`
  宣传部 组织部 统战部 政法委 教育工委 教育工作委员会 办公室 办公厅 党校 网信办 老干部局 编办 政研室
  农办 改革办
`);

/** Administrative levels a body is named after: 省委, 市政府, 县人大, 区教委, 镇政府. */
export const BODY_LEVELS = '省市县区州旗镇乡';

/** Prefixes that belong to a party body's name: 中共石狮市委, 共青团泉州市委. */
export const BODY_PREFIXES: readonly string[] = words(`中共 共青团 民革 民盟 民建 民进 农工党 致公党 九三学社`);

/**
 * Suffixes of newspapers, broadcasters and news sites. The long ones name a medium wherever a
 * name stands before them (泉州晚报, 石狮日报); 报 and 网 alone do only after a place (中国教育报,
 * 中国网) or before a verb of publishing (人民网、光明网纷纷转载).
 */
export const MEDIA_SUFFIXES: readonly string[] = words(`
  晚报 日报 时报 商报 早报 都市报 电视台 广播电台 电台 新闻网 杂志社 报社 报 网
`);
/** The media suffixes that are evidence enough on their own. */
export const STRONG_MEDIA_SUFFIXES: ReadonlySet<string> = new Set(words(`晚报 日报 时报 商报 早报 都市报 电视台 广播电台 新闻网`));

/** Verbs of publishing after a medium's name (人民网…转载), and the words that may stand between. */
export const MEDIA_VERBS: readonly string[] = words(`转载 报道 刊发 刊登 刊载 播出 播发 登载 发表 专访 聚焦 推送 报导`);
export const MEDIA_FILLERS: readonly string[] = words(`等媒体 等网站 等平台 等 纷纷 分别 相继 先后 均 也 都 还 又 对此 就此 进行了 进行 予以 作了 做了`);

/** Words that end in 网 or 报 and name no medium: 电网, 互联网, 汇报, 申报. */
export const NOT_MEDIA_WORDS: ReadonlySet<string> = new Set(words(`
  电网 联网 互联网 物联网 上网 官网 组网 入网 并网 管网 光网 网 局域网 校园网 因特网 万维网 以太网 骨干网 天网 渔网 蛛网 球网 法网
  电报 汇报 申报 举报 简报 情报 公报 预报 年报 月报 周报 快报 喜报 海报 通报 上报 填报 呈报 捷报 警报 回报 报 学报 板报 墙报 黑板报
  电台 平台 舞台 台 讲台 看台 阳台 站台 前台 后台 柜台 主席台
`));

/**
 * Words of award and project categories, periods and floors: before a generic suffix they make a
 * kind or a room, not a name (第二批现代学徒制项目建设学校, 年度文明学校, 日治时期学校, 一楼海洋文化厅).
 */
export const CATEGORY_WORDS: readonly string[] = words(`
  项目 试点 普通 时期 时代 年代 期间
  第一家 第一所 第一座 第一个 首家 首所 首个 市属 省属 县属 区属 二级
  一楼 二楼 三楼 四楼 五楼`);

/**
 * Words of praise and rank that make a category when they end the name before its suffix
 * (`全国文明单位`, `示范学校`, `先进集体`), and may start a real one (`先进制造技术研究中心`).
 */
export const CATEGORY_ENDINGS: readonly string[] = words(`示范 先进 文明 优秀 合格 达标 星级 标杆 特色 品牌 样板`);

/** Verbs that give an organization its new name, in quotes: 学校改称「…」, 更名为“…”. */
export const RENAME_VERBS: readonly string[] = words(`改称 改名为 更名为 命名为 定名为 改名 更名 改制为 升格为 改为 易名为 正式命名为`);

/** Verbs that move to or place at a place, in quotes: 校地迁至「金面仔」. */
export const LOCATION_VERBS: readonly string[] = words(`迁至 迁往 迁到 迁入 搬至 搬到 搬迁至 移至 位于 坐落于 设于 落户`);

/**
 * Part-of-speech tags (jieba's set) of words that never start an organization's or a place's name:
 * verbs, prepositions, conjunctions, particles, adverbs, numerals, locatives, pronouns, measure
 * words (参访|嘉泰集团, 表彰|市级, 第二批|省级). Not time words: 今日集团 is a company.
 */
export const NOT_NAME_START_TAGS: ReadonlySet<string> = new Set(
  words(`v vd p c u uj ul uz ug uv ud d m mq f r q ad y e o`),
);

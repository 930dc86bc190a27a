/**
 * Every pattern of the figure extractor, in one place. They run on the FOLDED text (`fold`:
 * full-width digits, `％`, `，` already ASCII; same length as the text), so they never need a
 * full-width variant.
 *
 * The scanner `FIGURE` is one global regex: the whole entry body is read in a single pass, and a
 * hit already carries its number, its unit and the unit's kind (which named group matched). The
 * small anchored patterns below only look a few characters to either side of a hit. No pattern
 * has a quantifier inside a quantified group, and every repetition is bounded, so none can
 * backtrack catastrophically (tests/figures.test.ts runs a ReDoS check over all of them).
 *
 * The numeral class used below is NUMERAL_CHARS (src/numbers.ts) plus 0-9, minus 參 and 幺: in
 * running text 參 is 參加 (to join) and 幺 a name far more often than 3 or 1.
 */

/**
 * The scanner. Alternatives, in the order they are tried at one position:
 * - `百分之三十`: a percentage written out (group `pct`);
 * - `首届`, `首次`: ordinal 1 (groups `first`, `firstUnit`);
 * - `￥675.70`, `US$5`, `RMB 100万`: a currency sign or code, then Arabic digits (`sym`…);
 * - a numeral run (`num`), optional 余/多/来/几 (`post`) and multiplier (`mult`: 二百余万元),
 *   then ONE unit, whose kind is the name of the group that matched: `percent`, `duration`,
 *   `area`, `money`, `length`, `weight`, `people`, `count`, `ordinal`, `other`. Groups that share
 *   a first character come longest first (个百分点 and 个月 before 个, 人次 before 人, 平方米
 *   before 米), since the first alternative that fits wins.
 * Then a trailing qualifier (`tail`): 左右, 以上, 及以上 ….
 * A numeral run never starts right after a digit, numeral or Latin letter, so 一八二队 (a unit's
 * name) is read whole and rejected whole, never as its tail 二队; nor inside a version string
 * (v2.0 项目 holds no 0 项).
 *
 * Sticky, without the `d` flag: the finder tries it only where FIGURE_FIRST says a hit can
 * start, and works out every group's offset from the group lengths (each group sits at a known
 * place in the hit), so no index arrays are built for the thousands of hits of a long text.
 */
export const FIGURE =
  /(?:百分之(?<pct>[0-9〇零○一壹二贰貳两兩三叁四肆五伍六陆陸七柒八捌九玖十拾百佰千仟]{1,12}(?:点[〇零一二三四五六七八九]{1,8})?)|(?<first>首)(?<firstUnit>届|屆|次|批|期)|(?<sym>US\$|HK\$|NT\$|MOP\$|[$¥￥€£]|(?<![A-Za-z])(?:RMB|CNY|USD|HKD|EUR|JPY|GBP|TWD|MOP)) ?(?<symNum>[0-9][0-9.,]{0,20})(?<symMult>万|亿|萬|億)?(?<symUnit>元)?|(?<![0-9A-Za-z〇零○一壹二贰貳两兩三叁四肆五伍六陆陸七柒八捌九玖廿卄卅卌十拾百佰千仟万萬亿億兆])(?<![A-Za-z][0-9.]{1,12})(?<num>[0-9〇零○一壹二贰貳两兩三叁四肆五伍六陆陸七柒八捌九玖廿卄卅卌十拾百佰千仟万萬亿億兆][0-9.,〇零○一壹二贰貳两兩三叁四肆五伍六陆陸七柒八捌九玖廿卄卅卌十拾百佰千仟万萬亿億兆]{0,23}(?:点[〇零一二三四五六七八九]{1,8}[万亿萬億]?)?) ?(?<post>余|餘|多|来|來|几|幾)?(?<mult>百万|千万|万亿|亿|万|千|百|萬|億)? ?(?:(?<percent>%|‰|个百分点|百分点)|(?<duration>个多月|个多小时|个半月|个月|個月|个小时|個小時|个钟头|个星期|个工作日|个学期|个季度|周年|週年|工作日|学年|學年|学期|星期|小时|小時|分钟|分鐘|秒钟|昼夜|天|周|週|年)|(?<area>平方公里|平方千米|平方米|平米|公顷|公頃|亩|畝|顷)|(?<money>美元|美金|港元|港币|港幣|澳门币|澳門幣|澳门元|澳門元|葡币|葡幣|欧元|歐元|日元|英镑|英鎊|新台币|新臺幣|新台幣|新加坡元|台币|臺幣|澳元|加元|韩元|韓元|卢布|盧布|泰铢|泰銖|瑞士法郎|人民币|人民幣|块钱|塊錢|元|圆|圓|(?:RMB|CNY|USD|HKD|EUR|JPY|GBP|TWD|MOP)(?![A-Za-z]))|(?<length>公里|千米|英里|海里|厘米|毫米|纳米|納米|米)|(?<weight>千克|公斤|公吨|吨|噸|克|斤)|(?<people>人次|个人(?!民)|個人(?!民)|人(?!民公社)|名|位)|(?<count>场次|場次|台次|架次|例次|家次|车次|車次|班次|股|头|頭|家|个|個|项|項|条|條|件|份|所|座|台|臺|套|辆|輛|架|艘|部|本|册|冊|篇|场|場|次|批|期|类|類|种|種|张|張|只|隻|匹|棵|株|枚|颗|顆|处|處|栋|棟|幢|间|間|层|層|门|門|支|队|隊|组|組|班|户|戶|宗|例|笔|筆|首|幅|封|轮|輪)|(?<ordinal>届|屆|阶段|階段|行)|(?<other>千瓦时|千瓦|兆瓦|瓦|千伏|伏特|立方米|毫升|升|倍|周岁|週歲|岁|歲|℃|摄氏度|分贝)))(?<tail>及以上|以上|以下|以内|以內|左右|上下(?![游级級层層楼樓车車文班])|之多|有余|有餘|多)?/y;

/**
 * Every character a FIGURE hit can start with: 百 (百分之), 首 (首届), a currency sign, the first
 * letter of a currency code (US$, HK$, NT$, MOP$, RMB, CNY, USD, HKD, EUR, JPY, GBP, TWD, MOP) and the
 * numeral class. The finder looks the character up in a table built from this string and runs
 * the sticky scanner only there: most characters of a body start no figure. A character missing
 * here would silently lose figures, so tests/figures.test.ts checks this list against FIGURE.
 */
export const FIGURE_FIRST = '0123456789〇零○一壹二贰貳两兩三叁四肆五伍六陆陸七柒八捌九玖廿卄卅卌十拾百佰千仟万萬亿億兆首$¥￥€£UHNRCEJGTM';

/**
 * A qualifier written before the figure, read at the end of the text before it. The
 * lookbehinds keep words that merely end in the character: 签约/合约 (约), 最近/附近 (近). The
 * currency may stand between the qualifier and the number: 约合人民币5亿元.
 * 上/数/几 only count before a bare multiplier (上百, 数十, 几千); the finder checks that.
 */
export const QUALIFIER_BEFORE =
  /(?<q>大约|约合|约为|约莫|(?<![签簽合履预預特节節公制邀守违違践踐赴缔締条條])约|大概|将近|將近|接近|(?<![最附临臨邻鄰靠就])近|逾|超过|超過|超|不到|不足|不超过|不少于|不少於|不低于|至少|上|数|數|几|幾) ?(?:人民币|人民幣)? ?$/;

/** A currency named before the number: 港币500万元, 新臺幣三億五千萬元 (the unit alone says 元). */
export const CURRENCY_BEFORE = /(?<cur>港币|港幣|港元|美元|美金|新台币|新臺幣|新台幣|台币|臺幣|台幣|澳门币|澳門幣|澳门元|澳門元|葡币|葡幣|欧元|歐元|日元|英镑|英鎊|人民币|人民幣) ?$/;

/**
 * The low end of a range written before the figure: `3-5天`, `10至20万元`, `两到三个月`.
 * The figure takes its low end as the value, with qualifier at-least.
 */
export const RANGE_LOW =
  /(?<![0-9.,〇零一二两三四五六七八九十百千万亿])(?<lo>[0-9][0-9.,]{0,12}|[〇零一二两三四五六七八九十百千万亿]{1,8}) ?(?:-|~|至|到) ?$/;

/** What stands before a number + 年 when the number is a year: an era name. 民國七十八年 */
export const ERA_BEFORE =
  /(?:公元前?|西元|民国|民國|光绪|光緒|宣统|宣統|同治|咸丰|咸豐|道光|嘉庆|嘉慶|乾隆|雍正|康熙|顺治|順治|明治|大正|昭和|平成|令和) ?$/;

/** What follows a number + 年 when the number is a year: a month. 98年3月, 十五年九月 */
export const MONTH_AFTER = /(?: ?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}) ?月)/y;

/**
 * A single-character unit that is really the first character of another word, read at the
 * unit: 统一部署 (部署), 一次性 (次性), 三年级 (年级), 2019 年度 (年度), 五天然 …. Only
 * combinations where the figure reading is close to impossible are listed: 3家长期合作企业
 * must stay a figure, so 家长 is not here.
 */
export const NOT_A_MEASURE =
  /(?:家[庭族属屬]|个[性案]|条[龙龍件]|份[额額子]|所[以有在得属屬谓謂]|台[湾灣阶階风風]|架[构構势勢]|部[分署件]|股[份东東权權票市民价價]|[头頭][脑腦绪緒等版条條衔銜像发髮部号號雾霧扎栽]|人[帮幫]|本[科土地身届屆着系校县縣市省月年次期人书書部院所]|场[所景合]|次[性要日序]|批[准复複示评評]|期[间間限末刊待望货貨]|种[子植]|处[理长長于於]|门[户戶诊診槛檻]|支[持付出]|组[织織成建]|班[子长長级級主]|名[称稱单單字誉譽额額义義列牌片优優]|位[置于於居列数數]|人[民才员員士口类類们們群物生心事选選力气氣工]|元[素件旦首老宵]|天[然津下空际際堂气氣]|周[边邊末围圍刊报報期]|年[度级級代底初末会會份号號鉴鑑龄齡纪紀报報历曆货貨夜节節终終薪金假轻輕华華]|米[饭飯粉面]|克[服隆]|座[谈談]|例[如外]|宗[旨教]|首[都先席次届屆]|封[闭閉面]|届[时時]|轮[流胎]|岁[月])/y;

/** A character after a unit that turns numeral + unit into a word: 一元化, 一次性, 一站式, 三维型. */
export const WORD_SUFFIX = /[化性式型]/y;

/** Characters before 一 that make it part of a word: 统一, 唯一, 之一, 新一轮, 同一批. */
export const WORD_BEFORE_YI = /[统統唯之万萬同单單逐划劃专專归歸合均纯純整不其独獨任某新另每这這那哪又再进進初周]$/;

/**
 * `of` before a figure: a word for what is paid, counted or measured, then an optional
 * connector, at the end of the text before the figure. 前五年产值合计约29.79亿元 → 产值,
 * 上缴税费总计约10180万元 → 税费, 用工合计约900人 → 用工, 价格 ￥675.70 → 价格. A general list
 * of such nouns and verbs, plus any two characters before 率 (合格率达98%). `of` opens the
 * match, so its offsets are the match's own and the pattern needs no `d` flag.
 */
export const OF_BEFORE =
  /(?<of>总资产|總資產|净资产|淨資產|利润总额|利潤總額|交易金额|交易金額|中标金额|中標金額|融资金额|融資金額|地区生产总值|地區生產總值|生产总值|生產總值|总值|總值|总投入|總投入|总投资|總投資|投入|投资|投資|总产值|總產值|产值|產值|增加值|税费|稅費|税收|稅收|利税|利稅|纳税|納稅|奖励|獎勵|奖金|獎金|营收|營收|营业收入|營業收入|营业额|營業額|销售收入|銷售收入|销售额|銷售額|收入|净利润|淨利潤|利润|利潤|成交额|成交額|交易额|交易額|合同额|合同額|投资额|投資額|合同金额|金额|金額|总额|總額|资金|資金|经费|經費|费用|費用|成本|价格|價格|售价|售價|价值|價值|补贴|補貼|补助|補助|捐款|捐赠|捐贈|捐资|捐資|融资|融資|贷款|貸款|拨款|撥款|出口额|出口額|进口额|進口額|出口|进口|進口|产量|產量|产能|產能|人口|人数|人數|用工|员工|員工|职工|職工|就业|就業|面积|面積|占地|佔地|注册资本|註冊資本|资产|資產|估值|市值|工资|工資|预算|預算|订单|訂單|罚款|罰款|赔偿|賠償|损失|損失|保费|保費|租金|学费|學費|票价|票價|支出|存款|期限|工期|时长|時長|增长|增長|增幅|增速|下降|降幅|比例|占比|佔比|比重|[\u4e00-\u9fff]{2}率)(?:合计|合計|总计|總計|共计|共計|累计|累計|总共|總共|一共|共|达到|達到|达|達|为|為|是|计|計|有|高达|高達|多达|多達|突破|实现|實現|完成)? ?[:：]? ?$/;

/**
 * `of` after a measure word: the noun it counts, up to the next stop. 13 家成员单位 → 成员单位,
 * 100余名水电专家学者、教授 → 水电专家学者. The lazy run stops before a function word or a
 * verb that starts the next clause; the finder drops a run longer than 8 characters (unsure).
 */
export const OF_AFTER =
  /(?![的和与與及或并並在于於是等将將被把从從向对對由均都也还還又已获獲为為到])(?<of>[\u4e00-\u9fff]{1,9}?)(?=[^\u4e00-\u9fff]|$|[的和与與及或并並在于於是等将將被把从從向对對由均都也还還又已获獲为為到]|参加|參加|参与|參與|组建|組建|组成|組成|成立|进行|進行|开展|開展|出席|召开|召開|举办|舉辦|考察|前往|走访|走訪|签署|簽署|签约|簽約|合作|加入|入选|入選|共同|一起|一同|分别|分別|全部|受到|接受|通过|通過|完成|实现|實現|提供|来自|來自|带领|帶領|参展|參展|参会|參會|参赛|參賽|观展|觀展|入驻|入駐|落户|落戶|报名|報名|受益|获得|獲得|荣获|榮獲|得到|建成|投产|投產|开工|開工|竣工)/uy;

/** `of` after money: 3万元的现金奖励 → 现金奖励 (的, a short modifier, then a word of OF_BEFORE). */
export const OF_AFTER_MONEY =
  /的(?<of>[\u4e00-\u9fff]{0,4}?(?:奖励|獎勵|奖金|獎金|资金|資金|投资|投資|投入|经费|經費|补贴|補貼|补助|補助|捐款|贷款|貸款|融资|融資|订单|訂單|合同|项目|項目|费用|費用))(?![\u4e00-\u9fff])/uy;

/**
 * Patterns of entry segmentation, all in one place. They run on the FOLDED text of one line with
 * its surrounding white space trimmed (see text.ts), so `１、` and `1、` are the same, and `—` is `-`.
 */

/**
 * `1、` `1.` `1．` `1)` `12 、` `13，` `10001.`: an Arabic label of any size; never `1.4` (a date), `3.6亿` (a decimal)
 * or `7、8月间` (two months). A
 * digit may follow `.` or `)` only when it starts a date: `3．3月6日，…`, `1.2020年1月4日，…`.
 */
export const ARABIC_LABEL = /^(?<label>\d{1,7})\s{0,2}(?:、(?!\d{1,2} ?月[间間])|[.),](?!\d)|[.),](?=\d{1,2} ?月|\d{4} ?年))/d;

/** `(1)` `（1）` `(一)`: a bracketed label, kept with its brackets as written. */
export const BRACKET_LABEL = /^(?<label>\((?:\d{1,7}|[一二三四五六七八九十百〇零两]{1,4})\))/d;

/** Numerals in their financial forms: `壹、` `貳、` number sections (Taiwan), never events. */
export const FINANCIAL_NUMERALS = '壹贰貳叁參肆伍陆陸柒捌玖拾';

/** The characters CHINESE_LABEL starts with (the first-character gate of matchMarker). */
export const CHINESE_LABEL_FIRST = `一二三四五六七八九十百〇零两${FINANCIAL_NUMERALS}`;

/** `一、` `十二、`, and in financial numerals `壹、` `貳、`: a Chinese-numeral label. */
export const CHINESE_LABEL = new RegExp(`^(?<label>[${CHINESE_LABEL_FIRST}]{1,4})\\s{0,2}、`, 'd');

/** `①` … `⑳`, `㉑` … `㊿`: a circled-number label. */
export const CIRCLED_LABEL = /^(?<label>[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])/d;

/** The characters CIRCLED_LABEL matches, spelled out (the first-character gate of matchMarker). */
export const CIRCLED_LABEL_FIRST = [0x2460, 0x3251, 0x32b1]
  .flatMap((from, k) => Array.from({ length: [0x14, 0x0f, 0x0f][k]! }, (_, i) => String.fromCharCode(from + i)))
  .join('');

/** Markdown bullets need a space after them (`- `, `* `, `+ `); typographic bullets do not (`△12月`). */
export const BULLET = /^(?:[-*+]\s+|[•·●○◦◆◇■□▪▫▸►▶△▲▽▼★☆※◎◉⊙➢➤✦✧❖]\s*)/d;

/** The characters BULLET starts with (the first-character gate of matchMarker). */
export const BULLET_FIRST = '-*+•·●○◦◆◇■□▪▫▸►▶△▲▽▼★☆※◎◉⊙➢➤✦✧❖';

/** A Markdown ATX heading: `## 社区发展时间线`. */
export const MARKDOWN_HEADING = /^#{1,6}\s+(?<text>\S.*)$/d;

/**
 * Page furniture that PDF and web copies put between entries: `- 3 -`, `第 2 页`, `第2页 共10页`,
 * `3/12`, `Page 3 of 12`, a bare page number. Kept out of entry text and reported.
 */
export const PAGE_FURNITURE = pageFurniture();

/**
 * A yearbook's running head, alone on its line after the title: `新市镇年鉴（2021）`, `温江年鉴 2021`,
 * a lone `大事记`. With a page number beside it, PAGE_FURNITURE takes it anywhere.
 */
export const RUNNING_HEAD = /^(?:[^\s。，,；;:：()（）]{0,16}(?:年鉴|年鑑)\s{0,3}(?:[(（]\s{0,2}\d{4}\s{0,2}[)）]|\d{4})?|大事记|大事記)$/;

function pageFurniture(): RegExp {
  // - 3 -, — 215 —, · 216 ·, 第 2 页 (共10页), 3/12, Page 3 of 12, a bare page number.
  const page = String.raw`(?:[-—–]\s{0,3}\d{1,4}\s{0,3}[-—–]|[·•]\s{0,3}\d{1,4}\s{0,3}[·•]|第\s{0,3}\d{1,4}\s{0,3}页(?:\s{0,3}[,/]?\s{0,3}共\s{0,3}\d{1,4}\s{0,3}页)?|\d{1,4}\s{0,3}\/\s{0,3}\d{1,4}|page\s{1,3}\d{1,4}(?:\s{1,3}of\s{1,3}\d{1,4})?|\d{1,3})`;
  // `新市镇年鉴（2021）　— 221 —`, `· 222 ·　新市镇年鉴`: the running head beside the number.
  const head = String.raw`[^\s。，,；;:：()（）]{0,16}(?:年鉴|年鑑|大事记|大事記)\s{0,3}(?:[(（]\s{0,2}\d{4}\s{0,2}[)）]|\d{4})?`;
  return new RegExp(String.raw`^(?:${head}\s{1,8})?${page}(?:\s{1,8}${head})?$`, 'i');
}

/**
 * What a web page puts around its chronicle, when the copy took the whole page: the article's
 * source, date and hit counter (`来源：… 时间：2021-03-12`), a footer (`版权所有 …`, `京ICP备…`,
 * `地址：…`, `技术支持：…`), a row of navigation links without a digit (`网站首页|企业简介|联系我们`;
 * a table row holds a year), a lone `附件：` (and WEB_BYLINE). Reported as page furniture, never an
 * entry nor part of one.
 */
export const WEB_FURNITURE =
  /^(?:(?:来源|來源|发布日期|發布日期|发布时间|發布時間|發佈時間|浏览次数|瀏覽次數|点击数?|點擊數?|阅读|閱讀|作者|编辑|編輯|责任编辑|責任編輯|字体|字體|地址|技术支持|技術支持|主办单位|主辦單位|承办单位|承辦單位|联系电话|聯繫電話|电话|電話|邮编|郵編|电子邮箱|電子郵箱)\s{0,2}[:：]|(?:版权所有|版權所有|copyright\b|©)|(?:相关)?附件\s{0,2}[:：]?\s*$)|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]ICP[备证]|公网安备|^(?!.*\d)[^。，,；;|\s]{1,20}(?:\s{0,2}\|\s{0,2}[^。，,；;|\s]{1,20}){2,}\s*$/i;

/**
 * A web page's breadcrumb (`首页 > 本地要闻 > 正文`, `当前位置：…`) or an article's byline led by its
 * date (`2024-01-02 09:15　来源：南康新闻网`): page furniture as WEB_FURNITURE is.
 */
export const WEB_BYLINE =
  /^(?:当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置|所在位置)\s{0,2}[:：]|^(?:首页|首頁|主页|主頁|网站首页|網站首頁)\s{0,2}(?:>|»|→|\/)|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s{1,4}(?:\d{1,2}:\d{2}(?::\d{2})?\s{1,4})?(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|浏览|瀏覽|点击|點擊|阅读|閱讀|字号|字號)/;

/** A line that ends a sentence: what comes after it may start a new entry even without a label. */
export const SENTENCE_END = /[。！？!?；;…」』"”）)\]】]$/;

/**
 * A line that stops mid-phrase, on a preposition, a conjunction, 的 or a comma (`…学术会议于` /
 * `11月3日在广州召开`): a PDF broke the sentence there, and a date opening the next line is
 * inside it, not a new entry.
 */
export const DANGLING_END = /(?:[于於在至到自从從将將和与與及的、，,(（]|以及|截至|截止)$/;

/** Words that name the genre in a title: 大事记 and its relatives. What precedes them is the subject. */
export const CHRONICLE_WORD = /(?:大事记|大事記|大事纪|大事紀|大事年表|纪事|紀事|编年史|編年史|年鉴|年鑑|地方党史|党史|黨史|校史沿革|历史沿革|歷史沿革|发展历程|發展歷程|校史|(?<=[村镇鎮县縣厂廠所会會])(?:志|史)|沿革)/;

/**
 * A title's subject that names no one: a category alone (`公司大事记`, `学校大事记（2018年）`,
 * `本会大事记`). Such a chronicle's subject is unknown, not 公司: every 公司 in it would otherwise
 * become an organization standing for a name nobody wrote.
 */
export const GENERIC_SUBJECT =
  /^(?:本|我|该|該|全)?(?:公司|集团|集團|企业|企業|学校|學校|校|学院|學院|院|大学|大學|学会|學會|协会|協會|联盟|聯盟|会|會|医院|醫院|单位|單位|中心|研究院|研究所|所|机关|機關|部门|部門|司|县|縣|市|区|區|省|镇|鎮|乡|鄉|村)$/;

/**
 * Words that mark a line as a chronicle's title even when it starts with a year
 * (`2020 年…大事记`): the genre words and their relatives (沿革, 历程, 时间线).
 */
export const TITLE_WORD = /(?:大事记|大事記|大事纪|大事紀|大事年表|纪事|紀事|编年史|編年史|年鉴|年鑑|沿革|历程|歷程|时间线|時間線|时间轴|時間軸)/;

/** Table-header cells that say the first column is a year: `學年度`, `年份`, `年度`. */
export const YEAR_COLUMN_HEADER = /^(?<kind>學年度|学年度|民國|民国|年份|年度|年代|年)\s*$/;

/** A table's first header cell that says the column numbers the rows: the date is in the next one. */
export const INDEX_COLUMN_HEADER = /^(?:序号|序號|编号|編號|No\.?|NO\.?|#)$/;

/** A row's running number under INDEX_COLUMN_HEADER. */
export const INDEX_CELL = /^\d{1,4}$/;

/** Table-header cells that say the first column is a date. */
export const DATE_COLUMN_HEADER = /^(?:日期|时间|時間|年月|年月日)\s*$/;

/** A field name before a date, in records written as fields (`时间：2019年3月5日` / `事件：…`). */
export const DATE_FIELD = '(?:时间|時間|日期) ?[:：] ?';

/**
 * A date at the start of a line's text, seen without context: `2016年1月5日，…`, `2月25日下午`,
 * `2024-12-31`, `[2025-09-19]`, `十二月…`, `同日`, `是月`, `民國九十年…`, after a field name (`时间：`). Used to
 * learn a document's layout.
 */
export const DATE_LEAD = new RegExp(
  `^(?:${DATE_FIELD})?[[【(]?(?:\\d{1,4} {0,2}[年月日号]|\\d{1,4}[./-]\\d|[〇零一二三四五六七八九十两]{1,3} {0,2}月|[一二三四五六七八九〇零○]{4} {0,2}年|[同是当][日月年]|(?:中华|中華)?民[国國] {0,2}[元\\d〇零○一二三四五六七八九十百])`,
);

/** `▲ △ □ ◆ ●` at a line start: the entry shares the previous entry's date unless it writes one. */
export const SAME_PERIOD_MARK = /^[▲△□◆●]/;

/**
 * A line of one punctuation mark repeated (`//////////`, `----------`, `==========`, `******`,
 * `——————`, folded to `-`): a separator between record blocks, page furniture, never entry text.
 */
export const SEPARATOR_LINE = /^(?<c>[-/\\=*_~#+])\k<c>{2,}$/;

/**
 * A bullet right after a line's leading date (`2001年：⊙运动会闭幕。`): the document lists
 * events of one period with it, so the same bullet leading a later line is a same-period marker.
 * The date part is digits, Chinese numerals and date units only.
 */
export const MARK_AFTER_DATE = /^[[【(]?[\d〇零一二三四五六七八九十两]{1,4} ?[年月./-][\d〇零一二三四五六七八九十两年月日号./ -]{0,10}[)\]】]?[:： ]{0,2}(?<mark>[•·○◆◇■□▪▸►△▲★☆※◎◉⊙●])/;

/** `12.6`, `12-06`, `2015.12` alone on a line: a record block's side label, numbers only. */
export const BLOCK_LABEL = /^\d{1,4}(?:[./-]\d{1,2}){1,2}$/;

/** A month and day in a title (`历史上的今天 4月20日`, `四月二十日`), not one that follows a year. */
export const TITLE_MONTH_DAY = /(?<![\d年〇零一二三四五六七八九十])(?<month>\d{1,2}|[一二三四五六七八九十]{1,3}) ?月 ?(?<day>\d{1,2}|[一二三四五六七八九十]{1,3}) ?[日号]/g;

/** A line that is only an HTML comment (`<!-- page-anchor: … -->`): web-copy furniture. */
export const HTML_COMMENT_LINE = /^<!--[^\n]{0,2000}?-->$/;

/**
 * An English month on a line of its own, a record block's label (`Sep.`, `September`,
 * `Sept. 2015`, `2015 Sep`): a month heading inside a Chinese timeline.
 */
export const ENGLISH_MONTH_LINE =
  /^(?:(?<year1>\d{4})[ ,.]{0,2})?(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:[ ,]{1,2}(?<year2>\d{4}))?[.:]?$/i;

/**
 * Words that open a paragraph about the event above it (`会上，…`, `此次活动…`, `其中，…`): an
 * undated paragraph that starts so goes on the dated entry above, never starts an event of its own.
 */
export const CONTINUES_ABOVE = /^(?:会上|會上|会议|會議|会后|會後|会中|會中|此次|本次|期间|期間|其间|其間|据悉|據悉|其中|(?:会议|會議|访问|訪問|考察|调研|調研|论坛|論壇|比赛|比賽|展会|展會|活动|活動)期[间間]|仪式上|儀式上|大会上|大會上)/;

/** Words that say a line describes a picture: a photo caption under its entry. */
export const CAPTION_WORD = /图为|图片|照片|合影|留影|摄影|摄|（图）|\(图\)|图\s*\d|^图/;

/** A line that ends with a colon: what follows may be its sub-items (`1. 2. 3.`). */
export const ENDS_WITH_COLON = /[:：]$/;

/**
 * A date-led sentence inside a line, tried right after a sentence end (。；！？) and its spaces: a
 * month (with its year, day, day range or 旬) followed by a separator. In folded text (half-width).
 */
export const RUN_ON_START =
  /(?:\d{4}年)?(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:(?:[12]\d|3[01]|0?[1-9])[日号](?:[-—~～至到](?:(?:1[0-2]|0?[1-9])月)?(?:[12]\d|3[01]|0?[1-9])[日号])?|[上中下]旬|[初底末]|份)?(?=[,，、:：]| )/y;

/** A line-start date of the same kind (what the document's own lines begin with). */
export const RUN_ON_LINE_DATE = /^(?:\d{4}年)?(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月/;

/**
 * Every regular expression of the entity extractor, as literals with named groups. They run on
 * the *matching view* of an entry (folded to ASCII punctuation, traditional folded to
 * simplified, same length as the text), so one pattern serves `（厦门）` and `(厦门)`,
 * `秘書長` and `秘书长`. None has a nested quantifier; repetition is bounded.
 */

/**
 * One character that ends a name or an organization on its side: white space, ASCII and CJK
 * punctuation, quotes and brackets. Letters, digits and ideographs are not boundaries.
 */
export const BOUNDARY_CHAR = /[\s,.;:!?()[\]{}<>"'`~，。、；：！？“”‘’《》〈〉【】「」『』…·\-/|*_#@=+%&]/;

/** An ideograph (CJK unified, extension A, compatibility). */
export const HAN_CHAR = /\p{Script=Han}/u;

/** An ASCII digit or a Chinese numeral digit: a count stands before a generic noun (`10家技师学院`). */
export const NUMERAL_CHAR = /[0-9〇零一二三四五六七八九十百千两几多数]/;

/** A measure word after a count (`10家`, `三所`): the noun after it is a kind, not a name. */
export const COUNT_BEFORE = /(?:[0-9]|[一二三四五六七八九十两几多数])[家个所座间位名]$/;

/** A bracketed group directly before a position (`许继(厦门)`, `研究院(XIHARI)`), matched at its end. */
export const BRACKET_BEFORE = /\((?<inner>[^()]{1,14})\)$/d;

/** A bracketed group at a position (`会长(联盟理事单位)邹朝圣`). */
export const BRACKET_AT = /\((?<inner>[^()]{1,14})\)/dy;

/**
 * The short name a text gives a body, after `简称` (`（以下简称“大疆”）`, `，简称“中科院”`, `（简称中科院）`):
 * in quotes, or up to the closing bracket.
 */
export const SHORT_NAME_AFTER = /[:：]? ?(?:[“"「『‘](?<quoted>[^”"」』’,，。;；()\s]{1,12})[”"」』’]|(?<bare>[^”"」』’,，。;；()\s]{1,12})(?=\)))/y;

/** A Latin-script name: `ABB`, `XIHARI`, `GoDaddy`, `3M` is not covered (digits first). */
export const LATIN_NAME = /^[A-Za-z][A-Za-z0-9&.]{0,23}$/;

/** What may not follow a title for it to be one: `常委会`, `理事长单位`, `局长级`, `委员会`. */
export const TITLE_BLOCKERS = /^(?:会|单位|级|处|制|室|团|组)/;

/** A name that says "this one" (`本县第一座水电站`, `目前本系`): a reference, not a name. */
export const THIS_ONE = /^(?:本|该|我|贵|此)(?:县|市|省|区|镇|乡|村|校|系|院|会|公司|单位|厂|局)/;

/** A determiner before a generic name (`各`, `相关`). */
export const LEADING_DETERMINER = /^(?:本|该|全|各|我|贵|其|此|上述|相关|有关)/;

/**
 * A name made only of administrative units and zone words (`县`, `县园区`, `经开区`), or of a
 * company's words for its holdings (`公司控股子公司`, `全资子公司`).
 */
export const GENERIC_UNITS = /^(?:(?:[省市县区镇乡村州旗]|园区|经开区|开发区|高新区|新区|工业园区)*|(?:公司|集团)?(?:全资|控股|参股)?的?)$/;

/** A place name with its unit (`瑞金市`): the stem names the place later (`为瑞金招商引资`). */
export const PLACE_WITH_UNIT = /^(?<stem>.{2,4})[市县区]$/;

/**
 * What follows 等 when the list before it is of people: `刘建、王祺等人`, `陈志河等6名`,
 * `罗林生等一行人`, `刘荣生、李景皇等同学`.
 */
export const PEOPLE_AFTER_DENG =
  /等(?:人|一行|相关人员|同志|领导|专家|嘉宾|同学|老师|教师|学生|选手|队员|代表|委员|[0-9]{1,4}[名人位]|[一二三四五六七八九十两几多]{1,3}[名人位])/y;

/**
 * What closes a list of companies: `等企业`, `等15家在厦联盟成员单位`, `三家企业`.
 * The gap before the noun is bounded and lazy; it may not cross punctuation.
 */
export const ORG_LIST_TAIL =
  /(?:等(?<count>[0-9]{1,4}|[一二三四五六七八九十两几多]{1,3})?家?|(?<count2>[0-9]{1,4}|[一二三四五六七八九十两几]{1,3})家)(?<gap>[^,.;:!?，。；：、！？]{0,8}?)(?<noun>企业|单位|公司|厂家|厂商|机构|成员)/y;

/** Verbs of election and appointment: `选举那履坤为县政协主席`. */
export const ELECT_VERB = /(?:选举|推选|推举|任命|聘任|聘请|增补|补选)/y;

/** A zone or park is acting as an organization: `与…高新区签署`. */
export const ACTS_AFTER = /(?:签署|签订|签约|合作|共建|共同|联合|达成)/y;

/** Verbs after a pair of partners (`航天银山与ABB公司在…进行交流`): the short side is an organization too. */
export const PAIR_VERB_AFTER = /(?:签署|签订|签约|合作|共建|共同|联合|达成|在|进行|开展|举行|召开|就)/y;

/** A party committee after 中共 and a place: `中共陕西省委`, `中共郿县委员会`. */
export const PARTY_COMMITTEE = /[省市县区]?(?:委员会|委)/y;

/** A handle after @, bare or as Markdown link text: `@dutor`, `@[dutor](https://github.com/dutor)`. */
export const LATIN_HANDLE = /@\[?(?<handle>[A-Za-z][A-Za-z0-9_-]{1,38})(?![A-Za-z0-9_-])/dy;

/**
 * A Latin name closed by a general English suffix of events and bodies, as one CamelCase word:
 * `HBaseCon`, `KubeCon`, `PyCon`, `OpenLab`. Not preceded or followed by a letter.
 */
export const LATIN_ORG = /(?<![A-Za-z])[A-Z][A-Za-z0-9]{0,20}(?:Con|Conf|Summit|Foundation|Labs?)(?![A-Za-z])/g;

/** A line of the `--dict` file: a section header `[people]`. */
export const DICT_SECTION = /^\[(?<section>[^\]]{1,40})\]$/;

/** A line of the `--dict` file in the `type: name` form. */
export const DICT_TYPED_LINE = /^(?<section>[A-Za-z\u4e00-\u9fff]{1,20})\s*[:：]\s*(?<name>\S(?:.{0,200}\S)?)$/;

/** Every exported pattern, for the catastrophic-backtracking test. */
export const ALL_PATTERNS: Readonly<Record<string, RegExp>> = {
  BOUNDARY_CHAR,
  HAN_CHAR,
  NUMERAL_CHAR,
  COUNT_BEFORE,
  BRACKET_BEFORE,
  BRACKET_AT,
  LATIN_NAME,
  TITLE_BLOCKERS,
  THIS_ONE,
  LEADING_DETERMINER,
  GENERIC_UNITS,
  PLACE_WITH_UNIT,
  PEOPLE_AFTER_DENG,
  ORG_LIST_TAIL,
  ELECT_VERB,
  PARTY_COMMITTEE,
  ACTS_AFTER,
  PAIR_VERB_AFTER,
  LATIN_HANDLE,
  LATIN_ORG,
  DICT_SECTION,
  DICT_TYPED_LINE,
};

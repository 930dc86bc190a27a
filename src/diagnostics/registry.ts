/**
 * One registry of every diagnostic code dashiji emits: its severity and its message in Chinese
 * and in English (issue 16, item 11). Today codes and wordings are scattered over five files,
 * messages mix languages (parsing speaks Chinese, validation English) and one situation has two
 * codes; a registry makes the code the data and the wording a template chosen once per run
 * (zod's `locales/`, vfile-message's stable `ruleId`).
 *
 * Every emission site builds its message here, `t(code, params, lang)` (or `diagnostic(…)`), in
 * the one language of the run: the `lang` option of the API, `--lang` in the CLI, Chinese by
 * default. `tests/diagnostics-registry.test.ts` checks that every code the sources emit is here,
 * that both languages of a template take the same parameters, and that each site's parameters
 * render in both languages.
 *
 * Decisions taken when wiring it (0.2.0):
 * - `ambiguous-date` is a date READ WITH A GUESS (info: the value is there, check it);
 *   `unresolved-date` is a date that CANNOT BE PLACED (warning: no value). Before 0.2 the body's
 *   date extractor reported an unplaceable date with a reason as `ambiguous-date`; it is now
 *   `unresolved-date` like every other one, so each situation has exactly one code.
 * - The date modules explain a guess or a conflict in one string of both languages, `中文 (English)`
 *   (`DateMatch.ambiguous`, `.conflict`); `explain(text, lang)` picks the run's half, and the
 *   registry passes it as `{reason}`.
 * - The `input` codes are thrown (`ChronicleInputError`), not reported: their messages are still
 *   built in src/io/ in English, with advice specific to each case; these templates are the
 *   target when they are localized.
 * - `date-outside-year` has one wording for the parser and `validateRecords`; `date-out-of-order`
 *   takes its direction from its parameters; `invalid-item` takes "not an array" as its reason.
 */
import type { Severity } from '../schema.js';

/** The languages a run can speak. */
export type Lang = 'zh' | 'en';

/** Where a diagnostic comes from: parsing text, validating records, or reading input (thrown). */
export type DiagnosticSource = 'parse' | 'validate' | 'input';

/** One code: its severity and one message template per language, `{name}` marking a parameter. */
export interface DiagnosticDefinition {
  readonly severity: Severity;
  readonly source: DiagnosticSource;
  readonly zh: string;
  readonly en: string;
}

/**
 * Every code, grouped by where it is emitted. Templates take the parameters the emission sites
 * already have at hand (`entry` is always the ordinal, `text` the source as written).
 */
export const DIAGNOSTICS = {
  // Segmentation (segment.ts)
  'markdown-unreadable': {
    severity: 'warning',
    source: 'parse',
    zh: 'Markdown 结构过深或强调符号过多，无法在线性时间内解析，已按纯文本读取',
    en: 'Markdown nested too deeply or with too many emphasis marks to parse in linear time: read as plain text',
  },
  'empty-input': { severity: 'warning', source: 'parse', zh: '输入为空（或只有空白）', en: 'the input is empty (or blank)' },
  'no-entries': { severity: 'warning', source: 'parse', zh: '没有找到任何条目', en: 'no entries found' },
  'unparsed-text': { severity: 'info', source: 'parse', zh: '不属于任何条目的文字', en: 'text outside any entry' },
  'page-furniture': {
    severity: 'info',
    source: 'parse',
    zh: '页眉页脚、页码或标记，未计入条目：{text}',
    en: 'page header, footer, number or marker, kept out of the entries: {text}',
  },
  'editorial-note': {
    severity: 'info',
    source: 'parse',
    zh: '注释、脚注或供稿说明，未计入条目：{text}',
    en: 'a note, footnote or credit line, kept out of the entries: {text}',
  },
  'repeated-title': {
    severity: 'info',
    source: 'parse',
    zh: '重复的标题行（分页处），未计入条目',
    en: 'the title repeated at a page break, kept out of the entries',
  },
  'duplicate-label': {
    severity: 'warning',
    source: 'parse',
    zh: '条目编号 {label} 重复（第 {entry} 条）',
    en: 'entry number {label} repeats (entry {entry})',
  },
  'label-gap': {
    severity: 'warning',
    source: 'parse',
    zh: '条目编号从 {previous} 跳到 {label}（第 {entry} 条）',
    en: 'entry numbers jump from {previous} to {label} (entry {entry})',
  },
  // Dates (segment.ts for an entry's own date, dates/extractor.ts for the body, dates/diagnostics.ts)
  'ambiguous-date': {
    severity: 'info',
    source: 'parse',
    zh: '日期需推断：{reason}',
    en: 'the date needs a guess: {reason}',
  },
  'unresolved-date': {
    severity: 'warning',
    source: 'parse',
    zh: '无法确定日期“{text}”：{reason}',
    en: 'cannot place the date “{text}”: {reason}',
  },
  'date-out-of-order': {
    severity: 'warning',
    source: 'parse',
    zh: '第 {entry} 条的日期 {date} {order}前一条（第 {previousEntry} 条，{previousDate}）{note}',
    en: 'entry {entry} is dated {date}, {order} the entry above it (entry {previousEntry}, {previousDate}){note}',
  },
  'date-outside-year': {
    severity: 'warning',
    source: 'parse',
    zh: '第 {entry} 条的日期 {date} 不在本大事记的年份 {year} 年内',
    en: "entry {entry} is dated {date}, outside the chronicle's year {year}",
  },
  // Entries and extractors (parser.ts)
  'undated-entry': { severity: 'warning', source: 'parse', zh: '第 {entry} 条没有自己的日期', en: 'entry {entry} has no date of its own' },
  'year-overridden': {
    severity: 'warning',
    source: 'parse',
    zh: '标题写的是 {said} 年，但指定的年份是 {year} 年（year 选项 / --year）：条目按 {year} 年解读',
    en: 'the title says {said}, but the year given is {year} (year option / --year): entries are read as {year}',
  },
  'refiner-failed': { severity: 'error', source: 'parse', zh: '整理步骤 `{refiner}` {reason}', en: 'refiner `{refiner}` {reason}' },
  'era-year-mismatch': {
    severity: 'warning',
    source: 'parse',
    zh: '纪年与括注不符：{reason}',
    en: 'the era year and its bracket disagree: {reason}',
  },
  'replaced-bytes': {
    severity: 'warning',
    source: 'parse',
    zh: '{count} 处字节无法按 {encoding} 解码，已替换为 U+FFFD（第一处在第 {first} 个字符）',
    en: '{count} byte sequence(s) unreadable as {encoding}, replaced by U+FFFD (the first at character {first})',
  },
  'extractor-failed': {
    severity: 'error',
    source: 'parse',
    zh: '提取器 `{extractor}` {reason}',
    en: 'extractor `{extractor}` {reason}',
  },
  'invalid-item': {
    severity: 'error',
    source: 'parse',
    zh: '提取器 `{extractor}` 的结果不合其 schema：{reason}',
    en: 'extractor `{extractor}` produced an invalid item: {reason}',
  },
  // Validating records (validate.ts)
  'schema-mismatch': { severity: 'error', source: 'validate', zh: '{path}：不合记录格式（{reason}）', en: '{path}: {reason}' },
  'ordinal-sequence': {
    severity: 'error',
    source: 'validate',
    zh: '{path} 为 {ordinal}，应为 {expected}（序号从 1 连续计数）',
    en: '{path} is {ordinal}, expected {expected} (ordinals count 1..N)',
  },
  'invalid-date': {
    severity: 'error',
    source: 'validate',
    zh: '{path}：{start}..{end} 不是有效的日期区间（日期不存在，或起点晚于终点）',
    en: '{path}: {start}..{end} is not a valid date range (no such date, or the start after the end)',
  },
  'invalid-figure': {
    severity: 'error',
    source: 'validate',
    zh: '{path} 的数值 {value} 不是有限的非负数',
    en: '{path} value {value} is not a finite non-negative number',
  },
  'span-out-of-range': {
    severity: 'error',
    source: 'validate',
    zh: '{path} 的位置 {start}-{end} 不在原文之内（原文长度 {length}）',
    en: '{path} span {start}-{end} is outside the source (length {length})',
  },
  'no-records': {
    severity: 'error',
    source: 'validate',
    zh: '没有记录：{what}（应为一份大事记文档或其条目）',
    en: 'no records: {what} (expected a chronicle document or its entries)',
  },
  'not-a-chronicle': {
    severity: 'error',
    source: 'validate',
    zh: '不是大事记记录：对象的键为 {keys}（应有 title、year、subject、headings、entries、diagnostics）',
    en: 'not chronicle records: an object with keys {keys} (expected title, year, subject, headings, entries, diagnostics)',
  },
  'invalid-json': { severity: 'error', source: 'validate', zh: '不是有效的 JSON：{reason}', en: 'not valid JSON: {reason}' },
  'source-changed': {
    severity: 'error',
    source: 'validate',
    zh: '提取之后原文从第 {line} 行起改过：{count} 项与原文不再相符，第一项 {first}（请重新运行 dashiji parse）',
    en: 'the source changed after extraction from line {line} on: {count} items no longer match it, the first {first} (re-run dashiji parse)',
  },
  'span-mismatch': {
    severity: 'error',
    source: 'validate',
    zh: '{path}：原文 {start}-{end} 处为“{found}”，而非“{text}”（提取后原文是否改过？）',
    en: '{path}: the source at {start}-{end} reads “{found}”, not “{text}” (was the source edited after extraction?)',
  },
  'stale-added': {
    severity: 'error',
    source: 'validate',
    zh: '第 {entry} 条在原文中，但不在记录里（请重新运行 dashiji parse）',
    en: 'entry {entry} is in the source but not in the records (re-run dashiji parse)',
  },
  'stale-removed': { severity: 'error', source: 'validate', zh: '{path} 在记录里，但原文中已没有', en: '{path} is in the records but no longer in the source' },
  'stale-changed': {
    severity: 'error',
    source: 'validate',
    zh: '{path} 与现在提取的结果不同（{fields}）',
    en: '{path} differs from what dashiji extracts now ({fields})',
  },
  // Reading input (io.ts): thrown as ChronicleInputError with this code, never a diagnostic record
  'binary-input': {
    severity: 'error',
    source: 'input',
    zh: '这是{what}，不是文本：请先转换为纯文本（如 pdftotext，或另存为 .txt）',
    en: 'this is {what}, not text: convert it to plain text first (e.g. pdftotext, or save as .txt)',
  },
  'unknown-encoding': { severity: 'error', source: 'input', zh: '未知的编码“{encoding}”', en: 'unknown encoding "{encoding}"' },
  'undecodable-input': {
    severity: 'error',
    source: 'input',
    zh: '无法解码：{reason}',
    en: 'cannot decode the input: {reason}',
  },
  'too-large': { severity: 'error', source: 'input', zh: '{name} 超过 {limit} 的大小上限（用 --max-size 或 API 的 maxSize 调高）', en: '{name} is larger than the {limit} limit (raise it with --max-size, or maxSize in the API)' },
  'unreadable-file': { severity: 'error', source: 'input', zh: '无法读取 {name}：{reason}', en: 'cannot read {name}: {reason}' },
  'unsupported-format': { severity: 'error', source: 'input', zh: '不支持的格式：{reason}', en: 'unsupported format: {reason}' },
  'missing-package': { severity: 'error', source: 'input', zh: '读取{what}需要安装 {package}：npm install {package}', en: 'reading {what} needs {package}: npm install {package}' },
  'broken-document': { severity: 'error', source: 'input', zh: '文件已损坏，无法读取：{reason}', en: 'a broken document that cannot be read: {reason}' },
  'encrypted-pdf': { severity: 'error', source: 'input', zh: '这是加密的 PDF，需要密码：请先解密', en: 'this is an encrypted PDF that needs a password: decrypt it first' },
  'no-text-layer': { severity: 'error', source: 'input', zh: '这个 PDF 没有文字层（扫描件？）：dashiji 不做 OCR，请先做 OCR 或使用文字版', en: 'this PDF has no text layer (a scan?): dashiji does no OCR; run OCR first or use the text' },
} as const satisfies Record<string, DiagnosticDefinition>;

/** Every code in the registry. */
export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** The `{name}` parameters of a template, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The parameters a code's message takes, typed from its Chinese template (the English one takes the same). */
export type DiagnosticParams<C extends DiagnosticCode> = Record<Placeholders<(typeof DIAGNOSTICS)[C]['zh']>, string | number>;

/** The names of the `{name}` parameters of a template, in order, for tests and tools. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(?<name>[A-Za-z]+)\}/g)].map((m) => m.groups!['name']!);
}

/**
 * The message of `code` in `lang`, its `{name}` parameters filled in. A parameter left out stays
 * visible as `{name}` rather than throwing: a diagnostic must never break a parse.
 *
 * @example
 * t('duplicate-label', { label: '33', entry: 35 }, 'zh'); // '条目编号 33 重复（第 35 条）'
 * t('duplicate-label', { label: '33', entry: 35 }, 'en'); // 'entry number 33 repeats (entry 35)'
 */
export function t<C extends DiagnosticCode>(code: C, params: DiagnosticParams<C>, lang: Lang = 'zh'): string {
  return fill(DIAGNOSTICS[code][lang], params as Readonly<Record<string, string | number>>);
}

/** The severity a code is reported with. */
export function severityOf(code: DiagnosticCode): Severity {
  return DIAGNOSTICS[code].severity;
}

/**
 * Parts of a message that a site picks among (why an extractor failed, a missing context): the
 * same `{name}` templates in both languages, so a `{reason}` is in the run's language too.
 */
export const PHRASES = {
  'no-context': { zh: '上下文中没有年份或月份', en: 'no year or month in its context' },
  threw: { zh: '抛出异常：{reason}', en: 'threw: {reason}' },
  'async-extract': { zh: '返回了 Promise：extract 必须是同步的', en: 'returned a promise: extract must be synchronous' },
  'async-refine': { zh: '返回了 Promise：refine 必须是同步的', en: 'returned a promise: refine must be synchronous' },
  'not-an-array': { zh: '返回的是 {type}，不是数组', en: 'returned {type}, not an array' },
  'schema-threw': { zh: '其 schema 抛出异常：{reason}', en: 'its schema threw: {reason}' },
  'invalid-report': { zh: '报告的诊断不合格式：{reason}', en: 'reported an invalid diagnostic: {reason}' },
  earlier: { zh: '早于', en: 'before' },
  later: { zh: '晚于', en: 'after' },
  'newest-first': { zh: '，而全文按时间倒序排列', en: ', in a chronicle written newest first' },
  'json-ends': { zh: '在第 {line} 行第 {column} 列意外结束（文件被截断？）', en: 'it ends unexpectedly at line {line}, column {column} (a truncated file?)' },
  'json-at': { zh: '第 {line} 行第 {column} 列：{reason}', en: 'at line {line}, column {column}: {reason}' },
  line: { zh: '第 {line} 行', en: 'line {line}' },
  'empty-array': { zh: '空数组', en: 'an empty array' },
  'empty-file': { zh: '文件为空', en: 'the file is empty' },
  'no-keys': { zh: '（无）', en: '(none)' },
} as const satisfies Record<string, { zh: string; en: string }>;

/** The name of a phrase. */
export type PhraseKey = keyof typeof PHRASES;

/** A phrase in `lang`, its `{name}` parameters filled in (as `t` does). */
export function phrase(key: PhraseKey, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return fill(PHRASES[key][lang], params);
}

/**
 * A template cut once into its text and its `{name}` slots (odd indexes): a chronicle with
 * thousands of diagnostics fills the same few templates thousands of times.
 */
const templates = new Map<string, readonly string[]>();

function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{([A-Za-z]+)\}/);
    templates.set(template, parts);
  }
  if (parts.length === 1) return parts[0]!;
  // Joined once, not built with `+=`: a message is kept as long as its record, and `+=` leaves a
  // tree of string pieces (about 130 bytes) where one flat string needs 50.
  const out: string[] = [parts[0]!];
  for (let k = 1; k < parts.length; k += 2) {
    const name = parts[k]!;
    out.push(Object.hasOwn(values, name) ? String(values[name]) : `{${name}}`, parts[k + 1]!);
  }
  return out.join('');
}

/**
 * The half of a date module's explanation in `lang`. The date modules write each explanation once
 * in both languages, `中文 (English)`, so a `DateMatch` stays one plain string; text in any other
 * shape (a custom message) is returned as it is.
 *
 * @example
 * explain('日期范围的终点早于起点 (range ends before it starts)', 'en'); // 'range ends before it starts'
 */
export function explain(text: string, lang: Lang): string {
  const m = /^(?<zh>[^]*?) \((?<en>[^()]*)\)$/.exec(text);
  return m ? m.groups![lang]! : text;
}

/**
 * A diagnostic's code, severity and message in `lang`, to spread into the record with its span:
 * `{ ...diagnostic('undated-entry', { entry: 3 }, lang), span }`.
 */
export function diagnostic<C extends DiagnosticCode>(code: C, params: DiagnosticParams<C>, lang: Lang = 'zh'): { code: C; severity: Severity; message: string } {
  return { code, severity: DIAGNOSTICS[code].severity, message: t(code, params, lang) };
}


/**
 * Property tests: the promises of docs/CONTRACT.md over inputs nobody wrote by hand. Parsing never
 * throws, the output validates against the parser's own schema, every span lies in the input and
 * satisfies the span invariant, nothing is lost, and the same input gives the same output.
 *
 * Two sources of input: arbitrary strings (any code point, lone surrogates, the characters that
 * trip normalizers), and "chronicle-shaped" text assembled from the pieces real chronicles are
 * made of (titles, year and month headings, labels, dates in many forms, CJK bodies with numbers
 * and money, page breaks, page furniture, full-width forms, CR/CRLF), because random strings
 * almost never reach the segmenter's interesting paths.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseChronicle } from '../src/index.js';
import { looksLikeMarkdown } from '../src/segment/markdown.js';
import { contractProblems, squash } from './helpers/contract-problems.js';

/** Whether every character of `part` appears in `whole`, in order. */
function isSubsequence(part: string, whole: string): boolean {
  let k = 0;
  for (let i = 0; i < whole.length && k < part.length; i++) if (whole[i] === part[k]) k++;
  return k === part.length;
}

/** ~200 runs keep the file under ~20 s; raise it (DASHIJI_PROPERTY_RUNS=5000) for a longer hunt. */
const RUNS = Number(process.env.DASHIJI_PROPERTY_RUNS ?? 200);

/** Parse and check; a non-empty list is a counterexample fast-check shrinks and prints. */
function problemsOf(input: string): string[] {
  let doc;
  try {
    doc = parseChronicle(input);
  } catch (error) {
    return [`threw: ${error instanceof Error ? `${error.message}\n${error.stack}` : String(error)}`];
  }
  return contractProblems(input, doc);
}

/** Characters that break naive text handling: every space, break, zero-width and full-width kind. */
const TRICKY = [
  '\n', '\r', '\r\n', '\t', ' ', '\u3000', '\u00a0', '\u200b', '\u200d', '\ufeff', '\u2028', '\u2029', '\u0085',
  '\u000b', '\u000c', '\u2003', '\u202f', '１', '２', '０', '，', '。', '、', '（', '）', '．', '：', '－', '—', '～', '〜',
  '\ud800', '\udc00', '\ud840\udc0b', '𠀋', '①', '㉑', '△', '•', '-', '*', '#', '【', '】', '「', '」', 'é', 'e\u0301',
  '年', '月', '日', '号', '旬', '季', '度', '万', '亿', '元', '人', '第', '届', '一', '二', '十', '〇', '0', '1', '9', '.', '/',
];

const trickyString = fc.string({ unit: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 120 });

// ── Chronicle-shaped text ─────────────────────────────────────────────────────────────────────

const pick = <T,>(...xs: T[]) => fc.constantFrom(...xs);

const year = fc.integer({ min: 1949, max: 2030 });
const month = fc.integer({ min: 1, max: 12 });
const day = fc.integer({ min: 1, max: 31 });
const CN = '〇一二三四五六七八九';
const cnYear = (y: number) => [...String(y)].map((d) => CN[Number(d)]).join('');
const cnSmall = (n: number) => (n <= 10 ? ['', ...'一二三四五六七八九十'][n]! : n < 20 ? `十${CN[n - 10]}` : `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`);
const wide = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const title = fc.oneof(
  fc.tuple(year, pick('智能输配电设备产业技术创新战略联盟', '石泉县', '德明財經科技大學', 'GMT 中文社区')).map(([y, s]) => `${y} 年${s}大事记`),
  pick('大事記', '歷史沿革', '《石泉县志》——大事记(1990年)', '## 社区发展时间线', '我们一路走来', '发展历程'),
);

const yearHeading = fc.oneof(
  year.map((y) => `${y}年`),
  year.map((y) => `${cnYear(y)}年`),
  year.map((y) => `【${y}年】`),
  year.map((y) => `${y}年民國${y - 1911}年`),
  year.map((y) => String(y)),
  year.map((y) => wide(`${y}年`)),
);

const monthHeading = fc.oneof(month.map((m) => `${cnSmall(m)}月`), month.map((m) => `${m}月`));

const date = fc.oneof(
  fc.tuple(month, day).map(([m, d]) => `${m}月${d}日`),
  fc.tuple(year, month, day).map(([y, m, d]) => `${y}年${m}月${d}日`),
  fc.tuple(year, month, day).map(([y, m, d]) => `${y} 年 ${m} 月 ${d} 日`),
  fc.tuple(year, month, day).map(([y, m, d]) => wide(`${y}年${m}月${d}日`)),
  fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}:`),
  fc.tuple(month, day, day).map(([m, a, b]) => `${m}月${Math.min(a, b)}至${Math.max(a, b)}日`),
  fc.tuple(year, month, day).map(([y, m, d]) => `${y}年${m}月${d}日-${d + 1}日`),
  fc.tuple(month, pick('上旬', '中旬', '下旬', '', '底', '初')).map(([m, x]) => `${m}月${x}`),
  fc.tuple(month, day, pick('晚', '上午', '下午3时', '清晨')).map(([m, d, t]) => `${m}月${d}日${t}`),
  fc.tuple(year, pick('年', '年上半年', '年第一季度', '年春')).map(([y, x]) => `${y}${x}`),
  pick('本月底', '是年', '同日', '次日', '春节期间', '8月21日起', '11月30至12月4日', '2月30日', '13月1日', '民國七十八年', '78'),
);

const label = fc.oneof(
  fc.integer({ min: 1, max: 60 }).chain((n) => pick(`${n}、`, `${n}.`, `${n}．`, `${n})`, `(${n})`, `（${n}）`, `${cnSmall(Math.min(n, 99))}、`, String.fromCharCode(0x2460 + ((n - 1) % 20)), wide(`${n}、`))),
  pick('- ', '* ', '• ', '△', '', '', ''),
);

const bodyPiece = fc.oneof(
  pick('第二届全国输配电产业苏州论坛在苏州成功举办', '副市长罗林生', '中国（南方)知识产权', '平顶山招商局马丽', '致电慰问了武汉地区 7 位专家和 13 家成员单位'),
  pick('总投资约29.79亿元', '100余名水电专家', '一行8人', '签约项目12个', '增长 15.6%', '第39届', '￥675.70', '3.6亿', '1.4'),
  pick('召开县一届四次人代会', '江西师范大学ACM协会正式成立', 'the GMT community', 'admin@gmt-china.org', '[@seisman][seisman]', '**地学 GMT 中文社区 2 群**'),
  pick('，', '。', '、', '；', '：', '“分享新技术”', '《武汉雷神山医院顺利通电》', '(简称县政府)', '9日清晨', '17至21日', '8日上午'),
  fc.string({ unit: fc.constantFrom(...'的一是在了有人中大上以到地出会议举行召开发展公司市省年月日〇一二三四五六七八九十0123456789，。、'), maxLength: 12 }),
);

const body = fc.array(bodyPiece, { minLength: 0, maxLength: 6 }).map((xs) => xs.join(''));

const furniture = pick('- 3 -', '第 2 页', '第2页 共10页', '3/12', 'Page 3 of 12', '12', '－ ４ －');

const entry = fc.tuple(label, fc.option(date, { nil: '' }), pick('，', ',', ' ', '', '：', '\n'), body).map(([l, d, sep, b]) => `${l}${d}${d ? sep : ''}${b}`);

/** A line and what may happen after it: a break of any convention, blank lines, page breaks. */
const lineBreak = pick('\n', '\n', '\r\n', '\r', '\n\n', '\n\n\n', '\r\n\r\n', '\u2028', '\n　\n', '\n\t\n');

const block = fc.oneof(
  { weight: 6, arbitrary: entry },
  { weight: 1, arbitrary: yearHeading },
  { weight: 1, arbitrary: monthHeading },
  { weight: 1, arbitrary: furniture },
  { weight: 1, arbitrary: title },
  { weight: 1, arbitrary: fc.tuple(date, body).map(([d, b]) => `${d}\t${b}`) },
  { weight: 1, arbitrary: body },
);

/** Insert a page break (`\n\n`, maybe with furniture) or odd white space at a random point. */
const mutation = fc.tuple(fc.nat(), pick('\n\n', '\n', '\n- 3 -\n', '\n第 2 页\n', '\u200b', '\u00a0', '\u3000', '\t', '\r'));

const chronicle = fc
  .tuple(fc.option(title, { nil: '' }), fc.array(fc.tuple(block, lineBreak), { maxLength: 14 }), fc.array(mutation, { maxLength: 3 }), fc.boolean())
  .map(([t, blocks, mutations, bom]) => {
    let text = (t ? `${t}\n\n` : '') + blocks.map(([b, br]) => b + br).join('');
    for (const [at, what] of mutations) {
      const i = text.length ? at % text.length : 0;
      text = text.slice(0, i) + what + text.slice(i);
    }
    return (bom ? '\ufeff' : '') + text;
  });

describe('properties of parseChronicle', () => {
  test('arbitrary unicode strings: no throw, schema-valid, spans valid, nothing lost', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(problemsOf(s)).toEqual([]);
      }), { numRuns: RUNS });
  });

  test('strings of tricky characters (breaks, spaces, zero-width, full-width, surrogates)', () => {
    fc.assert(fc.property(trickyString, (s) => {
        expect(problemsOf(s)).toEqual([]);
      }), { numRuns: RUNS });
  });

  test('chronicle-shaped text: no throw, schema-valid, spans valid, nothing lost', () => {
    fc.assert(fc.property(chronicle, (s) => {
        expect(problemsOf(s)).toEqual([]);
      }), { numRuns: RUNS });
  });

  test('the same input gives the same output', () => {
    fc.assert(
      fc.property(fc.oneof(chronicle, trickyString), (s) => {
        expect(parseChronicle(s)).toEqual(parseChronicle(s));
      }),
      { numRuns: RUNS },
    );
  });

  test('an entry text is the tail of its span, with page furniture taken out and nothing else lost', () => {
    fc.assert(
      fc.property(chronicle, (s) => {
        const doc = parseChronicle(s);
        const furniture = doc.diagnostics.filter((d) => d.code === 'page-furniture' || d.code === 'repeated-title');
        for (const e of doc.entries) {
          let slice = '';
          for (let i = e.span.start; i < e.span.end; i++) if (!furniture.some((d) => i >= d.span.start && i < d.span.end)) slice += s[i];
          const body = squash(e.text);
          const whole = squash(slice);
          // Furniture inside the span is left out of `whole`, so a body that kept it fails here too.
          // Markdown leaves its markup (`**`, link URLs) out of the text: the text is then the
          // span's characters in order with some left out, ending where the span's text ends.
          if (looksLikeMarkdown(s)) expect(isSubsequence(body, whole), `${JSON.stringify(body)} within ${JSON.stringify(whole)}`).toBe(true);
          else expect(whole.endsWith(body), `${JSON.stringify(whole)} ends with ${JSON.stringify(body)}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('entry ordinals are 1..N and entries never overlap', () => {
    fc.assert(
      fc.property(chronicle, (s) => {
        const doc = parseChronicle(s);
        let end = 0;
        doc.entries.forEach((e, i) => {
          expect(e.ordinal).toBe(i + 1);
          expect(e.span.start).toBeGreaterThanOrEqual(end);
          end = e.span.end;
        });
      }),
      { numRuns: RUNS },
    );
  });
});

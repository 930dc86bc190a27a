/**
 * Traditional forms of the characters the default vocabulary uses, so that a trigger written
 * in simplified Chinese also finds its traditional spelling (更改为 → 更改為, 会议 → 會議): zh-Hant chronicles (Taiwan, Hong Kong) need no second vocabulary. Only the
 * characters that differ are listed; a user's own traditional triggers work as written.
 */

const SIMPLIFIED = '会议论坛谈恳讨报联话见审庆龙签约订协备录缔结调访莅临视检问观书请为选举当职换届评验鉴认赛竞决现场锦标获奖称号优颁军训养讲课毕业进发传贯创广项产资办组筹设线启挂运营车销并划归迁携对仪礼纪证闭汇览艺动亚题专关党简灾抢险员队诊励门厦县农国团开际区乡剧';
const TRADITIONAL = '會議論壇談懇討報聯話見審慶龍簽約訂協備錄締結調訪蒞臨視檢問觀書請為選舉當職換屆評驗鑒認賽競決現場錦標獲獎稱號優頒軍訓養講課畢業進發傳貫創廣項產資辦組籌設線啟掛運營車銷併劃歸遷攜對儀禮紀證閉匯覽藝動亞題專關黨簡災搶險員隊診勵門廈縣農國團開際區鄉劇';

const TO_TRADITIONAL: ReadonlyMap<string, string> = new Map([...SIMPLIFIED].map((c, i) => [c, TRADITIONAL[i]!]));

/** The traditional spelling of a word, character by character; the word itself when none differs. */
export function toTraditional(word: string): string {
  let out = '';
  for (const c of word) out += TO_TRADITIONAL.get(c) ?? c;
  return out;
}

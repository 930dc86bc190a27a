/**
 * `dashiji/report`: the HTML report page, apart from the root because most users of the parser
 * never render one (and the page's CSS and script are the largest strings in the package).
 *
 * @example
 * import { parseChronicle } from 'dashiji';
 * import { renderReport } from 'dashiji/report';
 * writeFileSync('report.html', renderReport(parseChronicle(text)));
 *
 * @module dashiji/report
 */
export { renderReport } from '../report/index.js';
export type { ReportOptions, ReportableChronicle, ReportableEntry } from '../report/index.js';

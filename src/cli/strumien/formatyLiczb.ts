/** Number formats of a streamed workbook (WB-1.5, WB-1.7): built-in ids and the date test, as Excel and ExcelJS read them. */

/** Excel's built-in number formats (the ids a file may use without defining them). */
export const WBUDOWANE: ReadonlyMap<number, string> = new Map([
  [0, 'General'],
  [1, '0'],
  [2, '0.00'],
  [3, '#,##0'],
  [4, '#,##0.00'],
  [9, '0%'],
  [10, '0.00%'],
  [11, '0.00E+00'],
  [12, '# ?/?'],
  [13, '# ??/??'],
  [14, 'mm-dd-yy'],
  [15, 'd-mmm-yy'],
  [16, 'd-mmm'],
  [17, 'mmm-yy'],
  [18, 'h:mm AM/PM'],
  [19, 'h:mm:ss AM/PM'],
  [20, 'h:mm'],
  [21, 'h:mm:ss'],
  [22, 'm/d/yy "h":mm'],
  [37, '#,##0 ;(#,##0)'],
  [38, '#,##0 ;[Red](#,##0)'],
  [39, '#,##0.00 ;(#,##0.00)'],
  [40, '#,##0.00 ;[Red](#,##0.00)'],
  [45, 'mm:ss'],
  [46, '[h]:mm:ss'],
  [47, 'mmss.0'],
  [48, '##0.0E+0'],
  [49, '@'],
]);

/** A format code → its built-in id, when it is one. */
export const ID_WBUDOWANEGO: ReadonlyMap<string, number> = new Map([...WBUDOWANE].map(([id, f]) => [f, id]));

const cache = new Map<string, boolean>();

/** A date format shows y, m, d, h, s or b outside quotes and brackets (as ExcelJS decides). */
export function czyFormatDaty(fmt: string): boolean {
  let w = cache.get(fmt);
  if (w === undefined) {
    w = /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
    cache.set(fmt, w);
  }
  return w;
}

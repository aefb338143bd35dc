/**
 * Child process of the benchmark, goal (b): the floor = ExcelJS alone reading and writing the same
 * workbook (`node dist-cli/bench/podloga.js <in.xlsx> <out.xlsx>`), what any ExcelJS-based tool pays.
 */
import * as ExcelJS from 'exceljs';

async function main(): Promise<void> {
  const [wej, wyj] = process.argv.slice(2);
  if (!wej || !wyj) throw new Error('usage: podloga.js <in.xlsx> <out.xlsx>');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(wej);
  await wb.xlsx.writeFile(wyj);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});

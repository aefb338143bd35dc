/** WB-4 command line: commands, options (`node:util` parseArgs) and their checks, with Polish messages. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { dataZTekstu, type DataKalendarzowa, type Jezyk, type Operacja, type RodzajSzablonu } from '../core';
import { t, type Tekst } from './tekst';

export const RODZAJE_SZABLONOW: readonly RodzajSzablonu[] = [
  'wojewodztwo',
  'wniosek-dyrektora',
  'wniosek-organu',
  'podzial-srodkow',
  'diagnoza-jst',
  'plan-jst',
  'monitoring-jst',
  'projekt-fers',
  'sprawozdanie-szkoly',
  'sprawozdanie-organu',
  'szkolenie',
];
export const OPERACJE: readonly Operacja[] = [
  'waliduj',
  'kwalifikuj',
  'podziel',
  'diagnozuj',
  'monitoruj',
  'wskazniki',
  'sprawozdanie',
  'zbierz',
];

export interface OpcjeWspolne {
  json: boolean;
  jezyk: Jezyk;
}

export type Polecenie =
  | ({ rodzaj: 'pomoc' } & OpcjeWspolne)
  | ({ rodzaj: 'szablon'; szablon: RodzajSzablonu; wynik: string } & OpcjeWspolne)
  | ({
      rodzaj: 'operacja';
      operacja: Operacja;
      plik: string;
      wynik: string | null;
      wMiejscu: boolean;
      /** WB-4 `--nadpisz`: replace an existing output even when it is not this operation's recorded output */
      nadpisz?: boolean;
      /** `zbierz` (CS-R.3): the source files after the target */
      zrodla?: string[];
      /** CS-R.4 `--na-dzien RRRR-MM-DD`: the reference date of `Terminy` */
      naDzien?: DataKalendarzowa;
    } & OpcjeWspolne)
  | ({ rodzaj: 'wyjasnij'; plik: string; regon: string } & OpcjeWspolne);

export type WynikParsowania = { ok: true; polecenie: Polecenie } | ({ ok: false; blad: Tekst } & OpcjeWspolne);

/** WB-4 options; `strict: false` so that every usage error is reported by us, in Polish or English. */
const OPCJE = {
  output: { type: 'string', short: 'o' },
  wynik: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  'na-dzien': { type: 'string' },
  'as-of': { type: 'string' },
  'w-miejscu': { type: 'boolean' },
  'in-place': { type: 'boolean' },
  nadpisz: { type: 'boolean' },
  overwrite: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  pomoc: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

type Opcja = Extract<NonNullable<ReturnType<typeof parseArgs>['tokens']>[number], { kind: 'option' }>;

/** `--lang` and `--json` are known before anything else, so even a usage error speaks the right language and format. */
function wstepne(opcje: readonly Opcja[]): OpcjeWspolne {
  let jezyk: Jezyk = 'pl';
  for (const o of opcje) if (o.name === 'lang' && (o.value === 'en' || o.value === 'pl')) jezyk = o.value;
  return { jezyk, json: opcje.some((o) => o.name === 'json' && o.value === undefined) };
}

export function parsujArgumenty(argv: readonly string[]): WynikParsowania {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPCJE,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const opcje = tokens.filter((x): x is Opcja => x.kind === 'option');
  const wspolne = wstepne(opcje);
  const blad = (b: Tekst): WynikParsowania => ({ ok: false, blad: b, ...wspolne });
  const pozycyjne = tokens.flatMap((x) => (x.kind === 'positional' ? [x.value] : []));
  let wynik: string | undefined;
  let wMiejscu = false;
  let nadpisz = false;
  let pomoc = false;
  let naDzien: DataKalendarzowa | undefined;
  for (const o of opcje) {
    const nazwa = o.rawName;
    const rodzaj = (OPCJE as Record<string, { type: string }>)[o.name]?.type;
    if (rodzaj === undefined) return blad(t(`Nieznana opcja: ${nazwa}`, `Unknown option: ${nazwa}`));
    if (rodzaj === 'boolean' && o.value !== undefined)
      return blad(t(`Opcja ${nazwa} nie przyjmuje wartości.`, `Option ${nazwa} takes no value.`));
    // a following option is not a value (a lone `-` is); `--output=-x` is
    const w = o.value === undefined || (!o.inlineValue && o.value.startsWith('-') && o.value !== '-') ? null : o.value;
    switch (o.name) {
      case 'output':
      case 'wynik':
        if (w === null || w === '')
          return blad(t(`Opcja ${nazwa} wymaga nazwy pliku.`, `Option ${nazwa} needs a file name.`));
        if (wynik !== undefined) return blad(t('Opcję -o podano dwukrotnie.', 'Option -o was given twice.'));
        wynik = w;
        break;
      case 'lang':
        if (w !== 'pl' && w !== 'en')
          return blad(t('Opcja --lang przyjmuje „pl” albo „en”.', 'Option --lang takes "pl" or "en".'));
        break;
      case 'na-dzien':
      case 'as-of': {
        const d = w ? dataZTekstu(w)?.data : null;
        if (!d)
          return blad(t('Opcja --na-dzien wymaga daty RRRR-MM-DD.', 'Option --na-dzien needs a date YYYY-MM-DD.'));
        naDzien = d;
        break;
      }
      case 'w-miejscu':
      case 'in-place':
        wMiejscu = true;
        break;
      case 'nadpisz':
      case 'overwrite':
        nadpisz = true;
        break;
      case 'help':
      case 'pomoc':
        pomoc = true;
        break;
    }
  }
  const [polecenie, ...reszta] = pozycyjne;
  if (pomoc || polecenie === 'pomoc' || polecenie === 'help')
    return { ok: true, polecenie: { rodzaj: 'pomoc', ...wspolne } };
  if (polecenie === undefined) return blad(t('Nie podano polecenia.', 'No command given.'));
  const nadmiar = (n: number): WynikParsowania | null =>
    reszta.length > n ? blad(t(`Zbędny argument: ${reszta[n]}`, `Unexpected argument: ${reszta[n]}`)) : null;

  if (polecenie === 'szablon') {
    const rodzaj = reszta[0];
    if (!rodzaj)
      return blad(
        t(
          `Podaj rodzaj szablonu: ${RODZAJE_SZABLONOW.join(', ')}.`,
          `Give the template kind: ${RODZAJE_SZABLONOW.join(', ')}.`,
        ),
      );
    if (!(RODZAJE_SZABLONOW as readonly string[]).includes(rodzaj))
      return blad(
        t(
          `Nieznany rodzaj szablonu „${rodzaj}”; dostępne: ${RODZAJE_SZABLONOW.join(', ')}.`,
          `Unknown template kind "${rodzaj}"; available: ${RODZAJE_SZABLONOW.join(', ')}.`,
        ),
      );
    const n = nadmiar(1);
    if (n) return n;
    if (wMiejscu)
      return blad(
        t('Opcja --w-miejscu nie dotyczy polecenia szablon.', 'Option --w-miejscu does not apply to szablon.'),
      );
    if (nadpisz)
      return blad(
        t(
          'Szablon nigdy nie nadpisuje istniejącego pliku (WB-4); opcja --nadpisz go nie dotyczy.',
          'A template never overwrites an existing file (WB-4); option --nadpisz does not apply.',
        ),
      );
    if (wynik === undefined)
      return blad(t('Polecenie szablon wymaga -o <plik.xlsx>.', 'The szablon command needs -o <file.xlsx>.'));
    return { ok: true, polecenie: { rodzaj: 'szablon', szablon: rodzaj as RodzajSzablonu, wynik, ...wspolne } };
  }
  if (polecenie === 'wyjasnij') {
    const [plik, regon] = reszta;
    if (!plik || !regon)
      return blad(
        t(
          'Polecenie wyjasnij wymaga pliku .xlsx i numeru REGON: cyfrowa-szkola wyjasnij <plik.xlsx> <REGON>.',
          'The wyjasnij command needs an .xlsx file and a REGON: cyfrowa-szkola wyjasnij <file.xlsx> <REGON>.',
        ),
      );
    const n = nadmiar(2);
    if (n) return n;
    if (wynik !== undefined || wMiejscu)
      return blad(
        t(
          'Polecenie wyjasnij niczego nie zapisuje: opcje -o i --w-miejscu są niedozwolone.',
          'The wyjasnij command writes nothing: options -o and --w-miejscu are not allowed.',
        ),
      );
    return { ok: true, polecenie: { rodzaj: 'wyjasnij', plik, regon, ...wspolne } };
  }
  if (!(OPERACJE as readonly string[]).includes(polecenie))
    return blad(
      t(
        `Nieznane polecenie „${polecenie}”. Zobacz: cyfrowa-szkola --help`,
        `Unknown command "${polecenie}". See: cyfrowa-szkola --help`,
      ),
    );
  const operacja = polecenie as Operacja;
  const plik = reszta[0];
  if (!plik)
    return blad(t(`Polecenie ${operacja} wymaga pliku .xlsx.`, `The ${operacja} command needs an .xlsx file.`));
  if (operacja === 'zbierz') {
    if (wMiejscu)
      return blad(
        t('Polecenie zbierz nie pisze w miejscu; użyj -o.', 'The zbierz command does not write in place; use -o.'),
      );
    return {
      ok: true,
      polecenie: {
        rodzaj: 'operacja',
        operacja,
        plik,
        wynik: wynik ?? null,
        wMiejscu,
        ...(nadpisz ? { nadpisz } : {}),
        zrodla: reszta.slice(1),
        naDzien,
        ...wspolne,
      },
    };
  }
  if (naDzien && operacja !== 'kwalifikuj')
    return blad(
      t(
        'Opcja --na-dzien dotyczy tylko poleceń zbierz i kwalifikuj (arkusz Terminy, CS-R.4).',
        'Option --na-dzien applies to zbierz and kwalifikuj only (the Terminy sheet, CS-R.4).',
      ),
    );
  const n = nadmiar(1);
  if (n) return n;
  if (operacja === 'waliduj' && (wynik !== undefined || wMiejscu))
    return blad(
      t(
        'Polecenie waliduj niczego nie zapisuje: opcje -o i --w-miejscu są niedozwolone.',
        'The waliduj command writes nothing: options -o and --w-miejscu are not allowed.',
      ),
    );
  return {
    ok: true,
    polecenie: {
      rodzaj: 'operacja',
      operacja,
      plik,
      wynik: wynik ?? null,
      wMiejscu,
      ...(nadpisz ? { nadpisz } : {}),
      ...(naDzien ? { naDzien } : {}),
      ...wspolne,
    },
  };
}

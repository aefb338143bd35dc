/** WB-4 command line: commands, options and their checks (no dependencies). */
import type { Jezyk, Operacja, RodzajSzablonu } from '../core';
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
];
export const OPERACJE: readonly Operacja[] = [
  'waliduj',
  'kwalifikuj',
  'podziel',
  'diagnozuj',
  'monitoruj',
  'wskazniki',
];

export interface OpcjeWspolne {
  json: boolean;
  jezyk: Jezyk;
}

export type Polecenie =
  | ({ rodzaj: 'pomoc' } & OpcjeWspolne)
  | ({ rodzaj: 'szablon'; szablon: RodzajSzablonu; wynik: string } & OpcjeWspolne)
  | ({ rodzaj: 'operacja'; operacja: Operacja; plik: string; wynik: string | null; wMiejscu: boolean } & OpcjeWspolne);

export type WynikParsowania = { ok: true; polecenie: Polecenie } | ({ ok: false; blad: Tekst } & OpcjeWspolne);

/** `--lang` and `--json` are known before anything else, so even a usage error speaks the right language and format. */
function wstepne(argv: readonly string[]): OpcjeWspolne {
  let jezyk: Jezyk = 'pl';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    const w = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (w === 'en' || w === 'pl') jezyk = w;
  }
  const koniec = argv.indexOf('--');
  return { jezyk, json: (koniec < 0 ? argv : argv.slice(0, koniec)).includes('--json') };
}

export function parsujArgumenty(argv: readonly string[]): WynikParsowania {
  const wspolne = wstepne(argv);
  const blad = (b: Tekst): WynikParsowania => ({ ok: false, blad: b, ...wspolne });
  const pozycyjne: string[] = [];
  let wynik: string | undefined;
  let wMiejscu = false;
  let pomoc = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      pozycyjne.push(...argv.slice(i + 1));
      break;
    }
    const [nazwa, wartoscRowna] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const wartosc = (): string | null => {
      if (wartoscRowna !== undefined) return wartoscRowna;
      const w = argv[i + 1];
      if (w === undefined || (w.startsWith('-') && w !== '-')) return null;
      i++;
      return w;
    };
    switch (nazwa) {
      case '-o':
      case '--output':
      case '--wynik': {
        const w = wartosc();
        if (w === null || w === '')
          return blad(t(`Opcja ${nazwa} wymaga nazwy pliku.`, `Option ${nazwa} needs a file name.`));
        if (wynik !== undefined) return blad(t('Opcję -o podano dwukrotnie.', 'Option -o was given twice.'));
        wynik = w;
        break;
      }
      case '--lang': {
        const w = wartosc();
        if (w !== 'pl' && w !== 'en')
          return blad(t('Opcja --lang przyjmuje „pl” albo „en”.', 'Option --lang takes "pl" or "en".'));
        break;
      }
      case '--json':
        break;
      case '--w-miejscu':
      case '--in-place':
        wMiejscu = true;
        break;
      case '-h':
      case '--help':
      case '--pomoc':
        pomoc = true;
        break;
      default:
        if (a.startsWith('-') && a !== '-') return blad(t(`Nieznana opcja: ${a}`, `Unknown option: ${a}`));
        pozycyjne.push(a);
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
    if (wynik === undefined)
      return blad(t('Polecenie szablon wymaga -o <plik.xlsx>.', 'The szablon command needs -o <file.xlsx>.'));
    return { ok: true, polecenie: { rodzaj: 'szablon', szablon: rodzaj as RodzajSzablonu, wynik, ...wspolne } };
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
  const n = nadmiar(1);
  if (n) return n;
  if (operacja === 'waliduj' && (wynik !== undefined || wMiejscu))
    return blad(
      t(
        'Polecenie waliduj niczego nie zapisuje: opcje -o i --w-miejscu są niedozwolone.',
        'The waliduj command writes nothing: options -o and --w-miejscu are not allowed.',
      ),
    );
  return { ok: true, polecenie: { rodzaj: 'operacja', operacja, plik, wynik: wynik ?? null, wMiejscu, ...wspolne } };
}

/**
 * Strings of the Sprawozdania section (CS-R): Polish first, English with the same shape; imported only
 * by the lazily loaded section, so they stay out of the initial bundle.
 */
import { useJezyk } from '../../i18n/jezyk';

export const sprawozdaniaPl = {
  opis: 'Po protokole: sprawozdania szkół i organów prowadzących, rozliczenie dotacji, zbieranie sprawozdań poziom wyżej i terminy. Wybrane pliki są czytane tylko w tym panelu — nigdzie nie są wysyłane.',
  szablony: 'Szablony sprawozdań',
  szablonSzkoly: 'Sprawozdanie szkoły',
  szablonOrganu: 'Sprawozdanie organu',
  wstawiono: (n: string[]) => `Wstawiono arkusze: ${n.join(', ')}.`,
  sprawdzanie: 'Sprawdzanie i rozliczenie',
  naZywo: 'Sprawdzaj na bieżąco podczas wpisywania',
  uwagi: (b: number, o: number) => `Błędy: ${b}, ostrzeżenia: ${o}.`,
  rozlicz: 'Oceń / rozlicz sprawozdanie',
  rozliczono: 'Zapisano arkusze oceny lub rozliczenia.',
  zadania: (k: number, n: number) => `Zadania §7 spełnione: ${k} z ${n}`,
  dotacja: 'Dotacja (G)',
  rozliczona: 'Dotacja rozliczona (Z)',
  doZwrotu: 'Do zwrotu (D)',
  zbierz: 'Zbierz sprawozdania',
  zbierzPomoc:
    'Otwarty skoroszyt to cel: sprawozdanie organu (← sprawozdania szkół), zeszyt województwa z protokołem (← sprawozdania organów) albo podział środków (← zeszyty województw). Wybierz pliki źródeł (kilka naraz).',
  wybierzPliki: 'Pliki źródeł (.xlsx)',
  wybrane: (n: number) => `Wybrano plików: ${n}`,
  uruchomZbierz: 'Zbierz',
  trwa: 'Czytanie plików i zbieranie…',
  zrodla: 'Źródła',
  plik: 'Plik',
  status: 'Stan',
  wynikZbierania: (p: number, n: number) => `Przyjęte źródła: ${p} z ${n}.`,
  razem: 'Razem',
  zablokowany: (n: number) => `Nie zebrano — błędy blokujące: ${n}.`,
  terminy: 'Terminy',
  brakTerminow: 'Arkusz „Terminy” pojawi się po kwalifikacji albo po zbieraniu sprawozdań.',
  nastepny: 'Najbliższy termin',
  wszystkieZamkniete: 'Wszystkie terminy są zamknięte.',
  brakuje: 'Brakuje',
  stanNaDzien: (d: string) => `Stan na dzień ${d}`,
  krok: 'Krok',
  termin: 'Termin',
  stan: 'Stan',
};

export type TekstySprawozdan = typeof sprawozdaniaPl;

export const sprawozdaniaEn: TekstySprawozdan = {
  opis: 'After the protocol: school and body reports, grant settlement, gathering reports one level up and the deadlines. Picked files are read only in this pane — never sent anywhere.',
  szablony: 'Report templates',
  szablonSzkoly: 'School report',
  szablonOrganu: 'Body report',
  wstawiono: (n: string[]) => `Inserted sheets: ${n.join(', ')}.`,
  sprawdzanie: 'Check and settle',
  naZywo: 'Check while typing',
  uwagi: (b: number, o: number) => `Errors: ${b}, warnings: ${o}.`,
  rozlicz: 'Evaluate / settle the report',
  rozliczono: 'The evaluation or settlement sheets were written.',
  zadania: (k: number, n: number) => `§7 tasks met: ${k} of ${n}`,
  dotacja: 'Grant (G)',
  rozliczona: 'Settled grant (Z)',
  doZwrotu: 'To return (D)',
  zbierz: 'Gather reports',
  zbierzPomoc:
    'The open workbook is the target: a body report (← school reports), a voivodeship workbook with its protocol (← body reports) or the split (← voivodeship workbooks). Pick the source files (several at once).',
  wybierzPliki: 'Source files (.xlsx)',
  wybrane: (n: number) => `Files picked: ${n}`,
  uruchomZbierz: 'Gather',
  trwa: 'Reading files and gathering…',
  zrodla: 'Sources',
  plik: 'File',
  status: 'Status',
  wynikZbierania: (p: number, n: number) => `Sources accepted: ${p} of ${n}.`,
  razem: 'Total',
  zablokowany: (n: number) => `Not gathered — blocking errors: ${n}.`,
  terminy: 'Deadlines',
  brakTerminow: 'The "Terminy" sheet appears after the qualification or after gathering reports.',
  nastepny: 'Next deadline',
  wszystkieZamkniete: 'Every deadline is closed.',
  brakuje: 'Missing',
  stanNaDzien: (d: string) => `As of ${d}`,
  krok: 'Step',
  termin: 'Deadline',
  stan: 'Status',
};

export function useTekstySprawozdan(): TekstySprawozdan {
  return useJezyk().jezyk === 'en' ? sprawozdaniaEn : sprawozdaniaPl;
}

/** `--help` / `pomoc` (WB-4). */
import type { Jezyk } from '../core';
import { RODZAJE_SZABLONOW } from './argumenty';

const PL = `cyfrowa-szkola — „Cyfrowa szkoła” (Dz.U. 2012 poz. 411): walidacja wniosków, kwalifikacja szkół, protokół

Użycie:
  cyfrowa-szkola szablon <rodzaj> -o <plik.xlsx>        pusty szablon; rodzaje: ${RODZAJE_SZABLONOW.join(', ')}
  cyfrowa-szkola waliduj <plik.xlsx> [--json]           wszystkie uwagi; kod 1, gdy jest jakikolwiek błąd
  cyfrowa-szkola kwalifikuj <plik.xlsx> [-o <wynik.xlsx>] [--w-miejscu] [--json]
                                                        ocena formalna, kwalifikacja (CS-Z3), protokół
  cyfrowa-szkola wyjasnij <plik.xlsx> <REGON> [--json]  „Dlaczego?”: droga jednego wniosku od oceny formalnej
                                                        do decyzji, zdanie po zdaniu z regułami; nic nie zapisuje
  cyfrowa-szkola podziel <plik.xlsx> [-o …] [--json]     podział kwoty krajowej między województwa (§9)
  cyfrowa-szkola diagnozuj|monitoruj|wskazniki <plik.xlsx> [-o …] [--json]
                                                        arkusze JST (diagnoza, monitoring, wskaźniki)
  cyfrowa-szkola sprawozdanie <plik.xlsx> [-o …] [--json]
                                                        ocena zadań szkoły (CS-R.1) albo rozliczenie dotacji
                                                        organu (CS-R.2); wynik domyślnie <plik>.sprawozdanie.xlsx
  cyfrowa-szkola zbierz <cel.xlsx> <źródło.xlsx>… [-o …] [--na-dzien RRRR-MM-DD] [--json]
                                                        sprawozdania szkół w sprawozdaniu organu (CS-R.3a),
                                                        sprawozdania organów w zeszycie województwa (CS-R.3b),
                                                        zeszyty województw w podziale środków (CS-R.3c)
                                                        i terminy (CS-R.4); wynik domyślnie <cel>.zbiorcze.xlsx

Opcje:
  -o <plik>      plik wynikowy; domyślnie nazwa wejścia z końcówką .protokol.xlsx
  --w-miejscu    zapisz do pliku wejściowego (po weryfikacji zapisanej kopii)
  --nadpisz      zastąp istniejący plik wynikowy, nawet jeśli nie jest wynikiem tego polecenia
  --json         na stdout dokładnie jeden obiekt JSON, wszystko inne na stderr
  --na-dzien RRRR-MM-DD  dzień, na który liczony jest arkusz Terminy (zbierz, kwalifikuj; CS-R.4)
  --lang en      komunikaty po angielsku
  -h, --help     ta pomoc

Plik wejściowy nigdy nie jest zmieniany (chyba że --w-miejscu). Istniejący plik jest nadpisywany tylko
wtedy, gdy to narzędzie zapisało go jako wynik tego samego polecenia i od tej pory nie zmieniono w nim
wartości (nigdy skoroszyt zmieniony w miejscu, szablon ani plik tylko do odczytu); szablon nigdy nie
nadpisuje pliku.

Kody wyjścia: 0 gotowe; 1 zablokowane przez błędy w danych (wypisane; nic nie zapisano);
2 błąd użycia, nieczytelny plik albo plik za duży (WB-1.9).
`;

const EN = `cyfrowa-szkola — "Cyfrowa szkoła" (Dz.U. 2012 poz. 411): application checks, school qualification, protocol

Usage:
  cyfrowa-szkola szablon <kind> -o <file.xlsx>          empty template; kinds: ${RODZAJE_SZABLONOW.join(', ')}
  cyfrowa-szkola waliduj <file.xlsx> [--json]           every finding; exit 1 when there is any error
  cyfrowa-szkola kwalifikuj <file.xlsx> [-o <out.xlsx>] [--w-miejscu] [--json]
                                                        formal evaluation, qualification (CS-Z3), protocol
  cyfrowa-szkola wyjasnij <file.xlsx> <REGON> [--json]  "Why?": one application from its formal evaluation to
                                                        its decision, sentence by sentence with rules; writes nothing
  cyfrowa-szkola podziel <file.xlsx> [-o …] [--json]     split of the national sum among voivodeships (§9)
  cyfrowa-szkola diagnozuj|monitoruj|wskazniki <file.xlsx> [-o …] [--json]
                                                        JST sheets (diagnosis, monitoring, indicators)
  cyfrowa-szkola sprawozdanie <file.xlsx> [-o …] [--json]
                                                        school tasks (CS-R.1) or the body's grant settlement
                                                        (CS-R.2); default output <file>.sprawozdanie.xlsx
  cyfrowa-szkola zbierz <target.xlsx> <source.xlsx>… [-o …] [--na-dzien YYYY-MM-DD] [--json]
                                                        school reports into a body's report (CS-R.3a), body
                                                        reports into the voivodeship workbook (CS-R.3b),
                                                        voivodeship workbooks into the split (CS-R.3c) and
                                                        deadlines (CS-R.4); default output <target>.zbiorcze.xlsx

Options:
  -o <file>      output file; default: the input name ending in .protokol.xlsx
  --w-miejscu    write into the input file (after verifying the written copy)
  --nadpisz      replace an existing output file even when it is not this command's output
  --json         exactly one JSON object on stdout, everything else on stderr
  --na-dzien YYYY-MM-DD  reference date of the Terminy sheet (zbierz, kwalifikuj; CS-R.4)
  --lang en      English messages
  -h, --help     this help

The input file is never changed (unless --w-miejscu). An existing file is overwritten only when this tool
wrote it as the output of the same command and no value in it was changed since (never a workbook
rewritten in place, a template or a read-only file); a template never overwrites a file.

Exit codes: 0 done; 1 blocked by errors in the data (printed; nothing written);
2 usage error, unreadable file or file too large (WB-1.9).
`;

export function tekstPomocy(jezyk: Jezyk): string {
  return jezyk === 'en' ? EN : PL;
}

/** Polish messages of the task pane (primary locale). `en.ts` has the same shape. */
import { ETYKIETY_PARAMETROW } from '../../../core';

/** Polish plural: 1 → `jeden`, 2–4 (not 12–14) → `kilka`, otherwise `wiele`. */
export function odmiana(n: number, jeden: string, kilka: string, wiele: string): string {
  if (n === 1) return jeden;
  const j = n % 10;
  const d = n % 100;
  return j >= 2 && j <= 4 && (d < 12 || d > 14) ? kilka : wiele;
}

const ile = (n: number, jeden: string, kilka: string, wiele: string) => `${n} ${odmiana(n, jeden, kilka, wiele)}`;

export const pl = {
  aplikacja: {
    tytul: 'Cyfrowa szkoła',
    podtytul: 'Rządowy program „Cyfrowa szkoła” (Dz.U. 2012 poz. 411) i cyfrowy rozwój oświaty w JST',
    jezyk: 'Język panelu',
    nawigacja: 'Sekcje panelu',
    ladowanie: 'Wczytywanie…',
    blad: 'Wystąpił błąd',
    zamknij: 'Zamknij komunikat',
    zwin: 'Zwiń',
    rozwin: 'Rozwiń',
  },
  zakladki: {
    szablony: 'Szablony',
    sprawdz: 'Sprawdź',
    wniosek: 'Wniosek dyrektora',
    kwalifikacja: 'Kwalifikacja',
    podzial: 'Podział środków',
    jst: 'JST',
  },
  wagi: { błąd: 'Błąd', ostrzeżenie: 'Ostrzeżenie', informacja: 'Informacja' },
  wagiMnoga: { błąd: 'Błędy', ostrzeżenie: 'Ostrzeżenia', informacja: 'Informacje' },
  wielkosci: { mała: 'mała', średnia: 'średnia', duża: 'duża', wszystkie: 'wszystkie' },
  szablony: {
    opis: 'Wstaw do bieżącego skoroszytu arkusze szablonu: listy rozwijane, formaty kwot w zł, zamrożone nagłówki, katalogi i arkusz „Reguły”.',
    rodzaj: 'Rodzaj szablonu',
    wstaw: 'Wstaw szablon',
    wstawiono: (n: number, nazwy: string) => `Wstawiono ${ile(n, 'arkusz', 'arkusze', 'arkuszy')}: ${nazwy}.`,
    nicNieWstawiono: 'Nic nie wstawiono.',
    grupaCs: 'Cyfrowa szkoła 2012',
    grupaJst: 'Cyfrowy rozwój JST 2023 (FERS)',
    rodzaje: {
      wojewodztwo: ['Województwo — kwalifikacja', 'Parametry, Wnioski i Reguły: zespół wojewody kwalifikuje szkoły.'],
      'wniosek-dyrektora': [
        'Wniosek dyrektora szkoły',
        'Wniosek, kalkulacja kosztów, wyposażenie szkoły i katalogi załączników 1–2.',
      ],
      'wniosek-organu': ['Wniosek organu prowadzącego', 'Wniosek organu i lista szkół (do podziału wg wielkości).'],
      'podzial-srodkow': ['Podział środków (minister)', 'Kwota krajowa i liczby szkół w 16 województwach (część A).'],
      'diagnoza-jst': ['Diagnoza JST', 'Dane szkół do diagnozy cyfryzacji i wykluczenia cyfrowego.'],
      'plan-jst': ['Plan strategiczny JST', 'Działania, harmonogram i budżet planu.'],
      'monitoring-jst': ['Monitoring JST', 'Postęp działań i parametry monitoringu.'],
      'projekt-fers': ['Projekt FERS', 'Uczestnicy, wskaźniki i budżet projektu.'],
    },
  },
  sprawdz: {
    opis: 'Sprawdza cały skoroszyt według reguł programu. Błędne komórki są wyróżniane wypełnieniem i notatką.',
    sprawdz: 'Sprawdź teraz',
    wyczysc: 'Wyczyść oznaczenia',
    wyczyszczono: (n: number) =>
      n === 0
        ? 'Nie było oznaczeń do usunięcia.'
        : `Usunięto oznaczenia z ${ile(n, 'komórki', 'komórek', 'komórek')}; przywrócono ich poprzednie formaty.`,
    naZywo: 'Sprawdzaj na bieżąco podczas wpisywania',
    naZywoPomoc: 'Zmiany wybrane z listy rozwijanej mogą nie wywołać sprawdzenia — wtedy kliknij „Sprawdź teraz”.',
    brakWynikow: 'Skoroszyt nie był jeszcze sprawdzany w tej sesji.',
    bezUwag: 'Nie znaleziono żadnych uwag — skoroszyt jest poprawny.',
    wyniki: 'Wyniki sprawdzenia',
    liczby: (b: number, o: number, i: number) =>
      `${ile(b, 'błąd', 'błędy', 'błędów')}, ${ile(o, 'ostrzeżenie', 'ostrzeżenia', 'ostrzeżeń')}, ${ile(i, 'informacja', 'informacje', 'informacji')}`,
    skoroszyt: 'Cały skoroszyt',
    pokazWiecej: (n: number) => `Pokaż jeszcze ${n}`,
    zaznaczono: (adres: string) => `Zaznaczono ${adres}.`,
    zaznacz: (adres: string) => `Przejdź do ${adres}`,
    blokujaca: 'blokuje',
    zrodlo: { sprawdz: 'sprawdzenie', naZywo: 'na bieżąco', wstazka: 'polecenie na wstążce' },
    stan: (zrodlo: string, godzina: string) => `Ostatnio: ${zrodlo}, ${godzina}`,
    filtr: 'Pokaż',
  },
  wniosek: {
    opis: 'Wyliczenia dla wniosku dyrektora szkoły — odświeżane podczas wpisywania (przy sprawdzaniu na bieżąco) albo przyciskiem.',
    odswiez: 'Odśwież',
    brak: 'W skoroszycie nie ma arkusza „Wniosek dyrektora”. Wstaw szablon „Wniosek dyrektora szkoły” w sekcji Szablony.',
    wybor: 'Wniosek',
    szkola: 'Szkoła',
    uczniowie: 'Uczniowie klas I–VI',
    wielkosc: 'Wielkość szkoły (CS-5.1)',
    limit: 'Maksymalne wsparcie (CS-5.2)',
    wnioskowana: 'Wnioskowana kwota',
    sumaWsparcia: 'Suma pozycji „wsparcie” (CS-10.3)',
    zgodna: 'zgodna z wnioskowaną kwotą',
    niezgodna: 'różni się od wnioskowanej kwoty',
    ponadLimit: 'przekracza maksymalne wsparcie',
    wkladTytul: 'Wkład własny',
    wkladWlasny: 'Wkład własny (suma pozycji)',
    poniesiony: 'poniesiony od 1.01.2012',
    planowany: 'planowany',
    nieliczony: 'Zadeklarowany, ale niewliczany (CS-4.2)',
    minimum: 'Minimalny wkład własny',
    cs43: (g: string, min: string) =>
      `CS-4.3: wkład ≥ 20 % wartości zadania, czyli 4 × wkład ≥ wsparcie G. G = ${g} → ⌈G / 4⌉ = ${min}.`,
    cs44: 'CS-4.4: dla każdego typu pomocy będącego wydatkiem inwestycyjnym wkład typu ≥ wsparcie typu (50 % kosztu typu).',
    cs44Brak: 'Żadna pozycja nie jest oznaczona jako wydatek inwestycyjny — CS-4.4 nie ma zastosowania.',
    dolnaGranica: (a: string, b: string, wynik: string) => `Dolna granica: max(${a}; ${b}) = ${wynik}`,
    pkt: 'Pkt',
    wsparcieTypu: 'Wsparcie',
    wkladTypu: 'Wkład',
    spelniony: 'spełnione',
    niespelniony: 'niespełnione',
    mieszane: 'mieszane oznaczenia',
    brakuje: (kw: string) => `brakuje ${kw}`,
    brakKalkulacji: 'Nie można odczytać arkusza „Kalkulacja kosztów” — wyliczeń wkładu brak.',
    pokrycieTytul: 'Funkcjonalności z załącznika nr 2 (CS-6.1)',
    brakPokrycia: 'Podaj liczbę uczniów i wariant, aby sprawdzić pokrycie funkcjonalności.',
    funkcjonalnosc: 'Funkcjonalność',
    wymagane: 'Wymagane',
    zapewnione: 'Zapewnione',
    brakJednostek: (n: number) => `brakuje ${n}`,
    pokryta: 'pokryta',
    nieznane: 'nieznane',
    uwagiWniosku: (n: number) => `Uwagi do tego wniosku: ${n}`,
    pokazUwagi: 'Pokaż uwagi',
    odswiezono: 'Wyliczenia wniosku odświeżone.',
  },
  kwalifikacja: {
    opis: 'Kwalifikacja szkół przez zespół wojewody (CS-13, CS-Z3). Uruchomienie nie zmienia komórek wejściowych — zapisuje tylko arkusze wynikowe.',
    parametry: 'Parametry',
    parametryOpis:
      'Odczytane z arkusza „Parametry”. Zmiany trafiają do arkusza tylko po kliknięciu „Zapisz parametry”.',
    brakArkusza: 'W skoroszycie nie ma arkuszy „Parametry” i „Wnioski”. Wstaw szablon „Województwo — kwalifikacja”.',
    // the sheet's own labels (WB-2), one copy
    pola: ETYKIETY_PARAMETROW as Record<keyof typeof ETYKIETY_PARAMETROW, string>,
    podpowiedzi: {
      udzial: '20–80; puste = wg wnioskowanych kwot (CS-Z3.2)',
      podzial: 'puste = wg wnioskowanych kwot (CS-Z3.3)',
      ziarno: 'tekst ogłoszony przed losowaniem',
      data: 'RRRR-MM-DD',
      sklad: 'imiona i nazwiska rozdzielone średnikami (co najmniej 4 osoby)',
    },
    domyslny: '(domyślny)',
    wybierz: 'Wybierz…',
    zapisz: 'Zapisz parametry',
    cofnij: 'Cofnij zmiany',
    zapisano: 'Parametry zapisano w arkuszu „Parametry”.',
    niezapisane:
      'Masz niezapisane zmiany parametrów. Uruchomienie użyje wartości z arkusza „Parametry” — najpierw zapisz zmiany.',
    nieczytelne: 'Popraw wyróżnione pola — nie da się ich zapisać.',
    podglad: 'Podgląd kopert (CS-Z3.2, CS-Z3.3)',
    podgladOpis: (n: number, suma: string, A: string) =>
      `${ile(n, 'wniosek oceniony', 'wnioski ocenione', 'wniosków ocenionych')} pozytywnie: Σ r = ${suma}; środki A = ${A}.`,
    wszystkieMieszcza:
      'Suma wniosków nie przekracza środków: wszystkie wnioski pozytywne zostaną zakwalifikowane bez losowania (CS-Z3.0).',
    brakKwoty: 'Podaj poprawną kwotę środków, aby zobaczyć koperty.',
    brakWnioskow: 'Brak wniosków ocenionych pozytywnie.',
    udzialI: (p: string, domyslny: boolean) =>
      `Udział wariantu I: ${p} %${domyslny ? ' (domyślny: wg wnioskowanych kwot, w paśmie 20–80 %)' : ''}`,
    koperta: 'Koperta',
    wariant: 'Wariant',
    razem: 'Razem',
    brakSio: 'Podział wg §9 wymaga liczb szkół (SIO) — koperty wielkości pojawią się po ich podaniu.',
    rezygnacje: (n: number) =>
      `Rezygnacje (kolumna „Rezygnacja” = TAK): ${n}. Uruchomienie je przetworzy (CS-Z3.R) na podstawie zapisanego protokołu.`,
    uruchom: 'Uruchom kwalifikację',
    uruchomienie: 'Kwalifikacja (CS-Z3)',
    protokol: 'Protokół',
    protokolOpis: 'Sprawdza, czy dane wejściowe zmieniły się od sporządzenia protokołu (odcisk danych, CS-Z3.F).',
    trwa: 'Kwalifikacja w toku',
    zablokowana: (n: number) =>
      `Kwalifikacja zablokowana: ${ile(n, 'błąd blokujący', 'błędy blokujące', 'błędów blokujących')}. Nic nie zapisano poza arkuszem „Uwagi”.`,
    odmowa: 'Kwalifikacja odrzucona:',
    podsumowanie: 'Wynik kwalifikacji',
    zakwalifikowane: 'Zakwalifikowane',
    liczba: 'Liczba',
    kwota: 'Kwota',
    niewykorzystane: 'Niewykorzystane',
    przyznano: (n: number, kw: string) =>
      `Zakwalifikowano ${ile(n, 'szkołę', 'szkoły', 'szkół')} na łączną kwotę ${kw}.`,
    niewykorzystaneRazem: (kw: string) => `Środki niewykorzystane: ${kw}.`,
    najmniejszyBrak: (kw: string, regon: string) => `Najmniejszy brak: ${kw} (REGON ${regon}).`,
    bezBraku: 'Wszystkie wnioski pozytywne zakwalifikowano — brak niedoborów.',
    pozostale: (nz: number, odrz: number, rez: number) =>
      `Niezakwalifikowane: ${nz}; odrzucone formalnie: ${odrz}; rezygnacje: ${rez}.`,
    odcisk: 'Odcisk danych (CS-Z3.F)',
    arkusze:
      'Zapisane arkusze: Protokół, Wykaz wniosków, Zakwalifikowane, Niezakwalifikowane, Przebieg kwalifikacji, Informacja dla ministra, Uwagi.',
    weryfikuj: 'Zweryfikuj protokół',
    zgodny: 'Dane wejściowe nie zmieniły się od sporządzenia protokołu — odcisk zgodny.',
    niezgodny:
      'Dane wejściowe zmieniły się od sporządzenia protokołu — odcisk niezgodny. Uruchom kwalifikację ponownie albo przywróć dane.',
    brakProtokolu: 'W skoroszycie nie ma jeszcze protokołu kwalifikacji.',
    odciskTeraz: 'obecny',
    odciskProtokolu: 'w protokole',
    odswiez: 'Odśwież z arkusza',
  },
  podzial: {
    opis: 'Część A: podział kwoty krajowej między 16 województw według liczby szkół ważonej maksymalnym wsparciem (CS-9.1).',
    uruchom: 'Podziel środki',
    trwa: 'Podział w toku',
    wynik: 'Wynik podziału',
    wojewodztwo: 'Województwo',
    udzial: 'Udział',
    kwota: 'Kwota',
    suma: 'Suma',
    zablokowany: (n: number) =>
      `Podział zablokowany: ${ile(n, 'błąd', 'błędy', 'błędów')}. Szczegóły w arkuszu „Uwagi”.`,
    zapisano: 'Zapisano arkusz „Podział środków — wynik”.',
  },
  jst: {
    opis: 'Cyfrowy rozwój oświaty w JST (FERS 2023): diagnoza, plan strategiczny, monitoring i wskaźniki.',
    szablony: 'Szablony JST',
    dzialania: 'Obliczenia',
    sprawdz: 'Sprawdź dane JST',
    diagnozuj: 'Diagnoza i rekomendacje',
    diagnozujOpis: 'JST-1/2: wskaźniki cyfryzacji szkół, wykluczenie cyfrowe i rekomendacje.',
    monitoruj: 'Harmonogram i pulpit',
    monitorujOpis: 'JST-3/4: harmonogram planu, status działań i pulpit monitoringu.',
    wskazniki: 'Wskaźniki projektu',
    wskaznikiOpis: 'JST-5/6: wskaźniki programu i budżet projektu FERS.',
    trwa: 'Obliczenia w toku',
    gotowe: 'Gotowe.',
    zablokowane: (n: number) =>
      `Nic nie obliczono: ${ile(n, 'błąd blokujący', 'błędy blokujące', 'błędów blokujących')}. Szczegóły w arkuszu „Uwagi”.`,
  },
  /** progress stages reported by the core and the adapter (shown as they are when not listed) */
  etapy: {} as Record<string, string>,
  wspolne: {
    ok: 'Gotowe',
    trwa: 'Trwa…',
    postep: 'Postęp',
    blad: 'Błąd',
    uwagiBlokujace: 'Błędy blokujące',
  },
};

export type Komunikaty = typeof pl;

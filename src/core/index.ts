/**
 * The core's public entry: the one module hosts (src/addin, src/cli, src/bench, src/przyklady) import.
 * The contract (operations, their typed data, findings, write plans) first, then what hosts reuse.
 * ESLint (eslint.config.mjs) refuses any other import of src/core from a host.
 */
export type * from './api';
export { cyfraKontrolnaRegon, regonPoprawny } from './identyfikatory';
export {
  przykladGminy,
  przykladProjektu,
  type DaneMonitoringu,
  type DaneWskaznikow,
  type DiagnozaJson,
  type MonitoringJson,
  type WskaznikiJson,
} from './jst';
export { adres, indeksKolumny, literaKolumny } from './komorki/adres';
export { dataIso, dataZSerialu, dataZTekstu, formatDaty, serialZDaty } from './komorki/daty';
export {
  czyPusta,
  odczytajDate,
  odczytajIdentyfikator,
  odczytajKwote,
  odczytajLiczbeCalkowita,
  odczytajProcentSetne,
  odczytajZiarno,
  tekstKomorki,
  type Odczyt,
} from './komorki/odczyt';
export { kwalifikuj, type Grupa, type Wariant, type WniosekDoKwalifikacji } from './kwalifikacja';
export { kluczLosowania } from './kwalifikacja/losowanie';
export { type PodzialWielkosci, type WariantZastepczy, type Wielkosc } from './kwalifikacja/typy';
export { kwotaDoKomorki, kwotaEn, kwotaJson, kwotaPl, kwotaTekst, type Grosze } from './kwota';
export { dataWWarszawie } from './dzis';
export { ile, odmiana } from './tekst/odmiana';
export { OPERACJE, dostepnaOperacja, dostepnySzablon, szablon, wykonaj } from './operacje';
export { ARKUSZ_REGUL } from './program/arkuszRegul';
export { ARKUSZE_OPERACJI, arkuszeOperacji, arkuszeWejsciowe, arkuszeZapisu, wsrodArkuszy } from './deklaracje';
export type { ArkuszeOperacji } from './deklaracje';
export type { DeklaracjaOperacji } from './operacje';
export { podzielKwoteKrajowa, wagaWojewodztwa, type WierszPodzialu } from './podzial/algorytm';
export { procentJson, ulamek } from './rational';
export { GROSZE_JEDNOSTKI, JEDNOSTKI } from './podzial/schemat';
export { LICZBY_S3, przykladPodzialu } from './podzial/szablon';
export { CYFROWA_SZKOLA_2012, WIELKOSCI, WOJEWODZTWA, type DataKalendarzowa } from './program/definicja';
export { dolnaGranicaWkladu, limitWsparcia, minimalnyWklad, wielkoscSzkoly, wkladWystarczy } from './program/reguly';
export { normalizuj } from './tekst/normalizuj';
export { WAGI_EN, adresUwagi, maBlokujace, tekstUwagi, uwaga, type Jezyk, type Uwaga, type Waga } from './uwagi';
export { walidujZeszyt } from './walidacja';
export { przykladWnioskuDyrektora, przykladWnioskuOrganu } from './wnioski';
export {
  ARKUSZ_FUNKCJONALNOSCI,
  ARKUSZ_KALKULACJI,
  ARKUSZ_KATALOGU,
  ARKUSZ_WNIOSKU_DYREKTORA,
  ARKUSZ_WYPOSAZENIA,
} from './wnioski/schemat';
export { type Polozenie, type RodzajOrganu, type TypSzkoly } from './wnioski/slowniki';
export { walidujWnioskiDyrektorow, type ModelWnioskuDyrektora } from './wnioski/wniosekDyrektora';
export type {
  DaneKwalifikacji,
  KomorkaPodsumowania,
  PodsumowanieKwalifikacji,
  PodsumowanieWariantu,
  WniosekKwalifikacji,
} from './wojewodztwo/dane';
export type { DanePodzialu } from './podzial/operacja';
export { ETYKIETY_PARAMETROW } from './wojewodztwo/etykiety';
export { ARKUSZ_WNIOSKI, K } from './wojewodztwo/kolumny';
export { kwalifikujWojewodztwo } from './wojewodztwo/operacja';
export {
  ARKUSZ_PARAMETRY,
  LOSOWANIE_RECZNE,
  PODZIAL,
  WOJEWODZTWO,
  czytajParametry,
  type Parametry,
} from './wojewodztwo/parametry';
export { podgladKwalifikacji, type PodgladKwalifikacji } from './wojewodztwo/podglad';
export { przygotuj, type Przygotowanie } from './wojewodztwo/przygotuj';
export { KOLUMNY_SZABLONU_WNIOSKOW, arkuszParametrow, szablonWojewodztwa } from './wojewodztwo/szablon';
export { odciskZeszytu } from './wojewodztwo/weryfikacja';
export { arkuszUwag, uwagiJson } from './zeszyt/arkuszUwag';
export { MAKS_WIERSZY_DANYCH, czytajEtykiety, zaDlugiTekst, znajdzArkusz } from './zeszyt/czytnik';
export { FORMAT_DATA, FORMAT_TEKST, FORMAT_ZL, data, liczba, naglowek, tekst, zl } from './zeszyt/formaty';
export { jestLista, STYL_POLA_WEJSCIOWEGO, wysokosciWgWiersza } from './zeszyt/model';
export {
  type ArkuszSnapshot,
  type Walidacja,
  type UkladWydruku,
  type SekcjeStrony,
  type Komorka,
  type PlanZapisu,
  type Wykres,
  type ZapisArkusza,
  type ZapisKomorki,
  type ZeszytSnapshot,
} from './zeszyt/model';
export { bladListy, bladNazwyArkusza, sprawdzPlan } from './zeszyt/sprawdzPlan';
export { arkuszTabeli } from './zeszyt/szablon';
export { ARKUSZ_STANU, czytajStan, planWlasny, rekordWyniku, zRekordemWyniku } from './zeszyt/wlasnosc';
export type { RekordWyniku } from './zeszyt/wlasnosc';

// issue 11 (reports and settlement): CS-R.3 sources for hosts that gather files
export { zbierzZeszyty } from './operacje';
export type { ZrodloZbierania } from './sprawozdania/zrodla';

// issue 12 (Dlaczego?, Krok po kroku, Co jeśli, szkolenie): core entries used by the CLI and the pane
export { wyjasnij, wyjasnienieWniosku, wyjasnienieJson, zdanie, zdania } from './wyjasnienie';
export type { Wyjasnienie, Zdarzenie } from './wyjasnienie';
export { krokPoKroku } from './szkolenie/krokPoKroku';
export type { KrokPokazu, Licznik, Pokaz } from './szkolenie/krokPoKroku';
export { przeliczCoJesli, przygotujCoJesli } from './szkolenie/coJesliNaZywo';
export type { PrzygotowanieCoJesli, WynikCoJesli, ZmianaDecyzji, Zestawienie } from './szkolenie/coJesliNaZywo';

// hosts' further needs (CLI streaming reader/writer, examples, bench, szkolenie, Sprawozdania)
export { przykladSzkolyS8, wierszWydatku } from './sprawozdania/przyklady';
export { EO, ES } from './sprawozdania/schemat';
export { szablonSprawozdaniaOrganu } from './sprawozdania/szablony';
export { S2, SKLAD_S2, ZIARNO_S2 } from './szkolenie/daneS2';
export { ARKUSZ_UWAG } from './zeszyt/arkuszUwag';
export { odczytajTerminy } from './sprawozdania/odczytTerminow';
export type { OdczytTerminow } from './sprawozdania/odczytTerminow';
export { umowyDotacji } from './sprawozdania/umowy';
export { doKwalifikacji, ocenIKwalifikuj } from './wojewodztwo/operacja';
export { planWSystemie1904 } from './zeszyt/system1904';
export { dolacz, najwieksza } from './tablice/dolacz';

/**
 * Excel errors → clear Polish messages (issue: protected sheet, name taken, payload, lost connection; issue 8 §7:
 * `AccessDenied` tells a protected sheet or workbook structure from a workbook open read-only or in view mode).
 */
import { trybSkoroszytu, type TrybSkoroszytu } from './host';

export type KodBledu =
  | 'nazwaZajeta' // WB-3.1: an output name is taken by a sheet the add-in does not own
  | 'chroniony'
  /** the workbook is open read-only (Excel on the web in view mode, a read-only file): nothing can be written */
  | 'tylkoDoOdczytu'
  | 'zaDuzoDanych'
  | 'polaczenie'
  | 'edycjaKomorki'
  | 'inny';

export class BladDodatku extends Error {
  constructor(
    readonly kod: KodBledu,
    readonly komunikat: string,
    /** sheets the message is about (e.g. the names to rename) */
    readonly arkusze: readonly string[] = [],
    readonly przyczyna?: unknown,
  ) {
    super(komunikat);
    this.name = 'BladDodatku';
  }
}

export function nazwyZajete(nazwy: readonly string[]): BladDodatku {
  const lista = nazwy.map((n) => `„${n}”`).join(', ');
  return new BladDodatku(
    'nazwaZajeta',
    `Arkusz ${lista} nie należy do dodatku, a dodatek chce zapisać arkusz o tej nazwie. Zmień nazwę swojego arkusza i uruchom ponownie — nic nie zapisano.`,
    nazwy,
  );
}

const POLACZENIE = new Set([
  'ConnectionFailure',
  'RequestAborted',
  'ServiceNotAvailable',
  'Timeout',
  'TimeoutError',
  'InactiveWorkbook',
]);
const ZA_DUZO = new Set([
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'OperationCellsExceedLimit',
  'RangeExceedsLimit',
]);

/** where Office.js says a failed statement was (OfficeExtension.Error.debugInfo.errorLocation), e.g. `Range.values` */
function miejsce(e: unknown): string {
  const info =
    typeof e === 'object' && e !== null ? (e as { debugInfo?: { errorLocation?: unknown } }).debugInfo : null;
  return typeof info?.errorLocation === 'string' ? info.errorLocation : '';
}

/** statements that change the workbook's structure: refused when the structure (not a sheet) is protected */
const STRUKTURA = /^(WorksheetCollection\.add|Worksheet\.(delete|name|position|visibility|copy))/;

/** `AccessDenied` (or a protection message): read-only workbook, protected structure or protected sheet */
function odmowaDostepu(e: unknown, tekst: string, przy: string, tryb: TrybSkoroszytu): BladDodatku {
  if (tryb.tylkoDoOdczytu)
    return new BladDodatku(
      'tylkoDoOdczytu',
      `Skoroszyt jest otwarty tylko do odczytu ${przy} — np. w trybie Wyświetlanie w Excelu w przeglądarce albo jako plik tylko do odczytu — więc dodatek nie może w nim nic zapisać. Przełącz na Edytowanie (Excel w przeglądarce: Wyświetlanie → Edytowanie) albo zapisz kopię pliku i otwórz ją, potem spróbuj ponownie.`,
      [],
      e,
    );
  if (STRUKTURA.test(miejsce(e)) || /structure|struktur/i.test(tekst))
    return new BladDodatku(
      'chroniony',
      `Struktura skoroszytu jest chroniona ${przy}: dodatek nie może dodać, usunąć ani przemianować arkusza. Wyłącz ochronę skoroszytu (Recenzja → Chroń skoroszyt) i spróbuj ponownie.`,
      [],
      e,
    );
  return new BladDodatku(
    'chroniony',
    `Arkusz jest chroniony ${przy}. Wyłącz ochronę (Recenzja → Nie chroń arkusza) i spróbuj ponownie.`,
    [],
    e,
  );
}

/** The `code` of an error thrown by `context.sync()` (OfficeExtension.Error), '' for any other error. */
export function kodExcela(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

/**
 * Maps an error thrown by `context.sync()` (OfficeExtension.Error: `code`, `message`, `debugInfo`) to a
 * BladDodatku; `tryb` is the workbook's mode at the time (Office.context.document.mode unless given).
 */
export function bladExcela(e: unknown, coRobiono: string, tryb: TrybSkoroszytu = trybSkoroszytu()): BladDodatku {
  if (e instanceof BladDodatku) return e;
  const kod = kodExcela(e);
  const tekst = e instanceof Error ? e.message : String(e);
  const przy = `(${coRobiono})`;
  if (kod === 'ItemAlreadyExists')
    return new BladDodatku(
      'nazwaZajeta',
      `Arkusz o tej nazwie już istnieje ${przy}. Zmień nazwę swojego arkusza i spróbuj ponownie — nic nie zapisano.`,
      [],
      e,
    );
  if (kod === 'AccessDenied' || /protect|chronion|read-only|tylko do odczytu/i.test(tekst))
    return odmowaDostepu(e, tekst, przy, tryb);
  if (ZA_DUZO.has(kod))
    return new BladDodatku(
      'zaDuzoDanych',
      `Excel odrzucił zbyt duże żądanie ${przy}. Spróbuj ponownie; jeśli błąd się powtórzy, podziel dane na mniejsze skoroszyty.`,
      [],
      e,
    );
  if (POLACZENIE.has(kod))
    return new BladDodatku(
      'polaczenie',
      `Utracono połączenie z Excelem ${przy}. Sprawdź połączenie z internetem i spróbuj ponownie — arkusze wynikowe są zapisywane w całości albo wcale.`,
      [],
      e,
    );
  if (kod === 'InvalidOperationInCellEditMode')
    return new BladDodatku(
      'edycjaKomorki',
      `Excel jest w trybie edycji komórki ${przy}. Zakończ edycję (Enter lub Esc) i spróbuj ponownie.`,
      [],
      e,
    );
  return new BladDodatku('inny', `Excel zgłosił błąd ${przy}: ${tekst}${kod ? ` [${kod}]` : ''}.`, [], e);
}

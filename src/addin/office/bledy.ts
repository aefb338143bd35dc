/** Excel errors → clear Polish messages (issue: protected sheet, name taken, payload, lost connection). */

export type KodBledu =
  | 'nazwaZajeta' // WB-3.1: an output name is taken by a sheet the add-in does not own
  | 'chroniony'
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

/** Maps an error thrown by `context.sync()` (OfficeExtension.Error: `code`, `message`) to a BladDodatku. */
export function bladExcela(e: unknown, coRobiono: string): BladDodatku {
  if (e instanceof BladDodatku) return e;
  const kod = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  const tekst = e instanceof Error ? e.message : String(e);
  const przy = `(${coRobiono})`;
  if (kod === 'ItemAlreadyExists')
    return new BladDodatku(
      'nazwaZajeta',
      `Arkusz o tej nazwie już istnieje ${przy}. Zmień nazwę swojego arkusza i spróbuj ponownie — nic nie zapisano.`,
      [],
      e,
    );
  if (kod === 'AccessDenied' || /protect|chronion/i.test(tekst))
    return new BladDodatku(
      'chroniony',
      `Arkusz lub skoroszyt jest chroniony ${przy}. Wyłącz ochronę (Recenzja → Nie chroń arkusza/skoroszytu) i spróbuj ponownie.`,
      [],
      e,
    );
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

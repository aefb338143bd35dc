/**
 * Microsoft's real Excel client library (npm `@microsoft/office-js`, the Excel on the web build) loaded in
 * Node, with a recording request executor instead of Excel: `Excel.RequestContext` objects whose every
 * sync hands its request body (exactly what Excel would receive) to us. The executor answers as Excel
 * does where the library needs it to go on: a reference id for every object created by a method (ranges
 * kept across syncs inside `Excel.run`, added sheets), nothing else.
 *
 * The npm build has no `Worksheet.notes` (ExcelApi 1.18); it is added here with the library's own
 * request builders, the way the library declares `comments` (property `Notes`, method `Add`, indexer
 * `getItem`, `GetItemOrNullObject`, `Content`, `Delete`).
 */
import { readFileSync } from 'node:fs';
import * as vm from 'node:vm';

/** the Excel on the web build (the one with the 5 MB request limit) */
const PLIK = '@microsoft/office-js/dist/excel-web-16.00.js';

interface Biblioteka {
  Excel: typeof Excel;
}

let zaladowana: Biblioteka | null = null;

const NOTATKI = `
(function () {
  var H = OfficeExtension.BatchApiHelper;
  function Note() { return OfficeExtension.ClientObject.apply(this, arguments) || this; }
  Note.prototype = Object.create(OfficeExtension.ClientObject.prototype);
  Object.defineProperty(Note.prototype, '_className', { get: function () { return 'Note'; } });
  Object.defineProperty(Note.prototype, 'content', {
    set: function (v) { H.invokeSetProperty(this, 'Content', v, 0); },
  });
  Note.prototype.delete = function () { H.invokeMethod(this, 'Delete', 0, [], 0, 0); };
  Note.prototype.load = function (o) { return OfficeExtension.Utility.load(this, o); };
  Note.prototype.getLocation = function () {
    return H.createMethodObject(Excel.Range, this, 'GetLocation', 1, [], false, false, null, 4);
  };
  function NoteCollection() { return OfficeExtension.ClientObject.apply(this, arguments) || this; }
  NoteCollection.prototype = Object.create(OfficeExtension.ClientObject.prototype);
  Object.defineProperty(NoteCollection.prototype, '_className', { get: function () { return 'NoteCollection'; } });
  Object.defineProperty(NoteCollection.prototype, '_isCollection', { get: function () { return true; } });
  NoteCollection.prototype.load = function (o) { return OfficeExtension.Utility.load(this, o); };
  NoteCollection.prototype.add = function (cell, content) {
    return H.createMethodObject(Note, this, 'Add', 0, [cell, content], false, true, null, 0);
  };
  NoteCollection.prototype.getItem = function (key) { return H.createIndexerObject(Note, this, [key]); };
  NoteCollection.prototype.getItemOrNullObject = function (key) {
    return H.createMethodObject(Note, this, 'GetItemOrNullObject', 1, [key], false, false, null, 4);
  };
  if (!('notes' in Excel.Worksheet.prototype))
    Object.defineProperty(Excel.Worksheet.prototype, 'notes', {
      get: function () { return this.m_notes || (this.m_notes = H.createPropertyObject(NoteCollection, this, 'Notes', true, 4)); },
    });
})();
`;

export function biblioteka(): Biblioteka {
  if (zaladowana) return zaladowana;
  const g: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    navigator: { userAgent: 'node' },
    location: { href: 'https://localhost/', search: '', hash: '' },
    document: {
      getElementsByTagName: () => [],
      createElement: () => ({ style: {}, setAttribute() {}, appendChild() {} }),
      addEventListener() {},
      readyState: 'complete',
    },
  };
  g.window = g;
  g.self = g;
  const kontekst = vm.createContext(g);
  vm.runInContext(readFileSync(require.resolve(PLIK), 'utf8'), kontekst, { filename: PLIK });
  vm.runInContext(NOTATKI, kontekst);
  zaladowana = { Excel: g.Excel as typeof Excel };
  return zaladowana;
}

interface Wiadomosc {
  Body: {
    Actions: Array<{ Id: number; ActionType: number; ObjectPathId: number }>;
    ObjectPaths: Record<string, { ObjectPathType: number }>;
  };
}

let guid = 0;
const nowyGuid = () => `{${(++guid).toString(16).toUpperCase().padStart(8, '0')}-0000-4000-8000-000000000000}`;

/**
 * A real `Excel.RequestContext` inside an `Excel.run`-like batch (objects are kept across syncs) whose
 * requests are recorded: `zadania` gets the UTF-8 byte length of each request body.
 */
export function kontekstNagrywajacy(zadania: number[]): Excel.RequestContext {
  const { Excel: X } = biblioteka();
  const ctx = new X.RequestContext() as Excel.RequestContext & Record<string, unknown>;
  ctx.m_requestUrlAndHeaderInfo = { url: 'https://excel.nagrywanie/', headers: {} };
  ctx._autoCleanup = true; // what Excel.run sets: every range is kept by reference across syncs
  ctx._requestExecutor = {
    executeAsync(_dane: unknown, _flagi: number, w: Wiadomosc) {
      zadania.push(Buffer.byteLength(JSON.stringify(w.Body), 'utf8'));
      const Results = w.Body.Actions.filter(
        (a) => a.ActionType === 1 && w.Body.ObjectPaths[a.ObjectPathId]?.ObjectPathType === 3,
      ).map((a) => ({ ActionId: a.Id, Value: { _ReferenceId: nowyGuid(), Id: nowyGuid() } }));
      return Promise.resolve({ HttpStatusCode: 200, ErrorCode: '', ErrorMessage: '', Headers: {}, Body: { Results } });
    },
  };
  return ctx;
}

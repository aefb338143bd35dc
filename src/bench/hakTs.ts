/**
 * A minimal TypeScript require hook (`node -r dist-cli/bench/hakTs.js file.ts`): transpiles .ts/.tsx
 * on load with the project's compiler, no type checking. The benchmark uses it to run the add-in's
 * adapter on the fake Excel host (test/fakehost), which is not part of the CLI build.
 */
import * as fs from 'node:fs';
import * as ts from 'typescript';

type ModulZKompilacja = NodeJS.Module & { _compile(kod: string, plik: string): void };

const OPCJE: ts.CompilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  jsx: ts.JsxEmit.ReactJSX,
  sourceMap: false,
};

for (const rozszerzenie of ['.ts', '.tsx']) {
  require.extensions[rozszerzenie] = (modul, plik) => {
    const wynik = ts.transpileModule(fs.readFileSync(plik, 'utf8'), { compilerOptions: OPCJE, fileName: plik });
    (modul as ModulZKompilacja)._compile(wynik.outputText, plik);
  };
}

/**
 * The CLI (WB-4) as a function: `uruchom(argv, io, deps)` → exit code. Operations and templates are
 * injected (`deps`), so tests run it with fake operations and captured streams; `main.ts` wires the
 * core. Exit codes: 0 done; 1 blocked by findings (nothing written); 2 usage error, unreadable file,
 * WB-1.9 refusal or any failure (never a crash).
 */
import { parsujArgumenty } from './argumenty';
import { BladCli, t, wJezyku } from './tekst';
import { Wyjscie, type WeWy } from './wejscieWyjscie';
import { Postep } from './postep';
import { tekstPomocy } from './pomoc';
import { polecenieSzablonu } from './polecenieSzablonu';
import { polecenieOperacji } from './polecenieOperacji';
import { polecenieWyjasnij } from './polecenieWyjasnij';
import type { Zaleznosci } from './zaleznosci';

export type { Zaleznosci } from './zaleznosci';

export async function uruchom(argv: readonly string[], io: WeWy, deps: Zaleznosci): Promise<number> {
  const p = parsujArgumenty(argv);
  const jezyk = p.ok ? p.polecenie.jezyk : p.jezyk;
  const wy = new Wyjscie(io, p.ok ? p.polecenie.json : p.json, jezyk);
  const postep = new Postep(io.stderr, !!io.stderr.isTTY && io.env.CS_BEZ_POSTEPU !== '1', jezyk);
  try {
    if (!p.ok)
      throw new BladCli(t(`${p.blad.pl}\nPomoc: cyfrowa-szkola --help`, `${p.blad.en}\nHelp: cyfrowa-szkola --help`));
    const pol = p.polecenie;
    if (pol.rodzaj === 'pomoc') {
      if (wy.json) wy.obiekt({ pomoc: tekstPomocy(jezyk) });
      else io.stdout.write(tekstPomocy(jezyk));
      return 0;
    }
    if (pol.rodzaj === 'szablon') return await polecenieSzablonu(pol, io, deps, wy);
    if (pol.rodzaj === 'wyjasnij') return await polecenieWyjasnij(pol, io, deps, wy, postep);
    return await polecenieOperacji(pol, io, deps, wy, postep);
  } catch (e) {
    postep.zakoncz();
    return zakonczBledem(e, wy, io.env.CS_DEBUG === '1');
  } finally {
    postep.zakoncz();
  }
}

function zakonczBledem(e: unknown, wy: Wyjscie, debug: boolean): number {
  let komunikat: string;
  let stos = '';
  if (e instanceof BladCli) komunikat = wJezyku(e.tekst, wy.jezyk);
  else {
    const blad = e instanceof Error ? e : new Error(String(e));
    komunikat = `${wy.jezyk === 'en' ? 'Internal error' : 'Błąd wewnętrzny'}: ${blad.message}`;
    stos = debug
      ? `\n${blad.stack ?? ''}`
      : wy.jezyk === 'en'
        ? ' (CS_DEBUG=1 shows details)'
        : ' (CS_DEBUG=1 pokaże szczegóły)';
  }
  wy.blad(`${komunikat}${stos}`);
  wy.obiekt({ blad: komunikat });
  return 2;
}

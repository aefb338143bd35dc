/**
 * `npm run bench` (not part of `npm test`; it builds the CLI and the add-in first): every performance
 * goal (issues 2, 3, 7, 8 and 10) on synthetic data generated into .bench/ (gitignored) by the example generators.
 * Prints PASS / MISS per goal; a miss never fails the process (they are goals). Options: `--szybko` (a quick
 * subset: no CLI run on the 100 000-row workbook — 2–3 minutes; the last such measurement is shown — and
 * no add-in numbers), `--bez-dodatku` (skip the add-in numbers), `--profil` (CPU profiles of the CLI runs).
 */
import { promises as fs, existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { przygotujPliki } from './pliki';
import { najwiekszy, zbiorKrajowy, zbiorStresu } from './zbior';
import { mediana, uruchomNode, type Pomiar } from './proces';
import { liczba, mb, sek, tabela, type Wiersz } from './tabela';
import { pomiarDodatku, rozmiarPakietu } from './dodatek';
import { pomiarRozmiarow } from './rozmiary';
import { pomiarSuwaka } from './suwak';
import { drukujProfil, podsumujProfil } from './profil';
import { pomiarZbierania } from './sprawozdania';
import { pomiarZbieraniaKrajowego } from './zbierzKrajowe';

const KORZEN = path.resolve(__dirname, '..', '..');
const DIST = path.resolve(__dirname, '..');
const BENCH = path.join(KORZEN, '.bench');
const CLI = path.join(DIST, 'cli', 'main.js');
/** issue 7: the core on 14 000 / 100 000 applications; issue 10: the CLI on 100 000 and beside ExcelJS */
const CEL = {
  kraj: 350,
  stres: 2500,
  stosunek: 1.0,
  pamiecMB: 1024,
  pakietKB: 400,
  cliStresMs: 20_000,
  wMiejscu: 1.5,
} as const;

interface WynikRdzenia {
  wnioski: number;
  zeszyty: number;
  przebiegiMs: number[];
  medianaMs: number;
  najlepszyMs: number;
  etapy: { walidacjaMs: number; algorytmMs: number };
  walidujMs: number;
  /** the garbage collector's pauses inside a timed run, median */
  gcMedianaMs: number;
  /** timed runs with a full mark-compact inside */
  zPelnymGc: number;
  szczytRssMB: number;
  generowanieMs: number;
}

const log = (s: string) => process.stdout.write(`${s}\n`);
const mib = (bajty: number) => `${(bajty / 1024 / 1024).toFixed(2)} MiB`;
const etap = (s: string) => process.stderr.write(`… ${s}\n`);

async function rdzen(rodzaj: 'krajowy' | 'stres', ile: number): Promise<WynikRdzenia> {
  const p = await uruchomNode([path.join(__dirname, 'rdzen.js'), rodzaj, String(ile)], { nodeArgs: ['--expose-gc'] });
  if (p.kod !== 0) throw new Error(`rdzen.js ${rodzaj}: ${p.stderr}`);
  return JSON.parse(p.stdout) as WynikRdzenia;
}

/** informational rows under a core goal: best run, the breakdown, `waliduj` */
function etapyRdzenia(wiersze: Wiersz[], r: WynikRdzenia): void {
  const e = r.etapy;
  wiersze.push({ pomiar: `    najlepszy przebieg`, wynik: sek(r.najlepszyMs), cel: '', ok: null });
  wiersze.push({
    pomiar: `    w tym: odczyt i walidacja wierszy (WB-1, WB-5; przygotuj)`,
    wynik: sek(e.walidacjaMs),
    cel: '',
    ok: null,
  });
  wiersze.push({
    pomiar: `    w tym: algorytm CS-Z3 z tabelą co-jeśli (kwalifikuj)`,
    wynik: sek(e.algorytmMs),
    cel: '',
    ok: null,
  });
  wiersze.push({
    pomiar: `    reszta: odcisk, arkusze protokołu, Uwagi, JSON (mediana − powyższe)`,
    wynik: sek(Math.max(0, r.medianaMs - e.walidacjaMs - e.algorytmMs)),
    cel: '',
    ok: null,
  });
  wiersze.push({
    pomiar: `    przerwy odśmiecania pamięci (GC) w przebiegu, mediana (zawarte w powyższych)`,
    wynik: sek(r.gcMedianaMs),
    cel: '',
    ok: null,
  });
  wiersze.push({
    pomiar: `    przebiegi z pełnym odśmiecaniem (mark-compact) w środku`,
    wynik: `${r.zPelnymGc} z ${r.przebiegiMs.length}`,
    cel: '',
    ok: null,
  });
  wiersze.push({
    pomiar: `    waliduj ${liczba(r.wnioski)} wniosków (informacyjnie)`,
    wynik: sek(r.walidujMs),
    cel: '',
    ok: null,
  });
}

async function cli(wej: string, wyj: string, profil: string | null, nodeArgs: string[] = []): Promise<Pomiar> {
  await fs.rm(wyj, { force: true });
  return uruchomNode([CLI, 'kwalifikuj', wej, '-o', wyj, '--json'], {
    env: { CS_DZIS: '2012-05-10', CS_BEZ_POSTEPU: '1' },
    nodeArgs: [...(profil ? ['--cpu-prof', `--cpu-prof-dir=${profil}`] : []), ...nodeArgs],
  });
}

/** `kwalifikuj --w-miejscu` on a copy of `wej` (the copy is rewritten, the input stays as generated) */
async function cliWMiejscu(wej: string, kopia: string): Promise<Pomiar> {
  await fs.copyFile(wej, kopia);
  const p = await uruchomNode([CLI, 'kwalifikuj', kopia, '--w-miejscu', '--json'], {
    env: { CS_DZIS: '2012-05-10', CS_BEZ_POSTEPU: '1' },
  });
  await fs.rm(kopia, { force: true });
  return p;
}

async function podloga(wej: string, wyj: string): Promise<Pomiar> {
  await fs.rm(wyj, { force: true });
  return uruchomNode([path.join(__dirname, 'podloga.js'), wej, wyj]);
}

interface PomiarStresu {
  data: string;
  cli: { ms: number; kod: number | null; szczytMB: number | null };
  /** the same run with a 1 GB heap (`--max-old-space-size=1024`) and `--w-miejscu` (issue 10) */
  sterta1GB?: { ms: number; kod: number | null; szczytMB: number | null };
  wMiejscu?: { ms: number; kod: number | null; szczytMB: number | null };
  podloga: { ms: number; szczytMB: number | null };
}

/**
 * (c) the CLI on the 100 000-row workbook (about 2–3 minutes; with `--szybko` the last such measurement
 * from .bench/stres-cli.json is shown with its date instead), beside the ExcelJS floor.
 */
async function stresCli(
  uruchom: boolean,
  wiersze: Wiersz[],
  notatki: string[],
  plik: string,
  profile: string | null,
): Promise<void> {
  const zapis = path.join(BENCH, 'stres-cli.json');
  let p: PomiarStresu | null = null;
  if (uruchom) {
    etap('(c) podłoga ExcelJS na 100 000 wierszy');
    const pd = await podloga(path.join(BENCH, plik), path.join(BENCH, 'wyniki', 'podloga-stres.xlsx'));
    etap('(c) CLI na 100 000 wierszy (2–3 min)');
    const c = await cli(path.join(BENCH, plik), path.join(BENCH, 'wyniki', 'cli-stres.xlsx'), profile); // with --profil: measured under the profiler
    if (c.kod !== 0)
      notatki.push(`(c) CLI zakończyło się kodem ${c.kod}: ${c.stderr.trim().split('\n').slice(-3).join(' ')}`);
    etap('(c) CLI z 1 GB sterty i z --w-miejscu na 100 000 wierszy');
    const h = await cli(path.join(BENCH, plik), path.join(BENCH, 'wyniki', 'cli-stres-1gb.xlsx'), null, [
      '--max-old-space-size=1024',
    ]);
    const w = await cliWMiejscu(path.join(BENCH, plik), path.join(BENCH, 'wyniki', 'cli-stres-w-miejscu.xlsx'));
    const pomiar = (x: Pomiar) => ({ ms: x.ms, kod: x.kod, szczytMB: x.szczytMB });
    p = {
      data: new Date().toISOString(),
      cli: pomiar(c),
      sterta1GB: pomiar(h),
      wMiejscu: pomiar(w),
      podloga: { ms: pd.ms, szczytMB: pd.szczytMB },
    };
    await fs.writeFile(zapis, `${JSON.stringify(p, null, 2)}\n`);
  } else {
    p = await fs.readFile(zapis, 'utf8').then(
      (t) => JSON.parse(t) as PomiarStresu,
      () => null,
    );
    if (!p) {
      notatki.push(
        '(c) CLI na 100 000 wierszy: nie mierzono (--szybko; trwa 2–3 min) — pełny pomiar: `npm run bench`.',
      );
      return;
    }
  }
  const skad = uruchom ? (profile ? ' [pod profilerem]' : '') : ` [ostatni pełny pomiar, ${p.data.slice(0, 16)}]`;
  const szczyt = (x: number | null) => (x === null ? '?' : mb(x));
  wiersze.push({
    pomiar: `(c) CLI kwalifikuj ${plik}: czas (kod ${p.cli.kod})${skad}`,
    wynik: sek(p.cli.ms),
    cel: `≤ ${sek(CEL.cliStresMs)}`,
    ok: p.cli.kod === 0 && p.cli.ms <= CEL.cliStresMs,
  });
  if (p.sterta1GB)
    wiersze.push({
      pomiar: `    z --max-old-space-size=1024 (kod ${p.sterta1GB.kod})${skad}`,
      wynik: `${sek(p.sterta1GB.ms)} / ${szczyt(p.sterta1GB.szczytMB)}`,
      cel: 'kod 0',
      ok: p.sterta1GB.kod === 0,
    });
  if (p.wMiejscu)
    wiersze.push({
      pomiar: `    --w-miejscu (kod ${p.wMiejscu.kod}): czas względem zwykłego przebiegu${skad}`,
      wynik: `${sek(p.wMiejscu.ms)} (${(p.wMiejscu.ms / p.cli.ms).toFixed(2)} ×)`,
      cel: `≤ ${CEL.wMiejscu} ×`,
      ok: p.wMiejscu.kod === 0 && p.wMiejscu.ms <= CEL.wMiejscu * p.cli.ms,
    });
  wiersze.push({
    pomiar: `(c) szczyt pamięci CLI (maxrss), 100 000 wierszy${skad}`,
    wynik: szczyt(p.cli.szczytMB),
    cel: `< ${mb(CEL.pamiecMB)}`,
    ok: p.cli.kod === 0 && p.cli.szczytMB !== null && p.cli.szczytMB < CEL.pamiecMB,
  });
  wiersze.push({
    pomiar: `    podłoga ExcelJS na tym pliku: czas / szczyt pamięci${skad}`,
    wynik: `${sek(p.podloga.ms)} / ${szczyt(p.podloga.szczytMB)}`,
    cel: '',
    ok: null,
  });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const profiluj = argv.includes('--profil');
  const szybko = argv.includes('--szybko');
  const t0 = performance.now();
  const cpu = os.cpus();
  log(
    `Cyfrowa szkoła — benchmark · node ${process.version} · ${cpu.length} × ${cpu[0]?.model.trim() ?? '?'} · RAM ${(os.totalmem() / 2 ** 30).toFixed(0)} GB · obciążenie ${os.loadavg()[0].toFixed(1)} (średnia 1 min; inne procesy zawyżają czasy)`,
  );

  const kraj = zbiorKrajowy();
  const stres = zbiorStresu();
  const duzy = najwiekszy(kraj);
  etap('dane w .bench/ (generowane tylko po zmianie generatora)');
  const pliki = await przygotujPliki(BENCH, DIST, [...kraj, stres], new Set([stres.plik]));
  log(
    `dane: ${kraj.length} zeszytów województw (${liczba(kraj.reduce((s, z) => s + z.opcje.liczbaWnioskow, 0))} wniosków; największy ${duzy.plik}: ${liczba(duzy.opcje.liczbaWnioskow)}) + ${stres.plik}; zapisano ${pliki.wygenerowane} plików w ${pliki.sekundy.toFixed(1)} s`,
  );

  const wiersze: Wiersz[] = [];
  const notatki: string[] = [];

  // (a) the core alone, snapshots in memory
  etap('(a) rdzeń: 14 000 wniosków');
  const rk = await rdzen('krajowy', 7);
  wiersze.push({
    pomiar: `(a) rdzeń: kwalifikuj ${liczba(rk.wnioski)} wniosków (${rk.zeszyty} zeszytów), mediana z ${rk.przebiegiMs.length}`,
    wynik: sek(rk.medianaMs),
    cel: `< ${sek(CEL.kraj)}`,
    ok: rk.medianaMs < CEL.kraj,
  });
  etapyRdzenia(wiersze, rk);
  etap('(a) rdzeń: 100 000 wniosków');
  const rs = await rdzen('stres', 3);
  wiersze.push({
    pomiar: `(a) rdzeń: kwalifikuj ${liczba(rs.wnioski)} wniosków, mediana z ${rs.przebiegiMs.length}`,
    wynik: sek(rs.medianaMs),
    cel: `< ${sek(CEL.stres)}`,
    ok: rs.medianaMs < CEL.stres,
  });
  etapyRdzenia(wiersze, rs);
  wiersze.push({
    pomiar: '(c) szczyt pamięci procesu rdzenia, 100 000 (generator + migawka + przebiegi)',
    wynik: mb(rs.szczytRssMB),
    cel: `< ${mb(CEL.pamiecMB)}`,
    ok: rs.szczytRssMB < CEL.pamiecMB,
  });

  // (b) CLI end to end vs the ExcelJS floor, (c) peak memory of the CLI on 100 000 rows
  const wyniki = path.join(BENCH, 'wyniki');
  const profile = profiluj ? path.join(BENCH, 'profile') : null;
  await fs.mkdir(wyniki, { recursive: true });
  if (profile) await fs.rm(profile, { recursive: true, force: true });
  if (!existsSync(CLI))
    throw new Error(`brak ${path.relative(KORZEN, CLI)} — \`npm run bench\` buduje CLI przed pomiarem`);
  const wej = path.join(BENCH, duzy.plik);
  const czasyCli: number[] = [];
  const czasyPodlogi: number[] = [];
  for (let i = 0; i < 3; i++) {
    etap(`(b) podłoga ExcelJS i CLI, przebieg ${i + 1}/3`);
    const pd = await podloga(wej, path.join(wyniki, 'podloga.xlsx'));
    if (pd.kod !== 0) throw new Error(`podloga.js: ${pd.stderr}`);
    czasyPodlogi.push(pd.ms);
    const c = await cli(wej, path.join(wyniki, 'cli.xlsx'), null);
    if (c.kod !== 0) throw new Error(`CLI exit ${c.kod}: ${c.stderr.slice(0, 500)}`);
    czasyCli.push(c.ms);
  }
  const [mc, mp] = [mediana(czasyCli), mediana(czasyPodlogi)];
  wiersze.push({
    pomiar: `(b) CLI kwalifikuj ${duzy.plik} (${liczba(duzy.opcje.liczbaWnioskow)} wniosków), mediana z 3`,
    wynik: sek(mc),
    cel: '',
    ok: null,
  });
  wiersze.push({
    pomiar: '    podłoga: ExcelJS sam czyta i zapisuje ten plik (proces potomny)',
    wynik: sek(mp),
    cel: '',
    ok: null,
  });
  wiersze.push({
    pomiar: '(b) stosunek CLI / podłoga',
    wynik: `${(mc / mp).toFixed(2)} ×`,
    cel: `≤ ${CEL.stosunek} ×`,
    ok: mc / mp <= CEL.stosunek,
  });
  if (profile) {
    etap('(b) dodatkowy przebieg CLI z --cpu-prof (poza pomiarem)');
    await cli(wej, path.join(wyniki, 'cli.xlsx'), profile);
  }

  // issue 11: zbierz (CS-R.3a) — a body's report and 300 school report files through the CLI
  if (!argv.includes('--bez-sprawozdan')) {
    etap('zbierz: sprawozdanie organu i 300 sprawozdań szkół (CLI)');
    const z = await pomiarZbierania(BENCH, CLI, 300);
    if (z.kod !== 0) notatki.push(`zbierz: kod wyjścia ${z.kod}: ${z.stderr.slice(0, 300)}`);
    wiersze.push({
      pomiar: 'CLI zbierz: sprawozdanie organu (300 szkół, 3 000 wydatków) + 300 plików szkół',
      wynik: sek(z.ms),
      cel: '≤ 15 s',
      ok: z.kod === 0 && z.ms <= 15_000,
    });
    etap('zbierz: podział środków i 16 zeszytów województw z protokołami (CLI, CS-R.3c)');
    const m = await pomiarZbieraniaKrajowego(BENCH, CLI, kraj);
    if (m.kod !== 0) notatki.push(`zbierz krajowe: kod wyjścia ${m.kod}: ${m.stderr.slice(0, 300)}`);
    wiersze.push({
      pomiar: `CLI zbierz: podział środków + 16 zeszytów województw (${liczba(kraj.reduce((s, x) => s + x.opcje.liczbaWnioskow, 0))} wniosków, CS-R.3c)`,
      wynik: sek(m.ms),
      cel: '≤ 15 s',
      ok: m.kod === 0 && m.ms <= 15_000,
    });
  }
  await stresCli(!szybko, wiersze, notatki, stres.plik, profile);

  // issue 3: the add-in
  if (szybko || argv.includes('--bez-dodatku'))
    notatki.push('dodatek: nie mierzono (--szybko / --bez-dodatku) — pełny pomiar: `npm run bench`.');
  else {
    const pk = await rozmiarPakietu(KORZEN);
    if (!pk) throw new Error('brak dist/taskpane.html — `npm run bench` buduje dodatek (npm run build) przed pomiarem');
    wiersze.push({
      pomiar: `dodatek: pakiet początkowy panelu, gzip -9 (${pk.pliki.length} skryptów z dist/taskpane.html, dist/ z ${pk.zbudowano.toISOString().slice(0, 16)})`,
      wynik: `${(pk.gzip / 1024).toFixed(0)} KB`,
      cel: `≤ ${CEL.pakietKB} KB`,
      ok: pk.gzip <= CEL.pakietKB * 1024,
    });
    etap('dodatek: suwak „Co jeśli” w Chromium, 640 i 6 000 wniosków');
    const ps = await pomiarSuwaka(KORZEN);
    if ('blad' in ps) {
      notatki.push(`suwak „Co jeśli”: pomiar nie powiódł się (${ps.blad})`);
      process.exitCode = 1;
    } else
      for (const [klucz, cel] of [
        ['wnioski640', 100],
        ['wnioski6000', 500],
      ] as const) {
        const m = ps[klucz];
        wiersze.push({
          pomiar: `dodatek: suwak „Co jeśli” ${klucz.slice(7)} wniosków — klawisz → tabela (rdzeń ${m ? m.rdzenMs.toFixed(0) : '?'} ms), mediana`,
          wynik: m ? `${m.suwakMs.toFixed(0)} ms` : 'brak',
          cel: `≤ ${cel} ms`,
          ok: !!m && m.suwakMs <= cel,
        });
      }
    etap('dodatek: fałszywy host Excela, 607 i 6 000 wniosków');
    const pd = await pomiarDodatku(KORZEN);
    if ('blad' in pd) {
      notatki.push(`dodatek na fałszywym hoście: pomiar nie powiódł się (${pd.blad})`);
      process.exitCode = 1; // a measurement that did not run is not a MISS: it is a failure
    } else {
      const odczyt = Object.entries(pd.odczyt)
        .map(([n, o]) => `${liczba(Number(n))}: ${o.syncs}`)
        .join(', ');
      wiersze.push({
        pomiar: `dodatek: odczyt całego skoroszytu — synchronizacje (wg liczby wniosków)`,
        wynik: odczyt,
        cel: 'stała',
        ok: new Set(Object.values(pd.odczyt).map((o) => o.syncs)).size === 1,
      });
      wiersze.push({
        pomiar: `dodatek: walidacja na żywo, jedna zmieniona komórka (${liczba(pd.naZywo.wnioski)} wniosków) — synchronizacje`,
        wynik: String(pd.naZywo.syncs),
        cel: '≤ 2',
        ok: pd.naZywo.syncs <= 2,
      });
      wiersze.push({
        pomiar: `dodatek: monitoruj (gmina, ${pd.monitoruj.wykresy} wykresy) — synchronizacje`,
        wynik: String(pd.monitoruj.syncs),
        cel: `≤ ${pd.monitoruj.budzet}`,
        ok: pd.monitoruj.syncs <= pd.monitoruj.budzet,
      });
      for (const w of pd.wyniki) {
        for (const [nazwa, o] of [
          ['Sprawdź', w.sprawdz],
          ['Kwalifikacja', w.kwalifikuj],
        ] as const)
          wiersze.push({
            pomiar: `dodatek: ${nazwa} ${liczba(w.wnioski)} wniosków — synchronizacje (ładunek ${o.ladunekMB.toFixed(1)} MB, największy ${o.najwiekszyMB.toFixed(1)} MB)`,
            wynik: String(o.syncs),
            cel: `≤ ${o.budzet} (4 + ⌈ładunek / 4 MB⌉)`,
            ok: o.syncs <= o.budzet && o.najwiekszyMB <= 5,
          });
        if (w.wnioski === 6000)
          wiersze.push({
            pomiar: `dodatek: czas Sprawdź + Kwalifikacja ${liczba(w.wnioski)} wniosków na fałszywym hoście`,
            wynik: sek(w.sprawdz.ms + w.kwalifikuj.ms),
            cel: '',
            ok: null,
          });
      }
    }
  }

  if (!szybko && !argv.includes('--bez-dodatku')) {
    etap('dodatek: rozmiary żądań na serializerze Office.js (640, 6 000, 20 000 wniosków; 5 000 oznaczeń)');
    const pr = await pomiarRozmiarow(KORZEN);
    if ('blad' in pr) {
      notatki.push(`rozmiary żądań: pomiar nie powiódł się (${pr.blad})`);
      process.exitCode = 1;
    } else
      for (const w of pr) {
        const roznica = (((w.sumaModelu - w.suma) / Math.max(1, w.suma)) * 100).toFixed(1);
        wiersze.push({
          pomiar:
            `dodatek (serializer Office.js): ${w.przypadek}, ${liczba(w.wnioski)} wniosków — największe żądanie ` +
            `(${w.synchronizacje} synchr., razem ${mib(w.suma)}, odpowiedź ≤ ${mib(w.najwiekszaOdpowiedz)}, fałszywy host ${roznica} %)`,
          wynik: mib(w.najwiekszeZadanie),
          cel: '≤ 4 MB',
          ok: w.najwiekszeZadanie <= 4 * 1024 * 1024 && w.najwiekszaOdpowiedz <= 4 * 1024 * 1024,
        });
      }
  }

  log('');
  log(tabela(wiersze));
  for (const n of notatki) log(`UWAGA: ${n}`);
  if (profile) {
    const pliki = (await fs.readdir(profile).catch(() => [] as string[]))
      .filter((f) => f.endsWith('.cpuprofile'))
      .sort();
    for (const f of pliki)
      log(`\n${drukujProfil(`profil CLI ${f}`, await podsumujProfil(path.join(profile, f), KORZEN))}`);
    log(
      `\nprofile: ${path.relative(KORZEN, profile)}/ (${duzy.plik}; bez --szybko także ${stres.plik}; otwórz w Chrome DevTools → Performance)`,
    );
  }
  await fs.writeFile(
    path.join(BENCH, 'wyniki.json'),
    `${JSON.stringify({ data: new Date().toISOString(), wiersze, notatki, rdzen: { kraj: rk, stres: rs } }, null, 2)}\n`,
  );
  log(
    `\n(całość ${sek(performance.now() - t0)}; wyniki także w .bench/wyniki.json; cele nie są testami — MISS nie zmienia kodu wyjścia)`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});

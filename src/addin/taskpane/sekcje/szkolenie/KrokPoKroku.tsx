/**
 * Krok po kroku: the trace one row at a time — the school's row selected in `Wnioski`, the school, one
 * sentence with its rule, bars of the money before and after, the running tally. Keyboard-only capable
 * (→ ← space Home 4–7 D), a projector mode, every change announced (aria-live). Writes nothing.
 */
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { Button, Dropdown, Field, Option, Switch, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  ArrowNextRegular,
  ArrowPreviousRegular,
  PauseRegular,
  PlayRegular,
  QuestionCircleRegular,
} from '@fluentui/react-icons';
import { type Pokaz, WIELKOSCI } from '../../../../core';
import { useJezyk } from '../../i18n/jezyk';
import { uslugi } from '../../uslugi/uslugi';
import { useTekstySzkolenia } from './teksty';

const useStyle = makeStyles({
  korzen: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, outline: 'none' },
  projektor: {
    fontSize: '22px',
    lineHeight: '1.4',
    backgroundColor: '#000',
    color: '#fff',
    padding: tokens.spacingHorizontalL,
    '& button': { fontSize: '20px', minHeight: '44px' },
    '& table': { fontSize: '20px' },
    // high contrast: every text white on black (the muted greys are unreadable on a projector)
    '& p, & div, & caption, & th, & td, & label': { color: '#fff' },
  },
  przyciski: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  zdanie: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  pasek: { height: '18px', backgroundColor: tokens.colorNeutralBackground4, position: 'relative' },
  wypelnienie: { height: '100%', backgroundColor: tokens.colorBrandBackground },
  wypelnieniePo: { height: '100%', backgroundColor: tokens.colorPaletteGreenBackground3 },
  projektorPasek: { backgroundColor: '#444' },
  projektorWypelnienie: { backgroundColor: '#ffd400' },
  tabela: { borderCollapse: 'collapse', '& td, & th': { padding: '2px 6px', textAlign: 'right' } },
  maly: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

const TEMPA = [2000, 1000, 400];

export function KrokPoKroku({ pokaz, dlaczego }: { pokaz: Pokaz; dlaczego: (regon: string) => void }) {
  const st = useStyle();
  const t = useTekstySzkolenia();
  const { jezyk, kwota } = useJezyk();
  const [i, setI] = useState(0);
  const [gra, setGra] = useState(false);
  const [tempo, setTempo] = useState(1000);
  const [projektor, setProjektor] = useState(false);
  const n = pokaz.kroki.length;
  const s = pokaz.kroki[Math.min(i, n - 1)];

  const idz = useCallback((j: number) => setI(Math.max(0, Math.min(n - 1, j))), [n]);

  // the school's row in `Wnioski` follows the step (selection only — nothing is written)
  useEffect(() => {
    if (!s?.szkola) return;
    const w = s.szkola.wiersz;
    void uslugi()
      .then((u) => u.zaznacz('Wnioski', `${w}:${w}`))
      .catch(() => undefined);
  }, [s]);

  useEffect(() => {
    if (!gra) return undefined;
    if (i >= n - 1) {
      setGra(false);
      return undefined;
    }
    const id = window.setTimeout(() => idz(i + 1), tempo);
    return () => window.clearTimeout(id);
  }, [gra, i, n, tempo, idz]);

  const klawisz = (e: KeyboardEvent<HTMLDivElement>) => {
    const cel = e.target as HTMLElement;
    if (cel.closest('[role="listbox"], [role="combobox"], input')) return;
    if (e.key === 'ArrowRight') idz(i + 1);
    else if (e.key === 'ArrowLeft') idz(i - 1);
    else if (e.key === 'Home') idz(0);
    else if (e.key === 'End') idz(n - 1);
    else if (e.key === ' ') setGra((g) => !g);
    else if (e.key === 'd' || e.key === 'D') {
      if (s.szkola) dlaczego(s.szkola.regon);
    } else {
      const p = pokaz.poczatki.find((x) => x.krok === e.key);
      if (!p) return;
      idz(p.indeks);
    }
    e.preventDefault();
  };

  if (!s) return null;
  const proc = (g: number) => `${s.skala > 0 ? Math.round((g / s.skala) * 1000) / 10 : 0}%`;
  const pasek = (g: number, klasa: string, test: string, etykieta: string) => (
    <div>
      <div className={st.maly}>
        {etykieta}: <span data-testid={test}>{kwota(g)}</span>
      </div>
      <div className={mergeClasses(st.pasek, projektor && st.projektorPasek)} role="presentation">
        <div className={mergeClasses(klasa, projektor && st.projektorWypelnienie)} style={{ width: proc(g) }} />
      </div>
    </div>
  );
  return (
    <div
      className={mergeClasses(st.korzen, projektor && st.projektor)}
      tabIndex={0}
      onKeyDown={klawisz}
      aria-label={t.krokPoKroku}
      aria-describedby="krok-klawisze"
      data-testid="krok-po-kroku"
      data-indeks={i}
      data-lp={s.lp}
    >
      <Switch
        checked={projektor}
        onChange={(_, d) => setProjektor(d.checked)}
        label={t.projektor}
        data-testid="projektor"
      />
      <p id="krok-klawisze" className={st.maly}>
        {t.klawisze}
      </p>
      <div className={st.przyciski}>
        <Button
          icon={<ArrowPreviousRegular />}
          onClick={() => idz(i - 1)}
          disabled={i === 0}
          data-testid="krok-poprzedni"
        >
          {t.poprzedni}
        </Button>
        <Button
          appearance="primary"
          icon={<ArrowNextRegular />}
          onClick={() => idz(i + 1)}
          disabled={i >= n - 1}
          data-testid="krok-nastepny"
        >
          {t.nastepny}
        </Button>
        <Button
          icon={gra ? <PauseRegular /> : <PlayRegular />}
          onClick={() => setGra((g) => !g)}
          aria-pressed={gra}
          data-testid="krok-odtwarzaj"
        >
          {gra ? t.pauza : t.odtwarzaj}
        </Button>
        <Field label={t.predkosc}>
          <Dropdown
            value={t.predkosci[tempo]}
            selectedOptions={[String(tempo)]}
            onOptionSelect={(_, d) => d.optionValue && setTempo(Number(d.optionValue))}
          >
            {TEMPA.map((x) => (
              <Option key={x} value={String(x)}>
                {t.predkosci[x]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <div className={st.przyciski} role="group" aria-label={t.skokDo}>
        {pokaz.poczatki.map((p) => (
          <Button key={p.krok} size="small" onClick={() => idz(p.indeks)} data-testid={`krok-skok-${p.krok}`}>
            {t.krok(p.krok)}
          </Button>
        ))}
      </div>
      <div className={st.maly}>{t.wiersz(s.lp, n)}</div>
      <div aria-live="polite" aria-atomic="true" data-testid="krok-ogloszenie">
        <p className={st.zdanie} data-testid="krok-zdanie">
          {s.zdanie[jezyk]}
        </p>
      </div>
      {s.szkola ? (
        <div data-testid="krok-szkola">
          <strong>{s.szkola.nazwa}</strong> (REGON {s.szkola.regon}) — {t.wielkosc}: {s.szkola.wielkosc ?? '—'};{' '}
          {t.wariant}: {s.szkola.v1 ?? '—'}; {t.r}: {kwota(s.szkola.r)}
          <Button
            size="small"
            appearance="subtle"
            icon={<QuestionCircleRegular />}
            onClick={() => dlaczego(s.szkola!.regon)}
            data-testid="krok-dlaczego"
          >
            {t.pokazDlaczego}
          </Button>
        </div>
      ) : (
        <div className={st.maly}>{t.brakSzkoly}</div>
      )}
      {pasek(s.przed, st.wypelnienie, 'krok-przed', t.przed)}
      {pasek(s.po, st.wypelnieniePo, 'krok-po', t.po)}
      <table className={st.tabela} aria-label={t.licznik} data-testid="krok-licznik">
        <caption className={st.maly}>{t.licznik}</caption>
        <thead>
          <tr>
            <th />
            {WIELKOSCI.map((w) => (
              <th key={w}>{w}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(['I', 'II'] as const).map((v) => (
            <tr key={v}>
              <th>{v}</th>
              {WIELKOSCI.map((w) => (
                <td key={w}>
                  {s.licznik[v][w].liczba} · {kwota(s.licznik[v][w].kwota)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Co jeśli (CS-Z3.W live): a slider for `Udział wariantu I` 20–80 % (1-point steps) and, when the seed
 * drew the order, another seed; the core re-runs the qualification in the pane (nothing is written)
 * and the table shows the what-if beside the protocol, with the schools that would gain or lose.
 */
import { useMemo, useState } from 'react';
import { Button, Field, Input, Slider, makeStyles, tokens } from '@fluentui/react-components';
import { przeliczCoJesli, type PrzygotowanieCoJesli, type Zestawienie, WIELKOSCI } from '../../../../core';
import { useJezyk } from '../../i18n/jezyk';
import { useTekstySzkolenia } from './teksty';

const useStyle = makeStyles({
  tabela: { borderCollapse: 'collapse', width: '100%', '& td, & th': { padding: '2px 4px', textAlign: 'right' } },
  maly: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  lista: { paddingLeft: tokens.spacingHorizontalL, margin: 0 },
});

function wiersze(z: Zestawienie, kwota: (g: number) => string, razem: string, niew: string) {
  const w: Array<[string, string]> = [];
  for (const v of ['I', 'II'] as const) {
    for (const s of WIELKOSCI) w.push([`${v} ${s}`, `${z.grupy[v][s].liczba} · ${kwota(z.grupy[v][s].kwota)}`]);
    w.push([`${v} ${razem}`, `${z.razem[v].liczba} · ${kwota(z.razem[v].kwota)}`]);
    w.push([`${v} ${niew}`, kwota(z.niewykorzystane[v])]);
  }
  w.push([`${razem} ${niew}`, kwota(z.niewykorzystane.razem)]);
  return w;
}

export function CoJesli({ p, dlaczego }: { p: PrzygotowanieCoJesli; dlaczego: (regon: string) => void }) {
  const st = useStyle();
  const t = useTekstySzkolenia();
  const { kwota } = useJezyk();
  const [udzial, setUdzial] = useState(() => Math.min(80, Math.max(20, Math.round((p.udzialSetne ?? 5000) / 100))));
  const [ziarno, setZiarno] = useState('');
  const { wynik, ms } = useMemo(() => {
    const t0 = performance.now();
    const w = przeliczCoJesli(p, udzial * 100, ziarno.trim() ? ziarno.trim() : null);
    return { wynik: w, ms: performance.now() - t0 };
  }, [p, udzial, ziarno]);
  if (!wynik) return <p>{t.wszystkieMieszcza}</p>;
  const a = wiersze(wynik.zestawienie, kwota, t.razem, t.niewykorzystane);
  const b = wiersze(wynik.protokol, kwota, t.razem, t.niewykorzystane);
  return (
    <div data-testid="co-jesli" data-czas={ms.toFixed(1)} data-udzial={udzial} data-wnioski={p.r.size}>
      <Field label={`${t.udzial}: ${udzial} %`}>
        <Slider
          min={20}
          max={80}
          step={1}
          value={udzial}
          onChange={(_, d) => setUdzial(d.value)}
          aria-valuetext={`${udzial} %`}
          data-testid="co-jesli-udzial"
        />
      </Field>
      {p.ziarnoUzyte && (
        <Field label={t.ziarno} hint={t.ziarnoPodpowiedz}>
          <Input value={ziarno} onChange={(_, d) => setZiarno(d.value)} data-testid="co-jesli-ziarno" />
        </Field>
      )}
      <p className={st.maly} aria-live="polite">
        {t.czas(ms)}
      </p>
      <table className={st.tabela} data-testid="co-jesli-tabela">
        <thead>
          <tr>
            <th />
            <th>{t.wPanelu}</th>
            <th>{t.wProtokole}</th>
          </tr>
        </thead>
        <tbody>
          {a.map(([k, v], i) => (
            <tr key={k} data-wiersz={k}>
              <th scope="row">{k}</th>
              <td>{v}</td>
              <td>{b[i][1]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t.zmiany}</h4>
      {wynik.zmiany.length === 0 ? (
        <p>{t.bezZmian}</p>
      ) : (
        <ul className={st.lista} data-testid="co-jesli-zmiany">
          {wynik.zmiany.map((z) => (
            <li key={z.regon}>
              {z.nazwa} ({z.regon}): {z.zyskuje ? t.zyskuje(z.wariant, kwota(z.r)) : t.traci(kwota(z.brak ?? 0))}{' '}
              <Button size="small" appearance="subtle" onClick={() => dlaczego(z.regon)}>
                {t.pokazDlaczego}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

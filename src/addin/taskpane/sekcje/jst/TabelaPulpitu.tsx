/** The dashboard's figures as a table (the charts' text alternative), shown on request; scrolls sideways if it must. */
import { useId, useState } from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import { useJezyk } from '../../i18n/jezyk';
import { useTekstyJst } from '../../i18n/jst';
import { useWspolneStyle } from '../../komponenty/style';
import { RAMKA, TEKST, TLO } from './kolory';
import { KOLORY, nazwaMiesiaca, type MiesiacPulpitu } from './model';
import { useStyleJst } from './style';

const useStyle = makeStyles({
  przewijana: { overflowX: 'auto', maxWidth: '100%' },
  miesiac: { whiteSpace: 'nowrap' },
  litera: {
    display: 'inline-block',
    minWidth: '16px',
    padding: '0 3px',
    borderRadius: '3px',
    textAlign: 'center',
    fontWeight: tokens.fontWeightSemibold,
  },
  waski: { paddingLeft: '2px', paddingRight: '2px' },
});

export function TabelaPulpitu({ miesiace }: { miesiace: readonly MiesiacPulpitu[] }) {
  const { jezyk } = useJezyk();
  const tj = useTekstyJst();
  const s = useWspolneStyle();
  const sj = useStyleJst();
  const st = useStyle();
  const [widoczna, setWidoczna] = useState(false);
  const id = useId();
  const p = tj.pulpit;
  const brak = miesiace.some((m) => m.brakDanych > 0);
  const zl = new Intl.NumberFormat(jezyk === 'en' ? 'en-GB' : 'pl-PL', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const kw = (g: number) => zl.format(g / 100);
  return (
    <>
      <Button
        className={sj.przelacznik}
        appearance="subtle"
        size="small"
        icon={widoczna ? <ChevronUpRegular /> : <ChevronDownRegular />}
        iconPosition="after"
        aria-expanded={widoczna}
        aria-controls={id}
        onClick={() => setWidoczna((w) => !w)}
        data-testid="jst-pokaz-tabele"
      >
        {widoczna ? tj.ukryjTabele : tj.pokazTabele}
      </Button>
      <div
        id={id}
        className={widoczna ? st.przewijana : sj.ukrytaTabela}
        role="region"
        aria-label={p.tabela}
        tabIndex={widoczna ? 0 : undefined}
      >
        <table className={s.tabela} data-testid="jst-tabela-pulpitu">
          <caption className={s.ukryty}>{p.tabela}</caption>
          <thead>
            <tr>
              <th className={s.th} scope="col">
                {p.miesiac}
              </th>
              {KOLORY.map((k) => (
                <th key={k} className={mergeClasses(s.th, s.liczba, st.waski)} scope="col">
                  <span
                    className={st.litera}
                    style={{ backgroundColor: TLO[k], color: TEKST[k], boxShadow: `inset 0 0 0 1px ${RAMKA[k]}` }}
                    aria-hidden
                  >
                    {tj.kolorSkrot[k]}
                  </span>
                  <span className={s.ukryty}>{tj.kolorMnoga[k]}</span>
                </th>
              ))}
              {brak && (
                <th className={mergeClasses(s.th, s.liczba, st.waski)} scope="col">
                  {tj.brakDanych}
                </th>
              )}
              <th className={mergeClasses(s.th, s.liczba)} scope="col">
                {p.wykonanieZl}
              </th>
              <th className={mergeClasses(s.th, s.liczba)} scope="col">
                {p.planZl}
              </th>
            </tr>
          </thead>
          <tbody>
            {miesiace.map((m) => (
              <tr key={m.miesiac} data-miesiac={m.miesiac}>
                <th className={mergeClasses(s.td, s.etykietaWiersza, st.miesiac)} scope="row">
                  {nazwaMiesiaca(m.miesiac, jezyk)}
                </th>
                {KOLORY.map((k) => (
                  <td key={k} className={mergeClasses(s.td, s.liczba, st.waski)}>
                    {m.liczby[k]}
                  </td>
                ))}
                {brak && <td className={mergeClasses(s.td, s.liczba, st.waski)}>{m.brakDanych}</td>}
                <td className={mergeClasses(s.td, s.liczba)}>{kw(m.wydatki)}</td>
                <td className={mergeClasses(s.td, s.liczba)}>{kw(m.plan)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The dashboard's figures as a table (the charts' text alternative), shown on request. */
import { useId, useState } from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import { TableRegular } from '@fluentui/react-icons';
import { useJezyk } from '../../i18n/jezyk';
import { useWspolneStyle } from '../../komponenty/style';
import { KOLORY, type MiesiacPulpitu } from './model';
import { useStyleJst } from './style';

export function TabelaPulpitu({ miesiace }: { miesiace: readonly MiesiacPulpitu[] }) {
  const { t, kwota } = useJezyk();
  const s = useWspolneStyle();
  const sj = useStyleJst();
  const [widoczna, setWidoczna] = useState(false);
  const id = useId();
  const p = t.jst.pulpit;
  const brak = miesiace.some((m) => m.brakDanych > 0);
  return (
    <>
      <Button className={sj.przelacznik} appearance="subtle" size="small" icon={<TableRegular />} aria-expanded={widoczna} aria-controls={id} onClick={() => setWidoczna((w) => !w)} data-testid="jst-pokaz-tabele">
        {widoczna ? t.jst.ukryjTabele : t.jst.pokazTabele}
      </Button>
      <div id={id} className={widoczna ? undefined : sj.ukrytaTabela}>
        <table className={s.tabela} data-testid="jst-tabela-pulpitu">
          <caption className={s.ukryty}>{p.tabela}</caption>
          <thead>
            <tr>
              <th className={s.th} scope="col">
                {p.miesiac}
              </th>
              {KOLORY.map((k) => (
                <th key={k} className={mergeClasses(s.th, s.liczba)} scope="col">
                  {t.jst.kolorMnoga[k]}
                </th>
              ))}
              {brak && (
                <th className={mergeClasses(s.th, s.liczba)} scope="col">
                  {t.jst.brakDanych}
                </th>
              )}
              <th className={mergeClasses(s.th, s.liczba)} scope="col">
                {p.wykonanie}
              </th>
              <th className={mergeClasses(s.th, s.liczba)} scope="col">
                {p.plan}
              </th>
            </tr>
          </thead>
          <tbody>
            {miesiace.map((m) => (
              <tr key={m.miesiac}>
                <th className={mergeClasses(s.td, s.etykietaWiersza)} scope="row">
                  {m.miesiac}
                </th>
                {KOLORY.map((k) => (
                  <td key={k} className={mergeClasses(s.td, s.liczba)}>
                    {m.liczby[k]}
                  </td>
                ))}
                {brak && <td className={mergeClasses(s.td, s.liczba)}>{m.brakDanych}</td>}
                <td className={mergeClasses(s.td, s.liczba)}>{kwota(m.wydatki)}</td>
                <td className={mergeClasses(s.td, s.liczba)}>{kwota(m.plan)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Sums and own contribution of one application: CS-10.3, CS-4.3 (with its working), CS-4.4 per type. */
import { Badge, mergeClasses } from '@fluentui/react-components';
import type { ModelWnioskuDyrektora } from '../../../../core';
import { useJezyk } from '../../i18n/jezyk';
import { useWspolneStyle } from '../../komponenty/style';
import { NaglowekTabeli } from '../../komponenty/NaglowekTabeli';

export function Stan({ ok, tak, nie }: { ok: boolean; tak: string; nie: string }) {
  return (
    <Badge appearance="tint" color={ok ? 'success' : 'danger'} size="small">
      {ok ? tak : nie}
    </Badge>
  );
}

export function Wklad({ m }: { m: ModelWnioskuDyrektora }) {
  const { t, kwota } = useJezyk();
  const s = useWspolneStyle();
  const w = t.wniosek;
  const o = m.wklad;
  if (!o) return <p className={s.maly}>{w.brakKalkulacji}</p>;
  const inwest = o.sumaWsparciaInwestycyjnego;
  return (
    <>
      <dl className={s.para} data-testid="wklad">
        <dt className={s.dt}>{w.wkladWlasny}</dt>
        <dd className={s.dd}>{kwota(o.wkladWlasny)}</dd>
        <dt className={s.dt}>· {w.poniesiony}</dt>
        <dd className={mergeClasses(s.dd, s.ddZwykly)}>{kwota(o.wkladPoniesiony)}</dd>
        <dt className={s.dt}>· {w.planowany}</dt>
        <dd className={mergeClasses(s.dd, s.ddZwykly)}>{kwota(o.wkladPlanowany)}</dd>
        {o.wkladNieliczony > 0 && (
          <>
            <dt className={s.dt}>{w.nieliczony}</dt>
            <dd className={mergeClasses(s.dd, s.zle)}>{kwota(o.wkladNieliczony)}</dd>
          </>
        )}
        <dt className={s.dt}>
          {w.minimum} (CS-4.3) <Stan ok={o.spelniaCs43} tak={w.spelniony} nie={w.niespelniony} />
        </dt>
        <dd className={s.dd} data-testid="minimum-cs43">
          {kwota(o.minimumCs43)}
        </dd>
      </dl>
      <p className={s.maly}>{w.cs43(kwota(o.wsparcie), kwota(o.minimumCs43))}</p>
      {!o.spelniaCs43 && (
        <p className={mergeClasses(s.maly, s.zle)}>{w.brakuje(kwota(o.minimumCs43 - o.wkladWlasny))}</p>
      )}
      <p className={s.maly}>{w.cs44}</p>
      {o.typyInwestycyjne.length === 0 ? (
        <p className={s.maly}>{w.cs44Brak}</p>
      ) : (
        <>
          <table className={s.tabela} data-testid="tabela-cs44">
            <NaglowekTabeli
              kolumny={[
                { tekst: w.pkt },
                { tekst: w.wsparcieTypu, liczba: true },
                { tekst: w.wkladTypu, liczba: true },
                { tekst: 'CS-4.4' },
              ]}
            />
            <tbody>
              {o.typyInwestycyjne.map((ty) => (
                <tr key={ty.pkt}>
                  <th className={mergeClasses(s.td, s.etykietaWiersza)} scope="row">
                    {ty.pkt}
                  </th>
                  <td className={mergeClasses(s.td, s.liczba)}>{kwota(ty.wsparcie)}</td>
                  <td className={mergeClasses(s.td, s.liczba)}>{kwota(ty.wklad)}</td>
                  <td className={s.td}>
                    <Stan ok={ty.spelniony} tak={w.spelniony} nie={w.niespelniony} />
                    {ty.mieszane && (
                      <Badge appearance="tint" color="warning" size="small">
                        {w.mieszane}
                      </Badge>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={s.maly}>{w.dolnaGranica(kwota(o.minimumCs43), kwota(inwest), kwota(o.dolnaGranica))}</p>
        </>
      )}
    </>
  );
}

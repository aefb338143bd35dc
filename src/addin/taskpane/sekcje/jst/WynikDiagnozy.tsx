/**
 * After `diagnozuj` (JST-1, JST-2): key figures, the schools ranked by digital-exclusion risk with
 * their JST-1.7 status, the JST indicators (ratios of sums) and the triggered recommendations with the
 * schools that triggered them — all from the core's JSON (`DiagnozaJson`).
 */
import { forwardRef, useMemo } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ClipboardTaskListLtrRegular } from '@fluentui/react-icons';
import type { DiagnozaJson } from '../../../../core';
import { useJezyk } from '../../i18n/jezyk';
import { useTekstyJst } from '../../i18n/jst';
import { Karta } from '../../komponenty/Karta';
import { useWspolneStyle } from '../../komponenty/style';
import { calkowita, dziesietna, KOLORY, modelDiagnozy, procent } from './model';
import { Odznaka } from './Odznaka';
import { Rekomendacje } from './Rekomendacje';
import { TEKST } from './kolory';
import { useStyleJst } from './style';
import { NaglowekTabeli } from '../../komponenty/NaglowekTabeli';

const useStyle = makeStyles({
  lp: { width: '1.6em', color: tokens.colorNeutralForeground3 },
  status: { width: '1%', textAlign: 'right' },
  rozklad: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  szczegoly: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  udzial: { color: tokens.colorNeutralForeground1, fontVariantNumeric: 'tabular-nums' },
  regula: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
    marginLeft: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightRegular,
  },
});

export const WynikDiagnozy = forwardRef<HTMLHeadingElement, { json: DiagnozaJson }>(function WynikDiagnozy(
  { json },
  ref,
) {
  const { jezyk } = useJezyk();
  const tj = useTekstyJst();
  const s = useWspolneStyle();
  const sj = useStyleJst();
  const st = useStyle();
  const d = tj.diagnoza;
  const m = useMemo(() => modelDiagnozy(json), [json]);
  const wartosc = (w: (typeof m.wskazniki)[number]) =>
    w.wartosc === null
      ? (d.stany[w.stan] ?? w.stan)
      : w.jednostka === 'procent'
        ? procent(w.wartosc, jezyk)
        : dziesietna(w.wartosc, jezyk);
  const wykluczenie = m.wskazniki.find((w) => w.klucz === 'wykluczenie');

  return (
    <Karta
      ref={ref}
      tytul={d.tytul}
      ikona={<ClipboardTaskListLtrRegular aria-hidden />}
      testId="jst-diagnoza"
      zwijana
      skrot={d.skrot(m.szkol, m.statusy.czerwony)}
    >
      <div className={sj.kafle}>
        <div className={sj.kafel}>
          <span className={sj.kafelEtykieta}>{d.szkoly}</span>
          <span className={sj.kafelWartosc}>{calkowita(m.szkol, jezyk)}</span>
        </div>
        <div className={sj.kafel}>
          <span className={sj.kafelEtykieta}>{d.uczniowie}</span>
          <span className={sj.kafelWartosc}>{calkowita(m.uczniow, jezyk)}</span>
        </div>
        <div className={sj.kafel}>
          <span className={sj.kafelEtykieta}>{d.nazwy.wykluczenie}</span>
          <span className={sj.kafelWartosc}>{wykluczenie ? wartosc(wykluczenie) : '—'}</span>
          <span
            className={st.rozklad}
            aria-label={KOLORY.map((k) => `${tj.kolorMnoga[k]}: ${m.statusy[k]}`).join(', ')}
          >
            {[...KOLORY].reverse().map((k) => (
              <span key={k} style={{ color: TEKST[k] }} aria-hidden>
                ● {m.statusy[k]}
              </span>
            ))}
          </span>
        </div>
      </div>

      <h4 className={sj.podtytul}>{d.ranking}</h4>
      <p className={s.maly}>
        {d.rankingOpis(
          procent(json.parametry.wykluczenieCzerwone, jezyk),
          procent(json.parametry.wykluczenieBursztynowe, jezyk),
        )}
      </p>
      <table className={s.tabela} data-testid="jst-ranking">
        <NaglowekTabeli
          kolumny={[{ tekst: d.lp, klasa: st.lp }, { tekst: d.szkola }, { tekst: d.status, klasa: st.status }]}
        />
        <tbody>
          {m.ranking.map((r, i) => (
            <tr key={r.wiersz} data-testid="jst-szkola" data-wiersz={r.wiersz} data-status={r.status ?? ''}>
              <td className={mergeClasses(s.td, st.lp)}>{i + 1}</td>
              <th className={mergeClasses(s.td, s.etykietaWiersza)} scope="row">
                <span className={sj.nazwaSzkoly} data-testid="jst-szkola-nazwa">
                  {r.nazwa ?? r.regon ?? `#${r.wiersz}`}
                </span>
                <span className={st.szczegoly}>
                  <strong className={st.udzial}>{r.udzial === null ? '—' : procent(r.udzial, jezyk)}</strong>{' '}
                  {d.grupy(
                    r.uczniowieSpecjalnePotrzeby === null ? '—' : String(r.uczniowieSpecjalnePotrzeby),
                    r.uczniowiePomocSpoleczna === null ? '—' : String(r.uczniowiePomocSpoleczna),
                  )}
                </span>
              </th>
              <td className={mergeClasses(s.td, st.status)}>
                <Odznaka kolor={r.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h4 className={sj.podtytul}>{d.wskazniki}</h4>
      <dl className={s.para} data-testid="jst-wskazniki-jst">
        {m.wskazniki.map((w) => (
          <div key={w.klucz} style={{ display: 'contents' }}>
            <dt className={s.dt} title={`${w.objasnienie.wzor} = ${w.objasnienie.wynik}`}>
              {d.nazwy[w.klucz]}
              <span className={st.regula}>{w.regula}</span>
            </dt>
            <dd className={s.dd} data-klucz={w.klucz}>
              {wartosc(w)}
            </dd>
          </div>
        ))}
        <dt className={s.dt}>
          {d.lacze(m.standardLacza.mbps)}
          <span className={st.regula}>JST-1.3</span>
        </dt>
        <dd className={s.dd}>{tj.zZ(String(m.standardLacza.spelnia), String(m.standardLacza.z))}</dd>
      </dl>

      <h4 className={sj.podtytul}>{d.rekomendacje}</h4>
      <Rekomendacje rekomendacje={m.rekomendacje} />
      <p className={s.maly}>{d.arkusze}</p>
    </Karta>
  );
});

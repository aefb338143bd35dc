/**
 * After `monitoruj` (JST-4): the pane's view of `Pulpit monitoringu` — the latest month's counts,
 * spending to date, a stacked bar per month, cumulative spending against the plan, and the red actions
 * with the core's explanation. From the core's typed data (`DaneMonitoringu`, money in grosze); the sheet itself has the native charts.
 */
import { forwardRef, useMemo } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { DataPieRegular } from '@fluentui/react-icons';
import type { DaneMonitoringu } from '../../../../core';
import { useJezyk } from '../../i18n/jezyk';
import { useTekstyJst } from '../../i18n/jst';
import { Karta } from '../../komponenty/Karta';
import { useWspolneStyle } from '../../komponenty/style';
import { RAMKA, TEKST, TLO } from './kolory';
import { KOLORY, modelPulpitu, nazwaMiesiaca } from './model';
import { SlupkiStatusow } from './SlupkiStatusow';
import { WykresWydatkow } from './WykresWydatkow';
import { CzerwoneDzialania } from './CzerwoneDzialania';
import { TabelaPulpitu } from './TabelaPulpitu';
import { useStyleJst } from './style';

const useStyle = makeStyles({
  statusy: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: tokens.spacingHorizontalS },
  pasekBudzetu: {
    position: 'relative',
    height: '6px',
    marginTop: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: 'hidden',
  },
  wypelnienie: {
    position: 'absolute',
    top: 0,
    bottom: 0,
    left: 0,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
  },
  znacznikPlanu: {
    position: 'absolute',
    top: '-2px',
    bottom: '-2px',
    width: '2px',
    backgroundColor: tokens.colorNeutralForeground1,
  },
});

export const PulpitMonitoringu = forwardRef<HTMLHeadingElement, { dane: DaneMonitoringu }>(function PulpitMonitoringu(
  { dane },
  ref,
) {
  const { jezyk, kwota } = useJezyk();
  const tj = useTekstyJst();
  const s = useWspolneStyle();
  const sj = useStyleJst();
  const st = useStyle();
  const p = tj.pulpit;
  const m = useMemo(() => modelPulpitu(dane), [dane]);
  const ost = m.ostatni;
  const udzial = (g: number) => `${Math.max(0, Math.min(100, (g / (m.budzet || 1)) * 100))}%`;

  return (
    <Karta
      ref={ref}
      tytul={p.tytul}
      ikona={<DataPieRegular aria-hidden />}
      testId="jst-pulpit"
      zwijana
      skrot={ost ? p.skrot(nazwaMiesiaca(ost.miesiac, jezyk), ost.liczby.czerwony) : undefined}
    >
      <p className={s.maly}>{p.opis(m.miesiace.length, m.dzialan)}</p>
      {ost && (
        <>
          <span className={sj.kafelEtykieta}>{p.wMiesiacu(nazwaMiesiaca(ost.miesiac, jezyk))}</span>
          <div className={st.statusy} data-testid="jst-stan-ostatni">
            {KOLORY.map((k) => (
              <div
                key={k}
                className={sj.kafel}
                style={{ backgroundColor: TLO[k], borderColor: RAMKA[k], color: TEKST[k] }}
              >
                <span className={sj.kafelEtykieta} style={{ color: TEKST[k] }}>
                  {tj.kolorMnoga[k]}
                </span>
                <span className={sj.kafelWartosc}>{ost.liczby[k]}</span>
              </div>
            ))}
          </div>
          <div className={sj.kafel}>
            <span className={sj.kafelEtykieta}>{p.wydano}</span>
            <span className={sj.kafelWartosc}>{kwota(ost.wydatki)}</span>
            <span className={sj.kafelPod}>
              {p.planDo(kwota(ost.plan))} · {p.budzetDo(kwota(m.budzet))}
            </span>
            <div className={st.pasekBudzetu} aria-hidden>
              <div className={st.wypelnienie} style={{ width: udzial(ost.wydatki) }} />
              <div className={st.znacznikPlanu} style={{ left: udzial(ost.plan) }} />
            </div>
          </div>
        </>
      )}

      <h4 className={sj.podtytul}>{p.statusy}</h4>
      <SlupkiStatusow miesiace={m.miesiace} skala={m.skala} />

      <h4 className={sj.podtytul}>{p.wydatki}</h4>
      <WykresWydatkow miesiace={m.miesiace} budzet={m.budzet} />
      <TabelaPulpitu miesiace={m.miesiace} />

      <h4 className={sj.podtytul}>{p.czerwone}</h4>
      <CzerwoneDzialania dzialania={m.czerwone} />
      <p className={s.maly}>{p.arkusze}</p>
    </Karta>
  );
});

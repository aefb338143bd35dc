/**
 * JST (FERS 2023): insert the JST templates, check, and the computations that write owned sheets —
 * diagnosis and recommendations (`diagnozuj`), schedule and dashboard (`monitoruj`), indicators (`wskazniki`).
 */
import { useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { CalculatorRegular, DocumentAddRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import type { RodzajSzablonu, WynikOperacji } from '../../../core/api';
import { useJezyk } from '../i18n/jezyk';
import { liczWagi, useStan } from '../stan/StanAplikacji';
import { useOperacja } from '../stan/useOperacja';
import { uslugi, type OperacjaZapisu } from '../uslugi/uslugi';
import { Sekcja } from '../komponenty/Sekcja';
import { Karta } from '../komponenty/Karta';
import { KomunikatBledu } from '../komponenty/KomunikatBledu';
import { PasekPostepu } from '../komponenty/PasekPostepu';
import { useWspolneStyle } from '../komponenty/style';
import { SZABLONY_JST, useWstawSzablon, WynikSzablonu } from './Szablony';
import { blokujaceUwagi, WynikZablokowany } from './WynikZablokowany';

const useStyle = makeStyles({
  dzialanie: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalXXS },
  przyciskSzeroki: { justifyContent: 'flex-start', width: '100%' },
});

type OperacjaJst = Extract<OperacjaZapisu, 'diagnozuj' | 'monitoruj' | 'wskazniki'>;
const OPERACJE: OperacjaJst[] = ['diagnozuj', 'monitoruj', 'wskazniki'];

export default function Jst() {
  const { t } = useJezyk();
  const s = useWspolneStyle();
  const st = useStyle();
  const { oglos, zmieniono, ustawUwagi } = useStan();
  const szablon = useWstawSzablon();
  const op = useOperacja();
  const [wynik, setWynik] = useState<{ operacja: OperacjaJst | 'waliduj'; w: WynikOperacji | null; liczby?: [number, number, number] } | null>(null);
  const naglowek = useRef<HTMLHeadingElement>(null);
  const j = t.jst;

  const wykonaj = async (operacja: OperacjaJst) => {
    setWynik(null);
    const w = await op.uruchom(async (postep) => (await uslugi()).wykonaj(operacja, postep));
    if (!w) return;
    setWynik({ operacja, w });
    zmieniono();
    oglos(w.status === 'ok' ? j.gotowe : j.zablokowane(blokujaceUwagi(w).length));
    window.setTimeout(() => naglowek.current?.focus(), 0);
  };
  const sprawdz = async () => {
    setWynik(null);
    const uwagi = await op.uruchom(async () => (await uslugi()).sprawdz());
    if (!uwagi) return;
    ustawUwagi(uwagi, 'sprawdz');
    const liczby = liczWagi(uwagi);
    setWynik({ operacja: 'waliduj', w: null, liczby });
    oglos(t.sprawdz.liczby(...liczby));
  };

  return (
    <Sekcja tytul={t.zakladki.jst} opis={j.opis}>
      <Karta tytul={j.szablony} ikona={<DocumentAddRegular aria-hidden />}>
        <div className={s.przyciski}>
          {SZABLONY_JST.map((r: RodzajSzablonu) => (
            <Button key={r} size="small" disabledFocusable={szablon.op.trwa} onClick={() => void szablon.wstaw(r)} data-testid={`szablon-${r}`}>
              {t.szablony.rodzaje[r][0]}
            </Button>
          ))}
        </div>
        <KomunikatBledu tekst={szablon.op.blad} zamknij={szablon.op.wyczyscBlad} />
        <WynikSzablonu wynik={szablon.wynik} />
      </Karta>
      <Karta ref={naglowek} tytul={j.dzialania} ikona={<CalculatorRegular aria-hidden />} testId="jst-dzialania">
        <Button className={st.przyciskSzeroki} icon={<ShieldCheckmarkRegular />} disabledFocusable={op.trwa} onClick={() => void sprawdz()}>
          {j.sprawdz}
        </Button>
        {OPERACJE.map((o) => (
          <div key={o} className={st.dzialanie}>
            <Button className={st.przyciskSzeroki} appearance="primary" icon={op.trwa ? <Spinner size="tiny" /> : <CalculatorRegular />} disabledFocusable={op.trwa} onClick={() => void wykonaj(o)} data-testid={`jst-${o}`}>
              {j[o]}
            </Button>
            <p className={s.maly}>{j[`${o}Opis`]}</p>
          </div>
        ))}
        {op.trwa && <PasekPostepu etykieta={j.trwa} postep={op.postep} />}
        <KomunikatBledu tekst={op.blad} zamknij={op.wyczyscBlad} />
        {wynik?.liczby && (
          <MessageBar intent={wynik.liczby[0] > 0 ? 'warning' : 'success'}>
            <MessageBarBody>{t.sprawdz.liczby(...wynik.liczby)}</MessageBarBody>
          </MessageBar>
        )}
        {wynik?.w && wynik.w.status !== 'ok' && <WynikZablokowany wynik={wynik.w} komunikat={j.zablokowane} />}
        {wynik?.w && wynik.w.status === 'ok' && (
          <MessageBar intent="success" layout="multiline" data-testid="jst-wynik">
            <MessageBarBody>
              {j.gotowe}
              {wynik.w.podsumowanie.length > 0 && (
                <ul>
                  {wynik.w.podsumowanie.map((l, i) => (
                    <li key={i}>{l}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </Karta>
    </Sekcja>
  );
}

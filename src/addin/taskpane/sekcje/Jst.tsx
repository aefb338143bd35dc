/**
 * JST (FERS 2023): insert the JST templates, check, and the computations that write owned sheets —
 * diagnosis and recommendations (`diagnozuj`), schedule and dashboard (`monitoruj`), indicators (`wskazniki`).
 * Each computation's result stays on screen (jst/: ranking, dashboard, indicators) until it is run again.
 */
import { useRef, useState, type RefObject } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { CalculatorRegular, DocumentAddRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import type { RodzajSzablonu, WynikOperacji, Uwaga } from '../../../core';
import { useJezyk } from '../i18n/jezyk';
import { useTekstyJst } from '../i18n/jst';
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
import { UwagiWyniku } from './jst/UwagiWyniku';
import { WynikDiagnozy } from './jst/WynikDiagnozy';
import { PulpitMonitoringu } from './jst/PulpitMonitoringu';
import { WskaznikiProjektu } from './jst/WskaznikiProjektu';

const useStyle = makeStyles({
  dzialanie: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalXXS },
  przyciskSzeroki: { justifyContent: 'flex-start', width: '100%' },
  uwagi: { display: 'block', fontSize: tokens.fontSizeBase200 },
});

type OperacjaJst = Extract<OperacjaZapisu, 'diagnozuj' | 'monitoruj' | 'wskazniki'>;
const OPERACJE: OperacjaJst[] = ['diagnozuj', 'monitoruj', 'wskazniki'];

type Ostatni =
  | { operacja: OperacjaJst; w: WynikOperacji }
  | { operacja: 'waliduj'; uwagi: Uwaga[]; liczby: [number, number, number] };

export default function Jst() {
  const { t } = useJezyk();
  const s = useWspolneStyle();
  const st = useStyle();
  const { oglos, zmieniono, ustawUwagi } = useStan();
  const szablon = useWstawSzablon();
  const op = useOperacja();
  const [ostatni, setOstatni] = useState<Ostatni | null>(null);
  // the latest successful result of each computation
  const [wyniki, setWyniki] = useState<{ [O in OperacjaJst]?: WynikOperacji<O> }>({});
  const naglowek = useRef<HTMLHeadingElement>(null);
  const karty: Record<OperacjaJst, RefObject<HTMLHeadingElement>> = {
    diagnozuj: useRef(null),
    monitoruj: useRef(null),
    wskazniki: useRef(null),
  };
  const j = t.jst;
  const tj = useTekstyJst();

  const wykonaj = async (operacja: OperacjaJst) => {
    setOstatni(null);
    const w = await op.uruchom(async (postep) => (await uslugi()).wykonaj(operacja, postep));
    if (!w) return;
    setOstatni({ operacja, w });
    setWyniki((p) => {
      const n = { ...p };
      if (w.status === 'ok') Object.assign(n, { [operacja]: w });
      else delete n[operacja];
      return n;
    });
    zmieniono();
    oglos(w.status === 'ok' ? j.gotowe : j.zablokowane(blokujaceUwagi(w).length));
    // the new result's heading (or the blocked message) takes focus
    window.setTimeout(() => (w.status === 'ok' ? karty[operacja] : naglowek).current?.focus(), 0);
  };
  const sprawdz = async () => {
    setOstatni(null);
    const uwagi = await op.uruchom(async () => (await uslugi()).sprawdz());
    if (!uwagi) return;
    ustawUwagi(uwagi, 'sprawdz');
    const liczby = liczWagi(uwagi);
    setOstatni({ operacja: 'waliduj', uwagi, liczby });
    oglos(t.sprawdz.liczby(...liczby));
  };

  const diagnoza = wyniki.diagnozuj?.dane ?? null;
  const monitoring = wyniki.monitoruj?.dane ?? null;
  const projekt = wyniki.wskazniki?.dane ?? null;

  return (
    <Sekcja tytul={t.zakladki.jst} opis={j.opis}>
      <Karta tytul={j.szablony} ikona={<DocumentAddRegular aria-hidden />}>
        <div className={s.przyciski}>
          {SZABLONY_JST.map((r: RodzajSzablonu) => (
            <Button
              key={r}
              size="small"
              disabledFocusable={szablon.op.trwa}
              onClick={() => void szablon.wstaw(r)}
              data-testid={`szablon-${r}`}
            >
              {t.szablony.rodzaje[r][0]}
            </Button>
          ))}
        </div>
        <KomunikatBledu tekst={szablon.op.blad} zamknij={szablon.op.wyczyscBlad} />
        <WynikSzablonu wynik={szablon.wynik} />
      </Karta>
      <Karta ref={naglowek} tytul={j.dzialania} ikona={<CalculatorRegular aria-hidden />} testId="jst-dzialania">
        <Button
          className={st.przyciskSzeroki}
          icon={<ShieldCheckmarkRegular />}
          disabledFocusable={op.trwa}
          onClick={() => void sprawdz()}
          data-testid="jst-sprawdz"
        >
          {j.sprawdz}
        </Button>
        {OPERACJE.map((o) => (
          <div key={o} className={st.dzialanie}>
            <Button
              className={st.przyciskSzeroki}
              appearance="primary"
              icon={op.trwa ? <Spinner size="tiny" /> : <CalculatorRegular />}
              disabledFocusable={op.trwa}
              onClick={() => void wykonaj(o)}
              data-testid={`jst-${o}`}
            >
              {j[o]}
            </Button>
            <p className={s.maly}>{j[`${o}Opis`]}</p>
          </div>
        ))}
        {op.trwa && <PasekPostepu etykieta={j.trwa} postep={op.postep} />}
        <KomunikatBledu tekst={op.blad} zamknij={op.wyczyscBlad} />
        {ostatni?.operacja === 'waliduj' && (
          <>
            <MessageBar intent={ostatni.liczby[0] > 0 ? 'warning' : 'success'} data-testid="jst-wynik-sprawdzenia">
              <MessageBarBody>{t.sprawdz.liczby(...ostatni.liczby)}</MessageBarBody>
            </MessageBar>
            <UwagiWyniku uwagi={ostatni.uwagi} otwarte />
          </>
        )}
        {ostatni && ostatni.operacja !== 'waliduj' && ostatni.w.status !== 'ok' && (
          <WynikZablokowany wynik={ostatni.w} komunikat={j.zablokowane} />
        )}
        {ostatni && ostatni.operacja !== 'waliduj' && ostatni.w.status === 'ok' && (
          <>
            <MessageBar
              intent={liczWagi(ostatni.w.uwagi)[0] > 0 ? 'warning' : 'success'}
              layout="multiline"
              data-testid="jst-wynik"
            >
              <MessageBarBody>
                {j.gotowe} {tj.wynikiPonizej}
                {ostatni.w.uwagi.length > 0 && (
                  <span className={st.uwagi}>{tj.uwagiWDanych(t.sprawdz.liczby(...liczWagi(ostatni.w.uwagi)))}</span>
                )}
              </MessageBarBody>
            </MessageBar>
            <UwagiWyniku key={ostatni.operacja} uwagi={ostatni.w.uwagi} />
          </>
        )}
      </Karta>
      {diagnoza && <WynikDiagnozy ref={karty.diagnozuj} json={diagnoza} />}
      {monitoring && <PulpitMonitoringu ref={karty.monitoruj} dane={monitoring} />}
      {projekt && <WskaznikiProjektu ref={karty.wskazniki} dane={projekt} />}
    </Sekcja>
  );
}

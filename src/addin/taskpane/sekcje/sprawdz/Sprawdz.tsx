/**
 * Sprawdź: validate the whole workbook now, the findings list (by sheet and severity, click = select the
 * cell), `Wyczyść oznaczenia`, and the live-validation switch (debounced in the adapter). With live
 * validation off, findings older than the workbook's last change say so and offer `Sprawdź ponownie`.
 */
import { useRef, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  ToggleButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleFilled, EraserRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import type { Waga } from '../../../../core';
import { useJezyk } from '../../i18n/jezyk';
import { liczWagi, useStan } from '../../stan/StanAplikacji';
import { useOperacja } from '../../stan/useOperacja';
import { uslugi } from '../../uslugi/uslugi';
import { Sekcja } from '../../komponenty/Sekcja';
import { Karta } from '../../komponenty/Karta';
import { KomunikatBledu } from '../../komponenty/KomunikatBledu';
import { Ostrzezenie } from '../../komponenty/Nieaktualne';
import { useWspolneStyle } from '../../komponenty/style';
import { ListaUwag } from './ListaUwag';
import { IkonaWagi } from './IkonaWagi';
import { KOLEJNOSC_WAG } from './grupuj';
import { useZaznacz } from './useZaznacz';

const useStyle = makeStyles({
  filtry: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
  },
  przelacznik: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export default function Sprawdz() {
  const { t, jezyk } = useJezyk();
  const s = useWspolneStyle();
  const st = useStyle();
  const { wynik, ustawUwagi, naZywo, przelaczNaZywo, oglos, uwagiNieaktualne } = useStan();
  const op = useOperacja();
  const zaz = useZaznacz();
  const [wiadomosc, setWiadomosc] = useState<string | null>(null);
  const [widoczne, setWidoczne] = useState<ReadonlySet<Waga>>(new Set(KOLEJNOSC_WAG));
  const wyniki = useRef<HTMLHeadingElement>(null);

  const sprawdz = async () => {
    setWiadomosc(null);
    const uwagi = await op.uruchom(async () => (await uslugi()).sprawdz());
    if (!uwagi) return;
    ustawUwagi(uwagi, 'sprawdz');
    oglos(uwagi.length === 0 ? t.sprawdz.bezUwag : t.sprawdz.liczby(...liczWagi(uwagi)));
    window.setTimeout(() => wyniki.current?.focus(), 0);
  };
  const wyczysc = async () => {
    setWiadomosc(null);
    const n = await op.uruchom(async () => (await uslugi()).wyczyscOznaczenia());
    if (n === undefined) return;
    setWiadomosc(t.sprawdz.wyczyszczono(n));
    oglos(t.sprawdz.wyczyszczono(n));
  };
  const przelacz = (wlacz: boolean) => void op.uruchom(() => przelaczNaZywo(wlacz));
  const liczby = wynik ? liczWagi(wynik.uwagi) : null;
  const godzina = wynik?.czas.toLocaleTimeString(jezyk === 'en' ? 'en-GB' : 'pl-PL');

  return (
    <Sekcja tytul={t.zakladki.sprawdz} opis={t.sprawdz.opis}>
      <div className={s.przyciski}>
        <Button
          appearance="primary"
          icon={op.trwa ? <Spinner size="tiny" /> : <ShieldCheckmarkRegular />}
          disabledFocusable={op.trwa}
          onClick={() => void sprawdz()}
          data-testid="sprawdz"
        >
          {t.sprawdz.sprawdz}
        </Button>
        <Button
          icon={<EraserRegular />}
          disabledFocusable={op.trwa}
          onClick={() => void wyczysc()}
          data-testid="wyczysc"
        >
          {t.sprawdz.wyczysc}
        </Button>
      </div>
      <div>
        <Switch
          className={st.przelacznik}
          checked={naZywo}
          onChange={(_, d) => przelacz(d.checked)}
          label={t.sprawdz.naZywo}
          data-testid="na-zywo"
        />
        <p className={s.maly}>{t.sprawdz.naZywoPomoc}</p>
      </div>
      <KomunikatBledu tekst={op.blad ?? zaz.blad} zamknij={op.blad ? op.wyczyscBlad : zaz.wyczysc} />
      {wiadomosc && (
        <MessageBar intent="info">
          <MessageBarBody>{wiadomosc}</MessageBarBody>
        </MessageBar>
      )}
      {wynik && uwagiNieaktualne && !naZywo && (
        <Ostrzezenie
          tekst={t.sprawdz.nieaktualne}
          etykieta={t.sprawdz.ponownie}
          odswiez={() => void sprawdz()}
          testId="uwagi-nieaktualne"
        />
      )}
      <Karta ref={wyniki} tytul={t.sprawdz.wyniki} testId="wyniki-sprawdzenia">
        {!wynik && <p className={s.maly}>{t.sprawdz.brakWynikow}</p>}
        {wynik && (
          <p className={s.maly} data-testid="stan-uwag">
            {t.sprawdz.stan(t.sprawdz.zrodlo[wynik.zrodlo], godzina ?? '')} · {t.sprawdz.liczby(...liczby!)}
          </p>
        )}
        {wynik && wynik.uwagi.length === 0 && (
          <MessageBar intent="success">
            <MessageBarBody>
              <CheckmarkCircleFilled aria-hidden /> {t.sprawdz.bezUwag}
            </MessageBarBody>
          </MessageBar>
        )}
        {wynik && wynik.uwagi.length > 0 && (
          <>
            <div className={st.filtry} role="group" aria-label={t.sprawdz.filtr}>
              {KOLEJNOSC_WAG.map((w, i) =>
                liczby![i] === 0 ? null : (
                  <ToggleButton
                    key={w}
                    size="small"
                    shape="circular"
                    checked={widoczne.has(w)}
                    icon={<IkonaWagi waga={w} />}
                    onClick={() =>
                      setWidoczne((v) => {
                        const n = new Set(v);
                        if (n.has(w)) n.delete(w);
                        else n.add(w);
                        return n;
                      })
                    }
                  >
                    {t.wagiMnoga[w]} {liczby![i]}
                  </ToggleButton>
                ),
              )}
            </div>
            <ListaUwag uwagi={wynik.uwagi} widoczne={widoczne} naWybor={zaz.zaznacz} />
          </>
        )}
      </Karta>
    </Sekcja>
  );
}

/** Szkolenie: Krok po kroku, Co jeśli and Dlaczego? on the voivodeship workbook — read-only (issue 12). */
import { useRef, useState } from 'react';
import { Button, Spinner } from '@fluentui/react-components';
import { ArrowSyncRegular, HistoryRegular, QuestionCircleRegular, ScalesRegular } from '@fluentui/react-icons';
import { useOdczyt } from '../../stan/useOdczyt';
import { Sekcja } from '../../komponenty/Sekcja';
import { Karta } from '../../komponenty/Karta';
import { KomunikatBledu } from '../../komponenty/KomunikatBledu';
import { Nieaktualne } from '../../komponenty/Nieaktualne';
import { ARKUSZE_WOJEWODZTWA } from '../kwalifikacja/dane';
import { daneSzkolenia } from './model';
import { KrokPoKroku } from './KrokPoKroku';
import { CoJesli } from './CoJesli';
import { Dlaczego } from './Dlaczego';
import { useTekstySzkolenia } from './teksty';

export default function Szkolenie() {
  const t = useTekstySzkolenia();
  const dane = useOdczyt(ARKUSZE_WOJEWODZTWA, daneSzkolenia);
  const [regon, setRegon] = useState<string | null>(null);
  const naglowek = useRef<HTMLHeadingElement>(null);
  const dlaczego = (r: string) => {
    setRegon(r);
    window.setTimeout(() => naglowek.current?.focus(), 0);
  };
  const d = dane.dane;
  return (
    <Sekcja tytul={t.krokPoKroku} opis={t.opis}>
      <KomunikatBledu tekst={dane.blad} odswiez={() => void dane.odswiez()} />
      <Nieaktualne odczyt={dane} />
      <Button
        size="small"
        icon={dane.ladowanie ? <Spinner size="tiny" /> : <ArrowSyncRegular />}
        onClick={() => void dane.odswiez()}
        data-testid="szkolenie-odswiez"
      >
        {t.odswiez}
      </Button>
      {!d && dane.ladowanie && <Spinner size="small" />}
      {d && !d.pokaz && <p data-testid="szkolenie-brak">{d.zeszyt.arkusze.length ? t.zablokowane : t.brakDanych}</p>}
      {d?.pokaz && (
        <Karta tytul={t.krokPoKroku} ikona={<HistoryRegular />} testId="karta-krok-po-kroku">
          {d.pokaz.kroki.length ? <KrokPoKroku pokaz={d.pokaz} dlaczego={dlaczego} /> : <p>{t.wszystkieMieszcza}</p>}
        </Karta>
      )}
      {d?.coJesli && (
        <Karta tytul={t.coJesli} ikona={<ScalesRegular />} testId="karta-co-jesli" zwijana>
          <CoJesli p={d.coJesli} dlaczego={dlaczego} />
        </Karta>
      )}
      {d && regon && (
        <Karta tytul={t.dlaczego} ikona={<QuestionCircleRegular />} testId="karta-dlaczego" ref={naglowek}>
          <Dlaczego zeszyt={d.zeszyt} regon={regon} zamknij={() => setRegon(null)} />
        </Karta>
      )}
    </Sekcja>
  );
}

/** Podział środków: Part A (CS-9.1) on a `Podział środków` workbook, and its result table. */
import { useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, mergeClasses } from '@fluentui/react-components';
import { DataPieRegular, PlayFilled } from '@fluentui/react-icons';
import type { WynikOperacji } from '../../../core';
import { useJezyk } from '../i18n/jezyk';
import { useStan } from '../stan/StanAplikacji';
import { useOperacja } from '../stan/useOperacja';
import { uslugi } from '../uslugi/uslugi';
import { Sekcja } from '../komponenty/Sekcja';
import { Karta } from '../komponenty/Karta';
import { KomunikatBledu } from '../komponenty/KomunikatBledu';
import { PasekPostepu } from '../komponenty/PasekPostepu';
import { useWspolneStyle } from '../komponenty/style';
import { blokujaceUwagi, WynikZablokowany } from './WynikZablokowany';
import { NaglowekTabeli } from '../komponenty/NaglowekTabeli';

export default function Podzial() {
  const { t, kwota, jezyk } = useJezyk();
  const s = useWspolneStyle();
  const { oglos, zmieniono } = useStan();
  const op = useOperacja();
  const [wynik, setWynik] = useState<WynikOperacji<'podziel'> | null>(null);
  const naglowek = useRef<HTMLHeadingElement>(null);
  const p = t.podzial;

  const uruchom = async () => {
    setWynik(null);
    const w = await op.uruchom(async (postep) => (await uslugi()).podziel(postep));
    if (!w) return;
    setWynik(w);
    zmieniono();
    oglos(w.status === 'ok' ? p.zapisano : p.zablokowany(blokujaceUwagi(w).length));
    window.setTimeout(() => naglowek.current?.focus(), 0);
  };
  const dane = wynik?.status === 'ok' ? wynik.dane : null;
  // W_v/ΣW as the core gives it (4 decimals, rounded half up), with the locale's decimal separator
  const procent = (u: string) => `${jezyk === 'en' ? u : u.replace('.', ',')} %`;

  return (
    <Sekcja tytul={t.zakladki.podzial} opis={p.opis}>
      <div className={s.przyciski}>
        <Button
          appearance="primary"
          icon={op.trwa ? <Spinner size="tiny" /> : <PlayFilled />}
          disabledFocusable={op.trwa}
          onClick={() => void uruchom()}
          data-testid="uruchom-podzial"
        >
          {p.uruchom}
        </Button>
      </div>
      {op.trwa && <PasekPostepu etykieta={p.trwa} postep={op.postep} />}
      <KomunikatBledu tekst={op.blad} zamknij={op.wyczyscBlad} />
      {wynik && (
        <Karta ref={naglowek} tytul={p.wynik} ikona={<DataPieRegular aria-hidden />} testId="wynik-podzialu">
          {wynik.status !== 'ok' && <WynikZablokowany wynik={wynik} komunikat={p.zablokowany} />}
          {dane && (
            <>
              <MessageBar intent="success">
                <MessageBarBody>{p.zapisano}</MessageBarBody>
              </MessageBar>
              <table className={s.tabela}>
                <NaglowekTabeli
                  kolumny={[
                    { tekst: p.wojewodztwo },
                    { tekst: p.udzial, liczba: true },
                    { tekst: p.kwota, liczba: true },
                  ]}
                />
                <tbody>
                  {dane.wojewodztwa.map((w) => (
                    <tr key={w.teryt}>
                      <th className={mergeClasses(s.td, s.etykietaWiersza)} scope="row">
                        {w.nazwa}
                      </th>
                      <td className={mergeClasses(s.td, s.liczba)}>{procent(w.udzial)}</td>
                      <td className={mergeClasses(s.td, s.liczba)}>{kwota(w.kwota)}</td>
                    </tr>
                  ))}
                  <tr className={s.wierszSumy}>
                    <th className={mergeClasses(s.td, s.etykietaSumy)} scope="row">
                      {p.suma}
                    </th>
                    <td className={s.td} />
                    <td className={mergeClasses(s.td, s.liczba)}>{kwota(dane.suma)}</td>
                  </tr>
                </tbody>
              </table>
            </>
          )}
        </Karta>
      )}
    </Sekcja>
  );
}

/**
 * Kwalifikacja: parameters from `Parametry` (editable; written back only by "Zapisz parametry"), the
 * envelope preview, the run with a progress bar, its summary, and the protocol check.
 */
import { useMemo, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import {
  ArrowSyncRegular,
  ArrowUndoRegular,
  ClipboardTaskListLtrRegular,
  FingerprintRegular,
  PlayFilled,
  SaveRegular,
  SettingsRegular,
} from '@fluentui/react-icons';
import { type WynikOperacji, podgladKwalifikacji, maBlokujace } from '../../../../core';
import { useJezyk } from '../../i18n/jezyk';
import { useStan } from '../../stan/StanAplikacji';
import { useOperacja } from '../../stan/useOperacja';
import { useOdczyt } from '../../stan/useOdczyt';
import { uslugi } from '../../uslugi/uslugi';
import { Sekcja } from '../../komponenty/Sekcja';
import { Karta } from '../../komponenty/Karta';
import { KomunikatBledu } from '../../komponenty/KomunikatBledu';
import { Nieaktualne, Ostrzezenie } from '../../komponenty/Nieaktualne';
import { PasekPostepu } from '../../komponenty/PasekPostepu';
import { useWspolneStyle } from '../../komponenty/style';
import { ListaUwag } from '../sprawdz/ListaUwag';
import { useZaznacz } from '../sprawdz/useZaznacz';
import { FormularzParametrow } from './FormularzParametrow';
import { PodgladKopert } from './PodgladKopert';
import { PodsumowanieKwalifikacji } from './PodsumowanieKwalifikacji';
import { Weryfikacja } from './Weryfikacja';
import { daneWojewodztwa, ARKUSZE_WOJEWODZTWA } from './dane';
import { doZapisu, ocenParametry } from './parametry';
import type { Pole, Teksty } from './pola';

export default function Kwalifikacja() {
  const { t, jezyk, kwota } = useJezyk();
  const s = useWspolneStyle();
  const { oglos, zmieniono } = useStan();
  const k = t.kwalifikacja;
  const dane = useOdczyt(ARKUSZE_WOJEWODZTWA, daneWojewodztwa);
  const [edycje, setEdycje] = useState<Partial<Teksty>>({});
  const zapis = useOperacja();
  const bieg = useOperacja();
  const zaz = useZaznacz();
  const [zapisano, setZapisano] = useState(false);
  const [wynik, setWynik] = useState<WynikOperacji<'kwalifikuj'> | null>(null);
  const naglowekWyniku = useRef<HTMLHeadingElement>(null);

  const zArkusza = dane.dane?.teksty;
  const wartosci = useMemo(() => (zArkusza ? ({ ...zArkusza, ...edycje } as Teksty) : null), [zArkusza, edycje]);
  const zmienione = useMemo(() => new Set(Object.keys(edycje) as Pole[]), [edycje]);
  const ocena = useMemo(
    () => (dane.dane?.arkuszParametrow ? ocenParametry(dane.dane.arkuszParametrow, edycje) : null),
    [dane.dane, edycje],
  );
  const pg = useMemo(
    () => (ocena && dane.dane?.przygotowanie ? podgladKwalifikacji(dane.dane.przygotowanie, ocena.parametry) : null),
    [ocena, dane.dane],
  );
  const bledyZapisu = useMemo(() => doZapisu(edycje).bledy, [edycje]);

  const zmien = (p: Pole, v: string) => {
    setZapisano(false);
    setEdycje((e) => {
      const n = { ...e };
      if (zArkusza && v === zArkusza[p]) delete n[p];
      else n[p] = v;
      return n;
    });
  };

  const zapisz = async () => {
    const z = doZapisu(edycje);
    if (Object.keys(z.bledy).length > 0) {
      oglos(k.nieczytelne);
      return;
    }
    const ok = await zapis.uruchom(async () => {
      await (await uslugi()).zapiszParametry(z.wartosci);
      return true;
    });
    if (!ok) return;
    await dane.odswiez();
    setEdycje({});
    setZapisano(true);
    zmieniono();
    oglos(k.zapisano);
  };

  const uruchom = async () => {
    setWynik(null);
    const w = await bieg.uruchom(async (postep) => (await uslugi()).kwalifikuj(postep));
    if (!w) return;
    zmieniono();
    await dane.odswiez();
    setWynik(w);
    const blokujace = w.uwagi.filter((u) => u.waga === 'błąd' && u.blokujaca);
    const p = w.status === 'ok' ? w.dane.podsumowanie : null;
    oglos(p ? k.przyznano(p.zakwalifikowane, kwota(p.przyznano)) : k.zablokowana(blokujace.length));
    window.setTimeout(() => naglowekWyniku.current?.focus(), 0);
  };

  const skrotParametrow = wartosci
    ? [wartosci.wojewodztwo, wartosci.kwota && `${wartosci.kwota} zł`].filter(Boolean).join(' · ')
    : undefined;
  if (dane.ladowanie && !dane.dane) return <Spinner label={t.aplikacja.ladowanie} />;
  const brakArkuszy = dane.dane && (!dane.dane.arkuszParametrow || !dane.dane.przygotowanie);
  const blokujace =
    wynik && wynik.status !== 'ok'
      ? wynik.uwagi.filter((u) => u.waga === 'błąd' && (u.blokujaca || wynik.status === 'odmowa'))
      : [];

  return (
    <Sekcja tytul={t.zakladki.kwalifikacja} opis={k.opis}>
      <KomunikatBledu tekst={dane.blad} odswiez={() => void dane.odswiez()} />
      <Nieaktualne odczyt={dane} />
      {brakArkuszy && <Ostrzezenie tekst={k.brakArkusza} odswiez={() => void dane.odswiez()} testId="brak-arkusza" />}
      {wartosci && ocena && (
        <Karta
          tytul={k.parametry}
          ikona={<SettingsRegular aria-hidden />}
          testId="parametry"
          zwijana
          skrot={skrotParametrow}
          akcje={
            <Button
              appearance="subtle"
              size="small"
              icon={dane.ladowanie ? <Spinner size="extra-tiny" /> : <ArrowSyncRegular />}
              onClick={() => void dane.odswiez()}
              aria-label={k.odswiez}
              title={k.odswiez}
              data-testid="odswiez-parametry"
            />
          }
        >
          <p className={s.maly}>{k.parametryOpis}</p>
          <FormularzParametrow
            wartosci={wartosci}
            zmienione={zmienione}
            wgPola={ocena.wgPola}
            bledyZapisu={bledyZapisu}
            sio={ocena.parametry.podzial === 'wg liczby szkół i limitów (§9)'}
            zmien={zmien}
          />
          <div className={s.przyciski}>
            <Button
              appearance="primary"
              icon={zapis.trwa ? <Spinner size="tiny" /> : <SaveRegular />}
              disabledFocusable={zapis.trwa || zmienione.size === 0 || Object.keys(bledyZapisu).length > 0}
              onClick={() => void zapisz()}
              data-testid="zapisz-parametry"
            >
              {k.zapisz}
            </Button>
            <Button icon={<ArrowUndoRegular />} disabledFocusable={zmienione.size === 0} onClick={() => setEdycje({})}>
              {k.cofnij}
            </Button>
          </div>
          <KomunikatBledu tekst={zapis.blad} zamknij={zapis.wyczyscBlad} />
          {zapisano && (
            <MessageBar intent="success">
              <MessageBarBody>{k.zapisano}</MessageBarBody>
            </MessageBar>
          )}
        </Karta>
      )}
      {pg && <PodgladKopert p={pg} />}
      <Karta tytul={k.uruchomienie} ikona={<ClipboardTaskListLtrRegular aria-hidden />} testId="uruchomienie">
        {zmienione.size > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="niezapisane">
            <MessageBarBody>{k.niezapisane}</MessageBarBody>
          </MessageBar>
        )}
        <div className={s.przyciski}>
          <Button
            appearance="primary"
            icon={bieg.trwa ? <Spinner size="tiny" /> : <PlayFilled />}
            disabledFocusable={bieg.trwa}
            onClick={() => void uruchom()}
            data-testid="uruchom-kwalifikacje"
          >
            {k.uruchom}
          </Button>
        </div>
        {bieg.trwa && <PasekPostepu etykieta={k.trwa} postep={bieg.postep} />}
        <KomunikatBledu tekst={bieg.blad} zamknij={bieg.wyczyscBlad} />
      </Karta>
      {wynik?.status === 'ok' && <PodsumowanieKwalifikacji ref={naglowekWyniku} d={wynik.dane} />}
      {wynik && wynik.status !== 'ok' && (
        <Karta ref={naglowekWyniku} tytul={t.wspolne.uwagiBlokujace} testId="kwalifikacja-zablokowana">
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              {wynik.status === 'odmowa'
                ? `${k.odmowa} ${wynik.uwagi.map((u) => (jezyk === 'en' ? u.message : u.komunikat)).join(' ')}`
                : k.zablokowana(blokujace.length)}
            </MessageBarBody>
          </MessageBar>
          <KomunikatBledu tekst={zaz.blad} zamknij={zaz.wyczysc} />
          {maBlokujace(wynik.uwagi) && <ListaUwag uwagi={blokujace} naWybor={zaz.zaznacz} />}
        </Karta>
      )}
      <Karta tytul={k.protokol} ikona={<FingerprintRegular aria-hidden />} testId="weryfikacja">
        <p className={s.maly}>{k.protokolOpis}</p>
        <Weryfikacja />
      </Karta>
    </Sekcja>
  );
}

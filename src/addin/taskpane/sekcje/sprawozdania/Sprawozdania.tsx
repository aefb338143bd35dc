/**
 * Sprawozdania (reports-and-settlement.md): insert the two report templates (CS-R.1, CS-R.2), check a
 * report live as it is typed, evaluate or settle it, gather reports one level up (CS-R.3) and the
 * deadline tracker (CS-R.4).
 */
import { useState } from 'react';
import { Button, Switch } from '@fluentui/react-components';
import { DocumentAddRegular, ReceiptRegular } from '@fluentui/react-icons';
import { useStan, liczWagi } from '../../stan/StanAplikacji';
import { useOperacja } from '../../stan/useOperacja';
import { uslugi } from '../../uslugi/uslugi';
import { Sekcja } from '../../komponenty/Sekcja';
import { Karta } from '../../komponenty/Karta';
import { KomunikatBledu } from '../../komponenty/KomunikatBledu';
import { useWspolneStyle } from '../../komponenty/style';
import { useJezyk } from '../../i18n/jezyk';
import type { RodzajSzablonu, WynikOperacji } from '../../../../core';
import { blokujaceUwagi, WynikZablokowany } from '../WynikZablokowany';
import { useTekstySprawozdan } from './teksty';
import { Zbierz } from './Zbierz';
import { TrackerTerminow } from './TrackerTerminow';

export default function Sprawozdania() {
  const t = useTekstySprawozdan();
  const { t: tg, kwota } = useJezyk();
  const s = useWspolneStyle();
  const { wynik: uwagi, naZywo, przelaczNaZywo, oglos, zmieniono } = useStan();
  const op = useOperacja();
  const [komunikat, setKomunikat] = useState<string | null>(null);
  const [rozliczenie, setRozliczenie] = useState<WynikOperacji<'sprawozdanie'> | null>(null);

  const wstaw = (rodzaj: RodzajSzablonu) =>
    void op.uruchom(async () => {
      const w = await (await uslugi()).wstawSzablon(rodzaj);
      const tekst = w.wstawione.length ? t.wstawiono(w.wstawione) : w.uwagi.map((u) => u.komunikat).join(' ');
      setKomunikat(tekst);
      oglos(tekst);
      zmieniono();
    });
  const rozlicz = () =>
    void op.uruchom(async (postep) => {
      const w = await (await uslugi()).wykonaj('sprawozdanie', postep);
      setRozliczenie(w);
      zmieniono();
      oglos(w.status === 'ok' ? t.rozliczono : t.zablokowany(blokujaceUwagi(w).length));
    });
  // the core's typed data: a school report's evaluation or a body's settlement (money in grosze)
  const d = rozliczenie?.status === 'ok' ? rozliczenie.dane : null;
  const zadania = d && 'liczbaZadan' in d ? d : null;
  const razem = d && 'razem' in d ? d.razem : null;
  const [b, o] = uwagi && uwagi.zrodlo === 'naZywo' ? liczWagi(uwagi.uwagi) : [null, null];

  return (
    <Sekcja tytul={tg.zakladki.sprawozdania} opis={t.opis}>
      <TrackerTerminow />
      <Karta tytul={t.szablony} ikona={<DocumentAddRegular aria-hidden />} testId="szablony-sprawozdan">
        <div className={s.przyciski}>
          <Button onClick={() => wstaw('sprawozdanie-szkoly')} data-testid="szablon-sprawozdanie-szkoly">
            {t.szablonSzkoly}
          </Button>
          <Button onClick={() => wstaw('sprawozdanie-organu')} data-testid="szablon-sprawozdanie-organu">
            {t.szablonOrganu}
          </Button>
        </div>
        {komunikat && <p className={s.maly}>{komunikat}</p>}
      </Karta>
      <Karta tytul={t.sprawdzanie} ikona={<ReceiptRegular aria-hidden />} testId="rozliczenie">
        <Switch
          checked={naZywo}
          onChange={(_, d) => void przelaczNaZywo(d.checked).catch(() => undefined)}
          label={t.naZywo}
          data-testid="sprawozdania-na-zywo"
        />
        {b !== null && <p className={s.maly}>{t.uwagi(b, o!)}</p>}
        <div className={s.przyciski}>
          <Button appearance="primary" onClick={rozlicz} disabledFocusable={op.trwa} data-testid="rozlicz">
            {t.rozlicz}
          </Button>
        </div>
        {rozliczenie && rozliczenie.status !== 'ok' && (
          <WynikZablokowany wynik={rozliczenie} komunikat={t.zablokowany} />
        )}
        {zadania && <p data-testid="wynik-zadan">{t.zadania(zadania.spelnione, zadania.liczbaZadan)}</p>}
        {razem && (
          <dl className={s.para} data-testid="wynik-rozliczenia">
            <dt className={s.dt}>{t.dotacja}</dt>
            <dd className={s.dd}>{kwota(razem.G)}</dd>
            <dt className={s.dt}>{t.rozliczona}</dt>
            <dd className={s.dd}>{kwota(razem.Z)}</dd>
            <dt className={s.dt}>{t.doZwrotu}</dt>
            <dd className={s.dd}>{kwota(razem.D)}</dd>
          </dl>
        )}
      </Karta>
      <KomunikatBledu tekst={op.blad} zamknij={op.wyczyscBlad} />
      <Zbierz />
    </Sekcja>
  );
}

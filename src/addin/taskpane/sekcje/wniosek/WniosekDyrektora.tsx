/**
 * Wniosek dyrektora: size, cap, Σ support lines, own contribution with the CS-4.3/CS-4.4 working and the
 * Annex 2 coverage, computed by the core from the director’s sheets — re-read when they change (shown) or on demand.
 */
import { useState } from 'react';
import { Badge, Button, Dropdown, Field, Option, Spinner } from '@fluentui/react-components';
import {
  ArrowSyncRegular,
  BuildingRegular,
  CheckboxCheckedRegular,
  MoneyRegular,
  WarningRegular,
} from '@fluentui/react-icons';
import type { ModelWnioskuDyrektora } from '../../../../core';
import { useJezyk } from '../../i18n/jezyk';
import { useStan } from '../../stan/StanAplikacji';
import { useOdczyt } from '../../stan/useOdczyt';
import { Sekcja } from '../../komponenty/Sekcja';
import { Karta } from '../../komponenty/Karta';
import { KomunikatBledu } from '../../komponenty/KomunikatBledu';
import { Nieaktualne, Ostrzezenie } from '../../komponenty/Nieaktualne';
import { useWspolneStyle } from '../../komponenty/style';
import { ListaUwag } from '../sprawdz/ListaUwag';
import { useZaznacz } from '../sprawdz/useZaznacz';
import { arkuszWniosku, modeleWnioskow } from './model';
import { Pokrycie } from './Pokrycie';
import { Stan, Wklad } from './Wklad';

function Szkola({ m }: { m: ModelWnioskuDyrektora }) {
  const { t, kwota } = useJezyk();
  const s = useWspolneStyle();
  const w = t.wniosek;
  const d = m.dane;
  const o = m.wklad;
  return (
    <dl className={s.para} data-testid="szkola">
      <dt className={s.dt}>{w.uczniowie}</dt>
      <dd className={s.dd}>{d.uczniowie ?? '—'}</dd>
      <dt className={s.dt}>{w.wielkosc}</dt>
      <dd className={s.dd} data-testid="wielkosc">
        {d.wielkosc ? t.wielkosci[d.wielkosc] : '—'}
      </dd>
      <dt className={s.dt}>{w.limit}</dt>
      <dd className={s.dd} data-testid="limit">
        {d.limit !== null ? kwota(d.limit) : '—'}
      </dd>
      <dt className={s.dt}>{w.wnioskowana}</dt>
      <dd className={s.dd}>{d.wnioskowana !== null ? kwota(d.wnioskowana) : '—'}</dd>
      {d.wnioskowana !== null && d.limit !== null && d.wnioskowana > d.limit && (
        <dd className={s.caly}>
          <Badge appearance="tint" color="danger" size="small">
            {w.ponadLimit}
          </Badge>
        </dd>
      )}
      <dt className={s.dt}>{w.sumaWsparcia}</dt>
      <dd className={s.dd} data-testid="suma-wsparcia">
        {o ? kwota(o.sumaWsparcia) : '—'}
      </dd>
      {o && d.wnioskowana !== null && (
        <dd className={s.caly}>
          <Stan ok={o.sumaWsparcia === d.wnioskowana} tak={w.zgodna} nie={w.niezgodna} />
        </dd>
      )}
    </dl>
  );
}

export default function WniosekDyrektora() {
  const { t } = useJezyk();
  const s = useWspolneStyle();
  const { oglos } = useStan();
  const w = t.wniosek;
  const odczyt = useOdczyt(arkuszWniosku, modeleWnioskow);
  const zaz = useZaznacz();
  const [wybrany, setWybrany] = useState(0);
  const modele = odczyt.dane ?? [];
  const m = modele[Math.min(wybrany, modele.length - 1)] as ModelWnioskuDyrektora | undefined;
  const odswiez = async () => {
    if (await odczyt.odswiez()) oglos(w.odswiezono);
  };

  return (
    <Sekcja tytul={t.zakladki.wniosek} opis={w.opis}>
      <div className={s.przyciski}>
        <Button
          icon={odczyt.ladowanie ? <Spinner size="tiny" /> : <ArrowSyncRegular />}
          onClick={() => void odswiez()}
          data-testid="odswiez-wniosek"
        >
          {w.odswiez}
        </Button>
      </div>
      <KomunikatBledu
        tekst={odczyt.blad ?? zaz.blad}
        zamknij={odczyt.blad ? undefined : zaz.wyczysc}
        odswiez={odczyt.blad ? () => void odswiez() : undefined}
      />
      <Nieaktualne odczyt={odczyt} />
      {odczyt.dane && modele.length === 0 && (
        <Ostrzezenie tekst={w.brak} odswiez={() => void odswiez()} testId="wniosek-brak" />
      )}
      {modele.length > 1 && (
        <Field label={w.wybor}>
          <Dropdown
            value={m ? `${m.arkusze.wniosek}${m.dane.nazwaSzkoly ? ` — ${m.dane.nazwaSzkoly}` : ''}` : ''}
            selectedOptions={[String(wybrany)]}
            onOptionSelect={(_, d) => setWybrany(Number(d.optionValue ?? 0))}
          >
            {modele.map((x, i) => (
              <Option
                key={x.arkusze.wniosek}
                value={String(i)}
                text={`${x.arkusze.wniosek}${x.dane.nazwaSzkoly ? ` — ${x.dane.nazwaSzkoly}` : ''}`}
              >
                {x.arkusze.wniosek}
                {x.dane.nazwaSzkoly ? ` — ${x.dane.nazwaSzkoly}` : ''}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {m && (
        <>
          <Karta tytul={m.dane.nazwaSzkoly || w.szkola} ikona={<BuildingRegular aria-hidden />} testId="karta-szkoly">
            <Szkola m={m} />
          </Karta>
          <Karta tytul={w.wkladTytul} ikona={<MoneyRegular aria-hidden />} testId="karta-wkladu">
            <Wklad m={m} />
          </Karta>
          <Karta tytul={w.pokrycieTytul} ikona={<CheckboxCheckedRegular aria-hidden />} testId="karta-pokrycia">
            <Pokrycie m={m} />
          </Karta>
          {m.uwagi.length > 0 && (
            <Karta tytul={w.uwagiWniosku(m.uwagi.length)} ikona={<WarningRegular aria-hidden />} testId="uwagi-wniosku">
              <ListaUwag uwagi={m.uwagi} naWybor={zaz.zaznacz} />
            </Karta>
          )}
        </>
      )}
    </Sekcja>
  );
}

/** Szablony: insert any WB-2 template (voivodeship, applications, Part A, JST) into the workbook. */
import { useState } from 'react';
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  OptionGroup,
  Spinner,
} from '@fluentui/react-components';
import { DocumentAddRegular } from '@fluentui/react-icons';
import type { RodzajSzablonu, Uwaga } from '../../../core';
import { useJezyk } from '../i18n/jezyk';
import { useStan } from '../stan/StanAplikacji';
import { useOperacja } from '../stan/useOperacja';
import { uslugi } from '../uslugi/uslugi';
import { Sekcja } from '../komponenty/Sekcja';
import { KomunikatBledu } from '../komponenty/KomunikatBledu';
import { useWspolneStyle } from '../komponenty/style';

export const SZABLONY_CS: RodzajSzablonu[] = [
  'wojewodztwo',
  'wniosek-dyrektora',
  'wniosek-organu',
  'podzial-srodkow',
  'szkolenie',
];
export const SZABLONY_JST: RodzajSzablonu[] = ['diagnoza-jst', 'plan-jst', 'monitoring-jst', 'projekt-fers'];

export interface WynikWstawienia {
  wstawione: string[];
  uwagi: Uwaga[];
}

/** The insert button with its result, shared by Szablony and JST. */
export function useWstawSzablon() {
  const op = useOperacja();
  const { oglos, zmieniono } = useStan();
  const { t } = useJezyk();
  const [wynik, setWynik] = useState<WynikWstawienia | null>(null);
  const wstaw = async (rodzaj: RodzajSzablonu) => {
    setWynik(null);
    const w = await op.uruchom(async () => (await uslugi()).wstawSzablon(rodzaj));
    if (!w) return;
    setWynik(w);
    if (w.wstawione.length > 0) zmieniono();
    oglos(
      w.wstawione.length > 0
        ? t.szablony.wstawiono(w.wstawione.length, w.wstawione.join(', '))
        : t.szablony.nicNieWstawiono,
    );
  };
  return { op, wynik, wstaw };
}

export function WynikSzablonu({ wynik }: { wynik: WynikWstawienia | null }) {
  const { t, tekst } = useJezyk();
  if (!wynik) return null;
  if (wynik.wstawione.length > 0)
    return (
      <MessageBar intent="success" layout="multiline" data-testid="wynik-szablonu">
        <MessageBarBody>{t.szablony.wstawiono(wynik.wstawione.length, wynik.wstawione.join(', '))}</MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="wynik-szablonu">
      <MessageBarBody>
        {t.szablony.nicNieWstawiono}
        <ul>
          {wynik.uwagi.map((u, i) => (
            <li key={i}>{tekst(u)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

export default function Szablony() {
  const { t } = useJezyk();
  const s = useWspolneStyle();
  const [rodzaj, setRodzaj] = useState<RodzajSzablonu>('wojewodztwo');
  const { op, wynik, wstaw } = useWstawSzablon();
  const [nazwa, opis] = t.szablony.rodzaje[rodzaj];
  const opcja = (r: RodzajSzablonu) => (
    <Option key={r} value={r} text={t.szablony.rodzaje[r][0]}>
      {t.szablony.rodzaje[r][0]}
    </Option>
  );
  return (
    <Sekcja tytul={t.zakladki.szablony} opis={t.szablony.opis}>
      <Field label={t.szablony.rodzaj} hint={opis}>
        <Dropdown
          value={nazwa}
          selectedOptions={[rodzaj]}
          onOptionSelect={(_, d) => d.optionValue && setRodzaj(d.optionValue as RodzajSzablonu)}
          data-testid="rodzaj-szablonu"
        >
          <OptionGroup label={t.szablony.grupaCs}>{SZABLONY_CS.map(opcja)}</OptionGroup>
          <OptionGroup label={t.szablony.grupaJst}>{SZABLONY_JST.map(opcja)}</OptionGroup>
        </Dropdown>
      </Field>
      <div className={s.przyciski}>
        <Button
          appearance="primary"
          icon={op.trwa ? <Spinner size="tiny" /> : <DocumentAddRegular />}
          disabledFocusable={op.trwa}
          onClick={() => void wstaw(rodzaj)}
          data-testid="wstaw-szablon"
        >
          {t.szablony.wstaw}
        </Button>
      </div>
      <KomunikatBledu tekst={op.blad} zamknij={op.wyczyscBlad} />
      <WynikSzablonu wynik={wynik} />
    </Sekcja>
  );
}

/** The `Parametry` fields, editable; each shows the core's reading finding for its cell. */
import { Dropdown, Field, Input, Option, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { type Uwaga, WOJEWODZTWA, LOSOWANIE_RECZNE, PODZIAL } from '../../../../core';
import { useJezyk } from '../../i18n/jezyk';
import { POLA_SIO, type Pole, type Teksty } from './pola';

const useStyle = makeStyles({
  siatka: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(88px, 1fr))',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  formularz: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  zmienione: { '& input, & textarea, & button': { backgroundColor: tokens.colorPaletteYellowBackground1 } },
});

export interface FormularzProps {
  wartosci: Teksty;
  zmienione: ReadonlySet<Pole>;
  wgPola: Partial<Record<Pole, Uwaga[]>>;
  bledyZapisu: Partial<Record<Pole, { pl: string; en: string }>>;
  /** the SIO fields are shown with the §9 basis */
  sio: boolean;
  zmien(p: Pole, v: string): void;
}

export function FormularzParametrow({ wartosci, zmienione, wgPola, bledyZapisu, sio, zmien }: FormularzProps) {
  const s = useStyle();
  const { t, jezyk, tekst } = useJezyk();
  const k = t.kwalifikacja;

  const pole = (p: Pole) => {
    const zapis = bledyZapisu[p];
    const uwagi = wgPola[p] ?? [];
    const u = uwagi.find((x) => x.waga === 'błąd') ?? uwagi.find((x) => x.waga === 'ostrzeżenie');
    const podpowiedz = (k.podpowiedzi as Partial<Record<Pole, string>>)[p];
    return {
      label: k.pola[p],
      hint: podpowiedz,
      validationState: zapis || u?.waga === 'błąd' ? ('error' as const) : u ? ('warning' as const) : ('none' as const),
      validationMessage: zapis ? (jezyk === 'en' ? zapis.en : zapis.pl) : u ? tekst(u) : undefined,
      className: zmienione.has(p) ? s.zmienione : undefined,
    };
  };
  const input = (p: Pole, extra: Partial<Parameters<typeof Input>[0]> = {}) => (
    <Field {...pole(p)}>
      <Input value={wartosci[p]} onChange={(_, d) => zmien(p, d.value)} data-testid={`pole-${p}`} {...extra} />
    </Field>
  );
  /** a vocabulary field whose empty value means the first entry (`Podział…`, `Losowanie ręczne`) */
  const lista = (p: 'podzial' | 'losowanie', wartosciListy: readonly string[]) => {
    const domyslna = `${wartosciListy[0]} ${k.domyslny}`;
    return (
      <Field {...pole(p)}>
        <Dropdown
          value={wartosci[p] || domyslna}
          selectedOptions={[wartosci[p]]}
          onOptionSelect={(_, d) => zmien(p, d.optionValue ?? '')}
          data-testid={`pole-${p}`}
        >
          <Option value="" text={domyslna}>
            {domyslna}
          </Option>
          {wartosciListy.map((w) => (
            <Option key={w} value={w}>
              {w}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  };

  return (
    <div className={s.formularz}>
      <Field {...pole('wojewodztwo')}>
        <Dropdown
          value={wartosci.wojewodztwo}
          selectedOptions={[wartosci.wojewodztwo]}
          placeholder={k.wybierz}
          onOptionSelect={(_, d) => zmien('wojewodztwo', d.optionValue ?? '')}
          data-testid="pole-wojewodztwo"
        >
          {WOJEWODZTWA.map((w) => (
            <Option key={w.teryt} value={w.nazwa}>
              {w.nazwa}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {input('kwota', { contentAfter: 'zł', inputMode: 'decimal' })}
      {input('udzial', { contentAfter: '%', inputMode: 'decimal', placeholder: k.domyslny })}
      {lista('podzial', PODZIAL.wartosci)}
      {sio && (
        <div className={s.siatka}>
          {POLA_SIO.map((p) => (
            <div key={p}>{input(p, { inputMode: 'numeric' })}</div>
          ))}
        </div>
      )}
      {input('ziarno')}
      {lista('losowanie', LOSOWANIE_RECZNE.wartosci)}
      {input('data', { placeholder: 'RRRR-MM-DD' })}
      <Field {...pole('sklad')}>
        <Textarea
          value={wartosci.sklad}
          resize="vertical"
          onChange={(_, d) => zmien('sklad', d.value)}
          data-testid="pole-sklad"
        />
      </Field>
    </div>
  );
}

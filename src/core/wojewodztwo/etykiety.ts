/** WB-2 `Parametry` labels (no imports: the task pane's initial bundle uses them too). */
export const ETYKIETY_PARAMETROW = {
  wojewodztwo: 'Województwo',
  kwota: 'Kwota środków (zł)',
  udzial: 'Udział wariantu I (%)',
  podzial: 'Podział kwoty wariantu na wielkości szkół',
  sioMale: 'Liczba szkół małych (SIO)',
  sioSrednie: 'Liczba szkół średnich (SIO)',
  sioDuze: 'Liczba szkół dużych (SIO)',
  ziarno: 'Ziarno losowania',
  losowanie: 'Losowanie ręczne',
  data: 'Data posiedzenia zespołu',
  sklad: 'Skład zespołu',
} as const;

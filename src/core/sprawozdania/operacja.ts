/**
 * `sprawozdanie` (WB-4): a school report (CS-R.1) or a body's report with its settlement (CS-R.2),
 * recognised by its sheet names; writes the owned result sheets and returns the spec's JSON.
 */
import type { Kontekst, WynikOperacji } from '../api';
import type { ZeszytSnapshot } from '../zeszyt/model';
import { znajdzArkusz } from '../zeszyt/czytnik';
import { CYFROWA_SZKOLA_2012 } from '../program/definicja';
import { kwotaEn, kwotaPl } from '../kwota';
import { uwaga } from '../uwagi';
import { uwagiJson } from '../zeszyt/arkuszUwag';
import { gotowe, odmowa, odmowaDlugosci, zablokowane } from '../wynikOperacji';
import { czytajSprawozdanieSzkoly } from './czytajSzkole';
import { ocenZadania } from './zadania';
import { arkuszOceny, liniaPodsumowania, szkolaJson } from './arkuszOceny';
import { czytajSprawozdanieOrganu } from './czytajOrgan';
import { arkuszNieuwzglednionych, arkuszRozliczenia, arkuszZestawienia, sumyRozliczenia } from './arkuszeOrganu';
import { daneOrganu, organJson, type DaneOrganu } from './json';
import { ARKUSZ_SPRAWOZDANIA_ORGANU, ARKUSZ_SPRAWOZDANIA_SZKOLY, ARKUSZ_WYDATKOW } from './schemat';
import { udzialWkladu } from './rozliczenie';
import { rodzajSprawozdania } from './rodzaj';

/**
 * `sprawozdanie`'s data: a school report's evaluation, or a body's settlement with money in grosze (its JSON,
 * `organJson`, has the WB-4.1 strings).
 */
export type DaneSprawozdania = (ReturnType<typeof szkolaJson> | DaneOrganu) & {
  uwagi: ReturnType<typeof uwagiJson>['uwagi'];
};

export function sprawozdanie(z: ZeszytSnapshot, k: Kontekst): WynikOperacji<'sprawozdanie'> {
  const dlugi = odmowaDlugosci(z.arkusze);
  if (dlugi) return odmowa(dlugi, k.jezyk);
  const rodzaj = rodzajSprawozdania(z);
  if (rodzaj === 'organu') return sprawozdanieOrganu(z, k);
  if (rodzaj === 'szkoły') return sprawozdanieSzkoly(z, k);
  return zablokowane(
    [
      uwaga(
        null,
        null,
        'błąd',
        'CS-R',
        `Skoroszyt nie jest sprawozdaniem: brak arkusza „${ARKUSZ_SPRAWOZDANIA_SZKOLY}” i „${ARKUSZ_SPRAWOZDANIA_ORGANU}”.`,
        `The workbook is not a report: neither "${ARKUSZ_SPRAWOZDANIA_SZKOLY}" nor "${ARKUSZ_SPRAWOZDANIA_ORGANU}" is present.`,
        { blokujaca: true },
      ),
    ],
    k.jezyk,
    'sprawozdanie',
  );
}

function sprawozdanieSzkoly(z: ZeszytSnapshot, k: Kontekst): WynikOperacji<'sprawozdanie'> {
  const program = k.program ?? CYFROWA_SZKOLA_2012;
  const r = czytajSprawozdanieSzkoly(z, program);
  if (!r.dane) return zablokowane(r.uwagi, k.jezyk, 'sprawozdanie');
  const o = ocenZadania(r.dane.wartosci, r.dane.wielkosc, r.dane.wariant);
  const json = { ...szkolaJson(o), uwagi: uwagiJson(r.uwagi, k.jezyk).uwagi };
  return gotowe(z, k, [arkuszOceny(r.dane, o)], r.uwagi, json, json, [liniaPodsumowania(o, k.jezyk)], {
    operacja: 'sprawozdanie',
  });
}

function sprawozdanieOrganu(z: ZeszytSnapshot, k: Kontekst): WynikOperacji<'sprawozdanie'> {
  const program = k.program ?? CYFROWA_SZKOLA_2012;
  const r = czytajSprawozdanieOrganu(z, program);
  if (r.odmowa) return odmowa(r.odmowa, k.jezyk, r.uwagi);
  if (!r.dane) return zablokowane(r.uwagi, k.jezyk, 'sprawozdanie');
  const o = r.dane;
  k.postep?.(1, 'rozliczenie');
  const razem = sumyRozliczenia(o).razem;
  const udzial = udzialWkladu(razem);
  const kw = k.jezyk === 'en' ? kwotaEn : kwotaPl;
  const podsumowanie =
    k.jezyk === 'en'
      ? [
          `Settled ${o.szkoly.length} school(s) (CS-R.2b): grant ${kw(razem.G)}, settled ${kw(razem.Z)}, to return ${kw(razem.D)}; own share ${udzial ?? '—'} %.`,
          `Lines counted: ${o.uwzglednione.length}; not counted: ${o.nieuwzglednione.length} (CS-R.2a).`,
        ]
      : [
          `Rozliczono szkół: ${o.szkoly.length} (CS-R.2b): dotacja ${kw(razem.G)}, rozliczona ${kw(razem.Z)}, do zwrotu ${kw(razem.D)}; udział wkładu własnego ${udzial?.replace('.', ',') ?? '—'} %.`,
          `Wydatki uwzględnione: ${o.uwzglednione.length}; nieuwzględnione: ${o.nieuwzglednione.length} (CS-R.2a).`,
        ];
  const arkuszWydatkow = znajdzArkusz(z, ARKUSZ_WYDATKOW)!.nazwa;
  const uwagiJ = uwagiJson(r.uwagi, k.jezyk).uwagi;
  const organ = daneOrganu(o);
  return gotowe(
    z,
    k,
    [arkuszRozliczenia(o), arkuszZestawienia(o), arkuszNieuwzglednionych(o, arkuszWydatkow)],
    r.uwagi,
    { ...organ, uwagi: uwagiJ },
    { ...organJson(organ), uwagi: uwagiJ },
    podsumowanie,
    { operacja: 'sprawozdanie' },
  );
}

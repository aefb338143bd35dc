/** JST-3: every high-priority recommendation triggered by the diagnosis is addressed by an action. */
import { uwaga, type Uwaga } from '../../uwagi';
import type { WynikReguly } from '../diagnoza/rekomendacje';
import type { IdReguly } from '../diagnoza/reguly';
import { ARKUSZ_PLANU, HP, type Dzialanie } from './plan';
import { lista } from '../../tekst/lista';

export interface Pokrycie {
  /** high-priority recommendations triggered by the diagnosis */
  wymagane: IdReguly[];
  nieuwzglednione: IdReguly[];
  /** recommendation id → rows of the actions that address it */
  dzialania: Partial<Record<IdReguly, number[]>>;
}

export function pokrycieRekomendacji(
  dzialania: readonly Dzialanie[],
  rekomendacje: readonly WynikReguly[],
): { pokrycie: Pokrycie; uwagi: Uwaga[] } {
  const wymagane = rekomendacje.filter((g) => g.uruchomiona && g.regula.priorytet === 'wysoki');
  const mapa: Partial<Record<IdReguly, number[]>> = {};
  for (const d of dzialania) for (const id of d.rekomendacje) (mapa[id] ??= []).push(d.wiersz);
  const nie = wymagane.filter((g) => !mapa[g.regula.id]);
  const uwagi: Uwaga[] = [];
  if (nie.length) {
    const pl = nie
      .map(
        (g) =>
          `${g.regula.id} (${g.regula.tekst} — szkoły: ${lista(
            g.szkoly.map((s) => s.szkola.szkola.etykieta),
            20,
          )})`,
      )
      .join('; ');
    const en = nie
      .map(
        (g) =>
          `${g.regula.id} (schools: ${lista(
            g.szkoly.map((s) => s.szkola.szkola.etykieta),
            20,
          )})`,
      )
      .join('; ');
    uwagi.push(
      uwaga(
        ARKUSZ_PLANU,
        null,
        'ostrzeżenie',
        'JST-3',
        `Rekomendacje o wysokim priorytecie bez działania w planie (kolumna „${HP.rekomendacja}”): ${pl}.`,
        `High-priority recommendations not addressed by any action (column "${HP.rekomendacja}"): ${en}.`,
      ),
    );
  }
  return {
    pokrycie: {
      wymagane: wymagane.map((g) => g.regula.id),
      nieuwzglednione: nie.map((g) => g.regula.id),
      dzialania: mapa,
    },
    uwagi,
  };
}

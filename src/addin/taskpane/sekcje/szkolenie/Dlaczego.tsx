/** Dlaczego?: the core's narrative for one school (the same as `cyfrowa-szkola wyjasnij`). */
import { useMemo } from 'react';
import { Button } from '@fluentui/react-components';
import { wyjasnij, type ZeszytSnapshot } from '../../../../core';
import { useJezyk } from '../../i18n/jezyk';
import { kontekst } from './model';
import { useTekstySzkolenia } from './teksty';

export function Dlaczego({ zeszyt, regon, zamknij }: { zeszyt: ZeszytSnapshot; regon: string; zamknij: () => void }) {
  const { jezyk } = useJezyk();
  const t = useTekstySzkolenia();
  const w = useMemo(() => wyjasnij(zeszyt, regon, kontekst(jezyk)), [zeszyt, regon, jezyk]);
  const [tytul, ...zdania] = w.podsumowanie;
  return (
    <div data-testid="dlaczego" aria-live="polite">
      <p>
        <strong>{tytul ?? w.uwagi.map((u) => (jezyk === 'en' ? u.message : u.komunikat)).join(' ')}</strong>
      </p>
      <ol>
        {zdania.map((z, i) => (
          <li key={i}>{z}</li>
        ))}
      </ol>
      <Button size="small" onClick={zamknij}>
        {t.zamknij}
      </Button>
    </div>
  );
}

/** Selecting a finding's cell in Excel (and saying so to screen readers). */
import { useCallback, useState } from 'react';
import type { Uwaga } from '../../../../core';
import { useJezyk } from '../../i18n/jezyk';
import { useStan } from '../../stan/StanAplikacji';
import { uslugi } from '../../uslugi/uslugi';
import { tekstBledu } from '../../uslugi/bledy';

export function useZaznacz(): { zaznacz(u: Uwaga): void; blad: string | null; wyczysc(): void } {
  const { t, jezyk } = useJezyk();
  const { oglos } = useStan();
  const [blad, setBlad] = useState<string | null>(null);
  const zaznacz = useCallback(
    (u: Uwaga) => {
      if (!u.arkusz) return;
      const adres = `${u.arkusz}${u.komorka ? `!${u.komorka}` : ''}`;
      setBlad(null);
      uslugi()
        .then((s) => s.zaznacz(u.arkusz!, u.komorka))
        .then(() => oglos(t.sprawdz.zaznaczono(adres)))
        .catch((e) => setBlad(tekstBledu(e, jezyk)));
    },
    [t, jezyk, oglos],
  );
  return { zaznacz, blad, wyczysc: useCallback(() => setBlad(null), []) };
}

/** Zweryfikuj protokół: recompute the fingerprint (CS-Z3.F) and compare it with the protocol's. */
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, mergeClasses } from '@fluentui/react-components';
import { FingerprintRegular } from '@fluentui/react-icons';
import { useJezyk } from '../../i18n/jezyk';
import { useStan } from '../../stan/StanAplikacji';
import { useOperacja } from '../../stan/useOperacja';
import { uslugi } from '../../uslugi/uslugi';
import { KomunikatBledu } from '../../komponenty/KomunikatBledu';
import { useWspolneStyle } from '../../komponenty/style';

type Wynik = Awaited<ReturnType<Awaited<ReturnType<typeof uslugi>>['zweryfikujProtokol']>>;

export function Weryfikacja() {
  const { t } = useJezyk();
  const s = useWspolneStyle();
  const { oglos } = useStan();
  const op = useOperacja();
  const [wynik, setWynik] = useState<Wynik | null>(null);
  const k = t.kwalifikacja;

  const weryfikuj = async () => {
    setWynik(null);
    const w = await op.uruchom(async () => (await uslugi()).zweryfikujProtokol());
    if (!w) return;
    setWynik(w);
    oglos(w.odciskProtokolu === null ? k.brakProtokolu : w.zgodny ? k.zgodny : k.niezgodny);
  };

  return (
    <>
      <div className={s.przyciski}>
        <Button
          icon={op.trwa ? <Spinner size="tiny" /> : <FingerprintRegular />}
          disabledFocusable={op.trwa}
          onClick={() => void weryfikuj()}
          data-testid="weryfikuj"
        >
          {k.weryfikuj}
        </Button>
      </div>
      <KomunikatBledu tekst={op.blad} zamknij={op.wyczyscBlad} />
      {wynik && (
        <MessageBar
          intent={wynik.odciskProtokolu === null ? 'info' : wynik.zgodny ? 'success' : 'warning'}
          layout="multiline"
          data-testid="wynik-weryfikacji"
          data-zgodny={String(wynik.zgodny)}
        >
          <MessageBarBody>
            {wynik.odciskProtokolu === null ? k.brakProtokolu : wynik.zgodny ? k.zgodny : k.niezgodny}
            {wynik.odciskProtokolu !== null && (
              <span className={mergeClasses(s.maly, s.blok)}>
                {k.odciskTeraz}: <span className={s.mono}>{wynik.odcisk.slice(0, 16)}…</span> · {k.odciskProtokolu}:{' '}
                <span className={s.mono}>{wynik.odciskProtokolu.slice(0, 16)}…</span>
              </span>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

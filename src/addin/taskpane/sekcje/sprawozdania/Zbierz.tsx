/**
 * CS-R.3 `Zbierz` in the pane: the user picks the source files (several at once); they are read here
 * by the lazily imported reader (ExcelJS, the CLI's snapshot mapping) and gathered into the open workbook.
 */
import type { WynikOperacji } from '../../../../core';
import { useId, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, mergeClasses } from '@fluentui/react-components';
import { ArrowImportRegular, DocumentFolderRegular } from '@fluentui/react-icons';
import { useStan } from '../../stan/StanAplikacji';
import { useOperacja } from '../../stan/useOperacja';
import { uslugi } from '../../uslugi/uslugi';
import { Karta } from '../../komponenty/Karta';
import { KomunikatBledu } from '../../komponenty/KomunikatBledu';
import { PasekPostepu } from '../../komponenty/PasekPostepu';
import { NaglowekTabeli } from '../../komponenty/NaglowekTabeli';
import { useWspolneStyle } from '../../komponenty/style';
import { blokujaceUwagi, WynikZablokowany } from '../WynikZablokowany';
import { useTekstySprawozdan } from './teksty';

interface ZbierzJson {
  zrodla: Array<{
    plik: string;
    status: 'przyjęte' | 'nieprzyjęte';
    uwagi: Array<{ waga: string; komunikat: string }>;
  }>;
  wynik: { razem: Record<string, string | number | null> };
}

export function Zbierz() {
  const t = useTekstySprawozdan();
  const s = useWspolneStyle();
  const { oglos, zmieniono } = useStan();
  const op = useOperacja();
  const id = useId();
  const [pliki, setPliki] = useState<File[]>([]);
  const [wynik, setWynik] = useState<WynikOperacji | null>(null);
  const naglowek = useRef<HTMLHeadingElement>(null);

  const zbierz = async () => {
    setWynik(null);
    const w = await op.uruchom(async (postep) => {
      const { czytajPliki } = await import(/* webpackChunkName: "czytaj-pliki" */ './czytajPliki');
      const zrodla = await czytajPliki(pliki, (f) => postep(f * 0.4, 'pliki'));
      return (await uslugi()).zbierz(zrodla, (f, etap) => postep(0.4 + f * 0.6, etap));
    });
    if (!w) return;
    setWynik(w);
    zmieniono();
    const j = w.status === 'ok' ? (w.json as ZbierzJson) : null;
    oglos(
      j
        ? t.wynikZbierania(j.zrodla.filter((z) => z.status === 'przyjęte').length, j.zrodla.length)
        : t.zablokowany(blokujaceUwagi(w).length),
    );
    window.setTimeout(() => naglowek.current?.focus(), 0);
  };
  const j = wynik?.status === 'ok' ? (wynik.json as ZbierzJson) : null;

  return (
    <Karta tytul={t.zbierz} ikona={<DocumentFolderRegular aria-hidden />} testId="zbierz">
      <p className={s.maly}>{t.zbierzPomoc}</p>
      <label htmlFor={id}>{t.wybierzPliki}</label>
      <input
        id={id}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="zbierz-pliki"
        onChange={(e) => setPliki(Array.from(e.target.files ?? []))}
      />
      {pliki.length > 0 && <p className={s.maly}>{t.wybrane(pliki.length)}</p>}
      <div className={s.przyciski}>
        <Button
          appearance="primary"
          icon={op.trwa ? <Spinner size="tiny" /> : <ArrowImportRegular />}
          disabledFocusable={op.trwa || pliki.length === 0}
          onClick={() => void zbierz()}
          data-testid="uruchom-zbierz"
        >
          {t.uruchomZbierz}
        </Button>
      </div>
      {op.trwa && <PasekPostepu etykieta={t.trwa} postep={op.postep} />}
      <KomunikatBledu tekst={op.blad} zamknij={op.wyczyscBlad} />
      {wynik && wynik.status !== 'ok' && <WynikZablokowany wynik={wynik} komunikat={t.zablokowany} />}
      {j && (
        <div data-testid="wynik-zbierania">
          <h3 ref={naglowek} tabIndex={-1} className={s.maly}>
            {t.wynikZbierania(j.zrodla.filter((z) => z.status === 'przyjęte').length, j.zrodla.length)}
          </h3>
          <table className={s.tabela} data-testid="zrodla">
            <NaglowekTabeli kolumny={[{ tekst: t.plik }, { tekst: t.status }]} />
            <tbody>
              {j.zrodla.map((z, i) => (
                <tr key={i} data-plik={z.plik} data-status={z.status}>
                  <th className={mergeClasses(s.td, s.etykietaWiersza)} scope="row">
                    {z.plik}
                    {z.status === 'nieprzyjęte' && (
                      <ul className={s.maly}>
                        {z.uwagi
                          .filter((u) => u.waga === 'błąd')
                          .map((u, k) => (
                            <li key={k}>{u.komunikat}</li>
                          ))}
                      </ul>
                    )}
                  </th>
                  <td className={mergeClasses(s.td, z.status === 'przyjęte' ? s.ok : s.zle)}>{z.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <MessageBar intent="success">
            <MessageBarBody>{t.razem}</MessageBarBody>
          </MessageBar>
          <dl className={s.para} data-testid="razem-zbierania">
            {Object.entries(j.wynik.razem)
              .filter(([, v]) => v !== null && v !== '')
              .map(([k, v]) => (
                <div key={k} style={{ display: 'contents' }}>
                  <dt className={s.dt}>{k}</dt>
                  <dd className={s.dd} data-klucz={k}>
                    {String(v)}
                  </dd>
                </div>
              ))}
          </dl>
        </div>
      )}
    </Karta>
  );
}

/**
 * Findings grouped by sheet (accordion, all open) and severity, each a button selecting its cell.
 * Long groups show the first 50 and a "show more" button (a 6 000-row workbook can have thousands).
 */
import { useMemo, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Uwaga, Waga } from '../../../../core';
import { useJezyk } from '../../i18n/jezyk';
import { grupujUwagi, KOLEJNOSC_WAG, type GrupaWagi } from './grupuj';
import { IkonaWagi } from './IkonaWagi';
import { PozycjaUwagi } from './PozycjaUwagi';

const NA_STRONE = 50;

const useStyle = makeStyles({
  naglowek: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, width: '100%', minWidth: 0 },
  nazwa: {
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    flexGrow: 1,
  },
  liczby: { display: 'flex', columnGap: tokens.spacingHorizontalXXS, flexShrink: 0 },
  waga: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  lista: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  panel: { marginLeft: 0, marginRight: 0, paddingBottom: tokens.spacingVerticalS },
});

const KOLOR: Record<Waga, 'danger' | 'warning' | 'informative'> = {
  błąd: 'danger',
  ostrzeżenie: 'warning',
  informacja: 'informative',
};

function GrupaWag({ g, naWybor }: { g: GrupaWagi; naWybor(u: Uwaga): void }) {
  const s = useStyle();
  const { t } = useJezyk();
  const [ile, setIle] = useState(NA_STRONE);
  const reszta = g.uwagi.length - ile;
  return (
    <>
      <h4 className={s.waga}>
        <IkonaWagi waga={g.waga} />
        {t.wagiMnoga[g.waga]} ({g.uwagi.length})
      </h4>
      <ul className={s.lista}>
        {g.uwagi.slice(0, ile).map((u, i) => (
          <PozycjaUwagi key={i} uwaga={u} naWybor={naWybor} />
        ))}
      </ul>
      {reszta > 0 && (
        <Button appearance="subtle" size="small" onClick={() => setIle((n) => n + NA_STRONE * 4)}>
          {t.sprawdz.pokazWiecej(reszta)}
        </Button>
      )}
    </>
  );
}

export function ListaUwag({
  uwagi,
  naWybor,
  widoczne,
}: {
  uwagi: readonly Uwaga[];
  naWybor(u: Uwaga): void;
  widoczne?: ReadonlySet<Waga>;
}) {
  const s = useStyle();
  const { t } = useJezyk();
  const grupy = useMemo(() => grupujUwagi(uwagi, widoczne), [uwagi, widoczne]);
  const klucze = grupy.map((g) => g.arkusz ?? '\u0000');
  const [zamkniete, setZamkniete] = useState<Set<string>>(new Set());
  return (
    <Accordion
      multiple
      collapsible
      openItems={klucze.filter((k) => !zamkniete.has(k))}
      onToggle={(_, d) => {
        const k = String(d.value);
        setZamkniete((z) => {
          const n = new Set(z);
          if (n.has(k)) n.delete(k);
          else n.add(k);
          return n;
        });
      }}
      data-testid="lista-uwag"
    >
      {grupy.map((g) => {
        const klucz = g.arkusz ?? '\u0000';
        return (
          <AccordionItem key={klucz} value={klucz}>
            <AccordionHeader size="small" expandIconPosition="end">
              <span className={s.naglowek}>
                <span className={s.nazwa}>{g.arkusz ?? t.sprawdz.skoroszyt}</span>
                <span className={s.liczby}>
                  {KOLEJNOSC_WAG.filter((w) => g.liczby[w] > 0).map((w) => (
                    <Badge
                      key={w}
                      size="small"
                      appearance="filled"
                      color={KOLOR[w]}
                      aria-label={`${t.wagiMnoga[w]}: ${g.liczby[w]}`}
                    >
                      {g.liczby[w]}
                    </Badge>
                  ))}
                </span>
              </span>
            </AccordionHeader>
            <AccordionPanel className={s.panel}>
              {g.wagi.map((gw) => (
                <GrupaWag key={gw.waga} g={gw} naWybor={naWybor} />
              ))}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}

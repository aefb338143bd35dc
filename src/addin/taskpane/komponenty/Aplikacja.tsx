/**
 * The pane: header, section tabs (lazy-loaded sections, each in an error boundary with a retry), the live region
 * and global errors. Sections are idle while the pane is hidden (the shared runtime keeps the page alive).
 */
import { useEffect, useState, type ComponentType } from 'react';
import { FluentProvider, makeStyles, Spinner, Tab, TabList, tokens, webLightTheme } from '@fluentui/react-components';
import {
  BuildingGovernmentRegular,
  ClipboardTaskListLtrRegular,
  DataPieRegular,
  DocumentAddRegular,
  FormRegular,
  HatGraduationRegular,
  ReceiptRegular,
  ShieldCheckmarkRegular,
} from '@fluentui/react-icons';
import { DostawcaJezyka, useJezyk } from '../i18n/jezyk';
import { DostawcaStanu, useStan } from '../stan/StanAplikacji';
import { Naglowek } from './Naglowek';
import { Ogloszenia } from './Ogloszenia';
import { KomunikatBledu } from './KomunikatBledu';
import { WidocznoscSekcji } from '../stan/widocznosc';
import { useWidocznoscPanelu } from '../stan/widocznoscPanelu';
import { GranicaBledu } from './GranicaBledu';
import { SekcjaLeniwa } from './SekcjaLeniwa';

type Zakladka = 'szablony' | 'sprawdz' | 'wniosek' | 'kwalifikacja' | 'szkolenie' | 'podzial' | 'jst' | 'sprawozdania';

const ladowanie: Record<Zakladka, () => Promise<{ default: ComponentType }>> = {
  szablony: () => import(/* webpackChunkName: "sekcja-szablony" */ '../sekcje/Szablony'),
  sprawdz: () => import(/* webpackChunkName: "sekcja-sprawdz" */ '../sekcje/sprawdz/Sprawdz'),
  wniosek: () => import(/* webpackChunkName: "sekcja-wniosek" */ '../sekcje/wniosek/WniosekDyrektora'),
  kwalifikacja: () => import(/* webpackChunkName: "sekcja-kwalifikacja" */ '../sekcje/kwalifikacja/Kwalifikacja'),
  szkolenie: () => import(/* webpackChunkName: "sekcja-szkolenie" */ '../sekcje/szkolenie/Szkolenie'),
  podzial: () => import(/* webpackChunkName: "sekcja-podzial" */ '../sekcje/Podzial'),
  jst: () => import(/* webpackChunkName: "sekcja-jst" */ '../sekcje/Jst'),
  sprawozdania: () => import(/* webpackChunkName: "sekcja-sprawozdania" */ '../sekcje/sprawozdania/Sprawozdania'),
};
const ZAKLADKI: Zakladka[] = [
  'szablony',
  'sprawdz',
  'wniosek',
  'kwalifikacja',
  'szkolenie',
  'podzial',
  'jst',
  'sprawozdania',
];
const IKONY: Record<Zakladka, JSX.Element> = {
  szablony: <DocumentAddRegular />,
  sprawdz: <ShieldCheckmarkRegular />,
  wniosek: <FormRegular />,
  kwalifikacja: <ClipboardTaskListLtrRegular />,
  szkolenie: <HatGraduationRegular />,
  podzial: <DataPieRegular />,
  jst: <BuildingGovernmentRegular />,
  sprawozdania: <ReceiptRegular />,
};
const KLUCZ = 'cyfrowa-szkola.zakladka';

const useStyle = makeStyles({
  korzen: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  zakladki: {
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    position: 'sticky',
    top: 0,
    zIndex: 1,
  },
  tresc: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, flexGrow: 1 },
  czekaj: { padding: tokens.spacingVerticalXXL },
});

function poczatkowa(): Zakladka {
  try {
    const z = window.localStorage.getItem(KLUCZ) as Zakladka | null;
    return z && ZAKLADKI.includes(z) ? z : 'sprawdz';
  } catch {
    return 'sprawdz';
  }
}

function Panel() {
  const s = useStyle();
  const { t, jezyk } = useJezyk();
  const { bladGlobalny, ustawBladGlobalny } = useStan();
  const panelWidoczny = useWidocznoscPanelu();
  const [zakladka, setZakladka] = useState<Zakladka>(poczatkowa);
  // visited sections stay mounted (hidden) so their results survive switching tabs
  const [odwiedzone, setOdwiedzone] = useState<Zakladka[]>(() => [zakladka]);

  useEffect(() => {
    document.documentElement.lang = jezyk;
  }, [jezyk]);
  // the other sections' code is fetched while the user reads the first one
  useEffect(() => {
    const id = window.setTimeout(() => ZAKLADKI.forEach((z) => void ladowanie[z]().catch(() => undefined)), 1500);
    return () => window.clearTimeout(id);
  }, []);

  const wybierz = (z: Zakladka) => {
    setZakladka(z);
    setOdwiedzone((o) => (o.includes(z) ? o : [...o, z]));
    try {
      window.localStorage.setItem(KLUCZ, z);
    } catch {
      // no storage: the tab is not remembered
    }
  };

  return (
    <div className={s.korzen}>
      <Naglowek />
      <TabList
        className={s.zakladki}
        size="small"
        selectedValue={zakladka}
        onTabSelect={(_, d) => wybierz(d.value as Zakladka)}
        aria-label={t.aplikacja.nawigacja}
      >
        {ZAKLADKI.map((z) => (
          <Tab
            key={z}
            value={z}
            icon={IKONY[z]}
            id={`zakladka-${z}`}
            aria-controls={`panel-${z}`}
            data-testid={`zakladka-${z}`}
          >
            {t.zakladki[z]}
          </Tab>
        ))}
      </TabList>
      <main className={s.tresc}>
        <KomunikatBledu tekst={bladGlobalny} zamknij={() => ustawBladGlobalny(null)} />
        {odwiedzone.map((z) => (
          <div
            key={z}
            role="tabpanel"
            id={`panel-${z}`}
            aria-labelledby={`zakladka-${z}`}
            hidden={z !== zakladka}
            data-testid={`panel-${z}`}
          >
            <WidocznoscSekcji.Provider value={z === zakladka && panelWidoczny}>
              <SekcjaLeniwa
                laduj={ladowanie[z]}
                zapas={<Spinner className={s.czekaj} label={t.aplikacja.ladowanie} />}
              />
            </WidocznoscSekcji.Provider>
          </div>
        ))}
      </main>
      <Ogloszenia />
    </div>
  );
}

export function Aplikacja() {
  return (
    <FluentProvider theme={webLightTheme}>
      <DostawcaJezyka>
        <GranicaBledu>
          <DostawcaStanu>
            <Panel />
          </DostawcaStanu>
        </GranicaBledu>
      </DostawcaJezyka>
    </FluentProvider>
  );
}

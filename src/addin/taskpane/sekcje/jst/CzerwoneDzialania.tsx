/** JST-4: the actions whose latest status is red, with how long they have been red and the core's explanation. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useJezyk } from '../../i18n/jezyk';
import { useTekstyJst } from '../../i18n/jst';
import { useWspolneStyle } from '../../komponenty/style';
import { TEKST, TLO } from './kolory';
import { nazwaMiesiaca, procent, type CzerwoneDzialanie } from './model';
import { useStyleJst } from './style';

const useStyle = makeStyles({
  pozycja: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${TEKST.czerwony}`,
    borderRadius: `0 ${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0`,
    backgroundColor: '#FFF5F6',
  },
  nazwa: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: '2px',
    alignItems: 'center',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  znacznik: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: TLO.czerwony,
    color: TEKST.czerwony,
  },
  objasnienie: {
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
});

export function CzerwoneDzialania({ dzialania }: { dzialania: readonly CzerwoneDzialanie[] }) {
  const { jezyk } = useJezyk();
  const tj = useTekstyJst();
  const s = useWspolneStyle();
  const sj = useStyleJst();
  const st = useStyle();
  const p = tj.pulpit;
  if (dzialania.length === 0) return <p className={s.maly}>{p.brakCzerwonych}</p>;
  return (
    <ul className={sj.lista} data-testid="jst-czerwone">
      {dzialania.map((d) => (
        <li key={d.dzialanie} className={st.pozycja} data-testid="jst-czerwone-dzialanie">
          <span className={st.nazwa}>{d.dzialanie}</span>
          <span className={st.meta}>
            <span>{p.czerwoneOd(nazwaMiesiaca(d.od, jezyk), d.miesiecy)}</span>
            {d.postep !== null && d.postepPlanowany !== null && (
              <span>{p.postep(procent(d.postep, jezyk), procent(d.postepPlanowany, jezyk))}</span>
            )}
            {d.poTerminie && <span className={st.znacznik}>{p.poTerminie}</span>}
            {d.przekroczenieBudzetu && <span className={st.znacznik}>{p.przekroczenie}</span>}
          </span>
          <span className={st.objasnienie}>{d.objasnienie}</span>
        </li>
      ))}
    </ul>
  );
}

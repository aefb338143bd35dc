/** The severity icon in Fluent's status colours (error red, warning amber, info blue). */
import { makeStyles, tokens, mergeClasses } from '@fluentui/react-components';
import { ErrorCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import type { Waga } from '../../../../core';

const useStyle = makeStyles({
  ikona: { fontSize: '16px', flexShrink: 0 },
  błąd: { color: tokens.colorStatusDangerForeground1 },
  ostrzeżenie: { color: tokens.colorStatusWarningForeground3 },
  informacja: { color: tokens.colorBrandForeground1 },
});

export function IkonaWagi({ waga }: { waga: Waga }) {
  const s = useStyle();
  const Ikona = waga === 'błąd' ? ErrorCircleFilled : waga === 'ostrzeżenie' ? WarningFilled : InfoFilled;
  return <Ikona aria-hidden className={mergeClasses(s.ikona, s[waga])} />;
}

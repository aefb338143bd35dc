/** Progress of a long operation: a bar (role=progressbar) and its stage (announced politely). */
import { Field, ProgressBar } from '@fluentui/react-components';
import { useJezyk } from '../i18n/jezyk';

export function PasekPostepu({
  etykieta,
  postep,
}: {
  etykieta: string;
  postep: { ulamek: number; etap: string } | null;
}) {
  const { t } = useJezyk();
  const procent = postep ? Math.round(postep.ulamek * 100) : null;
  const etap = postep ? (t.etapy[postep.etap] ?? postep.etap) : '';
  const duza = etap.charAt(0).toUpperCase() + etap.slice(1);
  return (
    <Field
      label={etykieta}
      validationState="none"
      validationMessage={<span aria-live="polite">{postep ? `${duza} — ${procent} %` : t.wspolne.trwa}</span>}
    >
      <ProgressBar
        value={postep ? postep.ulamek : undefined}
        max={1}
        thickness="large"
        aria-label={etykieta}
        aria-valuetext={procent === null ? t.wspolne.trwa : `${procent} %`}
      />
    </Field>
  );
}

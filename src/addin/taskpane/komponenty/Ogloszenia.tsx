/** The polite live region: results and progress stages read by screen readers. */
import { useStan } from '../stan/StanAplikacji';
import { useWspolneStyle } from './style';

export function Ogloszenia() {
  const { ogloszenie } = useStan();
  const s = useWspolneStyle();
  return (
    <div className={s.ukryty} role="status" aria-live="polite" aria-atomic="true" data-testid="ogloszenia">
      {ogloszenie}
    </div>
  );
}

import { useSay } from '../../board/say';
import { LoadingState } from '../States/LoadingState';

/** What the guided set-up shows while it reads which lists the OKR site has. */
export function CheckingSite() {
  const say = useSay();
  return <LoadingState label={say('Checking the OKR site')} rows={3} />;
}

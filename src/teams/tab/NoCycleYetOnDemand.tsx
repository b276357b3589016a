import { lazy, Suspense } from 'react';
import { reloadable } from '../../reloadable';
import { useSay } from '../../ui/board/say';
import { LoadingState } from '../../ui/components/States/LoadingState';

export interface NoCycleYetProps {
  readonly onOpenProgramme: (section: 'cycles' | 'import') => void;
}

// Only a site with no cycle running shows it: the board's first screen does not carry it.
const NoCycleYet = lazy(reloadable(() => import('./NoCycleYet')));

/** A board with no cycle running, loaded when shown. */
export function NoCycleYetOnDemand(props: NoCycleYetProps) {
  const say = useSay();
  return (
    <Suspense fallback={<LoadingState label={say('Loading the OKR board')} />}>
      <NoCycleYet {...props} />
    </Suspense>
  );
}

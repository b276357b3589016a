import type { ReactNode } from 'react';
import { useSay } from '../board/say';
import type { Board } from '../../store/repository';
import type { CheckInHistory } from '../board/boardView';
import { useBoardData } from '../board/useBoardData';
import { EmptyState } from '../components/States/EmptyState';
import { ErrorState } from '../components/States/ErrorState';
import { LoadingState } from '../components/States/LoadingState';

/** Loads the whole cycle across teams (for alignment and the coach view) with its states. */
export function AcrossTeams({
  cycleId,
  loading,
  children,
}: {
  readonly cycleId: string;
  /** What its loading state is named, in the reader's language: "Loading the coach view". */
  readonly loading: string;
  readonly children: (board: Board, history: CheckInHistory) => ReactNode;
}) {
  const { data, reload } = useBoardData({ cycleId });
  const say = useSay();
  if (data.status === 'loading') return <LoadingState label={loading} />;
  if (data.status === 'error') return <ErrorState error={data.error} onRetry={reload} />;
  if (data.status === 'noCycle') {
    return (
      <EmptyState
        title={say('No OKR cycle is running')}
        message={say('Start a cycle to see this view.')}
      />
    );
  }
  if (!data.history) return <LoadingState label={loading} />;
  return <>{children(data.board, data.history)}</>;
}

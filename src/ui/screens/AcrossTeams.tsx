import type { ReactNode } from 'react';
import type { Board } from '../../store/repository';
import type { CheckInHistory } from '../board/boardView';
import { useBoardData } from '../board/useBoardData';
import { EmptyState } from '../components/States/EmptyState';
import { ErrorState } from '../components/States/ErrorState';
import { LoadingState } from '../components/States/LoadingState';

/** Loads the whole cycle across teams (for alignment and the coach view) with its states. */
export function AcrossTeams({
  cycleId,
  label,
  children,
}: {
  readonly cycleId: string;
  readonly label: string;
  readonly children: (board: Board, history: CheckInHistory) => ReactNode;
}) {
  const { data, reload } = useBoardData({ cycleId });
  if (data.status === 'loading') return <LoadingState label={`Loading ${label}`} />;
  if (data.status === 'error') return <ErrorState error={data.error} onRetry={reload} />;
  if (data.status === 'noCycle') {
    return <EmptyState title="No OKR cycle is running" message="Start a cycle to see this view." />;
  }
  if (!data.history) return <LoadingState label={`Loading ${label}`} />;
  return <>{children(data.board, data.history)}</>;
}

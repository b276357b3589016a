import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyResult } from '../../core/model';
import { useAppServices } from '../../ui/app/AppServices';
import type { CellProposal, LinkedKeyResult } from '../sync/cell-links';
import { cellPlace, type CellBindings, type SelectedCell } from '../workbook/types';
import { notLoaded, onFirstUse } from '../../ui/app/onFirstUse';
import type { PaneRequests } from './pane-requests';
import type { LinkedCellsState } from './TaskPane.types';
import type { PaneWords } from '../pane-words';
import { errorText } from './errorText';
import { reloadable } from '../../reloadable';

// The links' use cases (a cell's value checked as a check-in by the core's rules) load with the
// team's board, after the pane's first screen.
const loadCellLinks = reloadable(() => import('../sync/cell-links'));

/** Where a KR's linked cell is. */
const linkPlace = (keyResult: KeyResult) => cellPlace(keyResult.excelLink!);

/**
 * The "Linked cells" section: links the selected cell to a KR of the team's board, lists the
 * links (broken ones say why), and turns a linked cell's change into a proposed check-in, sent
 * at once when "send automatically" is on.
 */
export function useLinkedCells(
  bindings: CellBindings,
  requests: PaneRequests,
  teamId: string,
  cycleId: string,
  autoSend: boolean,
  words: PaneWords,
): LinkedCellsState {
  const { repository, me, operatingModel, host } = useAppServices();
  const { locale } = host.context;
  const links = useMemo(
    () =>
      onFirstUse(async () => {
        const { CellLinks, hasMoved } = await loadCellLinks().catch(notLoaded(words.notLoaded()));
        const model = { ...operatingModel, locale };
        return { cells: new CellLinks({ bindings, repository, model, author: me }), hasMoved };
      }),
    [bindings, repository, operatingModel, locale, me, words],
  );
  const [keyResults, setKeyResults] = useState<readonly KeyResult[]>([]);
  const [linked, setLinked] = useState<readonly LinkedKeyResult[]>([]);
  const [proposals, setProposals] = useState<readonly CellProposal[]>([]);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirmation, setConfirmation] = useState<string>();
  const [error, setError] = useState<string>();
  const [selected, setSelected] = useState<SelectedCell>();
  const [pickerRequests, setPickerRequests] = useState(0);
  const keyResultPicker = useRef<HTMLSelectElement>(null);

  const act = useCallback(
    async (action: () => Promise<string | undefined>) => {
      setBusy(true);
      setError(undefined);
      try {
        const done = await action();
        if (done) setConfirmation(done);
      } catch (caught) {
        setError(await errorText(caught, words));
      } finally {
        setBusy(false);
      }
    },
    [words],
  );

  /** Reads the links; a cell that moved (its sheet renamed) is recorded on its KR where it is now. */
  const readLinks = useCallback(
    async (krs: readonly KeyResult[]) => {
      const { cells, hasMoved } = await links();
      const read = await cells.read(krs);
      const followed = new Map(
        (
          await Promise.all(
            // Not recorded (someone changed the KR meanwhile): the next read tries again, and the
            // pane shows where the cell is now either way.
            read.filter(hasMoved).map((entry) => cells.follow(entry).catch(() => undefined)),
          )
        ).flatMap((kr) => (kr ? [[kr.id, kr] as const] : [])),
      );
      if (followed.size > 0) {
        setKeyResults((all) => all.map((kr) => followed.get(kr.id) ?? kr));
        setConfirmation(
          [...followed.values()]
            .map((kr) => words.say('links.moved', { title: kr.title, place: linkPlace(kr) }))
            .join(' '),
        );
      }
      return read.map((entry) => {
        const keyResult = followed.get(entry.keyResult.id);
        return keyResult ? { ...entry, keyResult } : entry;
      });
    },
    [links, words],
  );

  const refresh = useCallback(
    async (krs: readonly KeyResult[]) => {
      setKeyResults(krs);
      setLinked(await readLinks(krs));
    },
    [readLinks],
  );

  useEffect(() => {
    if (!teamId || !cycleId) return;
    let current = true;
    void act(async () => {
      const board = await repository.loadBoard({ cycleId, teamIds: [teamId] });
      if (current) await refresh(board.keyResults);
      return undefined;
    });
    return () => {
      current = false;
    };
  }, [repository, teamId, cycleId, refresh, act]);

  const send = useCallback(
    (proposal: CellProposal) =>
      act(async () => {
        if (!('checkIn' in proposal)) return undefined;
        const report = await (await links()).cells.send(proposal);
        const failure = report.failed[0]?.error.message ?? report.conflicts[0]?.error.message;
        if (failure) throw new Error(failure);
        const saved = report.saved[0]!.keyResult;
        setProposals((all) => all.filter((p) => p.keyResult.id !== saved.id));
        await refresh(keyResults.map((kr) => (kr.id === saved.id ? saved : kr)));
        return words.say('links.sent', {
          title: saved.title,
          value: String(proposal.checkIn.value),
        });
      }),
    [act, links, refresh, keyResults, words],
  );

  // A deleted sheet (or cell) is reported at once, and a renamed sheet named, not on the next read.
  const keyResultsRef = useRef(keyResults);
  keyResultsRef.current = keyResults;
  useEffect(() => {
    const reread = () =>
      void readLinks(keyResultsRef.current).then(setLinked, (caught) =>
        errorText(caught, words).then(setError),
      );
    const stops = [bindings.onCellsRemoved(reread), bindings.onSheetRenamed(reread)];
    return () => stops.forEach((stop) => stop());
  }, [bindings, readLinks, words]);

  // The ribbon's "Link to a key result…": the selected cell is named (or why it cannot be linked)
  // and the key result picker is focused, in view.
  useEffect(
    () =>
      requests.onLinkSelectedCell(() => {
        setConfirmation(undefined);
        void act(async () => {
          setSelected(undefined);
          try {
            setSelected(await bindings.selectedCell());
          } finally {
            setPickerRequests((count) => count + 1);
          }
          return undefined;
        });
      }),
    [requests, bindings, act],
  );
  useEffect(() => {
    if (pickerRequests === 0) return;
    keyResultPicker.current?.scrollIntoView({ block: 'center' });
    keyResultPicker.current?.focus();
  }, [pickerRequests]);

  const autoSendRef = useRef(autoSend);
  autoSendRef.current = autoSend;
  const sendRef = useRef(send);
  sendRef.current = send;
  const watched = linked.filter((entry) => 'value' in entry).map((entry) => entry.keyResult);
  const watchKey = watched.map((kr) => `${kr.id}@${kr.version ?? ''}`).join(',');
  useEffect(() => {
    const stops = watched.map((keyResult) =>
      bindings.onBindingDataChanged(keyResult.excelLink!.bindingId, () => {
        void Promise.all([readLinks([keyResult]), links()]).then(([[cell], { cells }]) => {
          if (!cell) return;
          setLinked((all) => all.map((e) => (e.keyResult.id === keyResult.id ? cell : e)));
          if (!('value' in cell)) return;
          const proposal = cells.propose(cell.keyResult, cell.value);
          setProposals((all) => [...all.filter((p) => p.keyResult.id !== keyResult.id), proposal]);
          if (autoSendRef.current && 'checkIn' in proposal) void sendRef.current(proposal);
        });
      }),
    );
    return () => stops.forEach((stop) => stop());
    // Re-subscribed when the set of readable links (or their KR versions) changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bindings, links, readLinks, watchKey]);

  const chosenKeyResult = keyResults.find((kr) => kr.id === chosen) ?? keyResults[0];
  return {
    keyResults,
    chosenId: chosenKeyResult?.id ?? '',
    ...(selected ? { selected } : {}),
    keyResultPicker,
    linked,
    proposals,
    busy,
    ...(confirmation ? { confirmation } : {}),
    ...(error ? { error } : {}),
    choose: setChosen,
    link: () =>
      void act(async () => {
        if (!chosenKeyResult) throw new Error(words.say('links.needKeyResults'));
        const updated = await (await links()).cells.link(chosenKeyResult);
        setSelected(undefined);
        await refresh(keyResults.map((kr) => (kr.id === updated.id ? updated : kr)));
        return words.say('links.linked', { place: linkPlace(updated), title: updated.title });
      }),
    remove: (keyResult: KeyResult) =>
      void act(async () => {
        const updated = await (await links()).cells.unlink(keyResult);
        setProposals((all) => all.filter((p) => p.keyResult.id !== keyResult.id));
        await refresh(keyResults.map((kr) => (kr.id === updated.id ? updated : kr)));
        return words.say('links.removed', { title: updated.title });
      }),
    send: (proposal: CellProposal) => void send(proposal),
  };
}

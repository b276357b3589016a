import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  canSaveDrafts,
  draftStatus,
  draftsToSave,
  editDraft,
  editorsByDraft,
  facilitatorsSaveDrafts,
  newSharedDraft,
  objectiveOfDraft,
  saveFailed,
  type DraftEdit,
  type SharedDraft,
} from '../../../core/rituals';
import { quote } from '../../../core/coaching/rule';
import type { Objective } from '../../../core/model';
import { validateObjective } from '../../../core/validation';
import { useAppServices } from '../../app/AppServices';
import { useDialogWords } from '../../board/dialog-words';
import { useDescribeError } from '../../errors/useDescribeError';
import { useLiveSession } from '../live/useLiveSession';
import { useMeetingWords, type MeetingSay } from '../meeting-words';
import { draftTitleId } from './DraftCard';
import type { DraftView, PlanningProps, PlanningState, SaveOutcome } from './Planning.types';
import { reloadable } from '../../../reloadable';

/** What went wrong, in the words every surface uses, with the rules broken if any. */
function whyNot(describe: ReturnType<typeof useDescribeError>, error: unknown): string {
  const { title, message, details } = describe(error);
  return [`${title}.`, message, ...(details ?? [])].join(' ');
}

/**
 * "Draft 2 (“Grow revenue”) was not saved. Microsoft 365 is busy. …" A long title is shortened as
 * the coach quotes one: enough to recognise it, not so much that it floods a 320 px side panel.
 */
function notSaved(
  position: number | undefined,
  draft: SharedDraft,
  why: string,
  say: MeetingSay,
): string {
  const title = quote(draft.title.trim(), 60);
  const name = position === undefined ? say('A draft') : say('Draft {position}', { position });
  return say(title ? '{draft} (“{title}”) was not saved. {why}' : '{draft} was not saved. {why}', {
    draft: name,
    title,
    why,
  });
}

/**
 * A draft a save did not write: `error` when the store refused it (said until the next save),
 * none when the draft broke a rule (said while it still does, in the words of the rule it now
 * breaks).
 */
interface NotSavedDraft {
  readonly draft: SharedDraft;
  readonly position: number | undefined;
  readonly error?: string;
}

type SaveRun =
  | Exclude<SaveOutcome, { status: 'failed' }>
  | {
      readonly status: 'failed';
      readonly saved: number;
      readonly failures: readonly NotSavedDraft[];
      /** Why the save as a whole failed, if it did. */
      readonly error?: string;
    };

const loadJoinLivePlanning = reloadable(() => import('../live/joinLivePlanning'));
const loadJoin = () => loadJoinLivePlanning().then((module) => module.joinLivePlanning);

/**
 * The meeting's shared drafts over Live Share: started, typed and accepted by anyone, seen by
 * everyone as they change; saved by one facilitator, each draft once (`core/rituals/planning`).
 */
export function usePlanning({ board, onSaved }: PlanningProps): PlanningState {
  const { host, repository, operatingModel, me } = useAppServices();
  const { say, locale } = useMeetingWords();
  const describe = useDescribeError();
  const { issue: sayIssue } = useDialogWords();
  const joined = useLiveSession(host, loadJoin);
  const live = joined.status === 'ready' ? joined.live : undefined;
  const snapshot = joined.status === 'ready' ? joined.snapshot : undefined;
  const [saveRun, setSaveRun] = useState<SaveRun>({ status: 'idle' });

  const problemOf = useCallback(
    (draft: SharedDraft) => {
      const candidate = {
        ...objectiveOfDraft(draft, { cycleId: board.cycle.id, owner: me }),
        id: '',
      };
      const result = validateObjective(candidate, operatingModel, { objectives: board.objectives });
      return result.ok ? undefined : result.issues.map(sayIssue).join(' ');
    },
    [board, me, operatingModel, sayIssue],
  );

  const editors = useMemo(
    () => editorsByDraft(snapshot?.editors ?? [], locale),
    [snapshot, locale],
  );
  const drafts: DraftView[] = useMemo(
    () =>
      (snapshot?.drafts ?? []).map((draft) => ({
        draft,
        status: draftStatus(draft, snapshot?.claims ?? new Map()),
        editors: editors.get(draft.id) ?? [],
        // An empty draft is not told off while it is being started, only once it is accepted.
        problem: draft.title.trim() || draft.accepted ? problemOf(draft) : undefined,
      })),
    [snapshot, editors, problemOf],
  );
  const saveOutcome = useMemo((): SaveOutcome => {
    if (saveRun.status !== 'failed') return saveRun;
    const drafted = saveRun.failures.flatMap(({ draft, position, error }) => {
      if (error !== undefined) return [notSaved(position, draft, error, say)];
      const now = drafts.find((view) => view.draft.id === draft.id);
      return now?.problem === undefined ? [] : [notSaved(position, now.draft, now.problem, say)];
    });
    const messages = saveRun.error === undefined ? drafted : [saveRun.error, ...drafted];
    if (messages.length > 0) {
      return { status: 'failed', saved: saveRun.saved, message: messages.join(' ') };
    }
    return saveRun.saved > 0
      ? { status: 'done', saved: saveRun.saved, savedElsewhere: 0 }
      : { status: 'idle' };
  }, [saveRun, drafts, say]);
  const roles = snapshot?.me.roles;
  const accepted = useMemo(
    () => (snapshot ? draftsToSave(snapshot.drafts, snapshot.claims) : []),
    [snapshot],
  );

  const latestDraft = useCallback(
    (draftId: string) => live?.snapshot().drafts.find((draft) => draft.id === draftId),
    [live],
  );

  // The draft just started, until its objective field is there to take the focus: it is typed
  // next (the button that started it is still under the keyboard otherwise).
  const [startedDraft, setStartedDraft] = useState<string>();
  useEffect(() => {
    const field = startedDraft && document.getElementById(draftTitleId(startedDraft));
    if (!field) return;
    field.focus();
    setStartedDraft(undefined);
  }, [startedDraft, drafts]);

  const start = useCallback(() => {
    if (!live) return;
    const draft = newSharedDraft(crypto.randomUUID(), board.teams[0]?.id ?? '', {
      by: me.displayName,
      at: new Date().toISOString(),
    });
    live.putDraft(draft);
    setStartedDraft(draft.id);
  }, [live, board.teams, me.displayName]);

  const edit = useCallback(
    (draftId: string, change: DraftEdit) => {
      const draft = latestDraft(draftId);
      if (live && draft) live.putDraft(editDraft(draft, change));
    },
    [live, latestDraft],
  );

  const editing = useCallback(
    (draftId: string | undefined) => void live?.editing(draftId).catch(() => undefined),
    [live],
  );

  /**
   * Claims each accepted draft that keeps the rules, and writes those this client won; the
   * others save the rest. One that breaks a rule is not written: it is named with why, and
   * focus goes to its objective, where the rule is shown, to fix it.
   */
  const save = useCallback(() => {
    if (!live || saveRun.status === 'saving' || accepted.length === 0) return;
    setSaveRun({ status: 'saving' });
    const problems = new Map(accepted.map((draft) => [draft.id, problemOf(draft)]));
    const ready = accepted.filter((draft) => !problems.get(draft.id));
    const claim = { by: me.displayName, token: crypto.randomUUID() };
    const saveOne = async (draft: SharedDraft): Promise<Objective | undefined> => {
      if (!(await live.claimSave(draft, claim))) return undefined;
      try {
        const objective = await repository.createObjective(
          objectiveOfDraft(draft, { cycleId: board.cycle.id, owner: me }),
        );
        const latest = latestDraft(draft.id) ?? draft;
        live.putDraft({ ...latest, saved: { objectiveId: objective.id, by: me.displayName } });
        onSaved(objective);
        return objective;
      } catch (error) {
        live.putDraft(saveFailed(latestDraft(draft.id) ?? draft));
        throw error;
      }
    };
    // Each draft by the name its card shows ("Draft 2"), as the drafts were when saving began.
    const position = new Map(live.snapshot().drafts.map((draft, index) => [draft.id, index + 1]));
    Promise.allSettled(ready.map(saveOne))
      .then((results) => {
        const saved = results.filter((result) => result.status === 'fulfilled' && result.value);
        const settled = new Map(ready.map((draft, index) => [draft.id, results[index]]));
        const failures = accepted.flatMap((draft): NotSavedDraft[] => {
          const result = settled.get(draft.id);
          const named = { draft, position: position.get(draft.id) };
          if (problems.get(draft.id)) return [named];
          return result?.status === 'rejected'
            ? [{ ...named, error: whyNot(describe, result.reason) }]
            : [];
        });
        setSaveRun(
          failures.length > 0
            ? { status: 'failed', saved: saved.length, failures }
            : {
                status: 'done',
                saved: saved.length,
                savedElsewhere: results.length - saved.length,
              },
        );
        const toFix = accepted.find((draft) => problems.get(draft.id));
        if (toFix) document.getElementById(draftTitleId(toFix.id))?.focus();
      })
      .catch((error: unknown) =>
        setSaveRun({ status: 'failed', saved: 0, failures: [], error: whyNot(describe, error) }),
      );
  }, [
    live,
    saveRun.status,
    accepted,
    problemOf,
    me,
    repository,
    board.cycle.id,
    latestDraft,
    onSaved,
    describe,
  ]);

  return {
    live:
      joined.status === 'failed'
        ? { status: 'failed', error: joined.error }
        : { status: joined.status },
    retry: joined.retry,
    board,
    teams: board.teams,
    drafts,
    start,
    edit,
    editing,
    toSave: accepted.length,
    say,
    saveRefusal:
      roles && roles.length && !canSaveDrafts(roles) ? say(facilitatorsSaveDrafts) : undefined,
    save,
    saveOutcome,
  };
}

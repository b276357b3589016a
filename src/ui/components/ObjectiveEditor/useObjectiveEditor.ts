import { useCallback, useMemo, useState, type FormEvent } from 'react';
import type { CoachingFix } from '../../../core/coaching';
import type { Objective, ObjectiveCommitment, Person } from '../../../core/model';
import { alignmentChoices } from './alignmentChoices';
import { validateObjective } from '../../../core/validation';
import type { ObjectiveDraft } from '../../../store/repository';
import { useAppServices } from '../../app/AppServices';
import { useDialogWords } from '../../board/dialog-words';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import { useCoachedText } from '../../hooks/useCoachedText';
import { useSaveWithConflict, withEdits } from '../../hooks/useSaveWithConflict';
import { coachNewObjective } from './coachNewObjective';
import { useEnclosingChoices } from './useEnclosingChoices';
import type {
  ObjectiveEditorProps,
  ObjectiveEditorState,
  ObjectiveField,
} from './ObjectiveEditor.types';

const fields: readonly string[] = ['title', 'description', 'teamId', 'commitment', 'parentId'];

export function useObjectiveEditor(props: ObjectiveEditorProps): ObjectiveEditorState {
  const { board, objective, defaultTeamId, onDismiss, onSaved } = props;
  const { repository, operatingModel, me } = useAppServices();
  const words = useDialogWords();
  const { say, locale } = words;
  const [title, setTitle] = useState(objective?.title ?? '');
  const [description, setDescription] = useState(objective?.description ?? '');
  const [teamId, setTeamId] = useState(
    objective?.teamId ?? defaultTeamId ?? board.teams[0]?.id ?? '',
  );
  const [commitment, setCommitment] = useState<ObjectiveCommitment>(
    objective?.commitment ?? 'committed',
  );
  const [parentId, setParentId] = useState(objective?.parentId ?? '');
  // As for a KR: only a new objective is the author's.
  const [owner, setOwner] = useState<Person | undefined>(objective ? objective.owner : me);
  // "Aligns to" offers every objective of the cycle, across teams, not only this board's, and
  // the one it aligns to now where that is in another cycle (said with that cycle's name).
  const currentParentId = objective?.parentId;
  const loadWholeCycle = useCallback(
    async (signal: AbortSignal) => {
      const whole = await repository.loadBoard({ cycleId: board.cycle.id }, { signal });
      if (!currentParentId || whole.objectives.some((o) => o.id === currentParentId))
        return { board: whole, cycles: [whole.cycle] };
      // Without them the parent is still offered, by what is known of it (below).
      const [parents, cycles] = await Promise.all([
        repository.loadObjectives([currentParentId], { signal }).catch(() => []),
        repository.listCycles({ signal }).catch(() => [whole.cycle]),
      ]);
      return { board: { ...whole, objectives: [...whole.objectives, ...parents] }, cycles };
    },
    [repository, board.cycle.id, currentParentId],
  );
  const wholeCycle = useAsyncResource(loadWholeCycle).data;
  // Beside them, the objectives of the cycles around this one (a quarter's year), read apart:
  // either read may fail while what the other read stays on offer.
  const around = useEnclosingChoices(board.cycle);
  // This board's objectives stay on offer when the others cannot be read.
  const ownCycle = wholeCycle.status === 'ready' ? wholeCycle.board : board;
  const alignable = useMemo(
    () => ({ ...ownCycle, objectives: [...ownCycle.objectives, ...around.offered] }),
    [ownCycle, around.offered],
  );
  const knownCycles =
    around.cycles.length > 0
      ? [board.cycle, ...around.cycles]
      : wholeCycle.status === 'ready'
        ? wholeCycle.cycles
        : [board.cycle];
  const [submitted, setSubmitted] = useState(false);
  // One per dialog: saving again after a lost answer finds the first item, never a second one.
  const [clientId] = useState(() => crypto.randomUUID());

  // What the form edits. An edited objective keeps everything else it has (state, status,
  // roll-up, score, learnings, source id); its weighted alignments only while its parent stays.
  const edits = useMemo(
    () => ({
      teamId,
      title: title.trim(),
      description: description.trim(),
      commitment,
      owner,
      parentId: parentId || undefined,
      ...(parentId !== (objective?.parentId ?? '') ? { alignments: undefined } : {}),
    }),
    [objective, teamId, title, description, commitment, parentId, owner],
  );
  const draft: ObjectiveDraft = useMemo(
    () => ({ ...edits, cycleId: board.cycle.id, state: 'active' }),
    [edits, board.cycle.id],
  );
  const candidate: Objective = useMemo(
    () => (objective ? withEdits(objective, edits) : { ...draft, id: '' }),
    [objective, edits, draft],
  );
  // Whether its parent exists, and aligns to it in no loop, is known once the whole cycle is
  // read: the board shows some teams only. Until then (or when it cannot be read) the store's own
  // check, before anything is written, refuses a parent that is gone. The cycles around it, and
  // what their objectives align to up the chain, take part once read: a year's objective aligned
  // to one of this quarter's is no parent for it.
  const cycleObjectives = useMemo(
    () =>
      wholeCycle.status === 'ready' ? [...around.known, ...wholeCycle.board.objectives] : undefined,
    [wholeCycle, around.known],
  );
  const validation = useMemo(
    () =>
      validateObjective(
        candidate,
        operatingModel,
        cycleObjectives ? { objectives: cycleObjectives } : {},
      ),
    [candidate, operatingModel, cycleObjectives],
  );
  const errors: Partial<Record<ObjectiveField, string>> = {};
  if (!validation.ok) {
    for (const issue of validation.issues) {
      if (!fields.includes(issue.field)) continue;
      if (issue.field === 'title' && !submitted && title === '') continue;
      errors[issue.field as ObjectiveField] ??= words.issue(issue);
    }
  }

  const coaching = useCoachedText(title);
  const coachedTitle = coaching.coached.trim();
  const findings = useMemo(
    () =>
      coachedTitle === ''
        ? []
        : coachNewObjective({ ...candidate, title: coachedTitle }, board, operatingModel),
    [coachedTitle, candidate, board, operatingModel],
  );
  const applyFix = useCallback(
    (fix: CoachingFix) => {
      setTitle(fix.text);
      coaching.settleNow(fix.text);
    },
    [coaching],
  );

  const write = useCallback(
    async (item: Objective) => {
      return objective
        ? repository.updateObjective(item)
        : repository.createObjective({ ...draft, clientId });
    },
    [objective, repository, draft, clientId],
  );
  const saving = useSaveWithConflict(write, onSaved, undefined, objective);
  const submit = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      setSubmitted(true);
      if (validation.ok && !saving.saving) saving.save(candidate);
    },
    [validation.ok, saving, candidate],
  );

  const alignments = objective?.alignments ?? [];
  const alignedTo = (id: string) =>
    alignable.objectives.find((candidate) => candidate.id === id)?.title ??
    say('an objective on another board');
  const totalWeight = alignments.reduce((sum, alignment) => sum + alignment.weight, 0);
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  const weighted = alignments
    .map(({ objectiveId, weight }) =>
      say('{title} ({percent})', {
        title: alignedTo(objectiveId),
        percent: percent.format(weight / totalWeight),
      }),
    )
    .join('; ');
  // The form picks one parent: say what else it aligns to, and what choosing another one does.
  const alignmentNote =
    alignments.length < 2
      ? undefined
      : parentId === (objective?.parentId ?? '')
        ? say(
            'Aligned to {count} objectives by weight: {weighted}. Kept while the first stays chosen here.',
            { count: alignments.length, weighted },
          )
        : say(
            'Saving aligns it to the chosen objective alone, in place of {count} weighted alignments: {weighted}.',
            { count: alignments.length, weighted },
          );
  // Until the whole cycle is read only this board's objectives are on offer: say so, not a
  // list that silently grows (or never does) while someone looks for another team's objective.
  const otherTeamsNote =
    wholeCycle.status === 'loading'
      ? say('Loading other teams’ objectives…')
      : wholeCycle.status === 'error'
        ? say(
            'Other teams’ objectives could not be read: only this board’s are offered. Close and reopen to try again.',
          )
        : undefined;

  const listed = [
    ...alignmentChoices(alignable, objective?.id, { say, locale }, knownCycles, around.standIns),
    ...(around.searching ? [around.searching] : []),
  ];
  // A parent that cannot be read stays chosen (the select would otherwise show "Nothing").
  const parentGroups =
    parentId && !listed.some((group) => group.choices.some((choice) => choice.id === parentId))
      ? [
          ...listed,
          {
            key: 'unread',
            label: say('Aligned to now'),
            choices: [{ id: parentId, label: alignedTo(parentId) }],
          },
        ]
      : listed;

  const teamName = (id: string) => board.teams.find((team) => team.id === id)?.name ?? id;
  const objectiveTitle = (id: string | undefined) =>
    id ? (alignable.objectives.find((o) => o.id === id)?.title ?? id) : '—';
  const conflict = saving.conflict;
  const commitmentName = (commitment: ObjectiveCommitment) =>
    say(commitment === 'aspirational' ? 'Aspirational' : 'Committed');
  const conflictRows = conflict
    ? [
        { label: say('Title'), mine: conflict.mine.title, theirs: conflict.theirs.title },
        {
          label: say('Description'),
          mine: conflict.mine.description,
          theirs: conflict.theirs.description,
        },
        {
          label: say('Team'),
          mine: teamName(conflict.mine.teamId),
          theirs: teamName(conflict.theirs.teamId),
        },
        {
          label: say('Commitment'),
          mine: commitmentName(conflict.mine.commitment),
          theirs: commitmentName(conflict.theirs.commitment),
        },
        {
          label: say('Owner'),
          mine: conflict.mine.owner?.displayName ?? '—',
          theirs: conflict.theirs.owner?.displayName ?? '—',
        },
        {
          label: say('Aligns to'),
          mine: objectiveTitle(conflict.mine.parentId),
          theirs: objectiveTitle(conflict.theirs.parentId),
        },
      ]
    : [];

  return {
    say,
    creating: !objective,
    title,
    setTitle,
    description,
    setDescription,
    teamId,
    setTeamId,
    teams: board.teams,
    commitment,
    setCommitment,
    allowAspirational: operatingModel.allowAspirational,
    parentId,
    setParentId,
    owner,
    setOwner: (people: readonly Person[]) => setOwner(people[0]),
    parentGroups,
    alignmentNote:
      [alignmentNote, otherTeamsNote, around.note].filter(Boolean).join(' ') || undefined,
    errors,
    findings,
    coachedTitle,
    coachingPending: coaching.pending,
    settleCoaching: () => coaching.settleNow(),
    applyFix,
    saving,
    conflictRows,
    submit,
    dismiss: onDismiss,
    requestDelete: objective ? props.onDelete : undefined,
  };
}

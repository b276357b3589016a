import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { coachKeyResult, type CoachingFix } from '../../../core/coaching';
import { formatKeyResultMeasure, formatKeyResultTarget, formatNumber } from '../../../core/format';
import { formatForTyping } from '../../../core/format-for-typing';
import type { KeyResult, KeyResultKind, Person } from '../../../core/model';
import { parseNumber } from '../../../core/parse';
import type { ValidationIssue } from '../../../core/validation';
import { validateKeyResult } from '../../../core/validation';
import type { KeyResultDraft } from '../../../store/repository';
import { useAppServices } from '../../app/AppServices';
import { useDialogWords } from '../../board/dialog-words';
import { useCoachedText } from '../../hooks/useCoachedText';
import { useSaveWithConflict, withEdits } from '../../hooks/useSaveWithConflict';
import type {
  KeyResultEditorProps,
  KeyResultEditorState,
  KeyResultField,
} from './KeyResultEditor.types';
import { kindLabels } from './kindLabels';
import { useMoveToInitiatives } from './useMoveToInitiatives';

const fields: readonly string[] = [
  'title',
  'description',
  'kind',
  'start',
  'target',
  'unit',
  'weight',
];

export function useKeyResultEditor(props: KeyResultEditorProps): KeyResultEditorState {
  const { objective, keyResult, onDismiss, onSaved } = props;
  const { repository, operatingModel, me } = useAppServices();
  // Numbers are typed, read and shown the reader's way (the host's locale, as the board shows
  // them); the coach speaks the organisation's language.
  const words = useDialogWords();
  const { say, locale } = words;
  const rules = useMemo(() => ({ ...operatingModel, locale }), [operatingModel, locale]);
  const [title, setTitle] = useState(keyResult?.title ?? '');
  const [kind, setKind] = useState<KeyResultKind>(keyResult?.kind ?? 'increase');
  const [startText, setStartText] = useState(() => formatForTyping(keyResult?.start ?? 0, locale));
  const [targetText, setTargetText] = useState(() =>
    keyResult ? formatForTyping(keyResult.target, locale) : '',
  );
  const [unit, setUnit] = useState(keyResult?.unit ?? '');
  const [description, setDescription] = useState(keyResult?.description ?? '');
  const [weightText, setWeightText] = useState(() =>
    formatForTyping(keyResult?.weight ?? 1, locale),
  );
  // A new KR is the author's; an existing one keeps having none until someone is chosen, or
  // editing its title would quietly hand it to whoever edits it.
  const [owner, setOwner] = useState<Person | undefined>(keyResult ? keyResult.owner : me);
  const [submitted, setSubmitted] = useState(false);
  const [pendingInitiative, setPendingInitiative] = useState<string | undefined>(undefined);
  // One per dialog: saving again after a lost answer finds the first item, never a second one.
  const [clientId] = useState(() => crypto.randomUUID());

  const start = parseNumber(startText, { locale, field: 'start' });
  const target = parseNumber(targetText, { locale, field: 'target' });
  const weight = parseNumber(weightText, { locale, field: 'weight' });
  const startValue = start.ok ? start.value : NaN;
  const targetValue = target.ok ? target.value : NaN;
  const weightValue = weight.ok ? weight.value : NaN;

  // What the form edits. An edited KR keeps everything else it has: its checked-in value and
  // confidence, milestones, phased targets, roll-up, status, score, source id and Excel link.
  const edits = useMemo(
    () => ({
      objectiveId: objective.id,
      title: title.trim(),
      description: description.trim() || undefined,
      kind,
      start: startValue,
      target: targetValue,
      unit: unit.trim(),
      weight: weightValue,
      owner,
    }),
    [objective.id, title, description, kind, startValue, targetValue, unit, weightValue, owner],
  );
  // A new KR starts at its baseline.
  const draft: KeyResultDraft = useMemo(
    () => ({ ...edits, current: startValue }),
    [edits, startValue],
  );
  const candidate: KeyResult = useMemo(
    () => (keyResult ? withEdits(keyResult, edits) : { ...draft, id: '' }),
    [keyResult, edits, draft],
  );

  const parseIssues = [start, target, weight].flatMap((result) => (result.ok ? [] : result.issues));
  const validation = validateKeyResult(candidate, rules);
  // A number that cannot be read leaves the checks that judge it unsaid (they would judge a
  // stand-in): start and target are judged together, the weight alone. The title's, the unit's,
  // the owner's and a weight read are still checked: every refusal shows on one save.
  const judged = (field: string) =>
    field === 'weight'
      ? !weight.ok
      : (field === 'start' || field === 'target') && !(start.ok && target.ok);
  const checked = validation.ok ? [] : validation.issues;
  const issues: readonly ValidationIssue[] = [
    ...parseIssues,
    ...checked.filter((issue) => !judged(issue.field)),
  ];
  const errors: Partial<Record<KeyResultField, string>> = {};
  for (const issue of issues) {
    if (!fields.includes(issue.field)) continue;
    if (!submitted && (issue.code === 'required' || issue.code === 'numberRequired')) continue;
    if (!submitted && issue.field === 'title' && title === '') continue;
    errors[issue.field as KeyResultField] ??= words.issue(issue);
  }
  const readings: Partial<Record<KeyResultField, string>> = {};
  for (const result of [start, target, weight]) {
    if (result.ok && result.readAs)
      readings[result.readAs.field as KeyResultField] = words.issue(result.readAs);
  }

  const coaching = useCoachedText(title);
  const coachedTitle = coaching.coached.trim();
  const findings = useMemo(
    () =>
      coachedTitle === ''
        ? []
        : coachKeyResult({ ...candidate, title: coachedTitle }, objective, {
            model: operatingModel,
            locale: operatingModel.locale,
          }),
    [coachedTitle, candidate, objective, operatingModel],
  );
  const rewrite = useCallback(
    (text: string) => {
      setTitle(text);
      coaching.settleNow(text);
    },
    [coaching],
  );
  const moving = useMoveToInitiatives({
    keyResult,
    siblings: props.siblings ?? [],
    keepHere: (fix) => {
      rewrite(fix.text);
      setPendingInitiative(fix.initiativeTitle);
    },
    onMoved: props.onMoved,
    words,
  });
  const startMove = moving.start;
  const applyFix = useCallback(
    (fix: CoachingFix) => (fix.kind === 'moveToInitiatives' ? startMove(fix) : rewrite(fix.text)),
    [startMove, rewrite],
  );

  const write = useCallback(
    async (item: KeyResult) => {
      const saved = keyResult
        ? await repository.updateKeyResult(item)
        : await repository.createKeyResult({ ...draft, clientId });
      if (pendingInitiative) {
        await repository.createInitiative({
          keyResultId: saved.id,
          title: pendingInitiative,
          status: 'notStarted',
          owner: saved.owner ?? me,
        });
        setPendingInitiative(undefined);
      }
      return saved;
    },
    [keyResult, repository, draft, clientId, pendingInitiative, me],
  );
  const saving = useSaveWithConflict(write, onSaved, undefined, keyResult);
  const submit = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      setSubmitted(true);
      if (issues.length === 0 && !saving.saving) saving.save(candidate);
    },
    [issues.length, saving, candidate],
  );

  const conflict = saving.conflict;
  const measure = (kr: KeyResult) =>
    say('{kind}: {start} → {target}', {
      kind: say(kindLabels[kr.kind]),
      start: formatKeyResultMeasure(kr, kr.start, locale, words.measure),
      target: formatKeyResultTarget(kr, locale, words.measure),
    });
  const conflictRows = conflict
    ? [
        { label: say('Title'), mine: conflict.mine.title, theirs: conflict.theirs.title },
        { label: say('Measure'), mine: measure(conflict.mine), theirs: measure(conflict.theirs) },
        {
          label: say('Current value'),
          mine: formatKeyResultMeasure(conflict.mine, conflict.mine.current, locale),
          theirs: formatKeyResultMeasure(conflict.theirs, conflict.theirs.current, locale),
        },
        {
          label: say('Weight'),
          mine: formatNumber(conflict.mine.weight, locale),
          theirs: formatNumber(conflict.theirs.weight, locale),
        },
      ]
    : [];

  return {
    say,
    creating: !keyResult,
    ...(keyResult ? { keyResult } : {}),
    objective,
    title,
    setTitle,
    kind,
    setKind,
    startText,
    setStartText,
    targetText,
    setTargetText,
    unit,
    setUnit,
    description,
    setDescription,
    weightText,
    setWeightText,
    owner,
    setOwner: (people: readonly Person[]) => setOwner(people[0]),
    errors,
    readings,
    targetPlaceholder: say('e.g. {example}', { example: formatForTyping(80000, locale) }),
    findings,
    coachedTitle,
    coachingPending: coaching.pending,
    settleCoaching: () => coaching.settleNow(),
    applyFix,
    move: moving.move,
    pendingInitiative,
    saving,
    conflictRows,
    submit,
    dismiss: onDismiss,
    requestDelete: keyResult ? props.onDelete : undefined,
  };
}

import { useCallback, useMemo, useState } from 'react';
import type { CoachingFix } from '../../../core/coaching';
import type { KeyResult } from '../../../core/model';
import { validateInitiative } from '../../../core/validation';
import { InvalidError } from '../../../store/errors';
import { useAppServices } from '../../app/AppServices';
import type { DialogWords } from '../../board/dialog-words';
import type { MovedToInitiatives, MoveToInitiatives } from './KeyResultEditor.types';

type MoveFix = Extract<CoachingFix, { kind: 'moveToInitiatives' }>;

export const keepHere = 'self';

/**
 * The coach's "keep X as an initiative": the work goes under a KR of the same objective as an
 * initiative. Under another KR, this one is removed (a new draft is dropped; a saved KR is
 * deleted, offered only while nothing was checked in on it). Kept here, this KR is rewritten as
 * the outcome template and the initiative is added under it on save.
 */
export function useMoveToInitiatives(options: {
  readonly keyResult: KeyResult | undefined;
  readonly siblings: readonly KeyResult[];
  readonly keepHere: (fix: MoveFix) => void;
  readonly onMoved: ((moved: MovedToInitiatives) => void) | undefined;
  readonly words: DialogWords;
}): { readonly start: (fix: MoveFix) => void; readonly move: MoveToInitiatives | undefined } {
  const { keyResult, siblings, onMoved, words } = options;
  const { repository, operatingModel, me } = useAppServices();
  const [fix, setFix] = useState<MoveFix | undefined>(undefined);
  const [targetId, setTargetId] = useState(keepHere);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  const others = useMemo(
    () =>
      onMoved && !keyResult?.lastCheckInAt
        ? siblings.filter((sibling) => sibling.id !== keyResult?.id)
        : [],
    [onMoved, keyResult, siblings],
  );
  const start = useCallback(
    (chosen: MoveFix) => {
      setFix(chosen);
      setError(undefined);
      setTargetId(others[0]?.id ?? keepHere);
    },
    [others],
  );
  const cancel = useCallback(() => setFix(undefined), []);

  const confirm = async () => {
    if (!fix) return;
    const under = others.find((sibling) => sibling.id === targetId);
    if (!under || !onMoved) {
      options.keepHere(fix);
      setFix(undefined);
      return;
    }
    const draft = {
      keyResultId: under.id,
      title: fix.initiativeTitle,
      status: 'notStarted' as const,
      owner: keyResult?.owner ?? me,
    };
    const checked = validateInitiative({ id: '', ...draft }, operatingModel);
    if (!checked.ok) {
      setError(new InvalidError(checked.issues.map((issue) => words.issue(issue)).join(' ')));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const initiative = await repository.createInitiative(draft);
      if (keyResult) await repository.deleteKeyResult(keyResult);
      setFix(undefined);
      onMoved({ initiative, under, ...(keyResult ? { removed: keyResult } : {}) });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return {
    start,
    move: fix
      ? {
          initiativeTitle: fix.initiativeTitle,
          outcomeText: fix.text,
          targetId,
          targets: [
            ...others.map((sibling) => ({
              id: sibling.id,
              label: words.say('Under “{title}”', { title: sibling.title }),
            })),
            {
              id: keepHere,
              label: words.say('Under this key result, rewritten as “{text}”', { text: fix.text }),
            },
          ],
          setTargetId,
          confirm: () => void confirm(),
          cancel,
          busy,
          error,
        }
      : undefined,
  };
}

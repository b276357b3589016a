import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { storyIssues, STORY_MAX_LENGTH } from '../../../core/story';
import { useAppServices } from '../../app/AppServices';
import { useDialogWords } from '../../board/dialog-words';
import { useFocusReturn } from '../../hooks/useFocusReturn';
import { storyBlocks } from './storyBlocks';
import type { StoryPanelProps, StoryPanelState } from './StoryPanel.types';

export function useStoryPanel({ open, onOpenChange, openedBy }: StoryPanelProps): StoryPanelState {
  const { operatingModel, roles, repository, setOperatingModel } = useAppServices();
  const { say, issue } = useDialogWords();
  // In the story's own chunk, not the header's: the header is on every page's first screen.
  useFocusReturn(open, openedBy);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(operatingModel.story);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [saved, setSaved] = useState(false);
  // Edit, Save and Cancel go as the panel switches between reading and editing: the focus goes
  // to the editor or back to Edit, not to the page's body.
  const editButton = useRef<HTMLButtonElement>(null);
  const editor = useRef<HTMLTextAreaElement>(null);
  const switched = useRef(false);
  useEffect(() => {
    if (!switched.current) return;
    switched.current = false;
    (editing ? editor : editButton).current?.focus();
  }, [editing]);
  const switchTo = useCallback((next: boolean) => {
    switched.current = true;
    setEditing(next);
  }, []);
  const blocks = useMemo(() => storyBlocks(operatingModel.story), [operatingModel.story]);

  const startEditing = useCallback(() => {
    setDraft(operatingModel.story);
    setError(undefined);
    setSaved(false);
    switchTo(true);
  }, [operatingModel.story, switchTo]);
  const cancelEditing = useCallback(() => switchTo(false), [switchTo]);
  const close = useCallback(() => {
    setEditing(false);
    onOpenChange(false);
  }, [onOpenChange]);
  // Said as it is typed: an emptied story is refused here, before any request.
  const firstIssue = storyIssues(draft, operatingModel.locale)[0];
  const problem = firstIssue && issue(firstIssue);
  const save = useCallback(() => {
    if (problem) {
      editor.current?.focus();
      return;
    }
    setSaving(true);
    setError(undefined);
    repository
      .saveOperatingModel({ ...operatingModel, story: draft })
      .then((saved) => {
        setOperatingModel(saved);
        setSaved(true);
        switchTo(false);
      })
      .catch(setError)
      .finally(() => setSaving(false));
  }, [problem, repository, operatingModel, draft, setOperatingModel, switchTo]);

  return {
    say,
    open,
    close,
    blocks,
    canEdit: roles.admin,
    editing,
    startEditing,
    cancelEditing,
    draft,
    setDraft,
    problem,
    save,
    saving,
    saved,
    error,
    editButton,
    editor,
    maxLength: STORY_MAX_LENGTH,
  };
}

import { useCallback, useMemo, useState } from 'react';
import { useAppServices } from '../../app/AppServices';
import { storyBlocks } from './storyBlocks';
import type { StoryPanelProps, StoryPanelState } from './StoryPanel.types';

/** Long enough for a page of story, short enough for one SharePoint text field. */
const storyMaxLength = 8000;

export function useStoryPanel({ open, onOpenChange }: StoryPanelProps): StoryPanelState {
  const { operatingModel, roles, repository, setOperatingModel } = useAppServices();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(operatingModel.story);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const blocks = useMemo(() => storyBlocks(operatingModel.story), [operatingModel.story]);

  const startEditing = useCallback(() => {
    setDraft(operatingModel.story);
    setError(undefined);
    setEditing(true);
  }, [operatingModel.story]);
  const cancelEditing = useCallback(() => setEditing(false), []);
  const close = useCallback(() => {
    setEditing(false);
    onOpenChange(false);
  }, [onOpenChange]);
  const save = useCallback(() => {
    setSaving(true);
    setError(undefined);
    repository
      .saveOperatingModel({ ...operatingModel, story: draft })
      .then((saved) => {
        setOperatingModel(saved);
        setEditing(false);
      })
      .catch(setError)
      .finally(() => setSaving(false));
  }, [repository, operatingModel, draft, setOperatingModel]);

  return {
    open,
    close,
    blocks,
    canEdit: roles.admin,
    editing,
    startEditing,
    cancelEditing,
    draft,
    setDraft,
    save,
    saving,
    error,
    maxLength: storyMaxLength,
  };
}

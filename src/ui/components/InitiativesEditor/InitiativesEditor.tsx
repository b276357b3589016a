import { useCallback, useState } from 'react';
import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Select,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { formatDay } from '../../../core/format';
import { isOverdue } from '../../../core/initiatives';
import {
  initiativeStatuses,
  type Initiative,
  type InitiativeStatus,
  type KeyResult,
  type Person,
} from '../../../core/model';
import { validateInitiative } from '../../../core/validation';
import { useAppServices } from '../../app/AppServices';
import { useDialogWords } from '../../board/dialog-words';
import { today } from '../../board/useBoardData';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import { useRunAction } from '../../hooks/useRunAction';
import { OverdueTag } from '../InitiativeList/InitiativeList';
import { PeoplePicker } from '../PeoplePicker/PeoplePicker';
import { DateField } from '../DateField/DateField';
import { ErrorState } from '../States/ErrorState';
import { LoadingState } from '../States/LoadingState';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
  },
  title: { flexGrow: 1, minWidth: '160px' },
  muted: { color: tokens.colorNeutralForeground2 },
  add: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});

interface Draft {
  readonly title: string;
  readonly owner: readonly Person[];
  readonly status: InitiativeStatus;
  readonly dueDate: string;
  readonly link: string;
}

const emptyDraft: Draft = { title: '', owner: [], status: 'notStarted', dueDate: '', link: '' };

/**
 * The work under a KR: its initiatives, each saved as it is added or changed. Initiatives never
 * count towards the KR's progress. Lives inside the KR editor's form, so it uses no form of its
 * own (Enter in the title adds).
 */
export function InitiativesEditor({ keyResult }: { readonly keyResult: KeyResult }) {
  const styles = useStyles();
  const { repository, operatingModel, me } = useAppServices();
  const words = useDialogWords();
  const { say, locale } = words;
  const load = useCallback(
    async (signal: AbortSignal) => ({
      items: await repository.listInitiatives({ keyResultIds: [keyResult.id] }, { signal }),
    }),
    [repository, keyResult.id],
  );
  const initiatives = useAsyncResource(load);
  const { data } = initiatives;
  const items = data.status === 'ready' ? data.items : undefined;
  const loadError = data.status === 'error' ? data.error : undefined;
  const setItems = (change: (current: readonly Initiative[]) => readonly Initiative[]) =>
    initiatives.update((read) => ({ items: change(read.items) }));
  const [draft, setDraft] = useState<Draft>({ ...emptyDraft, owner: [me] });
  // One per new initiative: adding again after a lost answer finds it instead of a second one.
  const [clientId, setClientId] = useState(() => crypto.randomUUID());
  const [submitted, setSubmitted] = useState(false);
  const action = useRunAction();
  const [announcement, setAnnouncement] = useState('');

  const fields = {
    keyResultId: keyResult.id,
    title: draft.title.trim(),
    status: draft.status,
    ...(draft.owner[0] ? { owner: draft.owner[0] } : {}),
    ...(draft.dueDate ? { dueDate: draft.dueDate } : {}),
    ...(draft.link.trim() ? { link: draft.link.trim() } : {}),
  };
  const checked = validateInitiative({ id: '', ...fields }, operatingModel);
  const issue = (field: string) => {
    const found =
      submitted && !checked.ok ? checked.issues.find((i) => i.field === field) : undefined;
    return found && words.issue(found);
  };

  const { run, busy } = action;
  const error = loadError ?? action.error;
  const add = () => {
    setSubmitted(true);
    if (!checked.ok || busy) return;
    run(async () => {
      const created = await repository.createInitiative({ ...fields, clientId });
      setItems((current) => [...current, created]);
      setDraft({ ...emptyDraft, owner: [me] });
      setClientId(crypto.randomUUID());
      setSubmitted(false);
      setAnnouncement(say('Initiative “{title}” added.', { title: created.title }));
    });
  };
  // The status picker stays enabled (disabled, it would drop the focus to the page) while another
  // change saves; a status picked meanwhile is not taken, and the picker shows the stored one.
  const update = (initiative: Initiative, status: InitiativeStatus) => {
    if (busy) return;
    run(async () => {
      const saved = await repository.updateInitiative({ ...initiative, status });
      setItems((current) => current.map((item) => (item.id === saved.id ? saved : item)));
      setAnnouncement(
        say('Status of “{title}”: {status}.', {
          title: saved.title,
          status: words.initiative(status),
        }),
      );
    });
  };
  const remove = (initiative: Initiative) =>
    run(async () => {
      await repository.deleteInitiative(initiative);
      setItems((current) => current.filter((item) => item.id !== initiative.id));
      setAnnouncement(say('“{title}” removed.', { title: initiative.title }));
    });

  return (
    <section className={styles.root} aria-label={say('Initiatives')}>
      <Subtitle2 as="h3">{say('Initiatives')}</Subtitle2>
      <Caption1 className={styles.muted}>
        {say(
          'The work you do to move this key result. Initiatives never count towards its progress.',
        )}
      </Caption1>
      {items === undefined && !error ? (
        <LoadingState label={say('Loading initiatives')} rows={1} />
      ) : null}
      {items?.length === 0 ? (
        <Text className={styles.muted}>{say('No initiatives yet.')}</Text>
      ) : null}
      {items?.map((initiative) => (
        <div key={initiative.id} className={styles.item}>
          <Text className={styles.title}>
            {initiative.title}
            {initiative.owner ? ` · ${initiative.owner.displayName}` : ''}
            {initiative.dueDate
              ? ` · ${say('due {date}', { date: formatDay(initiative.dueDate, locale) })}`
              : ''}
          </Text>
          {isOverdue(initiative, today()) ? <OverdueTag /> : null}
          <Select
            aria-label={say('Status of {title}', { title: initiative.title })}
            value={initiative.status}
            onChange={(_, data) => update(initiative, data.value as InitiativeStatus)}
          >
            {initiativeStatuses.map((status) => (
              <option key={status} value={status}>
                {words.initiative(status)}
              </option>
            ))}
          </Select>
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={say('Remove {name}', { name: initiative.title })}
            disabledFocusable={busy}
            onClick={() => remove(initiative)}
          />
        </div>
      ))}
      <div className={styles.add}>
        <Field label={say('New initiative')} validationMessage={issue('title')}>
          <Input
            value={draft.title}
            onChange={(_, data) => setDraft({ ...draft, title: data.value })}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              add();
            }}
          />
        </Field>
        <div className={styles.row}>
          <Field label={say('Owner')}>
            <PeoplePicker
              multiple={false}
              aria-label={say('Owner of the new initiative')}
              say={say}
              selected={draft.owner}
              onChange={(owner) => setDraft({ ...draft, owner })}
            />
          </Field>
          <DateField
            label={say('Due (optional)')}
            validationMessage={issue('dueDate')}
            value={draft.dueDate}
            onChange={(dueDate) => setDraft({ ...draft, dueDate })}
          />
        </div>
        <Field
          label={say('Link (optional)')}
          hint={say('Where the work is tracked: a plan, a board, a document (https://…).')}
          validationMessage={issue('link')}
        >
          <Input
            type="url"
            value={draft.link}
            onChange={(_, data) => setDraft({ ...draft, link: data.value })}
          />
        </Field>
        <div>
          <Button icon={<AddRegular />} disabledFocusable={busy} onClick={add}>
            {say('Add initiative')}
          </Button>
        </div>
      </div>
      {error ? <ErrorState error={error} /> : null}
      <span role="status" aria-live="polite" className={styles.muted}>
        {announcement}
      </span>
    </section>
  );
}

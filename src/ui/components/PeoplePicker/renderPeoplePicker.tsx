import {
  Avatar,
  Button,
  Caption1,
  mergeClasses,
  Spinner,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
} from '@fluentui/react-components';
import { ChevronDownRegular } from '@fluentui/react-icons';
import type { PeoplePickerState } from './PeoplePicker.types';
import type { usePeoplePickerStyles } from './usePeoplePickerStyles';

/** Marks a picker's input that holds text not chosen as a person (`unchosenPeopleInput`). */
const unchosenMark = 'data-unchosen-person';

/**
 * The people picker in `form` whose input holds text not chosen as a person, if any: the form
 * refuses to save then, as the text would be dropped without a word (a team saved with no owner
 * while "Lee G" stood in its Owners field).
 */
export function unchosenPeopleInput(form: HTMLElement | null): HTMLElement | null {
  return form?.querySelector<HTMLElement>(`[${unchosenMark}]`) ?? null;
}

export function renderPeoplePicker(
  state: PeoplePickerState,
  styles: ReturnType<typeof usePeoplePickerStyles>,
) {
  const { props, status, say } = state;
  const failed = status.kind === 'failed' || state.unchosen;
  const statusId = props.id ? `${props.id}-status` : undefined;
  return (
    <div className={styles.root}>
      <TagPicker
        selectedOptions={state.selectedIds}
        onOptionSelect={(_, data) => state.toggle(data.value)}
        open={state.open}
        onOpenChange={(_, data) => state.setOpen(data.open)}
        disabled={props.disabled}
      >
        {/* Fluent names its chevron "Open …" in English whatever the page's language. */}
        <TagPickerControl
          expandIcon={{
            'aria-label': props['aria-label']
              ? say('Show suggestions for {field}', { field: props['aria-label'] })
              : say('Show suggestions'),
            children: <ChevronDownRegular />,
          }}
        >
          <TagPickerGroup aria-label={say('Chosen people')}>
            {props.selected.map((person) => (
              <Tag
                key={person.id}
                shape="rounded"
                value={person.id}
                media={<Avatar aria-hidden name={person.displayName} color="colorful" />}
                title={person.email}
                dismissIcon={{ 'aria-label': say('Remove {name}', { name: person.displayName }) }}
              >
                {person.displayName}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput
            id={props.id}
            aria-label={props['aria-label']}
            aria-describedby={statusId}
            placeholder={
              props.selected.length === 0 ? (props.placeholder ?? say('Search people')) : ''
            }
            value={state.query}
            onChange={(event) => state.setQuery(event.target.value)}
            onBlur={state.leave}
            aria-invalid={state.unchosen || undefined}
            {...(state.query.trim() ? { [unchosenMark]: '' } : {})}
          />
        </TagPickerControl>
        <TagPickerList>
          {state.suggestions.map((person) => (
            <TagPickerOption
              key={person.id}
              value={person.id}
              text={person.displayName}
              secondaryContent={person.email}
              media={<Avatar aria-hidden name={person.displayName} color="colorful" />}
            >
              {person.displayName}
            </TagPickerOption>
          ))}
        </TagPickerList>
      </TagPicker>
      <div
        id={statusId}
        role="status"
        aria-live="polite"
        className={mergeClasses(styles.status, failed && styles.failed)}
      >
        {status.kind === 'searching' ? <Spinner size="extra-tiny" aria-hidden /> : null}
        <Caption1>{state.statusText}</Caption1>
        {status.kind === 'failed' ? (
          <Button size="small" appearance="transparent" onClick={state.retry}>
            {say('Try again')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

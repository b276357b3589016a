import { Button, Field, Input } from '@fluentui/react-components';
import { CalendarRegular } from '@fluentui/react-icons';
import { reloadable } from '../../../reloadable';
import { sayNotLoaded } from '../States/ErrorStateOnDemand';
import { lazyPart, OnDemand } from '../States/lazyPart';
import type { DateFieldState } from './DateField.types';

// The calendar (Fluent's, with its popover) loads when its button is first pointed at, focused or
// pressed: no first screen carries it, nor the dialogs that hold date fields.
const loadDateCalendar = reloadable(() => import('./DateCalendar'));
const DateCalendar = lazyPart(() => loadDateCalendar().then(({ DateCalendar }) => DateCalendar));

export function renderDateField(state: DateFieldState) {
  return (
    <>
      <Field
        // The calendar opens beside the whole field: when it opens above, it
        // leaves the field's label readable.
        ref={state.setAnchor}
        label={state.label}
        required={state.required}
        hint={state.hint}
        validationMessage={state.validationMessage}
      >
        <Input
          ref={state.input}
          value={state.text}
          disabled={state.disabled}
          placeholder={state.placeholder}
          onChange={(_, data) => state.type(data.value)}
          onBlur={state.leave}
          onKeyDown={state.keyDown}
          contentAfter={
            <Button
              ref={state.calendarButton}
              appearance="transparent"
              size="small"
              icon={<CalendarRegular />}
              aria-label={state.calendarName}
              title={state.calendarName}
              aria-haspopup="dialog"
              aria-expanded={state.calendar.open}
              disabled={state.disabled}
              onPointerEnter={DateCalendar.prepare}
              onFocus={DateCalendar.prepare}
              onClick={state.openCalendar}
            />
          }
        />
      </Field>
      {/* Beside the field, not in it: a field labels the one element it holds. */}
      {state.calendarAsked > 0 ? (
        <OnDemand parts={[DateCalendar]} resetKeys={[state.calendarAsked]} fallback={sayNotLoaded}>
          <DateCalendar {...state.calendar} />
        </OnDemand>
      ) : null}
    </>
  );
}

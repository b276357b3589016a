import { useCallback, useMemo, useState } from 'react';
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarGroup,
  Option,
  Subtitle2,
  Switch,
  Textarea,
} from '@fluentui/react-components';
import { currentCycle } from '../../../core/cycles';
import { messageLanguageOf, messageLanguages } from '../../../core/message-languages';
import { formatForTyping } from '../../../core/format-for-typing';
import { format } from '../../../core/messages';
import { annualCycle, fiscalYearOf } from '../../../core/cycle-templates';
import type { FiscalYear, OperatingModel } from '../../../core/operating-model';
import { parseNumber } from '../../../core/parse';
import { validateOperatingModelToSave } from '../../../core/story';
import type { Board } from '../../../store/repository';
import { useAppServices, useLocale } from '../../app/AppServices';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import { useFocusRefusedField } from '../../hooks/useFocusRefusedField';
import { today } from '../../board/useBoardData';
import { fieldMessage } from '../../components/FieldMessage/fieldMessage';
import { ErrorState } from '../../components/States/ErrorState';
import { useSaveWithConflict } from '../../hooks/useSaveWithConflict';
import { modelConsequences } from '../modelPreview';
import {
  defaultAt,
  labelAt,
  modelFieldGroups,
  monthNames,
  monthOfYear,
  valueAt,
  weekdays,
  withValue,
  type ModelField,
} from '../operatingModelFields';
import { SaveConflict } from '../parts/SaveConflict';
import type { ProgrammeSectionProps } from '../ProgrammeSection.types';
import { useSectionStyles } from '../useSectionStyles';
import { useUnsavedSection } from '../useUnsavedSection';
import { useDialogWords } from '../../board/dialog-words';
import { useProgrammeSay, type ProgrammeSay, type ProgrammeText } from '../programme-words';

/** A language by its own name; a stored tag that names none of them as it is stored. */
function languageName(tag: string): string {
  const language = messageLanguageOf(tag);
  return language ? messageLanguages[language] : tag;
}

const yearNamings = {
  end: 'The year they end in',
  start: 'The year they start in',
} as const satisfies Record<FiscalYear['namedBy'], ProgrammeText>;

/** A setting's value as the editor names it (a number as typed). */
function said(field: ModelField, value: unknown, locale: string, say: ProgrammeSay): string {
  if (field.kind === 'weekday') return weekdays(locale)[value as number] ?? String(value);
  if (field.kind === 'month') return monthNames(locale)[(value as number) - 1] ?? String(value);
  if (field.kind === 'yearNaming') {
    const naming = yearNamings[value as FiscalYear['namedBy']];
    return naming ? say(naming) : String(value);
  }
  if (field.kind === 'language') return languageName(String(value));
  if (field.kind === 'boolean') return value ? say('on') : say('off');
  return String(value);
}

function describeDefault(field: ModelField, locale: string, say: ProgrammeSay): string {
  const value = defaultAt(field.path);
  if (field.kind === 'number') return formatForTyping(value as number, locale);
  if (field.kind === 'story') return say('the built-in story');
  return said(field, value, locale, say);
}

/**
 * How a fiscal year would be named under each choice, on this year's: "The year they end in:
 * FY2027 starts in July 2026".
 */
function yearNamingExamples(
  firstMonth: number,
  now: string,
  locale: string,
  say: ProgrammeSay,
): Record<FiscalYear['namedBy'], string> {
  const example = (namedBy: FiscalYear['namedBy']) => {
    const fiscal = { firstMonth, namedBy };
    const year = fiscalYearOf(now, fiscal);
    const month = monthOfYear(annualCycle(year, fiscal).start, locale);
    return namedBy === 'end'
      ? say('The year they end in: FY{year} starts in {month}', { year: String(year), month })
      : say('The year they start in: FY{year} starts in {month}', { year: String(year), month });
  };
  return { end: example('end'), start: example('start') };
}

/** The settings the two versions disagree on, as each shows them. */
const modelConflictRows =
  (locale: string, say: ProgrammeSay) => (mine: OperatingModel, theirs: OperatingModel) =>
    modelFieldGroups
      .flatMap((group) => group.fields)
      .map((field) => ({
        label: say(field.label),
        mine: said(field, valueAt(mine, field.path), locale, say),
        theirs: said(field, valueAt(theirs, field.path), locale, say),
      }))
      .filter((row) => row.mine !== row.theirs);

export default function OperatingModelSection({
  access,
  programme,
  notify,
}: ProgrammeSectionProps) {
  const styles = useSectionStyles();
  const { repository, operatingModel, setOperatingModel } = useAppServices();
  const locale = useLocale();
  const say = useProgrammeSay();
  const { issue: sayIssue } = useDialogWords();
  // Numbers are kept as typed, so "1." or an empty box can be corrected without jumping.
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [draft, setDraft] = useState<OperatingModel>(operatingModel);
  const editable = access.setUp;
  const now = today();

  const cycle = currentCycle(programme.data.cycles, now);
  const cycleId = cycle?.id;
  // The preview is a help: the editor works without it, whatever the read's outcome.
  const loadPreviewBoard = useCallback(
    async (signal: AbortSignal): Promise<{ board?: Board }> =>
      cycleId ? { board: await repository.loadBoard({ cycleId }, { signal }) } : {},
    [repository, cycleId],
  );
  const preview = useAsyncResource(loadPreviewBoard).data;
  const board = preview.status === 'ready' ? preview.board : undefined;

  const parsed = useMemo(() => {
    let model = draft;
    const notNumbers: Record<string, string> = {};
    const readings: Record<string, string> = {};
    for (const [path, text] of Object.entries(texts)) {
      // Typed the reader's way (0,2 in German), as the board shows numbers.
      const read = parseNumber(text, { locale, field: path });
      const [issue] = read.ok ? [] : read.issues;
      if (issue?.code === 'numberRequired' || issue?.code === 'notANumber') {
        const label = labelAt(path);
        const params = {
          field: label ? say(label) : path,
          text: text.trim(),
          example: defaultAt(path) as number,
        };
        // Said from its code with the setting's label; in English as the core words it.
        notNumbers[path] = sayIssue({
          ...issue,
          params: { ...issue.params, ...params },
          message: format(`validation.${issue.code}`, params, locale),
        });
      } else if (issue) notNumbers[path] = sayIssue(issue);
      else if (read.ok) {
        model = withValue(model, path, read.value);
        if (read.readAs) readings[path] = sayIssue(read.readAs);
      }
    }
    return { model, notNumbers, readings };
  }, [draft, texts, locale, say, sayIssue]);
  const checked = validateOperatingModelToSave(parsed.model);
  const issues = checked.ok ? [] : checked.issues;
  const messageFor = (path: string) =>
    parsed.notNumbers[path] ??
    (issues
      .filter((issue) => path === issue.field || path.startsWith(`${issue.field}.`))
      .map(sayIssue)
      .join(' ') ||
      undefined);
  const changed = JSON.stringify(parsed.model) !== JSON.stringify(operatingModel);
  // Typed, even where it is no number yet: Save says why not, Discard changes drops it.
  const edited = changed || Object.keys(parsed.notNumbers).length > 0;
  useUnsavedSection(say('the operating model'), edited);
  const blocked = issues.length > 0 || Object.keys(parsed.notNumbers).length > 0;
  // A model that cannot be saved changes nothing: its preview would tell of refused values
  // ("Check-ins come every 0 days").
  const consequences =
    board && !blocked
      ? modelConsequences(operatingModel, parsed.model, board, now, say, locale)
      : [];

  // Saved on the version the editor read: another admin's save meanwhile is a conflict to
  // resolve (a change of theirs to other settings is merged), never lost silently.
  const saving = useSaveWithConflict(
    useCallback((model: OperatingModel) => repository.saveOperatingModel(model), [repository]),
    useCallback(
      (saved: OperatingModel) => {
        setOperatingModel(saved);
        setDraft(saved);
        setTexts({});
        notify(say('The operating model is saved.'));
      },
      [setOperatingModel, notify, say],
    ),
    undefined,
    operatingModel,
  );
  // Save refused goes to the first field that says why: the form is long, and its message may be
  // out of sight above (a Save greyed out while blocked said nothing about what was wrong).
  const refusal = useFocusRefusedField<HTMLDivElement>();
  const save = () => {
    if (blocked) refusal.check();
    else saving.save(parsed.model);
  };

  const control = (field: ModelField) => {
    const value = valueAt(parsed.model, field.path);
    switch (field.kind) {
      case 'weekday':
        return (
          <Dropdown
            disabled={!editable}
            value={weekdays(locale)[value as number] ?? ''}
            selectedOptions={[String(value)]}
            onOptionSelect={(_, data) =>
              setDraft(withValue(draft, field.path, Number(data.optionValue)))
            }
          >
            {weekdays(locale).map((day, index) => (
              <Option key={day} value={String(index)}>
                {day}
              </Option>
            ))}
          </Dropdown>
        );
      case 'month':
        return (
          <Dropdown
            disabled={!editable}
            value={said(field, value, locale, say)}
            selectedOptions={[String(value)]}
            onOptionSelect={(_, data) =>
              setDraft(withValue(draft, field.path, Number(data.optionValue)))
            }
          >
            {monthNames(locale).map((month, index) => (
              <Option key={month} value={String(index + 1)}>
                {month}
              </Option>
            ))}
          </Dropdown>
        );
      case 'yearNaming': {
        // A year starting in January is the calendar year, whichever of its years names it.
        const calendar = parsed.model.fiscalYear.firstMonth === 1;
        const examples = yearNamingExamples(parsed.model.fiscalYear.firstMonth, now, locale, say);
        return (
          <Dropdown
            disabled={!editable || calendar}
            value={calendar ? say(yearNamings.end) : examples[value as FiscalYear['namedBy']]}
            selectedOptions={[String(value)]}
            onOptionSelect={(_, data) => setDraft(withValue(draft, field.path, data.optionValue))}
          >
            {(['end', 'start'] as const).map((namedBy) => (
              <Option key={namedBy} value={namedBy} text={examples[namedBy]}>
                {examples[namedBy]}
              </Option>
            ))}
          </Dropdown>
        );
      }
      case 'boolean':
        return (
          <Switch
            disabled={!editable}
            checked={Boolean(value)}
            onChange={(_, data) => setDraft(withValue(draft, field.path, data.checked))}
          />
        );
      case 'story':
        return (
          <Textarea
            // The organisation's own words, in the language its OKRs are in.
            lang={parsed.model.locale}
            readOnly={!editable}
            resize="vertical"
            rows={5}
            value={String(value)}
            onChange={(_, data) => setDraft(withValue(draft, field.path, data.value))}
          />
        );
      case 'language':
        return (
          <Dropdown
            disabled={!editable}
            value={languageName(String(value))}
            selectedOptions={[messageLanguageOf(String(value)) ?? '']}
            onOptionSelect={(_, data) => setDraft(withValue(draft, field.path, data.optionValue))}
          >
            {Object.entries(messageLanguages).map(([code, name]) => (
              <Option key={code} value={code} lang={code}>
                {name}
              </Option>
            ))}
          </Dropdown>
        );
      case 'number':
        return (
          <Input
            readOnly={!editable}
            inputMode="decimal"
            value={texts[field.path] ?? formatForTyping(value as number, locale)}
            onChange={(_, data) => setTexts({ ...texts, [field.path]: data.value })}
          />
        );
    }
  };

  return (
    <div className={styles.section} ref={refusal.form}>
      <Subtitle2 as="h2">{say('Operating model')}</Subtitle2>
      <Caption1 className={styles.muted}>
        {say(
          'How your organisation runs OKRs. Every setting shows its default and where that default comes from.',
        )}
      </Caption1>
      {modelFieldGroups.map((group) => (
        <fieldset key={group.title} className={styles.card}>
          <legend className={styles.legend}>
            <Subtitle2>{say(group.title)}</Subtitle2>
          </legend>
          {group.hint ? <Caption1 className={styles.muted}>{say(group.hint)}</Caption1> : null}
          <div className={styles.form}>
            {group.fields.map((field) => (
              <Field
                key={field.path}
                label={say(field.label)}
                {...fieldMessage(messageFor(field.path), parsed.readings[field.path])}
                hint={
                  <>
                    {field.kind === 'yearNaming' && parsed.model.fiscalYear.firstMonth === 1 ? (
                      // Why the choice is greyed out, where a keyboard, which passes it by, hears it.
                      <>
                        {say(
                          'Starting in January, the fiscal year is the calendar year: FY{year} either way.',
                          { year: String(fiscalYearOf(now, parsed.model.fiscalYear)) },
                        )}{' '}
                      </>
                    ) : null}
                    {say('Default: {value}', { value: describeDefault(field, locale, say) })}
                    {/* What a published source says, and the source, cited as it was written. */}
                    {field.source ? (
                      <>
                        {' — '}
                        {say(field.source.says)} (<span lang="en">{field.source.works}</span>)
                      </>
                    ) : null}
                  </>
                }
              >
                {control(field)}
              </Field>
            ))}
          </div>
        </fieldset>
      ))}
      {changed && consequences.length > 0 ? (
        <section className={styles.card} aria-labelledby="operating-model-preview">
          <Subtitle2 as="h3" id="operating-model-preview">
            {cycle
              ? say('What changes in {cycle}', { cycle: cycle.name })
              : say('What changes in the current cycle')}
          </Subtitle2>
          <MessageBarGroup className={styles.form}>
            {consequences.map(({ sentence, intent }) => (
              <MessageBar key={sentence} intent={intent} layout="multiline">
                <MessageBarBody>{sentence}</MessageBarBody>
              </MessageBar>
            ))}
          </MessageBarGroup>
        </section>
      ) : null}
      {saving.error ? <ErrorState error={saving.error} /> : null}
      <SaveConflict
        saving={saving}
        what={say('this operating model')}
        rows={modelConflictRows(locale, say)}
      />
      {editable ? (
        <div className={styles.toolbar}>
          <Button appearance="primary" disabledFocusable={!edited || saving.saving} onClick={save}>
            {say('Save the operating model')}
          </Button>
          <Button
            disabledFocusable={!edited || saving.saving}
            onClick={() => {
              setDraft(operatingModel);
              setTexts({});
            }}
          >
            {say('Discard changes')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

import {
  Body1,
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  OverlayDrawer,
  Subtitle2,
  Textarea,
} from '@fluentui/react-components';
import { DismissRegular, EditRegular } from '@fluentui/react-icons';
import { ErrorState } from '../States/ErrorState';
import { fieldMessage } from '../FieldMessage/fieldMessage';
import type { StoryPanelState } from './StoryPanel.types';
import type { useStoryPanelStyles } from './useStoryPanelStyles';

export function renderStoryPanel(
  state: StoryPanelState,
  styles: ReturnType<typeof useStoryPanelStyles>,
) {
  const { say } = state;
  return (
    <OverlayDrawer
      position="end"
      size="medium"
      open={state.open}
      onOpenChange={(_, data) => {
        if (!data.open) state.close();
      }}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button
              appearance="subtle"
              aria-label={say('Close the story')}
              icon={<DismissRegular />}
              onClick={state.close}
            />
          }
        >
          {say('Why we use OKRs')}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        {state.error ? <ErrorState error={state.error} /> : null}
        {state.editing ? (
          <Field
            label={say('The story, in plain text (# for headings, - for bullets)')}
            hint={say('{length} of {max} characters', {
              length: state.draft.length,
              max: state.maxLength,
            })}
            {...fieldMessage(state.problem)}
          >
            <Textarea
              ref={state.editor}
              className={styles.editor}
              value={state.draft}
              maxLength={state.maxLength}
              onChange={(_, data) => state.setDraft(data.value)}
              resize="vertical"
            />
          </Field>
        ) : state.blocks.length === 0 ? (
          <Body1>
            {say(
              state.canEdit
                ? 'The organisation has not written its story yet. Use Edit to tell people why you use OKRs.'
                : 'The organisation has not written its story yet.',
            )}
          </Body1>
        ) : (
          state.blocks.map((block, index) =>
            block.kind === 'heading' ? (
              <Subtitle2 as="h3" key={index}>
                {block.text}
              </Subtitle2>
            ) : block.kind === 'list' ? (
              <ul className={styles.list} key={index}>
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>
                    <Body1>{item}</Body1>
                  </li>
                ))}
              </ul>
            ) : (
              <Body1 as="p" key={index}>
                {block.text}
              </Body1>
            ),
          )
        )}
      </DrawerBody>
      {state.canEdit ? (
        <DrawerFooter className={styles.actions}>
          {state.editing ? (
            <>
              <Button appearance="primary" disabledFocusable={state.saving} onClick={state.save}>
                {say(state.saving ? 'Saving…' : 'Save the story')}
              </Button>
              <Button onClick={state.cancelEditing}>{say('Cancel')}</Button>
            </>
          ) : (
            <Button ref={state.editButton} icon={<EditRegular />} onClick={state.startEditing}>
              {say('Edit')}
            </Button>
          )}
          {/* Always there, so a screen reader announces what it comes to say. */}
          <Body1 role="status">{state.saved ? say('The story is saved.') : ''}</Body1>
        </DrawerFooter>
      ) : null}
    </OverlayDrawer>
  );
}

import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/** Why sharing to the stage failed; nothing while it has not. */
export function ShareFailure({ message }: { readonly message: string | undefined }) {
  return message === undefined ? null : (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}

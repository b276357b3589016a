import type { FieldProps } from '@fluentui/react-components';

/**
 * What a Fluent `Field` says under its control: an error, else a warning to look at (a nudge, or
 * how a number typed the other way round was read), else nothing.
 */
export function fieldMessage(
  error: string | undefined,
  warning?: string,
): Pick<FieldProps, 'validationState' | 'validationMessage'> {
  if (error) return { validationState: 'error', validationMessage: error };
  if (warning) return { validationState: 'warning', validationMessage: warning };
  return {};
}

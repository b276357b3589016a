import { Field } from '@fluentui/react-components';
import { ConflictError, InvalidError } from '../../../store/errors';
import { ErrorState } from '../../components/States/ErrorState';

/**
 * Why a Programme write failed: a rule the store named, or a change of someone else's that
 * stopped it (a cycle deleted after it changed), in the store's words as a field message; or the
 * failure.
 */
export function SaveError({ error }: { readonly error: unknown }) {
  if (error instanceof InvalidError || error instanceof ConflictError) {
    return (
      <Field validationMessage={error.message} validationState="error">
        <span />
      </Field>
    );
  }
  return error ? <ErrorState error={error} /> : null;
}

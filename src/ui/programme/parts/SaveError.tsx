import { Field } from '@fluentui/react-components';
import { InvalidError } from '../../../store/errors';
import { ErrorState } from '../../components/States/ErrorState';

/** Why a Programme write failed: a rule the store named, as a field message, or the failure. */
export function SaveError({ error }: { readonly error: unknown }) {
  if (error instanceof InvalidError) {
    return (
      <Field validationMessage={error.message} validationState="error">
        <span />
      </Field>
    );
  }
  return error ? <ErrorState error={error} /> : null;
}

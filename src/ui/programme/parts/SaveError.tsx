import { Field } from '@fluentui/react-components';
import { ConflictError, InvalidError } from '../../../store/errors';
import { useLocaleWords } from '../../app/AppServices';
import { ErrorState } from '../../components/States/ErrorState';
import { useDescribeError } from '../../errors/useDescribeError';

/**
 * Why a Programme write failed: a rule the store named, or a change of someone else's that
 * stopped it (a cycle deleted after it changed), in the store's words as a field message; or the
 * failure. A rule the store named by its code is said in the reader's language.
 */
export function SaveError({ error }: { readonly error: unknown }) {
  const translated = useLocaleWords() !== undefined;
  const describe = useDescribeError();
  if (error instanceof InvalidError || error instanceof ConflictError) {
    const rules =
      translated && error instanceof InvalidError && error.details.length > 0
        ? describe(error).details
        : undefined;
    return (
      <Field validationMessage={rules?.join(' ') ?? error.message} validationState="error">
        <span />
      </Field>
    );
  }
  return error ? <ErrorState error={error} /> : null;
}

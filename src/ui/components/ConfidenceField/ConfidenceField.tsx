import {
  Field,
  makeStyles,
  Slider,
  Text,
  tokens,
  type FieldProps,
} from '@fluentui/react-components';
import { useSay } from '../../board/say';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  slider: { flexGrow: 1 },
  value: { minWidth: '3em', fontVariantNumeric: 'tabular-nums' },
});

export interface ConfidenceFieldProps {
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly onChange: (value: number) => void;
  readonly hint?: string;
  /** The field's message: an error, or a nudge shown as a warning. */
  readonly message?: Pick<FieldProps, 'validationState' | 'validationMessage'>;
}

/** A check-in's confidence on the model's scale: a slider, with the value beside it as "7/10". */
export function ConfidenceField({
  value,
  min,
  max,
  onChange,
  hint,
  message = {},
}: ConfidenceFieldProps) {
  const styles = useStyles();
  const say = useSay();
  return (
    <Field
      label={say('Confidence ({min} to {max})', { min, max })}
      {...(hint ? { hint } : {})}
      {...message}
    >
      <div className={styles.row}>
        <Slider
          className={styles.slider}
          min={min}
          max={max}
          step={1}
          value={value}
          aria-valuetext={say('{value} of {max}', { value, max })}
          onChange={(_, data) => onChange(data.value)}
        />
        <Text className={styles.value} aria-hidden>
          {value}/{max}
        </Text>
      </div>
    </Field>
  );
}

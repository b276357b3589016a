import type { KeyResult } from '../../../core/model';

/** "42 / 60 customers", "Done" / "Not done", "Step 2 of 4: Pilot". */
export function formatKeyResultValue(keyResult: KeyResult): string {
  const unit = keyResult.unit ? ` ${keyResult.unit}` : '';
  switch (keyResult.kind) {
    case 'binary':
      return keyResult.current >= 1 ? 'Done' : 'Not done';
    case 'milestone': {
      const steps = keyResult.milestones;
      const step = steps?.[Math.max(0, Math.ceil(keyResult.current) - 1)];
      return `${keyResult.current} of ${keyResult.target}${unit}${step && keyResult.current > 0 ? `: ${step}` : ''}`;
    }
    case 'stayAbove':
      return `${keyResult.current}${unit} (stay at or above ${keyResult.target})`;
    case 'stayBelow':
      return `${keyResult.current}${unit} (stay at or below ${keyResult.target})`;
    default:
      return `${keyResult.current} / ${keyResult.target}${unit}`;
  }
}

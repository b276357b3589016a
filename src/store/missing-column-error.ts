import { InvalidError } from './errors';

/**
 * The site was set up before the schema gained `column` (on the list `list`, its display name):
 * nothing was written. Running the site set-up (provisioning) again adds it.
 * Apart from `errors.ts`, which every first screen loads: only the Graph adapter throws it and the
 * Next cycle section reads it.
 */
export class MissingColumnError extends InvalidError {
  constructor(
    readonly list: string,
    readonly column: string,
  ) {
    super(`"${list}" lacks the column ${column}: run npm run provision-lists again.`, [column]);
    this.name = 'MissingColumnError';
  }
}

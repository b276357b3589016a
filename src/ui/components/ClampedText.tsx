import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useSay } from '../board/say';
import type { RowClasses } from './RowClasses';

const useStyles = makeStyles({
  root: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'pre-line',
    overflowWrap: 'anywhere',
  },
});

/** Where a long text is cut: the first lines, or a couple of lines' worth of characters. */
export function clampedPart(text: string, maxLines: number, maxCharacters: number): string {
  const lines = text.split('\n');
  const cut = lines.slice(0, maxLines).join('\n');
  if (cut.length <= maxCharacters && lines.length <= maxLines) return text;
  if (cut.length <= maxCharacters) return cut;
  const atWord = cut.lastIndexOf(' ', maxCharacters);
  return cut.slice(0, atWord > maxCharacters / 2 ? atWord : maxCharacters);
}

/**
 * A description on the board: plain text (never HTML), line breaks kept, its first lines shown
 * with "Show more" for the rest, so imported notes of any length never push the board apart.
 */
export function ClampedText({
  text,
  label,
  maxLines = 2,
  maxCharacters = 180,
  classes,
}: {
  readonly text: string;
  /** What the text is about, for the toggle's accessible name. */
  readonly label: string;
  readonly maxLines?: number;
  readonly maxCharacters?: number;
  /** The board's classes: its "Show more" is a Fluent `Link` rendered as a button. */
  readonly classes: RowClasses;
}) {
  const styles = useStyles();
  const say = useSay();
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const shortened = clampedPart(text, maxLines, maxCharacters);
  const long = shortened !== text;
  return (
    <Caption1 as="p" id={id} className={styles.root}>
      {expanded || !long ? text : `${shortened.trimEnd()}…`}
      {long ? (
        <>
          {' '}
          <button
            type="button"
            className={classes.link.button}
            aria-expanded={expanded}
            aria-controls={id}
            aria-label={say(
              expanded
                ? 'Show less of the details of {title}'
                : 'Show more of the details of {title}',
              { title: label },
            )}
            onClick={() => setExpanded(!expanded)}
          >
            {say(expanded ? 'Show less' : 'Show more')}
          </button>
        </>
      ) : null}
    </Caption1>
  );
}

import { useId, useState } from 'react';
import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';

interface PromptSourceProps {
  /** The source in a few words. */
  readonly short: string;
  /** The whole citation: the work, the chapter, what it says. */
  readonly citation: string;
  /** What the link says, in the pane's language: "Source: {short}" by default. */
  readonly label?: string;
}

const useStyles = makeStyles({
  root: { display: 'block', color: tokens.colorNeutralForeground3 },
  // Fluent's Link sets its own size; beside a caption it takes the caption's.
  link: { fontSize: 'inherit' },
});

/**
 * A coaching prompt's source in a few words, under the prompt; its whole citation opens beneath
 * it on demand (the disclosure pattern), so a narrow pane (a meeting's side panel, Excel's task
 * pane) shows the prompts, not the bibliography.
 */
export function PromptSource({ short, citation, label = `Source: ${short}` }: PromptSourceProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const citationId = useId();
  return (
    <Text size={100} className={styles.root}>
      <Link
        as="button"
        appearance="subtle"
        className={styles.link}
        aria-expanded={open}
        aria-controls={citationId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {label}
      </Link>
      {/* The published source, as it was published: English on any page. */}
      <span id={citationId} hidden={!open} lang="en">
        {' '}
        {citation}
      </span>
    </Text>
  );
}

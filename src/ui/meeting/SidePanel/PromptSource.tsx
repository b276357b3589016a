import { useId, useState } from 'react';
import { Link, Text } from '@fluentui/react-components';

interface PromptSourceProps {
  /** The source in a few words. */
  readonly short: string;
  /** The whole citation: the work, the chapter, what it says. */
  readonly citation: string;
  readonly className: string;
  readonly linkClassName: string;
}

/**
 * A prompt's source in a few words; its whole citation opens beneath it on demand (the
 * disclosure pattern), so a 320 px side panel shows the prompts, not the bibliography.
 */
export function PromptSource({ short, citation, className, linkClassName }: PromptSourceProps) {
  const [open, setOpen] = useState(false);
  const citationId = useId();
  return (
    <Text size={100} className={className}>
      <Link
        as="button"
        appearance="subtle"
        className={linkClassName}
        aria-expanded={open}
        aria-controls={citationId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        Source: {short}
      </Link>
      <span id={citationId} hidden={!open}>
        {' '}
        {citation}
      </span>
    </Text>
  );
}

import {
  Caption1,
  MenuGroup,
  MenuGroupHeader,
  MenuItemCheckbox,
  SearchBox,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { noOwner } from '../../../core/board-filter';
import { readersCollator } from '../../../core/collation';
import { textFinder } from '../../../core/find-text';
import type { Person } from '../../../core/model';
import { useLocale } from '../../app/AppServices';
import type { TeamView } from '../../board/boardView.types';
import { useSay } from '../../board/say';

/** From this many owners on, the list (which then scrolls) has a box to find one by typing. */
export const ownerSearchFrom = 8;

const useStyles = makeStyles({
  find: {
    display: 'flex',
    margin: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  none: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    maxWidth: '16em',
  },
});

/**
 * Everyone owning a KR or an objective on the board, by name as a reader of `locale` (the app's
 * language) files them, and whether some KR has no owner.
 */
export function ownersOn(
  board: readonly TeamView[],
  locale: string,
): { readonly owners: readonly Person[]; readonly someUnowned: boolean } {
  const owners = new Map<string, Person>();
  let someUnowned = false;
  for (const { objectives } of board) {
    for (const { objective, keyResults } of objectives) {
      if (objective.owner) owners.set(objective.owner.id, objective.owner);
      for (const { keyResult } of keyResults) {
        if (keyResult.owner) owners.set(keyResult.owner.id, keyResult.owner);
        else someUnowned = true;
      }
    }
  }
  const byName = readersCollator(locale);
  return {
    owners: [...owners.values()].sort((a, b) => byName.compare(a.displayName, b.displayName)),
    someUnowned,
  };
}

/**
 * The Filters menu's owners, and "No owner" where some KR has none. A long list has a box above
 * it that keeps the owners whose name or email holds what is typed, whatever its case and accents
 * ("jose" finds José, "muller" Müller: `textFinder`, in the reader's locale); Enter or ↓ (the menu's own
 * arrow keys) goes on to the first of them, and a search that finds no one says so. The owners
 * chosen stay in the list whatever is typed, to be seen and unticked. What is typed is forgotten
 * as the menu closes.
 */
export function OwnerFilter({
  owners,
  someUnowned,
  chosen,
}: {
  readonly owners: readonly Person[];
  readonly someUnowned: boolean;
  /** The owners' ids the filter holds. */
  readonly chosen: readonly string[];
}) {
  const styles = useStyles();
  const say = useSay();
  const [typed, setTyped] = useState('');
  const list = useRef<HTMLDivElement>(null);
  const searchable = owners.length >= ownerSearchFrom;
  const locale = useLocale();
  const needle = searchable ? typed.trim() : '';
  const matches = useMemo(() => textFinder(needle, locale), [needle, locale]);
  const noOwnerLabel = say('No owner');
  const found = (owner: Person) =>
    matches(owner.displayName) || (!!owner.email && matches(owner.email));
  const shown = needle
    ? owners.filter((owner) => chosen.includes(owner.id) || found(owner))
    : owners;
  const unowned = someUnowned && (!needle || chosen.includes(noOwner) || matches(noOwnerLabel));
  const noOne = needle !== '' && !owners.some(found) && !(someUnowned && matches(noOwnerLabel));
  // The box at the top of the menu's scrolling area, so that what it finds, or that it finds no
  // one, shows below it rather than past the menu's bottom edge.
  const showFound = () => list.current?.scrollIntoView?.({ block: 'start' });
  const toFirstFound = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    list.current?.querySelector<HTMLElement>('[role="menuitemcheckbox"]')?.focus();
  };
  return (
    <MenuGroup ref={list}>
      <MenuGroupHeader>{say('Owner')}</MenuGroupHeader>
      {searchable ? (
        <SearchBox
          className={styles.find}
          size="small"
          aria-label={say('Find an owner')}
          placeholder={say('Find an owner')}
          value={typed}
          onFocus={showFound}
          onChange={(_, data) => {
            setTyped(data.value);
            showFound();
          }}
          onKeyDown={toFirstFound}
        />
      ) : null}
      {shown.map((owner) => (
        <MenuItemCheckbox key={owner.id} name="owners" value={owner.id}>
          {owner.displayName}
        </MenuItemCheckbox>
      ))}
      {unowned ? (
        <MenuItemCheckbox name="owners" value={noOwner}>
          {noOwnerLabel}
        </MenuItemCheckbox>
      ) : null}
      {searchable ? (
        <div role="status">
          {noOne ? (
            <Caption1 className={styles.none}>
              {say('No owner on this board matches “{text}”.', { text: typed.trim() })}
            </Caption1>
          ) : null}
        </div>
      ) : null}
    </MenuGroup>
  );
}

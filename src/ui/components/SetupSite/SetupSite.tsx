import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { permissions } from '../../../store';
import { useLocale } from '../../app/AppServices';
import { useSay } from '../../board/say';
import { ErrorState } from '../States/ErrorState';
import { CheckingSite } from './CheckingSite';
import { missingItems } from './missingItems';
import { useSetupSite } from './useSetupSite';
import type { SetupSiteProps } from './SetupSite.types';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '560px',
    margin: '0 auto',
    padding: tokens.spacingHorizontalXL,
  },
  list: { margin: 0 },
});

/** Guided set-up when the OKR site's lists are missing: what is missing, then one button. */
export function SetupSite(props: SetupSiteProps) {
  const state = useSetupSite(props);
  const styles = useStyles();
  const say = useSay();
  const locale = useLocale();
  const goOn = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state.done) goOn.current?.focus();
  }, [state.done]);
  if (state.done) {
    const { createdLists, addedColumns, indexedColumns } = state.done;
    return (
      <section className={styles.root} aria-labelledby="setup-site-title">
        <Subtitle1 as="h1" id="setup-site-title">
          {say('Set up the OKR site')}
        </Subtitle1>
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{say('The OKR site is set up')}</MessageBarTitle>
            {say('Added {what}; nothing that was there was changed.', {
              what: new Intl.ListFormat(locale, { type: 'conjunction' }).format(
                [
                  say('{count} {count|list|lists}', { count: createdLists.length }),
                  say('{count} {count|column|columns}', { count: addedColumns.length }),
                  say('{count} {count|index|indexes}', { count: indexedColumns.length }),
                ].filter((_, i) => [createdLists, addedColumns, indexedColumns][i]!.length > 0),
              ),
            })}
          </MessageBarBody>
        </MessageBar>
        <Button ref={goOn} appearance="primary" onClick={props.onReady}>
          {say('Open OKR Coach')}
        </Button>
      </section>
    );
  }
  if (state.checking && !state.check) return <CheckingSite />;
  const missing = missingItems(state.check, say);
  return (
    <section className={styles.root} aria-labelledby="setup-site-title">
      <Subtitle1 as="h1" id="setup-site-title">
        {say('Set up the OKR site')}
      </Subtitle1>
      <Body1>
        {say(
          'Your OKRs live in SharePoint lists on your organisation’s OKR site. Some are not there yet. Setting them up adds what is missing and never changes or removes anything.',
        )}
      </Body1>
      {missing.length > 0 ? (
        <ul className={styles.list} aria-label={say('Missing from the OKR site')}>
          {missing.map((item) => (
            <li key={item}>
              <Body1>{item}</Body1>
            </li>
          ))}
        </ul>
      ) : null}
      <Caption1>
        {say(
          'This needs the “{manageLists}” permission, usually held by a Microsoft 365 admin. Reading and writing OKRs afterwards needs “{readWriteItems}”.',
          permissions,
        )}
      </Caption1>
      {state.error ? <ErrorState error={state.error} onRetry={state.recheck} /> : null}
      <Button appearance="primary" disabledFocusable={state.provisioning} onClick={state.provision}>
        {say(state.provisioning ? 'Setting up…' : 'Set up the OKR site')}
      </Button>
    </section>
  );
}

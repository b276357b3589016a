import { Body1, Button, Caption1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { permissions } from '../../../store';
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

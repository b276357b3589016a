import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Toaster,
  tokens,
  useId,
  useToastController,
} from '@fluentui/react-components';
import { useAppServices } from '../app/AppServices';
import { crampedMedia } from '../hooks/useNarrowFrame';
import { DiscardChangesDialog } from '../components/DiscardChangesDialog/DiscardChangesDialog';
import { ErrorState } from '../components/States/ErrorState';
import { ToastMessage } from '../components/Toasts/Toasts';
import { LoadingState } from '../components/States/LoadingState';
import { programmeAccess } from './programmeAccess';
import { ProgrammeTabs } from './parts/ProgrammeTabs';
import { programmeSections } from './programmeSections';
import type { ProgrammeSectionProps } from './ProgrammeSection.types';
import { useClaimAdmin } from './useClaimAdmin';
import { useProgrammeData } from './useProgrammeData';
import { programmeNeedsFirstRun } from '../../core/first-run';
import { useProgrammeSay } from './programme-words';
import { programmeSectionKey, rememberedSection, rememberSection } from './programmeSectionMemory';
import { UnsavedSectionContext, useUnsavedGuard, type UnsavedGuard } from './useUnsavedSection';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minHeight: 0,
    // The page around it scrolls there (ProgrammePage): the section takes the height it needs.
    [crampedMedia]: { minHeight: 'auto' },
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    overflowY: 'auto',
    flexGrow: 1,
    [crampedMedia]: { overflowY: 'visible', flexShrink: 0 },
  },
  // Never squeezed by a long section below: a message bar may shrink to its 36 px minimum
  // height in a flex column, its words then running over the tabs.
  notice: {
    margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`,
    flexShrink: 0,
  },
});

/**
 * The Programme area: teams, cycles, people and roles, the operating model, the guided first run,
 * closing a cycle, starting the next and the cycle review. Admins and coaches change what their
 * role allows; everyone else reads.
 */
export function ProgrammeScreen({
  initialSection,
  guard,
  focusSections = false,
  openBoard,
}: {
  /**
   * The section to open. Left out, "Get started" while the programme is not set up yet (no team,
   * no cycle, nothing run or planned), else the section the user last opened on this OKR site
   * (`programmeSectionMemory`), else Teams.
   */
  readonly initialSection?: string;
  /** Whether the open section's tab takes the focus as the area opens (from another page). */
  readonly focusSections?: boolean;
  /** The page's own guard, when the page has a way out of the Programme (Back to OKRs). */
  readonly guard?: UnsavedGuard;
  /** The page's way to the board of every team on a cycle, where it has one (`ProgrammePage`). */
  readonly openBoard?: (cycleId: string) => void;
}) {
  const styles = useStyles();
  const say = useProgrammeSay();
  const { roles, rolesKnown, rolesError, reloadRoles, operatingModel, firstScreenReady, site, me } =
    useAppServices();
  const memoryKey = programmeSectionKey(site ?? '', me.id);
  const programme = useProgrammeData();
  // Opened directly (`?page=programme`), this is the page's first screen: Teams keeps its loading
  // indicator up until it is told (manifest `showLoadingIndicator`), and the site roles and the
  // cache's revalidation wait for it.
  // https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/create-tab-pages/content-page
  useEffect(() => {
    if (programme.data.status !== 'loading') firstScreenReady();
  }, [programme.data.status, firstScreenReady]);
  const [section, setSection] = useState({
    id: initialSection,
    cycleId: undefined as string | undefined,
  });
  const data = programme.data;
  // Until a section is asked for, the one to open waits for the programme's state; decided once,
  // as it is read, so a team or cycle made meanwhile does not switch the section under the user.
  if (section.id === undefined && data.status === 'ready') {
    setSection({
      id: programmeNeedsFirstRun(data) ? 'start' : (rememberedSection(memoryKey) ?? 'teams'),
      cycleId: undefined,
    });
  }
  // A section asked for (a link to it) is one the user opened, as one chosen here is.
  useEffect(() => {
    if (initialSection) rememberSection(memoryKey, initialSection);
  }, [initialSection, memoryKey]);
  const openId = section.id ?? '';
  // The section is known only once the programme is read: by then the user may have put the focus
  // somewhere (the "more sections" menu, opened meanwhile, closed as its focus was taken). Only a
  // focus still left on the page's body goes to the tab.
  useEffect(() => {
    const focusLeft = !document.activeElement || document.activeElement === document.body;
    if (focusSections && openId && focusLeft) {
      document.getElementById(`programme-tab-${openId}`)?.focus();
    }
    // Once, as the area opens: not again as the user picks another section.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusSections, openId !== '']);
  // What the open section holds unsaved: another tab, or the page's own way out (its `guard`),
  // replaces the section only once the user chose to discard it.
  const own = useUnsavedGuard();
  const unsaved = guard ?? own;
  const toasterId = useId('programme-toaster');
  const { dispatchToast } = useToastController(toasterId);
  const notify = useCallback<ProgrammeSectionProps['notify']>(
    (message, action) =>
      dispatchToast(<ToastMessage title={message} {...(action ? { action } : {})} />, {
        intent: 'success',
      }),
    [dispatchToast],
  );
  const claim = useClaimAdmin(notify);
  const access = useMemo(() => programmeAccess(roles), [roles]);
  const { leave } = unsaved;
  const open = useCallback(
    (id: string, cycleId?: string) =>
      leave(() => {
        rememberSection(memoryKey, id);
        setSection({ id, cycleId });
      }),
    [leave, memoryKey],
  );
  const current = programmeSections.find((entry) => entry.id === openId) ?? programmeSections[0]!;
  const Section = current.component;
  // The notice and its button go once the claim is saved: focus goes to the open section's tab,
  // where the admin's work starts, not to the page's body.
  const becomeAdmin = () =>
    void claim.run().then((claimed) => {
      if (claimed) document.getElementById(`programme-tab-${current.id}`)?.focus();
    });
  // An outage that failed the programme's read most likely fails the roles' too: trying again
  // reads both, or an admin would stay without their buttons until the page is reloaded.
  const retry = () => {
    if (!rolesKnown) reloadRoles();
    programme.reload();
  };
  const props = useMemo<ProgrammeSectionProps | undefined>(
    () =>
      data.status === 'ready'
        ? {
            access,
            programme: { ...programme, data },
            notify,
            open,
            cycleId: section.cycleId,
            ...(openBoard
              ? { openBoard: (cycleId: string) => leave(() => openBoard(cycleId)) }
              : {}),
          }
        : undefined,
    [access, programme, data, notify, open, section.cycleId, openBoard, leave],
  );

  return (
    <section className={styles.root} aria-label={say('Programme')}>
      {access.setUp && (operatingModel.roles?.admins ?? []).length === 0 ? (
        <MessageBar intent="info" className={styles.notice}>
          <MessageBarBody>
            {say(
              'Nobody is named as an admin of this OKR programme yet. As an owner of the OKR site (or one of its OKR admins) you may become its admin, and name other admins and coaches.',
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={becomeAdmin} disabledFocusable={claim.busy}>
              {say('Become the admin')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : rolesKnown && !access.setUp && !access.coach ? (
        <MessageBar intent="info" className={styles.notice}>
          <MessageBarBody>
            {say(
              'You can read the programme here. Its admins and coaches (the OKR site\'s "OKR admins" and "OKR coaches" groups) change it.',
            )}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {claim.error ? (
        <div className={styles.notice}>
          <ErrorState error={claim.error} />
        </div>
      ) : null}
      <ProgrammeTabs tabs={programmeSections} selected={openId} open={open} />
      <div
        className={styles.panel}
        role="tabpanel"
        aria-labelledby={`programme-tab-${current.id}`}
        onFocus={(event) => {
          unsaved.field.current = event.target;
        }}
      >
        {data.status === 'loading' ? (
          <LoadingState label={say('Loading the programme')} rows={4} />
        ) : null}
        {data.status === 'error' ? <ErrorState error={data.error} onRetry={retry} /> : null}
        {props && !rolesKnown ? (
          rolesError !== undefined ? (
            <ErrorState error={rolesError} onRetry={reloadRoles} />
          ) : (
            <LoadingState label={say('Checking your role')} rows={4} />
          )
        ) : null}
        {props && rolesKnown ? (
          <Suspense
            fallback={
              <LoadingState
                label={say('Loading {section}', { section: say(current.label) })}
                rows={3}
              />
            }
          >
            <UnsavedSectionContext.Provider value={unsaved}>
              <Section key={`${current.id}:${section.cycleId ?? ''}`} {...props} />
            </UnsavedSectionContext.Provider>
          </Suspense>
        ) : null}
      </div>
      <DiscardChangesDialog
        what={unsaved.asking ?? ''}
        unsaved={{ ...unsaved, asking: unsaved.asking !== undefined }}
        say={say}
      />
      <Toaster toasterId={toasterId} position="bottom-end" />
    </section>
  );
}

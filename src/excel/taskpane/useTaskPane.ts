import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
// The ritual's own module, not the rituals' index: through it the task pane's first screen took
// in the meeting round's code.
import { ritualOfTheDay } from '../../core/rituals/ritual-of-the-day';
import { currentCycle } from '../../core/cycles';
import type { Cycle, Team } from '../../core/model';
import type { SaveProgress } from '../../store/repository';
import { useAppServices } from '../../ui/app/AppServices';
import { browserStorage } from '../../ui/app/browserStorage';
import { today as localToday } from '../../ui/app/today';
import { useDocumentLanguage, useDocumentTitle } from '../../ui/app/documentLanguage';
import { messageLanguageOf } from '../../core/message-languages';
import { useAfterPaint } from '../../ui/hooks/useAfterPaint';
import { useModuleAfterPaint } from '../../ui/hooks/useModuleAfterPaint';
import type { ConflictChoice } from '../sync/check-ins';
import type { SheetFinding } from '../sync/coach';
import type { SendReview } from '../sync/structure';
import type { SendOutcome, SheetSummary } from '../sync/workbook-sync';
import type { Busy, Confirmations, TaskPaneProps, TaskPaneState } from './TaskPane.types';
import { notLoaded, onFirstUse } from '../../ui/app/onFirstUse';
import { useLinkedCells } from './useLinkedCells';
import { paneWordsFor } from '../pane-words';
import { errorText } from './errorText';
import { reloadable } from '../../reloadable';

// The coaching engine (its rules and prompts) loads after the pane's first paint, with the
// prompts' sources, and for the sheet's wording only when the sheet is coached.
const loadPrompts = reloadable(() => import('../../core/coaching/prompts'));
const loadCoaching = reloadable(() => import('./TaskPaneCoaching'));
/** The prompts, said in Office's display language (`promptsIn`). */
const loadCoachingPromptsIn = (locale: string) => () =>
  Promise.all([loadPrompts(), loadCoaching()]).then(([prompts, { promptsIn }]) =>
    promptsIn(prompts, locale),
  );
const loadOwnedTeam = reloadable(() => import('./owned-team'));

// The workbook sync (the sheet's planning and the core's check-in rules behind it) is not needed
// to paint the pane: it loads as the pane mounts, beside the pane's first requests, and the
// sheet's summary, Load, Send and every edit wait for it.
const loadWorkbookSync = reloadable(() => import('../sync/workbook-sync'));

// The confirmations (Fluent's dialog and its focus trap) stay out of the pane's first screen:
// they load once it is painted, and a Load or Send that needs one waits for them.
const loadConfirmations = reloadable(() => import('./TaskPaneReviews'));

/** How long auto-send waits after the last edit, so a burst of typing is one send. */
const autoSendDelayMs = 1500;

/**
 * The team last loaded into any workbook, remembered in this browser (Office's webview); where
 * storage is refused, the other defaults apply.
 */
const lastTeamKey = 'okr-coach.excel.last-team';

export function useTaskPane({ workbook, requests }: TaskPaneProps): TaskPaneState {
  const { repository, me, operatingModel, host, firstScreenReady } = useAppServices();
  const { locale } = host.context;
  const words = useMemo(() => paneWordsFor(locale), [locale]);
  // The pane speaks German, French or Spanish to an Office in one of them: a screen reader reads it so.
  const translated = (messageLanguageOf(locale) ?? 'en') !== 'en';
  useDocumentLanguage(locale, translated);
  useDocumentTitle(translated ? words.say('pane.title') : undefined);
  // Text in a cell is read, and messages written, in Office's display language.
  const sync = useMemo(
    () =>
      onFirstUse(async () => {
        const { WorkbookSync } = await loadWorkbookSync().catch(notLoaded(words.notLoaded()));
        return new WorkbookSync({
          workbook,
          repository,
          model: { ...operatingModel, locale },
          author: me,
        });
      }),
    [workbook, repository, operatingModel, locale, me, words],
  );
  const [teams, setTeams] = useState<readonly Team[]>([]);
  const [cycles, setCycles] = useState<readonly Cycle[]>([]);
  const [teamId, setTeamId] = useState('');
  const [cycleId, setCycleId] = useState('');
  const [summary, setSummary] = useState<SheetSummary>();
  const [busy, setBusy] = useState<Busy>();
  const [progress, setProgress] = useState<SaveProgress>();
  const [outcome, setOutcome] = useState<SendOutcome>();
  const [error, setError] = useState<string>();
  const [autoSend, setAutoSend] = useState(false);
  const [findings, setFindings] = useState<readonly SheetFinding[]>();
  const [review, setReview] = useState<SendReview>();
  const [confirmingLoad, setConfirmingLoad] = useState(false);
  const confirmationsModule = useMemo(
    () => onFirstUse(() => loadConfirmations().catch(notLoaded(words.notLoaded()))),
    [words],
  );
  const [confirmations, setConfirmations] = useState<Confirmations>();
  /** The confirmations, loaded again if they failed to: a failure is said where one is needed. */
  const withConfirmations = useCallback(
    async () => setConfirmations(await confirmationsModule()),
    [confirmationsModule],
  );
  /** The sheet is read (it has an OKR table) and its summary waits for the workbook sync. */
  const [readingSheet, setReadingSheet] = useState(false);
  const today = localToday();

  const run = useCallback(
    async (kind: Busy, action: () => Promise<void>) => {
      setBusy(kind);
      setError(undefined);
      try {
        await action();
      } catch (caught) {
        setError(await errorText(caught, words));
      } finally {
        setBusy(undefined);
      }
    },
    [words],
  );

  useEffect(() => {
    let current = true;
    void run('load', async () => {
      // Fetched beside the pane's first requests; its failure is said once the pickers show.
      const loading = sync();
      loading.catch(() => undefined);
      // A table the pane cannot read is said once the pickers show, so Load is there to retry.
      let unreadable: { error: unknown } | undefined;
      const [teamList, cycleList, table] = await Promise.all([
        repository.listTeams(),
        repository.listCycles(),
        workbook.readTable().catch((error: unknown) => {
          unreadable = { error };
          return undefined;
        }),
      ]);
      if (!current) return;
      const binding = table?.binding;
      const known = (id: string | undefined) => teamList.some((t) => t.id === id);
      const cycle = binding?.cycle ?? currentCycle(cycleList, today) ?? cycleList[0];
      setTeams(teamList);
      setCycles(cycleList);
      setCycleId(cycle?.id ?? '');
      const chosen = [binding?.teamIds[0], browserStorage()?.get(lastTeamKey)].find(known);
      setTeamId(chosen ?? '');
      setReadingSheet(table !== undefined);
      firstScreenReady();
      const summarise = async () => {
        const loaded = await loading;
        // An edit or a load may have summarised the sheet meanwhile: theirs is newer.
        if (current) setSummary((newer) => newer ?? loaded.summarise(table));
      };
      // A first visit: the team the person owns KRs in this cycle, else the first team.
      const pickTeam = async () => {
        if (chosen) return;
        let owned: string | undefined;
        try {
          if (cycle) {
            const [board, { teamOwnedBy }] = await Promise.all([
              repository.loadBoard({ cycleId: cycle.id }),
              loadOwnedTeam().catch(notLoaded(words.notLoaded())),
            ]);
            owned = teamOwnedBy(board, me);
          }
        } finally {
          if (current)
            setTeamId((picked) => picked || (known(owned) ? owned! : (teamList[0]?.id ?? '')));
        }
      };
      await Promise.all([summarise(), pickTeam()]);
      if (unreadable) throw unreadable.error;
    });
    return () => {
      current = false;
    };
    // Loaded once per workbook and store; `today` only picks the default cycle.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sync, repository, me, firstScreenReady, run]);

  const sendWith = useCallback(
    async (confirmed?: SendReview) => {
      setProgress(undefined);
      const loaded = await sync();
      const result = await loaded.send({
        onProgress: setProgress,
        ...(confirmed ? { confirmed } : {}),
      });
      setOutcome(result);
      setSummary(result.summary);
    },
    [sync],
  );

  /** Sends what needs no confirmation (auto-send): new and deleted rows wait for the user. */
  const sendUnconfirmed = useCallback(() => void run('send', () => sendWith()), [run, sendWith]);

  const summaryRef = useRef(summary);
  summaryRef.current = summary;
  /** The Send button: new rows and deleted rows are listed for the user to confirm first. */
  const send = useCallback(
    () =>
      void run('send', async () => {
        const sheet = summaryRef.current;
        const asks =
          sheet && sheet.added.length + sheet.deleted > 0
            ? await sync().then((loaded) => loaded.review())
            : undefined;
        if (asks && asks.creates.length + asks.deletes.length > 0) {
          await withConfirmations();
          setReview(asks);
        } else await sendWith(asks);
      }),
    [run, sync, sendWith, withConfirmations],
  );

  const autoSendRef = useRef(autoSend);
  autoSendRef.current = autoSend;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = workbook.onUserEdit(() => {
      void sync()
        .then((loaded) => loaded.markEdits())
        .then(setSummary, () => undefined);
      if (!autoSendRef.current) return;
      clearTimeout(timer);
      timer = setTimeout(sendUnconfirmed, autoSendDelayMs);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [workbook, sync, sendUnconfirmed]);

  const links = useLinkedCells(workbook, requests, teamId, cycleId, autoSend, words);
  const cycle = cycles.find((c) => c.id === cycleId);
  const load = () =>
    void run('load', async () => {
      if (!cycle || !teamId) throw new Error(words.say('pane.pickFirst'));
      setOutcome(undefined);
      setSummary(await (await sync()).load([teamId], cycle));
      browserStorage()?.set(lastTeamKey, teamId);
    });
  const painted = useAfterPaint(true);
  useEffect(() => {
    if (painted) withConfirmations().catch(() => undefined);
  }, [painted, withConfirmations]);
  const coaching = useModuleAfterPaint(useMemo(() => loadCoachingPromptsIn(locale), [locale]));
  const prompts = useMemo(
    () =>
      coaching
        ? coaching
            .selectPrompts(
              cycle ? ritualOfTheDay(cycle, operatingModel.checkIn, today) : 'weekly-check-in',
              // No key results: the ritual's standing questions, which read no day nor cycle.
              { model: operatingModel, locale },
            )
            .slice(0, 5)
        : [],
    [coaching, operatingModel, locale, today, cycle],
  );

  return {
    words,
    ...(confirmations ? { confirmations } : {}),
    me: me.displayName,
    teams,
    cycles,
    teamId,
    cycleId,
    ...(summary ? { summary } : {}),
    readingSheet: readingSheet && !summary,
    busy,
    ...(progress ? { progress } : {}),
    ...(outcome ? { outcome } : {}),
    ...(error ? { error } : {}),
    autoSend,
    ...(findings ? { findings } : {}),
    ...(review ? { review } : {}),
    prompts,
    links,
    setTeamId,
    setCycleId,
    setAutoSend,
    confirmingLoad,
    load: () => {
      if ((summary?.readOnly.length ?? 0) === 0) load();
      else
        void run('load', async () => {
          await withConfirmations();
          setConfirmingLoad(true);
        });
    },
    confirmLoad: () => {
      setConfirmingLoad(false);
      load();
    },
    cancelLoad: () => setConfirmingLoad(false),
    send,
    confirmReview: () => {
      if (!review) return;
      setReview(undefined);
      void run('send', () => sendWith(review));
    },
    cancelReview: () => setReview(undefined),
    resolve: (keyResultId: string, choice: ConflictChoice) =>
      void run('resolve', async () => {
        const result = await (await sync()).resolve(keyResultId, choice);
        if ('sent' in result) setOutcome(result);
        setSummary(result.summary);
      }),
    coach: () =>
      void run('coach', async () => {
        const [found] = await Promise.all([
          sync().then((loaded) => loaded.coach()),
          loadCoaching().catch(notLoaded(words.notLoaded())),
        ]);
        setFindings(found);
      }),
  };
}

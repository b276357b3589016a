import { createHost } from '../../host';

/**
 * A page that shows what the host layer reads, so the simulator's protocol and the host layer
 * can be checked together without the product's surfaces. Its query steers it:
 * - `probeTeams`, `probeCycle`, `probeName`: what its configuration save returns
 *   (default `1`, `current`, `OKRs`); `probeSaveError`: make the save fail with that reason;
 * - `probeFail`: report this reason with `notifyFailure` instead of `notifySuccess`.
 */
function show(id: string, text: string): void {
  const target = document.getElementById(id);
  if (target) target.textContent = text;
}

async function probe(): Promise<void> {
  const started = performance.now();
  const host = await createHost();
  show('kind', host.context.kind);
  show('detect-ms', `${Math.round(performance.now() - started)} ms`);
  show('note', host.detectionNote ?? '');
  show('context', JSON.stringify(host.context, null, 2));
  show('deep-link', host.deepLink({ type: 'objective', id: '42' }));

  const seen: string[] = [];
  host.onThemeChange((theme) => {
    seen.push(theme);
    show('themes', seen.join(', '));
    document.documentElement.dataset.theme = theme;
  });
  document.documentElement.dataset.theme = host.context.theme;

  const query = new URLSearchParams(window.location.search);
  if (host.configuration) {
    host.configuration.onSave(async () => {
      const failure = query.get('probeSaveError');
      if (failure) throw new Error(failure);
      return {
        teamIds: (query.get('probeTeams') ?? '1').split(','),
        cycleId: query.get('probeCycle') ?? 'current',
        displayName: query.get('probeName') ?? 'OKRs',
      };
    });
    host.configuration.setValid(true);
  }

  const meeting = host.meeting;
  if (meeting) {
    show('roles', JSON.stringify(await meeting.roles()));
    const button = document.getElementById('share') as HTMLButtonElement;
    button.hidden = false;
    button.addEventListener('click', () => {
      meeting.shareToStage('/dev/teams-simulator/probe.html?probeStage=1').then(
        () => show('share-result', 'shared'),
        (error: unknown) =>
          show('share-result', error instanceof Error ? error.message : String(error)),
      );
    });
  }

  show('capabilities', JSON.stringify(await host.capabilities(), null, 2));
  const failure = query.get('probeFail');
  if (failure) host.notifyFailure(failure);
  else host.notifySuccess();
  document.documentElement.dataset.probe = 'done';
}

void probe();

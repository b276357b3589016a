import { stackSecretHeader } from '../stack-env';
import { hubLinks, type HubLink } from './links';

type Status = HubLink & { readonly up: boolean };

function listItem(link: HubLink): HTMLLIElement {
  const item = document.createElement('li');
  const anchor = document.createElement('a');
  anchor.href = link.href;
  anchor.textContent = link.label;
  const detail = document.createElement('span');
  detail.className = 'detail';
  detail.textContent = link.detail;
  item.append(anchor, detail);
  return item;
}

function statusItem(status: Status): HTMLLIElement {
  const item = listItem(status);
  item.className = status.up ? 'ok' : 'down';
  return item;
}

function fill(listId: string, links: readonly HubLink[]): void {
  document.getElementById(listId)?.replaceChildren(...links.map(listItem));
}

async function emulatorStatus(graphBaseUrl: string | undefined): Promise<Status> {
  const label = 'Graph emulator';
  if (!graphBaseUrl) return { label, href: '#', up: false, detail: 'not configured' };
  const href = `${new URL(graphBaseUrl).origin}/_emulator/stats`;
  try {
    const stats = (await (
      await fetch(href, {
        headers: { [stackSecretHeader]: String(import.meta.env.VITE_LOCAL_STACK_SECRET ?? '') },
      })
    ).json()) as { total?: number };
    const detail = `up at ${graphBaseUrl} · ${stats.total ?? 0} requests served`;
    return { label, href, up: true, detail };
  } catch {
    return {
      label,
      href,
      up: false,
      detail: `not answering at ${graphBaseUrl}: is npm start running?`,
    };
  }
}

function fluidStatus(fluidUrl: string | undefined): Status {
  const label = 'Fluid service';
  return fluidUrl
    ? { label, href: fluidUrl, up: true, detail: `Live Share for meetings at ${fluidUrl}` }
    : { label, href: '#', up: false, detail: 'not configured: meetings cannot share state' };
}

async function showStack(): Promise<void> {
  const emulator = await emulatorStatus(import.meta.env.VITE_GRAPH_BASE_URL as string | undefined);
  const fluid = fluidStatus(import.meta.env.VITE_FLUID_URL as string | undefined);
  document.getElementById('stack')?.replaceChildren(statusItem(emulator), statusItem(fluid));
}

fill('teams', hubLinks('teams'));
fill('excel', hubLinks('excel'));
void showStack();

import { hubLinks, type HubLink } from './links';

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

function fill(listId: string, links: readonly HubLink[]): void {
  document.getElementById(listId)?.replaceChildren(...links.map(listItem));
}

async function emulatorStatus(graphBaseUrl: string): Promise<HubLink> {
  const origin = new URL(graphBaseUrl).origin;
  const link = { label: 'Graph emulator', href: `${origin}/_emulator/stats` };
  try {
    const response = await fetch(link.href);
    const stats = (await response.json()) as { total?: number };
    return { ...link, detail: `up at ${graphBaseUrl} · ${stats.total ?? 0} requests served` };
  } catch {
    return { ...link, detail: `not answering at ${graphBaseUrl} — is npm start running?` };
  }
}

async function showStack(): Promise<void> {
  const graphBaseUrl = import.meta.env.VITE_GRAPH_BASE_URL as string | undefined;
  const stack = document.getElementById('stack');
  if (!stack) return;
  if (!graphBaseUrl) {
    stack.replaceChildren(
      listItem({ label: 'Graph emulator', href: '#', detail: 'not configured' }),
    );
    return;
  }
  const emulator = await emulatorStatus(graphBaseUrl);
  const item = listItem(emulator);
  item.className = emulator.detail.startsWith('up') ? 'ok' : 'down';
  stack.replaceChildren(item);
}

fill('teams', hubLinks('teams'));
fill('excel', hubLinks('excel'));
void showStack();

import type { LiveShareSetup } from '../../../host/live-share';
import { viewOf } from './view-of';
import { watching, type Watching } from './watching';
import { joinLiveSession, type LiveSessionSnapshot } from '../../../host/live-session';
import {
  draftKey,
  facilitatorRoles,
  readClaim,
  saveClaimKey,
  sharedDrafts,
  type DraftEditor,
  type DraftSaveClaim,
  type MeetingRole,
  type SharedDraft,
} from '../../../core/rituals';

/**
 * Planning together over the meeting's live session (`host/live-session`): the drafts are shared
 * records any participant writes; each connection publishes which draft it is editing; a save is
 * claimed before it is written, so a draft is saved once however many press Save.
 */
interface PresenceData extends Watching {
  readonly editing?: string;
}

export interface LivePlanningSnapshot {
  readonly drafts: readonly SharedDraft[];
  /** The winning save claim of each draft's save attempts, by claim key. */
  readonly claims: ReadonlyMap<string, unknown>;
  /** Who is editing which drafts (`editorsByDraft` names them in the reader's order). */
  readonly editors: readonly DraftEditor[];
  readonly me: { readonly userId: string; readonly roles: readonly MeetingRole[] };
}

export interface LivePlanning {
  snapshot(): LivePlanningSnapshot;
  subscribe(listener: () => void): () => void;
  putDraft(draft: SharedDraft): void;
  /** The draft this connection is editing now, or none. */
  editing(draftId: string | undefined): Promise<void>;
  /** True when this client's claim won: it, and only it, saves the draft. */
  claimSave(draft: SharedDraft, claim: DraftSaveClaim): Promise<boolean>;
  dispose(): void;
}

export async function joinLivePlanning(setup: LiveShareSetup): Promise<LivePlanning> {
  // Planning is done in the side panel: no one there is on the stage's check-in round.
  const session = await joinLiveSession<unknown, PresenceData>(setup, {
    editors: facilitatorRoles,
    presence: { ...watching },
  });
  const snapshot = viewOf(session, planningOf);
  return {
    snapshot,
    subscribe: (listener) => session.subscribe(listener),
    putDraft: (draft) => void session.setRecord(draftKey(draft.id), draft),
    editing: (draftId) =>
      session.publish(draftId ? { ...watching, editing: draftId } : { ...watching }),
    claimSave: async (draft, claim) =>
      readClaim(await session.claim(saveClaimKey(draft), claim))?.token === claim.token,
    dispose: () => session.dispose(),
  };
}

function planningOf(session: LiveSessionSnapshot<unknown, PresenceData>): LivePlanningSnapshot {
  return {
    drafts: sharedDrafts(session.records),
    claims: session.claims,
    editors: session.people.map((person) => ({
      displayName: person.displayName,
      editing: person.connections.map((data) =>
        typeof data?.editing === 'string' ? data.editing : undefined,
      ),
    })),
    me: session.me,
  };
}

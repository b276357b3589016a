import {
  draftKey,
  draftStatus,
  draftsToSave,
  editDraft,
  editorsByDraft,
  newSharedDraft,
  objectiveOfDraft,
  saveClaimKey,
  saveFailed,
  sharedDrafts,
  type SharedDraft,
} from '../../../src/core/rituals';

const started = (at: string) => ({ by: 'Adele Vance', at });
const draft = (id: string, at = '2026-11-30T10:00:00.000Z'): SharedDraft =>
  newSharedDraft(id, 'team-1', started(at));

describe('planning together', () => {
  it('reads the drafts among the shared records in the order they were started, the same for everyone', () => {
    const later = { ...draft('b', '2026-11-30T10:05:00.000Z'), title: 'Later' };
    const earlier = { ...draft('a'), title: 'Earlier' };
    const records = new Map<string, unknown>([
      [draftKey('b'), later],
      ['round', { phase: 'voting' }],
      [draftKey('a'), earlier],
    ]);
    expect(sharedDrafts(records).map((d) => d.title)).toEqual(['Earlier', 'Later']);
  });

  it('leaves out a record any client could have written that is not a draft, or sits under another draft’s key', () => {
    const records = new Map<string, unknown>([
      [draftKey('x'), { ...draft('x'), title: 42 }],
      [draftKey('y'), { ...draft('y'), commitment: 'maybe' }],
      [draftKey('z'), { ...draft('z'), saveAttempt: -1 }],
      [draftKey('w'), draft('other')],
      [draftKey('v'), 'text'],
      [draftKey('u'.repeat(65)), draft('u'.repeat(65))],
      [draftKey('ok'), draft('ok')],
    ]);
    expect(sharedDrafts(records).map((d) => d.id)).toEqual(['ok']);
  });

  it('keeps a saved draft as it was saved', () => {
    const saved = {
      ...draft('a'),
      title: 'Ship it',
      saved: { objectiveId: '7', by: 'Adele Vance' },
    };
    expect(editDraft(saved, { title: 'Changed' })).toBe(saved);
    expect(editDraft(draft('a'), { title: 'New' }).title).toBe('New');
  });

  it('saves only accepted drafts nobody saved or is saving; a failed save opens the draft for a new claim', () => {
    const open = { ...draft('a'), accepted: true };
    const notAccepted = draft('b');
    const claimed = { ...draft('c'), accepted: true };
    const saved = { ...draft('d'), accepted: true, saved: { objectiveId: '9', by: 'Alex' } };
    const claims = new Map<string, unknown>([[saveClaimKey(claimed), { by: 'Alex', token: 't' }]]);
    expect(draftsToSave([open, notAccepted, claimed, saved], claims)).toEqual([open]);
    expect(draftStatus(claimed, claims)).toEqual({ kind: 'saving', by: 'Alex' });
    expect(draftStatus(saved, claims)).toEqual({ kind: 'saved', objectiveId: '9', by: 'Alex' });
    expect(draftStatus(saveFailed(claimed), claims)).toEqual({ kind: 'open' });
  });

  it('makes an active objective of the board’s cycle from a draft, owned by whoever saves it', () => {
    const owner = { id: 'u1', displayName: 'Adele Vance' };
    expect(
      objectiveOfDraft(
        { ...draft('a'), title: '  Customers love onboarding ' },
        { cycleId: '3', owner },
      ),
    ).toEqual({
      cycleId: '3',
      teamId: 'team-1',
      title: 'Customers love onboarding',
      description: '',
      commitment: 'committed',
      state: 'active',
      owner,
      clientId: 'a',
    });
  });

  it('creates a draft’s objective with the same client id on every attempt, so a save sent twice stores once', () => {
    const board = { cycleId: '3', owner: { id: 'u1', displayName: 'Adele Vance' } };
    const accepted = { ...draft('5f0c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f'), accepted: true };
    const first = objectiveOfDraft(accepted, board);
    const again = objectiveOfDraft(saveFailed(accepted), board);
    expect(first.clientId).toBe('5f0c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f');
    expect(again.clientId).toBe(first.clientId);
  });

  it('lists who is editing each draft by name, once each, in one order', () => {
    const editors = editorsByDraft(
      [
        { displayName: 'Megan', editing: ['a', undefined] },
        { displayName: 'Alex', editing: ['a', 'a'] },
        { displayName: 'Adele', editing: ['b'] },
      ],
      'en',
    );
    expect(editors.get('a')).toEqual(['Alex', 'Megan']);
    expect(editors.get('b')).toEqual(['Adele']);
  });

  it('names a draft’s editors in the order the reader’s language files them', () => {
    // Swedish files "Ä" after "Z"; German beside "A".
    const people = ['Zebra', 'Ärger'].map((displayName) => ({ displayName, editing: ['a'] }));
    expect(editorsByDraft(people, 'sv-SE').get('a')).toEqual(['Zebra', 'Ärger']);
    expect(editorsByDraft(people, 'de-DE').get('a')).toEqual(['Ärger', 'Zebra']);
  });
});

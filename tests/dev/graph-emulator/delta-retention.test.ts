import { titleColumn } from '../../../src/dev/graph-emulator/columns';
import { EmulatorState, tombstoneRetention } from '../../../src/dev/graph-emulator/state';

/** Deleted items are remembered for delta up to a limit; past it, older tokens cannot be answered. */
it('forgets the oldest deletions past the retention and raises the floor for delta tokens', () => {
  const state = new EmulatorState();
  const at = '2026-01-01T00:00:00Z';
  state.apply({
    t: 'createList',
    list: {
      id: '11111111-2222-4333-8444-555555555555',
      siteId: 'site',
      name: 'Notes',
      displayName: 'Notes',
      description: '',
      template: 'genericList',
      columns: [titleColumn()],
    },
    at,
    by: 'someone',
  });
  const list = state.lists.get('11111111-2222-4333-8444-555555555555')!;
  const deletions = tombstoneRetention + 3;
  for (let id = 1; id <= deletions; id += 1) {
    state.apply({
      t: 'createItem',
      listId: list.id,
      itemId: id,
      uid: `u${id}`,
      fields: {},
      at,
      by: 'someone',
    });
    state.apply({ t: 'deleteItem', listId: list.id, itemId: id, at, by: 'someone' });
  }
  expect(list.lastChange).toBe(2 * deletions);
  expect(list.tombstones).toHaveLength(tombstoneRetention);
  expect(list.tombstones[0]).toEqual({ id: 4, change: 8 });
  // The third deletion (change 6) is the newest forgotten: a token from before it is too old.
  expect(list.deltaFloor).toBe(6);

  const restored = EmulatorState.fromSnapshot(state.toSnapshot()).lists.get(list.id)!;
  expect(restored).toEqual(expect.objectContaining({ lastChange: list.lastChange, deltaFloor: 6 }));
  expect(restored.tombstones).toHaveLength(tombstoneRetention);
});

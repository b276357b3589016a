import type { BatchExecutor } from './batch';
import type { GraphConnection } from './connection';
import type { KnownItems } from './known-items';
import type { ListPaths } from './queries';

/**
 * What the adapter's writers and readers work with, handed to them explicitly: the connection
 * (the middleware chain), its `$batch` executor, the site's lists, and what has been read so far.
 */
export interface StoreCollaborators {
  readonly connection: GraphConnection;
  readonly batch: BatchExecutor;
  readonly paths: ListPaths;
  readonly known: KnownItems;
}

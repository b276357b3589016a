/**
 * Setting up the OKR site: creates the schema's lists and columns. Running it again adds only
 * what is missing — a list, a column, an index — and never drops, renames or rewrites anything.
 *
 * Creating lists and columns needs the Graph permission `Sites.Manage.All` (an admin runs it,
 * in the app's guided "Set up the OKR site" step or with `npm run provision-lists`); reading and
 * writing items needs `Sites.ReadWrite.All`. `Sites.Selected`, granted on the OKR site only, is
 * the least-privilege alternative to both.
 *
 * Then it sets who may change what (`./access.ts`) through SharePoint REST, which needs a site
 * owner and a SharePoint token with `AllSites.FullControl` (`./graph/site-permissions.ts`); the
 * site check reports a site whose permissions were loosened since.
 */
import type { RequestOptions } from './repository';
import {
  lists,
  listKeys,
  permissions,
  type ColumnSchema,
  type ListKey,
  type ListSchema,
} from './schema';
import { BatchExecutor } from './graph/batch';
import {
  createGraphConnection,
  type GraphConnection,
  type GraphConnectionOptions,
} from './graph/connection';
import { ForbiddenError, SignInError } from './errors';
import { sharePointRest, type SharePointRest } from './graph/sharepoint-rest';
import {
  applyPermissions,
  checkPermissions,
  type PermissionProblem,
  type PermissionsCheck,
} from './graph/site-permissions';
import {
  readSiteLayout,
  type ExistingColumn,
  type ExistingList,
  type SiteAddress,
  type SiteLayout,
} from './graph/site';

export interface SiteCheck {
  /** Every list, column and index exists: the app can run. */
  readonly ready: boolean;
  readonly siteId: string;
  readonly missingLists: readonly string[];
  /** Columns missing from lists that exist (a missing list's columns are not listed). */
  readonly missingColumns: readonly { readonly list: string; readonly column: string }[];
  /**
   * Columns that exist without the index the store filters on, or without the uniqueness that
   * keeps retried writes from duplicating (e.g. check-in client ids).
   */
  readonly missingIndexes: readonly { readonly list: string; readonly column: string }[];
  /**
   * Who may change what, against the OKR scheme: `verified` is false when the caller may not see
   * who has access (only site owners may), `problems` names each loosening and how to fix it.
   */
  readonly permissions: PermissionsCheck;
  /** The permissions were verified and nothing lets more people do more than the scheme. */
  readonly secure: boolean;
}

export interface ProvisionReport extends SiteCheck {
  readonly createdLists: readonly string[];
  readonly addedColumns: readonly { readonly list: string; readonly column: string }[];
  readonly indexedColumns: readonly { readonly list: string; readonly column: string }[];
  /** What changed in the site's groups and permissions, one line each. */
  readonly permissionChanges: readonly string[];
}

export type SecureReport = Pick<ProvisionReport, 'permissionChanges'> & SiteCheck;

export interface SiteSetupOptions extends GraphConnectionOptions {
  readonly site: SiteAddress;
}

/** Graph's columnDefinition for a schema column. */
export function columnDefinition(column: ColumnSchema): Record<string, unknown> {
  const definition: Record<string, unknown> = {
    name: column.name,
    displayName: column.name,
    required: column.required ?? false,
    indexed: column.indexed ?? false,
    enforceUniqueValues: column.enforceUniqueValues ?? false,
    ...(column.description ? { description: column.description } : {}),
  };
  const type = column.type;
  switch (type.kind) {
    case 'text':
      return { ...definition, text: { allowMultipleLines: false, maxLength: type.maxLength } };
    case 'note':
      return { ...definition, text: { allowMultipleLines: true, textType: 'plain' } };
    case 'number':
      return { ...definition, number: { decimalPlaces: type.decimalPlaces ?? 'automatic' } };
    case 'dateOnly':
      return { ...definition, dateTime: { format: 'dateOnly', displayAs: 'standard' } };
    case 'dateTime':
      return { ...definition, dateTime: { format: 'dateTime', displayAs: 'standard' } };
    case 'choice':
      return {
        ...definition,
        choice: { choices: [...type.choices], allowTextEntry: false, displayAs: 'dropDownMenu' },
      };
  }
}

interface Gap {
  readonly key: ListKey;
  readonly schema: ListSchema;
  readonly existing?: ExistingList;
  readonly missingColumns: readonly ColumnSchema[];
  readonly unconstrained: readonly {
    readonly column: ExistingColumn;
    readonly schema: ColumnSchema;
  }[];
}

function gaps(layout: SiteLayout): Gap[] {
  return listKeys.map((key) => {
    const schema = lists[key];
    const existing = layout.lists.get(schema.displayName);
    if (!existing) return { key, schema, missingColumns: schema.columns, unconstrained: [] };
    const columns = new Map((existing.columns ?? []).map((column) => [column.name, column]));
    return {
      key,
      schema,
      existing,
      missingColumns: schema.columns.filter((column) => !columns.has(column.name)),
      unconstrained: schema.columns.flatMap((wanted) => {
        const column = columns.get(wanted.name);
        const lacking =
          column &&
          ((wanted.indexed && !column.indexed) ||
            (wanted.enforceUniqueValues && !column.enforceUniqueValues));
        return lacking ? [{ column, schema: wanted }] : [];
      }),
    };
  });
}

function summary(
  layout: SiteLayout,
  found: readonly Gap[],
  permissions: PermissionsCheck,
): SiteCheck {
  const missingLists = found.filter((gap) => !gap.existing).map((gap) => gap.schema.displayName);
  const missingColumns = found
    .filter((gap) => gap.existing)
    .flatMap((gap) =>
      gap.missingColumns.map((column) => ({ list: gap.schema.displayName, column: column.name })),
    );
  const missingIndexes = found.flatMap((gap) =>
    gap.unconstrained.map(({ column }) => ({ list: gap.schema.displayName, column: column.name })),
  );
  return {
    ready: missingLists.length + missingColumns.length + missingIndexes.length === 0,
    siteId: layout.siteId,
    missingLists,
    missingColumns,
    missingIndexes,
    permissions,
    secure: permissions.verified && permissions.problems.length === 0,
  };
}

function existingLists(layout: SiteLayout): Set<string> {
  return new Set(layout.lists.keys());
}

/** A refusal to read or set permissions, as the check reports it. */
function unverified(error: ForbiddenError | SignInError): PermissionsCheck {
  const problem: PermissionProblem = {
    target: 'the OKR site',
    problem: `its permissions could not be read or set: ${error.message}`,
    fix: 'run the provisioning (npm run provision-lists) as an owner of the OKR site, with the SharePoint permission AllSites.FullControl consented',
  };
  return { verified: false, problems: [problem] };
}

/** Sets up and checks one OKR site. */
export class SiteProvisioner {
  private readonly connection: GraphConnection;
  private readonly batch: BatchExecutor;

  constructor(private readonly options: SiteSetupOptions) {
    this.connection = createGraphConnection(options);
    this.batch = new BatchExecutor(this.connection);
  }

  private layout(options?: RequestOptions): Promise<SiteLayout> {
    return readSiteLayout(this.batch, this.options.site, {
      signal: options?.signal,
      action: 'Reading the OKR site',
    });
  }

  private sharePoint(
    layout: SiteLayout,
    scope: 'AllSites.Read' | 'AllSites.FullControl',
  ): SharePointRest {
    const { graphBaseUrl, tokens, timeoutMs, maxRetries, retryDelaySeconds, maxTotalDelaySeconds } =
      this.options;
    const connection = { tokens, timeoutMs, maxRetries, retryDelaySeconds, maxTotalDelaySeconds };
    return sharePointRest(connection, layout.webUrl ?? '', graphBaseUrl, scope);
  }

  /** What is missing on the site; needs only read access (its permissions, an owner). */
  async checkSite(options?: RequestOptions): Promise<SiteCheck> {
    const layout = await this.layout(options);
    let permissions: PermissionsCheck;
    try {
      permissions = await checkPermissions(
        this.sharePoint(layout, 'AllSites.Read'),
        existingLists(layout),
      );
    } catch (error) {
      // Reading permissions needs a SharePoint token: without consent to it, or without the
      // right, the lists are still checked and the permissions reported as not verified.
      if (!(error instanceof ForbiddenError || error instanceof SignInError)) throw error;
      permissions = unverified(error);
    }
    return summary(layout, gaps(layout), permissions);
  }

  /** Creates whatever is missing, then sets the permissions; needs `Sites.Manage.All` (and a site owner). */
  async provision(options?: RequestOptions): Promise<ProvisionReport> {
    const layout = await this.layout(options);
    const createdLists: string[] = [];
    const addedColumns: { list: string; column: string }[] = [];
    const indexedColumns: { list: string; column: string }[] = [];
    const listsPath = `/sites/${layout.siteId}/lists`;
    for (const gap of gaps(layout)) {
      const list = gap.schema.displayName;
      if (!gap.existing) {
        await this.manage(listsPath, 'POST', options, {
          displayName: list,
          description: gap.schema.description,
          columns: gap.schema.columns.map(columnDefinition),
          list: { template: 'genericList' },
        });
        createdLists.push(list);
        continue;
      }
      for (const column of gap.missingColumns) {
        await this.manage(
          `${listsPath}/${gap.existing.id}/columns`,
          'POST',
          options,
          columnDefinition(column),
        );
        addedColumns.push({ list, column: column.name });
      }
      for (const { column, schema } of gap.unconstrained) {
        await this.manage(
          `${listsPath}/${gap.existing.id}/columns/${column.id}`,
          'PATCH',
          options,
          {
            indexed: true,
            ...(schema.enforceUniqueValues ? { enforceUniqueValues: true } : {}),
          },
        );
        indexedColumns.push({ list, column: column.name });
      }
    }
    let permissionChanges: readonly string[] = [];
    try {
      permissionChanges = (await this.secure(options)).permissionChanges;
    } catch (error) {
      // Only a site owner may set permissions; the check below then says what is left to do.
      if (!(error instanceof ForbiddenError || error instanceof SignInError)) throw error;
    }
    const after = await this.checkSite(options);
    return { ...after, createdLists, addedColumns, indexedColumns, permissionChanges };
  }

  /**
   * Sets the OKR scheme's groups and permissions on the site's lists (`./access.ts`); needs a
   * site owner and the SharePoint permission `AllSites.FullControl`.
   */
  async secure(options?: RequestOptions): Promise<SecureReport> {
    const layout = await this.layout(options);
    const { changes } = await applyPermissions(
      this.sharePoint(layout, 'AllSites.FullControl'),
      existingLists(layout),
    );
    return { ...(await this.checkSite(options)), permissionChanges: changes };
  }

  private async manage(
    path: string,
    method: 'POST' | 'PATCH',
    options: RequestOptions | undefined,
    body: unknown,
  ): Promise<void> {
    await this.connection.send(
      { method, path, body, scopes: [permissions.manageLists] },
      {
        permission: permissions.manageLists,
        action: 'Setting up the OKR lists',
        ...(options?.signal ? { signal: options.signal } : {}),
      },
    );
  }
}

export function checkSite(options: SiteSetupOptions, request?: RequestOptions): Promise<SiteCheck> {
  return new SiteProvisioner(options).checkSite(request);
}

export function securePermissions(
  options: SiteSetupOptions,
  request?: RequestOptions,
): Promise<SecureReport> {
  return new SiteProvisioner(options).secure(request);
}

export function provision(
  options: SiteSetupOptions,
  request?: RequestOptions,
): Promise<ProvisionReport> {
  return new SiteProvisioner(options).provision(request);
}

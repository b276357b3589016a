/**
 * The Import page in jsdom: a repository that lets an admin import and finds nothing on the site,
 * and a file chosen through the page's file input as a person chooses one.
 */
import { fireEvent } from '@testing-library/react';
import { TextDecoder } from 'node:util';
import type { OkrRepository } from '../../../src/store/repository';
import { siteRolesOf } from './site-roles';

// jsdom has no TextDecoder, which the import reads a file's text with: Node's, as a browser has.
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? TextDecoder });

/** An admin's repository on a site with no teams, cycles or imported items, with `overrides`. */
export function importPageRepository(overrides: Record<string, unknown> = {}): OkrRepository {
  return {
    siteRoles: siteRolesOf({ admin: true, coach: false }),
    observeRetries: () => () => undefined,
    findPeople: () => Promise.resolve(new Map()),
    listTeams: () => Promise.resolve([]),
    listCycles: () => Promise.resolve([]),
    findImported: () => Promise.resolve(new Map()),
    ...overrides,
  } as unknown as OkrRepository;
}

/** Chooses a file of `text` named `name` in the page's file input. */
export function chooseImportFile(text: string, name: string, type = 'text/csv'): void {
  const input = document.getElementById('import-file-input') as HTMLInputElement;
  const file = new File([text], name, { type });
  // jsdom's File has no arrayBuffer(), which the page reads the chosen file with.
  const bytes = Uint8Array.from(Buffer.from(text, 'utf8'));
  Object.assign(file, { arrayBuffer: () => Promise.resolve(bytes.buffer) });
  fireEvent.change(input, { target: { files: [file] } });
}

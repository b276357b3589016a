import type { OkrRepository } from '../../../src/store/repository';
import { board } from './one-key-result-board';
import { siteRolesOf } from './site-roles';

/**
 * What the exports of the Import page read, as an admin: the one-KR board. Importing this module
 * also stands in for the browser's downloads, which jsdom lacks (no object URLs, and a download
 * link's click would navigate): `downloaded` holds the file names handed to the browser, and
 * `handedFiles` the files.
 */
export const exportingRepository = {
  siteRoles: siteRolesOf({ admin: true, coach: false }),
  listCycles: () => Promise.resolve([board.cycle]),
  listTeams: () => Promise.resolve(board.teams),
  loadBoard: () => Promise.resolve(board),
  cycleCheckInHistory: () => Promise.resolve(new Map()),
  storeIdentity: () => Promise.resolve('b7c4e1f0-3a2d-4c5e-9f81-2d6a0b9c4e13'),
} as unknown as OkrRepository;

export const downloaded: string[] = [];
/** The files handed to the browser, in order. */
export const handedFiles: Blob[] = [];

/** The bytes of a file handed to the browser. */
export const bytesOf = (blob: Blob) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });

URL.createObjectURL = (file: Blob | MediaSource) => {
  handedFiles.push(file as Blob);
  return 'blob:export';
};
URL.revokeObjectURL = () => undefined;
jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
  this: HTMLAnchorElement,
) {
  downloaded.push(this.download);
});

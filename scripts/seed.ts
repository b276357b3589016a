/**
 * Seeds the demo organisation into the local Graph emulator (provisioning the lists first).
 * Idempotent: running it again changes nothing.
 *
 *   npm run seed                     (the local stack's emulator and demo OKR site)
 *   npm run seed -- --graph http://127.0.0.1:5301/v1.0 --site contoso.sharepoint.com:/sites/okr --today 2026-11-24
 *
 * Only a loopback emulator is accepted: the development token provider refuses anything else.
 */
import { parseArgs } from 'node:util';
import { prepareDemoSite } from '../src/dev/seed';
import { defaultGraph, defaultSite } from './provision-lists';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: defaultSite },
      graph: { type: 'string', default: defaultGraph },
      today: { type: 'string' },
    },
  });
  const report = await prepareDemoSite({
    graphBaseUrl: values.graph!,
    site: values.site!,
    ...(values.today ? { today: values.today } : {}),
  });
  console.log(JSON.stringify(report, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});

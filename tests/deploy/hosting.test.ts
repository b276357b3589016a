import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { surfaces } from '../../src/surfaces';

/**
 * src/public/staticwebapp.config.json: the headers Azure Static Web Apps sends with every page.
 */

const projectRoot = resolve(__dirname, '../..');
const configFile = join(projectRoot, 'src/public/staticwebapp.config.json');

interface StaticWebAppConfig {
  globalHeaders: Record<string, string>;
  routes?: Array<{ route: string; headers?: Record<string, string> }>;
  navigationFallback?: unknown;
  mimeTypes?: Record<string, string>;
}
const config = JSON.parse(readFileSync(configFile, 'utf8')) as StaticWebAppConfig;

function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives.has(name.toLowerCase())).toBe(false); // a repeated directive is ignored
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function header(name: string): string | undefined {
  const key = Object.keys(config.globalHeaders).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : config.globalHeaders[key];
}

function routeCsp(route: string): Map<string, string[]> {
  const policy = config.routes?.find((r) => r.route === route)?.headers?.[
    'Content-Security-Policy'
  ];
  expect(policy).toBeDefined();
  return parseCsp(policy ?? '');
}

/**
 * Azure Static Web Apps sends a route's header instead of the global one of the same name
 * ("globalHeaders ... applied to each response, unless overridden by a route header rule",
 * https://learn.microsoft.com/azure/static-web-apps/configuration#global-headers), so the Teams
 * pages, the Excel pages and anything else each get their own policy.
 */
const policies = {
  teams: routeCsp('/teams/*'),
  excel: routeCsp('/excel/*'),
  other: parseCsp(header('Content-Security-Policy') ?? ''),
};

/**
 * The hosts Microsoft documents for framing a Teams / Microsoft 365 app ("Tab requirements",
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements): Teams, the
 * Microsoft 365 app and Outlook, and *.cloud.microsoft, where all of them are moving.
 */
const TEAMS_HOSTS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

/**
 * The hosts Office on the web frames the Excel task pane from: the Excel frame on
 * *.officeapps.live.com and the SharePoint / OneDrive for work or school page the workbook is
 * opened from (OfficeDev/office-js-docs-pr#4911), and *.cloud.microsoft, the domain Microsoft's
 * web clients are moving to (the same tab requirements page).
 */
const EXCEL_HOSTS = [
  'https://*.officeapps.live.com',
  'https://*.sharepoint.com',
  'https://*.cloud.microsoft',
];

describe('the content security policies', () => {
  it('lets only Teams and its Microsoft 365 hosts frame the Teams pages', () => {
    expect(policies.teams.get('frame-ancestors')).toEqual(TEAMS_HOSTS);
  });

  it('lets only Office on the web frame the Excel pages: no Teams or Outlook host', () => {
    expect(policies.excel.get('frame-ancestors')).toEqual(EXCEL_HOSTS);
  });

  it('lets nothing frame any other file', () => {
    expect(policies.other.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('has no source broader than one host or a subdomain wildcard of a registered domain', () => {
    const imageSchemes = new Set(['img-src data:', 'img-src blob:', 'font-src data:']);
    const tooBroad = Object.values(policies).flatMap((csp) =>
      [...csp].flatMap(([directive, sources]) =>
        sources
          .map((source) => `${directive} ${source}`)
          .filter((entry) => {
            const source = entry.slice(entry.indexOf(' ') + 1);
            const schemeOnly = /^(\*|[a-z-]+:)$/.test(source) && !imageSchemes.has(entry);
            const bareWildcard = /^([a-z]+:\/\/)?\*$/.test(source);
            const topLevelWildcard = /\*\.[^.]+$/.test(source); // e.g. https://*.com
            return schemeOnly || bareWildcard || topLevelWildcard;
          }),
      ),
    );
    expect(tooBroad).toEqual([]);
  });

  it('runs only the app’s own scripts, and office.js on the Excel pages: no inline script, no eval', () => {
    expect(policies.teams.get('script-src')).toEqual(["'self'"]);
    expect(policies.other.get('script-src')).toEqual(["'self'"]);
    expect(policies.excel.get('script-src')).toEqual([
      "'self'",
      'https://appsforoffice.microsoft.com',
    ]);
    for (const csp of Object.values(policies)) {
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
    }
  });

  it('talks only to Graph and sign-in; Teams pages also to Live Share and teams-js’s list of valid origins', () => {
    const graphAndSignIn = [
      "'self'",
      'https://graph.microsoft.com',
      'https://login.microsoftonline.com',
    ];
    expect(policies.excel.get('connect-src')).toEqual(graphAndSignIn);
    expect(policies.other.get('connect-src')).toEqual(graphAndSignIn);
    // teams-js fetches the origins it trusts from this file (its `validOrigins`).
    expect(policies.teams.get('connect-src')).toEqual([
      ...graphAndSignIn,
      'https://res.cdn.office.net',
      'https://*.fluidrelay.azure.com',
      'wss://*.fluidrelay.azure.com',
    ]);
    const teamsJs = readFileSync(
      join(projectRoot, 'node_modules/@microsoft/teams-js/dist/umd/MicrosoftTeams.js'),
      'utf8',
    );
    expect(teamsJs).toContain(
      'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json',
    );
  });

  it('allows no inline style: only empty <style> elements, which Griffel (Fluent UI v9) fills through the CSSOM', () => {
    // Griffel and FluentProvider create empty <style> elements and insert rules with
    // CSSStyleSheet.insertRule, which CSP does not govern ("no browser currently blocks these
    // methods", https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy/style-src).
    // The hash of the empty string admits those elements only: a <style> with any text, and every
    // style attribute, is refused (tests/browser/hosting/csp.test.ts shows both).
    const emptyStyleElement = `'sha256-${createHash('sha256').update('').digest('base64')}'`;
    for (const csp of Object.values(policies)) {
      expect(csp.get('style-src')).toEqual(["'self'", emptyStyleElement]);
    }
  });

  it('requires Trusted Types for every script sink (tests/browser/hosting/csp.test.ts runs the pages under it)', () => {
    for (const csp of Object.values(policies)) {
      expect(csp.get('require-trusted-types-for')).toEqual(["'script'"]);
    }
  });
});

describe('the other security headers', () => {
  it('forbids MIME sniffing and leaks no full URL as referrer', () => {
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  });

  it('turns off device features the app does not use', () => {
    const policy = header('Permissions-Policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(policy).toMatch(new RegExp(`(^|, )${feature}=\\(\\)`));
    }
  });

  it('never sends X-Frame-Options, which would stop Teams from framing the tab', () => {
    const everyHeader = [
      ...Object.keys(config.globalHeaders),
      ...(config.routes ?? []).flatMap((r) => Object.keys(r.headers ?? {})),
    ].map((name) => name.toLowerCase());
    expect(everyHeader).not.toContain('x-frame-options');
  });
});

describe('serving the pages', () => {
  it('has no single-page fallback: each surface is its own page, an unknown path is a 404', () => {
    expect(config.navigationFallback).toBeUndefined();
    const pages = surfaces.map((s) => s.page);
    expect(pages.every((page) => page.endsWith('.html'))).toBe(true);
  });

  it('caches hashed assets forever and pages never without asking', () => {
    const routes = new Map((config.routes ?? []).map((r) => [r.route, r.headers ?? {}]));
    expect(routes.get('/assets/*')?.['Cache-Control']).toMatch(/immutable/);
    for (const folder of new Set(surfaces.map((s) => s.page.split('/')[0]))) {
      expect(routes.get(`/${folder}/*`)?.['Cache-Control']).toBe('no-cache');
    }
    expect(config.mimeTypes?.['.json']).toBe('application/json');
  });

  it('is copied to the root of the build by Vite (publicDir src/public → dist)', () => {
    const resolved = JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          "import { resolveConfig } from 'vite';" +
            "const c = await resolveConfig({ logLevel: 'silent' }, 'build');" +
            'console.log(JSON.stringify({ publicDir: c.publicDir, outDir: c.build.outDir, copy: c.build.copyPublicDir }));',
        ],
        { cwd: projectRoot, encoding: 'utf8' },
      ),
    ) as { publicDir: string; outDir: string; copy: boolean };
    expect(resolved).toEqual({
      publicDir: join(projectRoot, 'src/public'),
      outDir: join(projectRoot, 'dist'),
      copy: true,
    });
  });

  it("answers a browser's /favicon.ico with the app's icon: a page opened on its own asks for it", () => {
    // An ICO file holding one image as PNG: its header (reserved 0, type 1, one image), the
    // image's 16-byte entry (width, height, …, size, offset), then the PNG itself; the layout of
    // Windows' ICONDIR and ICONDIRENTRY, as a browser reads them:
    // https://searchfox.org/firefox-main/source/image/ICOFileHeaders.h
    const icon = readFileSync(join(projectRoot, 'src/public/favicon.ico'));
    const png = readFileSync(join(projectRoot, 'appPackage/color.png'));
    expect([icon.readUInt16LE(0), icon.readUInt16LE(2), icon.readUInt16LE(4)]).toEqual([0, 1, 1]);
    const [size, offset] = [icon.readUInt32LE(6 + 8), icon.readUInt32LE(6 + 12)];
    expect({ size, offset, total: icon.length }).toEqual({
      size: png.length,
      offset: 22,
      total: 22 + png.length,
    });
    expect(icon.subarray(offset).equals(png)).toBe(true);
    expect([icon[6], icon[7]]).toEqual([png.readUInt32BE(16) % 256, png.readUInt32BE(20) % 256]);
  });

  it('serves pages whose markup runs no inline script, so script-src needs no exception', () => {
    for (const { page } of surfaces) {
      const html = readFileSync(join(projectRoot, 'src', page), 'utf8');
      const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
        ([, attributes, body]) => !/\bsrc=/.test(attributes ?? '') || (body ?? '').trim() !== '',
      );
      expect({ page, inlineScripts }).toEqual({ page, inlineScripts: [] });
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });
});

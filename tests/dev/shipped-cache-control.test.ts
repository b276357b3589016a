import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cacheControlFrom, routePattern } from '../../src/dev/shipped-cache-control';

const shipped = cacheControlFrom(
  JSON.parse(
    readFileSync(resolve(__dirname, '../../src/public/staticwebapp.config.json'), 'utf8'),
  ) as Parameters<typeof cacheControlFrom>[0],
);

test('the deployed build: hashed assets are cached for good, pages are revalidated', () => {
  expect(shipped('/assets/TeamTab-HzVpHm-4.js')).toBe('public, max-age=31536000, immutable');
  expect(shipped('/teams/tab.html')).toBe('no-cache');
  expect(shipped('/excel/taskpane.html')).toBe('no-cache');
  // Neither a route nor the global headers name it: revalidated.
  expect(shipped('/staticwebapp.config.json')).toBe('no-cache');
});

test('route patterns match as Static Web Apps documents them', () => {
  // https://learn.microsoft.com/azure/static-web-apps/configuration#wildcards
  expect(routePattern('/calendar/*').test('/calendar/january/1')).toBe(true);
  expect(routePattern('/calendar/*').test('/calendar')).toBe(false);
  expect(routePattern('/calendar*').test('/calendar')).toBe(true);
  expect(routePattern('/articles/*.html').test('/articles/2024/a.html')).toBe(true);
  expect(routePattern('/articles/*.html').test('/articles/a.css')).toBe(false);
  const images = routePattern('/images/thumbnails/*.{png,jpg,gif}');
  expect(images.test('/images/thumbnails/a.jpg')).toBe(true);
  expect(images.test('/images/thumbnails/a.svg')).toBe(false);
  expect(routePattern('/profile/index.html').test('/profile/index.html')).toBe(true);
  expect(routePattern('/profile/index.html').test('/profile/index.htm')).toBe(false);
  // Dots are literal.
  expect(routePattern('/a.b').test('/aXb')).toBe(false);
});

test('the first matching route decides; without its header the global one applies', () => {
  const cacheControl = cacheControlFrom({
    globalHeaders: { 'cache-control': 'max-age=60' },
    routes: [
      { route: '/assets/*.js', headers: { 'Cache-Control': 'immutable' } },
      { route: '/assets/*', headers: { 'Content-Security-Policy': "default-src 'self'" } },
      { route: '/assets/*.css', headers: { 'Cache-Control': 'never reached' } },
    ],
  });
  expect(cacheControl('/assets/a.js')).toBe('immutable');
  expect(cacheControl('/assets/a.css')).toBe('max-age=60');
  expect(cacheControl('/index.html')).toBe('max-age=60');
});

import { findQuantities, hasFromTo } from '../../../src/core/coaching/text-quantities';
import { readText } from '../../../src/core/coaching/text-features';

const kinds = (text: string) => findQuantities(text).map((q) => `${q.kind}:${q.value}`);

describe('reading quantities as people write them', () => {
  it.each([
    ['Run four webinars.', ['count:4']],
    ['Reach forty-five thousand monthly readers', ['count:45000']],
    ['Reach one hundred and twenty paying schools', ['count:120']],
    ['Hit a million monthly visitors', ['count:1000000']],
    ['Gross margin up 3pp', ['percent:3']],
    ['Reduce mean time to recovery to under an hour', ['duration:1']],
    ['Cut onboarding time in half', ['multiplier:0.5']],
    ['Reduce AWS spend by a third', ['multiplier:0.3333333333333333']],
    [
      'Double fleet-wide Y by launching X to 90+ percent of borg cells.',
      ['multiplier:2', 'percent:90'],
    ],
    ['Grow qualified pipeline from $50k to $200k', ['currency:50000', 'currency:200000']],
    ['Revenue of 1.2M EUR from new logos', ['currency:1200000']],
    ['Reach 10,000 monthly organic visits', ['count:10000']],
    ['Keep checkout under 2s at p95', ['duration:2']],
    ['Reduce average follow-up time from 72h to 24h', ['duration:72', 'duration:24']],
    ['Bounce rate drops from 50 percent to 35 percent', ['percent:50', 'percent:35']],
    ['Customer satisfaction score of at least 7.5.', ['count:7.5']],
    ['Get 3 times more qualified leads', ['multiplier:3']],
    ['Post 30 times on Instagram', ['count:30']],
    ['Teachers use the platform 3 times a week', ['count:3']],
    ['Students attend class 4 times a week', ['count:4']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    'Ship v2 by Q3',
    'Migrate to version 3',
    'Launch new customer dashboard by April fifteenth',
    'Go live by March 31, 2026',
    'Reduce P1 incidents by the end of H2',
    'Be the number one choice for small businesses in Germany.',
    'Increase Q2 recurring revenues',
    'Grow B2B revenue across all regions',
    'Cut 30-day churn',
  ])(
    'finds no quantity in "%s" (versions, quarters, dates, ranks and windows name things)',
    (text) => {
      expect(findQuantities(text)).toEqual([]);
    },
  );

  it('quotes each quantity as written: its case, separators and spaces kept', () => {
    const raws = (text: string) => findQuantities(text).map((q) => q.raw);
    expect(raws('Grow ARR from $2M to $3.5M')).toEqual(['$2M', '$3.5M']);
    expect(raws('Reach 10,000 Users in 72H')).toEqual(['10,000', '72H']);
    expect(raws('Cut churn by 5 % and revenue leakage by Forty Percent')).toEqual([
      '5 %',
      'Forty Percent',
    ]);
    expect(raws('Double Revenue with $ 50K of spend')).toEqual(['Double', '$ 50K']);
    expect(raws('Reach Forty-Five thousand readers')).toEqual(['Forty-Five thousand']);
  });

  it('recognises a baseline and a target, in digits or words', () => {
    expect(hasFromTo('Raise NPS from 25 to 50')).toBe(true);
    expect(hasFromTo('from page 2 to page 1 for target keywords')).toBe(true);
    expect(hasFromTo('Reduce lead time from fourteen days to three')).toBe(true);
    expect(hasFromTo('Increase signups from SF-based IP addresses by 20%')).toBe(false);
    expect(hasFromTo('Move customers from the old UI to the new UI')).toBe(false);
  });
});

describe('reading a line of an OKR', () => {
  it('skips bullets, "KR2:" and "We will" to find the leading verb in its base form', () => {
    expect(readText('KR2: We will launched the new site').leadingVerb).toBe('launch');
    expect(readText('- Published 3 case studies').leadingVerb).toBe('publish');
    expect(readText('Reviews average 4.5 stars').leadingVerb).toBe('reviews');
    expect(readText('We finalize the new logo.').leadingVerb).toBe('finalize');
  });

  it.each([
    ['Sales runs 5 webinars', 'run', '5 webinars'],
    ['The HR team organises 4 workshops', 'organise', '4 workshops'],
    ['Each squad carries out 3 experiments', 'carry', '3 experiments'],
    ['3 workshops are held', 'hold', '3 workshops'],
    ['5 customer interviews were conducted', 'conduct', '5 customer interviews'],
    ['Sales runs webinars', 'run', 'webinars'],
    ['Marketing publishes blog posts', 'publish', 'blog posts'],
    ['Serve 500 meals', 'serve', '500 meals'],
  ])('reads “%s” as the work “%s” on “%s”', (text, verb, object) => {
    expect(readText(text)).toMatchObject({
      leadingVerb: verb,
      startsWithActivity: true,
      restAsWritten: object,
    });
  });

  it('reads no work into a department named before a noun or a change', () => {
    expect(readText('Marketing emails reach 10,000 readers').startsWithActivity).toBe(false);
    expect(readText('Product demos convert 30% of trials').startsWithActivity).toBe(false);
    expect(readText('Sales closes €2M in new ARR').startsWithActivity).toBe(false);
  });

  it('counts nothing in a name in quotes', () => {
    expect(readText('Customers see the “$5 off your first order” banner').quantities).toEqual([]);
    expect(readText('Get 100 reviews with "5 stars"').quantities.map((q) => q.raw)).toEqual([
      '100',
    ]);
  });

  it('sees reach in "Launch X to 50 pilot customers" but not in "Talk to 5 customers"', () => {
    expect(readText('Launch the beta to 50 pilot customers').countsReach).toBe(true);
    expect(readText('Talk to 5 customers').countsReach).toBe(false);
  });

  it('sees thresholds, baselines and done / not done phrasing', () => {
    expect(readText('Keep p95 latency under 200ms').threshold).toBe(true);
    expect(readText('Achieve 99.95% uptime (from current 99.7%)').statesBaseline).toBe(true);
    expect(
      readText('Boost organic traffic by 30% compared to the previous quarter').statesBaseline,
    ).toBe(true);
    expect(readText('New pricing page is live').completion).toBe(true);
    expect(readText('Salaries paid on time').completion).toBe(true);
    expect(readText('SOC 2 Type II report issued by September 30').completion).toBe(true);
    expect(readText('Live in 3 markets by June').completion).toBe(true);
    expect(readText('Launch the website by June').completion).toBe(false);
  });
});

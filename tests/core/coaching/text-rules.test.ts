import { lintText, type LintKind } from '../../../src/core/coaching';
import { defaultOperatingModel as model } from '../../../src/core/operating-model';

function rules(kind: LintKind, text: string, parent?: string): string[] {
  return lintText(kind, text, { model }, parent).map(
    (finding) => `${finding.severity}:${finding.rule}`,
  );
}
const objective = (text: string) => rules('objective', text);
const keyResult = (text: string, parent?: string) => rules('key_result', text, parent);

describe('objective rules', () => {
  it.each([
    'Make our customers love our support team',
    'Win the hearts of San Francisco’s tastemakers',
    'Launch a killer game',
    'Ship a beta users love',
    'Successfully launch our new product',
    'Achieve top three rankings for key industry keywords on Google search results.',
    'Be the number one choice for small businesses in Germany.',
    'Redesign the onboarding experience to reduce first-90-day attrition risk for new hires',
    'Increase Q2 recurring revenues',
    'Turn more trials into paying customers by making the pricing decision easier.',
    'Build a culture of ownership',
  ])('a good objective is not flagged: %s', (text) => {
    expect(objective(text)).toEqual([]);
  });

  it('objective.metric: a target inside the objective is a key result in disguise', () => {
    expect(objective('Improve operational cash flow by 10% this quarter.')).toContain(
      'warning:objective.metric',
    );
    expect(objective('Grow ARR from $2M to $3M')).toContain('warning:objective.metric');
    expect(objective('Double our enterprise footprint')).toContain('warning:objective.metric');
    expect(objective('Achieve top three rankings in search')).not.toContain(
      'warning:objective.metric',
    );
  });

  it('objective.task: a deliverable is not a destination, unless it states its purpose or ambition', () => {
    expect(objective('Launch the new CI/CD platform by Q3.')).toContain('warning:objective.task');
    expect(objective('Integrate with Stripe')).toContain('warning:objective.task');
    expect(objective('Complete the outreach messaging')).toContain('warning:objective.task');
    expect(objective('Introduce a new pricing model')).toContain('warning:objective.task');
    // Whom or when it is for is not why: "for" names no purpose.
    expect(objective('Implement SSO for enterprise customers')).toContain('warning:objective.task');
    expect(objective('Launch a flawless v2 that customers brag about')).not.toContain(
      'warning:objective.task',
    );
    expect(
      objective('Migrate billing so that customers can pay in their own currency'),
    ).not.toContain('warning:objective.task');
  });

  it('objective.vague: a direction with no destination', () => {
    expect(objective('Improve communication')).toContain('warning:objective.vague');
    expect(objective('Improve our marketing')).toContain('warning:objective.vague');
    expect(objective('Be more innovative')).toContain('warning:objective.vague');
    expect(objective('Make progress on international expansion')).toContain(
      'warning:objective.vague',
    );
    expect(objective('Improve onboarding for first-time founders')).not.toContain(
      'warning:objective.vague',
    );
  });

  it('objective.period-label: a period and a generic noun say nothing about the outcome', () => {
    for (const label of [
      'Q3 goals',
      '2026 objectives',
      'H1 priorities',
      'Our Q3 2026 OKRs',
      'FY26 targets',
      'Top priorities for 2026',
      'Goals for Q3',
      "This quarter's focus",
    ]) {
      expect(objective(label)).toEqual(['warning:objective.period-label']);
    }
    // A period beside an outcome, or a name of what the goals are about, is not a heading.
    expect(objective('Delight customers in 2026')).toEqual([]);
    expect(objective('Make Q3 the best quarter ever')).not.toContain(
      'warning:objective.period-label',
    );
    expect(objective('Sales team Q3 goals')).not.toContain('warning:objective.period-label');
    expect(objective('Q3')).toEqual(['warning:objective.length']);
    // A year that names the period of a list is not a target.
    expect(objective('Hit our 2026 targets')).not.toContain('warning:objective.metric');
  });

  it('objective.compound: two aims in one objective', () => {
    expect(objective('Grow the business and increase revenue this year.')).toContain(
      'warning:objective.compound',
    );
    expect(
      objective(
        'Develop solutions that enable profitable growth while enhancing the customer experience.',
      ),
    ).toContain('warning:objective.compound');
    expect(objective('Delight developers and partners')).not.toContain(
      'warning:objective.compound',
    );
  });

  it('objective.negative: framed as something to stop', () => {
    expect(objective('Stop sucking at customer support')).toContain('warning:objective.negative');
    expect(objective('Provide a world class support')).toEqual([]);
  });

  it('objective.negative: an objective that opens on less of something names what to get away from', () => {
    expect(objective('Fewer outages for our hospital customers')).toEqual([
      'warning:objective.negative',
    ]);
    expect(objective('Less paperwork for new joiners')).toEqual(['warning:objective.negative']);
    // The state to reach is fine, and so is "less than" as a bound further on.
    expect(objective('Rock-solid uptime for our hospital customers')).toEqual([]);
    expect(objective('Answer every parent within less than a day')).not.toContain(
      'warning:objective.negative',
    );
  });

  it('objective.business-as-usual: keeping things as they are', () => {
    expect(objective('Maintain market position')).toContain('warning:objective.business-as-usual');
    expect(objective('Continue doing weekly releases')).toContain(
      'warning:objective.business-as-usual',
    );
    expect(objective('Keep the current release cadence')).toContain(
      'warning:objective.business-as-usual',
    );
    expect(objective('Keep the lights on')).toContain('warning:objective.business-as-usual');
    expect(objective('Run the business as usual for Q3')).toContain(
      'warning:objective.business-as-usual',
    );
    expect(objective('Keep customers so happy they bring their friends')).toEqual([]);
    expect(objective('Run the best onboarding in our market')).not.toContain(
      'warning:objective.business-as-usual',
    );
  });

  it('objective.length: one word is a theme; a paragraph is only a soft hint', () => {
    expect(objective('Ownership')).toEqual(['warning:objective.length']);
    const long =
      'Make our product the one that every small accounting firm in the northern region recommends to its peers when they ask what to use next year';
    expect(objective(long)).toEqual(['info:objective.too-long']);
  });
});

describe('key result rules', () => {
  it.each([
    'Raise website conversion from 1.5% to 4%',
    'Reduce 30-day churn from 40% to 10%',
    'Reach NPS over 60',
    'Increase average subscription size to at least $295 per month',
    'Keep checkout page load under 2s for 95% of sessions',
    'Launch the beta to 50 pilot customers',
    'Launch new dashboard so that bounce rate drops from 50 percent to 35 percent by April thirtieth',
    'Double fleet-wide Y by launching X to 90+ percent of borg cells.',
    'Reach forty thousand weekly active users',
    'Hit a million monthly visitors',
    'Gross margin up 3pp',
    'Reduce mean time to recovery to under an hour',
    'Two-thirds of new users complete the tutorial',
    'Get reviewed in 5 major SF-based foodie blogs',
    'Up-sell to 100 existing customers',
    'Customer satisfaction score of at least 7.5.',
  ])('a good key result gets no error or warning: %s', (text) => {
    expect(keyResult(text).filter((rule) => !rule.startsWith('info:'))).toEqual([]);
  });

  it('key-result.measurable: no number at all', () => {
    expect(keyResult('Customer feedback on the new plans')).toEqual([
      'error:key-result.measurable',
    ]);
    expect(keyResult('No customer-reported outages this quarter')).toEqual([]);
    expect(keyResult('No downtime during the migration')).toEqual([]);
    expect(keyResult('No more manual deployments')).toEqual(['error:key-result.vague']);
    expect(keyResult('Land the first paying customer in Japan')).toEqual([]);
    expect(keyResult('First draft of the strategy')).toEqual(['error:key-result.measurable']);
    expect(keyResult('Customers see the “$5 off your first order” banner')).toEqual([
      'error:key-result.measurable',
    ]);
    expect(keyResult('Net Promoter Score of 45')).not.toContain('error:key-result.measurable');
  });

  it('key-result.activity: work to do is an error, counted or not; dated work a warning', () => {
    expect(keyResult('Launch the new website')).toEqual(['error:key-result.activity']);
    expect(keyResult('Ship v2')).toEqual(['error:key-result.activity']);
    expect(keyResult('Write 10 articles')).toEqual(['error:key-result.activity']);
    expect(keyResult('Post 30 times on Instagram')).toEqual(['error:key-result.activity']);
    expect(keyResult('Ship the onboarding module by Q2')).toEqual(['warning:key-result.activity']);
    expect(keyResult('Hold weekly meetings with the sales team')).toEqual([
      'error:key-result.activity',
    ]);
    expect(keyResult('We will implement a CRM')).toEqual(['error:key-result.activity']);
    expect(keyResult('Publish a pricing page that has 12% conversion to contact')).toEqual([]);
    expect(keyResult('Publish 12 case studies that each generate 50+ leads')).toEqual([]);
    expect(keyResult('Host 4 webinars that reach 500 prospects')).toEqual([]);
  });

  it('key-result.activity: work reported as done ("We have …") is the same work', () => {
    expect(keyResult('We have hosted 6 partner webinars')).toEqual(['error:key-result.activity']);
    expect(keyResult('The team has translated 40 help articles')).toEqual([
      'error:key-result.activity',
    ]);
    expect(keyResult('We have onboarded 120 new customers')).toEqual([]);
  });

  it('key-result.activity: work in the simple past of an irregular verb is the same work', () => {
    expect(keyResult('We ran 8 onboarding webinars')).toEqual(['error:key-result.activity']);
    expect(keyResult('We did 12 site visits')).toEqual(['error:key-result.activity']);
    expect(keyResult('Wrote 12 help-centre articles')).toEqual(['error:key-result.activity']);
    // What customers did is their behaviour.
    expect(keyResult('300 customers ran the new usage report')).toEqual([]);
  });

  it('key-result.activity: the team addressed as "you" doing work is work', () => {
    expect(keyResult('You publish 6 release notes a month')).toEqual(['error:key-result.activity']);
    expect(keyResult('You have hosted 4 partner webinars')).toEqual(['error:key-result.activity']);
    expect(keyResult('Your customers renew at 95%')).toEqual([]);
  });

  it('key-result.activity: a department of the organisation doing work is work', () => {
    expect(keyResult('Sales runs 5 webinars')).toEqual(['error:key-result.activity']);
    expect(keyResult('Marketing hosts 4 events')).toEqual(['error:key-result.activity']);
    expect(keyResult('The HR team organises 4 workshops')).toEqual(['error:key-result.activity']);
    expect(keyResult('Our teams run 10 demos')).toEqual(['error:key-result.activity']);
    // Uncounted events are still work: the activity, not a missing number, is what is wrong.
    expect(keyResult('Sales runs webinars')).toEqual(['error:key-result.activity']);
    expect(keyResult('Marketing publishes blog posts')).toEqual(['error:key-result.activity']);
    // Closing revenue is a result, not work; "Sales calls" is a noun.
    expect(keyResult('Sales closes €2M in new ARR')).toEqual([]);
    expect(keyResult('Sales calls convert at 20%')).toEqual([]);
  });

  it('key-result.activity: counted work in the passive is the same work', () => {
    expect(keyResult('3 workshops are held')).toEqual(['error:key-result.activity']);
    expect(keyResult('Webinars are hosted monthly')).toEqual(['error:key-result.activity']);
    expect(keyResult('10 articles written')).toEqual(['error:key-result.activity']);
    // What customers did is their behaviour.
    expect(keyResult('500 customers have attended 3 webinars')).toEqual([]);
  });

  it('key-result.activity: a deliverable reported done is the work of making it', () => {
    expect(keyResult('The new website is launched')).toEqual(['error:key-result.activity']);
    expect(keyResult('New landing page released')).toEqual(['error:key-result.activity']);
    expect(keyResult('Legacy application migrated to the new stack')).toEqual([
      'error:key-result.activity',
    ]);
    // A state that is not work, and a deliverable that reached people, are not.
    expect(keyResult('New pricing page is live')).toEqual(['warning:key-result.binary']);
    expect(keyResult('Dashboard launched to 50 pilot customers')).toEqual([]);
  });

  it('key-result.vague: a direction without a size has no number, an error', () => {
    expect(keyResult('Improve the app')).toEqual(['error:key-result.vague']);
    expect(keyResult('Reduce customer churn.')).toEqual(['error:key-result.vague']);
    expect(keyResult('Get more people to buy our product.')).toEqual(['error:key-result.vague']);
    expect(keyResult('Improve our Net Promoter score from 20 to 45.')).toEqual([]);
  });

  it('key-result.binary: done / not done where a number fits', () => {
    expect(keyResult('New pricing page is live')).toEqual(['warning:key-result.binary']);
    expect(keyResult('Salaries paid on time')).toEqual(['warning:key-result.binary']);
    expect(keyResult('95% of salaries paid on time')).toEqual([]);
    expect(keyResult('Achieve SOC 2 certification')).toEqual(['warning:key-result.binary']);
    expect(keyResult('Pass the annual security audit')).toEqual(['warning:key-result.binary']);
    expect(keyResult('Increase the audit pass rate from 80% to 95%')).toEqual([]);
  });

  it('key-result.binary: a done / not done state with its date is a warning, not a missing number', () => {
    expect(keyResult('New pricing live by March')).toEqual(['warning:key-result.binary']);
    expect(keyResult('Get ISO 27001 certified by end of Q3')).toEqual([
      'warning:key-result.binary',
    ]);
    expect(keyResult('Mobile app released to the App Store by end of Q2')).toEqual([
      'warning:key-result.binary',
    ]);
    expect(keyResult('Contract with Acme signed by June 30')).toEqual([
      'warning:key-result.binary',
    ]);
    expect(keyResult('Launch the website by June')).toEqual(['warning:key-result.activity']);
    expect(keyResult('Reach break-even by Q4')).toEqual(['warning:key-result.binary']);
    expect(keyResult('Become cash-flow positive by Q3')).toEqual(['warning:key-result.binary']);
  });

  it('key-result.baseline: a suggestion (info) when the starting point is missing', () => {
    expect(keyResult('Increase conversion rate by 20%')).toEqual(['info:key-result.baseline']);
    expect(keyResult('Increase conversion rate from 2% to 2.4%')).toEqual([]);
    expect(keyResult('Reduce churn to less than 1% monthly')).toEqual([]);
  });

  it('every finding carries a message, a suggestion and a cited source', () => {
    const [finding] = lintText('key_result', 'Launch the new website', { model });
    expect(finding).toMatchObject({
      rule: 'key-result.activity',
      messageKey: 'key-result.activity.message',
      suggestionKey: 'key-result.activity.suggestion',
      source: 'castroActivityKeyResults',
      target: { kind: 'keyResult', text: 'Launch the new website' },
    });
    expect(finding!.message).toContain('“Launch the new website” describes work to do');
    expect(finding!.suggestion).toContain('Increase <metric> from <X> to <Y>');
    expect(finding!.citation).toMatch(/Felipe Castro/);
  });
});

describe('general rules for OKRs the engine has never seen', () => {
  it.each([
    'Improve Net Promoter Score from X to Y.',
    'Increase trial-to-paid conversion from X% to Y%',
    'Reach $Xk in monthly recurring revenue',
    'Generate X MQLs (Marketing Qualified Leads).',
    'Gain N new subscribers',
    'Keep churn below 2% every month',
    'Hold support costs flat while tickets grow',
    'Cap the price increase at 3%',
    'Maximum churn of 2%',
    'Deployment frequency from monthly to daily',
    'Onboard 300 new clients',
    'Deploy the notetaker to 100% of employees by March 31',
    'Complete the migration with zero customer-facing incidents',
  ])('is not flagged: %s', (text) => {
    expect(keyResult(text).filter((rule) => !rule.startsWith('info:'))).toEqual([]);
  });

  it('a counted, dated deliverable is a milestone tip, not an activity', () => {
    expect(keyResult('Provide patches for the top 5 crash categories by February 28')).toEqual([
      'info:key-result.milestone',
    ]);
    expect(keyResult('Provide patches for the top crash categories by February 28')).toEqual([
      'warning:key-result.activity',
    ]);
    expect(keyResult('Provide patches for the top crash categories')).toEqual([
      'error:key-result.activity',
    ]);
  });

  it('reads activity verbs from every class of the taxonomy, not from a list of examples', () => {
    for (const text of [
      'Present the roadmap at the all-hands',
      'Negotiate new terms with suppliers',
      'Audit the onboarding flow',
      'Kick off the loyalty programme',
      'Recruit a data engineer',
      'Distribute the new brochure',
    ]) {
      expect(keyResult(text)).toContain('error:key-result.activity');
    }
    expect(keyResult('Talk to 5 customers')).toEqual(['error:key-result.activity']);
  });

  it('money put in is an input, not what it buys; a bound on it is a target', () => {
    expect(keyResult('Spend $50k on paid ads')).toEqual(['error:key-result.activity']);
    expect(keyResult('Invest €200k in the partner programme')).toEqual([
      'error:key-result.activity',
    ]);
    expect(keyResult('Spend under $10k per hire')).toEqual([]);
    expect(
      keyResult('Increase revenue by $2M').filter((rule) => !rule.startsWith('info:')),
    ).toEqual([]);
    expect(keyResult('Certify 30 internal trainers')).toEqual(['error:key-result.activity']);
  });

  it('a work verb’s word that names a measure, with its size, is the measure, not work', () => {
    for (const text of [
      'Release frequency from monthly to weekly',
      'Review turnaround under 24 hours',
      'Call volume below 1,000 per week',
      'Support backlog under 50 tickets',
      'Onboarding time under 3 days',
      'Onboarding in under a week for every new customer',
    ]) {
      expect(keyResult(text).filter((rule) => !rule.startsWith('info:'))).toEqual([]);
    }
    expect(keyResult('Track conversion rate weekly')).toEqual(['error:key-result.activity']);
    expect(keyResult('Running 10 workshops')).toEqual(['error:key-result.activity']);
    expect(keyResult('Run at least 10 workshops')).toEqual(['error:key-result.activity']);
  });

  it('a passive outcome with a target and no baseline is likely weak', () => {
    expect(keyResult('Churn reduced to 5%')).toEqual(['warning:key-result.baseline']);
    expect(keyResult('Churn reduced from 8% to 5%')).toEqual([]);
    expect(keyResult('Reduce churn to 5%')).toEqual(['info:key-result.baseline']);
  });

  it('a multiplier with no starting point is likely weak', () => {
    expect(keyResult('Double sign-ups')).toEqual(['warning:key-result.multiplier']);
    expect(keyResult('Halve first response time')).toEqual(['warning:key-result.multiplier']);
    expect(keyResult('Double sign-ups from 1,000 to 2,000 a week')).toEqual([]);
  });

  it('objectives that could belong to any organisation, or pack several aims', () => {
    expect(objective('Be the best')).toEqual(['warning:objective.vague']);
    expect(objective('Become the top American high school in Pakistan')).toEqual([]);
    expect(objective('Grow revenue, cut costs and delight customers')).toContain(
      'warning:objective.compound',
    );
  });
});

describe('one-click fixes', () => {
  const fixesOf = (text: string) =>
    lintText('key_result', text, { model }).flatMap((finding) => finding.fixes);

  it('offers to move work to initiatives and rewrite it as an outcome', () => {
    expect(fixesOf('Launch the new website.')).toEqual([
      {
        kind: 'moveToInitiatives',
        initiativeTitle: 'Launch the new website',
        text: 'Increase <metric> from X to Y',
      },
      { kind: 'rewriteAsOutcome', text: 'Increase <metric> from X to Y' },
    ]);
  });

  it('adds the baseline where the target is', () => {
    expect(fixesOf('Churn reduced to 5%')).toEqual([
      { kind: 'addBaseline', text: 'Churn reduced from X to 5%' },
    ]);
    expect(fixesOf('Double weekly sign-ups')).toEqual([
      { kind: 'addBaseline', text: 'Double weekly sign-ups from X to Y' },
    ]);
  });

  it.each([
    'Launch the new website',
    'Improve the app',
    'Customer feedback on the new plans',
    'Churn reduced to 5%',
    'Double weekly sign-ups',
    'Increase conversion by 20%',
  ])('a fix leaves nothing for the coach to flag: %s', (text) => {
    for (const fix of fixesOf(text)) {
      expect(keyResult(fix.text).filter((rule) => !rule.startsWith('info:'))).toEqual([]);
    }
  });

  it('offers nothing where no fix exists', () => {
    expect(lintText('objective', 'Be the best', { model })[0]!.fixes).toEqual([]);
  });
});

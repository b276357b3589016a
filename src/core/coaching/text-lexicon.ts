import { placeholderToken } from './text-quantities';

/**
 * Word lists the English text rules read, each from the source its rule cites. The verb classes
 * that tell work from outcomes are in `text-verbs.ts`, built from a taxonomy of verbs.
 */

/** Nouns for people or organisations whose number measures reach or adoption. */
export const audienceNouns =
  /\b(users?|customers?|clients?|accounts?|teams?|companies|organi[sz]ations|people|members|subscribers|pilots?|partners?|schools|hospitals|countries|markets?|cells|sites|stores|employees|staff|students|patients|residents|citizens|buyers|shoppers|readers|visitors|merchants|developers|hosts|drivers)\b/;

/**
 * Nouns that name what is measured. After a word that is also a work verb they make a compound
 * noun, the measure itself: "Release frequency from monthly to weekly", "Review turnaround under
 * 24 hours", "Call volume below 1,000 a week", "Support backlog under 50 tickets".
 */
export const measureNouns =
  /^(frequency|rate|time|times|volume|coverage|backlog|turnaround|cost|costs|spend|score|count|ratio|latency|duration|throughput|velocity|speed|size|share|accuracy|uptime|success|quality|satisfaction|cycle|queue|completion|conversion|tickets|lead)$/;

/** Task verbs that turn an objective into a project ("Launch the app", "Integrate with Stripe"). */
export const taskObjectiveVerbs: ReadonlySet<string> = new Set([
  'launch',
  'release',
  'ship',
  'implement',
  'introduce',
  'integrate',
  'complete',
  'finish',
  'finalize',
  'finalise',
  'migrate',
  'deploy',
  'install',
  'upgrade',
  'roll',
  'write',
  'publish',
  'hold',
  'run',
  'conduct',
  'hire',
  'set',
  'setup',
  'document',
  'refactor',
  'rewrite',
  'configure',
  'research',
  'analyze',
  'analyse',
  'organize',
  'organise',
  'prepare',
  'plan',
  'attend',
]);

/** Modifiers that make a deliverable an ambition ("Launch a killer game"). */
export const aspirationalWords =
  /\b(killer|great|amazing|awesome|world[- ]class|best[- ]in[- ]class|successful(ly)?|delightful|remarkable|flawless(ly)?|seamless(ly)?|winning|game[- ]changing|beloved|industry[- ]leading|epic|insanely|legendary|breakthrough|outstanding|exceptional|magical|irresistible|unforgettable|loves?|loved|adore[sd]?|rave)\b/;

/** Directional verbs that name a change but not its size. */
export const directionVerbs: ReadonlySet<string> = new Set([
  'increase',
  'improve',
  'grow',
  'raise',
  'boost',
  'lift',
  'reduce',
  'decrease',
  'cut',
  'lower',
  'drop',
  'enhance',
  'optimize',
  'optimise',
  'maximize',
  'maximise',
  'minimize',
  'minimise',
  'accelerate',
  'expand',
  'strengthen',
  'decline',
  'shrink',
  'speed',
  'double',
  'triple',
  'halve',
]);

/** Words that promise a change without saying how much. */
export const vagueWords =
  /\b(improve[ds]?|improving|better|enhance[ds]?|enhancing|optimi[sz]e[ds]?|optimi[sz]ing|more|less|fewer|some|various|several|many|higher|lower|faster|greater|stronger|increase[ds]?|increasing|reduce[ds]?|reducing|decrease[ds]?|decreasing|grow(s|ing)?|boost(s|ed|ing)?|raise[ds]?|raising|lift(s|ed|ing)?|cut(s|ting)?|drops?|maximi[sz]e|minimi[sz]e|as much as possible|as many as possible|significantly|substantially)\b/;

/**
 * A delivered or completed state with no number: a done / not done key result. A certificate,
 * an accreditation or an approval won, or an audit passed, is one too ("Achieve SOC 2
 * certification", "Pass the annual security audit"), and so is a financial state reached
 * ("Reach break-even", "Become cash-flow positive").
 */
export const completionPhrases =
  /\b((is|are|be|been|gets?|got|goes|go)\s+(live|launched|released|shipped|done|completed?|in place|available|approved|signed|certified|deployed|finished|delivered|ready|rolled out|operational)|go[- ]live|paid on time|on time|in production|signed off|sign[- ]off)\b|\b(launched|released|shipped|completed|done|delivered|finished|certified|approved|signed|issued|published|deployed|rolled out|in place|live|ready)(\s+(to|on|in)(\s+\S+){1,4})?\.?$|^(achieve|obtain|get|gain|earn|secure|receive|pass)\s+(\S+\s+){0,4}?(certification|accreditation|approval|audit)s?\b|^(reach|achieve|hit|become|be|turn|go)\s+(\S+\s+){0,2}?(break[- ]even|profitable|profitability|(cash[- ]flow|ebitda)[- ]positive)$/;

/**
 * Leading words to skip before the verb: bullets, "KR2:", "We will", "To", "We have" before a
 * participle. "You" is the team too, when a coach or a template addresses it ("You publish 5
 * articles").
 */
export const leadingFiller =
  /^(\s*([-*•·]|\d+[.)]|kr\s*\d*\s*[:.)-]|key result\s*\d*\s*[:.)-]|o\s*\d*\s*[:.)-]|objective\s*\d*\s*[:.)-]))*\s*((we|you|i|the team|our team|team)\s+(will|shall|must|should|are going to|want to|plan to|aim to)\s+|((we|you|i|the team|our team|team)\s+)?(have|has)\s+(?=[a-z]+ed\b)|(we|you)\s+|to\s+|(let'?s|let us)\s+)?/i;

/** Nouns so broad that an objective made only of them says nothing about where to go. */
export const genericObjectiveNouns: ReadonlySet<string> = new Set([
  'communication',
  'communications',
  'quality',
  'efficiency',
  'effectiveness',
  'marketing',
  'performance',
  'process',
  'processes',
  'revenue',
  'revenues',
  'sales',
  'business',
  'growth',
  'retention',
  'churn',
  'satisfaction',
  'code',
  'product',
  'products',
  'experience',
  'things',
  'operations',
  'innovation',
  'productivity',
  'collaboration',
  'teamwork',
  'results',
  'website',
  'support',
  'service',
  'services',
  'customer',
  'customers',
  'profit',
  'profits',
  'profitability',
  'margins',
  'costs',
  'cost',
  'visibility',
  'awareness',
  'brand',
  'engagement',
  'morale',
  'workflow',
  'workflows',
  'documentation',
  'security',
  'stability',
  'reliability',
  'search',
  'engines',
  'engine',
  'team',
  'teams',
  'company',
  'organization',
  'organisation',
  'culture',
  'strategy',
  'execution',
  'delivery',
  'pipeline',
  'leads',
  'traffic',
  'conversion',
  'users',
  'user',
  'base',
  'employee',
  'employees',
  'overall',
  'general',
  'our',
  'the',
  'and',
  'of',
  'on',
  'in',
  'across',
  'for',
  'with',
  'this',
  'year',
  'quarter',
  'all',
  'a',
  'an',
  'its',
  'their',
]);

/** Superlatives that fit any organisation unless the objective names where or for whom. */
export const genericAmbitionWords: ReadonlySet<string> = new Set([
  'best',
  'better',
  'great',
  'greatest',
  'top',
  'number',
  'one',
  '#1',
  'leader',
  'leading',
  'excellent',
  'successful',
  'world-class',
  'awesome',
  'amazing',
  'first',
  'choice',
  'possible',
  'ever',
  'at',
  'what',
  'we',
  'do',
]);

/** Verbs that open a generic improvement objective ("Improve communication"). */
export const genericObjectiveVerbs: ReadonlySet<string> = new Set([
  'improve',
  'increase',
  'enhance',
  'optimize',
  'optimise',
  'grow',
  'reduce',
  'boost',
  'strengthen',
  'better',
  'maximize',
  'maximise',
  'develop',
  'drive',
]);

/** Two aims in one objective: "Grow the business and increase revenue", "… while enhancing …". */
export const compoundAim =
  /(\b(and|while|as well as|plus|whilst)|[,;&])\s+(also\s+)?(increas|improv|grow|reduc|enhanc|boost|driv|optimi[sz]|expand|deliver|cut|lower|rais|maximi[sz]|minimi[sz]|strengthen|build|creat|launch|achiev)\w*/;

/**
 * Complaint or prohibition framing: an objective should pull people towards something. An
 * objective that opens on less of something ("Fewer defects", "Less churn") names what to get
 * away from, not the state to reach ("Higher quality").
 */
export const negativeFraming =
  /\b(stop|suck(s|ing)?|don'?t|do not|never|avoid|no more|quit|cease|stop being|fail(ing)? less|less bad|not be)\b|^(fewer|less)\b(?! than)/;

/** Keeping things as they are: "business as usual" objectives. */
export const businessAsUsual =
  /^(maintain|continue|sustain|preserve|carry on)\b|^(keep|stay)\s+(the |our )?(current|existing|same|stable|steady|as is|up|running|on top|lights on)\b|^(run|operate) (the|our) (business|operations)\b|\bbusiness as usual\b/;

/** Outcome clauses that give an activity its measure ("… so that bounce rate drops …"). */
export const outcomeClause =
  /\b(so that|resulting in|which (increases|reduces|raises|lowers|drives|grows)|that (each |all |together )?(has|have|gets?|achieves?|reach(es)?|converts?|drives?|generates?|brings?|wins?|attracts?|earns?)|leading to|measured by|as measured by)\b|\bwith\s+(zero|no|at least|at most|under|over|less than|more than|fewer than|[<>≤≥])/;

/** Words that make the baseline explicit. */
export const baselineWords =
  /\b(from (the |our )?(current|today'?s?|a baseline|baseline)|baseline|currently|current|today'?s|compared (to|with)|vs\.?|versus|than (last|the previous|previous|today)|over (last|the previous)|previous (quarter|year|month)|last (quarter|year|month)|year[- ]over[- ]year|yoy|qoq|mom)\b/;

/** Words that make a number a threshold rather than a change ("at least", "under 2s"). */
export const thresholdWords =
  /\b(at least|at most|under|below|above|over|less than|more than|fewer than|maximum|minimum|max|min|no more than|no less than|within|or (more|less|better|higher|lower))\b|[<>≤≥]/;

/**
 * A value held or capped is a target too: "Keep churn below 2%", "Hold support costs flat",
 * "Cap the price increase at 3%". Doerr's test is that a key result has a number and can be
 * graded; a line to stay under (or today's value, for "flat") is that number, and the key result
 * is graded against it (Yaniv Preiss's "Maximum churn of 2% is a key result").
 */
export const steadyState = new RegExp(
  String.raw`\b(flat|steady|stable|unchanged|constant|no (increase|rise|decline|drop)|(does|do|will) not (exceed|rise|grow|fall|drop)|never (exceeds?|drops?|falls?))\b` +
    String.raw`|\b(cap(ped|s)?|ceiling|floor|at or (below|above|under|over)|(keep|hold|maintain|sustain|stay|stays|remain|remains)\b.{0,40}?\b(below|under|above|over|at|within))` +
    String.raw`\s+([a-z-]+\s+){0,4}?([$€£]?\d|${placeholderToken})`,
);

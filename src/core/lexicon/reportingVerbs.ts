/**
 * Verbs that attribute speech to their subject, in every form news prose
 * uses. "According to" is handled apart: its speaker follows it.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  [
    'say says said saying', 'tell tells told telling', 'add adds added adding', 'stress stresses stressed',
    'note notes noted', 'warn warns warned', 'argue argues argued', 'insist insists insisted', 'explain explains explained',
    'ask asks asked', 'write writes wrote', 'tweeted', 'declare declares declared', 'stated',
    'claimed', 'continue continues continued', 'conclude concludes concluded', 'acknowledge acknowledges acknowledged',
    'admit admits admitted', 'announce announces announced', 'reply replies replied', 'respond responds responded',
    'remarked', 'observe observes observed', 'suggest suggests suggested', 'recall recalls recalled',
    'predict predicts predicted', 'concede concedes conceded', 'countered', 'complain complains complained',
    'caution cautions cautioned', 'emphasize emphasizes emphasized emphasise emphasises emphasised', 'reiterate reiterates reiterated',
    'urge urges urged', 'joked', 'quipped', 'answered', 'testify testifies testified',
    'posted', 'shout shouts shouted', 'yell yells yelled', 'called', 'describe describes described',
    'dub dubs dubbed', 'labeled labelled', 'branded', 'promised', 'vowed',
    'pledged', 'charged', 'allege alleges alleged', 'contend contends contended',
    'maintain maintains maintained', 'thunder thunders thundered', 'boast boasts boasted', 'lament laments lamented',
    'mused muses', 'scoffed', 'retorted', 'exclaimed', 'chimed', 'interjected', 'opined', 'pleaded', 'begged',
    'demanded', 'insisted', 'confirm confirms confirmed', 'deny denies denied', 'reported',
    'reveal reveals revealed', 'assert asserts asserted', 'mention mentions mentioned', 'pointed',
    'blasted', 'slammed', 'praised', 'accuse accuses accused',
    'criticize criticizes criticized', 'recount recounts recounted', 'wondered', 'touted', 'assured', 'reacted', 'jokes',
    'mocked', 'implied', 'tweets', 'remarks', 'quips', 'writes', 'sighed', 'laughed', 'agreed', 'agrees', 'disagreed',
    'explains', 'cried', 'screamed', 'whispered', 'wrote', 'summed', 'conceded', 'elaborated', 'offered', 'shot', 'read', 'reads',
    // Past forms only where the others are also nouns: "the comments", "the United States".
    'commented', 'proclaimed', 'speculated', 'hinted', 'reminded', 'emailed', 'texted', 'grumbled', 'fumed', 'gushed',
    'marveled marvelled', 'surmised',
    // Crowds speak in chants: "Some chanted “USA!”". Not "chant" or "chants", which are nouns too.
    'chanted', 'chanting', 'sang', 'roared', 'hollered', 'bellowed',
  ]
    .join(' ')
    .split(' '),
);

/** Reporting verbs in -s that are also plural nouns: "his remarks were", unlike "says", which is only a verb. */
export const REPORTING_NOUNS: ReadonlySet<string> = new Set(
  'remarks notes tweets jokes quips boasts laments mentions recounts reveals'.split(' '),
);

/** The verbs that mark indirect speech too ("Stoltenberg said that …"), so the next "he" can refer back. */
export const INDIRECT_SPEECH_VERBS: ReadonlySet<string> = new Set(
  'say says said told tells added adds stressed noted warned argued insisted explained wrote declared claimed acknowledged admitted announced replied responded'.split(' '),
);

/** Verbs that may come before their speaker: `"…," said Jens Stoltenberg`; `"…," called him` may not. */
export const INVERTIBLE_VERBS: ReadonlySet<string> = new Set(
  'said says added adds wrote writes asked asks continued continues explained explains declared noted notes stated replied responded argued insisted warned recalled observed concluded tweeted reacted countered answered cautioned read reads commented'.split(' '),
);

/** Words allowed between a speaker and the verb: `Stoltenberg has also said`. */
export const VERB_MODIFIERS: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'was', 'is', 'were', 'would', 'will', 'could', 'also', 'later', 'then', 'recently', 'previously',
  'once', 'reportedly', 'further', 'again', 'simply', 'just', 'flatly', 'repeatedly', 'often', 'never', 'already',
  'publicly', 'privately', 'bluntly', 'frankly', 'quickly', 'angrily', 'openly', 'famously', 'subsequently',
  'earlier', 'separately', 'since', 'did', 'does', 'not', 'even', 'first', 'still', 'only', 'ultimately', 'finally',
]);

/** Words of "according to", lower-cased, in order. */
export const ACCORDING_TO = ['according', 'to'] as const;

/** Auxiliaries and modals: after them any participle is the verb ("has gone after", "is labeling"). */
/** Negated auxiliaries: "Bramley wasn't having it". Listed with ' and with ’, as news types both. */
const NEGATED = "hasn't haven't hadn't isn't wasn't weren't aren't won't wouldn't couldn't can't shouldn't mustn't didn't doesn't don't".split(' ');

export const AUXILIARIES: ReadonlySet<string> = new Set([
  ...'has have had is was were are will would could can may might should must did does'.split(' '),
  ...NEGATED,
  ...NEGATED.map((w) => w.replace("'", '\u2019')),
]);

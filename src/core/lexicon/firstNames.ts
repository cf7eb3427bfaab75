/**
 * Common given names with a clear gender, lower-cased. They tell a person
 * from a place ("Jens Stoltenberg" vs "New Hampshire") and let "she said"
 * skip a man mentioned last.
 */
export const MALE_NAMES: ReadonlySet<string> = new Set(
  ('james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald ' +
    'steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric ' +
    'jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry ' +
    'tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry ' +
    'austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan albert willie ' +
    'alan eugene russell vincent philip bobby johnny bradley roy ralph randy wayne howard marco ted jeb ben bernie bill ' +
    'barack mike mitch chris newt rand rick jim tim tom bob rudy reince karl rush glenn steve corey jared ' +
    'jens emmanuel vladimir boris olaf francois nicolas recep narendra pierre hans klaus tony gordon nigel dmitry ' +
    'sergei volodymyr petro jeff josh greg doug dan don ed ron matt nick sam phil rob ken dave jon marc elijah marty hank ' +
    'herman lou carlos juan luis miguel manuel pedro ahmed mohammed muhammad omar ' +
    // Not "Grant", "Dean", "Warren" or "Reid", as often surnames or words.
    'abraham andy barry bret brett calvin chuck clint colin curtis darrell derek dwight fred freddie harry isaac jimmy ' +
    'joel julian lyndon marcus mario rodney rupert stanley theodore trey woodrow zach neil kurt ivan reggie stan russ ' +
    'sherrod orrin myron vern jerome hugh clarence bernard jonah rocco wilbur morton').split(/\s+/),
);

export const FEMALE_NAMES: ReadonlySet<string> = new Set(
  ('mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley ' +
    'kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen ' +
    'amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet ' +
    'catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith ' +
    'megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail ' +
    'alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte ' +
    'marie kayla alexis lori hillary chelsea carly sarah nikki kellyanne huma ivanka melania michelle elizabeth nancy ' +
    'dianne kamala tulsi condoleezza madeleine theresa angela ursula christine marine federica jacinda nicola kirsten ' +
    'megyn hope omarosa debbie jill tammy susana katie meghan tina betsy lily maggie vanessa jillian roberta louise loretta ' +
    'eva ellen sue kate liz beth jane anne claire wendy peggy rosa carmen ana elena irene jenny becky sally molly holly ' +
    'kristen erin tara valerie sheila marsha elaine paula maxine nina gina rita lynn kristin ' +
    'alicia anita billie bonnie caroline cathy cindy eleanor gwen heidi jackie joanne jodi joni josephine julia kathy ' +
    'leslie lillian lucy marcia meryl michele monica naomi nora pam patty regina sherry suzanne sylvia vicki wanda ' +
    'yvonne zoe gail harriet mia karla').split(/\s+/),
);

/** Generational suffixes, lower-cased: they end a name but are neither its surname nor a name alone ("John G. Roberts Jr."). */
export const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

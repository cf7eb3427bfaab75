/**
 * Common given names with a clear gender, lower-cased. They tell a person
 * from a place ("Jens Stoltenberg" vs "New Hampshire") and let "she said"
 * skip a man mentioned last. Names worn by men and women alike ("Terry",
 * "Marty", "Jordan", "Leslie", "Lynn", "Jackie", "Dale", "Sidney") are in
 * neither list: a title, an honorific or a pronoun tells their gender.
 */
export const MALE_NAMES: ReadonlySet<string> = new Set(
  ('james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald ' +
    'steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric ' +
    'jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry ' +
    'tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger ' +
    'austin sean gerald carl harold dylan arthur lawrence jesse bryan billy bruce gabriel joe logan albert willie ' +
    'alan eugene russell vincent philip bobby johnny bradley roy ralph randy wayne howard marco ted jeb ben bernie bill ' +
    'barack mike mitch chris newt rand rick jim tim tom bob rudy reince karl rush glenn steve corey jared ' +
    'jens emmanuel vladimir boris olaf francois nicolas recep narendra pierre hans klaus tony gordon nigel dmitry ' +
    'sergei volodymyr petro jeff josh greg doug dan don ed ron matt nick sam phil rob ken dave jon marc elijah hank ' +
    'herman lou carlos juan luis miguel manuel pedro ahmed mohammed muhammad omar ' +
    // Not "Grant", "Dean", "Warren" or "Reid", as often surnames or words.
    'abraham andy barry bret brett calvin chuck clint colin curtis darrell derek dwight fred freddie harry isaac jimmy ' +
    'joel julian lyndon marcus mario rodney rupert stanley theodore trey woodrow zach neil kurt ivan reggie stan russ ' +
    'sherrod orrin myron vern jerome hugh clarence bernard jonah rocco wilbur morton ' +
    // More of the commonest given names of the last decades, and a few that public life made familiar.
    'martin craig todd brad jay troy shawn shane chad luke isaiah jeremiah evan ian oliver leonard marvin leon lester ' +
    'eddie nate pete charlie jake allen arnold clifford clyde darren derrick duane edgar elmer ernest floyd francis ' +
    'franklin gilbert glen herbert jimmie lance leroy lloyd louis luther max melvin milton norman oscar otis perry ' +
    'reginald ricky robbie ross stuart terrence tommy travis vernon wade wesley alfred andre antonio brent byron ' +
    'cecil cody dominic dustin elliott felix fernando francisco geoffrey geoff gene gerard harvey hector ira javier joey ' +
    'jorge julio kirk lewis lonnie maurice neal noel pablo rafael ramon raul rex ricardo roberto ruben rudolph rufus ' +
    'seth sheldon simon terrance toby trevor vince wendell xavier eli enrique alejandro gonzalo mikhail viktor fidel ' +
    'bashar moammar shinzo mitt rahm antonin merrick robby philippe cornel mauricio').split(/\s+/),
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
    'kristen erin tara valerie sheila marsha elaine paula maxine nina gina rita kristin ' +
    'alicia anita billie bonnie caroline cathy cindy eleanor gwen heidi joanne jodi joni josephine julia kathy ' +
    'lillian lucy marcia meryl michele monica naomi nora pam patty regina sherry suzanne sylvia vicki wanda ' +
    'yvonne zoe gail harriet mia karla ' +
    'agnes audrey beatrice bernice bertha carrie cecilia clara colleen constance dawn della edith edna eileen elsie erika ' +
    'esther ethel florence geraldine gertrude hazel ida irma jeanette jeannie joann juanita kristina kristy lena lois ' +
    'lorraine lucille mabel marjorie marlene maureen mildred miriam myrtle nellie norma pauline pearl priscilla rhonda ' +
    'roxanne ruby sonya stacy stella tamara terri thelma vera veronica viola vivian wilma yolanda alison allison angie ' +
    'annette arlene bridget brittney candace carla carole cassandra claudia connie crystal daisy darlene deanna desiree ' +
    'dolores elisa erica felicia gabriela gabrielle gladys gretchen jenna jocelyn kara katrina kelli kristi latoya leah ' +
    'lindsay lorena lydia marcy margo marissa melinda melody meredith nadia nichole noelle olga patti penny rachael ' +
    'rebekah renee rosemary sabrina selena serena shelley sonia stacey tabitha tanya tiffany toni trisha vickie yvette ' +
    'chloe ella abby brooke paige kaitlyn jasmine alexandra mariah jeanne cecile roseann laurie meg phyllis ' +
    'arianna elise jacinta alexandria ilhan rashida ayanna neera').split(/\s+/),
);

/** Generational suffixes, lower-cased: they end a name but are neither its surname nor a name alone ("John G. Roberts Jr."). */
export const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);
/** The length of the longest suffix: a longer word needs no lookup. */
export const LONGEST_SUFFIX = Math.max(...[...GENERATIONAL_SUFFIXES].map((s) => s.length));

/** Lower-case words inside a surname: "Ana de Vell", "Greta von der Hale", "Omar bin Kell". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'van', 'von', 'ter', 'la', 'le', 'bin', 'ibn']);

/**
 * Arabic articles and kin words written in lower case and hyphenated before a capitalised surname:
 * "al-Rashid", "el-Sayed", "bin-Talal", "abu-Zaid".
 */
export const NAME_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ul', 'bin', 'ibn', 'abu', 'ben', 'ould']);

/** Irish and Scottish words for "son of", "daughter of", after which "an" ("the") is inside a surname: "Mac an tSaoir". */
export const GAELIC_PATRONYMICS: ReadonlySet<string> = new Set(['mac', 'mc', 'nic', 'ní', 'ó', 'uí', 'ua']);

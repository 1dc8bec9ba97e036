"""The English words every pass reads: what a word is (the word regexes) and the word
lists (honorifics, titles, function words, name particles, ...).

They live in one module so that a change to what counts as an honorific or a word is one
edit that every pass sees, and so that two passes needing different lists do so on
purpose, side by side here (the detector's abbreviated titles are not the names pass's
honorifics), instead of in private copies that drift apart. Each list is a judgement
about English news prose; its comment says which, and who reads it.
`tests/test_words.py` keeps new copies from appearing elsewhere.
"""

from __future__ import annotations

import re


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(text.split())


# --- What a word is -------------------------------------------------------------------

# A word: a letter, then letters, digits and apostrophes ("don't", "Xi's"); a hyphen
# separates (grammar pass: the gazetteer's words, suggestion ranking, the name guard).
WORD = re.compile(r"[^\W\d_][\w'’]*")
# Letters joined by apostrophes: a word as a reader sees it, also where a missing space
# glued it to the last ("Mr.the"; the structure pass).
LETTER_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Letters joined by apostrophes or hyphens: one word of a name ("Al-Sudani", "O'Neill";
# name mentions).
HYPHENATED_WORD = re.compile(r"[^\W\d_]+(?:['’\-‐‑][^\W\d_]+)*")
# A bare run of letters (judging a decoding: how many of its words are words).
LETTERS = re.compile(r"[^\W\d_]+")
# A run of word characters, digits included: what the safety guard counts as changed
# words, and the words of a line of page chrome.
WORD_CHARACTERS = re.compile(r"\w+")
# A Latin-script word of four letters or more (page chrome: the vocabulary of a line).
LONG_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")


# --- Honorifics and titles ------------------------------------------------------------

# Said before a person's name: a mention after one is a person (names pass, mentions).
HONORIFICS = wordset("mr mrs ms miss dr prof sir dame madam mister")
# Words after a family name that are not part of it ("Ferdinand Marcos Jr.").
NAME_SUFFIXES = wordset("jr sr ii iii iv")
# Honorifics that go before a given name ("Sir Keir"), not a family name.
KNIGHTHOODS = wordset("sir dame")
# Abbreviated titles written with a full stop before a name: a sentence ending in one was
# cut in two (the detector).
ABBREVIATED_TITLES = wordset(
    "mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm rev fr st pres messrs mme mlle"
)
# The abbreviations a line break cuts from the name after them ("Mr.\nCho"; names pass).
DOTTED_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov"})
# A paragraph ending in one of these (lower case, with its full stop) goes on with a name
# in the next: no sentence ends there (the structure pass).
TITLES_BEFORE_NAMES = wordset(
    "mr. mrs. ms. dr. prof. gen. lt. col. maj. capt. sgt. adm. sen. rep. gov. rev. st. sir "
    "president minister chancellor secretary ambassador premier king queen prince"
)
# The small words inside a party's name ("Justice and Development", "Brothers of Italy") and
# the words that head one ("Party of Regions") (names pass, translated parties).
PARTY_NAME_LINKS = wordset("of and for the")
PARTY_HEADS = wordset("party alliance front movement union league platform bloc")
# Title and role words before a name ("U.S. Secretary of State Antony Blinken"): kept as
# the mention's role context, never part of the name (names pass, mentions).
TITLE_WORDS = wordset("""
    president presidents prime minister ministers pm fm chancellor secretary general secretary-general premier
    director-general
    vice deputy foreign defence defense finance interior economy trade justice health energy home state
    affairs first lady ambassador envoy special spokesman spokeswoman spokesperson king queen crown prince
    princess sheikh emir sultan pope cardinal archbishop bishop governor senator senators congressman
    congresswoman representative rep sen gov speaker chairman chairwoman chair chief executive director
    head leader commissioner commander admiral captain colonel lieutenant sergeant
    gen lt col maj capt sgt adm mayor judge justice attorney staff presidential
    detective superintendent inspector constable
    counsellor councillor adviser advisor national security high representative supreme lord baroness
    opposition party minority majority former acting incoming outgoing new late of the for and
    mr mrs ms miss dr prof sir dame his her majesty excellency h e un u s uk eu nato g7 g20
    """)
# Words that join a role's parts ("Secretary of the Treasury") and are title words only
# inside a role: before a lower-case word they are no title ("the lira").
ROLE_LINKS = wordset("of the for and")
# Lower-case words of a role between a nationality and a name ("Taiwanese opposition
# legislator Chang ...", "French former minister ..."): the nationality is still the role's (names pass).
ROLE_NOUNS = (TITLE_WORDS - ROLE_LINKS) | wordset(
    "legislator legislators lawmaker lawmakers politician official diplomat activist businessman"
    " businesswoman tycoon candidate mp"
)
# Titles a person holds: "President" at the end of a sentence before a capitalised name
# (the detector).
PERSON_TITLES = wordset("""president minister secretary governor chairman chairwoman chair chief director
    commissioner spokesman spokeswoman spokesperson ambassador envoy adviser advisor senator
    chancellor premier king queen prince princess emperor mayor judge general admiral colonel
    captain leader""")
# Capitalised words that belong to titles and organisation names ("Foreign Minister",
# "Bank of Japan"), not to the names of people (the detector).
TITLE_AND_INSTITUTION_WORDS = wordset("""president minister secretary governor chairman chairwoman chair chief director general
    commissioner spokesman spokeswoman spokesperson ambassador envoy adviser advisor senator
    representative premier chancellor king queen prince princess emperor pope cardinal
    mayor judge justice admiral colonel captain sergeant lieutenant major commander officer
    deputy vice prime foreign finance defense defence interior economy trade energy health
    state national security central federal reserve bank house party council union nations
    united european commission ministry department office agency court parliament assembly
    congress senate government army navy force forces fund organization organisation
    association league committee board group summit forum exchange market company corporation
    university institute north south east west new great greater republic democratic people
    kingdom states island islands sea ocean river city county province region gulf strait
    international world global economic development affairs public social labor labour
    federation alliance coalition front movement times post news press daily journal""")
# The last word of an organisation's name ("... Ministry", "... Times"): a name learned
# from a reference article that ends in one is an organisation (names pass, references).
ORGANISATION_WORDS = wordset(
    "ministry council organization organisation agency bank fund union association institute "
    "university committee commission party office department court parliament assembly army "
    "forces force corporation company group news times post press service reuters"
)
# Nationalities before a name ("French President"): role context, not the name.
DEMONYMS = wordset("""
    american british chinese russian ukrainian german french japanese korean south north indian
    brazilian turkish saudi iranian israeli palestinian italian spanish canadian mexican australian
    indonesian argentine argentinian polish dutch belgian swedish finnish norwegian danish hungarian
    austrian swiss greek czech slovak romanian bulgarian serbian croatian egyptian qatari emirati
    iraqi syrian lebanese jordanian pakistani afghan bangladeshi vietnamese thai filipino malaysian
    singaporean taiwanese nigerian kenyan ethiopian south-african african european asian latin belarusian
    georgian armenian azerbaijani kazakh uzbek estonian latvian lithuanian irish scottish welsh
    portuguese moroccan algerian tunisian libyan sudanese yemeni omani kuwaiti bahraini emirates
    chilean colombian peruvian venezuelan cuban
    """)
# Nationalities and languages as a translation or a learner writes them in lower case
# ("studies english", "the french minister"; the grammar pass capitalises them): the
# demonyms and languages, less the words English also uses in lower case ("polish" the
# silver, "south", "mandarin" oranges).
NATIONALITY_WORDS = (
    DEMONYMS
    | wordset("english arabic hebrew hindi urdu bengali punjabi tamil persian farsi swahili cantonese")
) - wordset("polish south north south-african emirates latin african european asian afghan")
# ... but a dish or a thing named after a nation keeps the lower case news style gives it
# ("french fries", "swiss chard", "danish pastry").
NATIONALITY_THINGS = wordset(
    "fries fry toast horn horns door doors window windows press kiss kissing chard cheese dressing"
    " bread braid braids manicure twist pastry pastries blinds roulette"
)
# The ending of a nationality word ("Korean", "Japanese", "Polish", "Iraqi"; the detector).
DEMONYM_ENDING = re.compile(r"(?:an|ian|ese|ish|i)$")
# Endings a name takes in words derived from it ("Putinist", "Xi's", "Kyivans"): such a
# word is the name's, not another name (names pass).
DERIVED_ENDINGS = wordset("an ian ians ans ns n ese ish i is s es ite ites ic ism ist ists")


# --- Words inside names and roles -----------------------------------------------------

# Particles inside names that say nothing about who is meant ("bin", "van", "de").
PARTICLES = wordset("al el de da do dos das del della di du la le van von der den ten ter bin ibn bint abu")
# The articles among them, which a translation engine renders "the" ("Bruno the Mayor", Le Maire).
ARTICLE_PARTICLES = wordset("al el la le")
# The Arabic particles among them: opening a run, the rest is the name news writes alone
# ("Al Jaber said" is Jaber; mentions). The others may open a reading of a native spelling
# ("Du Ke" for 杜克, Iván Duque).
ARABIC_PARTICLES = wordset("al el abu ibn bin bint")
# Spellings of one Arabic particle: "son of" (bin, ibn, ben) and the article (al, el, ul).
# A name spelled with another of them ("Tamim ibn Hamad", "Mohamed ben Salmane") is not
# respelled there (names pass).
SAME_PARTICLES = (wordset("bin ibn ben"), wordset("al el ul"))
# Lower-case words that join the words of one name or title ("Bank of Japan", "Ursula von
# der Leyen"; the detector).
NAME_CONNECTORS = wordset("of for and de del la le von van al bin the on")
# Small words at the edges of a role phrase ("the Secretary of State of"), trimmed off
# (names pass, references).
ROLE_LINK_WORDS = wordset("of the for and to in on at by a an")
# Words of a role that say nothing about whose it is ("the former acting ..."; names pass).
ROLE_FILLER_WORDS = ROLE_LINK_WORDS | wordset("s former acting new")
# Title words English leaves in lower case right before a name ("Kremlin spokesman Dmitry
# Peskov", "UN chief António Guterres", "opposition leader Lee Jae-myung"): a description, not
# a formal title, so a lower-case name after one gets its capital and the word keeps its own (names pass).
DESCRIPTIVE_TITLE_WORDS = wordset(
    "envoy spokesman spokeswoman spokesperson chief head leader adviser advisor"
)
# Words just before a name ("Photo: ...", "picture by ...") that say it belongs to someone
# who is not the public figure (names pass).
CREDIT_WORDS = wordset("photo photograph photographer photographed picture image credit caption illustration")
# Words that say the next word is an online name: a handle, a user name or a channel, written
# as its owner spelled it ("his account AntonioGuterres"), so no space is put back in it (names pass).
HANDLE_WORDS = wordset("account accounts handle handles username usernames hashtag hashtags channel profile")
# An apposition after a name (", a photographer") that says the same (names pass).
APPOSITION_WORDS = wordset(
    "photographer analyst researcher professor reporter correspondent editor author economist"
)


# --- Function words and clause words --------------------------------------------------

# Words that make "about" mean "approximately" after it ("discussed about 30 proposals",
# "about a dozen", "about half"): there "about" is no preposition to drop.
NUMBER_WORDS = wordset(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
    fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion
    billions dozen dozens half third quarter score"""
)

# English function words: articles, prepositions, pronouns, auxiliaries, reporting verbs
# (the detector: a capitalised one after a title, a run of them, a misfit word).
FUNCTION_WORDS = wordset("""a an the and or but nor so yet for of to in on at by from with without into onto upon
    about above after against along among around before behind below beneath beside between
    beyond during except inside near off over past since through throughout toward towards
    under until unto up via within is are was were be been being am has have had having do
    does did will would shall should can could may might must not no as than then that this
    these those which who whom whose what when where while whether if because although though
    it its he him his she her they them their we us our you your also very just only even
    such some any each every all both either neither many much more most other another same
    said says say told tell added asked called made make took take gave give went go came come
    there here now still already again""")
# How a CC-CEDICT sense starts when it gives no English word a translation would write for a
# name's character: a cross-reference, a classifier, an abbreviation, a register label.
DICTIONARY_SKIPPED_SENSES = (
    "variant of",
    "old variant",
    "erroneous variant",
    "see ",
    "used in",
    "CL:",
    "abbr.",
    "Kangxi",
    "surname",
    "also pr.",
    "Taiwan pr.",
    "ancient pr.",
    "classifier",
    "(old)",
    "(literary)",
    "(archaic)",
    "(arch.)",
    "(dialect)",
    "(Cantonese)",
    "(onom.)",
    "(used",
    "(chemistry)",
    "(math",
    "(Buddhism)",
    "(slang)",
    "(coll.)",
    "(loanword)",
    "(Internet slang)",
    "(euphemism)",
)
# The short function words a missing space glues to the next word ("ofthe"): a split at
# one of them is surer (the spacing pass).
SHORT_FUNCTION_WORDS = wordset(
    "the a an of to in on at for with by from and or but as is are was were be been it its "
    "this these those their his her our your my we they he she not"
)
# The commonest English words: they make a fifth or more of any English article, and far
# less of French, German or Spanish, which share many other short words with English
# (the pipeline's language check).
COMMONEST_WORDS = wordset(
    "the of and to in is was for on that with as by at it from he she said has have be are "
    "were will an this not but his her their they who"
)
# Words a sentence does not end with: a paragraph ending in one goes on in the next (the
# structure pass).
ENDS_WITH_FUNCTION_WORD = re.compile(
    r"\b(the|a|an|of|to|in|on|at|for|with|by|from|and|or|but|as|that|which|who|whose|his|her|their|its|is|are|was|were|will|would|has|have|had)$",
    re.IGNORECASE,
)
# Words that start no name when a lower-case word follows them inside a sentence:
# capitalised there, they are a clause break a translation left ("itself The crisis",
# "Ukraine And from", "refusal To name"), even after a name, and even though names hold
# them ("The Hague"; the grammar pass).
CLAUSE_WORDS = wordset(
    "the and but or nor from to of in on with for as at by that which while after before because if when"
)
# Lower-case words that go on a sentence rather than start one: after a full stop inside
# a line and before another lower-case word ("defeat Ukraine. and its defenders",
# "respond. in such situations"), the stop is stray (the grammar pass).
CONTINUING_WORDS = wordset("and or nor of to in on with for as at by from than that which whose")
# ... of which the conjunctions and relative words only go on a sentence; a preposition may
# open the next one with a phrase of its own ("museum. in my opinion, the young").
JOINING_WORDS = wordset("and or nor than that which whose")
# Words after a comparative that show no noun follows it ("more stronger than", "more
# easier and"): the grammar pass's double comparative.
DEGREE_CLOSERS = JOINING_WORDS | wordset("but to for enough")
# Sentence-opening words and phrases that take a comma before the clause they introduce
# ("Also the price rose" -> "Also, the price rose"; the grammar pass): those Harper's own
# rule does not already flag ("However", "Therefore", "For example", ...).
INTRODUCTORY_MARKERS = wordset(
    "also firstly secondly thirdly lastly finally first second third besides nonetheless"
    " unfortunately fortunately actually personally similarly likewise obviously surprisingly"
    " sadly luckily basically yes thereby"
) | frozenset(
    (
        "in addition",
        "in conclusion",
        "in summary",
        "in short",
        "in general",
        "in fact",
        "in contrast",
        "in other words",
        "in my opinion",
        "in my view",
        "in this case",
        "in that case",
        "for instance",
        "for example",
        "of course",
        "as a result",
        "to sum up",
        "after that",
    )
)
# Sentence-opening connectives the checker gives a comma before a subject ("Thus the plan
# failed") but not before a phrase ("Thus in the end", "Hence from the start"): the grammar
# pass adds it there.
CONNECTIVE_MARKERS = wordset(
    "thus hence consequently moreover furthermore nevertheless nonetheless accordingly"
)
# ... when a clause's subject follows at once: a pronoun or a determiner ("Also during
# the talks", "First lady", "Second half" take none).
CLAUSE_SUBJECTS = wordset(
    "i we you he she it they there people the a an this that these those my our your his her its"
    " their some many most all every each one if when"
)
# Words that open a clause's subject after a fronted phrase and its comma ("in the end,
# both sides agreed"; the grammar pass's stop before a lower-case sentence): the clause
# subjects and the other determiners and indefinite pronouns.
SUBJECT_OPENERS = CLAUSE_SUBJECTS | wordset(
    "both no neither few several any another nobody everyone everybody someone somebody nothing something"
)
# ... and after a phrase of several words, also a word that opens an adverbial ("For
# example in a chemistry class we", "Thus even today"; "As a result of" takes none: "of" is
# not here).
PHRASE_FOLLOWERS = CLAUSE_SUBJECTS | wordset(
    "in on at during after before since while because although though unless once even"
)
# Words that count a plural noun ("many subjects", "both sides"; the grammar pass), and
# the irregular plurals of nouns learners and translations leave singular after them.
PLURAL_QUANTIFIERS = wordset("many several few various numerous both these those multiple")
# Words that count a plural only when no determiner singles a noun out before them ("with
# other drivers", "to understand certain things"; but "the other driver", "a certain
# point", "no other way", "each other"), and those determiners.
BARE_PLURAL_QUANTIFIERS = wordset("certain other")
# Phrases that count a plural noun after them ("a lot of places", "the number of cars",
# "one of the reasons"; the grammar pass's CountedPlural).
PLURAL_COUNTING_PHRASES = frozenset(
    {"lot of", "lots of", "plenty of", "number of", "one of the", "couple of", "variety of"}
)
SINGLING_DETERMINERS = wordset(
    "a an the this that its his her their our my your every each any no one another some whose which what"
    " either neither"
)
IRREGULAR_PLURALS = {"person": "people", "man": "men", "woman": "women", "child": "children"}
# What follows "you" as its subject and never a letter's name ("u will agree" is texting
# for "you will"; "the vowel u is", "a u turn" are letters): the grammar pass's shorthand.
YOU_VERBS = wordset(
    "are were do did have had can could will would should must may might know need want think"
)
# Words that never follow the possessive "your" but do follow "you're" ("when your in a
# group", "your not right", "your a student"): the grammar pass's "you're" (repair.YouAre).
# Not "very" or "really", which the possessive takes before an adjective ("your very own").
YOURE_FOLLOWERS = wordset("a an the not so too in at gonna")
# What may open a sentence before "lets" written for "let's" ("So lets not", "Lets go"):
# with a subject before it, "lets" is the verb ("it lets us").
LETS_LEADS = wordset("so and but now then well okay ok")
# Verbs whose past is their base form ("it cost", "he put"): after "he", "she" or "it" the
# base may be the past, so the checker's -s form is no sure fix there.
SAME_PAST = wordset(
    "cost put set cut hit let read spread hurt quit shut bet cast burst split shed bid fit upset"
)
# Collective nouns a British paper pairs with a plural verb ("the government want", "the
# team need"): the grammar pass's SingularSubject leaves their verb alone.
COLLECTIVE_NOUNS = wordset(
    """government team council committee public staff police family board party company club
    army audience crowd jury class group media press union cabinet ministry parliament
    majority minority couple pair crew band management opposition administration
    department firm bank side school university navy household population"""
)
# Words before "the noun verb" that leave the verb bare: a subjunctive ("insisted the
# minister resign"), a causative or perception verb ("let the market decide", "saw the
# man take"), an auxiliary's question ("does the plan need").
SUBJUNCTIVE_LEADS = wordset(
    """that insist insists insisted demand demands demanded ask asks asked require requires
    required recommend recommends recommended suggest suggests suggested propose proposes
    proposed urge urges urged let lets make makes made help helps helped watch watched
    see sees saw seen hear hears heard feel felt have has had notice noticed
    be been being am is are was were do does did can could will would shall should may might must"""
)
# Words that open a verb's object or a clause after it ("the lecturer suggest we"): with
# the object openers, the grammar pass's SingularSubject reads the word before them as a verb.
OBJECT_FOLLOWERS = wordset("we they you he she to all")
# Contractions written without their apostrophe that are no English word as written
# ("dont", "doesnt"; not "cant", "wont", "well", "ill", "its": words of their own).
APOSTROPHE_DROPPED = {
    **{
        w: w[:-1] + "'t"
        for w in wordset("""dont doesnt didnt isnt wasnt arent werent couldnt shouldnt
        wouldnt havent hasnt hadnt mustnt neednt""")
    },
    **{w: w[:-2] + "'" + w[-2:] for w in wordset("youre theyre weve theyve youve wouldve couldve shouldve")},
    **{w: w[:-1] + "'s" for w in wordset("thats theres whats")},
}
# Abbreviations written with a full stop, which a lower-case word may follow ("nuts etc.
# and bread", "Acme Inc. and its rivals"); compared in lower case.
STOP_ABBREVIATIONS = wordset(
    "etc vs approx incl esp ca cf viz al nos no fig resp inc corp ltd co jr sr st mt ft gen col lt sgt rev dept univ est"
)


def ends_abbreviation(word: str) -> bool:
    """The word before a full stop makes the stop an abbreviation's or an initial's ("U.S.",
    "p.m.", "Gen.", "J."), not a sentence's end."""
    return len(word) < 2 or "." in word or word.lower() in STOP_ABBREVIATIONS


# Words that begin a dependent clause: a sentence opening with one of the first set is
# almost always a clause cut from the sentence before; the second set is merely suspect
# (the detector).
CLAUSE_OPENERS = wordset("including which who whose whom where especially particularly notably and or nor")
SUBORDINATORS = wordset(
    "while when as although though because after before since unless if whereas despite until once"
)
# "-ing" words that are prepositions, not verbs ("according to"), and "Beijing" (the detector).
PREPOSITIONS_ING = wordset(
    "according during following regarding concerning including excluding considering pending notwithstanding beijing"
)
# Endings of verbs, adjectives and abstract nouns, rare at the end of a proper name (the
# detector).
COMMON_SUFFIX = re.compile(r"(?:ed|ing|ly|al|ive|ous|ful|less|ment|ness|ity|ise|ize|ate|ble)$")
DAYS_MONTHS = wordset("""monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""")
# Month names that are English words too ("may", "march", "august"): lower case, they
# are a month only beside a date (the grammar pass's month capitals).
MONTH_WORDS = wordset("may march august")
# Words before a month that make a date of it ("in late may", "mid-march"), and those
# that do when the sentence pauses after it ("began in may,": "in may be" is the verb).
MONTH_LEADS = wordset("early late mid")
MONTH_PREPOSITIONS = wordset("in since until till by last next")
# Common words of four letters or more that say nothing about a line's topic (page
# chrome: does a line after the article's end share its vocabulary?).
PROSE_WORDS = wordset(
    "that this with from have will would about said says their there which were been they "
    "them than then when what where after before into over also more most other such could "
    "should against between while during under being just only very"
)


# --- Doubled words --------------------------------------------------------------------

# Doubles that English uses on purpose ("he had had enough", "said that that was"; the
# spacing pass leaves them).
LEGITIMATE_DOUBLES = wordset(
    "had that is do very so no bye ha yes now well far many much more again round over out along on by in two"
)
# The commonest of them, which the detector does not count as a doubled word.
COMMON_DOUBLES = wordset("had that is do")
# A phrase written twice is a slip when it opens with one of these ("held in the in the
# capital"; the spacing pass), and said on purpose when a coordinator joins its copies
# ("on and on and on", "over and over").
PHRASE_PREPOSITIONS = wordset("of to in on at for with by from into about over under after before")
# ... or with a determiner and its noun ("The ministry the ministry estimates"): English
# never names the same thing twice in a row ("that" is left out: "that that" is English)
PHRASE_DETERMINERS = wordset("the a an this these those its his her their our")
# Verbs that take their object directly, and the preposition learners and translations put
# before it ("discussed about the plan", "mentions about the records"): the grammar pass's
# object preposition; "about" stays before a number ("discussed about 30 proposals").
ABOUT_OBJECT_VERBS = wordset(
    "discuss discusses discussed discussing mention mentions mentioned mentioning emphasize emphasizes"
    " emphasized emphasizing emphasise emphasises emphasised emphasising"
)
# Pastimes English goes to without "for" ("go shopping", not "go for shopping"); "go for
# training" or "went for talks" is another phrase.
# Words before the verb "affect", which takes its object without "on" ("can affect on
# them"; "areas affected on the coast" is a passive).
AFFECT_VERB_LEADS = wordset("can could will would may might must should to not also does do did greatly")
GO_FORMS, GO_ACTIVITIES = (
    wordset("go goes went going gone"),
    wordset(
        "shopping swimming fishing hunting hiking camping skiing sailing surfing jogging walking dancing"
        " bowling skating cycling sightseeing"
    ),
)
# Who may "trust on" something as a verb ("you can trust on it"; not "the trust on")
TRUST_LEADS = wordset("i we you they he she can could will would should must to not really")
# Determiners that open a plural subject at a sentence's start ("My friends is", "The
# details was"): the grammar pass's plural subject, and the verbs it puts in the plural.
PLURAL_SUBJECT_DETERMINERS = wordset("the these those my our your their his her its many some all most both")
PLURAL_VERB_FORMS = {"is": "are", "was": "were", "has": "have", "does": "do"}
COORDINATORS = wordset("and or nor but")


# --- The press -----------------------------------------------------------------------

# Words that say a sentence quotes or cites a publication ("the Cross reported", "the
# French daily"): a newspaper's name translated as an ordinary word is read as that
# newspaper only beside one of these (names pass, translated_titles).
PRESS_WORDS = wordset(
    "newspaper newspapers daily dailies weekly weeklies paper papers magazine tabloid outlet outlets "
    "publication columnist editorial editor reported reports wrote writes published quoted quoting interview "
    "according press media broadsheet"
)


# --- First names one language writes for another's ---------------------------------------

# A first name and the forms other European languages give it, folded (no accents): machine
# translation writes the English one for a foreign person ("Andrew Duda" for Andrzej,
# "Charles Nawrocki" for Karol), the way it writes "Simon" for Szymon. One group a line; the
# names pass reads a written first name in the group of the person's own as that name in
# another language (review only, beside the person's role and family name).
FIRST_NAME_EQUIVALENTS: tuple[frozenset[str], ...] = tuple(
    wordset(line)
    for line in (
        "andrew andrzej andreas andrei andrey andre andres andrea andrii andriy andras",
        "charles karol karl carlos carlo karoly carl",
        "peter piotr pyotr petr pedro pierre pietro peter petro",
        "joseph jozef jose giuseppe josef iosif josep jozsef",
        "john jan juan johann johannes jean ivan giovanni janos joao ioannis",
        "michael michal mikhail miguel michel michele mihaly mykhailo",
        "stephen steven stefan esteban stephane stepan istvan stefano",
        "george jerzy georg jorge georges giorgio gyorgy yuri yurii",
        "paul pawel pavel pablo paolo pal paulo",
        "thomas tomasz tamas tomas tommaso",
        "francis franciszek francisco francois franz ferenc francesco",
        "henry henryk heinrich henri enrique",
        "louis luis ludwig luigi luiz lajos",
        "william wilhelm guillermo guillaume willem",
        "alexander aleksander alexandre alejandro alessandro sandor oleksandr aleksandr",
        "nicholas mikolaj nikolai nicolas miklos nikolay nicola",
        "matthew mateusz matteo mateo matthias matvei",
        "james jakub jaime giacomo jacques",
        "vladislav wladyslaw ladislav laszlo",
        "anthony antoni antonio anton antal antoine",
        "edward edvard eduardo edouard ede",
        "gregory grzegorz grigory gregorio gergely",
        "lawrence wawrzyniec lorenzo laurent lorenz",
        "joanna johanna juana jeanne ioanna",
        "catherine katarzyna katharina catalina katalin ekaterina yekaterina",
        "elizabeth elzbieta elisabeth isabel erzsebet elisabetta yelizaveta",
        "mary maria marie mariya marija",
        # Persian and Hebrew names as Arabic letters read them back: Arabic has no p, v or
        # e and o, and its dad is d where Persian says z ("Rida Bahlawi" for Reza Pahlavi)
        "reza rida ridha",
        "hossein hussein husain husayn hosein hussain",
        "hassan hasan",
        "mohammad muhammad mohammed mohamed mohamad",
        "mahmoud mahmud",
        "javad jawad",
        "mehdi mahdi",
        "mohsen muhsin",
        "ebrahim ibrahim",
        "esmaeil esmail ismail",
        "masoud masud",
        "kazem kazim kadhim",
        "jafar jaafar",
        "yousef yusuf youssef",
        "tzachi tsahi tsachi",
    )
)

# A quotation within a line, in straight or curly double quotes: the speaker's words.
QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


class Quotations:
    """Where a text quotes someone, on one line: the passes leave a speaker's words as
    spoken. ``at in quotations`` says whether an offset falls inside one."""

    def __init__(self, text: str) -> None:
        self.spans = [m.span() for m in QUOTED.finditer(text)]

    def __contains__(self, at: int) -> bool:
        return any(a < at < b for a, b in self.spans)


# Words after which "lot of" wants its article ("spent lot of time"): verbs that take an
# object, and conjunctions; not "parking" or "the" (a plot of land, a fate).
LOT_OF_LEADS = wordset(
    """and or but with spent spend spends spending have has had having need needs needed
    take takes took taking is are was were get gets got getting make makes made give gives
    gave do does did see saw found"""
)
# Adverbs that stand between a subject and its verb ("he usually brings").
VERB_ADVERBS = wordset(
    """usually often always never also really just sometimes only still even rarely
    seldom certainly clearly simply generally normally actually"""
)
# Simple past forms that are no past participle, with their base form: after a modal or
# an infinitive's "to" only the base can stand ("could even began" -> "begin"; the
# grammar pass's word forms). A regular -ed form may be a passive's participle instead.
# Not "saw", "fell", "lay", "found" or "wound": each is also a verb's base form ("able to saw
# through the steel", "need to fell the trees").
PAST_ONLY = {
    "went": "go",
    "came": "come",
    "took": "take",
    "gave": "give",
    "began": "begin",
    "wrote": "write",
    "ate": "eat",
    "knew": "know",
    "became": "become",
    "spoke": "speak",
    "broke": "break",
    "drove": "drive",
    "forgot": "forget",
    "chose": "choose",
    "ran": "run",
    "grew": "grow",
    "threw": "throw",
    "flew": "fly",
    "drew": "draw",
    "rose": "rise",
}
# Irregular verbs given a regular ending ("have dealed with", "telled me"), with their past
# and participle, that the checker does not flag as such (it offers "dealer" for "dealed",
# nothing for "hided"): the grammar pass's IrregularPast. None is a word of its own; "putted"
# is golf's, a verb's only after a passive's "be" ("cannot be putted into words"). Not
# "leaded", "lighted", "speeded", "shined", "teared", "grinded", "quitted": English uses them.
REGULARISED_PASTS = {
    "dealed": ("dealt", "dealt"),
    "brang": ("brought", "brought"),
    "brung": ("brought", "brought"),
    "sayed": ("said", "said"),
    "telled": ("told", "told"),
    "seeked": ("sought", "sought"),
    "forgeted": ("forgot", "forgotten"),
    "hided": ("hid", "hidden"),
    "beated": ("beat", "beaten"),
    "drawed": ("drew", "drawn"),
    "forgived": ("forgave", "forgiven"),
    "withdrawed": ("withdrew", "withdrawn"),
    "overcomed": ("overcame", "overcome"),
    "misunderstanded": ("misunderstood", "misunderstood"),
    "forbidded": ("forbade", "forbidden"),
    "foreseed": ("foresaw", "foreseen"),
    "upholded": ("upheld", "upheld"),
    "undertaked": ("undertook", "undertaken"),
    "undergoed": ("underwent", "undergone"),
    "outgrowed": ("outgrew", "outgrown"),
    "overeated": ("overate", "overeaten"),
    "clinged": ("clung", "clung"),
    "fleed": ("fled", "fled"),
    "flinged": ("flung", "flung"),
    "wringed": ("wrung", "wrung"),
    "rebuilded": ("rebuilt", "rebuilt"),
    "overthinked": ("overthought", "overthought"),
    "taughted": ("taught", "taught"),
    "boughted": ("bought", "bought"),
    "broughted": ("brought", "brought"),
}
PASSIVE_ONLY_PASTS = {"putted": ("put", "put")}
# Forms of "be" a passive's participle follows ("the gas is generated by"); a verb's base
# form after one is the participle missing its ending (the grammar pass's PassiveParticiple).
PASSIVE_BE = wordset("is are was were be been being")
# Modals and forms of "have" a verb follows in its base form or its participle (the grammar
# pass's AuxiliaryBase and PerfectParticiple).
MODAL_VERBS = wordset("will would can could shall should may might must")
PERFECT_HAVE = wordset("has have had")
# Words after "considered as" that keep the "as": another phrase's ("considered as well",
# "as if", "as part of", "as a whole"); before anything else "as" is a learner's, and
# "consider" takes its complement directly ("is considered the least", "consider her a
# friend"; the grammar pass's ObjectPreposition).
CONSIDER_AS_KEPT = wordset(
    "well if though of such part much many soon long far follows for to opposed against"
)
# Words before "will" or "can" that make it a noun ("the political will exists", "a tin can
# holds"): no modal follows them.
MODAL_NOUN_LEADS = wordset(
    "political public popular free good ill collective strong own sheer iron general last national tin trash"
)
# Forms of "do": before "is" or "was" in a sentence they make a pseudo-cleft, where the
# base form is right ("all they did was wait", "what it does is create").
DO_FORMS = wordset("do does did done doing")
# Words that open a verb's object: after an -ed form following a modal, they show the
# verb is active ("will stimulated our imagination"), not a passive without its "be".
OBJECT_OPENERS = wordset(
    "the a an this that these those my our your his her its their them us him me it some any"
)
# ... of which these are pronouns, not determiners: before a modal they are its subject
# ("it may seems"), never what makes it a noun ("the will").
OBJECT_PRONOUNS = wordset("it them us him me")
# Negations long enough that a slip in one still reads as it ("cannto"): the safety guard
# counts such a misspelling as the negation.
LONG_NEGATIONS = ("cannot", "never", "nothing", "nobody", "neither", "nowhere", "without")
# After "this" and a plural noun, words that show the plural is the subject or ends its
# phrase ("this cars are", "this animals because"); a word English also uses as a verb's
# -s form must have one of them after it ("this costs money" is a verb).
PLURAL_FOLLOWERS = wordset(
    "are were have do can could will would should must may might and or of in on for to from with"
    " that which who because but so"
)
# Adjectives that take "to", "that" or "for" after "it is" ("it's hard to", "it's clear
# that") and never name a thing "its" owns: "its" before one (and "to", "that", "for") is
# "it's" (the grammar pass's ItsIs). A closed list: "its forecast for" is a noun.
IT_IS_ADJECTIVES = wordset(
    """important necessary possible impossible easy hard difficult clear obvious true likely
    unlikely expensive cheap essential crucial vital dangerous useful interesting nice
    better worse"""
)
# Plural time words after "this" are a possessive that lost its apostrophe ("this weeks
# meeting": this week's), not a demonstrative of the wrong number.
TIME_PLURALS = wordset("weeks years months days decades centuries seasons weekends mornings evenings nights")
# Auxiliaries and modals: no -s form to add after "he" or "she".
AUXILIARIES = wordset(
    "be been being am is are was were do does did has had can could will would shall should may might must"
)
# Before "but", words that make it "except" ("nothing but", "all but"), not a clause break.
BUT_EXCEPT_LEADS = wordset("not nothing all anything everything none one nobody else anyone everyone")
# After "but", words that open a clause's own subordinate clause or adverbial ("but even
# if he", "but when it broke", "but right now"): a comma comes before "but" unless a "not"
# earlier in the clause makes it a contrast of two phrases ("not because X but because Y").
# Not a preposition or "then", "still", "now": they as often go on the same subject's verb
# or adjective ("rose but then fell", "tired but in good spirits", "small but still").
BUT_ADVERBIAL_OPENERS = frozenset(
    (
        "even if",
        "even though",
        "even when",
        "even so",
        "even then",
        "right now",
        "if",
        "when",
        "because",
        "since",
        "once",
    )
)
# Nouns whose number a relative clause's verb must follow ("a person who is", "people who
# are"): the irregular plurals and their singulars, and the indefinite pronouns.
SINGULAR_ANTECEDENTS = wordset("person man woman child someone anyone everyone somebody anybody everybody")
PLURAL_ANTECEDENTS = wordset("people men women children")
# The sections of a news site as its menus and kickers name them ("World", "Asia Pacific",
# "Opinion"): a line made only of these is a menu or a section label (the chrome pass).
SECTION_NAMES = wordset(
    """news world politics business economy markets finance money banking tech technology science
    health sport sports football culture arts entertainment lifestyle life style travel food fashion
    music books film movies tv opinion opinions comment editorial editorials columns columnists blogs
    letters features magazine weekend analysis investigations video videos photos podcasts podcast
    weather environment climate education media society local national international regional home
    europe asia africa americas oceania crime law justice defence defense security energy autos cars
    property jobs careers obituaries elections more latest trending live breaking region regions"""
) | frozenset(
    ("in depth", "middle east", "asia pacific", "latin america", "north america", "real estate", "most read")
)
# A line of body text ending without its full stop reads as a sentence when a subject
# pronoun or a modal shows a clause ("We must trust ourselves"), not as a subhead or a
# caption ("What the deal means for farmers"; the grammar pass's final stop).
CLAUSE_MARKERS = wordset("i we you he she they can could will would should must may might cannot shall")
# Words that show a clause's verb (the grammar pass's final stop): a finite "be", "have" or
# "do", a reporting verb, or a pronoun that is a subject or an object (a verb governs it).
VERB_SIGNS = wordset(
    "is are was were am be been being has have had do does did says said told it him them me us"
)
# Words that open a subhead asking a question without its mark ("Why the vote matters",
# "How we got here"): no full stop is missing there.
SUBHEAD_OPENERS = wordset("what why how where when who which whose whether")
# Prepositions that open a fronted phrase before a sentence's subject ("At some time they
# have to"; the grammar pass's fronted comma): not "like" or "as", which as often open a
# clause of their own ("like the lecturer said we").
FRONTED_PREPOSITIONS = wordset(
    "in at for by during after before with without from through since despite on under over among"
    " within across until following"
)
# Words that end a fronted phrase: a clause opens inside it ("After he left they", "In the
# town where they have"), so its comma is not the phrase's.
FRONTED_PHRASE_BREAKS = wordset(
    "i we you they he she it when if that which who whom whose because as where while than"
)
# The subject pronouns and the auxiliaries after them that show a main clause opening
# after a fronted phrase ("... they have to", "... it is"); not the perfect's "have" or
# "do", which as often open a relative clause inside the phrase ("By the time they had
# arrived the ship", "In all the years I have lived here"): "have to" is listed whole.
# Words after a preposition that make a phrase of two words a subordinator or a hedge, no
# fronted phrase ("In case it rains", "In that it was", "At least it is"; the grammar pass's
# FrontedComma), and the time adverbs after which a perfect's "have" opens the main clause
# ("By then we have", "Since now"; "With friends we have made" is a relative clause).
SHORT_PHRASE_BREAKS = wordset("case that least most order so")
TIME_ADVERBS = wordset("then now today")
# Nouns a clause follows without "that" or "when" ("By the time the police were called",
# "At the moment the vote was held"): after them a noun subject may open that clause, not
# the main one (the grammar pass's FrontedComma).
CLAUSE_HEAD_NOUNS = wordset(
    "time times moment day days year years week month night morning evening point place way reason extent minute hour instant second"
)
# Determiners that open a noun subject after a fronted phrase ("In a market economy the
# price must"; the grammar pass's FrontedComma).
NOUN_SUBJECT_DETERMINERS = wordset("the this these those many most some his her their our my every each") | {
    "all the",
    "all of the",
    "most of the",
}
FRONTED_SUBJECTS = wordset("i we you they he she it")
# Words that open a fronted clause ("If you want to buy cars you can", "As a young person
# you can"); "after", "before", "until" open phrases as often and are the phrase rule's.
FRONTED_SUBORDINATORS = wordset("if when as because although though while since once unless whenever")
FRONTED_AUXILIARIES = frozenset(
    {"can", "could", "will", "would", "should", "must", "may", "might", "is", "are", "was", "were"}
    | {"have to", "has to", "had to"}
)
# Nouns English never counts: no "a" or "an" before them ("share a information", "an
# useful advice"); before another noun they are its modifier ("an information campaign").
UNCOUNTED_NOUNS = wordset("information advice equipment furniture luggage baggage homework")
# Comparatives that pair in "the more ..., the better ..." (the comparative comma).
CORRELATIVE_COMPARATIVES = wordset(
    "more less fewer better worse bigger higher lower greater faster slower longer shorter sooner"
    " later harder easier cheaper larger smaller stronger weaker richer poorer safer happier"
    " further closer deeper wider"
)
# Phrases giving the writer's view, set off by commas inside a sentence ("Thus, in my view,
# the points").
OPINION_PHRASES = frozenset(
    {"in my opinion", "in my view", "in our opinion", "in our view", "in my experience", "to my mind"}
)

"""English rules of the attributor: the English lexicons and patterns, and the English methods of
``Attributor`` (a mixin: they read the per-article state the core class keeps; see attribution.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from claims.extraction.attribution_base import (
    _ANY_QUOTE,
    _COMMA,
    _EN_CLAUSE_WORDS,
    _EN_CONNECTIVES,
    _EN_DETERMINERS,
    _EN_DOCUMENTS,
    _EN_FRAME_QUOTE,
    _EN_NP_WORDS,
    _EN_PLACE_PREPS,
    _EN_PRONOUNS,
    _EN_RELAY,
    _HISTORY,
    _WINDOW,
    Prop,
    _cap,
    _dedupe,
    _en_finite,
    _holds,
    _is_word,
    _tokens,
)
from claims.extraction.cues import (
    EN_CUESET,
    OUTLET,
    PASSIVE,
    VERB,
    Cue,
)
from claims.extraction.entities import _PLACE_TRIE

# The second complement clause of a reporting verb: "… broke out but that regime forces …".
_EN_SECOND_COMPLEMENT = re.compile(
    r",?\s+((?:but|and)\s+that)\s+(?!(?:is|was|has|had|would|will|could|can|may|might|won|wouldn|isn|wasn|doesn|didn"
    r"|does|did|means|meant|'s|’s)\b)"
    r"(?=[A-Za-z])"
)

# English word lists (lower case).
_EN_COMPLEMENTIZERS = frozenset({"that"})
_EN_AUX = frozenset(
    [
        "both",
        "has",
        "have",
        "had",
        "also",
        "later",
        "earlier",
        "repeatedly",
        "previously",
        "however",
        "further",
        "then",
        "would",
        "will",
        "had",
        "'s",
        "already",
        "once",
        "again",
        "has",
        "been",
        "have",
        "been",
        # sentence adverbs between a subject and its verb: "The president meanwhile said"
        "meanwhile",
        "instead",
        "nevertheless",
        "nonetheless",
        "therefore",
        "thus",
    ]
)
# Verbs a bare plural subject speaks with ("economists said", "critics argue"): past or plural forms only.
_EN_PLURAL_SPEECH_VERBS = frozenset(
    [
        "said",
        "say",
        "told",
        "argue",
        "argued",
        "claim",
        "claimed",
        "warn",
        "warned",
        "insist",
        "insisted",
        "believe",
        "believed",
        "note",
        "noted",
        "added",
        "estimate",
        "estimated",
        "predict",
        "predicted",
        "reported",
        "report",
        "suggest",
        "suggested",
        "cautioned",
        "complained",
        "fear",
        "feared",
        "expect",
        "expected",
        "accuse",
        "accused",
        "urged",
        "called",
        "criticised",
        "criticized",
        "revealed",
        "indicated",
        "acknowledged",
        "admitted",
        "stressed",
        "explained",
        "confirmed",
        "denied",
        "deny",
        "announced",
        "contend",
        "allege",
        "alleged",
        "agree",
        "agreed",
        "have",
        "had",
    ]
)
_EN_TIME_NOUNS = frozenset(["month", "week", "year", "weekend", "morning", "evening"])
_EN_NP_MODIFIERS = frozenset(
    [
        "same",  # "the same source said"
        "some",
        "many",
        "several",
        "other",
        "local",
        "foreign",
        "international",
        "western",
        "arab",
        "kurdish",
        "syrian",
        "iraqi",
        "lebanese",
        "turkish",
        "russian",
        "iranian",
        "israeli",
        "american",
        "british",
        "french",
        "independent",
        "unnamed",
        "anonymous",
        "top",
        "high-ranking",
        "informed",
        "senior",
        "military",
        "security",
        "medical",
        "official",
        "government",
        "diplomatic",
    ]
)
# Compass adjectives before a place name inside a speaker ("opposition sources in eastern Syria said")
_EN_COMPASS = frozenset(
    ["eastern", "western", "northern", "southern", "northeastern", "northwestern", "southeastern"]
    + [
        "southwestern",
        "north-eastern",
        "north-western",
        "south-eastern",
        "south-western",
        "central",
    ]
)
_EN_PLACE_NOUNS = frozenset(
    [
        "town",
        "city",
        "village",
        "area",
        "region",
        "province",
        "country",
        "capital",
        "camp",
        "neighborhood",
        "neighbourhood",
        "district",
        "countryside",
        "border",
        "ground",
        "field",
    ]
)
# After these the cue word is an adjective or a passive participle: "figures reported could not be",
# "a video posted online by activists", "an attack claimed by IS".
_EN_NOT_A_REPORT_AFTER = frozenset(["by", "lives", "could", "would", "online"])
_EN_PARTICIPLE_WORDS = frozenset(
    ["adding", "saying", "noting", "stressing", "warning", "claiming", "accusing", "explaining"]
)
_EN_NOT_SUBJECT = frozenset(
    [
        "if",
        "along",
        "even",
        "that",
        "this",
        "these",
        "those",
        "in",
        "on",
        "at",
        "as",
        "after",
        "before",
        "when",
        "while",
        "with",
        "for",
        "but",
        "and",
        "so",
        "it",
        "there",
        "here",
        "what",
        "how",
        "why",
        "despite",
        "although",
        "though",
        "since",
        "until",
        "during",
        "by",
        "from",
    ]
)
_EN_NOT_SAYING = frozenset(
    ["declined", "declines", "refused", "refuses", "failed", "fails", "unable", "yet", "not"]
)
_EN_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ary", "ern", "ist", "ian", "ese", "ish", "ed")
_EN_SOURCE_LEADS = frozenset(
    [
        "local",
        "sources",
        "activists",
        "activist",
        "residents",
        "resident",
        "officials",
        "official",
        "medics",
        "witnesses",
        "reporters",
        "media",
        "military",
        "security",
        "medical",
        "opposition",
        "rebel",
        "rebels",
    ]
)
# Heads of a noun phrase that names a source after "citing" ("citing a senior regime official",
# "citing medical sources"); any other lowercase head is a reason ("citing his age", "citing
# evidence the recovery …", "citing US funding of …"): no one is relayed.
_EN_CITED_HEADS = frozenset(
    [
        "source",
        "sources",
        "official",
        "officials",
        "witness",
        "witnesses",
        "resident",
        "residents",
        "activist",
        "activists",
        "medic",
        "medics",
        "doctor",
        "doctors",
        "statement",
        "statements",
        "report",
        "reports",
        "agency",
        "agencies",
        "ministry",
        "media",
        "monitor",
        "monitors",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokespeople",
        "politician",
        "politicians",
        "diplomat",
        "diplomats",
        "analyst",
        "analysts",
        "commander",
        "commanders",
        "police",
        "army",
        "government",
        "supporters",
        "people",
        "inhabitants",
        "survivors",
        "relatives",
        "journalists",
        "correspondent",
        "correspondents",
        "newspaper",
        "newspapers",
        "television",
        "radio",
        "channel",
        "website",
        "group",
        "observatory",
        "committee",
        "council",
        "network",
        "office",
        "command",
        "authorities",
        "officer",
        "officers",
        "expert",
        "experts",
        "investigators",
    ]
)
_EN_REPORT_VERBS = frozenset(
    ["said", "says", "reported", "reports", "added", "told", "announced", "stated", "claimed"]
)
_EN_CITED_STOPS = frozenset(
    [
        "of",
        "in",
        "at",
        "from",
        "who",
        "whom",
        "that",
        "which",
        "as",
        "and",
        "with",
        "for",
        "on",
        "to",
        "by",
        "near",
        "when",
        "while",
        "after",
        "before",
    ]
)
# Before "states" these make it the noun ("member states", "the Gulf states"), not the verb.
_EN_STATES_NOUN_BEFORE = frozenset(
    ["member", "other", "neighbouring", "neighboring", "nation", "many", "some", "all", "these"]
    + ["those", "several", "both", "arab", "gulf", "western", "islamic", "muslim", "african"]
)
_EN_QUOTE_ONLY = frozenset(
    [
        "notes",
        "concluded",
        "lamented",
        "suggests",
        "suggested",
        "suggest",
        "remembered",
        "reads",
        "asked",
        "joked",
        "quipped",
        "exclaimed",
        "pleaded",
        "interjected",
        "replied",
        "replies",
        "responded",
        "answered",
    ]
)
_EN_MEDIUM_WORDS = frozenset(
    [
        "voice",
        "telephone",
        "phone",
        "email",
        "televised",
        "interview",
        "conversation",
        "call",
        "speech",
        "tweet",
    ]
)
_EN_VISUAL_NOUNS = frozenset(
    [
        "photo",
        "photos",
        "photograph",
        "photographs",
        "picture",
        "pictures",
        "image",
        "images",
        "video",
        "videos",
        "footage",
        "clip",
        "clips",
    ]
)
# Pages and accounts that post pictures: what the picture shows stays the outlet's (EN-10)
_EN_POSTING_MEDIA = frozenset(
    ["page", "pages", "account", "accounts", "channel", "channels", "website", "websites", "site"]
    + ["sites", "feed", "feeds", "blog", "blogs", "forum", "forums", "profile", "handle"]
)
_EN_MEDIA_NOUNS = _EN_VISUAL_NOUNS | frozenset(
    [
        "statement",
        "statements",
        "message",
        "messages",
        "report",
        "reports",
        "post",
        "posts",
        "recording",
        "letter",
    ]
)
_EN_WIRE_AGENCIES = frozenset(
    ["Reuters", "AFP", "AP", "SANA", "Anadolu", "IRNA", "TASS", "Xinhua", "Interfax", "DPA", "EFE"]
)
_EN_AGENCY_MODIFIERS = frozenset(
    ["news", "agency", "state", "official", "state-run", "semi-official", "wire", "the", "service"]
)
# "assertions by diplomats … that …", "warnings from the international community that …": the agent of
# a speech noun speaks the clause after "that" (convention EN-14)
_EN_SPEECH_NOUNS = (
    "claims",
    "assertions",
    "allegations",
    "accusations",
    "warnings",
    "reports",
    "charges",
    "statements",
    "assurances",
    "denials",
    "complaints",
)
_EN_SPEECH_NOUN_AGENT = re.compile(rf"\b(?:{'|'.join(_EN_SPEECH_NOUNS)})\s+(?:by|from)\s+")
# "… - an accusation dismissed by the government.", "… an account backed by Iran and Russia": a stance
# on the claim before it, by the agent (convention EN-14), as a claim of its own
_EN_STANCE_NOUNS = (
    "accusation",
    "claim",
    "account",
    "charge",
    "allegation",
    "assertion",
    "version",
)
_EN_STANCE_VERBS = (
    "dismissed",
    "denied",
    "rejected",
    "backed",
    "supported",
    "echoed",
    "confirmed",
    "disputed",
    "contested",
    "refuted",
)
_EN_STANCE_APPOSITION = re.compile(
    rf"\b(?:an?|the)\s+(?:{'|'.join(_EN_STANCE_NOUNS)})\s+(?:{'|'.join(_EN_STANCE_VERBS)})\s+by\s+"
)
# "… is considered a terrorist group by the Syrian government and Russia", "branded as a terrorist
# group by Turkey", "the regime accused by Washington of …", "designated 'a terrorist organisation' by
# many western governments": a label or charge in the passive names its author after "by", even with
# the label between (convention EN-14/19: "considered a foe by X"). listed/classified only with "as";
# not seen/viewed/regarded ("seen as evidence of a commitment by the government": the noun's agent), nor
# "considered by" with no label ("plans being considered by ministers" is deliberation).
_EN_LABEL_BY = re.compile(
    r"\b(?:(?P<label>considered|designated|branded|labell?ed|dubbed|termed|deemed|described|accused"
    r"|blamed|blacklisted|denounced|condemned|criticised|criticized|hailed|praised)"
    r"|(?P<as>listed|classified|classed))"
    r"\b(?P<mid>[^.;:!?\n()]{0,80}?)\bby\s+"
)
# Words that show the "by" phrase is no author: means, time, an amount, a place
_EN_LABEL_BY_MID_STOP = frozenset(
    ["which", "who", "that", "said", "says", "after", "while", "when"]
)
# lower-case plurals after "by" that are means or amounts, not authors
_EN_LABEL_BY_NOT_AGENTS = frozenset(
    [
        "means",
        "series",
        "news",
        "strikes",
        "airstrikes",
        "bombs",
        "attacks",
        "this",
        "these",
        "those",
    ]
    + ["his", "hers", "its", "us", "them", "years", "months", "days", "weeks", "hours", "times"]
)
# The prepositions whose object (a date, a place) can run into a speaker when the commas are lost;
# compass words that may open a place ("in Northern Homs"); a year.
_EN_OBJECT_PREPS = frozenset(["in", "on", "of", "near", "at", "from", "across", "into", "outside"])
# (a separate set from _EN_COMPASS above, which this one once shadowed under the same name)
_EN_COMPASS_BEFORE_PLACE = frozenset(
    ["northern", "southern", "eastern", "western", "central", "north", "south"]
)
# Irregular past tenses that make a clause's main verb ("the UN children's agency sent out an SOS").
_EN_IRREGULAR_PASTS = frozenset(
    ["sent", "gave", "took", "made", "came", "went", "left", "put", "held", "kept", "won", "led"]
    + ["met", "threw", "spoke", "wrote", "brought", "sought", "began", "drew", "found", "hit"]
    + ["cast"]
)
# Time words between a subject and its verb ("Humanitarian agencies last week pleaded …"); people and
# bodies whose head noun the title and organisation lists lack ("the presidency", "the sheikh").
_EN_WHEN_WORDS = frozenset(["last", "this", "yesterday", "today"])
_EN_AGENT_HEADS = frozenset(
    ["men", "women", "people", "presidency", "sheikh", "cleric", "preacher"]
)
_EN_DAY_PARTS = frozenset(
    [
        "night",
        "morning",
        "evening",
        "afternoon",
        "and",
        "or",
        "this",
        "last",
        "next",
        "early",
        "late",
    ]
)
_EN_COMPASS_POINTS = frozenset(["north", "south", "east", "west"])
_EN_YEAR = re.compile(r"(?:19|20)\d\d")
_EN_FRAME_PREPS = frozenset(["in", "on", "at", "during", "after", "following", "since"])
# The same after a closing "X quoted": also a counted or bare plural source ("one trader", "sources"),
# and without a place after a name ("Lavrov in Moscow").
_EN_QUOTED_AS_SAYING_AFTER = re.compile(
    r"\s+((?:a|an|the|its|his|her|their|one|two|three|several|some|sources|officials|witnesses"
    r"|residents|activists|diplomats|analysts|traders|[A-Z][\w'’-]*)(?:[\s,]+[\w'’.-]+){0,8}?)"
    r"(?:\s+in\s+[A-Z][\w'’-]+)?"
    r"(?:,?\s+(?:on|late|early|last|this|earlier)\s+\w+)?,?\s+as\s+saying\b"
)
_EN_CONTENT_VERB = re.compile(
    r"\b(?:killed|wounded|injured|caused|destroyed|struck|hit|shelled|bombed|attacked|seized)\b"
)
# A sentence that opens on a first-person subject (after a photo credit "REUTERS/Name Name").
_EN_FIRST_PERSON = re.compile(
    r"\W{0,2}([A-Z]{2,}/[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?(?:I|We)\s+(?!also\b)[a-z’']+"
)
# "claims" is the noun after these words and before those ("such claims", "claims of", "claims made by").
_EN_CLAIMS_NOUN_BEFORE = frozenset(
    [
        "such",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "any",
        "false",
        "unverified",
        "conflicting",
        "competing",
        "rival",
        "similar",
        "new",
        "extraordinary",
        "earlier",
        "previous",
    ]
)
_EN_CLAIMS_NOUN_AFTER = frozenset(
    [
        "of",
        "about",
        "by",
        "were",
        "are",
        "have",
        "has",
        "could",
        "can",
        "will",
        "made",
        "showed",
        "against",
        "and",
        "in",
        "on",
        "for",
        "over",
        "from",
    ]
)
# Before these the noun-verb is a noun ("amid reports that", "there were claims", "media reports say").
_EN_NOUN_VERB_NOT_SUBJECT = frozenset(
    ["of", "in", "on", "for", "with", "by", "amid", "despite", "about", "from", "after", "over"]
    + ["following", "among", "against", "and", "or", "to", "is", "are", "was", "were", "be", "been"]
    + ["has", "have", "had", "media", "news", "press", "several", "many", "some", "other", "recent"]
    + ["local", "latest", "initial", "first", "official", "unconfirmed", "more", "no", "all"]
    + ["what"]
)
# Verbs right after a reporting verb that open the gap of a relative clause ("that X say killed …")
_EN_GAP_VERBS = frozenset(
    ["is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may"]
    + ["might", "killed", "included", "includes", "remains", "remain"]
)
# Stances taken on an object named right after the verb ("… in which she praised Syrian president
# Bashar Al-Assad", "… the rebels hailed Jordan's cooperation"): the verb never closes a content before it.
_EN_OBJECT_VERBS = frozenset(
    ["praised", "hailed", "commended", "commends", "welcomed", "welcomes", "dismissed", "dismisses"]
)
_EN_BEFORE_INFINITIVE = frozenset(
    ["and", "or", "to", "must", "should", "would", "could", "will", "can", "may", "might", "shall"]
    + ["did", "does", "do", "not", "never", "please", "let", "cannot"]
)
# Verbs whose object takes a bare infinitive ("saw Mr Blair predict", "let the minister announce"; not
# "make": "was allowed to make a televised statement in which he declared …").
_EN_BARE_INFINITIVE_VERBS = frozenset(
    ["saw", "see", "sees", "seen", "watched", "heard", "hear", "hears", "let", "lets"]
)
# Head nouns of a source or a document after "according to a …" and its lower-case modifiers.
_EN_SOURCE_HEADS = frozenset(
    ["toll", "tally", "count", "source", "sources", "official", "officials", "witness", "resident"]
    + ["activist", "activists", "statement", "report", "study", "survey", "document", "estimate"]
    + ["figures", "monitor", "spokesman", "spokeswoman", "group", "agency", "investigation"]
)
_EN_RELAY_HEADS = _EN_SOURCE_HEADS | frozenset(
    ["media", "television", "tv", "radio", "police", "army", "military", "ministry", "reports"]
    + ["newspaper", "daily", "channel", "website", "doctors", "medics", "residents", "witnesses"]
)
# Words that open a clause whose subject follows ("but Maduro suggested", "when Iran suggested").
_EN_CLAUSE_OPENERS = frozenset(
    ["but", "and", "when", "while", "after", "before", "because", "if", "since", "although"]
    + ["though", "until", "once"]
)
_EN_CLAUSE_AFTER_VERB = frozenset(["but", "and", "while", "whereas", "although", "though", "with"])
_EN_QUOTE_CLOSED = re.compile(r"[,?!][\"”]\s*$")
# A photo credit closing a caption: "(AFP Photo)", "(Photo AFP)", "(TRT World and Agencies)", or an
# agency alone right after a full stop ("… on July 1 2016. (Reuters) The group …"). Both branches open
# with "(" (the full stop is looked for behind it), a literal prefix the regex engine searches for fast.
_EN_PHOTO_CREDIT = re.compile(
    r"(?:\((?:(?:AFP|Reuters|AP|AA|EPA|Getty|SANA)\s+photo|photo:?\s*(?:AFP|Reuters|AP|AA|EPA|Getty|SANA)"
    r"|TRT\s+World\s+and\s+Agencies)\)|\((?<=\. \()(?:AFP|Reuters|AP|AA)\))(?=\s*[\"“(A-Z0-9])",
    re.IGNORECASE,
)
_EN_YEAR_END = re.compile(r"\b(?:19|20)\d\d\.?\s*$")
# After a closed quotation, a subject and any verb (or the verb first) up to the end of the sentence
# or to a comma before a trailing phrase: '"…," El-Sharkawi comments.', '"…," agreed Judeh'.
_EN_QUOTE_VERB_TAIL = re.compile(
    r"[,?!.…][\"”]\s+(?:(?P<np>he|she|they|(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*"
    r"|(?:the|a|an|one)(?:\s+[a-z][\w'’-]*){1,4})\s+(?P<verb>[a-z]+(?:s|ed))"
    r"|(?P<verb2>[a-z]+(?:s|ed))\s+(?P<np2>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*"
    r"|(?:the|a|an)(?:\s+[a-z][\w'’-]*){1,4}))(?=\s*(?:[.,;]|$))"
)
_EN_NOT_SPEECH_VERBS = frozenset(
    ["was", "is", "has", "does", "goes", "comes", "seems", "appears", "looks", "gets", "seemed"]
    + ["left", "walked", "arrived", "died", "smiled", "nodded", "paused", "shrugged", "continues"]
)
_EN_AGENCY_DATELINE = re.compile(
    r"\b(?:AFP|Reuters|AP|AA|Anadolu\s+Agency|TRT\s+World|Xinhua)\s+(?:Print\s+Tweet\s+Views\s+\d+\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+\d{1,2}\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}"
    r"(?:\s+Print\s+Tweet(?:\s+Views\s+\d+)?)?(?=\s)"
)
# Words that open a leading frame before the subject ("In terms of …, Hague said …").
_EN_LEAD_FRAME_WORDS = frozenset(
    ["in", "on", "at", "during", "after", "following", "since", "before", "despite", "amid"]
    + ["among", "with", "without", "for", "from", "under", "ahead", "like", "unlike", "asked"]
    + ["although", "though", "while", "when", "whereas", "if", "because", "once", "unless"]
    + ["until", "as", "earlier", "later", "last", "this", "pressed", "questioned"]
)
_EN_NOT_PARTICIPLES = frozenset(
    ["nothing", "something", "anything", "everything", "morning", "evening"]
)
_EN_MONTHS_DAYS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "published",
        "posted",
        "date",
    ]
)
_EN_QUANTIFIERS = frozenset(
    ["several", "some", "many", "most", "other", "both", "two", "three", "four", "few", "all"]
)
_EN_FIRST_PERSON_WORDS = frozenset(["i", "we", "us", "our", "my", "me"])
_EN_SUBORDINATORS = frozenset(
    ["after", "as", "before", "when", "while", "since", "until", "because", "although", "though"]
    + ["once", "whereas", "but"]
)
_EN_AS_NOT_SUBORDINATE = frozenset(
    ["itself", "themselves", "himself", "herself", "such", "well", "same", "known", "seen"]
)
_EN_CLOSING_SAID = re.compile(r"\b(?:said|says|added|told \w+)\W*$")
_EN_SENTENCE_ASIDES = frozenset(
    ["meanwhile", "however", "for example", "for instance", "in turn", "too", "though", "also"]
    + ["for its part", "for their part", "for his part", "for her part", "in addition"]
)
_EN_MODALS = frozenset(
    ["will", "would", "could", "can", "must", "should", "may", "might", "is", "are", "was", "were"]
)
_EN_WEEKDAYS = frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
)
_EN_STOP_AFTER = frozenset(
    [
        "on",
        "in",
        "at",
        "late",
        "early",
        "yesterday",
        "today",
        "earlier",
        "later",
        "last",
        "this",
        # "…," Lavrov said after a meeting with …: a time clause, no content
        "after",
        "during",
        "following",
        "before",
    ]
)


def _adverb(word: str) -> bool:
    return word in _EN_PLAIN_ADVERBS or (
        len(word) > 4
        and word.islower()
        and word.endswith("ly")
        and word not in {"only", "early", "daily"}
    )


_EN_PLAIN_ADVERBS = frozenset(["always", "never", "also", "still", "already", "again", "often"])


# The forms of "be" of a passive reporting verb ("he was told by", "had been told by").
_EN_BE_PASSIVE = frozenset({"was", "were", "been", "is", "are"})


def _en_participle(word: str) -> bool:
    """An -ing adverbial after a reporting verb ("…, the Observatory said, updating an earlier toll")."""
    low = word.lower()
    return low in _EN_PARTICIPLE_WORDS or (
        word.islower() and len(word) > 5 and low.endswith("ing") and low not in _EN_NOT_PARTICIPLES
    )


def _en_verb_before_to(w1: str, w2: str) -> bool:
    """ "went on" / "interjects" / "declined" before "to": a verb, so the subject stands before it."""
    if w2 == "on":
        return w1 in {"went", "goes", "go", "going"}
    return w2.islower() and w2.endswith(("ed", "ts", "es")) and w2 not in _EN_NP_WORDS


def _en_after_addressee(after: list[tuple[int, int, str]]) -> str:
    """The token after the addressee of "told" ("told BBC News: …" gives ":")."""
    i = 0
    while i < len(after) and (after[i][2][:1].isupper() or after[i][2].lower() in _EN_NP_WORDS):
        i += 1
    return after[i][2].lower() if i < len(after) else ""


def _en_clause_follows(after: list[tuple[int, int, str]], mode: str) -> bool:
    """Whether the words after a speech verb report something: "that", a quotation or a colon, a
    clause ("said the ads were …"), an accusation ("accused him of …"), a pledge or an appeal with
    "to", a condemnation's object; not an object that makes the verb an act ("declared a caliphate",
    "threatened the economy", "concluded the deal in 2005 that …")."""
    k = 0
    while k < len(after) and _adverb(after[k][2]):
        k += 1
    rest = after[k:]
    if not rest:
        return False
    first = rest[0][2]
    if first.lower() == "that" or first in _ANY_QUOTE or first == ":":
        return True
    low = [t[2].lower() for t in rest[:8]]
    if mode == "accused" and any(w in {"of", "for"} for w in low[:4]):
        return True
    if mode in {"announced_intent", "called_for"} and "to" in low[:3]:
        return True
    if mode == "condemned" and _is_word(first):
        return True
    framed = first.lower() in _EN_FRAME_PREPS | {"to", "earlier", "late", "last", "this"}
    for t in rest[:7]:
        w = t[2]
        if framed and w.lower() == "that":
            return True  # "announced in the Budget that …", "said on Monday that …"
        if not _is_word(w) or w.lower() in {"that", "which", "who", "where", "when", "whose"}:
            return False
        if _en_finite(w) or w.lower() in _EN_MODALS or w.lower() in _EN_IRREGULAR_PASTS:
            return True
    return False


def _en_before_aside(toks: list[tuple[int, int, str]], j: int) -> int:
    """The index before an aside ending at ``j`` between a subject and its verb ("The army for its part
    said", "The minister in turn said"), with the adverbs before it; ``j`` when there is none."""
    words = [t[2].lower() for t in toks[max(0, j - 2) : j + 1]]
    if (
        len(words) == 3
        and words[0] == "for"
        and words[2] == "part"
        and words[1]
        in {
            "its",
            "his",
            "her",
            "their",
            "our",
            "my",
        }
    ):
        k = j - 3
    elif words[-2:] == ["in", "turn"]:
        k = j - 2
    else:
        return j
    while k >= 0 and (toks[k][2].lower() in _EN_AUX or _adverb(toks[k][2]) or toks[k][2] == ","):
        k -= 1
    if k >= 0 and toks[k][2].lower() in {"and", "but", "or"}:
        return j  # "… denies the use of chemical weapons and has in turn accused": no subject here
    return k


# Nouns that modify a body's or a role's noun ("the interior ministry", "a war monitor", "the rescue
# service", "Israel's military intelligence chief").
_EN_NOUN_MODIFIERS = frozenset(
    [
        "interior",
        "finance",
        "foreign",
        "defence",
        "defense",
        "health",
        "intelligence",
        "rescue",
        "justice",
        "information",
        "emergency",
        "education",
        "energy",
        "economy",
        "labour",
        "labor",
        "transport",
        "weapons",
        "election",
        "customs",
        "immigration",
        "tax",
        "relief",
        "border",
        "navy",
        "air",
        "military",
        "security",
        "police",
        "army",
        "government",
        "opposition",
        "rebel",
        "state",
        "news",
        "media",
        "rights",
        "pension",
        "industry",
        "terrorist",
        "monitoring",
        "civil",
        "medical",
        "presidential",
        # "EU foreign policy chief Catherine Ashton", "former finance minister Hazem El-Beblawi",
        # "the prime minister", "Lib Dem's elections chief Lord Rennard"
        "policy",
        "peace",
        "militia",
        "supreme",
        "prime",
        "emergencies",
        "elections",
        "resources",
        "investment",
        "trade",
        "environment",
        "agriculture",
        "housing",
        "oil",
        "former",
    ]
)
# Verbs after which a described person closes a quotation ('"…," said an aide to a rebel commander').
_EN_INVERTED_VERBS = frozenset(
    ["said", "says", "added", "explained", "stressed", "noted", "insisted", "warned", "argued"]
)
# Words that make a speaker an institution, a medium or a document rather than a person.
_EN_INSTITUTION_WORDS = (
    _EN_MEDIA_NOUNS
    | _EN_DOCUMENTS
    | frozenset(
        [
            "daily",
            "newspaper",
            "paper",
            "agency",
            "tv",
            "television",
            "channel",
            "radio",
            "news",
            "media",
            "website",
            "ministry",
            "commission",
            "committee",
            "observatory",
            "group",
            "office",
            "organisation",
            "organization",
            "council",
            "network",
            "government",
            "army",
            "findings",
            "institute",
            "bank",
            "company",
            "firm",
            "union",
            "association",
            "department",
            "court",
        ]
    )
)
_EN_NUMBER_WORDS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "tens",
        "dozens",
        "scores",
        "million",
        "millions",
    ]
)
_EN_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def _en_modified_head(toks: list[tuple[int, int, str]], head: int) -> int | None:
    """The start of a noun phrase whose lowercase head (``toks[head]``) the walk back reached but whose
    lowercase modifiers it stopped at: "the interior ministry", "Russia's agricultural watchdog",
    "Turkish presidential sources", "the U.S. military", "Israel's Shin Bet internal intelligence
    service". The modifiers must rest on a determiner, a possessive or nationality name, an
    abbreviation or the clause start (with commas lost, "… one person the interior ministry said");
    None when they do not."""
    word = toks[head][2]
    if not (word.isalpha() and word.islower() and word in _EN_NP_WORDS) or word in {
        "of",
        "for",
        "the",
        "a",
        "an",
        "and",
        "al",
        "el",
    }:
        return None
    m = head
    while m >= 1 and head - m < 3:
        w = toks[m - 1][2]
        if not (w.islower() and (w.isalpha() or "-" in w)) or w in _EN_CLAUSE_WORDS | _EN_AUX:
            break
        if not (w in _EN_NOUN_MODIFIERS or w.endswith(_EN_ADJECTIVE_ENDINGS) or "-" in w):
            break
        m -= 1
    anchor = m - 1
    if anchor >= 1 and toks[anchor][2] == "." and _EN_ABBREVIATION.fullmatch(toks[anchor - 1][2]):
        anchor -= 1  # "the U.S. military"
        return (
            anchor - 1 if anchor >= 1 and toks[anchor - 1][2].lower() in _EN_DETERMINERS else anchor
        )
    if m == head:
        return None
    if anchor >= 0 and toks[anchor][2] == ")":
        return None  # "The Islamic State (ISIS Daesh) terrorist group": the walk past the aside decides
    if anchor < 0 or not _is_word(toks[anchor][2]):
        return m
    lead = toks[anchor][2]
    if lead.lower() in {"the", "a", "an", "its", "their", "his", "her"}:
        return anchor
    if not _cap(lead) or lead.lower() in _EN_MONTHS_DAYS:
        return None
    first = anchor
    while first >= 1 and anchor - first < 3 and _cap(toks[first - 1][2]):
        first -= 1
    possessive = toks[first][2].endswith(("'s", "’s"))
    nationality = first == anchor and lead.endswith(("an", "ese", "ish", "i"))
    if first >= 1 and toks[first - 1][2].lower() in _EN_DETERMINERS:
        return first - 1
    if possessive or nationality or _EN_ABBREVIATION.fullmatch(toks[first][2]):
        return first
    return first if first == 0 or not _is_word(toks[first - 1][2]) else None


def _en_country(words: list[str]) -> bool:
    """A country, a capital or the West, as a whole speaker ("Britain", "The West", "the United
    States", "Washington"; not "Britain's foreign secretary")."""
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
        return False
    if [w.lower() for w in words] == ["west"]:
        return True
    node: dict | None = _PLACE_TRIE
    for w in words:
        node = node.get(w.lower()) if node is not None else None
    return (
        node is not None
        and None in node
        and any(place.kind in {"country", "capital"} for place, *_ in node[None])
    )


def _en_place_end(toks: list[tuple[int, int, str]], k: int, end_j: int) -> int | None:
    """The token after the longest gazetteer place written from token ``k`` ("Aleppo", "Deir
    al-Zor", "Khan-Shaikhoun"), up to ``end_j``; None when no place starts there."""
    node: dict | None = _PLACE_TRIE
    best = None
    for j in range(k, min(end_j + 1, k + 5)):
        w = toks[j][2]
        if not _cap(w) or not w[:1].isalpha():
            break
        for part in w.replace("'", "").replace("’", "").split("-"):
            node = node.get(part.lower()) if node is not None and part else node
        if node is None:
            break
        if None in node:
            best = j + 1
    return best


# A court's decisions (CONVENTIONS AR-15: outlet, not speech acts) and who makes them.
_EN_RULING_VERBS = frozenset(
    ["dismissed", "dismisses", "rejected", "rejects", "upheld", "upholds", "overturned"]
    + ["overturns", "confirmed", "confirms", "denied", "denies", "approved", "approves"]
)
_EN_COURT_HEADS = frozenset(
    ["judge", "judges", "court", "courts", "tribunal", "jury", "justices", "magistrate"]
    + ["magistrates"]
)


def _en_court(words: list[str]) -> bool:
    """A court or a judge as a subject ("A judge", "the High Constitutional Court (HCC)", "a
    three-judge appeal court panel", "Judge Letitia Clark"; not "the courts minister")."""
    if len(words) > 1 and words[-1].strip("()").isupper():
        words = words[:-1]  # "the High Constitutional Court (HCC)"
    words = [w.lower() for w in words]
    if not words:
        return False
    last = words[-1]
    return (
        last in _EN_COURT_HEADS
        or last == "panel"
        and "court" in words
        or words[0] == "judge"
        and len(words) <= 4
    )


def _glued_sentence(toks: list[tuple[int, int, str]], k: int) -> bool:
    """A capitalised article after a capitalised word opens a sentence whose full stop was lost: a
    page's tag line or title glued to the lead ("Tags Syria Idlib The Sawaiq al-Rahman brigade
    announced"); not "based in The Hague". A capitalised connective after a word does too ("Watchdog
    Thousands tortured to death by Syrian regime Meanwhile a human rights group said")."""
    if not (0 < k < len(toks) - 1 and _is_word(toks[k + 1][2])):
        return False
    if toks[k][2] in _EN_GLUED_CONNECTIVES:
        return _is_word(toks[k - 1][2]) and toks[k - 1][2] not in {"The", "A", "An"}
    return (
        toks[k][2] in {"The", "A", "An"}
        and _cap(toks[k - 1][2])
        and toks[k - 1][2] not in {"The", "A", "An", "I"}
    )


# Heads of a title that a place follows ("the governor of Homs province Talal Barrazi").
_EN_TITLE_HEADS = frozenset(
    ["governor", "mayor", "head", "chief", "director", "commander", "leader"]
)
# Heads that make a noun phrase one person ("the minister", "Aleppo Governor Hussein Diab") or one
# body that "it" can be ("the Tahrir al-Sham jihadist alliance"), for pronoun subjects.
_EN_PERSON_HEADS = _EN_TITLE_HEADS | frozenset(
    ["minister", "president", "spokesman", "spokeswoman", "secretary", "official", "envoy"]
    + ["ambassador", "adviser", "advisor", "chancellor", "premier", "king", "prince", "general"]
    + ["senator", "activist", "man", "woman", "prosecutor", "judge", "lawyer", "pope"]
)
# People who speak from where they are ("AFPs correspondent in the town", "medical workers in the
# rebel-held area", "an AFP photographer in Douma", "residents at the scene"): the place after "in" or
# "at" is part of the speaker, not the speaker.
_EN_SITED_PEOPLE = frozenset(
    ["correspondent", "correspondents", "photographer", "photographers", "journalist"]
    + ["journalists", "reporter", "reporters", "monitor", "monitors", "activist", "activists"]
    + ["workers", "worker", "medics", "doctors", "doctor", "paramedics", "rescuers", "residents"]
    + ["resident", "witnesses", "witness", "officials", "official", "sources", "source", "people"]
    + ["politicians", "diplomats", "commanders", "commander", "spokesman", "volunteers", "staff"]
)
_EN_BODY_HEADS = _EN_INSTITUTION_WORDS | frozenset(
    ["alliance", "coalition", "movement", "party", "front", "monitor", "regime", "militia"]
    + ["brigade", "faction", "authority", "administration", "federation", "body", "watchdog"]
)
# Bodies that act and speak as one (not documents or media, whose words often carry a person's: "The
# book … claims … that he told Mr Brown", "the local Arab News said the minister … when he said").
_EN_ORGANISATION_HEADS = frozenset(
    ["ministry", "commission", "committee", "observatory", "group", "office", "organisation"]
    + ["organization", "council", "government", "army", "institute", "bank", "company", "firm"]
    + ["union", "association", "department", "court", "alliance", "coalition", "movement", "party"]
    + ["front", "regime", "militia", "brigade", "faction", "authority", "administration"]
    + ["federation", "body", "watchdog"]
)

# Connectives that open a sentence: capitalised after a word, the full stop before them was lost.
_EN_GLUED_CONNECTIVES = frozenset(
    [
        "Meanwhile",
        "However",
        "Moreover",
        "Separately",
        "Elsewhere",
        "Meantime",
        "Furthermore",
        "But",
    ]
)


class EnglishRules:
    """The English methods of ``Attributor`` (``_en_*``)."""

    def _en_embedded_speaker(
        self,
        before: list[tuple[int, int, str]],
        aux: int,
        after: list[tuple[int, int, str]],
        cue: Cue,
    ) -> tuple[int, int, int] | None:
        """ "that opposition groups say killed …", "who many critics say is …", "that Washington has
        blamed on …": a relative word, a short subject, the verb, then the gap of the relative clause
        (a finite verb). Returns where the relative word starts and the subject's span."""
        rel = None
        for r in range(aux, max(-1, aux - 6), -1):
            w = before[r][2]
            if not _is_word(w):
                break
            if w.lower() in {"that", "which", "who", "whom", "what"}:
                rel = r
                break
        k = 0
        while k < len(after) and _adverb(after[k][2]):
            k += 1
        gap = after[k][2] if k < len(after) else ""
        if rel is None and aux >= 2 and gap in _EN_GAP_VERBS:
            # "… locked in a civil war the UN says has killed …": no relative word, a determiner
            # opens the subject right after a noun
            for d in (aux - 1, aux - 2):
                if (
                    d >= 1
                    and before[d][2].lower() in {"the", "a", "an"}
                    and before[d - 1][2].islower()
                    and _is_word(before[d - 1][2])
                    and before[d - 1][2] not in _EN_CLAUSE_WORDS
                    and before[d - 1][2] not in _EN_CONNECTIVES
                    and before[d - 1][2] not in _EN_PLACE_PREPS | _EN_FRAME_PREPS
                    and before[d - 1][2] not in _EN_NP_WORDS
                    and not before[d - 1][2].endswith(("ed", "ing", "ly"))
                    and all(_is_word(t[2]) for t in before[d : aux + 1])
                ):
                    return before[d][0], before[d][0], before[aux][1]
            return None
        if rel is None or rel >= aux:
            return None
        then = after[k + 1][2].lower() if k + 1 < len(after) else ""
        if not (
            gap in _EN_GAP_VERBS
            or (gap.islower() and gap.endswith("ed") and gap not in _EN_NP_WORDS)
            or (cue.mode == "accused" and gap == "on")
            # "a campaign which locals have warned threatens to open the area up to …": a present
            # verb with "to" or an object after it
            or (
                gap.islower()
                and len(gap) > 4
                and gap.endswith("s")
                and not gap.endswith(("ss", "us", "is", "ions"))
                and gap not in _EN_NP_WORDS
                and then in {"to", "the", "a", "an", "its", "their", "his", "her"}
            )
        ):
            return None
        return before[rel][0], before[rel + 1][0], before[aux][1]

    def _en_frame_subject(self, start: int) -> bool:
        """Whether the word before a verb that opens a quotation can end its subject ("AFP also
        reports, "…"", "the page states, "…""), not make the verb a noun ("the reports", "the
        United States", "member states")."""
        before = [t[2] for t in self._toks(max(0, start - 40), start)][-1:]
        if not before or not _is_word(before[0]):
            return False
        w = before[0]
        return (
            w.lower() not in _EN_DETERMINERS
            and w.lower() not in _EN_NOUN_VERB_NOT_SUBJECT
            and w.lower() not in _EN_STATES_NOUN_BEFORE
            and not w.lower().endswith(("'s", "’s"))
            and not (w[:1].isupper() and w.lower() in {"united", "federated", "papal"})
        )

    def _en_after_noun(self, start: int) -> bool:
        before = [t[2] for t in self._toks(max(0, start - 30), start)][-1:]
        return bool(before) and (
            _is_word(before[0])
            and before[0].lower() not in _EN_MONTHS_DAYS
            and before[0].lower() not in {"while", "also", "and", "yesterday", "today"}
        )

    def _en_infinitive(self, start: int) -> bool:
        """A base form after "to", "and" or a modal ("would only confirm"): no report of its own."""
        before = [t[2] for t in self._toks(max(0, start - 40), start)]
        while before and (_adverb(before[-1]) or before[-1] == "only"):
            before.pop()
        return bool(before) and before[-1].lower() in _EN_BEFORE_INFINITIVE

    def _en_person_before(self, before: list[tuple[int, int, str]], k: int) -> bool:
        """A person as the subject ending at ``before[k]``: "he"/"she", a name inside the sentence
        ("Jebali suggested a cabinet of …", "Andrew Marr suggested the sweeteners were …") or a
        person's title ("One analyst suggested that …"); not "This suggests", "evidence suggests",
        "Figures suggest" (a capital that only opens the sentence)."""
        if k < 0:
            return False
        j = k  # where the subject starts: the capitalised run ending at k
        while j > 0 and _cap(before[j - 1][2]) and before[j - 1][2][:1].isalpha():
            j -= 1
        if j >= 1 and before[j - 1][2].lower() in {"that", "which", "as", "what"}:
            return False  # "the road that Mr Forsyth suggests", "as Lewis suggested": no content
        word = before[k][2]
        low = word.lower()
        if low in {"he", "she"} or low in _EN_PERSON_HEADS or low in {"analyst", "analysts"}:
            return True
        return (
            _cap(word)
            and word[:1].isalpha()
            and low not in _EN_DETERMINERS | _EN_PRONOUNS | _EN_CONNECTIVES | _EN_MONTHS_DAYS
            and low not in _EN_INSTITUTION_WORDS
            and (
                k >= 1
                and (_cap(before[k - 1][2]) or before[k - 1][2].lower() in _EN_PERSON_HEADS)
                and before[k - 1][2][:1].isalpha()
                # a name opening the sentence or a clause that the text writes after another
                # word too ("Prime Minister Hamadi Jebali … Jebali suggested …"; not "Iran's
                # acceleration of support for Assad suggests …")
                or (
                    k == 0
                    or not before[k - 1][2][:1].isalpha()
                    or before[k - 1][2] in _EN_CLAUSE_OPENERS
                )
                and re.search(r"(?<=[\w,] )" + re.escape(word) + r"\b", self.text) is not None
            )
        )

    def _en_document_ends(self, before: list[tuple[int, int, str]], k: int, nxt: str) -> bool:
        """A document closing the sentence as its source: "…, a survey suggests.", "… the
        war-battered country UN estimates suggest.", "…, figures compiled by the Tories suggest."
        (a study, poll or set of figures speaks for its findings, conventions EN-10 and AR-16); not
        "as the report suggests" nor "the road that the report suggests" (no content)."""
        if nxt not in {".", "!", ""} or k < 0:
            return False
        j = k
        while j >= 0 and k - j < 10 and before[j][2] not in {",", ";", ":", '"', "(", ")"}:
            low = before[j][2].lower()
            if low in {"that", "which", "as", "what", "this", "it", "these"}:
                return False
            if low in _EN_DOCUMENTS and low not in {"authors", "researchers", "commission"}:
                return not (j >= 1 and before[j - 1][2].lower() in {"as", "that", "which"})
            j -= 1
        return False

    def _en_noun_use(self, start: int, end: int) -> bool:
        """A verb form that is also a noun ("reports", "estimate") used as the noun: a verb opens a
        clause after a subject ("Analysts estimate that …", "rebels claim Iranian-backed … wants")."""
        before = [t[2] for t in self._toks(max(0, start - 60), start)][-3:]
        after = [t[2] for t in self._toks(end, min(len(self.text), end + 40))][:1]
        prev = before[-1] if before else ""
        nxt = after[0] if after else ""
        lp, ln, lw = prev.lower(), nxt.lower(), self.text[start:end].lower()
        if (
            (not nxt or nxt in ".;!")
            and lw.endswith("s")
            and (_cap(prev) or lp in _EN_NP_WORDS)
            and lp not in _EN_NOUN_VERB_NOT_SUBJECT
            and not (len(before) >= 2 and before[-2].lower() in _EN_DETERMINERS)
        ):
            return False  # "… the alleged attacks AFP news agency reports.": a trailing attribution
        if (
            not prev
            or prev in ".:;(!?"
            or not nxt
            or not _is_word(nxt)
            or lp in _EN_DETERMINERS
            or lp in _EN_CLAIMS_NOUN_BEFORE
            or lp in _EN_NOUN_VERB_NOT_SUBJECT
            or lp.endswith(("'s", "’s", "s'"))
            # "amid growing fears that …", "increased fears that …": an adjective before a plural
            or len(lp) > 5
            and lp.endswith(("ing", "ed"))
            and prev.islower()
            and lw.endswith("s")
        ):
            return True
        if (
            nxt.islower()
            and (ln.endswith("ed") or ln in {"is", "was", "are", "were", "has", "had"})
            and any(w.lower() in {"that", "which", "what"} for w in before)
        ):
            # "a massacre that the opposition claims killed hundreds", "what it claims is its attack"
            return False
        if ln in _EN_CLAIMS_NOUN_AFTER:
            return True
        if ln == "that" or ln == "to" and lw.startswith("claim"):
            return False  # not "the forensic report to ascertain …", "demands to gay rights"
        if len(before) >= 2 and before[-2].lower() in _EN_DETERMINERS:
            return True  # "an AFP report Monday", "the UN reports the …"
        return not (
            ln in _EN_DETERMINERS
            or ln in _EN_PRONOUNS
            or ln in {"responsibility", "credit"}
            or _cap(nxt)
            or nxt[:1].isdigit()
        )

    # ------------------------------------------------------------------ speakers
    def _en_after_content_verb(self, start: int, end: int) -> int:
        """ "Air raids on … Aleppo killed 13 civilians Monday the Observatory said", "… damage to the
        locals houses and other properties SANA quoted …": with the commas lost, a speaker span that
        holds the content's own verb starts at the noun phrase closing it."""
        text = self.text
        verbs = list(_EN_CONTENT_VERB.finditer(text, start, end))
        if not verbs:
            return start
        v = verbs[-1]
        lead = text[start : v.start()].split()
        if not lead or lead[-1].lower() in _EN_DETERMINERS | {"those", "these", "of"}:
            return start  # "one of the wounded", "Those killed overnight"
        toks = [t for t in self._toks(v.end(), end) if _is_word(t[2])]
        for k in range(len(toks) - 1, 0, -1):
            if toks[k][2].lower() in {"the", "a", "an"}:
                if len(toks) - k <= 6 and all(_cap(t[2]) or t[2].islower() for t in toks[k + 1 :]):
                    return toks[k][0]  # "… 56 people the broadcaster"
                break
        caps = len(toks)
        while caps > 0 and _cap(toks[caps - 1][2]) and not toks[caps - 1][2][:1].isdigit():
            caps -= 1
        if (
            1 < caps < len(toks)
            and toks[caps - 1][2].islower()
            and (toks[caps - 1][2] not in _EN_CITED_STOPS)
        ):
            return toks[caps][0]  # "… and other properties SANA"
        return start

    def _en_after_object(self, start: int, end: int) -> int:
        """With the commas lost, the object of the content's last preposition runs into the speaker:
        "… in the summer of 2012 Abdul Rahman added", "… but on Wednesday Mr Straw said", "… near
        Damascus British Foreign Secretary William Hague said", "… in Syria member of the Kurdish
        National Council Mustafa Sino said", "… the central city of Homs state television reported".
        A date, or a gazetteer place, that is a preposition's object is no part of the speaker after
        it, when what follows opens a noun phrase of its own: an article, a source word ("local",
        "activist", "state"), a lowercase title before a name, or (right after the preposition, or a
        wire agency) a capitalised name. Not a title's place ("UNHCR representative in Lebanon Ninette
        Kelley", "the secretary general of the Gulf Cooperation Council", "a defence expert at Abu
        Dhabi arms fair"): "of" cuts only after a place noun ("the city of Homs") or before a date.
        Where the speaker starts."""
        toks = self._toks(start, end)
        if len(toks) < 2:
            return start
        prev = self._toks(max(0, start - 40), start)[-2:]
        for j in range(len(toks) - 1):
            before = prev if j == 0 else ([*prev, *toks[:j]])[-2:]
            if not before or before[-1][2].lower() not in _EN_OBJECT_PREPS:
                continue
            prep = before[-1][2].lower()
            head = before[-2][2].lower() if len(before) > 1 else ""
            if head in _EN_TITLE_HEADS:
                continue
            k = j + 1 if toks[j][2].lower() == "the" else j
            after = None
            dated = False
            if k < len(toks) - 1 and (
                toks[k][2].lower() in _EN_MONTHS_DAYS or _EN_YEAR.fullmatch(toks[k][2])
            ):
                # "on Wednesday", "on March 22", "of 2012": the date
                after, dated = k + 1, True
                while after < len(toks) and (
                    toks[after][2].isdigit() or toks[after][2].lower() in _EN_MONTHS_DAYS
                ):
                    after += 1
            elif prep != "of" or head in _EN_PLACE_NOUNS:
                if k > j and toks[k][2] in _EN_COMPASS_POINTS:
                    after = k + 1  # "… infiltrated from the south Xelil said"
                while k < len(toks) - 1 and toks[k][2].lower() in _EN_COMPASS_BEFORE_PLACE:
                    k += 1  # "in Northern Homs", "in western Aleppo"
                if (
                    after is None
                    and _cap(toks[k][2])
                    # (not an abbreviation, a modifier: "the US State Department", "at US telecoms
                    # firm WorldCom"; nor "the West Country")
                    and not toks[k][2].isupper()
                    and toks[k][2].lower() not in _EN_COMPASS_POINTS
                ):
                    place = _en_place_end(toks, k, len(toks) - 1)
                    if place is not None and _en_place_end(toks, place, len(toks) - 1) is None:
                        after = place  # (not "in Hama Aleppo": a second place)
            if after is None or after >= len(toks):
                continue
            nxt = toks[after][2]
            low = nxt.lower()
            rest = toks[after:]
            if (
                low in {"the", "a", "an", "state"}
                or low in _EN_SOURCE_LEADS
                or nxt.islower()
                and nxt.isalpha()
                and low not in _EN_PLACE_NOUNS
                and low not in _EN_OBJECT_PREPS | _EN_PLACE_PREPS | {"and", "or", "for"}
                and low not in _EN_DAY_PARTS
                # (after a date any noun: "… on December 23 diplomats said")
                and (dated or any(_cap(t[2]) and t[2][:1].isalpha() for t in rest[1:]))
                or _cap(nxt)
                and nxt[:1].isalpha()
                and low not in _EN_MONTHS_DAYS
                and (j == 0 or rest[-1][2] in _EN_WIRE_AGENCIES or rest[-1][2] == "FNA")
            ):
                return toks[after][0]
        return start

    def _en_strip_frame(self, start: int, end: int) -> int:
        """Where the name starts after a leading frame whose comma was lost: "In a statement the
        military", "In October Tory leader Michael Howard", "In a video statement Ahrar al-Sham"."""
        toks = [t for t in self._toks(start, end) if _is_word(t[2])]
        while toks and (toks[0][2].lower() in _EN_CONNECTIVES or toks[0][2].lower() == "even"):
            toks = toks[1:]  # "Even in the early days of the assault residents said"
        if len(toks) < 3 or toks[0][2].lower() not in _EN_FRAME_PREPS:
            return start
        for k in range(2, len(toks)):
            if toks[k][2].lower() in {"the", "a", "an"} and toks[k - 1][2].lower() not in {
                "of",
                "in",
                "on",
                "at",
                "for",
                "from",
                "to",
                "with",
            }:
                return toks[k][0]
        for t in toks[2:]:
            if _cap(t[2]) and t[2].lower() not in _EN_MONTHS_DAYS and t[2][:1].isalpha():
                return t[0]
        return start

    def _en_speaker_before(self, lo: int, cue_start: int) -> tuple[int, int] | None:
        """The English noun phrase that ends right before the verb ("a source at Aleppo Police Command")."""
        toks = self._toks(lo, cue_start)
        j = len(toks) - 1
        while j >= 0 and (toks[j][2].lower() in _EN_AUX or _adverb(toks[j][2])):
            j -= 1
        j = _en_before_aside(toks, j)
        if j >= 2 and toks[j][2] == "to" and _en_verb_before_to(toks[j - 2][2], toks[j - 1][2]):
            # "The Iranian president went on to say": the subject before the verb that governs "to"
            j -= 3 if toks[j - 1][2] == "on" else 2
            while j >= 0 and (toks[j][2].lower() in _EN_AUX or _adverb(toks[j][2])):
                j -= 1
        if j >= 3 and toks[j][2] in ")]" and toks[j - 2][2] in "([" and _cap(toks[j - 1][2]):
            # "the Organisation for the Prohibition of Chemical Weapons (OPCW) said": the name before
            found = self._en_speaker_before(lo, toks[j - 2][0])
            return (found[0], toks[j][1]) if found is not None else None
        if (
            j >= 1
            and toks[j][2].lower() in _EN_TIME_NOUNS
            and toks[j - 1][2].lower() in {"this", "last", "next"}
        ):
            j -= 2  # "The FSA this month called for …"
            while j >= 0 and (toks[j][2].lower() in _EN_AUX or _adverb(toks[j][2])):
                j -= 1
        elif (
            j >= 2
            and toks[j][2].lower() in _EN_MONTHS_DAYS
            and toks[j - 1][2].lower() == "on"
            and toks[j - 2][2].lower() in _EN_AUX
        ):
            j -= 2  # "The army chief had on Sunday said …"
            while j >= 0 and (toks[j][2].lower() in _EN_AUX or _adverb(toks[j][2])):
                j -= 1
        end_j = j
        start_j = None
        if j >= 0 and toks[j][2].lower() in _EN_PRONOUNS:
            return toks[j][0], toks[j][1]
        while j >= 0:
            w = toks[j][2]
            lw = w.lower()
            if start_j is not None and _glued_sentence(toks, j) and w in _EN_GLUED_CONNECTIVES:
                break  # "… in Idleb Meanwhile civil sources told SANA": a lost full stop ends the NP
            if lw in _EN_DETERMINERS:
                start_j = j
                # "a Britain-based monitor and a medical source": go on through the coordination.
                if (
                    j >= 2
                    and toks[j - 1][2].lower() == "and"
                    and (
                        toks[j - 2][2].lower() in _EN_NP_WORDS
                        or toks[j - 2][2][:1].isupper()
                        or toks[j - 2][2] == ")"  # "The … Units (YPG) and the … Observatory"
                    )
                ):
                    j -= 2
                    continue
                # "the spokesman for the US-led coalition": an of/for phrase inside the noun phrase.
                if (
                    j >= 2
                    and toks[j - 1][2].lower() in {"of", "for", "from"}
                    and (toks[j - 2][2].lower() in _EN_NP_WORDS or _cap(toks[j - 2][2]))
                    # "AFPs correspondent in the town said": where the person speaks from
                    or j >= 2
                    and toks[j - 1][2].lower() in {"in", "at"}
                    and toks[j - 2][2] in _EN_SITED_PEOPLE
                    # "an official from the forces said": a person's affiliation
                    or j >= 2
                    and toks[j - 1][2].lower() in {"from", "at", "with"}
                    and toks[j - 2][2].lower() in _EN_NP_WORDS - {"and", "of", "for", "the", "a"}
                ):
                    j -= 2
                    continue
                # "The Syrian Observatory for Human Rights a British-based monitoring group": an apposition
                # after a registered name, in text that lost its commas.
                k = j - 1
                while k >= 0 and (_cap(toks[k][2]) or toks[k][2].lower() in {"of", "for", "the"}):
                    k -= 1
                if k + 1 < j and self.known is not None:
                    name = self.text[toks[k + 1][0] : toks[j - 1][1]]
                    if self.known(name) is not None:
                        start_j = k + 1
                if (
                    start_j == j
                    and 2 <= j - (k + 1) <= 3
                    and (k < 0 or toks[k][2] in _ANY_QUOTE)
                    and all(
                        _cap(t[2])
                        and t[2][:1].isalpha()
                        and not t[2].isupper()  # "FORCED DISPLACEMENT A pro-opposition activist"
                        and t[2].lower() not in _EN_MONTHS_DAYS | _EN_FRAME_PREPS | _EN_PLACE_PREPS
                        and t[2].lower() not in _EN_CONNECTIVES | _EN_DETERMINERS | {"last", "next"}
                        for t in toks[k + 1 : j]
                    )
                    and self._en_one_person((toks[k + 1][0], toks[j - 1][1]))
                ):
                    # '"These reports are of great concern" Ahmet Uzumcu the head of the Organisation
                    # for the Prohibition of Chemical Weapons said': a person's name before his title
                    start_j = k + 1
                break
            nxt = toks[j + 1][2] if j + 1 < len(toks) else ""
            if (
                _cap(w)
                or lw in _EN_NP_WORDS
                or (start_j is not None and ("-" in w and w.islower() or lw in _EN_NP_MODIFIERS))
                # "a spokesman for the ruling party", "of the warring parties": an -ing modifier
                # right after a determiner
                or (
                    start_j == j + 1
                    and j >= 1
                    and w.islower()
                    and len(w) > 5
                    and lw.endswith("ing")
                    and toks[j - 1][2].lower() in {"the", "a", "an"}
                    and lw not in _EN_NOT_PARTICIPLES
                    # not a noun ("the shelling PRESS TV reports", "a finding Ankara rejected")
                    and (
                        nxt.islower()
                        and nxt not in {"of", "for", "in", "at", "from", "on", "to", "and", "by"}
                        or lw in {"ruling", "governing", "opposing", "warring", "leading"}
                    )
                )
                or lw in _EN_PLACE_NOUNS
                or w in "()"
                # "opposition sources in eastern Syria said": a compass adjective on the place name
                # (the place name ends the speaker: not "in eastern Syria UNICEF said", commas lost)
                or (
                    lw in _EN_COMPASS
                    and start_j == j + 1 == end_j
                    and _cap(nxt)
                    and nxt[:1].isalpha()
                )
                or (
                    lw in {"at", "in", "from", "on", "to"}
                    and start_j is not None
                    and (
                        nxt[:1].isupper()
                        or nxt.lower() in _EN_DETERMINERS
                        or nxt.lower() in _EN_COMPASS
                        and j + 2 < len(toks)
                        and _cap(toks[j + 2][2])
                    )
                )
                # "an AFP photographer in Douma reported"
                or (w in _EN_SITED_PEOPLE and start_j == j + 1 and nxt in {"in", "at"})
                # "Al-Qaeda-affiliated extremists in Syria announced": a plural the place modifies
                # (one name after the preposition: "… prospects in Syria Obama said" is content)
                or (
                    start_j == j + 1
                    and nxt in {"in", "at", "from"}
                    and (
                        end_j == j + 2
                        or end_j == j + 5
                        and toks[j + 3][2] == "("
                        and toks[end_j][2] == ")"
                    )
                    and not (j and toks[j - 1][2].lower() in _EN_PRONOUNS | {"that", "which"})
                    and w.islower()
                    and len(w) > 3
                    and w.endswith("s")
                    and not w.endswith(("ss", "us", "is"))
                    and lw not in _EN_CLAUSE_WORDS
                    and lw not in _EN_AUX
                    # ("… a lack of understanding of events in Syria Russias Foreign Ministry said")
                    and not (j and toks[j - 1][2].lower() in {"of", "for", "about", "on"})
                )
            ):
                start_j = j
                j -= 1
                continue
            if w in '"“”' and start_j is None:
                j -= 1
                continue
            break
        modified = _en_modified_head(toks, start_j) if start_j is not None else None
        if modified is not None:
            start_j = modified
        elif (
            start_j is not None
            and start_j >= 2
            and toks[start_j][2].islower()
            and toks[start_j][2] not in _EN_DETERMINERS
            and toks[start_j][2] not in {"of", "for", "and", "at", "in", "from", "on"}
            and toks[start_j - 2][2].lower() in {"the", "a", "an", "its", "their"}
            and toks[start_j - 1][2].islower()
            and (
                "-" in toks[start_j - 1][2] or toks[start_j - 1][2].endswith(_EN_ADJECTIVE_ENDINGS)
            )
        ):
            start_j -= 2  # "the central bank said": one lowercase modifier after a determiner
        elif (
            start_j is not None
            and toks[start_j][2].islower()
            and toks[start_j][2] not in _EN_DETERMINERS
            and toks[start_j][2] not in {"of", "for", "and", "at", "in", "from", "on"}
        ):
            # "The head of Ramadi Hospital's emergency department said", "the former senator said":
            # a determiner that opens the clause opens the noun phrase.
            d, low_d = start_j, max(-1, start_j - 8)
            while d - 1 > low_d:
                d -= 1
                w = toks[d][2]
                if w == ")" and d >= 3:
                    # "The Islamic State (ISIS Daesh ISIL IS) terrorist group claimed": past the aside
                    opening = next(
                        (o for o in range(d - 1, max(-1, d - 8), -1) if toks[o][2] == "("), None
                    )
                    if opening is not None and all(_cap(t[2]) for t in toks[opening + 1 : d]):
                        d, low_d = opening, max(-1, low_d - (d - opening + 1))
                        continue
                if not _is_word(w) or w.lower() in _EN_CLAUSE_WORDS or w.lower() in _EN_AUX:
                    break
                if w.lower() in {"the", "a", "an", "one", "another"} and (
                    d == 0 or not _is_word(toks[d - 1][2])
                ):
                    start_j = d
                    break
        # "… , an opposition watchdog which monitors violence in Syria said": the speaker is the noun
        # phrase the relative clause hangs on, not the place or object that ends the clause
        in_place = start_j is not None and any(
            toks[k][2].lower() in (_EN_PLACE_PREPS - {"by"}) | {"near", "of", "across"}
            for k in (start_j, start_j - 1)
            if k >= 0
        )
        for r in range(start_j - 1 if in_place else -1, max(0, end_j - 12), -1):
            if not _is_word(toks[r][2]):
                break
            if toks[r][2].lower() not in {"which", "who"}:
                continue
            verb, obj = toks[r + 1][2], toks[r + 2][2] if r + 2 <= end_j else ""
            if (
                verb.islower()
                and (verb.endswith(("s", "ed")) or verb in _EN_GAP_VERBS)
                and verb not in _EN_DETERMINERS
                and _is_word(obj)
                and obj.lower() not in _EN_PLACE_PREPS | _EN_FRAME_PREPS | {"of", "for", "and"}
                and (verb not in _EN_NP_WORDS or obj.islower())
                and _is_word(toks[r - 1][2])
            ):
                head = self._en_speaker_before(lo, toks[r][0])
                if head is not None:
                    return head
            break
        if start_j is None and end_j >= 2 and toks[end_j][2].lower() != "to":
            # '"…," a worker who wanted to remain anonymous told Ahram Online': the walk back stops in
            # the relative clause; the noun phrase it hangs on speaks (not "MPs who were happy to say").
            for r in range(end_j - 1, max(0, end_j - 14), -1):
                w = toks[r][2]
                if w == "." and _EN_ABBREVIATION.fullmatch(toks[r - 1][2]):
                    continue  # "who led the U.N. inquiry"
                if not _is_word(w):
                    break
                if w.lower() not in {"who", "whom"}:
                    continue
                if toks[r + 1][2].islower() and _is_word(toks[r - 1][2]):
                    head = self._en_speaker_before(lo, toks[r][0])
                    if head is not None:
                        return head
                break
        if start_j is None and end_j >= 0:
            # "…," the person filming the warehouse says: a determiner right after punctuation opens the NP.
            for d in range(end_j, max(-1, end_j - 7), -1):
                w = toks[d][2]
                if not _is_word(w) or w.lower() in _EN_CLAUSE_WORDS:
                    break
                if w.lower() in {"the", "a", "an", "one", "another"} and (
                    d == 0
                    or not _is_word(toks[d - 1][2])
                    # "… on Sunday a hospital staff told RIA Novosti": a time ends the clause before it
                    or toks[d - 1][2].lower() in _EN_MONTHS_DAYS
                    or _glued_sentence(toks, d)
                ):
                    start_j = d
                    break
        if start_j is None or end_j < 0:
            return None
        while start_j <= end_j and (
            toks[start_j][2].lower() in _EN_CONNECTIVES
            or toks[start_j][2].lower() in _EN_MONTHS_DAYS
            or toks[start_j][2].isdigit()
        ):
            start_j += 1
        while start_j <= end_j and toks[start_j][2].lower() in {
            "of",
            "for",
            "and",
            "in",
            "at",
            "from",
            "on",
            "(",
            ")",
        }:
            start_j += 1
        if start_j > end_j:
            return None
        if start_j > 0 and toks[start_j - 1][2].lower() in _EN_PLACE_PREPS | {"near"}:
            # "… close to the border with Turkey local sources said" (no comma): the place ends the
            # clause before, the lowercase source noun opens the speaker.
            f = start_j
            while f <= end_j and _cap(toks[f][2]) and toks[f][2][:1].isalpha():
                f += 1
            if (
                start_j < f <= end_j
                and toks[f][2].lower() in _EN_SOURCE_LEADS
                and not toks[f - 1][2].endswith(("an", "ese", "ish", "i"))  # "Syrian officials"
            ):
                start_j = f
        start_j = self._en_after_place_tail(toks, start_j, end_j)
        # "… dropped on the Zubdiya neighbourhood in rebel-held Aleppo Reuters reported", "… in Deir
        # Ezzor SANA news agency reported": with the commas lost, a wire agency closes the content
        # before it; it speaks alone unless its own modifiers stand before it ("state news agency SANA")
        agency = (
            end_j - 2
            if [t[2].lower() for t in toks[end_j - 1 : end_j + 1]]
            == [
                "news",
                "agency",
            ]
            else end_j
        )
        if (
            start_j < agency
            and toks[agency][2] in _EN_WIRE_AGENCIES
            and toks[agency - 1][2].lower() not in _EN_AGENCY_MODIFIERS
            and not toks[agency - 1][2].lower().endswith(("'s", "’s"))
        ):
            start_j = agency
        return toks[start_j][0], toks[end_j][1]

    def _en_subject_before_asides(self, a: int, comma: int) -> tuple[int, int] | None:
        """The subject of "NP, ASIDE, verb" or "NP, ADVERB, ASIDE, verb" ending at ``comma``: the
        sentence split at its commas into frames ("Late last year", "On Monday"), then a segment
        that is wholly a noun phrase, then one aside (two when the first is a sentence adverb or the
        second a relative clause), none quoting, bracketing or reporting."""
        text = self.text
        cuts = [
            m.start()
            for m in re.finditer(",", text[a:comma])
            # (not a number's: "1,000")
            if not (
                text[a + m.start() - 1 : a + m.start()].isdigit()
                and text[a + m.start() + 1 : a + m.start() + 2].isdigit()
            )
        ]
        bounds = [a] + [a + c + 1 for c in cuts] + [comma + 1]
        segments = [(bounds[i], bounds[i + 1] - 1) for i in range(len(bounds) - 1)]
        i = 0
        while i < len(segments):
            words = [t[2].lower() for t in self._toks(*segments[i]) if _is_word(t[2])]
            if words and (
                words[0] in _EN_FRAME_PREPS | _EN_PLACE_PREPS | _EN_CONNECTIVES
                or words[0] in {"late", "early", "last", "earlier", "for", "by", "under"}
                or words[0] in _EN_MONTHS_DAYS
            ):
                i += 1
                continue
            break
        if i >= len(segments) - 1:
            return None
        subject, asides = segments[i], segments[i + 1 :]
        if not 1 <= len(asides) <= 2:
            return None
        first = [t[2].lower() for t in self._toks(*asides[0]) if _is_word(t[2])]
        if len(asides) == 2:
            second = [t[2].lower() for t in self._toks(*asides[1]) if _is_word(t[2])]
            if not (" ".join(first) in _EN_SENTENCE_ASIDES or second[:1] in (["which"], ["who"])):
                return None
        for s, e in asides:
            toks = self._toks(s, e)
            if not 1 <= len(toks) <= 25 or any(
                t[2] in _ANY_QUOTE
                or t[2] in ";:()"
                or t[2].lower() in _EN_INVERTED_VERBS | {"says", "say", "told", "tells"}
                for t in toks
            ):
                return None
        chunk = self._en_np_chunk(subject[0], subject[1])
        lead = [t for t in self._toks(subject[0], subject[1]) if _is_word(t[2])]
        if chunk is None or not lead or chunk[0] != lead[0][0]:
            return None
        words = text[chunk[0] : chunk[1]].split()
        if any(w.lower() in _EN_MONTHS_DAYS | _EN_TIME_NOUNS for w in words) or not (
            _cap(words[0]) or words[0].lower() in _EN_DETERMINERS | _EN_QUANTIFIERS
        ):
            return None
        return chunk

    def _en_in_subject(self, clause: int, start: int) -> bool:
        """Whether a noun phrase starting at ``start`` lies in the subject of its clause: at most
        three words before it, none of them a verb ("Countries such as …", "The opposition's Civil
        Defense group")."""
        words = [
            t[2]
            for t in self._toks(clause, start)
            if _is_word(t[2]) and t[2].lower() not in _EN_CONNECTIVES
        ]
        return len(words) <= 3 and not any(
            _en_finite(w) or w.lower() in _EN_IRREGULAR_PASTS for w in words
        )

    def _en_np_chunk(self, lo: int, end: int) -> tuple[int, int] | None:
        """The noun phrase that ends right before ``end`` in a place where only a noun phrase can
        stand (before a relative pronoun, after a subordinator): a determiner or a capital opens it,
        or it is a bare plural; its head may be any common noun ("a British Medical Journal article",
        "its rival", "several media outlets"), which the walk back of _en_speaker_before does not
        know. None when a verb, a pronoun or punctuation comes first."""
        toks = self._toks(lo, end)
        j = len(toks) - 1
        start = None
        while j >= 0 and len(toks) - j <= 9:
            w = toks[j][2]
            lw = w.lower()
            if lw in _EN_DETERMINERS or lw in _EN_QUANTIFIERS:
                start = j
                break
            if (
                not _is_word(w)
                or lw in _EN_PRONOUNS
                or lw in _EN_CLAUSE_WORDS
                or lw in _EN_MODALS
                or lw.endswith(("n't", "n’t"))
            ):
                break
            if lw in {"of", "for", "and"}:
                # "the head of the committee", "the Securities and Exchange Commission"
                if (
                    start is not None
                    and j >= 1
                    and _is_word(toks[j - 1][2])
                    and (
                        toks[j - 1][2].lower()
                        not in _EN_CLAUSE_WORDS | _EN_PRONOUNS | _EN_CONNECTIVES
                    )
                ):
                    j -= 1
                    continue
                break
            if w.islower() and (
                lw in _EN_CONNECTIVES
                or lw in _EN_PLACE_PREPS | _EN_FRAME_PREPS
                or lw in _EN_AUX
                or lw.endswith(("ly", "ing"))
                or lw.endswith("ed")
                and lw not in _EN_NP_WORDS
            ):
                break
            if w.isdigit() and j + 1 < len(toks) and toks[j + 1][2][:1].isdigit():
                break
            start = j
            j -= 1
        if start is None:
            return None
        first = toks[start][2]
        head = toks[-1][2]
        if not (
            first.lower() in _EN_DETERMINERS | _EN_QUANTIFIERS
            or _cap(first)
            or head.islower()
            and head.endswith("s")
            and not head.endswith(("ss", "us", "is"))
        ):
            return None
        if start == len(toks) - 1 and first.lower() in _EN_DETERMINERS | _EN_QUANTIFIERS:
            return None  # a determiner alone
        if head.lower() in _EN_MONTHS_DAYS or head.isdigit():
            return None
        return toks[start][0], toks[-1][1]

    def _en_subject_before_aside(self, a: int, comma: int) -> tuple[int, int] | None:
        """The noun phrase that opens its clause and ends at the comma that opens an aside closed by
        ``comma`` ("Deutsche Boerse, the German stock exchange that is trying to buy …,"); None when the
        aside quotes, holds a colon, a bracket or a saying verb, or runs long, or when no noun phrase
        stands before it."""
        text = self.text
        opening = text.rfind(",", a, comma)
        while (
            opening > a
            and text[opening - 1].isdigit()
            and text[opening + 1 : opening + 2].isdigit()
        ):
            opening = text.rfind(",", a, opening)  # "head of the 1,000-year-old seat": a number
        if opening <= a:
            return None
        aside = self._toks(opening + 1, comma)
        if not 1 <= len(aside) <= 30 or any(
            t[2] in _ANY_QUOTE
            or t[2] in ";:()"
            or t[2].lower() in _EN_INVERTED_VERBS | {"says", "say", "told", "tells"}
            for t in aside
        ):
            return None
        outer = self._clause_start(a, opening, a)
        whole = self._en_prefix_speaker(outer, opening)
        if (
            whole is None
            or text[whole[1] : opening].strip()
            or not self._en_np_like(whole)
            or text[whole[0] : whole[1]].split()[0].lower()
            in _EN_PLACE_PREPS | _EN_FRAME_PREPS | {"of", "for"}
            # "The Egyptian and Iranian people share many historical links …, in their shared quest
            # …, said Iranian president …": a clause, not a noun phrase the walk back reads
            or len(self._toks(*whole)) > 8
            and (self._en_speaker_before(outer, opening) or (-1, -1))[0] != whole[0]
            # "Mr Kilroy-Silk said the man, who later disappeared, claimed …": a report, not a name
            or any(
                t[2].lower() in _EN_INVERTED_VERBS | {"says", "say", "told", "claimed", "reported"}
                for t in self._toks(*whole)
            )
        ):
            return None
        name = [t for t in self._toks(a, outer) if t[2] != ","]
        while name and name[0][2].lower() in _EN_CONNECTIVES:
            name = name[1:]
        if (
            outer > a
            and text[a:outer].rstrip().endswith(",")
            and 1 <= len(name) <= 4
            and all(_cap(t[2]) and t[2][:1].isalpha() for t in name)
            and text[whole[0] : whole[1]].split()[0].islower()
        ):
            # "Mary Kayitesi Blewitt, founder of the Survivors Fund (SURF), one of …, said": the name
            # with its apposition
            return name[0][0], whole[1]
        return whole

    def _en_name_apposition(self, a: int, comma: int) -> tuple[int, int] | None:
        """ "William Rugh, US former senior diplomat in Damascus" ending at ``comma``: a capitalised name
        right after a quotation mark, a comma or the sentence start, then one apposition."""
        toks = self._toks(max(a, comma - 300), comma)
        inner = [k for k, t in enumerate(toks) if t[2] in ",;"]
        if not inner:
            return None
        c1 = inner[-1]
        appo = toks[c1 + 1 :]
        if (
            appo
            and (appo[0][2].lower() in {"who", "which", "whose"} or _en_participle(appo[0][2]))
            and len(appo) <= 20
        ):
            # '"…," the official, who spoke on condition of anonymity, said.': the noun phrase before
            # ("A UN official, speaking on condition of anonymity, said")
            return self._en_speaker_before(max(a, toks[0][0]), toks[c1][0])
        k = c1 - 1
        while k >= 0 and _cap(toks[k][2]) and toks[k][2][:1].isalpha():
            k -= 1
        name = toks[k + 1 : c1]
        while name and name[0][2].lower() in _EN_CONNECTIVES:
            name = name[1:]  # "Yet Evan Mann, a senior bond analyst …"
        if (
            appo
            and not 1 <= len(name) <= 4
            and (
                _en_before_aside(appo, len(appo) - 1) < 0
                or all(t[2].lower() in _EN_AUX or _adverb(t[2]) for t in appo)
            )
        ):
            # "The army, for its part, said", "Another official, however, said": no name before the
            # aside, the noun phrase before it speaks
            return self._en_speaker_before(max(a, toks[0][0]), toks[c1][0])
        if not (1 <= len(name) <= 4 and 1 <= len(appo) <= 12):
            return None
        lead = appo[0][2]
        if not (
            lead.lower() in _EN_DETERMINERS
            or (_cap(lead) and lead[:1].isalpha())
            or lead.lower() in _EN_NP_WORDS - {"of", "for", "and"}
        ):
            # "Mr Svanberg, however,", "Mr Hague, 43,", "Hadara, for his part,": an aside, the name speaks
            return (name[0][0], name[-1][1]) if len(appo) <= 4 else None
        first = name[0][0]
        if k >= 0 and toks[k][2] not in _ANY_QUOTE + ",;":
            # "Former Conservative leader Iain Duncan Smith, one of the chief critics of the plans,
            # condemned …": a title before the name, the subject from the clause start
            head = self._en_speaker_before(max(a, toks[0][0]), toks[c1][0])
            lead_in = self._toks(max(a, toks[0][0]), head[0]) if head is not None else []
            if not (
                head is not None
                and head[1] == name[-1][1]
                and head[0] < first
                and (not lead_in or lead_in[-1][2] in _ANY_QUOTE + ",;")
                and toks[k][2].isalpha()
                and toks[k][2].lower() not in _EN_CLAUSE_WORDS | _EN_AUX | _EN_PLACE_PREPS
            ):
                return None
            first = head[0]
        rel = next(
            (r for r, t in enumerate(appo) if t[2].lower() in {"who", "whom", "whose", "which"}),
            None,
        )
        if rel is not None and rel >= 2:
            # '"…," Christine Chanet, a French judge who led the U.N. inquiry, told': the apposition
            # up to its relative clause
            appo = appo[:rel]
        if any(t[2].lower() in _EN_CLAUSE_WORDS or t[2] in _ANY_QUOTE for t in appo):
            return None
        if name[0][2].lower() in _EN_NOT_SUBJECT or name[0][2].lower() in _EN_PRONOUNS:
            return None
        return first, appo[-1][1]

    def _en_sentence_subject(self, a: int, cs: int) -> tuple[int, int] | None:
        """A named subject opening the sentence before its verb ("The US State Department voiced …")."""
        toks = self._toks(a, cs)
        k = 0
        while k < len(toks) and toks[k][2].lower() in _EN_CONNECTIVES:
            k += 1
        if 0 < k < len(toks) and toks[k][2] == ",":
            k += 1  # "However, Moaz al-Khatib …"
        first = k
        if k < len(toks) and toks[k][2].lower() in _EN_FRAME_PREPS | _EN_PLACE_PREPS:
            return None  # "In Tony Blair's first government Mr Blunkett …"
        if k < len(toks) and toks[k][2].lower() in _EN_DETERMINERS:
            k += 1
        named = False
        while k < len(toks) and (
            _cap(toks[k][2])
            or toks[k][2].lower() in _EN_NP_WORDS - {"and", "the", "a", "an"}
            or "-" in toks[k][2]
            and toks[k][2].islower()
            # "Petroleum and Mineral Resources Minister Osama Kamal"
            or toks[k][2] == "and"
            and k + 1 < len(toks)
            and _cap(toks[k + 1][2])
        ):
            named = named or toks[k][2][:1].isupper() or toks[k][2].lower() in _EN_NP_WORDS
            k += 1
        if not named or k == first or k >= len(toks):
            return None
        name_end = k - 1
        if toks[k][2] == "," and all(_cap(t[2]) for t in toks[first:k]):
            # "Moaz al-Khatib, the president of the coalition that is dominated by …, has departed":
            # a name, its apposition between commas, then the verb
            close = next(
                (c for c in range(k + 1, min(len(toks), k + 20)) if toks[c][2] in {",", "."}), None
            )
            if close is None or toks[close][2] != "," or close + 1 >= len(toks):
                return None
            k = close + 1
        verb = toks[k][2]
        if not (verb.islower() and _is_word(verb)) or not (
            _en_finite(verb)
            or verb in {"threw", "met", "held", "sent", "won", "led", "kept", "has", "is"}
            or len(verb) > 3
            and verb.endswith("s")
            and not verb.endswith("ss")
            and verb not in _EN_NP_WORDS
        ):
            return None  # "Bearded men threatened …": "men" is no verb
        if toks[first][2].lower() in _EN_PRONOUNS or toks[first][2].lower() in _EN_MONTHS_DAYS:
            return None
        return toks[first][0], toks[name_end][1]

    def _en_clause_subject(self, lo: int, cs: int) -> tuple[int, int] | None:
        """The subject of the clause a participle hangs on: a plain noun phrase, then (adverbs and
        "has/have/had") the clause's past-tense verb, after a frame closed by a comma: "On Tuesday,
        the presidency issued a statement saying …", "In Geneva, the UN children's agency sent out an
        SOS warning …", "The Nour Party board went so far as to withdraw confidence … saying …". The
        participle is that subject's, not the last speaker's. The noun phrase must name someone: a
        name, or a body's or a person's head noun ("the interior ministry", "Bearded men"). None for a
        pronoun or anything less plain."""
        toks = self._toks(lo, cs)
        k = 0
        while k < len(toks) and (toks[k][2].lower() in _EN_CONNECTIVES or toks[k][2] == ","):
            k += 1
        if k < len(toks) and toks[k][2].lower() in _EN_FRAME_PREPS:
            comma = next((i for i in range(k, min(len(toks), k + 8)) if toks[i][2] == ","), None)
            if comma is None:
                return None
            k = comma + 1
        first = k
        if first >= len(toks) or toks[first][2].lower() in _EN_PRONOUNS | {"last", "this", "next"}:
            return None  # a pronoun, or a frame with no comma ("Last summer Israel …")
        if toks[first][2].lower() == "even" and first + 1 < len(toks):
            first += 1  # "Even Yunus's biological mother joined …"
        end = first
        while end < min(len(toks), first + 9):
            w = toks[end][2]
            low = w.lower()
            if low.endswith("ing") and w.islower():
                return None  # "A Philippine mortician famous for installing …": not plain
            if (
                w in {",", "(", "-", "–", "—", ";", ":"}
                or low in {"that", "which", "who", "whose"}
                or end > first
                and (
                    w.islower()
                    and (
                        low in _EN_AUX
                        or _adverb(w)
                        or _en_finite(w)
                        or low in _EN_IRREGULAR_PASTS
                        or low in _EN_WHEN_WORDS
                    )
                    or low in _EN_MONTHS_DAYS
                )
            ):
                break
            end += 1
        verb = end
        while end > first + 1 and toks[end - 1][2].lower() in {"on", "in"}:
            end -= 1  # "… Osama Kamal on Tuesday attributed …"
        if end == first or verb >= len(toks):
            return None
        while verb < len(toks) and (
            toks[verb][2].lower() in _EN_AUX | _EN_MONTHS_DAYS | _EN_WHEN_WORDS
            or toks[verb][2].isdigit()
            or _adverb(toks[verb][2])
        ):
            if toks[verb][2].lower() in {"would", "will", "been"}:
                return None
            if toks[verb][2].lower() in {"last", "this"}:
                verb += 1  # "Humanitarian agencies last week pleaded …"
            verb += 1
        if verb >= len(toks):
            return None
        w = toks[verb][2]
        if not (w.islower() and (w.endswith("ed") and _en_finite(w) or w in _EN_IRREGULAR_PASTS)):
            return None
        words = [t[2] for t in toks[first:end]]
        if not all(_is_word(x) or x in {"'s", "’s", "&"} for x in words):
            return None
        named = words
        for n, x in enumerate(words[1:], 1):
            if x.lower() in {"of", "for", "at", "in", "from", "with", "on"}:
                named = words[:n]  # "Demonstrators in the Hamas-ruled Gaza Strip": the head before
                break
        if all(x.lower() in _EN_DETERMINERS for x in named):
            return None
        head = named[-1].lower()
        stem = (
            head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") else head
        )
        heads = _EN_ORGANISATION_HEADS | _EN_PERSON_HEADS | _EN_INSTITUTION_WORDS | _EN_SOURCE_LEADS
        if not (
            head in heads
            or stem in heads
            or head in _EN_AGENT_HEADS
            or len(named) == 1
            and _cap(named[0])
            # (a proper name, written capitalised inside a sentence too: not "Word of the trip")
            and re.search(r"[a-z,] " + re.escape(named[0]) + r"\b", self.text) is not None
            or any(_cap(x) and x[:1].isalpha() for x in named[1:])
        ):
            return None
        return toks[first][0], toks[end - 1][1]

    def _en_passive_subject(self, a: int, clause: int, cs: int) -> tuple[int, int] | None:
        """The subject of "<X> was quoted …" ending at ``cs``, with its apposition ("X, head of Y,")."""
        toks = self._toks(max(a, cs - 40), cs)
        k = len(toks)
        while k and (toks[k - 1][2].lower() in _EN_AUX or _adverb(toks[k - 1][2])):
            k -= 1
        if not k or toks[k - 1][2].lower() not in {"was", "were", "is", "are", "been", "being"}:
            return None  # no "was": "according to", "quoted by" after a noun
        k -= 1
        while k and (toks[k - 1][2].lower() in _EN_AUX or _adverb(toks[k - 1][2])):
            k -= 1
        if not k:
            return None
        if toks[k - 1][2] == ",":
            named = self._en_name_apposition(a, toks[k - 1][0])
            if named is None:
                # "Diaa Rashwan, newly elected head of the Journalists' Syndicate, was quoted …"
                whole = self._en_prefix_speaker(a, toks[k - 1][0])
                named = whole if whole is not None and self._en_np_like(whole) else None
            return named
        return self._en_speaker_before(clause, toks[k - 1][1])

    @staticmethod
    def _en_after_place_tail(toks: list[tuple[int, int, str]], start_j: int, end_j: int) -> int:
        """With the commas lost, the place that ends the content runs into the speaker: "… in the
        opposition-held province local civil defense official Leys al-Faris told", "… in Turmanin
        neighborhood Vasik Harak told", "… in Damascus local media reported". After a preposition,
        a place noun followed by a name, or a place followed by "local …", opens the speaker."""
        prep = None
        for k in range(max(0, start_j - 1), end_j):
            w, lw = toks[k][2], toks[k][2].lower()
            if lw in {"in", "of", "near", "at", "from", "into", "across"}:
                # not a title's place: "the governor of Homs province Talal Barrazi"
                prev = toks[k - 1][2].lower() if k else ""
                prep = None if prev in _EN_NP_WORDS or prev in _EN_TITLE_HEADS else k
                continue
            if (
                prep is not None
                and k == prep + 1 >= 2
                and toks[k - 2][2].lower() in _EN_PLACE_NOUNS
            ):
                # "… in the Bab al-Maqam neighborhood of Aleppo Syria Live Network (SLN) reported",
                # "… in the contested city of Aleppo Syrian activists said": a gazetteer place after
                # a place noun ends the content; the capitalised run after it is the speaker (a day
                # may stand between: "… city of Homs Wednesday state news agency SANA reported")
                e = _en_place_end(toks, k, end_j)
                if e is not None and e <= end_j and toks[e][2].lower() in _EN_MONTHS_DAYS:
                    if e < end_j:
                        return e + 1
                elif (
                    e is not None
                    and e <= end_j
                    and _cap(toks[e][2])
                    and toks[e][2][:1].isalpha()
                    and _en_place_end(toks, e, end_j) != end_j + 1  # "in Hama Aleppo"
                    # (the place's own name goes on: "the village of Bab Alfaraj Syria")
                    and _en_place_end(toks, end_j, end_j) is None
                ):
                    return e
            if prep is None or k == prep + 1:
                continue
            nxt = toks[k + 1][2]
            if lw in _EN_PLACE_NOUNS and w.islower() and _cap(nxt) and nxt[:1].isalpha():
                return k + 1  # "in Turmanin neighborhood Vasik Harak told"
            if (
                nxt == "local"
                and k + 2 <= end_j
                and (lw in _EN_PLACE_NOUNS and w.islower() or _cap(w) and w[:1].isalpha())
                and not w.endswith(("an", "ese", "ish", "i"))
            ):
                return k + 1  # "south of Syria local sources told"
        return start_j

    def _en_final_np(self, clause: int, cs: int, ce: int, b: int) -> tuple[int, int] | None:
        """With the commas lost, "<content> the AFP photographer said." / "… in Aleppo a source in the
        Syrian militia said." / "… an international charity and an aid worker said.": the noun phrase
        from the nearest article before a verb that closes the sentence (a day or "in a statement"
        may follow). Its words name a source (a source noun, a capitalised word, a document, an
        agent noun: "photographer", "worker"); "… set off the explosions said." names nobody."""
        after = [t[2].lower() for t in self._toks(ce, min(b, ce + 40)) if _is_word(t[2])]
        while after and after[0] in {"on", "in", "a", "statement", "late", "early", "earlier"}:
            after = after[1:]
        if after and not (after[0] in _EN_MONTHS_DAYS and len(after) == 1):
            return None
        toks = self._toks(max(clause, cs - 160), cs)
        if len([t for t in toks if _is_word(t[2])]) < 8 or any(
            t[2] in _ANY_QUOTE for t in self._toks(max(clause, cs - 300), cs)
        ):
            return (
                None  # ('"…" a statement from … for the Syria crisis said': the quote's own turn)
            )
        start = None
        for d in range(len(toks) - 2, max(-1, len(toks) - 8), -1):
            w = toks[d][2]
            if not _is_word(w) or w.lower() in _EN_CLAUSE_WORDS | _EN_AUX | _EN_PRONOUNS:
                break
            if w.lower() in {"the", "a", "an"}:
                start = d
                # "a source in the Syrian militia", "the monitor and doctors at the scene": back over
                # a preposition or "and" to the article of the phrase it continues
                g = d - 1
                if g >= 1 and toks[g][2].lower() in {
                    "in",
                    "at",
                    "of",
                    "for",
                    "with",
                    "from",
                    "and",
                }:
                    for h in range(g - 1, max(-1, g - 5), -1):
                        hw = toks[h][2].lower()
                        if not _is_word(toks[h][2]) or hw in _EN_CLAUSE_WORDS | _EN_AUX:
                            break
                        if hw in {"the", "a", "an"}:
                            start = h
                            break
                break
        if start is None:
            return None
        words = [t[2] for t in toks[start + 1 :]]
        if not words or any(w in _EN_PLACE_PREPS - {"in", "at", "from"} for w in words):
            return None
        if not any(
            _cap(w)
            or w.lower() in _EN_NP_WORDS - {"of", "for", "the", "a", "an", "and", "al", "el"}
            or w.lower() in _EN_DOCUMENTS
            or w.lower().endswith(("er", "or", "ist", "ent", "ian", "ion"))
            and w.islower()
            and len(w) > 4
            for w in words
        ):
            return None
        if toks[-1][2].lower() in _EN_DOCUMENTS:
            # "… across the war-battered country UN estimates suggest": the place closes before the
            # capitalised author of the document
            k = len(toks) - 2
            while k > start and _cap(toks[k][2]) and toks[k][2][:1].isalpha():
                k -= 1
            if start < k < len(toks) - 2 and toks[k][2].islower():
                start = k + 1
        return toks[start][0], toks[-1][1]

    def _en_np_like(self, span: tuple[int, int]) -> bool:
        """A clause-initial span that reads as a noun phrase, not "Speaking at dawn he" or a dateline."""
        toks = self._toks(*span)
        if not toks or len(toks) > 16:
            return False
        if any(t[2].lower() in _EN_CLAUSE_WORDS for t in toks):
            return False
        first = toks[0][2]
        if first.lower().endswith("ing") or first[0].isdigit() or first.lower() in _EN_MONTHS_DAYS:
            return False
        if any(t[2].lower() in _EN_PRONOUNS for t in toks[1:]):
            return False
        return first.lower() in _EN_DETERMINERS or _cap(first) or first.lower() in _EN_NP_WORDS

    def _en_bare_plural(self, span: tuple[int, int], cue_start: int) -> bool:
        """A clause-initial plural with no article ("economists", "local traders", "students at the
        school", "critics of Bertone") right before the verb at ``cue_start``: people who speak, not a
        verb, an adverb, a counted noun ("the 3,000 cases mentioned") or a relative's antecedent."""
        toks = self._toks(*span)
        gap = self._toks(span[1], cue_start)
        if any(t[2].lower() not in _EN_AUX and not _adverb(t[2]) for t in gap):
            return False
        lead = self._toks(max(0, span[0] - 30), span[0])[-1:]
        if lead and _is_word(lead[0][2]) and lead[0][2].lower() not in _EN_CONNECTIVES - {"as"}:
            return False
        k = 1 if len(toks) >= 2 and toks[0][2].endswith(_EN_ADJECTIVE_ENDINGS) else 0
        if k >= len(toks) or not all(t[2].isalpha() and t[2].islower() for t in toks[: k + 1]):
            return False
        head = toks[k][2]
        if (
            len(head) <= 3
            or not head.endswith("s")
            or head.endswith(("ss", "us", "is", "ous", "ways", "wards"))
            or {t[2] for t in toks[: k + 1]}
            & (_EN_CLAUSE_WORDS | _EN_AUX | _EN_DETERMINERS | _EN_PRONOUNS | _EN_CONNECTIVES)
            or head in _EN_MONTHS_DAYS
        ):
            return False
        rest = toks[k + 1 :]
        return not rest or (
            rest[0][2] in {"at", "from", "of", "in", "on"}
            and len(rest) <= 6
            and all(_is_word(t[2]) and t[2].lower() not in _EN_CLAUSE_WORDS for t in rest)
        )

    def _en_prefix_speaker(self, clause_start: int, cue_start: int) -> tuple[int, int] | None:
        toks = self._toks(clause_start, cue_start)
        while toks and (toks[0][2].lower() in _EN_CONNECTIVES or not _is_word(toks[0][2])):
            toks = toks[1:]
        while toks and (toks[0][2].lower() in _EN_MONTHS_DAYS or toks[0][2].isdigit()):
            toks = toks[1:]  # a dateline: "July 2 2016 Two medics …"
        while len(toks) > 2 and (
            toks[0][2].lower() in {"last", "this", "next", "early", "late", "on"}
            and (toks[1][2].lower() in _EN_TIME_NOUNS or toks[1][2].lower() in _EN_MONTHS_DAYS)
        ):
            toks = toks[2:]  # "Last week Reuters reported", "On Monday officials said"
            while toks and not _is_word(toks[0][2]):
                toks = toks[1:]
        glued = next((k for k in range(len(toks) - 1, 0, -1) if _glued_sentence(toks, k)), None)
        if glued is not None:
            # "Tags Syria Idlib The Sawaiq al-Rahman brigade announced …"; "… Meanwhile civil sources"
            toks = toks[glued + (toks[glued][2] in _EN_GLUED_CONNECTIVES) :]
        for k, t in enumerate(toks):
            if k and t[2].lower() in {"who", "which", "whose", "whom"}:
                # "A witness named Ahmad who was wounded …": the name, not the clause; "Rami Abdurrahman
                # who heads the Syrian Observatory": his organisation is remembered for later mentions.
                rest = toks[k + 2 :]
                if rest and toks[k + 1][2].lower() in {"heads", "leads", "runs", "chairs"}:
                    self.history.append((rest[0][0], rest[-1][1]))
                toks = toks[:k]
                break
        while toks and (
            toks[-1][2].lower() in _EN_AUX or _adverb(toks[-1][2]) or toks[-1][2] == ","
        ):
            toks = toks[:-1]
        toks = toks[: _en_before_aside(toks, len(toks) - 1) + 1]
        if len(toks) >= 3 and toks[-1][2] == "to" and _en_verb_before_to(toks[-3][2], toks[-2][2]):
            toks = toks[: -3 if toks[-2][2] == "on" else -2]  # "… went on to say"
            while toks and (toks[-1][2].lower() in _EN_AUX or _adverb(toks[-1][2])):
                toks = toks[:-1]
        cut = max(
            (k for k, t in enumerate(toks[:-1]) if t[2] in _EN_BARE_INFINITIVE_VERBS), default=None
        )
        if cut is not None and all(_is_word(t[2]) for t in toks[cut + 1 :]):
            # "A private meeting on Monday saw normally loyal MPs warn …", "… questions also saw Mr
            # Blair predict that …": the object of a verb that takes a bare infinitive speaks
            toks = toks[cut + 1 :]
        if not toks or len(toks) > 16:
            return None
        return toks[0][0], toks[-1][1]

    def _en_speaker_after(
        self,
        pos: int,
        limit: int,
        loose: bool = False,
        closing: bool = False,
        inverted: str = "",
    ) -> tuple[int, int, int]:
        """'according to X' / 'said X': the noun phrase after the cue."""
        toks = self._toks(pos, min(limit, pos + _WINDOW))
        comma = next((k for k, t in enumerate(toks[:9]) if t[2] == ","), None)
        if (
            loose
            and comma is not None
            and comma >= 2
            and toks[0][2].lower() in _EN_DETERMINERS
            and all(_is_word(t[2]) and t[2].lower() not in _EN_CLAUSE_WORDS for t in toks[:comma])
            and (
                toks[comma - 1][2].lower() in _EN_NP_WORDS | _EN_DOCUMENTS
                or _cap(toks[comma - 1][2])
                # "According to one person familiar with the situation, …"
                or any(t[2].lower() in _EN_CITED_HEADS for t in toks[1:comma])
            )
        ):
            # "According to one informed Egyptian source, …": everything up to the comma; "According
            # to the report / a new book / the complaint / its estimate, …": a document speaks (EN-10)
            return toks[0][0], toks[comma - 1][1], toks[comma - 1][1]
        stop = next((k for k, t in enumerate(toks[:7]) if t[2] in ".;!?"), None)
        if (
            (loose or closing)
            and stop is not None
            and stop >= 2
            and (loose or stop <= 5)
            and (comma is None or comma > stop)
            and toks[0][2].lower() in _EN_DETERMINERS | {"same"}
            and all(
                _is_word(t[2])
                and t[2].lower() not in _EN_CLAUSE_WORDS
                and t[2].lower() not in _EN_AUX
                and t[2].lower() not in _EN_PLACE_PREPS | _EN_FRAME_PREPS
                # ("said the bid undervalued the business": a clause, not a name)
                and (
                    loose
                    or t[2].lower() not in _EN_DETERMINERS
                    and not (t[2].endswith("ed") and t[2].islower() and "-" not in t[2])
                )
                for t in toks[1:stop]
            )
        ):
            # "… according to the health ministry.", "… according to the latest death toll.": a
            # common noun phrase that closes the sentence
            return toks[0][0], toks[stop - 1][1], toks[stop - 1][1]
        # '"…," said an enthusiastic young police officer sharing worries …': lowercase words after
        # an article, up to a clear end of the noun phrase, are the name
        described = 0
        if inverted and toks and toks[0][2].lower() in {"a", "an", "the", "one", "another"}:
            j = 1
            while (
                j < min(len(toks), 6)
                and toks[j][2].islower()
                and toks[j][2].replace("-", "").isalpha()
                and toks[j][2] not in _EN_CLAUSE_WORDS | _EN_AUX | _EN_PRONOUNS | _EN_CONNECTIVES
                and toks[j][2] not in _EN_DETERMINERS | _EN_PLACE_PREPS | _EN_FRAME_PREPS
                and toks[j][2] not in {"of", "for", "who", "whom", "which", "by"}
                and not toks[j][2].endswith("ly")
                and not (j > 1 and toks[j][2].endswith("ing"))
            ):
                j += 1
            stop = toks[j][2] if j < len(toks) else "."
            # (after a closing quotation mark the phrase may go on; otherwise it must close the
            # sentence: not "Jim Parton … said the new proposals \"lacked …\"")
            if j >= 2 and (
                stop == "."
                or inverted == "quoted"
                and (
                    stop in ",;"
                    or stop
                    in {"who", "whom", "which", "of", "to", "for", "with", "at", "in", "from"}
                    or stop.endswith(("ing", "ly"))
                )
            ):
                described = j
        end_i = 0
        for k, (_, _, w) in enumerate(toks[:12]):
            if w in ",;.:" or (w in '"“”' and k > 0 and end_i == k):
                break
            lw = w.lower()
            if k < described:
                end_i = k + 1
                continue
            if (
                loose
                and k > 1
                and toks[k - 1][2] in _EN_DOCUMENTS
                and end_i == k
                and not (
                    lw in {"by", "in", "from", "of"}
                    and k + 2 < len(toks)
                    and (_cap(toks[k + 1][2]) or toks[k + 1][2] == "the" and _cap(toks[k + 2][2]))
                )
            ):
                break  # "According to a CNN report the US has …": the document ends the name
            if (
                lw == "by"
                and loose
                and k + 2 < len(toks)
                and toks[k - 1][2].lower() in _EN_DOCUMENTS
            ):
                continue  # "a report by the Syrian Network for Human Rights"
            if (
                k > 0
                and (
                    lw in {"at", "in", "from"}
                    # "according to a report by the Committee to Protect Journalists"
                    or lw == "by"
                    and toks[k - 1][2].lower() in _EN_DOCUMENTS
                    or lw == "to"
                    and toks[k - 1][2] in {"Committee", "Campaign", "Council", "Movement"}
                )
                and k + 1 < len(toks)
                and toks[k + 1][2][:1].isupper()
                and toks[k + 1][2].lower() not in _EN_MONTHS_DAYS
            ):
                continue  # "according to a source at Damascus Police Command"
            if (
                k > 0
                and not (
                    w[0].isupper()
                    # "said Ahmad Ziyada al-Qaissi": the article of an Arabic name, after its first
                    # name (not "According to SANA al-Nusra militants …", the comma lost)
                    or lw.startswith(("al-", "el-"))
                    and w[3:4].isupper()
                    and _cap(toks[k - 1][2])
                    and not toks[k - 1][2].isupper()
                    or lw in _EN_NP_WORDS
                    # "according to preliminary reports / official figures / federal regulators / state
                    # statistics body INSEE": a noun after lowercase modifiers, no article
                    or (
                        end_i == k
                        and k <= 3
                        and w.isalpha()
                        and w.islower()
                        and not w.endswith(("ed", "ing", "ly"))
                        and lw not in _EN_CLAUSE_WORDS | _EN_AUX | _EN_PRONOUNS | _EN_CONNECTIVES
                        and lw not in _EN_PLACE_PREPS | _EN_FRAME_PREPS | _EN_MONTHS_DAYS
                        and lw not in _EN_NUMBER_WORDS | {"said", "says", "told", "over", "near"}
                        and all(
                            t[2].isalpha()
                            and t[2].islower()
                            and t[2]
                            not in _EN_DETERMINERS | _EN_CLAUSE_WORDS | {"how", "what", "why"}
                            for t in toks[:k]
                        )
                        # (the word before is a modifier, not a head: "according to independent
                        # monitors hundreds of thousands … have been killed", the comma lost)
                        and (
                            toks[k - 1][2]
                            in _EN_NOUN_MODIFIERS | {"new", "latest", "recent", "local"}
                            or toks[k - 1][2].endswith((*_EN_ADJECTIVE_ENDINGS, "ing"))
                            or "-" in toks[k - 1][2]
                        )
                    )
                    or w in '"“”()'
                    or w[0].isdigit()
                    # "quoted by several media reports"
                    or lw in {"reports", "report"}
                    and toks[k - 1][2].lower() in {"media", "news", "press"}
                    # "according to a survey by Goldman Sachs", "according to a CNN report"
                    or (
                        loose
                        and lw in _EN_DOCUMENTS
                        and toks[k - 1][2].lower() in _EN_DETERMINERS | {"cnn"}
                    )
                    or (loose and lw in _EN_DOCUMENTS and _cap(toks[k - 1][2]))
                )
            ):
                break
            end_i = k + 1
        name_i = end_i
        while name_i > 1 and toks[name_i - 1][2].lower() in {
            "for",
            "of",
            "and",
            "in",
            "at",
            "from",
            "with",
            "on",
            "the",
            "a",
            "an",
        }:
            name_i -= 1  # "… was criticised by Amnesty for killing civilians": the name, not "for"
        if (
            end_i == 0
            or all(t[2].lower() in _EN_DETERMINERS or not _is_word(t[2]) for t in toks[:end_i])
            or toks[0][2].lower() in _EN_MONTHS_DAYS
            or toks[0][2][:1].isdigit()
        ):
            return pos, pos, pos  # nobody named, or a dateline ("Published August 6 2016")
        return toks[0][0], toks[name_i - 1][1], toks[end_i - 1][1]

    def _en_subject(self, prop: Prop, start: int, end: int) -> None:
        """The speakers of an English verb's subject: a pronoun resolved ("he", "they", "it"), else the
        names written there."""
        low = self.text[start:end].lower()
        mentioned = self._en_mentioned(low)
        if low in {"he", "she"}:
            named = self._en_sentence_person(start)
            if named is not None:
                self._set_speakers(prop, [named])
                return
            if mentioned is not None:
                self._set_speakers(prop, [mentioned])
                return
            prop.carried = self._en_person()
        elif mentioned is not None:
            self._set_speakers(prop, [mentioned])
        elif low == "they":
            prop.carried = self._en_group()
        elif low in _EN_PRONOUNS:
            prop.carried = list(self.last)
        else:
            self._set_speakers(prop, self._split_speakers(start, end))

    def _en_mentioned(self, pronoun: str) -> tuple[int, int] | None:
        """The subject of a sentence with no speaker, after the last speaker was named, that a
        pronoun subject means: "he"/"she" a person ("Aleppo Governor Hussein Diab", "the minister"),
        "it" one body ("The UN", "the Tahrir al-Sham jihadist alliance"), "they" a plural ("The
        strikers"). None: the pronoun goes to the last speaker as before."""
        if pronoun not in {"he", "she", "it", "they"}:
            return None
        span = None
        for s_start, s_end in reversed(self._en_mentions):
            if s_start < self._said_at or not s_end <= self._sent_lo:
                continue  # a speaker was named since, or the mention is in this sentence
            span = self._en_sentence_subject(s_start, s_end)
            named = self._en_strip_frame(s_start, s_end) if span is None else s_start
            if named > s_start:  # "Following the strikes the … alliance attacked …"
                span = self._en_sentence_subject(named, s_end)
            if span is not None:
                break
        if span is None:
            return None
        words = self.text[span[0] : span[1]].replace(",", " ").split()
        if not words or any(w.lower() in _EN_PRONOUNS for w in words):
            return None
        head = words[-1].lower()
        # ("The G8", "The Scottish Executive": capitalised words after an article are a body)
        person = head in _EN_PERSON_HEADS or (
            words[0].lower() not in _EN_DETERMINERS and self._en_one_person(span)
        )
        if pronoun in {"he", "she"}:
            ok = (
                person
                and not self._en_plural(span)
                and head not in _EN_BODY_HEADS
                # (not "she" for "Mr Blunkett", nor "he" for "Mrs Howard")
                and words[0] not in ({"Mr"} if pronoun == "she" else {"Mrs", "Ms"})
            )
        elif pronoun == "it":
            ok = head in _EN_BODY_HEADS and not self._en_plural(span)
        else:
            ok = self._en_plural(span) and not person
        return span if ok else None

    def _en_sentence_person(self, pronoun: int) -> tuple[int, int] | None:
        """The person named as the subject of the sentence that a "he"/"she" in its subordinate clause
        means: "Activist Ahmed Doma, a staunch critic of the Morsi government, sustained injuries after
        he was beaten up by what he said was a Brotherhood militia" (not the last speaker)."""
        if not self._sent_lo <= pronoun <= self._sent_hi:
            return None
        lead = self._toks(self._sent_lo, pronoun)
        while lead and lead[0][2].lower() in _EN_CONNECTIVES:
            lead = lead[1:]
        previous = getattr(self, "_previous", [])
        if (
            not lead
            and len(previous) == 1
            and previous[0].kind == "outlet"
            and not previous[0].carried
            and previous[0].end > previous[0].start
        ):
            # "Activist Ahmed Doma was beaten up on Monday. He said …": the sentence before, with no
            # cue, introduced him
            found = self._en_opening_person(previous[0].start, previous[0].end, subordinate=False)
            if found is not None:
                return found
        return self._en_opening_person(self._sent_lo, pronoun, subordinate=True)

    def _en_opening_person(self, lo: int, hi: int, subordinate: bool) -> tuple[int, int] | None:
        """A person's name (two to five capitalised words) opening the text from ``lo`` as its
        subject; with ``subordinate``, only when ``hi`` lies in a subordinate clause after it."""
        toks = self._toks(lo, hi)
        k = 0
        while k < len(toks) and toks[k][2].lower() in _EN_CONNECTIVES:
            k += 1
        n = k
        while n < len(toks) and (
            _cap(toks[n][2])
            and toks[n][2][:1].isalpha()
            # "Muslim Brotherhood lawyer Abdel-Moneim Abdel-Maqsoud": a title between names
            or n > k
            and toks[n][2].islower()
            and n + 1 < len(toks)
            and _cap(toks[n + 1][2])
            and toks[n][2] not in _EN_CLAUSE_WORDS | _EN_DETERMINERS | _EN_PLACE_PREPS
            and toks[n][2] not in {"and", "of", "for"}
        ):
            n += 1
        name = toks[k:n]
        if not (
            2 <= len(name) <= 7
            and n < len(toks)
            and (toks[n][2] == "," or toks[n][2].islower())
            and name[0][2].lower() not in _EN_DETERMINERS | _EN_PRONOUNS | _EN_MONTHS_DAYS
            and not name[-1][2].lower().endswith(("s", "'s", "’s"))
            and self._en_one_person((name[-2][0], name[-1][1]))
        ):
            return None
        rest = [t[2].lower() for t in toks[n:]]
        if any(t in _ANY_QUOTE for t in rest):
            return None
        if not subordinate:
            return name[0][0], name[-1][1]
        if not any(
            t in {"after", "what", "when", "as", "because", "while", "before", "since", "until"}
            for t in rest[-4:]
        ):
            return None  # only a pronoun in a subordinate clause right after the subject's verb
        return name[0][0], name[-1][1]

    def _en_person(self) -> list[tuple[int, int]]:
        """Who "he"/"she" is: the last speaker, unless that is a plural body ("The Tories",
        "Ministry of Defence lawyers"); then the last singular one before it."""
        last = list(self.last)
        if len(last) != 1 or not self._en_not_a_person(last[0]):
            return last
        for span in reversed(self.history[-_HISTORY:]):
            if not self._en_not_a_person(span):
                return [span]
        return last

    def _en_not_a_person(self, span: tuple[int, int]) -> bool:
        """A plural body, a document ("a recent FAO statement") or a country, capital or the West
        ("Britain", "the United States", "Washington"): never "he" or "she"."""
        words = self.text[span[0] : span[1]].split()
        if _en_country(words):
            return True
        # "his own Islamist Ennahda party, which has denied …. He had threatened to quit": a party,
        # a ministry or a group is "it", never "he" (not "the head of the party", "a Department for
        # Work and Pensions spokeswoman", "Mr …": a person's word in it)
        named = [w.lower() for w in self.text[span[0] : span[1]].split(",")[0].split()]
        head = next(
            (
                named[k - 1]
                for k in range(1, len(named))
                if named[k] in {"of", "for", "at", "in", "from", "with", "on"}
            ),
            named[-1] if named else "",
        )
        if (
            named
            and head in _EN_ORGANISATION_HEADS
            and named[-1] in _EN_ORGANISATION_HEADS
            and not any(w in _EN_PERSON_HEADS or w in _EN_SITED_PEOPLE for w in named)
            and named[0] not in {"mr", "mrs", "ms", "dr"}
        ):
            return True
        return self._en_plural(span) or bool(
            words
            and (
                words[-1].lower() in _EN_MEDIA_NOUNS
                or words[-1].lower()
                in {"data", "figures", "statistics", "survey", "study", "poll", "website", "page"}
            )
        )

    def _en_group(self) -> list[tuple[int, int]]:
        """Who "they" are: the last speaker, unless that is one named person ("Mr Dodd", "Jens Laerke");
        then the last plural speaker before it ("activists", "The Tories")."""
        last = list(self.last)
        if len(last) != 1 or not self._en_one_person(last[0]):
            return last
        for span in reversed(self.history[-_HISTORY:]):
            if self._en_plural(span):
                return [span]
        return last

    def _en_one_person(self, span: tuple[int, int]) -> bool:
        words = self.text[span[0] : span[1]].split(",")[0].split()
        if not words:
            return False
        if words[0] in {"Mr", "Mrs", "Ms", "Dr"}:
            return True
        return (
            2 <= len(words) <= 3
            and all(w[:1].isupper() for w in words)
            and not (words[-1].endswith("s"))
        )

    def _en_plural(self, span: tuple[int, int]) -> bool:
        words = self.text[span[0] : span[1]].split(",")[0].split()
        if not words or words[0] in {"Mr", "Mrs", "Ms", "Dr"}:
            return False
        for k, w in enumerate(words[1:], 1):
            if w in {"of", "for", "at", "in", "from", "with", "on"}:
                words = words[:k]  # "the head of Jordanian border guards": the head
                break
        head = words[-1]
        return (
            len(head) > 3
            and head.endswith("s")
            and not head.endswith(("ss", "is", "us", "'s", "’s"))
            and (head.islower() or (words[0].lower() == "the" and len(words) <= 3))
        )

    def _en_subordinate(self, s: int) -> bool:
        """A subordinator right before ``s`` ("But while the report revealed …, he added")."""
        before = self._toks(max(0, s - 20), s)[-1:]
        return bool(before) and before[0][2].lower() in {
            "while",
            "although",
            "though",
            "as",
            "because",
            "since",
            "whereas",
            "if",
            "when",
        }

    def _en_last_is_person(self) -> bool:
        """The last speaker is a person, not a paper, an agency, a body or a document."""
        return all(
            not set(self.text[x:y].lower().replace(",", " ").split()) & _EN_INSTITUTION_WORDS
            for x, y in self.last
        )

    def _en_after_dateline(self, s: int, e: int) -> int:
        """Where a speaker starts after a dateline or a page's credit line glued before it: "AP Tuesday
        20 May 2014 Syrian activists", "Idlib Reuters Wednesday 26 Oct 2016 The Syrian Observatory …",
        "Date of publication 18 July 2016 Syrian activist groups", "… Views 1430 Related IS group"."""
        toks = _tokens(self.text, s, e)
        cut = None
        for i in range(len(toks) - 1):
            w = toks[i][2]
            if (
                len(w) == 4
                and w.isdigit()
                and w[:2] in {"19", "20"}
                and any(t[2].lower() in _EN_MONTHS_DAYS for t in toks[max(0, i - 2) : i])
            ) or (w == "Related" and i and toks[i - 1][2].isdigit()):
                cut = i + 1
        return toks[cut][0] if cut is not None else s

    def _en_quote_any_verb(self, a: int, b: int, props: list[Prop]) -> None:
        """'"…," El-Sharkawi comments.', '"…," agreed Judeh', '"…," she laughed, …': between a closed
        quotation and the end of its sentence, any verb with its subject names who spoke the quotation
        (no cue word needed); the sentence is quote by that speaker (convention EN-5)."""
        text = self.text
        m = _EN_QUOTE_VERB_TAIL.search(text, a, b)
        if m is None or m.start() <= a:
            return
        rest = text[m.end() : b].strip(" .")
        if rest and not (rest.startswith(",") and _en_participle(rest[1:].split()[0])):
            return  # (a trailing participle may follow: ", clawing at her own face")
        verb = m.group("verb") or m.group("verb2")
        if verb.lower() in _EN_NOT_SPEECH_VERBS:
            return
        np = m.span("np") if m.group("np") else m.span("np2")
        closing = m.start() + 1
        for p in props:
            if p.start < closing:
                p.kind, p.mode, p.cue = "quote", "said", verb
                self._en_subject(p, *np)
                if not p.carried:
                    p.kind, p.mode, p.cue = OUTLET, "", ""

    def _en_caption_spans(
        self, spans: list[tuple[int, int]]
    ) -> tuple[list[tuple[int, int]], set[int]]:
        """Sentences cut at a photo credit ("… in Aleppo on July 1 2016. (AFP Photo) At least 16
        civilians …", "… Aleppo Syria (AP photo) BEIRUT Air strikes …"): the text before the credit is a
        caption, the sentence after it starts past the credit. The spans, and the indices of captions."""
        text = self.text
        credits = list(_EN_PHOTO_CREDIT.finditer(text))
        # "Russia says 62 Syrian troops killed in US-led strikes AFP Sunday 18 Sep 2016 More than 60 …":
        # a scraped page's title and dateline glued to the lead are no claim (convention EN-1)
        head = _EN_AGENCY_DATELINE.search(text, spans[0][0], spans[0][1]) if spans else None
        if head is not None and (
            head.end() >= spans[0][1] or len(text[spans[0][0] : head.start()].split()) < 4
        ):
            head = None  # (a place before the dateline is no title: "Idlib Reuters Wednesday …")
        if head is not None:
            start = head.end()
            while start < spans[0][1] and text[start].isspace():
                start += 1
            spans = [(spans[0][0], head.end()), (start, spans[0][1]), *spans[1:]]
        if not credits:
            return spans, {0} if head is not None and spans[0][1] == head.end() else set()
        out: list[tuple[int, int]] = []
        captions: set[int] = {0} if head is not None and spans[0][1] == head.end() else set()
        for s, e in spans:
            start = s
            for m in credits:
                if m.end() <= start or m.start() >= e:
                    continue
                if text[start : m.start()].strip():
                    captions.add(len(out))
                    out.append((start, m.end()))
                elif out and start == s and _EN_YEAR_END.search(text, *out[-1]):
                    captions.add(len(out) - 1)  # the caption closed with its date and full stop
                start = m.end()
                while start < e and text[start].isspace():
                    start += 1
            if start < e:
                out.append((start, e))
        return out, captions

    def _en_first_person_speech(self) -> None:
        """ "… Hague told reporters in Paris. We hope the U.N. team …": a sentence with no cue that opens
        on "I"/"We" is no outlet's voice but speech (its quotation marks often lost, EN-5/EN-12); it
        goes to the speaker of the attributed sentence right before it in the same paragraph. So does
        a sentence wholly in quotation marks (EN-12, also at the head of the next paragraph), with the
        later sentences of its quotation; a quotation split from the lower-case cue that follows it
        ('"…" / the statement added') goes to that cue's speaker."""
        text = self.text
        props = sorted(self.props, key=lambda q: q.start)
        # a quotation given to a speaker that runs on past its sentence
        open_until, owner = -1, None
        for i in range(1, len(props)):
            p = props[i]
            if p.kind != OUTLET:
                continue
            if owner is not None and p.start < open_until:
                # '"Indeed it seems … civilians. Taking them before the ICC … air strikes."': the
                # quotation's later sentences are the same speaker's
                p.kind, p.carried, p.mode, p.cue = "quote", list(owner.carried), owner.mode, ""
                continue
            nxt = props[i + 1] if i + 1 < len(props) else None
            if (
                nxt is not None
                and nxt.kind in {"reported", "quote"}
                and nxt.carried
                and not nxt.guessed
                and text[nxt.start : nxt.start + 1].islower()
                and "\n" not in text[p.end : nxt.start]
                and self._en_whole_quote(p.start, p.end, 3, "")
            ):
                # '"The Syrian regime is responsible for 99 percent of deaths …" / the statement
                # added …': a quotation cut from its own cue, which goes on in lower case
                p.kind, p.carried, p.mode, p.cue = "quote", list(nxt.carried), nxt.mode, ""
                continue
            m = _EN_FIRST_PERSON.match(text, p.start, p.end)
            whole = m is None and self._en_whole_quote(p.start, p.end)
            if not m and not whole:
                continue
            # "… Hague told reporters. <photo caption>. REUTERS/Bassam Khabieh We hope …": the caption
            # under the credit is no speaker
            prev = props[i - 2] if m and m.group(1) and i >= 2 else props[i - 1]
            if prev.kind not in {"reported", "quote"} or not prev.carried:
                continue
            gap = text[prev.end : p.start]
            if p.start - prev.end > 400 or "\n" in gap and (not whole or gap.count("\n") > 2):
                continue  # (a quotation may open the next paragraph: EN-12)
            p.carried = list(prev.carried)
            p.mode, p.cue, p.polarity = prev.mode, "", "affirm"
            quoted = text[p.start : p.start + 2].lstrip()[:1] in _ANY_QUOTE
            p.kind = "quote" if quoted or prev.kind == "quote" else "reported"
            if whole:
                opening = p.start + len(text[p.start : p.end]) - len(text[p.start : p.end].lstrip())
                k = bisect_right(self.quote_starts, opening) - 1
                if k >= 0 and self.quotes[k][0] == opening and self.quotes[k][1] > p.end:
                    open_until, owner = self.quotes[k][1], p

    def _en_whole_quote(self, a: int, b: int, least: int = 4, ends: str = ".?!…") -> bool:
        """ "Whitson said in a statement. / "A constellation of abuse surrounds each incident …": a
        sentence wholly inside quotation marks (open at its start, closed at its end or still open for
        the next sentence) that reads as a sentence (a few words, a full stop, question or exclamation
        mark) is direct speech (EN-12), not a title, slogan or scare quote ("WORK AND DIGNITY", ""Five
        Broken Cameras" is the story of …")."""
        text = self.text
        if text[a : a + 3].lstrip()[:1] not in '"“':
            return False
        body = text[a:b].strip()
        if len(body) < 12 or body[0] not in '"“' or body[1].isspace():
            return False  # (a mark before a space closes the quotation before it)
        inner = body[1:].rstrip()
        close = next((k for k, c in enumerate(inner) if c in '"”'), -1)
        if close >= 0 and inner[close + 1 :].strip(" .,;"):
            return False  # the quotation closes before the sentence ends (a title, a scare quote)
        words = inner[: close if close >= 0 else None].rstrip(" ;")
        words = words.rstrip(",") if ends else words
        split = words.split()
        if len(split) < least or ends and words[-1] not in ends:
            return False
        # a title in title case ("Immigration Wars: Forging an American Solution.")
        return len(split) > 10 or sum(w[:1].isupper() for w in split) * 2 <= len(split)

    def _en_headline(self, spans: list[tuple[int, int]], n: int) -> bool:
        """Sentence ``n`` is a scraped page's title: it opens the article after a bare date ("August 21
        2013 Saudi Arabia calls for …", or the date alone before it) and the lead after it repeats most
        of its words."""
        toks = _tokens(self.text, *spans[0])
        k = 0
        while k < len(toks) and (
            toks[k][2].lower() in _EN_MONTHS_DAYS or toks[k][2].isdigit() or toks[k][2] == ","
        ):
            k += 1
        if not any(t[2].isdigit() and len(t[2]) == 4 for t in toks[:k]):
            return False
        if k < len(toks):
            title = [t[2].lower() for t in toks[k:] if _is_word(t[2])]
            if n != 0:
                return False
        elif n == 1:
            title = [t[2].lower() for t in _tokens(self.text, *spans[1]) if _is_word(t[2])]
        else:
            return False
        if not 3 <= len(title) <= 20:
            return False
        lead = {t[2].lower() for t in _tokens(self.text, *spans[n + 1]) if _is_word(t[2])}
        content = [w for w in title if len(w) > 3]
        return len(content) >= 3 and 2 * sum(w in lead for w in content) >= len(content)

    def _en_stance_appositions(self) -> None:
        """'The Syrian opposition has accused government forces of killing … - an accusation dismissed
        by the government.': the apposition is a claim of its own, by its agent (convention EN-14)."""
        text = self.text
        if not _holds(text, _EN_STANCE_NOUNS, _EN_STANCE_VERBS):
            return
        for m in _EN_STANCE_APPOSITION.finditer(text):
            starts = [p.start for p in self.props]
            i = bisect_right(starts, m.start()) - 1
            if i < 0 or not self.props[i].start < m.start() < self.props[i].end:
                continue
            prop = self.props[i]
            if len(text[prop.start : m.start()].split()) < 5:
                continue  # the apposition opens its sentence: no claim before it to comment on
            s, e, _end = self._en_speaker_after(m.end(), prop.end)
            spans = self._speaker_strings(self._split_speakers(s, e)) if e > s else []
            if not spans:
                continue
            new = Prop(start=m.start(), end=prop.end, kind="reported", mode="considered")
            new.cue, new.content_start, new.carried = text[m.start() : m.end()], m.start(), spans
            prop.end = m.start()
            self.props.insert(i + 1, new)

    def _en_relays(self, props: list[Prop], a: int, b: int) -> None:
        """A relay and a speech verb in one sentence keep both voices (convention EN-7): the relay's
        source joins the speech's claim, and a frame cut off before the verb ("The state-run Anadolu
        Agency, citing military officials" + "said Wednesday …") joins the claim it opens."""
        text = self.text
        for m in _EN_RELAY.finditer(text, a, b):
            if (
                self._in_quote(m.start()) is not None
                or text[max(a, m.start() - 3) : m.start()] == "by "
            ):
                continue  # "defends its policy by citing historical links": a reason, no source
            s, e, _end = self._en_speaker_after(m.end(), b, loose=True)
            words = text[s:e].split()
            if not words or not (
                any(_cap(w) for w in words) or words[-1].lower() in _EN_RELAY_HEADS
            ):
                continue  # "according to type, location …", "according to the agreed timetable"
            relay = self._speaker_strings(self._split_speakers(s, e))
            if not relay:
                continue
            at = next((k for k, p in enumerate(props) if p.start <= m.start() < p.end), None)
            if at is None:
                continue
            here = props[at]
            target = None
            if here.mode != "according_to" and here.carried:
                target = here
            elif (
                at + 1 < len(props)
                and props[at + 1].carried
                and props[at + 1].mode != "according_to"
                and not text[here.end : props[at + 1].start].strip(" ,")
            ):
                nxt = props[at + 1]
                if all(here.start <= x < here.end for x, _y in nxt.carried):
                    # "The state-run Anadolu Agency, citing military officials" + "said …": one claim
                    nxt.start = here.start
                    del props[at]
                target = nxt
            elif here.mode == "according_to" and m.group().lower().startswith(
                ("citing", "quoting")
            ):
                # "The state-run Anadolu Agency citing military officials said …": the one citing
                citer = self._en_prefix_speaker(here.start, m.start())
                if citer is not None and (
                    _cap(text[citer[0] : citer[1]].split()[-1])
                    or text[citer[0] : citer[1]].split()[0].lower() in _EN_DETERMINERS
                ):
                    here.carried = _dedupe(
                        text, [*self._speaker_strings(self._split_speakers(*citer)), *here.carried]
                    )
                continue
            if target is None:
                continue
            have = {text[x:y].lower() for x, y in target.carried}
            add = [r for r in relay if text[r[0] : r[1]].lower() not in have]
            if add and len(add) == len(relay):
                target.carried = _dedupe(text, [*target.carried, *add])

    def _en_passive_agents(self) -> None:
        """'The PKK … is branded as a terrorist group by Turkey and its Western allies.': a passive label
        or charge with its author after "by" is that author's claim (conventions EN-14, EN-19), on a
        claim that names no one else."""
        text = self.text
        if " by " not in text:
            return
        starts = [p.start for p in self.props]
        for m in _EN_LABEL_BY.finditer(text):
            mid = m.group("mid")
            words = mid.lower().split()
            if m.group("as") and "as" not in words:
                continue
            if m.group("label") == "considered" and not words:
                continue
            if (
                any(w.strip(",") in _EN_LABEL_BY_MID_STOP for w in words)
                or mid.count(",") > 1
                # another verb before "by" owns it ("criticised for being thrown … by Mr Howard",
                # "accused of breaching their duties by depriving …")
                or any(w.isalpha() and w.endswith(("ing", "ed")) and len(w) > 4 for w in words)
            ):
                continue
            if self._in_quote(m.start()) is not None:
                continue  # inside quoted words the quotation's speaker stands
            i = bisect_right(starts, m.start()) - 1
            if i < 0 or not self.props[i].start <= m.start() < self.props[i].end:
                continue
            prop = self.props[i]
            if prop.carried or prop.kind not in {"outlet", PASSIVE} or m.end() >= prop.end:
                continue
            at = m.end()
            if text.startswith("both ", at):
                at += 5  # "by both the United States and Turkey"
            s, e, _end = self._en_speaker_after(at, prop.end)
            if e > s:
                # "by the State Department late last year": the name, not the time after it
                toks = _tokens(text, s, e)
                cut = next(
                    (
                        k
                        for k, t in enumerate(toks)
                        if k and t[2] in {"late", "last", "early", "earlier", "this", "on", "in"}
                    ),
                    None,
                )
                if cut is not None:
                    e = toks[cut - 1][1]
            if e > s and not any(_cap(w) for w in text[s:e].split()):
                # "by many western governments": a lower-case noun phrase up to its plural head
                toks = _tokens(text, s, min(prop.end, s + 60))
                k = 0
                while (
                    k < min(len(toks), 5)
                    and toks[k][2].isalpha()
                    and (
                        toks[k][2].lower()
                        not in _EN_PLACE_PREPS | {"as", "for", "of", "and", "since"}
                    )
                ):
                    k += 1
                if k:
                    e = toks[k - 1][1]
            agent = text[s:e].split()
            if (
                not agent
                or agent[0].endswith("ing")
                or not (
                    agent[0].lower() in _EN_DETERMINERS
                    or _cap(agent[0])
                    # "by many western governments", "by activists", "by witnesses": a plural of people
                    or (
                        agent[-1].endswith("s")
                        and agent[-1].isalpha()
                        and agent[-1].lower() not in _EN_LABEL_BY_NOT_AGENTS
                        and agent[0].lower() not in _EN_LABEL_BY_NOT_AGENTS
                    )
                )
            ):
                continue
            spans = self._speaker_strings(self._split_speakers(s, e))
            if not spans:
                continue
            label = (m.group("label") or m.group("as")).lower()
            prop.kind, prop.carried, prop.guessed = "reported", spans, False
            prop.mode = "accused" if label in {"accused", "blamed"} else "considered"
            prop.cue = text[m.start() : m.start() + len(label)]

    def _en_speech_noun_agents(self) -> None:
        """'Damascus has denied assertions by diplomats, Syrian rebels and security sources that Syrian
        weapons were to be sent to Hezbollah': the speech noun's agent speaks the clause after "that",
        with the verb's subject if there is one (convention EN-14, and both sides of a denial)."""
        text = self.text
        starts = [p.start for p in self.props]
        if not _holds(text, _EN_SPEECH_NOUNS):
            return
        for m in _EN_SPEECH_NOUN_AGENT.finditer(text):
            toks = _tokens(text, m.end(), min(len(text), m.end() + 120))
            k = next((i for i, t in enumerate(toks[:14]) if t[2].lower() == "that"), None)
            if k is None or k == 0:
                continue
            agent = toks[:k]
            if not (
                agent[0][2].lower() in _EN_DETERMINERS | {"some", "several", "many"}
                or _cap(agent[0][2])
                or agent[0][2].lower() in _EN_SOURCE_LEADS
                or agent[0][2].lower() in _EN_NP_WORDS
            ) or any(
                t[2].lower() in _EN_CLAUSE_WORDS
                or t[2].lower() in _EN_PRONOUNS
                or t[2].lower() in {"to", "response", "rumours", "rumors"}
                or (t[2].islower() and t[2].endswith(("ed", "ing")) and t[2] not in _EN_NP_WORDS)
                or t[2] in ".;:!?" + _ANY_QUOTE
                for t in agent
            ):
                continue  # "statements by military authorities in response to rumours that …"
            i = bisect_right(starts, toks[k][0]) - 1
            if i < 0 or not self.props[i].start <= toks[k][0] < self.props[i].end:
                continue
            prop = self.props[i]
            pieces: list[tuple[int, int]] = []
            lo = 0
            for j, t in enumerate(agent + [(0, 0, ",")]):
                if t[2] == "," and j > lo:
                    pieces.extend(self._split_speakers(agent[lo][0], agent[j - 1][1]))
                    lo = j + 1
            spans = self._speaker_strings(pieces)  # "diplomats, Syrian rebels and security sources"
            if not spans:
                continue
            if prop.kind in {"outlet", PASSIVE} or not prop.carried:
                prop.kind, prop.carried = "reported", spans
                prop.mode, prop.cue = prop.mode or "reported", prop.cue or text[m.start() : m.end()]
            else:
                prop.carried = _dedupe(text, [*prop.carried, *spans])

    def _en_announced_speech(self, props: list[Prop], announced: Prop | None) -> Prop | None:
        """'The source told Asharq Al-Awsat that. We have seen the reports … Based on the results we
        will take necessary measures.': a cue whose content is empty announces the sentences after it,
        direct speech that lost its quotation marks (convention EN-5: reported). The first sentence
        after it is the speaker's; later ones while they speak in the first person. Returns the
        announcing proposition that the next sentence may continue."""
        if announced is not None and len(props) == 1 and props[0].kind == "outlet":
            only = props[0]
            words = {t[2].lower() for t in self._toks(only.start, only.end) if _is_word(t[2])}
            if announced.end == -3 or words & {"we", "i", "our", "us", "my", "me"}:
                only.kind, only.carried = "reported", list(announced.carried)
                only.mode, only.cue, only.polarity = (
                    announced.mode,
                    announced.cue,
                    announced.polarity,
                )
                announced.end = -4
                return announced
            return None
        if not props:
            return None
        last = props[-1]
        if last.kind not in {"reported", "quote"} or not last.carried:
            return None
        cue_end = getattr(last.cue, "span", (0, -1))[1]
        if not last.start <= cue_end <= last.end:
            return None
        rest = [t[2] for t in self._toks(cue_end, last.end) if _is_word(t[2])]
        while rest and _cap(rest[0]) and len(rest) > 1:
            rest = rest[1:]  # the addressee: "told Asharq Al-Awsat that"
        end = self.text[last.start : last.end].rstrip()[-1:]
        # ('"…," he said.' closes its content: only "that", "the following" or a colon announce)
        if (end == ":" and not rest) or (
            [w.lower() for w in rest] in (["that"], ["the", "following"], ["as", "follows"])
            and end in {".", ":"}
        ):
            return Prop(
                start=last.start,
                end=-3,
                mode=last.mode,
                cue=last.cue,
                polarity=last.polarity,
                carried=last.carried,
            )
        return None

    def _en_source_only(self, props: list[Prop], previous: list[Prop]) -> bool:
        """One reported proposition with nothing after its verb but time words, after an outlet one."""
        if len(props) != 1 or not previous or previous[-1].kind != "outlet":
            return False
        only = props[0]
        if only.kind != "reported" or not only.carried or only.content_start <= only.start:
            return False
        rest = [t[2].lower() for t in self._toks(only.content_start, only.end) if _is_word(t[2])]
        words = [t for t in self._toks(only.start, only.end) if _is_word(t[2])]
        if len(words) > 12 or self.text[previous[-1].end : only.start].count("\n") > 1:
            return False
        return all(
            w in _EN_STOP_AFTER
            or w in _EN_MONTHS_DAYS
            or w.isdigit()
            or w in _EN_DETERMINERS
            or w in _EN_MEDIA_NOUNS
            or w in _EN_MEDIUM_WORDS
            for w in rest
        )  # "… said.", "… said on Monday.", "… said in the voice message."

    def _en_split_complements(self, prop: Prop, lo: int) -> list[Prop]:
        """ "X said A but that B", "X said A and that B": two complement clauses of one verb are two
        claims (convention EN-4), however short the sentence."""
        text = self.text
        cuts = [
            m.start(1)
            for m in _EN_SECOND_COMPLEMENT.finditer(text, lo, prop.end)
            if self._in_quote(m.start()) is None
            and len(text[lo : m.start()].split()) >= 3
            and len(text[m.end() : prop.end].split()) >= 3
        ]
        if not cuts:
            return [prop]
        pieces: list[Prop] = []
        start = prop.start
        for cut in [*cuts, prop.end]:
            pieces.append(prop.piece(start, cut))
            start = cut
        return pieces

    def _en_name_said(self, cs: int, ce: int, a: int, b: int) -> bool:
        """A capitalised "Said" that is a name: after an initial, a slash or a capitalised first
        name, or opening a sentence before a reporting verb ("Said told …", "Said claimed …")."""
        before = self._toks(max(a, cs - 20), cs)
        prev = before[-1][2] if before else ""
        if prev == "/" or prev == "." and len(before) > 1 and len(before[-2][2]) == 1:
            return True  # "R.J/H.Said", "H. Said"
        if prev and _cap(prev) and prev[:1].isalpha() and prev.lower() not in _EN_MONTHS_DAYS:
            return prev not in {
                "The",
                "A",
                "An",
                "It",
                "He",
                "She",
                "They",
                "Port",
                "Sheikh",
                "Sheik",
            }
        nxt = self._toks(ce, min(b, ce + 20))[:1]
        return (
            not before
            and bool(nxt)
            and nxt[0][2]
            in {
                "told",
                "claimed",
                "said",
                "argued",
                "added",
                "stressed",
                "explained",
                "noted",
            }
        )

    def _en_verb(
        self,
        cs: int,
        ce: int,
        cue: Cue,
        written: str,
        a: int,
        b: int,
        clause: int,
        props: list[Prop],
        cur: Prop,
    ) -> Prop | None:
        text = self.text
        if cs > a and text[cs - 1] == "-":
            # "a previously-pledged package": part of a compound adjective
            return self._not_a_cue()
        if written == "Said" and self._en_name_said(cs, ce, a, b):
            # "M. al-Frieh/H. Said" (a SANA byline), "Osama Said", "Said told the conference": the
            # Arabic name, not the verb
            return self._not_a_cue()
        after = self._toks(ce, min(b, ce + _WINDOW))
        nxt = after[0][2] if after else ""
        tail_words = [t for t in after[:8] if _is_word(t[2])]
        before = self._toks(max(a, cs - 40), cs)
        prev = before[-1][2] if before else ""
        aux = len(before) - 1
        while aux >= 0 and (before[aux][2].lower() in _EN_AUX or _adverb(before[aux][2])):
            aux -= 1
        if (
            written.lower() == "quoted"
            and nxt.lower() == "as"
            and aux >= 1
            and before[aux][2].lower() in {"was", "were", "is", "are", "been"}
        ):
            # '"…" Barazi was quoted as saying by Al Mayadeen TV': both voices (convention EN-7)
            quoted = self._en_speaker_before(clause, before[aux][0])
            if quoted is not None:
                spans = self._split_speakers(*quoted)
                by = next((t for t in after[:4] if t[2].lower() == "by"), None)
                if by is not None:
                    s, e, _end = self._en_speaker_after(by[1], b)
                    if e > s:
                        spans = spans + self._split_speakers(s, e)
                words_before = [t for t in self._toks(cur.start, quoted[0]) if _is_word(t[2])]
                if len(words_before) >= 5:
                    self._attach(cur, spans)
                    cur.mode, cur.cue, cur.polarity = cue.mode, written, cue.polarity
                    self._quote_kind(cur, cur.start)
                    return None
                new = self._open(quoted[0], props, cur)
                self._set_speakers(new, spans)
                saying = next((t for t in after[:3] if t[2].lower() == "saying"), None)
                new.content_start = self._skip_complementizer(saying[1] if saying else ce, b)
                return new
        if (
            written.lower() == "told"
            and nxt.lower() == "by"
            and cur.kind == "reported"
            and cur.carried
            and 0 <= aux < len(before)
        ):
            # "Schumer said he was told by the Senate Rules Committee that …", "Mr Parton said he had
            # been told by Children's Minister Margaret Hodge there was …": nested reporting, the one
            # who told him is a voice too (convention EN-7); not an order ("told by police to leave")
            chain = aux if before[aux][2].lower() in _EN_BE_PASSIVE else aux + 1
            s, e, end = self._en_speaker_after(after[0][1], b)
            tail = self._toks(end, min(b, end + 20))[:1]
            if (
                chain < len(before)
                and any(t[2].lower() in _EN_BE_PASSIVE for t in before[chain:])
                and 0 <= cur.content_start <= before[chain][0]
                and len(text[cur.content_start : before[chain][0]].split()) <= 1
                and e > s
                and text[s:e].lower() not in _EN_PRONOUNS
                and not (tail and tail[0][2].lower() == "to")
            ):
                cur.carried = _dedupe(
                    text, [*cur.carried, *self._speaker_strings(self._split_speakers(s, e))]
                )
                return None
        be = len(before) - 1
        while be > 0 and (
            _adverb(before[be][2])
            or before[be][2].lower()
            in _EN_AUX - {"has", "have", "had", "been", "would", "will", "'s"}
        ):
            be -= 1  # "the claim was swiftly denied by Brussels", "was later confirmed by"
        be_word = before[be][2] if be >= 0 else ""
        if be_word.lower() in {"was", "were", "been", "being", "is", "are", "be"} and not (
            be_word.isupper()
            and len(be_word) > 1  # "IS said in a statement …": the group's acronym
        ):
            # Passive voice. "The capture … was confirmed by the Observatory": the agent speaks.
            if nxt.lower() == "by" and cue.mode != "told":
                s, e, _end = self._en_speaker_after(after[0][1], b)
                first = text[s:e].split()[0] if e > s else ""
                if first and (first.lower() in _EN_DETERMINERS or _cap(first)):
                    self._attach(cur, self._split_speakers(s, e))
                    if cur.kind == "outlet":
                        cur.kind = "reported"
                    cur.mode, cur.cue, cur.polarity = cue.mode, written, cue.polarity
                    self._quote_kind(cur, cur.start)
            return None  # "he was told by …"
        if (
            cue.mode == "accused"
            and written.lower() == "accused"
            and nxt.lower() == "of"
            and prev.lower() not in _EN_PRONOUNS
        ):
            # "Eleven men went on trial … accused of plotting …": a reduced passive, the noun before
            # is the accused, no one accuses (as "was accused of" with no agent)
            return None
        if prev.lower() == "to" and any(t[2].lower() in _EN_NOT_SAYING for t in before[-4:-1]):
            # "declined to say", "refused to deny": not saying is no report
            return None
        if (
            written.lower().startswith("brush")
            and aux >= 0
            and before[aux][2].lower() in {"which", "who", "that"}
        ):
            # "South Korea's Defense Ministry, which often brushes off North Korean threats, has
            # looked to …": a habit the outlet describes in an aside, not a dismissal it reports
            return self._not_a_cue()
        if written.lower() == "suggest" and not self._en_document_ends(before, aux, nxt):
            # the base form only for a document that closes the sentence ("… UN estimates
            # suggest."); "I suggest the BBC concentrates …", "The papers suggest ministers …"
            return self._not_a_cue()
        if (
            written.lower() in _EN_QUOTE_ONLY
            and not any(c in text[max(a, cs - 160) : cs] for c in _ANY_QUOTE)
            and (nxt.lower() not in {"that", ":"} or written.lower().startswith("suggest"))
            and not (
                written.lower() in {"suggests", "suggested"} and self._en_person_before(before, aux)
            )
            and not (
                written.lower().startswith("suggest") and self._en_document_ends(before, aux, nxt)
            )
            # 'He asked, "Why …"', 'The minister notes, "…"': the quotation right after the verb
            and not (_EN_FRAME_QUOTE.match(text, ce) and self._en_frame_subject(cs))
        ):
            # "notes", "asked", "responded" report a quotation before them or a clause after "that"
            # ("evidence suggests that …" is no one speaking)
            # ("responded with military force" is no report)
            return self._not_a_cue()
        if written.lower() in {"wrote", "writes", "chanted", "shouted"} and (
            nxt.lower() in _EN_DETERMINERS
            or nxt.lower() in {"to", "about", "for", "of", "slogans", "back", "down", "off", "out"}
        ):
            return (
                self._not_a_cue()
            )  # "wrote a paper about …", "wrote to his office", "chanted slogans"
        if written.lower() in {"described", "describes"} and not any(
            t[2].lower() in {"as", "how", "what", "that", ":"} or t[2] in _ANY_QUOTE
            for t in after[:10]
        ):
            # "A witness named Ahmad … described the moment the bomber struck": narration (the
            # outlet's), but the witness is who speaks in the quotation that follows.
            self._narrative = True
        if (
            written.lower() == "reported"
            and nxt.lower() in {"in", "on", "at", "near", "across", "from"}
            and prev.lower()
            in {"casualties", "deaths", "injuries", "cases", "clashes", "violations", "incidents"}
        ):
            return self._not_a_cue()  # "8 more casualties reported in Idleb": a participle
        if (
            written.lower() == "outlined"
            and nxt.lower()
            in {"in", "by", "at", "on", "during", "earlier", "last", "above", "below"}
            and prev.islower()
            and prev.lower() not in _EN_PRONOUNS
        ):
            # "the government's future aviation plans outlined in last year's White Paper": a
            # participle after its noun, no one speaking
            return self._not_a_cue()
        if cue.mode == "added" and nxt.lower() == "up":
            return self._not_a_cue()  # "imports and exports added up to 22,201bn yen"
        visual = next(
            (i for i, t in enumerate(after[:3]) if t[2].lower() in _EN_VISUAL_NOUNS), None
        )
        if (
            cue.mode == "published"
            and visual is not None
            and not (visual + 1 < len(after) and after[visual + 1][2].lower() == "of")
        ):
            # "The … Facebook page posted a photo showing …": what a picture shows is the outlet's
            # (convention EN-10), but the page is who "it" is in the next sentence. "Activists
            # posted pictures of children killed …" names the publisher: reported (convention 14).
            poster = self._en_speaker_before(clause, cs)
            head = self.text[poster[0] : poster[1]].split()[-1].lower() if poster else ""
            lead = self.text[max(0, poster[0] - 12) : poster[0]].split()[-1:] if poster else []
            if (
                poster is None
                or head in _EN_POSTING_MEDIA
                # "… in areas controlled by the armed opposition posted a video": the noun phrase
                # right before the verb is a preposition's object, not the publisher
                or lead
                and lead[0].lower() in _EN_PLACE_PREPS | {"by", "of", "for", "with", "from"}
            ):
                if poster is not None:
                    self._remember(self._speaker_strings(self._split_speakers(*poster)))
                return self._not_a_cue()
            # "Activists posted videos on YouTube showing the destruction …": people or a group who
            # publish the pictures are named publishers (EN-18, AR-14); only a page or an account
            # that posts leaves what the picture shows to the outlet
        if cue.mode == "published" and prev.lower() in _EN_MEDIA_NOUNS:
            # "a statement published on Twitter", "Footage posted on YouTube showed …"
            return self._not_a_cue()
        if written.lower() == "claims" and (
            prev.lower() in _EN_DETERMINERS
            or prev.lower() in _EN_CLAIMS_NOUN_BEFORE
            or nxt.lower() in _EN_CLAIMS_NOUN_AFTER
            or not nxt
            or not _is_word(nxt)
        ):
            # the noun: "The claims could not be verified", "claims of a massacre"
            return self._not_a_cue()
        if (
            nxt.lower() in _EN_NOT_A_REPORT_AFTER
            or (cue.mode == "claimed" and any(t[2].lower() in {"lives", "life"} for t in after[:4]))
            or (written.lower() == "alleged" and nxt.lower() != "that")
            or (written.lower() == "hailed" and nxt.lower() == "from")  # "who hailed from Homs"
            or (written.lower() == "continued" and _is_word(nxt) and nxt.lower() != "that")
        ):
            return self._not_a_cue()  # "an attack claimed by …", "clashes claimed the lives of …"
        if cue.mode == "told" and prev != "that":
            # '"…," Fathi Bin Shatwan, Libya's oil minister, told Reuters.': the speaker stands between
            # the closing quotation mark and the verb; the agency after it is only the addressee.
            q = max(text.rfind(c, a, cs) for c in _ANY_QUOTE)
            if q > a and not text[q - 1].isspace() and text[q + 1 : q + 2].isspace():
                words = text[q + 1 : cs].replace(",", " ").split()
                if (
                    1 <= len(words) <= 14
                    and (words[0].lower() in _EN_DETERMINERS or _cap(words[0]))
                    and words[0].lower() not in _EN_PRONOUNS
                    and not any(w.lower() in _EN_CLAUSE_WORDS for w in words)
                ):
                    self._attach(cur, self._split_speakers(q + 1, cs))
                    if cur.kind == "outlet":
                        cur.kind = "reported"
                    cur.mode, cur.cue, cur.polarity = cue.mode, written, cue.polarity
                    self._quote_kind(cur, cur.start)
                    return None
        if cue.mode != "told" and (
            not before
            or prev in ",\"”“'’"
            or prev.lower() in {"also", "later"}
            and len(before) >= 2
            and before[-2][2] in ',"”'
        ):
            # ("…, said the health ministry.": a common noun phrase closing the sentence)
            s, e, end = self._en_speaker_after(
                ce, b, closing=written.lower() in {"said", "says", "added", "adds"}
            )
            closes = self._toks(end, min(b, end + 40))
            quoted = len(before) >= 2 and before[-2][2] in _ANY_QUOTE or prev in _ANY_QUOTE
            lead = after[0][2] if after else ""
            if quoted and lead and _is_word(lead) and (lead.islower() or e - s < len(lead)):
                # '"…" said state department spokeswoman Jen Psaki.' / '"…," said the man in the
                # street.': after a quotation, all of the words up to the full stop name the speaker.
                k = 0
                while k < min(len(after), 10) and _is_word(after[k][2]):
                    k += 1
                if (
                    k < 10
                    and (k == len(after) or after[k][2] in ".,;")
                    and (lead.lower() in _EN_DETERMINERS or after[k - 1][2][:1].isupper())
                    and lead.lower() not in _EN_PRONOUNS
                    and lead.lower() not in _EN_STOP_AFTER
                    and lead.lower() not in {"by", "during", "after", "before", "from", "to"}
                ):
                    s, e, end = after[0][0], after[k - 1][1], after[k - 1][1]
                    closes = self._toks(end, min(b, end + 40))
            if (
                e > s
                and (
                    after[0][2].lower() in _EN_DETERMINERS
                    or _cap(after[0][2])
                    or (
                        (quoted or prev == ",")
                        and _is_word(after[0][2])
                        and text[s:e].split()[-1][:1].isupper()
                        and after[0][2].lower() not in _EN_STOP_AFTER
                        and after[0][2].lower() not in _EN_NOT_SUBJECT
                        and after[0][2].lower() not in _EN_PRONOUNS
                    )
                )
                and (
                    quoted
                    or not closes
                    or not _is_word(closes[0][2])
                    # "…, said analyst Hong Hyun-ik at the private Sejong Institute": an affiliation
                    or closes[0][2].lower() in {"at", "of", "from", "with", "for"}
                )
            ):
                # '"…," said Rami Abdel Rahman, head of …' / '"…," the group said': inverted, closes the quote.
                self._attach(cur, self._split_speakers(s, e))
                if cur.kind == "outlet":
                    cur.kind = "reported"
                cur.mode, cur.cue, cur.polarity = cue.mode, written, cue.polarity
                self._quote_kind(cur, cur.start)
                return None
        lows = [t[2].lower() for t in before[-3:]]
        if prev.lower() in {"and", "but"} or (
            len(lows) >= 2
            and lows[-2] in {"and", "but"}
            and lows[-1] in {"also", "later", "has", "have", "had"}
            # "Russia has vetoed three rounds of sanctions against Assad and has said …"
        ):
            # "… gave no details, but said …", "… but also fears that …": the subject goes on.
            speakers = list(cur.carried)
            if not speakers:
                head = self._toks(a, min(b, a + 80))
                while head and head[0][2].lower() in _EN_CONNECTIVES:
                    head = head[1:]  # "But Assistant Chief Constable David Warcup has … and said"
                if head and head[0][2].lower() in _EN_FRAME_PREPS | _EN_PLACE_PREPS | {
                    "following",
                    "before",
                    "date",
                }:
                    # "On Thursday Obama …", "In a speech on Monday, the minister …", "Date of
                    # publication …": a frame, not the subject
                    comma = next((i for i, t in enumerate(head[:12]) if t[2] == ","), None)
                    named = self._en_strip_frame(head[0][0], before[-1][0])
                    if comma is not None:
                        head = head[comma + 1 :]
                    elif len(head) > 2 and head[1][2].lower() in _EN_MONTHS_DAYS:
                        head = head[2:]
                    elif named > head[0][0]:
                        # "Following the air strikes the … alliance denounced … and pledged …": a
                        # frame whose comma was lost
                        head = [t for t in head if t[0] >= named]
                    else:
                        head = []
                elif (
                    len(head) > 3
                    and head[0][2].lower() == "for"
                    and head[1][2].lower() in {"his", "her", "its", "their"}
                    and head[2][2].lower() == "part"
                ):
                    # "For his part Aleppo Governor Hussein Diab inspected … and called for …"
                    head = head[4:] if head[3][2] == "," else head[3:]
                if head and (head[0][2].lower() in _EN_DETERMINERS or _cap(head[0][2])):
                    k = 0
                    while k + 1 < len(head) and (
                        _cap(head[k + 1][2]) or head[k + 1][2].lower() in _EN_NP_WORDS
                    ):
                        k += 1
                    nxt_word = head[k + 1][2] if k + 1 < len(head) else ""
                    if (
                        len(nxt_word) > 3
                        and nxt_word.islower()
                        and nxt_word.endswith("s")
                        and not nxt_word.endswith("ss")
                        and k + 2 < len(head)
                        and head[k + 2][2].lower()
                        in {",", "in", "at", "of", "from", "have", "had", "are", "were", "who"}
                    ):
                        k += 1  # "Policy makers in Europe have …", "Ahly fans, meanwhile, …"
                    if not (k == 0 and head[0][2].lower() in _EN_DETERMINERS):
                        # ("The widely criticized operation …": no bare article)
                        speakers = self._speaker_strings([(head[0][0], head[k][1])])
            new = self._open(before[-1][0], props, cur)
            new.carried = speakers or list(self.last)
            if new.carried:
                self._remember(new.carried)
            new.content_start = self._skip_complementizer(ce, b)
            return new
        if aux >= 1 and before[aux][2].lower() in {"which", "who"} and before[aux - 1][2] == ",":
            # "…, according to the Observatory, which called the mass kidnappings a "war crime"",
            # "He met Rami Abdel Rahman, who said …": the relative pronoun's antecedent speaks.
            antecedent = self._en_speaker_before(a, before[aux - 1][0])
            named = text[antecedent[0] : antecedent[1]] if antecedent is not None else ""
            if (
                named
                and named.lower() not in _EN_PRONOUNS
                # "… was confirmed by the Observatory, which also reported …": its claim goes on
                and not any(text[x:y] == named for x, y in cur.carried)
            ):
                new = self._open(before[aux][0], props, cur)
                self._set_speakers(new, self._split_speakers(*antecedent))
                new.content_start = self._skip_complementizer(ce, b)
                return new
        if (
            aux >= 1
            and before[aux][2].lower() in {"which", "who", "that"}
            and _is_word(before[aux - 1][2])
            and before[aux - 1][2].lower() not in _EN_CLAUSE_WORDS | _EN_CONNECTIVES
            and not (
                before[aux][2].lower() == "that"
                and before[aux - 1][2].islower()
                and before[aux - 1][2].lower().endswith(("ed", "ly"))
            )
            and _en_clause_follows(after, cue.mode)
            # (inside a speaker's words or an open quotation the outer voice keeps the claim:
            # "Russia's foreign minister says the persistence of those who say …" (EN-7), '"We have
            # put into the bill a clause that says …"')
            and not (cur.kind in {"reported", "quote"} and cur.carried)
            # ("We have seen the reports that indicate …": first-person words whose voice is found
            # around them)
            and not any(t[2].lower() in _EN_FIRST_PERSON_WORDS for t in self._toks(a, cs))
            and sum(text.count(q, a, cs) for q in '"“”') % 2 == 0
        ):
            # "He was responding to Tory spokesman Julian Lewis who said the ads were …", "a British
            # Medical Journal article that claimed "missing" Lilly documents linked …": with no comma
            # either, the noun phrase the relative pronoun hangs on speaks what follows the verb
            # (EN-19: sources inside a relative clause speak)
            antecedent = self._en_speaker_before(a, before[aux][0]) or self._en_np_chunk(
                a, before[aux][0]
            )
            if antecedent is not None:
                # ("responding to Tory spokesman Julian Lewis who said": past the preposition)
                words = self._toks(*antecedent)
                while words and words[0][2].lower() in _EN_PLACE_PREPS | {"to", "by", "with"}:
                    words = words[1:]
                if words and words[0][2].lower() in _EN_MONTHS_DAYS:
                    # "… the base on Saturday who had said", "… on Saturday to President Michel
                    # Sleiman who asked": a date is no antecedent, the name after it may be
                    words = [t for t in words if _cap(t[2]) and t[2].lower() not in _EN_MONTHS_DAYS]
                    words = words if words and words[0][0] > antecedent[0] else []
                antecedent = (words[0][0], antecedent[1]) if words else None
            named = text[antecedent[0] : antecedent[1]] if antecedent is not None else ""
            first = named.split()[0] if named else ""
            if (
                named
                # (in the subject of the sentence: "A Malian soldier who claimed he took part …
                # said …", "The opposition's Civil Defense group which released photos … has not
                # published …": the main verb comes after the relative clause)
                and not self._en_in_subject(clause, antecedent[0])  # type: ignore[index]
                and antecedent[1] == before[aux - 1][1]  # type: ignore[index]
                and named.lower() not in _EN_PRONOUNS
                and (first.lower() in _EN_DETERMINERS or _cap(first))
                and not any(text[x:y] == named for x, y in cur.carried)
            ):
                new = self._open(before[aux][0], props, cur)
                self._set_speakers(new, self._split_speakers(*antecedent))  # type: ignore[misc]
                new.content_start = self._skip_complementizer(ce, b)
                return new
        embedded = self._en_embedded_speaker(before, aux, after, cue)
        if embedded is not None:
            # "… a chemical attack that opposition groups say killed hundreds", "Badie, who many critics
            # say is the actual ruler": a relative clause with a speaker of its own is a claim of its own
            new = self._open(embedded[0], props, cur)
            self._en_subject(new, embedded[1], embedded[2])
            new.content_start = ce
            return new
        if (
            aux >= 3
            and before[aux][2].lower() in {"reports", "claims"}
            and before[aux - 1][2].lower() not in _EN_DETERMINERS
            and not cur.carried
        ):
            # "… from the town of Deir al-Adas reports say in a major offensive": nobody named
            cur.kind, cur.carried = PASSIVE, []
            cur.mode, cur.cue = cue.mode, written
            return None
        prefix = self._en_prefix_speaker(clause, cs)
        np = self._en_speaker_before(clause, cs)
        subordinate = False
        if np is None and 0 <= aux < len(before) and _is_word(before[aux][2]):
            # "… after the club confirmed it had received …", "… as several media outlets reported
            # that …", "… while some observers said …": after a subordinator only a noun phrase can
            # stand before the verb, whatever its head noun; it is the subordinate clause's subject
            chunk = self._en_np_chunk(clause, before[aux][1])
            lead = self._toks(max(clause, chunk[0] - 20), chunk[0])[-1:] if chunk else []
            words = text[chunk[0] : chunk[1]].split() if chunk else []
            ahead = self._toks(max(clause, lead[0][0] - 20), lead[0][0])[-1:] if lead else []
            if (
                chunk is not None
                and lead
                and lead[0][2].lower() in _EN_SUBORDINATORS
                # not "describes itself as a neutral band …", "as well as", "such as"
                and not (
                    lead[0][2].lower() == "as"
                    and ahead
                    and (
                        ahead[0][2].lower() in _EN_AS_NOT_SUBORDINATE
                        or ahead[0][2].lower().endswith("ed")
                    )
                )
                and words[0].lower() not in _EN_PRONOUNS
                and not words[0][:1].isdigit()  # "Documents released after 30 years reveal"
                # (a bare plural only short: "after foreign investors criticised")
                and (
                    words[0].lower() in _EN_DETERMINERS | _EN_QUANTIFIERS
                    or _cap(words[0])
                    or len(words) <= 3
                )
                and _en_clause_follows(after, cue.mode)
                # '"As the information commissioner himself has said, …': inside a quotation
                and sum(text.count(q, a, cs) for q in '"“”') % 2 == 0
                # "… because her husband had vowed to live and die there she said.": the sentence's
                # own speaker closes it
                and not _EN_CLOSING_SAID.search(text, ce, b)
            ):
                np = prefix = chunk
                subordinate = True
        if np is not None:
            # "Prince Saud, whose country has backed the rebels fighting Assad, also urged …": the
            # subject stands before the relative clause, not at its end.
            head = self._toks(clause, np[0])
            for r in range(1, min(len(head), 7)):
                if (
                    head[r][2].lower() in {"who", "whose"}
                    # "The news website El-Dorar Al-Shamia that is affiliated to the … opposition said"
                    or (
                        head[r][2].lower() == "that"
                        and r + 1 < len(head)
                        and head[r + 1][2].lower() in {"is", "was", "are", "were", "has", "have"}
                    )
                ) and _cap(head[r - 1][2]):
                    found = self._en_speaker_before(clause, head[r][0])
                    if found is not None:
                        np = prefix = found
                    break
        # The punctuation before the verb and its adverbs ("…, speaking on condition of anonymity,
        # previously said"); an aside between dashes is skipped ("Amr Hafez, a photographer from
        # Al-Watan – another private daily – said"): the noun phrase before it speaks.
        sep = before[aux][2] if 0 <= aux < len(before) else ""
        sep_at = before[aux][0] if sep else cs
        dashed = False
        if sep in {"–", "—"}:
            opening = text.rfind(sep, a, sep_at)
            if opening > a and sep_at - opening < 100 and text[opening - 1].isspace():
                sep, sep_at, dashed = "–,", opening, True
        elif sep == "-" and text[sep_at - 1 : sep_at].isspace():
            # "The Observatory - which relies on a network of sources … - said": a spaced hyphen
            # (scraped and BBC text) brackets the aside as a dash does.
            opening = text.rfind(" - ", a, sep_at - 1) + 1
            if opening > a and sep_at - opening < 150:
                sep, sep_at, dashed = "–,", opening, True
        if sep in {",", "–,"}:
            # '"…," William Rugh, US former senior diplomat in Damascus, said': the name before the
            # apposition speaks, with its apposition.
            named = self._en_name_apposition(a, sep_at)
            if named is not None:
                np = prefix = named
            elif dashed:
                # "But Deutsche Bank - itself a target of a Yukos lawsuit - said": the subject before
                # the aside speaks
                # (the subject of its clause, not a name inside it: "only one of the 45 Republicans -
                # Mississippi's Thad Cochran - has said", "Anshuman Magazine, managing director, of CB
                # Richard Ellis - … - told")
                outer = self._clause_start(a, sep_at, a)
                whole = self._en_prefix_speaker(outer, sep_at)
                if (
                    whole is not None
                    and self._en_np_like(whole)
                    and text[whole[0] : whole[1]].split()[0].lower()
                    not in _EN_PLACE_PREPS | {"of", "for"}
                ):
                    np = prefix = whole
                elif whole is not None:
                    found = self._en_speaker_before(outer, sep_at)
                    if found is not None and found[0] == whole[0]:
                        np = prefix = found
        if sep == "," and np is None and (prefix is None or prefix[1] <= sep_at):
            # "the head of the committee, Alaeddin Boroujerdi, said …": the apposition before the comma.
            comma = sep_at
            inner_clause = self._clause_start(a, comma, a)
            name = self._en_speaker_before(inner_clause, comma)
            if name is not None:
                outer_clause = self._clause_start(a, max(a, inner_clause - 1), a)
                head = self._en_prefix_speaker(outer_clause, max(outer_clause, inner_clause - 1))
                if (
                    text[outer_clause : max(outer_clause, inner_clause - 1)].strip(" ,").isdigit()
                    and outer_clause > a
                ):
                    # "Derek Beckvold, 26, an American who teaches …, said": past the age
                    age_clause = self._clause_start(a, max(a, outer_clause - 1), a)
                    head = self._en_prefix_speaker(age_clause, max(age_clause, outer_clause - 1))
                np = (head[0], name[1]) if head is not None and self._en_np_like(head) else name
                prefix = np
        if sep == "," and np is None and prefix is None:
            # "Winn-Dixie, once among the most profitable of US grocers, said …", "Britain's Food
            # Standards Agency, set up in 2001 after …, said": an aside between commas that the rules
            # above do not read; the noun phrase opening the clause before it speaks
            whole = self._en_subject_before_aside(a, sep_at)
            if whole is not None:
                np = prefix = whole
        if sep == "," and np is None and (prefix is None or not self._en_np_like(prefix)):
            # "Menatep, Yukos main shareholders' group, has also threatened …", "The Salafist Watan
            # Party, meanwhile, which broke away …, also condemned …", "Late last year, marketing
            # company Doubleclick, one of the leading providers …, warned …": the noun phrase that
            # opens the sentence (after a frame) and the asides between it and the verb
            whole = self._en_subject_before_asides(a, sep_at)
            if whole is not None:
                np = prefix = whole
        if np is None and prefix is not None:
            # "Labour sees … as a key election issue but critics claim …": a bare plural after "but"
            ptoks = self._toks(*prefix)
            if (
                len(ptoks) >= 3
                and ptoks[-2][2].lower() in {"but", "whereas"}
                and ptoks[-1][2].islower()
                and ptoks[-1][2].endswith("s")
                and not ptoks[-1][2].endswith("ss")
            ):
                np = (ptoks[-1][0], ptoks[-1][1])
        if np is not None and all(
            t[2].lower() in _EN_MONTHS_DAYS or t[2].isdigit() for t in self._toks(*np)
        ):
            np = None  # "… on Friday said a monitoring group."
        framed = False
        if (
            np is None
            and prefix is not None
            and not self._en_np_like(prefix)
            # (a clause of its own, at the sentence start or after a comma, with words after the verb)
            and (
                prefix[0] <= a
                or text[a : prefix[0]].rstrip().endswith(",")
                or text[a : prefix[0]].strip().lower() in _EN_CONNECTIVES
            )
            and nxt
            and nxt not in ".!?;"
        ):
            # "Following the air strikes the Tahrir al-Sham jihadist alliance denounced …": a leading
            # frame whose comma was lost, then the subject (the claim still opens at the clause)
            named = self._en_strip_frame(*prefix)
            if named > prefix[0] and self._en_np_like((named, prefix[1])):
                np = prefix = (named, prefix[1])
                framed = True
        if (
            np is None
            and prefix is not None
            and written.split()[0].lower() in _EN_PLURAL_SPEECH_VERBS
            and not self._en_np_like(prefix)
            and self._en_bare_plural(prefix, cs)
        ):
            # "…, economists said.", "At a Manhattan grocery store, shoppers said …", "…, leaders from
            # the two sides said": a bare plural that opens its clause is the speaker.
            np = prefix
        if np is None and (prefix is None or not self._en_np_like(prefix)):
            # "… said Furati." / "… said a monitoring group.": inverted, the speaker closes the sentence.
            if cue.mode == "told":
                return None  # "… told Reuters": the name after "told" is whom it was told to
            inverted = ""
            if written.lower() in _EN_INVERTED_VERBS:
                quoted = 0 <= aux < len(before) and before[aux][2] in _ANY_QUOTE + "’'"
                inverted = "quoted" if quoted else "yes"
            s, e, end = self._en_speaker_after(ce, b, inverted=inverted)
            if e <= s and written.lower() in _EN_INVERTED_VERBS | {
                "reported",
                "stated",
                "suggest",  # "… the war-battered country UN estimates suggest."
                "suggests",
            }:
                final = self._en_final_np(clause, cs, ce, b)
                if final is not None and text[final[0] : final[1]].lower() in {
                    "a report",
                    "reports",
                }:
                    # "… in the Arab country a report says.": nobody named (EN-6)
                    cur.kind, cur.carried = PASSIVE, []
                    cur.mode, cur.cue = cue.mode, written
                    return None
                if final is not None:
                    # "… banned toxic gasses the health worker said.": with the commas lost, the
                    # noun phrase right before a verb that ends the sentence speaks
                    self._attach(cur, self._split_speakers(*final))
                    if cur.kind == "outlet":
                        cur.kind = "reported"
                    cur.mode, cur.cue, cur.polarity = cue.mode, written, cue.polarity
                    self._quote_kind(cur, cur.start)
                    return None
            tail = [t for t in self._toks(end, min(b, end + _WINDOW)) if _is_word(t[2])]
            first = text[s:e].split()[0] if e > s else ""
            if first.lower() in _EN_MONTHS_DAYS or first[:1].isdigit():
                return None  # "Published August 6 2016": a dateline
            named = text[s:e].split()
            apposed = [t for t in self._toks(e, min(b, e + 60)) if _is_word(t[2])] or [(e, e, ".")]
            if (
                e > s
                and (
                    first.lower() in _EN_DETERMINERS
                    or (_cap(first) and not first[0].isdigit())
                    # "… light weapons said activist Mustafa Ebdi."
                    or inverted
                    and first in _EN_NP_WORDS - {"of", "for", "the", "a", "an", "and", "al", "el"}
                    and len(named) > 1
                    and _cap(named[1])
                )
                and (
                    first.lower() in _EN_DETERMINERS
                    or len(tail) <= 3
                    # "… said Observatory head Rami Abdel Rahman who did not provide a number."
                    or tail[0][2].lower() in {"who", "whose"}
                    # (commas lost) "… is closed said Abu Mohamed a vendor in the Bustan al-Qasr
                    # neighborhood.", "… said Noha 45 asking not to be identified"
                    or inverted
                    and any(
                        w in {"a", "an", "the"} and _cap(named[i - 1])
                        for i, w in enumerate(named[1:-1], 1)
                    )
                    or inverted
                    and _cap(named[-1])
                    and (
                        apposed[0][2] in {"a", "an", "the"}
                        and len(apposed) > 1
                        and apposed[1][2].islower()
                        or apposed[0][2].isdigit()
                        and len(apposed[0][2]) <= 2
                    )
                )
            ):
                self._attach(cur, self._split_speakers(s, e))
                if cur.kind == "outlet":
                    cur.kind = "reported"
                cur.mode, cur.cue, cur.polarity = cue.mode, written, cue.polarity
                self._quote_kind(cur, cur.start)
            return None
        if np is None and prefix is not None:
            np = prefix  # "the bank", "the firm": a common noun the walk back does not know
        before_np = self._toks(max(cur.start, a, np[0] - _WINDOW), np[0]) if np is not None else []
        quoted_before = any(t[2] in _ANY_QUOTE for t in before_np)
        content_before = np is not None and (
            len([t for t in before_np if _is_word(t[2])]) >= 5
            or (quoted_before and len(before_np) >= 2)
            # "Scores were also injured it said.", "No one feels safe, they say.": the verb ends the
            # sentence, so a short clause before the speaker is the content
            or (
                (not after or nxt in ".!?;")
                and len([t for t in before_np if _is_word(t[2])]) >= 3
                and before_np[-1][2].lower() not in _EN_CLAUSE_WORDS | _EN_CONNECTIVES
            )
        )
        if (
            content_before
            and written.lower() in {"said", "says", "added"}
            and nxt
            and (nxt.lower() in {"the", "a", "an"} or _cap(nxt))
            and nxt.lower() not in _EN_MONTHS_DAYS
            and (
                text[np[0] : np[1]].split()[0].lower() not in _EN_PRONOUNS  # type: ignore[index]
                # "The regime hasnt let us hear the end of it said Modar Shekho a nurse in …": a
                # name and its apposition, commas lost, after an object pronoun
                or _cap(nxt)
                and self._en_lost_comma_apposition(ce, b) is not None
            )
        ):
            # "… south of Tabaqa a Daesh stronghold on the Euphrates River said the Syrian Observatory
            # for Human Rights.": with the commas lost, a named noun phrase that runs from the verb to
            # the full stop is the inverted speaker; the noun phrase before the verb ends the content.
            s, e, end = self._en_speaker_after(ce, b)
            closes = self._toks(end, min(b, end + 40))
            apposed = self._en_lost_comma_apposition(ce, b) if _cap(nxt) else None
            if apposed is not None:
                # "… parts of Douma said Rami Abdel Rahman director of the Syrian Observatory for
                # Human Rights a Britain-based monitor.": an apposition whose comma was lost
                s, e = apposed
                closes = []
            named = text[s:e].split()
            if (
                e > s
                and (
                    not closes
                    or closes[0][2] in ".;!?"
                    # "… killed 1102 people said the Observatory adding that 234 of them …"
                    or closes[0][2] in {"adding", "saying", "noting", "stressing", "citing"}
                )
                # "Homs governor says U.S. attack caused deaths": the stop of an abbreviation
                and not (len(closes) > 1 and closes[0][2] == "." and closes[1][2][:1].islower())
                and any(_cap(w) or w.lower() in _EN_SOURCE_LEADS for w in named[1:] or named)
            ):
                self._attach(cur, self._split_speakers(s, e))
                if cur.kind == "outlet":
                    cur.kind = "reported"
                cur.mode, cur.cue, cur.polarity = cue.mode, written, cue.polarity
                self._quote_kind(cur, cur.start)
                return None
        that_follows = False
        for t in after[:6]:
            if not _is_word(t[2]) or _en_participle(t[2]):
                break
            if t[2].lower() == "that":
                that_follows = True
                break
        # "… in which she praised Syrian president Bashar Al-Assad": a stance on an object named after it
        transitive = bool(
            nxt
            and _is_word(nxt)
            and (cue.mode == "condemned" or written.lower() in _EN_OBJECT_VERBS)
        )
        posted = (
            content_before
            and not that_follows
            # "In an email interview …, Mr Abbas said: \"…\"": a colon opens the content
            and nxt != ":"
            # "Asked about …, a Labour spokesman told BBC News: \"…\"": so it does after the addressee
            and not (cue.mode == "told" and _en_after_addressee(after) in {":", "that"})
            # "… since 2011 but some organisations put the toll higher": a clause of its own
            and not (before_np and before_np[-1][2].lower() in {"but", "while", "whereas"})
            # "In addition to …, analysts believe Obama has …": a belief's content comes after it
            and not (cue.mode == "considered" and written.lower().startswith("believ"))
            # "Although X denied …, the rebels hailed Jordan's cooperation": an object follows, so
            # the verb closes no other speaker's claim
            and not (transitive and cur.carried)
            # "… and surrounding areas as rebels claim Iranian-backed Lebanese group wants …"
            and not (before_np and before_np[-1][2].lower() == "as" and _is_word(nxt))
            # "… was sued by Lockheed Martin after its rival accused it …": the words follow the verb
            and not subordinate
            # "… for years, and Buffett said Lemann approached …": a clause of its own before
            and not (np is not None and self._en_lead_frame(cur.start, np[0], nxt) == "and")
            # "…, Philippe Sands says Lord Goldsmith warned Tony Blair …": the subject opens the words
            # another speaker reports, so there is no content before it to close
            and not (
                np is not None
                and cur.kind == "reported"
                and cur.carried
                and 0 <= cur.content_start <= np[0]
                and not text[cur.content_start : np[0]].strip()
            )
            and (
                not after
                or nxt in ".,;:!?"
                or (nxt[:1].isupper() and _is_word(nxt) and nxt.lower() not in _EN_PRONOUNS)
                or len(tail_words) <= 7
                # '"… loss of life," he said of the nearly two-year conflict which …': a quotation
                # closed by a comma right before the speaker is the content, however long the tail
                or _EN_QUOTE_CLOSED.search(text, max(a, np[0] - 4), np[0]) is not None
                # "… had wounded five people the Observatory said but it could not say …", "… it said
                # and many were dying …": a new clause after the verb, the content is before it
                or nxt.lower() in _EN_CLAUSE_AFTER_VERB
                or nxt.lower() in _EN_STOP_AFTER
                or _en_participle(nxt)
            )
        )
        if posted and np is not None:
            # "…, the Observatory said." closes the proposition before it.
            self._attach(cur, self._split_speakers(*np))
            if written.lower() in {"quoted", "quotes"}:
                # '"…," Reuters quoted a central bank official as saying.': both voices (EN-7)
                m = _EN_QUOTED_AS_SAYING_AFTER.match(text, ce, b)
                if m:
                    self._attach(cur, self._split_speakers(*m.span(1)))
            if cur.kind == "outlet":
                cur.kind = "reported"
            cur.mode, cur.cue, cur.polarity = cue.mode, written, cue.polarity
            self._quote_kind(cur, cur.start)
            rest = [t for t in after if _is_word(t[2])]
            if len(rest) <= 7 or transitive:
                return None  # (the object is part of the claim)
            if self._en_lead_frame(cur.start, np[0], nxt) == "frame":
                # "In terms of …, Hague said Britain would …": the words follow the verb
                cur.content_start = self._skip_complementizer(ce, b)
                return None
            for t in after[:8]:
                if t[2] in ".;,:" or t[2] in _ANY_QUOTE:
                    break
                if _en_participle(t[2]):
                    return (
                        None  # "WHO said in a statement putting the toll at 70": its claim goes on
                    )
            tail_end = ce
            i = 0
            if cue.mode == "told":
                while i < len(after) and (
                    after[i][2][:1].isupper() or after[i][2].lower() in _EN_NP_WORDS
                ):
                    tail_end = after[i][1]
                    i += 1
            dated = False
            for t in after[i:]:
                if t[2] in _EN_WEEKDAYS:
                    # "…, the army said Tuesday, in the biggest …": the day belongs to the verb
                    tail_end = t[1]
                    dated = True
                    continue
                if t[2] in ".;" or (t[2][:1].isupper() and _is_word(t[2])):
                    break
                if t[2].lower() in _EN_STOP_AFTER or (t[2][:1].isdigit()):
                    tail_end = t[1]
                    continue
                break
            tail = [t for t in self._toks(tail_end, min(b, tail_end + _WINDOW)) if _is_word(t[2])]
            # What follows opens a new proposition only as a new clause or a sentence glued on
            # ("… the group said The regime …"), not as the rest of a phrase ("said in its bulletin").
            if (
                tail_end < b
                and len(tail) >= 2
                and (not tail[0][2].islower() or dated and text[tail_end : tail_end + 1] == ",")
            ):
                cur.end = tail_end
                props.append(cur)
                new = Prop(start=tail_end)
                self._replace_current(props, cur, new)
                new.end = -2
            return None
        joiner = [t[2].lower() for t in self._toks(max(a, np[0] - 5), np[0])[-1:]] if np else []
        after_and = (
            np is not None
            and prefix is not None
            and joiner in (["and"], ["but"])
            and (
                joiner == ["but"]  # "Labour sees … as a key issue but critics claim …"
                or any(_en_finite(t[2]) for t in self._toks(prefix[0], np[0]))
            )
        )  # "A man … died of suffocation and the source added": a clause of its own
        if prefix is not None and (
            np is None or (self._en_np_like(prefix) and prefix[0] < np[0] and not after_and)
        ):
            spk = prefix
            start = clause
        else:
            spk = np  # type: ignore[assignment]
            start = clause if framed else spk[0]
            # Include a subordinator just before the speaker ("where the government accuses").
        low = text[spk[0] : spk[1]].lower()
        if low.split()[0] in {"no", "nobody", "none"}:
            return (
                None  # "No group has claimed responsibility": nobody speaks (gold convention EN-10)
            )
        if written.lower() in _EN_RULING_VERBS and _en_court(text[spk[0] : spk[1]].split()):
            # "A judge has dismissed an attempt by Yukos …", "the HCC rejected five articles …": a
            # court's ruling is a decision, not a speech act (CONVENTIONS AR-15): outlet
            return None
        if (
            cur.kind == "reported"
            and cur.carried
            # (-1: no content opened, "… on Thursday activists said keeping up pressure … a day after
            # the opposition accused …" is two claims)
            and 0 <= cur.content_start <= spk[0]
            and low not in _EN_PRONOUNS
            and (
                not _COMMA.search(text, cur.content_start, spk[0])
                # "According to AFP, the Arab League said …": a relay frame opening the clause, then
                # the subject and its own verb (only the frame's comma between)
                or cur.mode == "according_to"
                and not text[cur.content_start : spk[0]].strip(" ,")
            )
            and len(text[cur.content_start : spk[0]].split()) <= 1
        ):
            # "Iran's foreign minister said the Syrian government had told Tehran …": nested reporting,
            # both voices on one claim.
            inner = self._speaker_strings(self._split_speakers(*spk))
            if cur.mode == "according_to":
                # (the verb's subject first: "it added" after "According to AFP, Shin Bet said …"
                # means Shin Bet)
                cur.carried = _dedupe(text, [*inner, *cur.carried])
                self.last = list(cur.carried)
                self.subjects.extend(inner)
            else:
                cur.carried = _dedupe(text, [*cur.carried, *inner])
            return None
        new = self._open(start, props, cur)
        self._en_subject(new, *spk)
        new.content_start = self._skip_complementizer(ce, b)
        if cue.mode == "told" and _en_after_addressee(after) == ":":
            # "… told BBC News: \"…\"": the content opens after the addressee and the colon
            colon = next((t for t in after if t[2] == ":"), None)
            if colon is not None:
                new.content_start = self._skip_complementizer(colon[0], b)
        return new

    def _en_lost_comma_apposition(self, ce: int, b: int) -> tuple[int, int] | None:
        """'… said Rami Abdel Rahman director of the Syrian Observatory for Human Rights a
        Britain-based monitor.', '… said Modar Shekho a nurse in rebel-held eastern Aleppo.': after
        the verb, a name and an apposition whose comma was lost, a short noun phrase that runs to the
        end of the sentence. The name, or None."""
        s, e, _end = self._en_speaker_after(ce, b)
        if e <= s:
            return None
        toks = self._toks(s, min(b, e + 80))
        for k in range(2, min(len(toks), 14)):
            if toks[k][2] not in {"a", "an"} or not _cap(toks[k - 1][2]):
                continue
            for j in range(k + 1, min(len(toks), k + 10)):
                w = toks[j][2]
                if w in ".!?;" or w in {"adding", "saying", "noting"}:
                    return (s, toks[k - 1][1]) if j >= k + 2 else None
                if (
                    not _is_word(w)
                    or w.lower() in _EN_CLAUSE_WORDS | _EN_AUX | _EN_PRONOUNS | _EN_CONNECTIVES
                    or w.lower() in _EN_DETERMINERS | {"said", "says", "told", "added"}
                ):
                    return None
            return (s, toks[k - 1][1]) if len(toks) <= k + 10 and len(toks) > k + 1 else None
        return None

    def _en_lead_frame(self, start: int, np_start: int, nxt: str) -> str:
        """Only a leading frame and its comma stand before the speaker, and a name opens what follows
        the verb: "In terms of wider British foreign policy, Hague said Britain would …", "Speaking on
        the eve of …, Clinton also said Russia continues …", "Although …, Orban has said Hungary …",
        "… for years, and Buffett said Lemann approached …" ("and"). The frame is no content of its
        own, so the speaker's words are after the verb (not a day: "…, the army said Sunday, in …");
        "frame", "and" or ""."""
        if not (
            nxt[:1].isalpha()
            and _cap(nxt)
            and nxt.lower() not in _EN_MONTHS_DAYS | _EN_DETERMINERS | _EN_PRONOUNS
        ):
            return ""
        toks = self._toks(start, np_start)
        if len(toks) < 3:
            return ""
        if toks[-1][2].lower() == "and" and toks[-2][2] == ",":
            # "…, and Buffett said Lemann …": a clause of its own before, the report after the verb
            return "" if any(t[2] in _ANY_QUOTE or t[2] in ":;" for t in toks) else "and"
        if toks[-1][2] != ",":
            return ""
        words = toks[:-1]
        while words and words[0][2].lower() in {"but", "and", "so", "yet", "meanwhile", "however"}:
            words = words[1:]
            if words and words[0][2] == ",":
                words = words[1:]
        if len(words) < 2 or any(not _is_word(t[2]) and t[2] not in "-'’." for t in words):
            return ""  # one frame: no other comma, quotation or colon before the speaker
        first = words[0][2]
        low = first.lower()
        framed = (
            low in _EN_LEAD_FRAME_WORDS
            or first[:1].isupper()
            and first.isalpha()
            and len(first) > 5
            and low.endswith("ing")
            and low not in _EN_NOT_PARTICIPLES
        )
        return "frame" if framed else ""

    def _en_cited_source(self, ce: int, b: int) -> bool:
        """Whether the noun phrase after "citing" names a source rather than a reason."""
        words: list[str] = []
        for t in self._toks(ce, min(b, ce + 120)):
            w = t[2]
            if not _is_word(w) or w.lower() in _EN_CITED_STOPS or len(words) >= 8:
                break
            words.append(w)
        while words and words[0].lower() in _EN_DETERMINERS | {"some", "several", "two"}:
            words = words[1:]
        for k, w in enumerate(words[:6]):
            low = w.lower()
            if low in _EN_CITED_HEADS or (
                low == "accounts" and k and words[k - 1].lower() in _EN_CITED_HEADS
            ):
                return True  # "citing a senior regime official", "citing numerous witness accounts"
        # "citing Prime Minister Sheikh Hamad", "citing the Syrian Interior Ministry", "citing SANA":
        # a name that ends the phrase, not one that qualifies a noun ("citing US funding of …")
        caps = 0
        while caps < len(words) and (_cap(words[caps]) or words[caps][:1].isdigit()):
            caps += 1
        if not caps:
            return False
        nxt = words[caps].lower() if caps < len(words) else ""
        return not nxt or nxt in _EN_REPORT_VERBS or nxt.endswith("ed")

    def _en_modified_source_after(self, pos: int, limit: int) -> tuple[int, int, int] | None:
        """ "according to a new toll from …", "a recent impact study by …", "a pro-opposition civil
        defense source on the ground": an article, up to two lower-case modifiers and the head noun of a
        source or a document (EN-10), when the walk after the cue named nobody."""
        toks = self._toks(pos, min(limit, pos + _WINDOW))
        if len(toks) < 3 or toks[0][2].lower() not in _EN_DETERMINERS:
            return None
        h = 1
        while (
            h < min(4, len(toks))
            and toks[h][2].islower()
            and _is_word(toks[h][2])
            and toks[h][2] not in _EN_CLAUSE_WORDS | _EN_AUX | _EN_PLACE_PREPS | _EN_FRAME_PREPS
            and toks[h][2] not in _EN_DETERMINERS | _EN_SOURCE_HEADS
        ):
            h += 1
        if h == 1 or h >= len(toks) or toks[h][2] not in _EN_SOURCE_HEADS:
            return None
        return toks[0][0], toks[h][1], toks[h][1]

    def _en_citing_relay(
        self,
        cs: int,
        s: int,
        e: int,
        end: int,
        a: int,
        b: int,
        clause: int,
        props: list[Prop],
        cur: Prop,
    ) -> int | None:
        """ "The state-run Anadolu Agency citing military officials said …", "Reuters, quoting US
        officials, reported …": a relay between a subject and its own verb. The subject speaks with the
        one it cites (convention EN-7); one claim, opened at the clause, its content after the verb.
        The verb's end (the cue is taken), or None."""
        text = self.text
        follow = [t for t in self._toks(end, min(b, end + 40)) if t[2] != "," and not _adverb(t[2])]
        if not follow or follow[0][0] != self.limit:
            return None  # the next cue must be the verb itself
        verb = follow[0]
        info = EN_CUESET.word_info.get(verb[2].lower())
        if info is None or info.kind != VERB or not verb[2].islower():
            return None
        subj_end = cs
        while subj_end > a and text[subj_end - 1] in " ,":
            subj_end -= 1
        if subj_end < cs and text.find(",", subj_end, cs) >= 0:
            clause = self._clause_start(a, subj_end, a)  # "Anadolu Agency, citing …, said"
        subject = self._en_speaker_before(clause, subj_end)
        if (
            subject is None
            or subject[1] != subj_end
            or text[subject[0] : subject[1]].lower() in _EN_PRONOUNS
            or [
                t
                for t in self._toks(clause, subject[0])
                if _is_word(t[2]) and t[2].lower() not in _EN_CONNECTIVES
            ]
        ):
            return None
        new = self._open(clause, props, cur)
        new.kind = "reported"
        new.mode, new.cue, new.polarity = info.mode, verb[2], info.polarity
        self._set_speakers(new, self._split_speakers(*subject) + self._split_speakers(s, e))
        new.content_start = self._skip_complementizer(verb[1], b)
        self._quote_kind(new, new.content_start)
        self._replace_current(props, cur, new)
        return verb[1]

"""Quotes: direct quotations and who said them.

:func:`extract_quotes` finds quoted spans by their marks and then looks for
the speaker in the dependency parse around them:

1. **Marks.** Curly, straight and guillemet double quotes are paired per
   paragraph (line); whether a mark opens or closes is read from the
   characters around it, so a closing glyph used as an opener
   (``infrastructure ” supports``) still opens; two apostrophes or two acute
   accents (``,´´ Ai said``) are one mark. A quote left open at the end
   of a paragraph ends there (wire style: the next paragraph reopens it); one
   left open when the next opens after the writer's colon ends before the
   writer's narration (``... for example. Dr Kaushal said ... He said: “``).
   Single quotes count only as a pair outside double quotes, so apostrophes
   ("Russia’s", "allies'") are never quote marks; a single mark opening a
   sentence inside an open single quote ("... good at. 'We will miss you")
   ends it there and opens the next (a paragraph break lost).
2. **Verb.** From the quoted tokens the parse is climbed to the nearest
   verb of attribution (:data:`REPORTING_VERBS`); failing that, the nearest
   one right after the closing mark or before the opening mark in the same
   sentence (the colon form "Zelenskiy added: “...”"); a "put it" right beside
   the marks ('"in the deep freeze", as Jan Egeland puts it') comes first.
3. **Speaker.** The verb's subject (climbing from "saying", "adding" or a
   conjoined verb to the verb that has one; the agent of a passive; "X
   quoted Y as saying": Y), cut before an appositive ("Inna Sydorchuk, 52,
   a resident ..." gives "Inna Sydorchuk"; a hyphen inside a name is no cut).
   "The governor of Odessa Maksym Marchenko" is Marchenko ("the wife of X"
   is not X: the name must share its noun phrase with a place). Of two
   subjects the parser gives one verb, the nearer one before it (a dateline
   "KYIV, Ukraine —" is none);
   a verb of speaking joined to another's content ("argued that X was at an
   end and claimed that ...") shares that verb's subject; a name after a comma
   coordinated without "and" is in apposition. A quote ended by the next
   quote's opening mark takes no attribution from after that quote.
4. **Resolution.** A registered person named in the speaker text gives
   ``speaker_id``; any named person (registered or found by the NER) gives
   ``speaker_name``; so does a name a participle gives ("a woman named Olga
   Ivanova", "the artist known as WOSKerski"). "he"/"she" and a definite role
   ("the spokeswoman", "the US president", "the Ambassador", "the 54-year-old
   founder of Tinkoff Bank") take the nearest person who spoke or was
   named in the last few sentences with an agreeing gender (registry, or for
   unregistered people an honorific or a common first name from
   ``data/quote_first_names.csv``) and side; a person named as the subject of
   a main clause counts as nearer than one named elsewhere, and two different
   people equally near leave it unresolved. A spokesperson role only takes a
   person introduced as one. Pronouns chain: "he" stands for whom the nearest
   earlier subject "he" stands for; a pronoun in a name's relative clause
   ("Nazarii, who ... while he waited") stands for that name; a person
   introduced by a copula ("One of them is Ohla") counts as a subject. A
   definite role introduced last as an unnamed source ("A former soldier ...
   the soldier wrote") keeps that source's words as its name. A role owned by
   a named state ("Poland's president") that no one named before stands for
   the person who speaks next, in its own or the next sentence, when gender
   and side agree ("... Andrzej Duda said"); a story's first sentence that gives
   its words to someone described ("A former U.S. ambassador ... said") gives
   them to the person its second names as subject ("Bill Richardson told ...").
   A person named again in what the pronoun's own verb reports is whom it speaks
   of when another spoke before ("'Disbelief,' Kelly said. Putin is a tyrant, he
   added"). "they"/"it" take the last speaker when it was a group, organisation
   or state; an "it" with none
   takes a body that spoke in the sentence before, by name or "according to"
   it, or that sentence's proper-named subject ("Vkusno & tochka said ... It
   said"; "McDonald's halted ... Last month, it announced"). A sign, banner or
   placard held up speaks for its holder ("Activists displayed a banner that
   said '...'"), and a quotation signed after a dash by a name ('"..." — Arthur
   Zacharczyk', as readers' comments are) is that name's. A body speaking
   through its people ("G7 Leaders", "Kremlin officials") gives the body's id; an unnamed source ("an
   unnamed U.S. official") keeps its text and ``speaker_id=None``; a
   coordinated subject ("Ukraine and the West") keeps its whole text and gets
   no id, since the quote is not one actor's.
5. **Continuation.** A quote with no attribution of its own continues the
   previous quote when only that quote's attribution (or a short one, "Trump
   continued.") lies between them in the same paragraph, or when it opens the
   next paragraph; it takes that quote's speaker and verb. A sentence of
   narration in between ends the quotation, so texts glued into one
   paragraph do not hand a speaker to every later quote.

6. **Continuation across breaks and partial quotes.** A quote opening a
   paragraph also continues a quote left open (wire style) up to
   :data:`_CONTINUE_PARAGRAPHS` paragraphs back, across a photo caption; an
   unattributed quote in the sentence right after an attributed one of the
   same paragraph ("But 'negotiations ...' become dangerous") takes its speaker,
   unless a sentence between names another person or organisation.
7. **Nouns of speech and organisations.** "Lavrov's claim that '...'" and
   "remarks by X that '...'" give X (``cue`` the noun); "according to the
   US president, Joe Biden" gives the person in apposition, set off by
   commas or closing the sentence, also after the whole phrase ("the
   spokesman for the army of the Donetsk People's Republic (DPR), Eduard
   Basurin, ..."); "according to the IMF counsellor" gives the person
   named with that role before, not the body in it; "the ministry
   said" takes the organisation named most recently ("Britain's defence
   ministry"); "the company said", with no earlier "X company", the
   organisation that spoke last, else the one named most recently and not
   as the one told ("Gazprom"; "told Reuters" is no candidate). A body noun
   after a country's possessive is the body ("Britain's defence ministry",
   never "United Kingdom"): the registered one whose alias it is, else the
   phrase as an unregistered organisation; an organisation the NER found
   speaks under its own name ("Veon Ltd"); "X issued a comment. It said"
   takes X, and so does "the statement said" after "X issued a statement".
   A surname or first name alone ("Ban told", "said Daniels", "Suzanne
   said") is the one person named in full with that first or last word;
   "the official said" keeps the unnamed official introduced before ("an
   emergency services official") as its name (the first and fuller words of the
   same source: "a senior U.S. defense official", not a later "a defense
   official"), and "they" after a plural
   subject that is no registered body keeps that subject ("British
   officials"). A quotation standing alone at the start of a sentence takes
   the speaker of the verb of speaking in the main clause of the sentence
   before ("Daniels told the Observer that ... 'There is ...'"), and a
   lower-case attribution after a full stop inside the closing mark ("...
   for Europe.” he said") still attributes its quote; after "!" or "?" and a
   capital, a verb with a content clause of its own starts new speech ("...
   really good!” Nazar said his father ..."); a sentence whose verb asks for
   something ("Poland called for talks") attributes no quote before it; the
   relative clause holding the speech ("an officer who said ...") is not
   part of the speaker's words. "Added" with a plain
   object ("had added 7,000 troops") reports no speech.
8. **Kinds.** ``kind`` is ``direct`` for words in marks reported as said,
   ``term`` for scare quotes, titles and named terms (after "so-called",
   "the song", ... or a short noun phrase after a possessive or article with
   no attribution: "Russia's 'rebirth'"): a term is emitted with no speaker,
   verb or cue. ``indirect`` rows are the content clause of a verb of
   speaking (:data:`CONTENT_VERBS`: "X said (that) CONTENT", "CONTENT, X
   said", "X warned reporters that CONTENT") or the rest of the sentence of
   "according to X"; the span excludes the cue, "that" and end punctuation.
   ``mixed`` is such a clause holding a quoted fragment, which also keeps its
   own ``direct`` row. A headline or bullet "CONTENT – SOURCE" (a named actor
   of a few words after a spaced dash ending the line: "... — White House")
   gives CONTENT to SOURCE with no cue, as indirect or, in marks, direct
   speech. Content that runs into its own speaker ("X must 'surrender', a
   separatist leader ... said") ends before the speaker. "said that ..." with "that" misparsed still reports the rest of
   the sentence; a subjectless verb joined by "and" in the cue's form ("said
   X and pointed to ...") is the speaker's next act, not content.
   Content never lies on another line than its cue (a sentence the
   parser ran over bullets). Verbs of thinking or wanting give no rows, nor does a
   negated verb ("has not confirmed where ..."), a clause opened by "although",
   a relative clause the parser took for content ("the full version of which
   will air"), or a participle phrase before the verb ("At a meeting focused
   on aid, X said that ...").

``speaker_id`` is the registry id, or for a person or organisation the registry
does not know the stable id ``unregistered:<name>`` (the key of
``actors.actor_key``), also when the speaker text is "he" or a role: whenever
``speaker_name`` names a person or organisation, ``speaker_id`` holds it;
``speaker_name`` is the display name and ``speaker_text`` the words in the
article. ``cue`` is the reporting word as written ("said", "according to",
"claim"), None for a quotation standing alone.

Each quote is one contiguous span: a quotation running over two paragraphs
gives two rows with the same speaker.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from corpus_utils.extract.actors import (
    BODY_NAME_WORDS,
    BODY_NOUNS,
    KINSHIP_WORDS,
    SAYING_VERBS,
    TITLE_WORDS,
    after_name_particle,
    calendar_words,
    common_first_names,
    is_transcript_label,
    load_people_words,
    normal_name,
    registry_index,
    said_before_name,
    unaccented,
)
from corpus_utils.extract.nlp import (
    APOSTROPHES,
    DASHES,
    HONORIFIC_GENDERS,
    NAME_HYPHENS,
    OBJECT_PRONOUN_GENDERS,
    POSSESSIVE_ENDINGS,
    POSSESSIVE_PRONOUN_GENDERS,
    PRONOUN_GENDERS,
    doc_text,
    title_case,
)


def _words(text: str) -> list[str]:
    """Split a block of space-separated words (keeps word lists readable)."""
    return text.split()


#: Lemmas of verbs that attribute speech (lower case).
REPORTING_VERBS = frozenset(
    _words(
        """
    say tell add stress insist accuse reply note warn continue conclude claim urge state
    write tweet post announce declare explain emphasize emphasise argue ask answer respond
    confirm deny acknowledge admit assert comment describe call report remark recall
    suggest vow pledge promise predict complain demand reiterate slam condemn criticize
    criticise dismiss blast charge allege caution observe testify shout scream joke
    praise welcome hail maintain counter retort recount lament boast concede contend
    assure threaten justify brand label dub term quote cite point underline underscore
    decry denounce lash rebuke reject mock appeal plead repeat summarize summarise
    specify clarify characterize characterise proclaim chant bill express advise yell quip
    brag read gush snap opine gripe snipe scoff wonder grumble fume muse sneer bemoan
    rant exclaim cry hint speculate reveal disclose remind confide allude reassure mention
    remember reminisce offer affirm reaffirm confess surmise recommend
    """
    )
)
#: Phrasal verbs of attribution that answer someone else, as (lemma, particle):
#: '"...," Kilmeade chimed in', '"...," the ministry hit back'. After a quote closed
#: by a full stop they start a new act ('“...” Nebenzia hit back at ...').
PHRASAL_REPLYING = frozenset(
    {("chime", "in"), ("weigh", "in"), ("hit", "back"), ("fire", "back"), ("shoot", "back")}
)
#: All phrasal verbs of attribution, with '"...," Mr Trump went on', which also
#: continues a quote closed by a full stop. The particle must stand right after the
#: verb, parsed as a particle, a bare preposition or an adverb.
PHRASAL_REPORTING = PHRASAL_REPLYING | {("go", "on")}
#: Forms of attribution verbs that the lemmatizer reads as another verb ("griped"
#: as "grip", "sniped" as "snip").
MISREAD_LEMMAS = {"griped": "gripe", "gripes": "gripe", "sniped": "snipe", "snipes": "snipe"}
#: Verbs of attribution only when used without a complement verb, an object, one it is
#: given to or a preposition ("the spokeswoman continued" reports speech; "they would
#: continue to provide" does not; '"The world wants to know?" Doocy offered' does,
#: "offered aid", "offered to help", 'offered Putin "a package deal"' do not).
INTRANSITIVE_ONLY = frozenset({"continue", "offer"})
#: Of those, the ones that attribute only in a finite form ("Doocy offered", not "what the
#: West has to offer").
_FINITE_ONLY = frozenset({"offer"})
#: Verbs of attribution only with a content clause ("alluded that ..." reports speech;
#: "alluded to Ukrainian attacks" does not; "reassured consumers that ..." does,
#: "reassured investors" does not; "he also mentioned that ..." does, "mentioned the
#: talks" does not; "the European Commission recommended that Ukraine be granted candidacy
#: status" does, "recommended a ban" does not).
CLAUSE_ONLY = frozenset({"allude", "reassure", "mention", "recommend"})
#: Of those, the ones whose clause must open with "that".
_THAT_ONLY = frozenset({"recommend"})
#: Verbs of attribution only when something was done, not meant or asked ("reassured
#: consumers that ...", "has reassured that ..."; not "sought to reassure markets that", "for
#: the leadership to recommend that ...").
_DONE_ONLY = frozenset({"reassure", "recommend"})


#: Verbs of remembering, which attribute the words remembered only when done ("Vasyl
#: remembers the call", "he remembered"), not when urged ("must remember the words").
_RECALLED_ONLY = frozenset({"remember", "reminisce"})


#: Verbs of attribution only when the words were said: not an infinitive ("omitting to
#: mention that ...", "not only mention ..."), a negation or a relative clause ("The
#: positive effects that the president mentioned included ...").
_SAID_ONLY = frozenset({"mention"})


def _said(verb: Token) -> bool:
    """Whether a verb of ``_SAID_ONLY`` tells of words said ("he also mentioned that ...")."""
    if verb.tag_ == "VB" or verb.dep_ == "relcl":
        return False
    return not any(c.dep_ == "neg" for c in verb.children)


def _done(verb: Token) -> bool:
    """Whether a verb tells what was done: a finite form, or a perfect ("has reassured")."""
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in auxiliaries)
        and not any(c.dep_ == "auxpass" for c in auxiliaries)
    )


#: Verbs of attribution that report no speech when they take a plain object
#: ("the Kremlin had added about 7,000 troops", "to have claimed victory", "read the
#: names"; "he added: '...'" and "a tweet that read: '...'" still do).
OBJECT_NOT_SPEECH = frozenset({"add", "claim", "read", "cry", "boast"})
#: Objects of a death toll: "claimed the lives of 60 civilians" reports no words.
_TOLL_NOUNS = frozenset(_words("life lives victim victims casualty casualties toll"))
#: Words introducing attribution without a verb ("according to X").
ACCORDING_TO = ("according", "to")
#: Every pronoun of one gender, as subject, object or possessor, and that gender.
_GENDERED_PRONOUNS = {**PRONOUN_GENDERS, **OBJECT_PRONOUN_GENDERS, **POSSESSIVE_PRONOUN_GENDERS}
#: Pronouns that stand for a body, with the actor types they may stand for.
BODY_PRONOUNS = {
    "they": frozenset({"group", "organization", "state"}),
    "it": frozenset({"organization", "state"}),
}
#: Definite nouns for a body that stand for the registered body that spoke before: "...,
#: said the Ukrainian government. The authorities said", "the White House urged ... the
#: administration said".
_SPOKE_BEFORE_ROLES = frozenset(_words("authorities military administration"))
#: Nouns of a group that "they" may stand for, though singular ("the ransomware group").
_COLLECTIVE_NOUNS = frozenset(_words("group gang crew band collective family"))
#: A body's own organs that speak for it ("its board of directors", "its press service").
_BODY_ORGANS = frozenset(_words("board leadership management directors website"))
#: Role nouns that only stand for a person introduced with that role ("the
#: spokesman" is not the president named before him).
INTRODUCED_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: Words that introduce a person as a spokesperson ("press secretary" included).
SPOKES_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "press", "secretary"})
#: The seats of a lawmaker ("A Russian lawmaker" is "Sergey Tsekov, a senator").
_LAWMAKERS = "mp senator congressman congresswoman deputy lawmaker legislator"
#: Words for a field and the trades it holds: "the musician" is the one introduced as a
#: singer, "the athlete" the one introduced as a tennis player.
_ROLE_FIELDS = {
    field: frozenset({field, *_words(trades)})
    for field, trades in {
        "musician": "singer rapper guitarist pianist drummer violinist cellist composer "
        "songwriter bassist conductor",
        "artist": "painter sculptor photographer singer rapper musician illustrator",
        "athlete": "player footballer boxer runner sprinter swimmer skater gymnast fencer "
        "cyclist skier wrestler weightlifter",
        **dict.fromkeys(("lawmaker", "legislator"), _LAWMAKERS),
    }.items()
}
#: Those who speak for a person ("Erdogan's office said the president had emphasised").
_STAFF_NOUNS = SPOKES_ROLES | frozenset(_words("office aide staff team"))
#: Role nouns that carry a gender.
ROLE_GENDERS = {
    "spokeswoman": "f",
    "spokesman": "m",
    "chairwoman": "f",
    "chairman": "m",
    "congresswoman": "f",
    "congressman": "m",
    "woman": "f",
    "man": "m",
    "mother": "f",
    "father": "m",
    "mum": "f",
    "mom": "f",
    "dad": "m",
    "actress": "f",
    "actor": "m",
    "serviceman": "m",
    "servicewoman": "f",
    "businessman": "m",
    "businesswoman": "f",
    "boy": "m",
    "girl": "f",
    "pontiff": "m",
    "schoolboy": "m",
    "schoolgirl": "f",
}
#: Kin nouns that give the name right after them a gender ("his wife Taisa").
_KIN_GENDERS = {
    **dict.fromkeys(_words("wife daughter sister mother grandmother widow girlfriend"), "f"),
    **dict.fromkeys(_words("aunt niece fiancee fiancée"), "f"),
    **dict.fromkeys(_words("husband son brother father grandfather widower boyfriend"), "m"),
    **dict.fromkeys(_words("uncle nephew fiance fiancé"), "m"),
}
#: Nationality words before a role that tell its side ("the Russian president").
DEMONYM_SIDES = {
    "russian": "russia",
    "ukrainian": "ukraine",
    "american": "united_states",
    "us": "united_states",
    "u.s.": "united_states",
}
#: The side (as the registry's ``side`` column) of a nationality before a role: "the French
#: president" is no Ukrainian one.
ROLE_NATIONALITY_SIDES = {
    **DEMONYM_SIDES,
    "belarusian": "russia",
    **dict.fromkeys(
        _words(
            """
        british french german italian spanish polish hungarian romanian bulgarian slovak czech
        austrian dutch belgian danish swedish finnish norwegian estonian latvian lithuanian
        greek portuguese irish swiss
        """
        ),
        "europe",
    ),
    **dict.fromkeys(
        _words(
            """
        turkish chinese indian iranian israeli japanese canadian australian syrian saudi
        serbian moldovan georgian kazakh azerbaijani armenian
        """
        ),
        "other",
    ),
}
#: Nouns of a person's peer abroad, a role whose nationality word tells the person's
#: ("his Turkish counterpart Recep Tayyip Erdogan").
_COUNTERPARTS = frozenset({"counterpart", "counterparts"})
#: Nouns of a channel that speaks for its holder ("the Twitter account for the team").
ACCOUNT_NOUNS = frozenset(_words("account accounts page feed"))
#: Words that make a speaker unnamed ("an unnamed U.S. official").
UNNAMED_MARKERS = frozenset(
    _words(
        """
    a an one some another several unnamed anonymous unidentified senior many most other
    two three four five few former ex
    """
    )
)
#: Verbs of declaring, whose object with a complement is an act, not content.
_DECLARING_VERBS = frozenset(_words("declare proclaim pronounce"))
#: Participles of speaking that go on from a quotation before ("tweeted, adding: '...'").
_GOING_ON_VERBS = frozenset(_words("add continue"))
#: Prepositions that open a time phrase between a subject and its verb ("on Tuesday").
_TIME_PREPOSITIONS = frozenset(_words("on in at during"))
#: Unnamed markers that a definite article overrules ("the former minister").
_DEFINITE_OK = frozenset(_words("former ex senior"))
#: Head nouns of a speaker that stand for a body ("G7 Leaders", "Kremlin officials").
BODY_SPEAKERS = frozenset(
    _words(
        """
    leader leaders official officials spokesperson spokesman spokeswoman spokespeople
    ministry statement diplomat diplomats source sources representative representatives
    """
    )
)
#: Occupations of private people: "the soldier", "the expert" stand for a registered
#: public figure only when the text introduces them so. (Words that describe public
#: figures, "the Putin lackey", "the politician", "the oligarch", are not among them.)
_PLAIN_OCCUPATIONS = frozenset(
    _words(
        """
    expert analyst historian professor scholar strategist researcher economist lawyer
    doctor nurse teacher writer author journalist reporter correspondent blogger activist
    veteran soldier pilot investigator scientist campaigner friend colleague neighbour
    neighbor host artist singer actor actress star champion player coach defender striker
    midfielder goalkeeper farmer engineer serviceman servicewoman mum mom dad boy girl
    schoolboy schoolgirl youngster teenager pupil student musician rapper guitarist pianist
    composer athlete footballer boxer
    """
    )
)
#: Nouns of occupation that stand for one named person when definite ("the
#: military expert noted"): those of private people and those of public figures.
OCCUPATION_ROLES = _PLAIN_OCCUPATIONS | frozenset(
    _words(
        """
    commander officer prosecutor politician lawmaker legislator businessman businesswoman
    billionaire oligarch aide adviser advisor editor publisher presenter commentator critic
    ally loyalist lackey hardliner propagandist laureate mp founder co-founder cofounder boss
    ceo manager mep peer despot dictator tyrant autocrat strongman candidate nominee hopeful
    """
    )
)
#: Role nouns that stand for one named person when definite ("the spokeswoman").
PERSON_ROLES = (
    (
        TITLE_WORDS
        - {"official", "officials", "leaders", "ministers", "ambassadors", "diplomats", "state"}
        - {"first", "national", "security", "foreign", "press", "vice", "deputy"}
    )
    | set(ROLE_GENDERS)
    | OCCUPATION_ROLES
)
#: Role nouns that tell one office from another: a person introduced with one of them
#: ("President Vladimir Putin") is not what another stands for ("the ambassador said").
#: Generic heads ("leader", "head", "official") and honorifics tell nothing.
DISTINCT_ROLES = frozenset(
    _words(
        """
    president minister ambassador envoy chancellor mayor governor senator congressman
    congresswoman spokesman spokeswoman spokesperson secretary general commander king queen
    prince pope patriarch prosecutor judge premier ombudsman commissioner admiral mp
    """
    )
)
#: Offices that introduce a person as someone other than an indefinite role of another
#: office in a news lead ("a spokesperson said ... Commissioner Johannes Hahn"): the
#: distinct roles, less the spokesperson's own words, a lawmaker's seats ("A Russian
#: lawmaker" is "Sergey Tsekov, a senator") and "president", met as a possessor ("one of
#: the president's attorneys").
_OFFICE_TITLES = DISTINCT_ROLES - frozenset(
    _words(
        """
    president senator congressman congresswoman mp spokesman spokeswoman spokesperson
    secretary general
    """
    )
)
#: Keys of a quote dict, in order.
QUOTE_KEYS = (
    "start_char",
    "end_char",
    "quote",
    "speaker_text",
    "speaker_start",
    "speaker_end",
    "speaker_id",
    "verb",
    "speaker_name",
    "kind",
    "cue",
)
#: Values of a quote's ``kind``: words in marks reported as said (``direct``),
#: reported content without marks (``indirect``), reported content holding a
#: quoted fragment (``mixed``), and words in marks that nobody is reported to
#: have said: scare quotes, titles, names of terms (``term``, never a speaker).
QUOTE_KINDS = ("direct", "indirect", "mixed", "term")
#: Lemmas of verbs whose content clause is reported speech ("X said (that) ...").
#: Verbs of thinking, wanting or knowing are not speech.
CONTENT_VERBS = frozenset(
    _words(
        """
    say tell add stress insist note warn claim state write tweet post announce declare
    explain emphasize emphasise argue confirm deny acknowledge admit assert report remark
    suggest vow pledge promise predict complain reiterate allege caution observe testify
    maintain concede contend assure threaten repeat specify clarify proclaim underline
    underscore recall respond reply answer boast charge counter retort lament accuse joke quip
    indicate project advise reveal disclose demand ask question estimate forecast signal
    hint speculate remind confide allude reassure mention affirm reaffirm confess inform notify
    recommend conclude
    """
    )
)
#: Nouns that introduce a quotation as someone's words ("Lavrov's claim that
#: '...'", "remarks by Sergei Lavrov that '...'").
SPEECH_NOUNS = frozenset(
    _words(
        """
    remark remarks comment comments claim claims statement statements words assertion
    warning warnings pledge promise vow accusation accusations message speech address
    allegation allegations description call calls appeal appeals plea pleas insistence declaration
    announcement admission denial suggestion tweet post letter assessment assessments argument
    clarification
    """
    )
)
#: Nouns of a view that others may echo or share ("This sentiment was echoed by ...").
_VIEW_NOUNS = frozenset(_words("sentiment view views opinion position stance concern concerns"))
#: Nouns of a written piece whose author ("an article by the New York Times") reported.
_WRITTEN_NOUNS = frozenset(_words("article report story investigation interview editorial"))
#: Words right before an opening mark that make the quoted words a title or a
#: term, not speech ("the so-called 'special operation'", "the song 'Stefania'").
TERM_MARKERS = frozenset(
    _words(
        """
    so-called song film movie book album novel poem documentary show series operation
    titled entitled dubbed nicknamed slogan campaign programme program hashtag motto
    doctrine plan initiative called named nickname
    """
    )
)
#: A dateline that opens a story: a place in capitals, its country or state, the agency,
#: and a dash ("WASHINGTON — ", "KYIV, Ukraine (AP) — ", "LVIV, Ukraine -- ").
_DATELINE_OPENING = re.compile(
    r"[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,3}"
    r"(?:,[ ]+[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,2})?"
    r"(?:[ ]*\([\w .]{1,20}\))?[ ]+(?:—|–|--|-)[ ]+(?=[A-Z0-9\"“‘'])"
)
#: Participles after a comma that tell what words brought on, the writer's account, not
#: part of them ("..., drawing attacks from Jane Timken", "..., sparking outrage").
_REACTION_PARTICIPLES = frozenset(_words("draw spark prompt provoke trigger earn attract"))
#: What words bring on from others (not "triggering an emergency shutdown", a deed reported).
_REACTIONS = frozenset(
    _words(
        """
    attack criticism fire ire condemnation rebuke backlash outrage anger praise ridicule
    derision scorn protest response reaction accusation complaint concern alarm speculation fear
    """
    )
)
#: What joins quotations listed one after another: a comma, "and" or "or" between a closing
#: and an opening mark.
_LIST_JOINT_AFTER = re.compile(r"(?:,|,?[ ]+(?:and|or))[ ]+[\"“‘']")
_LIST_JOINT_BEFORE = re.compile(r"[\"”’'](?:,|,?[ ]+(?:and|or))[ ]+$")
#: A passive that names a thing without saying who named it: "has been described as", "is
#: often labelled as" keep the distance of a term, as "what has been called" does.
_DESCRIBED_FORMS = frozenset(
    _words("described labelled labeled branded characterised characterized")
)
_PASSIVE_BE = frozenset(_words("been is was are were often widely frequently"))
#: The agent of a passive later in the clause: 'was described as a "traitor" and a "dog" by
#: Russian businessman Yevgeny Prigozhin'.
_AGENT_AFTER = re.compile(r"[^.;:!?]{0,60}?[ ]by[ ]")
#: Most words of a quotation that may be a scare quote or a term.
_TERM_WORDS = 3
#: Verbs by which someone names a thing in a free relative ("what it calls '...'").
_NAMING_VERBS = frozenset(_words("call term dub brand label present"))
#: Words opening the writer's contrast after a content ("..., when in fact, he was").
_CONTRAST_OPENING = re.compile(r"(?i:(?:when|while)\s+in\s+(?:fact|reality)|whereas)\b")
#: Words before "as" that name a term ("what is known as", "referred to as").
_KNOWN_AS = frozenset(_words("known to"))
#: Determiners and possessives before a short quoted noun phrase that make it a
#: term ("Russia's 'rebirth'", "the 'liberation'").
_TERM_DETERMINERS = frozenset(
    {*_words("the a an its their his her this these those our"), *POSSESSIVE_ENDINGS}
)
#: Nouns of the media ("the newspaper said"): see :data:`_SPEAKING_ROLES`.
_MEDIA_ROLES = frozenset(
    _words("newspaper paper magazine broadcaster outlet publication tabloid website site channel")
)
#: Head nouns of a definite subject that stand for the organisation named most
#: recently ("the ministry said" -> "Britain's defence ministry").
ORGANISATION_ROLES = (
    frozenset(
        _words(
            """
    ministry department agency office army military government company committee council
    embassy court institute commission kremlin administration service bureau command
    organisation organization alliance bank firm group party union team federation
    brigade battalion regiment bloc
    """
        )
    )
    | _MEDIA_ROLES
)

_DOUBLE = {"“": "open", "„": "open", "«": "open", "”": "close", "»": "close", '"': "either"}
_SINGLE = {"‘": "open", "‹": "open", "’": "close", "›": "close", "'": "either"}
_LEFT_BOUNDARY = set("([{—–-/:;") | set(_DOUBLE) | set(_SINGLE)
_RIGHT_BOUNDARY = set(".,;:!?)]}—–-…") | set(_DOUBLE) | set(_SINGLE)
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
#: Pronouns that stand for a speaker as the subject of a verb introducing a quote.
_PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "i", "we"})
#: Whose speaker a possessive pronoun before them tells: relatives, friends and lawyers ("his
#: family", "her lawyer"), named by the person it stands for (``_Context.relative_of_named``).
_RELATIVE_NOUNS = KINSHIP_WORDS | frozenset(
    _words("family families relatives parents children friend friends lawyer lawyers attorney")
)
#: Tags of a finite verb or a modal: the start of a clause.
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
_CLIMB = ("advcl", "xcomp", "conj", "acl", "pcomp", "prep", "pobj", "dobj", "ccomp", "relcl")
_MAX_SINGLE = 300
#: How many heads a quoted fragment climbs to find the verb of its clause.
_FRAGMENT_STEPS = 4
#: Verbs of hearsay whose passive holds the one who acted: "X is said to have admitted".
_HEARSAY_VERBS = frozenset(_words("say report believe understand allege think"))
#: Verbs that make their object do what their infinitive says ("prompted her to write",
#: "forced him to admit"): the object writes or says it. One urged or asked to say a thing
#: has not said it, so "ask", "urge" and "tell" are not here.
_OBJECT_CONTROL = frozenset(_words("prompt lead force compel drive spur"))
#: Nouns of answering: whose answer it is will speak ("Mr Chalmers' response was ...").
_ANSWER_NOUNS = frozenset(_words("response responses answer answers reply replies reaction"))
#: Verbs of holding a view: their content is no reported speech, but words in marks in it
#: are the holder's ("Bryson believes the actions show his military 'failure'").
_VIEW_VERBS = frozenset(
    _words("believe think feel fear consider suspect reckon doubt agree concur")
)
#: Verbs that say what their subject is, not what it says: a quoted fragment after them
#: ("has been 'ineffective'", "remains 'credible'") describes the subject in someone's words.
_DESCRIBING_VERBS = frozenset({"be", "become", "remain", "seem", "appear", "look", "prove", "stay"})
#: Most characters of a single-quoted segment ended by the next one's opening mark
#: after a full stop (a lost paragraph break: the opening mark is the evidence).
_MAX_REOPENED = 600
_SENTENCE_ENDS = frozenset(".!?…")
#: Sentences back (from the pronoun's own) searched for the person it stands for.
_HISTORY_SENTENCES = 6
#: How many sentences back "the statement" first met looks for the body that spoke.
_WRITING_LOOKBACK = 3
#: Entity types of a proper noun that names a time, never a body ("in March").
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
#: Entity types of a place named in passing, no antecedent of "It" ("shipments to Russia").
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
#: Entity types of a word that says where a body is from, not which body it is.
_ORIGIN_ENTITIES = _PLACE_ENTITIES | {"NORP"}
#: Words after a role that make it another office ("Secretary General").
_OFFICE_WORDS = frozenset(_words("general"))
#: Words before a role that make it another office ("vice president", "deputy minister").
_OFFICE_RANKS = frozenset(_words("vice deputy assistant under"))
#: Sentences back searched for the body "they"/"it" stands for.
_BODY_SENTENCES = 2
#: Sentences added to the distance of a person named as the subject of a
#: subordinate clause, and of one named otherwise ("Putin's war", "met Biden").
_PENALTY_EMBEDDED = 1
_PENALTY_OTHER = 3
#: Verbs of judging words or deeds: in the passive, their agent is the one who goes on to
#: speak, their subject the one spoken of ("Mr Lavrov was also condemned by ..., Dani Dayan.
#: '...,' he tweeted").
_JUDGING_VERBS = frozenset(
    _words(
        """
    condemn criticize criticise slam blast denounce decry rebuke mock ridicule praise hail
    welcome reject dismiss lambast
    """
    )
)
#: Most tokens of a sentence of bare attribution ("Trump continued.").
_ATTRIBUTION_TOKENS = 6

#: What stands between two quoted fragments of one list: a comma, "and", "or", or no
#: more than a space where the comma went inside the marks ('"reckless," "dangerous"').
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)", re.IGNORECASE)
#: Tokens around a name searched for the role it is introduced with.
_ROLE_TOKENS = 5
#: Sentences after an attributed quote within which an unattributed quote of
#: the same paragraph continues it.
_CONTINUE_SENTENCES = 1
#: A role in the first :data:`_LEAD_SENTENCES` sentences looks for the next speaker this
#: many sentences on (else 1); a role looks for a person introduced with it this far on.
_LEAD_SENTENCES = 2
_LEAD_AFTER_SENTENCES = 4
_INTRODUCED_AFTER_SENTENCES = 8
#: Where a body is based, which says nothing of whose it is: "the London-based group".
_BASED_RE = re.compile(r"[-‐–]based\b")
#: How many sentences back "the warning" looks for the issuer of a warning named before.
_ISSUER_SENTENCES = 8
#: How far back the same role word, resolved as a speaker, still stands for its person.
_SAME_ROLE_SENTENCES = 12
#: How far back it stands for its person when no one else holds the role in between.
_SAME_ROLE_FAR_SENTENCES = 30
#: Paragraphs (a photo caption between) over which a quote left open continues.
_CONTINUE_PARAGRAPHS = 3
#: Words that only link a sentence to the one before ("However, according to X, ...").
_LINK_WORDS = frozenset(_words("however but and yet so also still now meanwhile moreover"))
#: Tokens after a closing mark searched for the verb of attribution; past the
#: first :data:`_ATTRIBUTION_NEAR` only a main verb counts.
_ATTRIBUTION_REACH = 30
_ATTRIBUTION_NEAR = 10
#: Quoted names of terms the writer uses, whoever coined them: never speech.
NAMED_TERMS = frozenset({"special military operation", "special operation"})
#: Verbs whose gerund after "for" is what the one blamed or praised said ("rebuked Macron
#: for saying"); "slammed them for 'disgracefully' repeating" is the slammer's word.
_FOR_SAYING_VERBS = frozenset(
    _words("say claim suggest call describe write tweet post tell declare state insist")
)
#: Nouns of "in X's words" (or opinion, view) that give X the quotation after them.
_OWN_WORDS_NOUNS = frozenset(_words("word opinion view estimation assessment"))
#: Verbs of a clause that gives the speaker's name ("a resident who gave his name as Leonid").
_NAME_GIVING_VERBS = frozenset({"give", "provide", "offer", "identify"})
#: Nouns of one person an unnamed speaker is ("a man", "a local resident", "the soldier").
_ONE_PERSON_NOUNS = (
    frozenset(ROLE_GENDERS)
    | OCCUPATION_ROLES
    | frozenset(
        _words(
            "resident witness survivor volunteer villager official source spokesperson"
            " suspect defendant detainee prisoner employee draftee conscript"
        )
    )
)
#: Nouns of those who ask, whom the answer after them does not continue ("a reporter said:
#: '...?' '...,' he responded" is the answer of the one asked).
_ASKING_ROLES = frozenset(_words("reporter journalist correspondent host presenter"))
#: Unnamed-source nouns that, when definite, stand for a person introduced with
#: that noun ("Ukrainian official Sergey Pashinsky ... the official noted").
_INTRODUCED_SOURCES = frozenset(_words("official representative diplomat source"))
#: Nouns for a state or a place whose offices are public ("the president of the country",
#: "the mayor of the city of Melitopol").
_STATE_NOUNS = frozenset(
    _words(
        """
    country nation state republic federation kingdom government city town village region
    province district oblast county municipality capital
    """
    )
)
#: Offices whose holder a story names as such, not by a description ("President Zelensky").
_HIGH_OFFICES = frozenset(_words("president minister chancellor premier king queen pope"))
#: Nouns of a source the writer keeps unnamed ("A senior U.S. official said").
_ANONYMOUS_SOURCES = _INTRODUCED_SOURCES | frozenset(
    _words("spokesperson spokesman spokeswoman insider person aide")
)
#: Unnamed sources a story's second sentence may name by office ("a senior United Nations
#: official said ... Izumi Nakamitsu, UN High Representative for Disarmament Affairs, was
#: asked"); not a spokesperson, aide or insider, whom stories keep unnamed.
_OFFICIAL_SOURCES = frozenset(_words("official representative diplomat"))
#: Offices whose holder a story may call "an official" (:data:`_OFFICIAL_SOURCES`).
_OFFICIALS_HELD = frozenset(
    _words(
        """
    adviser advisor aide minister ambassador envoy commissioner representative secretary
    deputy director governor mayor
    """
    )
)
#: Small words inside a title before a name ("Undersecretary of State for Arms Control").
_TITLE_SMALL_WORDS = frozenset(_words("of for and the on to &"))
#: Bodies named after the person who leads them ("the Biden administration").
_LED_BODIES = frozenset(_words("administration government cabinet campaign"))
#: Nouns of a source whom a story never names, even as "the source" after its name.
_KEPT_UNNAMED = frozenset(_words("source insider"))
#: Lower-case words that, right after a closing mark, begin the quote's attribution
#: even after a full stop ("... for Europe.” he said").
_LOWER_ATTRIBUTION = frozenset(_words("he she they it the"))
#: Head nouns of "the company said" that, with no earlier "X company", stand for the
#: organisation named most recently ("Gazprom ... the company said"); the media of
#: :data:`_MEDIA_ROLES` only for one that reported ("... reported by Rolling Stone ... the
#: magazine reported"), as "the agency" for one that spoke (a news agency, or a state's:
#: "According to Russia's Investigative Committee, ... the agency said").
_SPEAKING_ROLES = _MEDIA_ROLES | {"agency"}
#: Abbreviated roles and the role noun a person is introduced with ("the PM": "Prime
#: Minister Boris Johnson", "as Prime Minister"; "the FM": "Foreign Minister Sergei Lavrov";
#: "Florida Gov. Ron DeSantis" is a governor).
_ROLE_ABBREVIATIONS = {
    "pm": "minister", "fm": "minister", "gov.": "governor", "gov": "governor",
    "sen.": "senator", "sen": "senator", "rep.": "representative", "amb.": "ambassador",
    "gen.": "general",
}  # fmt: skip
#: Offices named by two words: "Russia's envoy" is the one introduced as "Russian
#: Ambassador Vassily Nebenzia", "the premier" the one introduced as "Prime Minister", "the
#: pontiff" the one introduced as "Pope Francis".
_SAME_OFFICE = {"envoy": "ambassador", "premier": "minister", "pontiff": "pope"}
#: Verbs of estimating: a content verb only where someone states the estimate.
_ESTIMATING = frozenset(_words("estimate forecast"))
#: Verbs of "X quoted Y as saying" (and "Y was quoted as saying"): Y speaks.
_QUOTING_VERBS = frozenset(_words("quote report cite"))
#: Verbs whose object is the one spoken to, never the speaker ("...," told Reuters).
_ADDRESSING_VERBS = frozenset(_words("tell ask warn urge remind assure inform thank praise call"))
#: Registered platforms that carry others' words: "the Baza Telegram channel" is Baza's.
PLATFORM_IDS = frozenset({"telegram", "twitter", "meta", "youtube", "tiktok"})
#: Nouns naming a kind of business, which like a description with words of its own
#: ("the gas giant") stand only for a body named near them ("McDonald's ... The chain said").
_KINDS_OF_BUSINESS = frozenset(
    _words(
        """
    chain retailer carmaker automaker manufacturer airline insurer lender supermarket
    conglomerate
    """
    )
)
#: Roles of a business ("the company said"), which no public institution is.
_BUSINESS_ROLES = frozenset(_words("company firm corporation operator giant")) | _KINDS_OF_BUSINESS
#: Last words of the names of institutions that are no business.
_INSTITUTIONS = (ORGANISATION_ROLES - _BUSINESS_ROLES - {"group", "bank"}) | frozenset(
    _words("hospital clinic university school college museum church zoo theatre police")
)
_ANY_ORGANISATION_ROLES = _BUSINESS_ROLES | {"group", "tank"} | _SPEAKING_ROLES
#: Nouns of a body of any kind: "the organization" stands for one named close before it.
_ANY_BODY_NOUNS = frozenset({"organisation", "organization"})
#: Words naming an organ of a state, which "the group" never stands for ("the FBI ... raided
#: the Uhuru Movement ... the group said", "Russian authorities ... The group alleges").
_STATE_ORGANS = frozenset(
    _words(
        """
    government authorities ministry department agency bureau office kremlin administration
    service embassy court police army military forces command
    """
    )
)
#: Roles named by two words, the first a compound of the second ("the think tank").
_TWO_WORD_ROLES = frozenset({("think", "tank")})
#: Verbs of finding and the nouns of what is found: "A BBC investigation has found clear
#: evidence that ..." reports what the evidence shows.
_FINDING_VERBS = frozenset(_words("find uncover discover"))
_EVIDENCE_NOUNS = frozenset(_words("evidence proof sign indication"))


def _evidence_found(verb: Token, noun: Token) -> bool:
    """Whether ``noun`` is evidence that ``verb`` found ("found clear evidence that"), not
    none of it ("found no evidence that")."""
    return (
        verb.lemma_.lower() in _FINDING_VERBS
        and noun.lemma_.lower() in _EVIDENCE_NOUNS
        and noun.head.i == verb.i
        and not any(c.lower_ in ("no", "little") for c in noun.children)
    )


#: Fewest tokens of an indirect content clause.
_MIN_CONTENT_TOKENS = 3
#: Tokens after a verb of speaking within which a "that" clause hung on a noun counts.
_THAT_TOKENS = 14
#: Nouns of a time a relative clause can date ("said on the day that Russia invaded"); "said
#: at the time that ..." is "then", its clause the content.
_WHEN_NOUNS = frozenset(
    _words(
        """day week month year night morning afternoon evening weekend moment hour minute
        period season decade century date occasion"""
    )
)
#: Nouns whose "that" clause is not the speaker's words ("denied rumors that ...").
_OTHERS_NOUNS = frozenset(
    _words(
        """
    report news rumor rumour allegation speculation suggestion claim accusation fact fear
    concern hope sign evidence idea belief impression notion possibility prospect risk
    assumption assessment view perception
    """
    )
)
#: Prepositions whose object is what a verb of speaking asks or is about ("called for").
_CONTENT_PREPS = frozenset(_words("for about against"))
#: What "the bloc" and "the alliance" stand for: the one of these registered bodies named
#: last (an alliance or bloc named by its own phrase before comes first).
_BLOCS = {"bloc": frozenset({"eu", "nato"}), "alliance": frozenset({"nato"})}
#: Capitalised adjectives that describe a body as a lower-case one does ("The Western
#: alliance" is the alliance named before).
_WIDE_ADJECTIVES = frozenset(_words("western eastern transatlantic"))
#: Nouns of bodies that stand for one another: "the British Ministry of Defence has denied
#: ... the Government department added" (a ministry is a government department).
_SAME_BODY_NOUNS = {"department": {"department", "ministry"}}
#: Those who speak for a body, unnamed: "a spokesperson said ... She added" is theirs.
_OFFICIAL_VOICES = frozenset(
    _words("spokesperson spokesman spokeswoman official source aide representative")
)
#: Nouns a body's name makes one of its members ("the NATO country", "an EU member state").
_MEMBERS = frozenset(_words("country state nation member ally partner"))
#: Those a speaker tells something to, besides the named ("told reporters").
_LISTENERS = frozenset(
    _words("reporter journalist audience crowd interviewer lawmaker legislator viewer listener")
)
#: Verbs of giving details a speaker may withhold ("but did not provide a name").
_DETAIL_VERBS = frozenset(
    _words("provide give offer elaborate specify disclose reveal identify name detail explain")
)
#: Verbs of answering a question ("'No,' he responded" after "... asked him").
_ANSWERS = frozenset(_words("respond reply answer"))
#: Verbs of showing someone ("TV showed X, saying ..."): the one shown speaks.
_DEPICTING_VERBS = frozenset(_words("show film picture depict feature hear see capture record"))
#: Words that open a sentence on another matter ("Meanwhile, ..."), which attributes no
#: quote before it.
_NEW_TOPIC = frozenset(_words("meanwhile elsewhere separately however"))
#: Nouns of a text issued by someone: "the statement said" is its issuer's.
_ISSUED = frozenset(_words("statement tweet post"))
#: Words that stand for one of the two named before them ("The latter said").
_OF_A_PAIR = frozenset(_words("latter former"))
#: Verbs of speaking that things do too ("support for Ukraine threatens ...", "the data
#: suggest ...").
_THINGS_DO_TOO = frozenset(_words("threaten suggest indicate signal"))
#: Plurals of parties that are no pair of people ("both sides", "the two countries").
_SIDES = frozenset(_words("side country nation state government party team army"))
#: Pieces of speech that someone issues, whose issuer "the statement" stands for when named
#: before ("its warning ... The warning also noted").
_ISSUED_PIECES = _ISSUED | frozenset(
    _words("warning message letter announcement memo document advisory")
)
#: What may stand between two people named as a pair: their parentheses, "and" and the
#: second one's title ("Nancy Pelosi (D-Calif.) and Senate Majority Leader Chuck Schumer").
_PAIR_JOIN_RE = re.compile(r"(?:[ ]?\([^()]{1,30}\))?,?[ ]+and[ ]+(?:[A-Z][\w.'’-]*[ ]+){0,4}")
#: Writings whose words are their author's: "a statement from NATO said", "a report by the
#: Institute for the Study of War found".
_WRITINGS = _ISSUED | frozenset(
    _words(
        """
    communique communiqué readout report letter decree release document memo notice message
    note resolution update bulletin briefing guidelines guidance review assessment analysis
    """
    )
)
#: Things held up whose words are their holders' ("held signs that read '...'"), and
#: the verbs of holding them up.
_HELD_WRITINGS = frozenset(_words("banner poster sign placard"))
_HOLDING_VERBS = frozenset(_words("hold display wave carry raise unfurl brandish"))
#: Participles that name a writing's author with "by": "a statement issued by the ministry".
_WRITTEN_BY = frozenset(_words("issue release publish sign post send write pass adopt"))
#: "data showed", "the inquiry found", "The report concluded that": verbs of showing and
#: the records that report through them.
_SHOWING = frozenset(_words("show find conclude"))
#: Bodies named by a common noun whose findings report as their records' do ("The
#: independent agency within the Department of Energy found that ...").
_FINDING_BODIES = frozenset(
    _words(
        """
    agency organisation organization charity watchdog institute commission committee
    panel mission ministry department office company firm bank
    """
    )
)
#: Nouns of what may "suggest" a thing that no one says ("no evidence to suggest that").
_EVIDENCE_NOUNS = frozenset(_words("evidence reason indication sign proof nothing information"))
#: Pictures, which suggest things without saying them ("The photos suggest ...").
_PICTURES = frozenset(_words("photo photograph image picture footage video imagery clip"))
#: Verbs of attribution only with a name, a pronoun or a role as subject: data, reports
#: and a title in quotation marks reveal what no one said.
_BY_SPEAKERS_ONLY = frozenset(_words("reveal disclose remind affirm reaffirm"))
#: Of those, the ones whose content is no one's words when a thing does them ("the advance
#: reaffirms how much the war has shifted").
_AFFIRMING = frozenset(_words("affirm reaffirm"))
#: Verbs of telling someone whose content only follows them ("notified Congress that ...").
_INFORMING = frozenset(_words("inform notify"))
_RECORD_NOUNS = frozenset(
    _words(
        """
    data datum figure figures statistic statistics survey poll report document filing record
    study analysis tally census investigation inquiry review audit assessment result results
    research finding findings
    """
    )
)
#: Writings and records that "it" in the next sentence may stand for ("the cable reveals ...
#: It says: '...'"): see :meth:`_Context.writing_spoke_before`.
_WRITINGS_IT_STANDS_FOR = _WRITINGS | _RECORD_NOUNS | frozenset({"cable"})
#: Nouns of speech whose "that" clause is reported content ("Germany's announcement that
#: it will send tanks", "reports that ..."), and prepositions naming their source.
_NOUN_CUES = frozenset(
    _words(
        "announcement report claim statement assertion warning allegation insistence "
        "assurance assurances accusation narrative suggestion clarification reminder"
    )
)
#: Verbs that put out a piece of speech, whose subject says it ("issued a statement that").
_ISSUING_VERBS = frozenset(_words("issue release make offer send give deliver publish"))
#: Nouns of speech that report only with the one whose words they are ("Putin's
#: suggestion that ..."; not "there is no suggestion that ...", "the strike served as a
#: painful reminder that ...").
_OWNED_NOUN_CUES = frozenset(_words("suggestion reminder"))
#: What ends the text before a quotation that opens its sentence: a stop and spaces, or
#: the start of a paragraph.
_SENTENCE_OPENING = re.compile(r"(?:[.!?][\"'”’]?|^|\n)\s*$")
#: What one speaks in ("said in a statement that ...").
_SPOKEN_IN = _ISSUED | frozenset(_words("release interview briefing video letter speech"))
#: Forms of "tell" that a programme may follow as the one told ('told "Meet the Press"').
_TELLING_FORMS = frozenset(_words("tell tells told telling"))
#: Verbs whose "to say" says nothing ("declined to say whether ...", "refused to confirm").
_DECLINING_VERBS = frozenset(_words("decline refuse"))
#: Verbs of asking: their content is a reported question ("asked whether ...").
_QUESTION_VERBS = frozenset(_words("ask question"))
#: The word that opens a reported question and is not part of it ("whether", "why").
#: Not "how" asking for a degree, part of what is asked ("how long Ukraine can hold out",
#: "how involved Lukashenko was").
_QUESTION_OPENER = re.compile(
    r"(?i:whether(?:\s+or\s+not)?|if|why|how(?!\s+(?:long|much|many|far|often|soon|"
    r"close|big|serious|bad|likely|involved|important)\b)|when|where)\s+"
)
#: Verbs that report what someone told with a clause of "how" ("told of how ...").
_HOW_VERBS = frozenset(_words("tell describe recount recall explain speak talk detail"))
_SOURCE_PREPS = frozenset(_words("in by from of"))
#: Most words of the source of a headline "CONTENT – SOURCE".
_SOURCE_WORDS = 4
#: Words after a comma that open the writer's context after the content ("as fears grow").
_CONTEXT_MARKS = frozenset(_words("as amid"))
#: Words after a comma that set another party against the content ("..., while Ukraine's
#: Azov Battalion is still fighting"): the writer's contrast when that party is named.
_CONTRAST_MARKS = frozenset(_words("while whereas"))
#: Nouns after "according to" that name a course followed, not a source ("according to plan").
_COURSE_NOUNS = frozenset(
    _words("plan schedule script timetable law rule regulation protocol procedure tradition custom")
)
#: Words that make a role indefinite ("an analyst has claimed").
_INDEFINITE = frozenset(_words("a an one"))
#: Nouns that stand for the firm a story is about ("The company had stopped ... It said").
_FIRM_NOUNS = frozenset(_words("company firm chain retailer carmaker corporation business brand"))
#: The one who heads a body, "the head of X" naming one person.
_HEADS_OF_BODIES = frozenset(_words("head chief leader director boss chairman chairwoman"))
#: Words that join a clause of its own after "CONTENT, according to X, ...".
_JOINING_WORDS = frozenset(_words("and but while whereas though although"))
#: Nouns that sum up the content before them in the writer's words ("..., a step that
#: would thrust Germany into recession").
_SUMMING_NOUNS = frozenset(_words("step move measure decision development scenario outcome"))
#: Words that rank a step the writer sums the content up as ("the first step on ...").
_RANKS = frozenset(_words("first second third final last latest next biggest"))
#: Subordinating words that open the writer's clause, not a content clause ("although").
_WRITER_MARKS = frozenset(_words("although though whereas"))
#: Relative pronouns that make a clause relative, not reported content.
_RELATIVES = frozenset(_words("which whom"))
#: Nouns that stand for any person introduced before with a noun of a person ("a Russian
#: soldier ... the man describes").
_ANY_PERSON_NOUNS = frozenset(_words("man woman person"))
#: Nouns of one's relation to another, which a person of any occupation may be ("an ally of
#: Putin" is the political analyst named next).
_RELATION_NOUNS = frozenset(_words("ally associate confidant critic supporter opponent rival"))
#: Words for one who serves in an army, any of which a text may use again for another.
_SERVING_NOUNS = frozenset(_words("soldier serviceman servicewoman trooper conscript"))
#: Auxiliaries of an act only supposed ("would call it").
_UNPERFORMED_AUX = frozenset(_words("would might could"))
#: Auxiliaries of an act still to come ("will announce 'extra cash'"); but a speech whose
#: text was given out before it is held is trailed with "will say" or "will tell"
#: ("Fleming will say in a speech: '...'"), and those words are the speaker's.
_FUTURE_AUX = frozenset(_words("will 'll shall"))
_TRAILING_VERBS = frozenset(_words("say tell"))
#: Verbs that answer another's claim: "its" claim they dismiss is not their subject's.
_REJECTING_VERBS = frozenset(_words("deny dismiss reject dispute refute contest deride question"))
#: Verbs that take a claim as their object ("a claim that Kyiv denied"): after a noun
#: of speech and "that", with no object of their own, the clause is relative, no content.
_ANSWERING_VERBS = _REJECTING_VERBS | frozenset(
    _words("greet welcome repeat echo make support endorse back")
)
#: A quote opened right after a word of self-description ("a self-described “...”").
_SELF_DESCRIBED_RE = re.compile(r"\bself-?(?:described|proclaimed|styled)\s*$", re.IGNORECASE)
#: Participles that add the speaker's reasons or context after the content ("citing").
_CONTEXT_PARTICIPLES = frozenset(_words("cite blame refer point disclose mark"))
#: Words that start a clause the writer adds after "CONTENT, X said" ("as", "while").
_ADDED_WORDS = frozenset(_words("as while after before when amid but adding citing"))
#: Marks that go on with the speaker's reasoning after a parenthetical attribution
#: ("This is dangerous, Kyiv says, because it will leave ..."), not the writer's.
_REASON_MARKS = frozenset(_words("because since so unless if"))
#: Marks before an attribution that follows its content ("...,” Mueller added").
_PARENTHESIS_MARKS = frozenset({",", "”", "’", '"', "'", "—", "–"})
#: Punctuation that ends a content clause and is not part of it.
_CLOSING_PUNCT = frozenset(".,;:!?”’\"'»")
_OPENING_PUNCT = frozenset("\"'“‘«([")
#: Opening quotation marks, without the brackets.
_OPENING_QUOTES = _OPENING_PUNCT - frozenset("([")


@dataclass
class _Span:
    """A quoted span: marks at ``open_at``/``close_at`` (None when missing)."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    paragraph: int
    opens_paragraph: bool
    paragraph_start: int
    paragraph_end: int

    def holds(self, token: Token) -> bool:
        """Whether a token lies in the quote's paragraph."""
        return self.paragraph_start <= token.idx < self.paragraph_end


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of quoted text (marks excluded).

    Args:
        text: Any text; paragraphs are its lines.
    """
    return [(s.start, s.end) for s in _find_spans(text)]


def _find_spans(text: str) -> list[_Span]:
    spans: list[_Span] = []
    offset = 0
    number = -1
    for line in text.split("\n"):
        if line.strip():
            number += 1
        written = line
        line = _double_apostrophes(line)  # same length: offsets stay those of ``text``
        doubles = _pair_doubles(line)
        # two apostrophes inside a single-quoted quotation are the marks nested in it
        apostrophes = {a for a, _ in doubles if written[a] in "'´"}
        singles = _pair_singles(line, doubles, apostrophes)
        for open_at, close_at in sorted(doubles + singles):
            end = close_at if close_at is not None else len(line)
            start = open_at + 1
            inner = line[start:end]
            lead = len(inner) - len(inner.lstrip())
            inner = inner.strip()
            if not inner or not any(c.isalnum() for c in inner):
                continue
            spans.append(
                _Span(
                    start=offset + start + lead,
                    end=offset + start + lead + len(inner),
                    open_at=offset + open_at,
                    close_at=None if close_at is None else offset + close_at,
                    paragraph=number,
                    opens_paragraph=not line[:open_at].strip(),
                    paragraph_start=offset,
                    paragraph_end=offset + len(line),
                )
            )
        offset += len(line) + 1
    return spans


def _double_apostrophes(line: str) -> str:
    """Read two apostrophes or two acute accents used as a double quote mark ("... by
    chance,'' Meloni said"; "reads: ''No surrender!''"; "so confident,´´ Ai said"; "use of
    “deep-sea equipment.’’ While") as one mark, keeping the line's length.

    Attached to the word before, they close (``'"' + ' '``); before a word, after
    a space or a mark, they open (``' ' + '"'``); anywhere else they stay as they are.
    Three attached to the word before close a nested quotation and the single-quoted
    one around it (``'"' + '.' + "'"``).
    """
    if "''" not in line and "´´" not in line and "’’" not in line:
        return line
    chars = list(line)
    i = 0
    while i + 1 < len(chars):
        if chars[i : i + 3] == ["'"] * 3 and i > 0 and not chars[i - 1].isspace():
            after = chars[i + 3] if i + 3 < len(chars) else " "
            if after.isspace() or after in _RIGHT_BOUNDARY:
                # "... arrested trying to see me.''' And": the nested quotation closes, then
                # the one around it: a double mark, a stop in place of the second apostrophe
                chars[i], chars[i + 1] = '"', "."
                i += 3
                continue
        if chars[i] in "'´’" and chars[i + 1] == chars[i]:
            before = chars[i - 1] if i > 0 else " "
            after = chars[i + 2] if i + 2 < len(chars) else " "
            if not before.isspace() and (after.isspace() or after in _RIGHT_BOUNDARY):
                chars[i], chars[i + 1] = '"', " "
            elif (before.isspace() or before in _LEFT_BOUNDARY) and after.isalnum():
                chars[i], chars[i + 1] = " ", '"'
            i += 2
            continue
        i += 1
    return "".join(chars)


def _mark_kind(line: str, i: int, table: dict[str, str]) -> str:
    before = line[i - 1] if i > 0 else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    left = before.isspace() or before in _LEFT_BOUNDARY
    right = after.isspace() or after in _RIGHT_BOUNDARY
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    return "either" if table is _DOUBLE else table[line[i]]


def _pair_doubles(line: str) -> list[tuple[int, int | None]]:
    pairs: list[tuple[int, int | None]] = []
    open_at: int | None = None
    clear_opener = False
    marks = [(i, _mark_kind(line, i, _DOUBLE)) for i, char in enumerate(line) if char in _DOUBLE]
    nested_close: int | None = None
    for n, (i, kind) in enumerate(marks):
        if i == nested_close:
            continue
        if open_at is None:
            if kind != "close":
                open_at, clear_opener = i, kind == "open"
        elif kind == "open":
            if _nested_double(marks[n + 1 : n + 3]):
                # '"... the spelling of the word "museum" has been altered ...," writes':
                # the same mark inside a quotation, closed before the quotation closes,
                # is part of it, as single marks inside double ones are
                nested_close = marks[n + 1][0]
                continue
            pairs.append((open_at, _end_of_unclosed(line, open_at, i)))
            open_at, clear_opener = i, True
        else:
            pairs.append((open_at, i))
            open_at = None
    if open_at is not None and clear_opener:
        pairs.append((open_at, None))
    return pairs


#: A sentence end inside a line: its mark, then space and a capital or an opening mark.
_SENTENCE_BREAK = re.compile(r"[.!?…](?=\s+[A-Z“\"‘'])")
#: Words of the first or second person, which a speaker uses and narration seldom does.
_PERSONAL_WORDS = re.compile(r"\b(?:I|I['’]m|I['’]ve|[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur|[Yy]ou|[Yy]our)\b")


#: Words right before an opening mark that introduce the quotation inside a sentence
#: ("adding that "he ...", "he said "...").
_INTRODUCING_WORDS = frozenset(
    _words("that said says saying adding added told tells telling wrote writes asked replied")
)


def _end_of_unclosed(line: str, open_at: int, next_open: int) -> int:
    """Where a quotation never closed ends, when the next one opens after a colon, a comma
    or a word that introduces it: '“... for example. Dr Kaushal said ... He said: “When
    ...' (the paragraph breaks lost), '"But now she is proud ... able to help. Andrii said
    that ... Andrii told ABC News, adding that "he didn't know ...' (a closing mark lost).
    The open quotation ends before the first sentence after it with no word of the first
    or second person, the writer's narration ("Dr Kaushal said Iran had become ...", "Mr
    Marshall added:"); otherwise the next mark opens the next paragraph of the same speech
    (wire style, its full stop sometimes lost: 'To go to Ukraine "They are all drunk ...'),
    which ends the open one there."""
    before = line[:next_open].rstrip()
    words = before.split()
    if not (before.endswith((":", ",")) or (words and words[-1] in _INTRODUCING_WORDS)):
        return next_open
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(line, open_at + 1, next_open)]
    for k, end in enumerate(ends):
        following = line[end : ends[k + 1] if k + 1 < len(ends) else next_open]
        if not _PERSONAL_WORDS.search(following):
            return end
    return next_open


def _nested_double(after: list[tuple[int, str]]) -> bool:
    """Whether the two marks after an opening mark met inside an open quotation close,
    both: the first closes a quotation nested in it, the second the quotation."""
    return len(after) == 2 and all(kind == "close" for _, kind in after)


def _pair_singles(
    line: str,
    doubles: list[tuple[int, int | None]],
    apostrophes: set[int] | frozenset[int] = frozenset(),
) -> list[tuple[int, int]]:
    """The single-quoted quotations of a line, outside its double-quoted ones; a quotation
    written with two apostrophes (``apostrophes``, where they open) may stand inside one
    ("'This is a holy war. ''Allah'' is a coward ...,'" in house styles that nest so)."""
    inside = [(a, len(line) if b is None else b) for a, b in doubles]
    holding = [(a, b) for a, b in inside if a not in apostrophes]
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for i, char in enumerate(line):
        if char not in _SINGLE or any(a <= i <= b for a, b in inside):
            continue
        before = line[i - 1] if i > 0 else " "
        after = line[i + 1] if i + 1 < len(line) else " "
        if before.isalnum() and after.isalnum():
            continue
        # a word, an editor's insertion or a word in parentheses opens ("'[What we now
        # see] is war", "'(poor) management of accommodation costs'")
        opener = (before.isspace() or before in _LEFT_BOUNDARY) and (
            after.isalnum() or after == "[" or (after == "(" and line[i + 2 : i + 3].isalpha())
        )
        # "added: ' We are concerned": a stray space after the mark that a colon introduces
        opener = opener or (
            before.isspace()
            and after == " "
            and line[:i].rstrip().endswith(":")
            and line[i + 2 : i + 3].isupper()
        )
        if open_at is None:
            if opener:
                open_at = i
        elif opener and before.isspace() and line[:i].rstrip().rstrip('"”')[-1:] in _SENTENCE_ENDS:
            # "... good at. 'We will miss you": a paragraph break lost inside a quotation;
            # the open quote ends with its sentence (or one nested in it: 'saying: "Continue
            # the service of your father." 'You can say') and the mark opens the next one
            words = line[open_at + 1 : i].split()
            fits = len(words) > 1 and i - open_at <= _MAX_REOPENED
            if fits and not _crossed(holding, open_at, i):
                pairs.append((open_at, i))
            open_at = i
        elif (after.isspace() or after in _RIGHT_BOUNDARY) and not before.isspace():
            if _plural_possessive(line, open_at, i):
                continue
            if i - open_at <= _MAX_SINGLE and not _crossed(holding, open_at, i):
                pairs.append((open_at, i))
            open_at = None
    return pairs


def _crossed(doubles: list[tuple[int, int]], open_at: int, close_at: int) -> bool:
    """Whether a double-quoted quotation opens between two single marks and closes after
    them: they would cross it. One that closes before them is nested in theirs (the Daily
    Mail's "Mr Kuleba said: 'Firstly, we neither have any "dirty bombs" nor ...'")."""
    return any(open_at < a < close_at <= b for a, b in doubles)


#: The next mark after a possessive: one closing after punctuation, or one opening a quotation.
_NEXT_MARK = re.compile(r"(?P<close>[,.!?][’'])|(?<=\s)['‘](?=\w)")
#: Words that follow a closing mark, not a possessive's noun ("'heroes' and", "' said").
_AFTER_CLOSE = frozenset(
    _words(
        """
    and or but nor in on at to for of with as by from than is was were are be been said says
    say told he she they it we i that which who the a an this these those his her their its
    if after over back because when due since into would could should will can may might must
    don't didn't doesn't won't isn't aren't wasn't also just even now then there here while
    unless until before amid despite during against about under across through within without
    among adding saying according between toward towards upon beyond behind near via per
    like onto off out up down
    """
    )
)


def _plural_possessive(line: str, open_at: int, i: int) -> bool:
    """Whether the apostrophe at ``i``, inside a single-quoted quotation opened at
    ``open_at``, is a plural possessive ("'... during the Russian barbarians' war against
    Ukraine, ... died,' Rusev told"): after an "s" of a quotation of four words or more,
    before a word that does not follow closing marks (no conjunction, preposition or verb
    like "if", "because", "would", no "-ly" or "-ing" word), and the next mark in the line
    closes after punctuation before any quotation opens."""
    if line[i - 1] != "s" or line[i + 1 : i + 2] != " ":
        return False
    following = re.match(r" ([a-z'’]+)", line[i + 1 :])
    if following is None:
        return False
    word = following.group(1)
    if word in _AFTER_CLOSE or word.endswith(("ly", "ing")):
        return False  # "'... weapons' because", "'... facilities' using", "' currently"
    if len(line[open_at + 1 : i].split()) < 4:
        return False
    # the next mark closes after punctuation, before any quotation opens
    following_mark = _NEXT_MARK.search(line, i + 1)
    return following_mark is not None and following_mark.group("close") is not None


@dataclass
class _Speaker:
    text: str | None = None
    start: int | None = None
    end: int | None = None
    actor_id: str | None = None
    key: str | None = None
    gender: str = ""
    side: str | None = None
    name: str | None = None
    kind: str | None = None
    salient: bool = True


def extract_quotes(doc: Doc, mentions: list[dict]) -> list[dict]:
    """List the direct quotations of a parsed document with their speakers.

    Args:
        doc: A parsed document.
        mentions: Its mentions, from :func:`corpus_utils.extract.actors.extract_mentions`.

    Returns:
        Dicts with the keys of :data:`QUOTE_KEYS`, in text order:
        ``start_char``/``end_char`` delimit the quoted text without its marks
        (``doc.text[start_char:end_char] == quote``); ``speaker_text`` is the
        raw text naming the speaker ("spokesperson Ned Price", "she", "an
        unnamed U.S. official") with its offsets, or None; ``speaker_id`` the
        registry id, or ``unregistered:<name>`` for a person the registry
        does not know; ``verb`` the lemma of the verb of attribution;
        ``speaker_name`` the name of the speaker the text stands for (registry
        name, or an unregistered person's full name, also when
        ``speaker_text`` is "he" or "the spokeswoman"), or None; ``kind``
        one of :data:`QUOTE_KINDS`; ``cue`` the reporting word as written.
        Indirect and mixed rows span the reported content without marks.
    """
    spans = _find_spans(doc_text(doc))
    actors = registry_index()
    context = _Context(doc, mentions, spans, actors)
    context.note_unnamed_reporters()
    quotes: list[dict] = []
    # the quote before, its speaker, the verb's lemma and position, and the cue
    previous: tuple[_Span, _Speaker, str | None, int | None, str | None] | None = None
    last_term: _Span | None = None
    outer: _Span | None = None
    for span in spans:
        # a quotation nested in another ("Mr Kuleba said: 'Firstly, we neither have any
        # "dirty bombs" nor ...'") is words within its words, no one's speech of its own
        nested = outer is not None and outer.start <= span.open_at and span.end <= outer.end
        outer = outer if nested else span
        # the last of a list of terms is one too, however long: 'battling "Nazis",
        # "neo-Nazis" and "liberating Ukraine from fascism"'
        listed = last_term is not None and context.listed_after(last_term, span)
        if nested or context.is_term(span) or (listed and context.attribution(span) is None):
            context.terms.add(context.marks_of(span))
            quotes.append(_row(doc, span.start, span.end, _Speaker(), None, "term", None))
            last_term = span
            continue
        context.quoted_keys = context.people_named_in(span)
        verb = context.attribution(span)
        if verb is not None and previous is not None and context.own_report_after(span, verb):
            before, last_speaker, _, last_at, _ = previous
            if context.continues_quote(before, last_at, span, last_speaker):
                verb = None  # the quote goes on with the speaker before it
        speaker = context.speaker(verb, span) if verb is not None else None
        cue = verb.text if verb is not None and speaker is not None else None
        if verb is not None:
            owner, noun = context.speech_noun(span, verb)
            if owner is not None:
                speaker, cue, verb = owner, noun, None
        in_words = context.in_words_of(span)
        if in_words is not None and (verb is None or verb.i < in_words[1].i):
            # "..., but that, in Giuliani's words, information ... 'was handed to me'", "In
            # the chancellor's opinion, Putin 'seems afraid ...'"
            speaker, verb = in_words[0], None
            cue = doc_text(doc)[in_words[1].idx : in_words[2].idx + len(in_words[2])]
        described = context.self_described(span)
        if described is not None:
            # 'Little Big, a self-described “punk-pop-rave band.”': the words are the band's
            (speaker, word), verb = described, None
            cue = word.text
        if speaker is None:
            speaker = context.according_to(span)
            cue = ACCORDING_TO_CUE if speaker is not None else None
        if speaker is None and verb is None:
            speaker, cue = context.speech_noun(span)
        if speaker is None and verb is None:
            speaker = context.headline_source(span.open_at, span.end)
        if speaker is None and verb is None:
            speaker = context.signed_by(span)
        if speaker is None and verb is not None:
            cue = verb.text
        verb_lemma = verb.lemma_.lower() if verb is not None else None
        verb_at = verb.idx if verb is not None else None
        if (speaker is None or speaker.text is None) and previous is not None:
            before, last_speaker, last_verb, last_at, last_cue = previous
            if last_speaker.text is not None and context.listed_after(before, span):
                # 'dismissed as "irresponsible" and "out of the question" calls for ...':
                # a fragment listed after another has its speaker, whatever the parser
                # made of the words after it
                speaker, verb_lemma, verb_at, cue = last_speaker, last_verb, last_at, last_cue
            elif verb is None and (over := context.speaker_over_relative(before, span)):
                speaker, verb_lemma, verb_at = over[0], over[1].lemma_.lower(), over[1].idx
            elif verb is None and context.continues_quote(
                before, last_at, span, last_speaker, by_pronoun=True
            ):
                speaker, verb_lemma, verb_at = last_speaker, last_verb, last_at
        if (speaker is None or speaker.text is None) and verb is None:
            earlier = context.previous_attribution(span)
            if earlier is not None:
                speaker, verb_lemma, verb_at = earlier
        if (speaker is None or speaker.text is None) and verb is None and previous is not None:
            before, last_speaker, last_verb, last_at, _ = previous
            if last_speaker.key and context.resumes_after_aside(before, span):
                # '“...” It was therefore entirely feasible to cut the cables. “...”': one
                # sentence of the writer's about what the speaker said, then more of it
                speaker, verb_lemma, verb_at = last_speaker, last_verb, last_at
        if speaker is None or speaker.text is None:
            labelled = context.name_label(span)
            if labelled is not None:
                speaker, cue, verb_lemma, verb_at = labelled, None, None, None
        if speaker is None or speaker.text is None:
            fragment = context.fragment_speaker(span) or context.holder_of_view(span)
            if fragment is not None:
                speaker, clause_verb = fragment
                cue, verb_lemma, verb_at = clause_verb.text, clause_verb.lemma_.lower(), None
        if (speaker is None or speaker.text is None) and verb is None:
            sole = context.sole_voice(span)
            if sole is not None:
                speaker, cue, verb_lemma, verb_at = sole, None, None, None
        speaker = speaker or _Speaker()
        context.quoted_keys = frozenset()
        quotes.append(_row(doc, span.start, span.end, speaker, verb_lemma, "direct", cue))
        previous = (span, speaker, verb_lemma, verb_at, cue)
        if speaker.key:
            context.remember(span.end - 1, speaker)  # where the speaker last spoke
        elif speaker.text is not None:
            context.unnamed.append(span.start)
            if _unnamed_person(speaker):
                context.note_unnamed(span.start, speaker)
    reported = _joined_at_hyphens(context.indirect(), doc_text(doc))
    quotes = [_speaker_of_mixed(q, reported) for q in quotes]
    by_start = {span.start: span for span in spans}
    quotes = [
        context.unsaid_as_term(q, by_start[q["start_char"]]) if q["kind"] == "direct" else q
        for q in quotes
    ]
    quotes.extend(reported)
    quotes = _speakers_of_repeated(quotes)
    quotes.sort(key=lambda q: (q["start_char"], -q["end_char"]))
    return quotes


#: The columns a quoted fragment takes from the reported speech that holds it: who speaks
#: (``speaker_*``) and with what words (``verb``, ``cue``).
_SPEAKER_COLUMNS = tuple(k for k in QUOTE_KEYS if k.startswith("speaker_") or k in ("verb", "cue"))


def _both_of_a_pair(words: list[Token], subject: Token) -> bool:
    """Whether a speaker's words name two people together: "the two Democrats", "both
    men", "the pair", "the duo"."""
    lowered = [t.lower_ for t in words]
    if lowered in (["the", "pair"], ["the", "duo"]):
        return True
    if subject.tag_ not in ("NNS", "NNPS") or subject.lemma_.lower() in _SIDES:
        return False
    return lowered[:-1] in (["the", "two"], ["both"], ["both", "the"])


def _unperformed(verb: Token) -> bool:
    """Whether a verb tells of an act not done, negated, only supposed or still to come
    ("won't write a 'blank check'", "would call it 'a crime'", "will announce 'extra
    cash'"): no words were said in it, so a quotation under it, inside someone's reported
    speech, is that speaker's."""
    trailed = verb.lemma_.lower() in _TRAILING_VERBS
    return any(
        c.dep_ == "neg"
        or (c.dep_ == "aux" and c.lower_ in _UNPERFORMED_AUX)
        or (c.dep_ == "aux" and c.lower_ in _FUTURE_AUX and not trailed)
        for c in verb.children
    )


def _speakers_of_repeated(quotes: list[dict]) -> list[dict]:
    """A quotation given to a role no one was named with yet takes the speaker named with
    the same words quoted elsewhere in the article, the nearest such: news often quotes
    a phrase in its lead and again, with the full name, further down ("as the deputy mayor
    warned the city is on the 'brink of a humanitarian catastrophe'" ... "Mariupol deputy
    mayor Serhiy Orlov said the city is on the 'brink of a humanitarian catastrophe'").
    Only a role of one person ("the deputy mayor"; not "the foreign ministry" or "members
    of the crowd", who may repeat anyone's words) and quotations of at least
    :data:`_REPEATED_WORDS` words. The row keeps its own words for the speaker
    (``speaker_text``) and its cue, and so do the other rows of those words (the
    indirect or mixed speech around it)."""
    named: dict[str, list[dict]] = {}
    for row in quotes:
        key = _repeated_key(row)
        if key is not None and row["speaker_name"]:
            named.setdefault(key, []).append(row)
    found: dict[tuple[int, int], dict] = {}  # the offsets of the role's words -> the named row
    for row in quotes:
        key = _repeated_key(row)
        if key is None or row["speaker_name"] or not _person_role_text(row["speaker_text"]):
            continue
        same = named.get(key, [])
        if same and len({r["speaker_id"] or r["speaker_name"] for r in same}) == 1:
            nearest = min(same, key=lambda r: abs(r["start_char"] - row["start_char"]))
            found[(row["speaker_start"], row["speaker_end"])] = nearest
    out = []
    for row in quotes:
        nearest = found.get((row["speaker_start"], row["speaker_end"]))
        if nearest is not None and not row["speaker_name"]:
            row = {
                **row,
                "speaker_id": nearest["speaker_id"],
                "speaker_name": nearest["speaker_name"],
            }
        out.append(row)
    return out


#: Fewest words of a quotation repeated in an article that tell its speaker.
_REPEATED_WORDS = 4


def _repeated_key(row: dict) -> str | None:
    """The words of a direct quotation as compared with others: lower case, without
    punctuation; None for a term or a quotation of fewer than :data:`_REPEATED_WORDS`."""
    if row["kind"] != "direct":
        return None
    words = re.findall(r"\w+", row["quote"].lower())
    return " ".join(words) if len(words) >= _REPEATED_WORDS else None


def _person_role_text(text: str | None) -> bool:
    """Whether a speaker's words are "the" and a role of one person ("the deputy mayor")."""
    words = (text or "").lower().split()
    return len(words) >= 2 and words[0] == "the" and words[-1] in PERSON_ROLES


def _last_to_speak(
    candidates: list[tuple[int, int, _Speaker]], spoke: set[int]
) -> tuple[int, int, _Speaker] | None:
    """Of the candidates for a pronoun, the one who spoke last (at a position in ``spoke``)."""
    return max((c for c in candidates if c[1] in spoke), key=lambda c: c[1], default=None)


def _owned_by_person(role: Token) -> bool:
    """Whether a role is someone's: "his spokesman", "Putin's spokesman", "the prime
    minister's spokesman" (not "the Pentagon's spokesman", a body's)."""
    return any(
        c.dep_ == "poss"
        and (
            c.lower_ in POSSESSIVE_PRONOUN_GENDERS
            or c.ent_type_ == "PERSON"
            or c.lemma_.lower() in PERSON_ROLES
        )
        for c in role.children
    )


def _role_word(token: Token, roles: frozenset[str] | set[str]) -> bool:
    """Whether a word is one of ``roles``; "secretary" as a spokesperson's only in "press
    secretary" (a "defence secretary" speaks for no one)."""
    if token.lower_ not in roles:
        return False
    if token.lower_ == "secretary" and roles == SPOKES_ROLES:
        return token.i > 0 and token.doc[token.i - 1].lower_ == "press"
    return True


def _addressed_by(verb: Token, subjects_verb: Token) -> bool:
    """Whether the verb that addresses someone is the pronoun's own verb, the one above it,
    or one of manner under it ("He followed up on the compliment by asking Medvedev"); not
    a clause of time ("When the Times asked Podoliak ..., he said": the one asked answers)."""
    if verb.i in (subjects_verb.i, subjects_verb.head.i):
        return True
    return verb.dep_ == "pcomp" and subjects_verb.i == verb.head.head.i


def _reported_from(verb: Token) -> bool:
    """A journalist's byline or dateline, no speech: "Daryna Mayer reported from Kyiv"
    ("report" with "from" a place and nothing reported)."""
    if verb.lemma_.lower() != "report":
        return False
    children = list(verb.children)
    place = any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(o.ent_type_ in ("GPE", "LOC") for o in c.children)
        for c in children
    )
    return place and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in children)


def _joined_at_hyphens(reported: list[dict], text: str) -> list[dict]:
    """One content that the parser split at a prefix's hyphen ("said it would re-evaluate
    its relationship": "re", "-" and "evaluate" read as three clauses) is one again: two
    contents of the same speaker and cue with only a glued hyphen between them. The rows
    keep their order."""
    by_end = {(r["end_char"], r["speaker_text"], r["cue"]): r for r in reported}
    merged: dict[int, dict] = {}  # id of the first part -> the joined row
    dropped: set[int] = set()
    for row in reported:
        first = by_end.get((row["start_char"] - 1, row["speaker_text"], row["cue"]))
        if first is None or first is row or id(first) in dropped:
            continue
        start, end = first["start_char"], first["end_char"]
        if text[end : row["start_char"]] != "-" or not text[end - 1 : end].isalpha():
            continue
        kind = "mixed" if "mixed" in (first["kind"], row["kind"]) else first["kind"]
        merged[id(first)] = {
            **first,
            "kind": kind,
            "end_char": row["end_char"],
            "quote": text[start : row["end_char"]],
        }
        dropped.add(id(row))
    return [merged.get(id(r), r) for r in reported if id(r) not in dropped]


def _speaker_of_mixed(quote: dict, reported: list[dict]) -> dict:
    """A direct fragment left without a speaker takes the speaker of the mixed quote that
    holds it: in "Burns said that the president is 'angry and frustrated'" the
    words in marks are Burns's, whatever the clause around them is about. One with a
    speaker that two layers of reported speech hold is the inner one's
    (:func:`_innermost_layer`)."""
    if quote["kind"] != "direct":
        return quote
    # the fragment without the comma or stop it closes on, which the content leaves out
    # ('tested as "never before," pointing to ...')
    end = quote["start_char"] + len(quote["quote"].rstrip(",.;:!? "))
    if quote["speaker_text"] is not None:
        return _innermost_layer(quote, end, reported)
    for row in reported:
        if (
            row["kind"] == "mixed"
            and row["speaker_text"] is not None
            and row["start_char"] <= quote["start_char"]
            and end <= row["end_char"]
        ):
            return {**quote, **{column: row[column] for column in _SPEAKER_COLUMNS}}
    return quote


def _innermost_layer(quote: dict, end: int, reported: list[dict]) -> dict:
    """A fragment in reported speech nested in reported speech is the innermost speaker's:
    in 'He insisted that the "people of the Donbas ... are fighting," KCNA said' the words
    in marks are his, though KCNA, the outer layer, closes the sentence."""
    holders = [
        row
        for row in reported
        if row["kind"] == "mixed"
        and row["speaker_text"] is not None
        and row["start_char"] <= quote["start_char"]
        and end <= row["end_char"]
    ]
    if len(holders) == 1:
        holder = holders[0]
        own, nearer = quote["speaker_start"], holder["speaker_start"]
        named = holder["speaker_id"] or holder["speaker_name"]
        # a noun's content ("described accusations in the West that ... as 'nonsense'") is
        # not taken: the parser often runs it on past its end
        spoken = (holder["cue"] or "").lower() not in SPEECH_NOUNS
        # "objected to Blinken's accusation that Moscow is using it as a “human shield,”
        # pointing out that ...": the verb the fragment climbed to reports other content
        # after it, so the noun's content holds the fragment
        reports_after = any(
            row is not holder
            and row["kind"] != "direct"
            and row["cue"] == quote["cue"]
            and row["speaker_start"] == own
            and row["start_char"] >= end
            for row in reported
        )
        spoken = spoken or reports_after
        nearer_too = own is not None and nearer is not None and own < nearer < holder["start_char"]
        # "As the European Union ... said the targeting of civilians amounted to 'a war
        # crime,' Russia's Defense Ministry confirmed it had carried out the strikes": the
        # speaker after the words reports content of its own after them, so the comma
        # closes the clause that holds them, not a quotation of its own
        before_holder = nearer is not None and nearer < holder["start_char"]
        after_too = own is not None and own >= end and reports_after and before_holder
        if (named and spoken and nearer_too) or after_too:
            # "The Foreign Ministry has accused ..., with spokeswoman Maria Zakharova stating
            # that ... has turned into 'a monster ...'": the speaker nearer the words, whose
            # content holds them, says them
            return {**quote, **{column: holder[column] for column in _SPEAKER_COLUMNS}}
    if len(holders) < 2:
        return quote
    inner = min(holders, key=lambda row: row["end_char"] - row["start_char"])

    def who(row: dict) -> tuple:
        return row["speaker_id"], row["speaker_name"], row["speaker_text"]

    outer = {who(row) for row in holders if row is not inner}
    named = inner["speaker_id"] or inner["speaker_name"]
    if named and who(quote) in outer and who(inner) not in outer:
        return {**quote, **{column: inner[column] for column in _SPEAKER_COLUMNS}}
    return quote


def resolve_claimants(
    doc: Doc,
    mentions: list[dict],
    claimants: list[tuple[int, tuple[int, int] | None, str | None]],
) -> list[tuple[int, int, str | None]]:
    """Resolve the phrases that claim figures to actors, as quote speakers are resolved.

    The same rules as a quote's speaker: the phrase runs over the head's
    words up to an appositive ("Mariupol Mayor Vadym Boychenko, who ..."
    gives "Mariupol Mayor Vadym Boychenko"); a person or registered body named
    in it, "he"/"she" and a definite role to the nearest agreeing person,
    "they"/"it" to the last body that spoke, "the ministry" to the
    organisation named most recently, "officials" to the one body named with
    them ("Kremlin officials"), a registered outlet or agency named in a
    phrase about it ("the state-run TASS agency").

    Args:
        doc: The parsed document.
        mentions: Its actor mentions.
        claimants: Per phrase: the index of its head token; its character
            offsets, or None for the speaker range of the head; and an id
            already known (a quote's speaker), or None to resolve it.

    Returns:
        Per phrase: ``start``, ``end`` and the id: the registry id; else
        ``unregistered:<name>`` for a named actor the registry does not know
        (a person or body the NER found, an organisation "the ministry"
        stands for, a phrase with a proper noun: "unregistered:Ukraine's
        general staff"); None for an unnamed source ("officials", "a senior
        official"), several actors together, or a pronoun or role that stays
        unresolved.
    """
    if not claimants:
        return []
    context = _Context(doc, mentions, _find_spans(doc_text(doc)), registry_index())
    out: list[tuple[int, int, str | None]] = []
    for head, bounds, known in claimants:
        start, end = bounds if bounds is not None else context.speaker_range(doc[head])
        if known:
            out.append((start, end, known))
            continue
        found = context.speaker_of(doc[head], (start, end))
        claimant_id = _claimant_id(doc[head], doc_text(doc)[start:end], found)
        if claimant_id is None or claimant_id.startswith(UNREGISTERED_PREFIX):
            claimant_id = _outlet_named(context, doc[head], start, end) or claimant_id
        out.append((start, end, claimant_id))
    return out


#: Head nouns of a phrase that speaks for the one registered body named in it.
OUTLET_HEADS = frozenset(_words("agency agencies outlet newspaper channel broadcaster network"))


def _outlet_named(context: _Context, head: Token, start: int, end: int) -> str | None:
    """The registered organisation an outlet phrase names ("the state-run TASS agency")."""
    if head.lower_ not in OUTLET_HEADS:
        return None
    bodies = {
        m["actor_id"]
        for m in context.mentions_in(start, end)
        if m["actor_id"] and m["actor_type"] == "organization"
    }
    return bodies.pop() if len(bodies) == 1 else None


def _claimant_id(head: Token, text: str, found: _Speaker) -> str | None:
    """The id of a resolved claimant phrase (see :func:`resolve_claimants`)."""
    if found.actor_id:
        return found.actor_id
    if found.key:
        return _normal_id(found.key)
    if found.name:
        return f"{UNREGISTERED_PREFIX}{normal_name(found.name)}"
    if head.lower_ in PRONOUN_GENDERS or head.lower_ in BODY_PRONOUNS or head.pos_ == "PRON":
        return None
    if found.text != text:
        return None  # a coordinated phrase: several actors
    span = head.doc.char_span(found.start, found.end, alignment_mode="expand")
    words = list(span) if span is not None else []
    if {t.lower_ for t in words} & UNNAMED_MARKERS or any(t.like_num for t in words):
        return None
    if any(t.lower_ in ("and", "&") for t in words):
        return None
    name = re.sub(r"^(?:the|The)\s+", "", text.strip())
    registered = _aliases_folded().get(name.casefold())
    if registered is not None:
        return registered  # a registered body written in lower case: "the Russian defence ministry"
    if not any(t.pos_ == "PROPN" for t in words):
        return None
    return f"{UNREGISTERED_PREFIX}{normal_name(name)}"


def _normal_id(actor_id: str) -> str:
    """An unregistered actor's id with its name written one way (see ``normal_name``)."""
    if not actor_id.startswith(UNREGISTERED_PREFIX):
        return actor_id
    return UNREGISTERED_PREFIX + normal_name(actor_id[len(UNREGISTERED_PREFIX) :])


def _aliases_folded() -> dict[str, str]:
    """Registry aliases of bodies (not people), case-folded, that name one actor only."""
    actors = registry_index()
    key = id(actors)
    if _FOLDED.get("key") != key:
        found: dict[str, set[str]] = {}
        for actor_id, actor in actors.items():
            if actor.get("type") == "person":
                continue
            for alias in [actor.get("name") or "", *(actor.get("aliases") or ())]:
                if alias:
                    found.setdefault(alias.casefold(), set()).add(actor_id)
        _FOLDED.update(key=key, map={a: ids.pop() for a, ids in found.items() if len(ids) == 1})
    return _FOLDED["map"]


_FOLDED: dict = {}


#: Prefix of the id of an actor the registry does not know.
UNREGISTERED_PREFIX = "unregistered:"


#: A comma before a name in apposition to a whole phrase, past an acronym in brackets
#: ("the army of the Donetsk People's Republic (DPR), Eduard Basurin").
_NAME_AFTER_PHRASE = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?,\s*")
#: The cue of "according to X".
ACCORDING_TO_CUE = "according to"


def _row(
    doc: Doc,
    start: int,
    end: int,
    speaker: _Speaker,
    verb: str | None,
    kind: str,
    cue: str | None,
) -> dict:
    """One quote row; ``speaker_id`` is the registry id or a stable unregistered person id."""
    speaker_id = speaker.actor_id
    if speaker_id is None and speaker.kind in ("person", "organization") and speaker.key:
        speaker_id = speaker.key
    if speaker_id is None and speaker.kind == "organization" and speaker.name:
        speaker_id = f"{UNREGISTERED_PREFIX}{speaker.name}"  # "the ministry" -> the one named
    name = speaker.name
    if not speaker.actor_id and name:
        # a name taken from the text is written one way ("Ukraine´s embassy" is "Ukraine's
        # embassy"), so that it counts as one
        name = normal_name(name)
    speaker_id = _normal_id(speaker_id) if speaker_id else speaker_id
    return {
        "start_char": start,
        "end_char": end,
        "quote": doc_text(doc)[start:end],
        "speaker_text": speaker.text,
        "speaker_start": speaker.start,
        "speaker_end": speaker.end,
        "speaker_id": speaker_id,
        "verb": verb,
        "speaker_name": name,
        "kind": kind,
        "cue": cue,
    }


class _Context:
    """The parse, mentions and speaker history of one document."""

    def __init__(self, doc: Doc, mentions: list[dict], spans: list[_Span], actors: dict):
        self.doc = doc
        self.spans = spans
        self.actors = actors
        self.mentions = sorted(mentions, key=lambda m: (m["start_char"], m["end_char"]))
        self.mention_starts = [m["start_char"] for m in self.mentions]
        self.quoted = sorted(self.marks_of(s) for s in spans)
        self.sentence_starts = [sent.start_char for sent in doc.sents]
        self.history: list[tuple[int, _Speaker]] = []
        self.unnamed: list[int] = []
        # the spans found to be terms or titles, where their marks open and close
        self.terms: set[tuple[int, int]] = set()
        # unnamed people who spoke a direct quote ("A man ... said: '...'"), where it began
        self.unnamed_people: list[tuple[int, _Speaker]] = []
        self.verbs: dict[int, tuple[int, Token]] = {}
        self.by_key: dict[str, list[dict]] = {}
        for mention in self.mentions:
            self.by_key.setdefault(_mention_key(mention), []).append(mention)
        self.genders = self._unregistered_genders()
        # the gender a pronoun that stands for a person of no known gender gave them
        # ("Cooper couldn't help laugh. He growled back": Cooper is no "she" after)
        self.pronoun_genders: dict[str, tuple[str, int]] = {}
        self.aliases: dict[str, str] | None = None
        self.pronouns: dict[tuple[int, frozenset[str]], _Speaker | None] = {}
        # the people a direct quote being attributed names: not its speaker
        self.quoted_keys: frozenset[str] = frozenset()
        self._collect_named_speakers()

    # ----------------------------------------------------------------- helpers

    def in_quote(self, token: Token) -> bool:
        return self.quote_around(token) is not None

    def quote_around(self, token: Token) -> tuple[int, int] | None:
        """Where the marks of the quotation that holds ``token`` open and close, or None."""
        i = bisect.bisect_right(self.quoted, (token.idx, float("inf"))) - 1
        if i >= 0 and self.quoted[i][0] <= token.idx < self.quoted[i][1]:
            return self.quoted[i]
        return None

    @staticmethod
    def marks_of(span: _Span) -> tuple[int, int]:
        """Where a span's marks open and close, as in ``quoted``."""
        return span.open_at, (span.close_at + 1) if span.close_at is not None else span.end

    def history_start(self, char: int) -> int:
        """The first character of the :data:`_HISTORY_SENTENCES` sentences before ``char``:
        how far back a pronoun, a role or "the statement" looks for what it stands for."""
        return self.sentence_starts[max(0, self.sentence_of(char) - _HISTORY_SENTENCES)]

    def earlier_same_word(self, word: Token, *, anywhere: bool = False) -> Iterator[Token]:
        """Earlier tokens of the same word as ``word``, outside quotes, nearest first,
        within :meth:`history_start` (``anywhere``: back to the article's start)."""
        window = 0 if anywhere else self.history_start(word.idx)
        for token in reversed(self.doc[: word.i]):
            if token.idx < window:
                return
            if token.lower_ == word.lower_ and not self.in_quote(token):
                yield token

    def sentence_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, char) - 1)

    def mentions_in(self, start: int, end: int) -> list[dict]:
        i = bisect.bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i]["start_char"] < end:
            if self.mentions[i]["end_char"] <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def people_named_in(self, span: _Span) -> frozenset[str]:
        """The keys of the people a quotation names ("force Vladimir Putin to accept that he
        can never win"): a speaker speaks of others, so none of them is its speaker."""
        return frozenset(
            _mention_key(m)
            for m in self.mentions_in(span.start, span.end)
            if m["actor_type"] == "person"
        )

    def _unregistered_genders(self) -> dict[str, str]:
        """Gender of unregistered people from an honorific ("Mr"), a kin noun right before
        the name ("his wife Taisa"), a woman's Slavic family name ("Nino Nazarova": Nino is a
        man's name in Italy), or a common first name."""
        genders: dict[str, str] = {}
        for mention in self.mentions:
            if mention["actor_id"] or mention["actor_type"] != "person":
                continue
            name = mention["actor_name"] or ""
            gender = self.mention_gender(mention)
            if gender and not genders.get(name):
                genders[name] = gender
        return genders

    def mention_gender(self, mention: dict) -> str:
        """The gender one mention of an unregistered person shows: its honorific, a kin noun
        right before it, or its name (see :meth:`_unregistered_genders`)."""
        start = mention["start_char"]
        words = doc_text(self.doc)[max(0, start - 6) : start].split()
        gender = HONORIFIC_GENDERS.get(words[-1].lower(), "") if words else ""
        kin = re.search(r"\b([a-zé]+) $", doc_text(self.doc)[max(0, start - 16) : start])
        gender = gender or (_KIN_GENDERS.get(kin.group(1), "") if kin else "")
        return gender or _gender_of_name(mention["actor_name"] or "", common_first_names())

    def continues(
        self, before: _Span, verb_at: int | None, span: _Span, key: str | None = None
    ) -> bool:
        """Whether only the attribution of ``before`` lies between two quotes.

        A sentence between them other than the one holding the verb at
        ``verb_at`` or a short attribution ("Trump continued.") ends the
        quotation, which matters most in texts glued into one paragraph; so does a short
        one that names someone other than the speaker ``key`` ("Biden snapped at the
        characterization." after a reporter's question).
        """
        start = before.close_at + 1 if before.close_at is not None else before.end
        for sent_start in self._starts_between(start, span.open_at):
            if self._char_in_quote(sent_start) or not doc_text(self.doc)[sent_start].strip():
                continue
            sent = self.doc.char_span(sent_start, sent_start + 1, alignment_mode="expand")[0].sent
            holds_verb = verb_at is not None and sent.start_char <= verb_at < sent.end_char
            short = len(sent) <= _ATTRIBUTION_TOKENS and any(_is_reporting(t) for t in sent)
            other = key is not None and any(
                m["actor_type"] in ("person", "organization") and _mention_key(m) != key
                for m in self.mentions_in(sent.start_char, sent.end_char)
            )
            if not (holds_verb or (short and not other)):
                return False
        return True

    def listed_after(self, before: _Span, span: _Span) -> bool:
        """Whether a quote follows the one before in a list of fragments of one sentence,
        with only :data:`_LIST_JOINT` between their marks ('"irresponsible" and "out of
        the question"')."""
        if before.close_at is None or self.sentence_of(before.end) != self.sentence_of(span.start):
            return False
        text = doc_text(self.doc)
        between = text[before.close_at + 1 : span.open_at]
        if not between.strip():
            return text[before.start : before.end].rstrip().endswith(",")
        return _LIST_JOINT.fullmatch(between) is not None

    def _starts_between(self, start: int, end: int) -> list[int]:
        """The offsets of the sentences that start between two characters."""
        first = bisect.bisect_left(self.sentence_starts, start)
        return self.sentence_starts[first : bisect.bisect_left(self.sentence_starts, end)]

    def resumes_after_aside(self, before: _Span, span: _Span) -> bool:
        """Whether exactly one sentence of narration lies between a quotation that closes
        its sentence and the next one, a sentence that names no one, quotes nothing and
        has no verb of speaking: the quotation resumes."""
        if before.close_at is None or span.open_at <= before.close_at:
            return False
        text = doc_text(self.doc)
        if not text[before.start : before.end].rstrip().endswith((".", "!", "?")):
            return False
        starts = self._starts_between(before.close_at + 1, span.open_at)
        if len(starts) != 1:
            return False
        start, end = starts[0], span.open_at
        sent = self.doc.char_span(start, end, alignment_mode="expand")
        if sent is None or not text[start:end].strip():
            return False
        if any(self.in_quote(t) or _is_reporting(t) for t in sent):
            return False
        return not any(
            m["actor_type"] in ("person", "organization") for m in self.mentions_in(start, end)
        ) and not any(t.lower_ in PRONOUN_GENDERS or t.lower_ == "they" for t in sent)

    def in_words_of(self, span: _Span) -> tuple[_Speaker, Token, Token] | None:
        """The owner of "in X's words" (or opinion, view) set before a quote in its
        sentence, outside quotes, with no verb of speaking between: the words are X's. As
        the owner's speaker, the "in" and the noun."""
        inner = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if inner is None or not len(inner):
            return None
        # (back to the sentence's end mark: the parser may start a sentence at the quote)
        for token in reversed(self.doc[max(0, inner.start - 40) : inner.start]):
            if token.idx >= span.open_at:
                continue  # the opening mark
            if token.text in ".!?" or self.in_quote(token):
                return None
            if _is_reporting(token) and token.pos_ == "VERB":
                return None
            if token.lemma_.lower() not in _OWN_WORDS_NOUNS or token.dep_ != "pobj":
                continue
            prep = token.head
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if prep.lower_ != "in" or owner is None or owner.pos_ == "PRON":
                continue
            return self.speaker_of(owner), prep, token
        return None

    def self_described(self, span: _Span) -> tuple[_Speaker, Token] | None:
        """The one a quoted description right after "self-described" (or "-proclaimed",
        "-styled") describes, with that word: the name it is set beside ("Little Big, a
        self-described “punk-pop-rave band”", "the self-proclaimed “last dictator” of
        Europe, Alexander Lukashenko") or the subject it is said of ("He is a self-styled
        “patriot”"); None for a quote not so opened, or one naming no one."""
        if not _SELF_DESCRIBED_RE.search(doc_text(self.doc), 0, span.open_at):
            return None
        word = self.doc[self._token_at(span.open_at) - 1]  # "described" of "self-described"
        noun = word.head
        while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
            noun = noun.head
        # the name set beside the noun, or beside its "of" phrase, where the parser hung it
        # ("the self-proclaimed “last dictator” of Europe, Alexander Lukashenko")
        beside = [noun, *_of_objects(noun)]
        apposed = [c for n in beside for c in n.children if c.dep_ == "appos"]
        if apposed:
            described = apposed[0]
        elif noun.dep_ == "appos":
            described = noun.head
        elif noun.dep_ == "attr":
            described = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        else:
            described = None
        if described is None:
            return None
        phrase = [t for t in described.subtree if not t.is_punct]
        named = self.mentions_in(phrase[0].idx, described.idx + len(described))
        if not (named or described.pos_ == "PRON"):
            return None
        speaker = self.speaker_of(described)
        return (speaker, word) if speaker.text else None

    def sole_voice(self, span: _Span) -> _Speaker | None:
        """The one person a profile has quoted and named so far, for a quotation in the
        first person that opens its sentence and that nothing attributes ("'I'm not a war
        tourist,' Ajay tells me ... is what spurred Ajay into action. 'It was just too
        much to watch'"): no one else has spoken or been named before it."""
        words = doc_text(self.doc)[span.start : span.end]
        if not _PERSONAL_WORDS.search(words) or len(words.split()) < 4:
            return None
        if not _SENTENCE_OPENING.search(doc_text(self.doc)[: span.open_at]):
            return None
        spoke = [speaker for at, speaker in self.history if at < span.start]
        if not spoke or len({speaker.key for speaker in spoke}) != 1:
            return None
        voice = spoke[-1]
        named = {
            _mention_key(m)
            for m in self.mentions_in(0, span.open_at)
            if m["actor_type"] in ("person", "organization")
        }
        return voice if voice.kind == "person" and named <= {voice.key} else None

    def remember(self, char: int, speaker: _Speaker) -> None:
        bisect.insort(self.history, (char, speaker), key=lambda item: item[0])

    def _collect_named_speakers(self) -> None:
        for token in self.doc:
            if not (_is_reporting(token) or _issues_speech(token)) or self.in_quote(token):
                continue
            subject = self.subject_of(token)
            if subject is None or subject.lower_ in PRONOUN_GENDERS:
                continue
            if subject.lower_ in BODY_PRONOUNS or _several_heads(subject, self.conjuncts(subject)):
                continue
            start, end = self.speaker_range(subject)
            named = self.person_in(start, end, subject) or self.appositive_person(subject, start)
            named = named or self.named_after(subject, start, end)
            named = named or self.name_given(subject, start)
            named = named or self.owned_body(subject, start, end)
            named = named or self.body_in(start, end, subject)
            if named is not None:
                self.remember(token.idx, named)

    # ----------------------------------------------------------------- kinds

    def is_term(self, span: _Span) -> bool:
        """Whether quoted words are a title, a term or a scare quote, not speech.

        A quotation right after a title word ("the song", "so-called",
        "dubbed") is a term; so is a quotation of at most :data:`_TERM_WORDS`
        words inside a sentence that follows a determiner or a possessive
        ("Russia's 'rebirth'", "the 'liberation'"), holds no verb and has no
        attribution. A name of :data:`NAMED_TERMS` ("special military
        operation") is always a term, and so are title-case words naming a
        title or a programme (see :meth:`_title` and :meth:`_programme`).
        """
        text = doc_text(self.doc)
        words = re.findall(r"[^\W\d_]+", text[span.start : span.end].casefold())
        if " ".join(words) in NAMED_TERMS:
            return True
        quoted = text[span.start : span.end]
        if ": " in quoted and title_case(quoted):
            return True  # a title with a subtitle: "Defending Ukraine: Early Lessons from ..."
        before = text[span.paragraph_start : span.open_at].split()
        if not before:
            return False
        last = before[-1].casefold()
        if last == "own" and len(before) > 1:
            last = before[-2].casefold()  # "Russia installed its own 'mayor'": its
        if _called_by_someone(before):
            return False  # "what he called its 'neutrality'": his word (not "what it calls")
        if (
            last in TERM_MARKERS
            and not self._marker_is_subject(span)
            and not self._marker_called(span)
        ):
            return True
        if len(before) > 1 and last in _TERM_DETERMINERS and before[-2].casefold() in TERM_MARKERS:
            return True  # "what it called an 'anti-terrorist operation'"
        plural_owner = tuple(f"s{mark}" for mark in APOSTROPHES)
        possessive = (
            last.endswith((*POSSESSIVE_ENDINGS, *plural_owner)) or last in _TERM_DETERMINERS
        )
        if possessive and title_case(text[span.start : span.end]):
            return True  # a programme, a paper or an order: CNN's "State of the Union"
        if self.nickname_after_role(span) is not None:
            return True  # the blogger "Moscow Calling": a name
        # "what is known as 'the war between wars'", "known as the 'war between wars'"
        as_at = len(before) - (2 if last in _TERM_DETERMINERS else 1)
        known_as = as_at > 0 and before[as_at].casefold() == "as"
        if known_as and before[as_at - 1].casefold() in _KNOWN_AS:
            return True
        if (
            known_as
            and as_at > 1
            and before[as_at - 1].casefold() in _DESCRIBED_FORMS
            and before[as_at - 2].casefold() in _PASSIVE_BE
            and not _AGENT_AFTER.match(text, (span.close_at or span.end) + 1)
        ):
            return True  # "has been described as 'Putin's chef'" (not "... by the UN")
        # "known to the public as 'Drone Boy'", "known in Ukraine as ...": who knows it between
        # (not "also known as Sibs, as a 'friend like no other'")
        between = before[max(0, as_at - 4) : as_at]
        known = [i for i, w in enumerate(between) if w.casefold() == "known"]
        if (
            known_as
            and known
            and not any(w.casefold() == "as" or w.endswith(",") for w in between[known[-1] + 1 :])
        ):
            return True
        if self._named_by_what(span):
            return True
        inner = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if self._epithet_before_name(span, inner):
            return True
        if self._programme(span, inner, before[-1]):
            return True
        if self._title(span, inner) or self._listed_title(span, inner):
            return True
        if last == "the" and self._verbless_title(span, inner, most=8):
            return True  # a name after "the": 'The "Asset Seizure for Ukraine Reconstruction
            # Act," introduced by Rep. Tom Malinowski
        if self._name_after_noun(span):
            return True
        if inner is None or len([t for t in inner if t.is_alpha]) > _TERM_WORDS:
            return False
        if any(t.pos_ in ("VERB", "AUX") for t in inner):
            return False
        if not (last.endswith(POSSESSIVE_ENDINGS) or last in _TERM_DETERMINERS):
            return False
        # (nor in the view of a person named: "Jonathan Bentham believes a missile system on
        # the island would be a 'big game-changer'", the words he used; not "Russia thought
        # that Ukraine was planning on using a 'dirty bomb'")
        holder = self.holder_of_view(span)
        held = holder is not None and holder[0].kind == "person"
        return self.attribution(span) is None and not held

    def _marker_is_subject(self, span: _Span) -> bool:
        """Whether the title word right before the marks is the subject of a verb that opens
        the quotation: 'the U.S. refugee program "is not an emergency response program"'
        says what the program is, in someone's words; it names no programme (not 'the
        campaign "Stand With Ukraine"', 'the operation "Z"')."""
        k = self._token_at(span.open_at) - 1
        while k >= 0 and (self.doc[k].is_space or self.doc[k].is_quote):
            k -= 1
        first = self._token_at(span.start)
        if k < 0 or first >= len(self.doc):
            return False
        marker, opening = self.doc[k], self.doc[first]
        return (
            marker.pos_ == "NOUN"
            and marker.dep_ in ("nsubj", "nsubjpass")
            and opening.text.islower()
            and opening.tag_ in _FINITE_TAGS
            and span.start <= marker.head.idx < span.end
        )

    def _marker_called(self, span: _Span) -> bool:
        """Whether the title word right before the marks is what a speaker calls the
        quoted words, which are no title (more than :data:`_TERM_WORDS` words, not in title
        case): "He called the briefing book 'nothing more than a comprehensive chronological
        account of ...'" (not "called the book 'War and Peace'")."""
        k = self._token_at(span.open_at) - 1
        while k >= 0 and (self.doc[k].is_space or self.doc[k].is_quote):
            k -= 1
        if k < 0:
            return False
        marker = self.doc[k]
        quoted = doc_text(self.doc)[span.start : span.end]
        return (
            marker.pos_ == "NOUN"
            and marker.dep_ == "dobj"
            and marker.head.lemma_.lower() in _NAMING_VERBS
            and any(c.dep_ == "nsubj" and c.lower_ != "it" for c in marker.head.children)
            and len(re.findall(r"[^\W\d_]+", quoted)) > _TERM_WORDS
            and not title_case(quoted)
        )

    def unsaid_as_term(self, quote: dict, span: _Span) -> dict:
        """A short quotation inside a sentence that no one is found to have said, with no
        verb in it and none that reports it, is the writer's term, not words said: 'the
        spread of "false information"', 'barrage of "suicide drones"', 'traumatised after
        the "whistling" explosives', 'regions that were "liberated"'. A quotation of its own
        paragraph, an exclamation or a question ('a lone "Never again!" rang out') stays a
        quotation."""
        if quote["kind"] != "direct" or quote["speaker_text"] is not None or quote["cue"]:
            return quote
        text = doc_text(self.doc)
        if span.opens_paragraph:
            return quote
        if span.close_at is None or re.search(r"[!?]", text[span.start : span.close_at]):
            return quote
        inner = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        words = [t for t in inner if t.is_alpha] if inner is not None else []
        if inner is not None and self._listed_names(span, inner):
            return {**quote, "kind": "term", "verb": None}
        if inner is None or len(words) > _TERM_WORDS:
            return quote
        # a verb makes words said, unless a participle of one or two words with no subject
        # ('regions that were "liberated" by Russia', 'feel "grown up"'; not "is lying")
        verbs = [t for t in inner if t.pos_ in ("VERB", "AUX")]
        finite = any(t.tag_ not in ("VBN", "VBG") for t in verbs)
        clause = any(t.dep_ in _SUBJECTS or t.dep_ == "expl" for t in inner)
        if verbs and (len(words) > 2 or clause or finite):
            return quote
        return {**quote, "kind": "term", "verb": None}

    def _epithet_before_name(self, span: _Span, inner: Span | None) -> bool:
        """Whether a few quoted words with no verb stand right before a person's name as
        the writer's epithet for them: "children with 'lover' Alina Kabaeva"."""
        if span.close_at is None or inner is None or not len(inner):
            return False
        words = [t for t in inner if t.is_alpha]
        if not words or len(words) > _TERM_WORDS or any(t.pos_ in ("VERB", "AUX") for t in inner):
            return False
        k = self._token_at(span.open_at) - 1
        if k < 0 or self.doc[k].pos_ not in ("ADP", "DET", "ADJ"):
            return False  # 'called him "a killer" ...': the caller's word
        text = doc_text(self.doc)
        if not text[span.start : span.close_at].rstrip()[-1:].isalpha():
            return False  # '... "positive," Mayne said', '"... disinformation." Blinken and ...'
        after = span.close_at + 1
        if not re.match(r"[ ][A-Z]", text[after : after + 2]):
            return False
        return any(
            m["start_char"] == after + 1 and m["actor_type"] == "person"
            for m in self.mentions_in(after + 1, after + 80)
        )

    def _listed_names(self, span: _Span, inner: Span) -> bool:
        """Whether unattributed quoted words with no finite verb stand in a list of such
        quotations, joined by commas, "and" or "or": names of things the writer lists
        ("the crimes are 'discrediting the Russian army', 'spreading fake news' and
        'participation in the activities of an undesirable organisation'")."""
        if len(inner) > 12 or any(
            t.tag_ in _FINITE_TAGS or t.dep_ in _SUBJECTS or t.dep_ == "expl" for t in inner
        ):
            return False
        if inner[0].tag_ == "VB":
            return False  # 'should "stop playing politics and theater," and "start governing"'
        text = doc_text(self.doc)
        if span.close_at is None:
            return False
        after = _LIST_JOINT_AFTER.match(text, span.close_at + 1)
        before = _LIST_JOINT_BEFORE.search(text, 0, span.open_at)
        return after is not None or before is not None

    def _named_by_what(self, span: _Span) -> bool:
        """Whether the quotation is what someone calls a thing, in a free relative: "what
        it calls 'freedom of navigation operations'", "what he presents as 'Russian
        values'", "which Moscow terms a 'special operation'": the writer keeps a distance
        from another's term."""
        doc = self.doc
        k = self._token_at(span.open_at) - 1
        while k >= 0 and (doc[k].lower_ in _TERM_DETERMINERS or doc[k].lower_ == "as"):
            k -= 1
        if k < 1 or doc[k].lemma_.lower() not in _NAMING_VERBS or self.in_quote(doc[k]):
            return False
        return any(t.lower_ in ("what", "which") for t in doc[max(0, k - 4) : k])

    def _verbless_title(self, span: _Span, inner: Span | None, most: int = 5) -> bool:
        """Whether quoted words, at most ``most``, are in title case and hold no verb."""
        if (
            inner is None
            or not len(inner)
            or not title_case(doc_text(self.doc)[span.start : span.end], most)
        ):
            return False
        return not any(t.pos_ in ("VERB", "AUX") for t in inner)

    def _programme(self, span: _Span, inner: Span | None, word_before: str) -> bool:
        """Title-case words with no verb right after "on" or a broadcaster's initials
        name a programme, not words said: ABC "This Week", on "State of the Union", on "The
        Late Show with Stephen Colbert" (up to eight words)."""
        if not self._verbless_title(span, inner, most=8):
            return False
        initials = word_before.isalpha() and word_before.isupper() and len(word_before) > 1
        if initials or word_before.casefold() == "on":
            return True
        # the one told, with what was told after it: 'Kirby told "Fox News Sunday" the U.S.
        # is committed ...'
        after = doc_text(self.doc)[span.close_at + 1 :] if span.close_at is not None else ""
        told = word_before.casefold() in _TELLING_FORMS
        return told and re.match(r" +(?:that\b|[a-z]|[A-Z][a-z]* [a-z])", after) is not None

    def _listed_title(self, span: _Span, inner: Span | None) -> bool:
        """Title-case words with no verb listed with other such quotations name titles,
        whoever reports the list: 'appeared in films including "Meeting Of Classmates,"
        "The Fight Rules," "Selfie Party" and "Zvychayna Sprava," Deadline reported'."""
        if not self._verbless_title(span, inner):
            return False
        text = doc_text(self.doc)
        k = self.spans.index(span)

        def listed(first: _Span, second: _Span) -> bool:
            if first.close_at is None or first.paragraph != second.paragraph:
                return False
            between = text[first.close_at + 1 : second.open_at]
            return re.fullmatch(r",?\s+(?:(?:and|or)\s+)?", between) is not None

        def title(other: _Span) -> bool:
            words = self.doc.char_span(other.start, other.end, alignment_mode="expand")
            return self._verbless_title(other, words)

        before = k > 0 and listed(self.spans[k - 1], span) and title(self.spans[k - 1])
        after = k + 1 < len(self.spans) and listed(span, self.spans[k + 1])
        if not (before or (after and title(self.spans[k + 1]))):
            return False
        first = k
        while first > 0 and listed(self.spans[first - 1], self.spans[first]):
            first -= 1
        # words said, not titles: 'prisoners were forced to say, "Hail Putin" or "Hail
        # Russia"' (but 'the exercise, called "Grom" or "Thunder"' names it)
        j = self._token_at(self.spans[first].open_at) - 1
        while j >= 0 and (self.doc[j].is_punct or self.doc[j].is_space):
            j -= 1
        verb = self.doc[j] if j >= 0 else None
        return verb is None or not _is_reporting(verb) or verb.lemma_.lower() in _NAMING_VERBS

    def _name_after_noun(self, span: _Span) -> bool:
        """Title-case words in marks right after a common noun or adjective, or set off by
        commas after a noun, name a thing: the group "Killnet", the self-declared "People's
        Republic of Donetsk", "the name of the street, 'Heroes of the Azov Regiment', is"."""
        text = doc_text(self.doc)
        if span.close_at is None or not title_case(text[span.start : span.end]):
            return False
        k = self._token_at(span.open_at) - 1
        gap = r"\s+"
        if k > 0 and self.doc[k].text == "," and text.startswith(",", span.close_at + 1):
            k -= 1  # set off by commas: "the new name of the street, 'Heroes of the Azov
            gap = r",\s+"  # Regiment', is"
        if k < 0 or not re.fullmatch(gap, text[self.doc[k].idx + len(self.doc[k]) : span.open_at]):
            return False
        before = self.doc[k]
        if not before.text.islower() or _is_reporting(before):
            return False
        return before.pos_ in ("NOUN", "ADJ") or before.tag_ == "VBN"

    def nickname_after_role(self, span: _Span) -> Token | None:
        """The role noun a quoted name stands right after ("The Russian military blogger
        'Moscow Calling' wrote"): title-case words, right after a person or body noun,
        right before the verb that noun is the subject of; else None."""
        text = doc_text(self.doc)
        if span.close_at is None or not title_case(text[span.start : span.end]):
            return None
        doc = self.doc
        k = self._token_at(span.open_at) - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0 or not text[doc[k].idx + len(doc[k]) : span.open_at].isspace():
            return None
        before = doc[k]
        if before.lower_ not in PERSON_ROLES and before.lower_ not in ORGANISATION_ROLES:
            return None
        j = self._token_at(span.close_at) + 1
        while j < len(doc) and doc[j].is_space:
            j += 1
        if j >= len(doc) or doc[j].pos_ not in ("VERB", "AUX") or before.dep_ not in _SUBJECTS:
            return None
        return before

    def account_holder(self, subject: Token) -> _Speaker | None:
        """Whom an account speaks for: "the Twitter account for/of the national team",
        "the ministry's Twitter feed" post the team's and the ministry's words (resolved
        as any speaker)."""
        if subject.lower_ not in ACCOUNT_NOUNS:
            return None
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ != "PRON" and not self.in_quote(owner):
            return self.speaker_of(owner)
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects and not self.in_quote(objects[0]):
                    return self.speaker_of(objects[0])
        return None

    def nickname_of(self, role: Token) -> str | None:
        """The quoted name right after a role noun ("the blogger 'Moscow Calling'")."""
        after = role.idx + len(role)
        for span in self.spans:
            if after < span.open_at <= after + 2 and self.nickname_after_role(span) == role:
                return doc_text(self.doc)[span.start : span.end]
        return None

    def _title(self, span: _Span, inner: Span | None) -> bool:
        """A title in marks: title-case words with no verb that modify a noun
        ('"Good Morning America" co-anchor') or that nobody is said to say
        ('on "Good Morning America"')."""
        if not self._verbless_title(span, inner):
            return False
        root = inner.root
        outside = not (inner.start <= root.head.i < inner.end)
        if outside and root.dep_ in ("compound", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
            return True
        told = root.head.lemma_.lower() == "tell" and root.dep_ in ("dobj", "dative")
        if outside and told and any(c.dep_ == "ccomp" for c in root.head.children):
            return True  # the one told, not the words: 'told "Good Morning America" that ...'

        return self.attribution(span) is None

    def _narration_start(self, before: _Span, after: int) -> int:
        """Where the narration after a quote starts: right after its closing mark when the
        quote ends its sentence ('... inexplicable.” Her husband's arrest'), else after
        the sentence its attribution ends ('...,” Kara-Murza said. Her husband's ...')."""
        text = doc_text(self.doc)
        if text[before.start : before.end].rstrip()[-1:] in (".", "!", "?"):
            return after
        stop = re.search(r"[.!?]", text[after:])
        return after + stop.end() if stop else len(text)

    def _about_by_pronoun(self, start: int, end: int, speaker: _Speaker | None) -> bool:
        """Whether the narration from ``start`` to ``end`` speaks of a speaker of known gender
        mostly with that gender's pronouns, and reports no one's words ("Her husband's arrest
        and her campaign to secure his release have required her to change her role")."""
        if speaker is None or speaker.gender not in ("m", "f") or not speaker.key:
            return False
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None or not len(span) or any(_is_reporting(t) for t in span):
            return False  # someone reports something between ("A spokesperson said ...")
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", doc_text(self.doc)[start:end])]
        own = sum(_GENDERED_PRONOUNS.get(w) == speaker.gender for w in words)
        other = sum(_GENDERED_PRONOUNS.get(w) not in (None, speaker.gender) for w in words)
        return own > other

    def continues_quote(
        self,
        before: _Span,
        verb_at: int | None,
        span: _Span,
        speaker: _Speaker | None = None,
        *,
        by_pronoun: bool = False,
    ) -> bool:
        """Whether an unattributed quote continues the previous one (and takes its speaker).

        In the same paragraph: only the previous quote's attribution (or a
        short one) lies between them, or the quote follows within
        :data:`_CONTINUE_SENTENCES` sentences (a sentence of narration, a
        partial quote: "But 'negotiations ...' become dangerous"). A quote
        that opens a paragraph continues the quote of the previous paragraph,
        or one left open (wire style) up to :data:`_CONTINUE_PARAGRAPHS`
        paragraphs back, across a photo caption. A sentence between that names
        a person or organisation other than the speaker ends it; names inside the
        speaker's own phrase ("Kremlin spokesman Dmitry Peskov said") do not. With
        ``by_pronoun`` (a quote with no attribution of its own), one more sentence that
        speaks of the speaker mostly by pronouns of the speaker's gender keeps the speaker.
        """
        key = speaker.key if speaker is not None else None
        own = (
            (speaker.start, speaker.end)
            if speaker is not None and speaker.start is not None
            else (-1, -1)
        )
        if before.paragraph == span.paragraph:
            if self.continues(before, verb_at, span, key):
                return True
            gap = self.sentence_of(span.open_at) - self.sentence_of(before.end)
            if gap > _CONTINUE_SENTENCES + 1:
                return False
            # a sentence of narration that names someone else ("Documents reveal
            # Mr Kantor made donations ... 'around two members of staff'") is no
            # continuation of the quote before it
            after = before.close_at + 1 if before.close_at is not None else before.end
            between = [
                m
                for m in self.mentions_in(after, span.open_at)
                if m["actor_type"] in ("person", "organization")
                and not own[0] <= m["start_char"] < own[1]
                and not self._char_in_quote(m["start_char"])
            ]
            if any(_mention_key(m) != key for m in between):
                return False
            # one more sentence of narration only about the speaker ("Hanlon is in
            # touch with 40 other sponsors. '...'", or with the speaker's pronoun: "Her
            # husband's arrest ... have required her to change her role. '...'") keeps
            # the speaker
            # (a quotation that opens its sentence with words of its own, not "groups it
            # bankrolled through 'civil society'", the writer's marks)
            speech = _SENTENCE_OPENING.search(doc_text(self.doc)[: span.open_at]) is not None
            speech = speech and len(doc_text(self.doc)[span.start : span.end].split()) >= 4
            about = bool(key and between) or (
                by_pronoun
                and speech
                and self._about_by_pronoun(
                    self._narration_start(before, after), span.open_at, speaker
                )
            )
            return gap <= _CONTINUE_SENTENCES or about
        if not span.opens_paragraph:
            return False
        if before.paragraph == span.paragraph - 1:
            return True
        gap = span.paragraph - before.paragraph
        return before.close_at is None and gap <= _CONTINUE_PARAGRAPHS

    def previous_attribution(self, span: _Span) -> tuple[_Speaker, str | None, int] | None:
        """The speaker of the sentence before a quote that opens its own sentence, with the
        lemma and offset of its verb (no verb for "according to X").

        "Daniels told the Observer that it was hard to know ... “There is a
        possibility ...”": a quotation standing alone takes the speaker of a
        verb of speaking in the main clause of the sentence right before it,
        or of an "according to X" on that clause ("..., missiles hit the
        hangars, according to the military spokesman. “More than 30 ...”"),
        when that sentence holds no quotation of its own (paragraph breaks lost
        or kept alike). One sentence that names nobody and quotes nothing may
        lie between ("X, the representative said. If he decided ..., he had
        the government's support. '...'"). Without such a verb, the person the
        sentence right before is about speaks (:meth:`_person_in_focus`). The quote
        keeps no cue.
        """
        text = doc_text(self.doc)
        before = text[: span.open_at].rstrip()
        if not before or before[-1] not in ".!?":
            return None
        sentence = self.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if sentence is None or not len(sentence):
            return None
        sent = sentence[0].sent
        if sent.end_char > span.open_at:
            return None
        in_focus = None
        for back in range(2):
            if any(self.in_quote(t) for t in sent):
                break
            found = self._main_speaker(sent)
            if found is not None:
                return found[0], found[1].lemma_.lower(), found[1].idx
            according = self._main_according_to(sent)
            if according is not None:
                return according[0], None, according[1].idx
            if back == 0:
                in_focus = self._person_in_focus(sent)
            if back == 1 or sent.start == 0:
                break
            if any(
                m["actor_type"] == "person"
                for m in self.mentions_in(sent.start_char, sent.end_char)
            ):
                break
            sent = self.doc[sent.start - 1].sent
        if in_focus is not None:
            # no attribution before: the person the sentence right before is about
            return in_focus[0], None, in_focus[1].idx
        return None

    def _person_in_focus(self, sent: Span) -> tuple[_Speaker, Token] | None:
        """The person a sentence of narration is about, with its main verb: the named or
        resolved person that is the subject of its main clause ("Lida, who radiated
        defiance, was rescued by soldiers ... “They bombed everything ...”"; "Mitri shrugged
        ... when I asked him if ... “I don't know ...”"). A feature's quotation standing
        alone after such a sentence is that person's, as a reader takes it; else the person
        of a clause joined to the main one ("Ukraine has already had to close its port ...,
        but Mr Zhdanov fears the island could ... “If the Russians succeed ...”")."""
        root = sent.root
        if root.pos_ not in ("VERB", "AUX") or self.in_quote(root):
            return None
        joined = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
        for verb in [root, *reversed(joined)]:
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if len(subjects) != 1 or self.in_quote(verb):
                continue
            found = self._named_speaker(subjects[0], verb)
            if found is not None and found[0].kind == "person":
                return found
        return None

    def _main_according_to(self, sent: Span) -> tuple[_Speaker, Token] | None:
        """The speaker of an "according to X" on the main verb of a sentence, with its
        "according"."""
        for according, to in self._according_tos(sent):
            if according.dep_ == "prep" and according.head.dep_ == "ROOT":
                found = self._according_speaker(to)
                return (found, according) if found is not None and found.text else None
        return None

    def _according_tos(self, sent: Span) -> Iterator[tuple[Token, Token]]:
        """The "according" and "to" of each "according to" of a sentence, outside quotes."""
        for token in sent:
            if token.lower_ != ACCORDING_TO[0] or self.in_quote(token):
                continue
            if token.i + 1 < len(self.doc) and token.nbor(1).lower_ == ACCORDING_TO[1]:
                yield token, token.nbor(1)

    def name_label(self, span: _Span) -> _Speaker | None:
        """The speaker a bare name labels: "Biden: '...'", "The Estonian Foreign Ministry:
        '...'" (a name alone before a colon, opening its sentence or line, then the quote)."""
        text = doc_text(self.doc)
        before = text[: span.open_at].rstrip()
        if not before.endswith(":"):
            return None
        colon = len(before) - 1
        for mention in self.mentions_in(max(0, colon - 60), colon):
            if mention["end_char"] != colon or mention["actor_type"] not in (
                "person",
                "organization",
            ):
                continue
            opening = re.sub(r"(?i:\bthe)$", "", text[: mention["start_char"]].rstrip()).rstrip()
            if opening and opening[-1] not in '.!?\n”"':
                return None  # "The Estonian Foreign Ministry: '...'" opens its sentence
            return self._speaker_from(mention, mention["start_char"], mention["end_char"])
        return None

    def fragment_speaker(self, span: _Span) -> tuple[_Speaker, Token] | None:
        """The speaker of a quoted fragment inside a clause whose verb has a subject.

        "Mr Lavrov has blamed 'the Brussels puppeteers'", "Zaluzhniy praised the
        units' 'exceptional utility'", "he defended the invasion as '...'": the
        words are the subject's, resolved as any speaker, when it names (or a
        pronoun resolves to) a person or body. The nearest verb above the
        fragment decides: a passive one ("were denounced as 'a sham'"), a
        relative clause or the content of someone's speech ("an allegation that
        Ukraine would launch a 'dirty bomb'") gives none.
        """
        fragment = self._fragment_root(span)
        if fragment is None:
            return None
        inner, root = fragment
        node = root.head
        for _ in range(_FRAGMENT_STEPS):
            if self.in_quote(node):
                return None
            if node.pos_ in ("VERB", "AUX"):
                break
            if node.head.i == node.i:
                return None
            node = node.head
        else:
            return None
        if node.pos_ not in ("VERB", "AUX") or node.dep_ == "relcl" or node.i > inner.start:
            return None
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        described = any(c.dep_ == "nsubj" for c in node.children)
        if node.lemma_ == "be" and infinitive and described and node.dep_ in ("xcomp", "ccomp"):
            # "He expects the occasion to be 'extremely emotional'": the one who expects
            # (not "what it deems to be 'fake'", "Beijing tried to be 'impartial'")
            node = node.head
        path, climb = [], root
        while climb.i != node.i:
            path.append(climb)
            climb = climb.head
        described = not any(t.dep_ == "ccomp" for t in path)
        if node.lemma_.lower() in _DESCRIBING_VERBS and described:
            # "Putin has been 'extremely ineffective'": Putin described, not speaking (but
            # "Putin wants to be sure that 'not a fly gets through'" quotes what he wants)
            return None
        if any(c.dep_ == "nsubjpass" for c in node.children):
            return None
        if _plain_act(node):
            return None  # 'Ukraine boasts an informal "IT army"': it has one, says nothing
        if self._in_content(node):
            return None  # "an allegation that Ukraine would launch a 'dirty bomb'": not Ukraine's
        subject = self.subject_of(node)
        if subject is None or subject.i >= inner.start or self.in_quote(subject):
            return None
        if subject.pos_ not in ("PROPN", "PRON", "NOUN") or subject.tag_ == "NNS":
            return None  # "Putin's puppet officials began 'evacuating'": no one's words
        expecting = self._expecting_subject(subject)
        if expecting is not None:
            subject, node = expecting
        return self._named_speaker(subject, node)

    def _expecting_subject(self, subject: Token) -> tuple[Token, Token] | None:
        """The subject of the verb above an infinitive that has a subject of its own: "he
        expects Putin to continue shelling ... with the aim of driving 'hundreds of
        thousands of refugees' into Europe" quotes the one who expects, not Putin."""
        clause = subject.head
        if subject.dep_ != "nsubj" or clause.dep_ not in ("ccomp", "xcomp"):
            return None
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            return None
        verb = clause.head
        if verb.pos_ not in ("VERB", "AUX") or self.in_quote(verb):
            return None
        higher = self.subject_of(verb)
        if higher is None or higher.i > subject.i or self.in_quote(higher):
            return None
        return higher, verb

    def holder_of_view(self, span: _Span) -> tuple[_Speaker, Token] | None:
        """The person whose view holds a quoted fragment: "Professor Bryson believes the
        warlord's actions are a clear indicator of his military 'failure'". A verb of
        holding a view (:data:`_VIEW_VERBS`) is no verb of speaking, so its content is
        no reported speech, but words in marks inside it are the holder's, quoted from
        what they said. Its subject must name (or a pronoun resolve to) a person or body.
        """
        fragment = self._fragment_root(span)
        if fragment is None:
            return None
        inner, root = fragment
        node, through_content = root.head, False
        for _ in range(_FRAGMENT_STEPS + 2):
            if self.in_quote(node) or node.i > inner.start:
                return None
            if node.lemma_.lower() in _VIEW_VERBS and node.pos_ == "VERB" and through_content:
                break
            through_content = through_content or node.dep_ == "ccomp"
            if node.head.i == node.i:
                return None
            node = node.head
        else:
            return None
        subject = self.subject_of(node)
        if subject is None or self.in_quote(subject):
            return None
        return self._named_speaker(subject, node)

    def _fragment_root(self, span: _Span) -> tuple[Span, Token] | None:
        """A quoted fragment's tokens and the first of them whose head lies outside it."""
        inner = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if inner is None or not len(inner):
            return None
        inside = set(range(inner.start, inner.end))
        roots = [t for t in inner if t.head.i not in inside and t.head.i != t.i]
        return (inner, roots[0]) if roots else None

    def _named_speaker(self, subject: Token, verb: Token) -> tuple[_Speaker, Token] | None:
        """The speaker ``subject`` stands for, with ``verb``, when it is named or resolved."""
        found = self.speaker_of(subject)
        if found.text is None or not (found.actor_id or found.key or found.name):
            return None
        return found, verb

    def _in_content(self, node: Token) -> bool:
        """Whether a clause lies in the content of a verb or noun of speech above it."""
        content = False
        for token in [node, *node.ancestors]:
            speech = _is_reporting(token) or token.lower_ in SPEECH_NOUNS
            if content and speech and not self.in_quote(token):
                return True
            content = content or token.dep_ in ("ccomp", "acl")
        return False

    def _main_speaker(self, sent: Span) -> tuple[_Speaker, Token] | None:
        """The speaker of the main verb of speaking (or of sending a message) of a sentence."""
        for token in sent:
            # "CONTENT, X said" is often parsed with "said" beside the root ("..., too, warns
            # Romanian historian Dorin Dobrincu": a plain dependent)
            main = token.dep_ == "ROOT" or (
                token.dep_ in ("conj", "parataxis", "dep") and token.head.dep_ == "ROOT"
            )
            if not main or self.in_quote(token) or token.pos_ not in ("VERB", "AUX"):
                continue
            # "Zelenskiy sent a message of congratulations to the team. “...”"
            message = any(c.dep_ == "dobj" and c.lower_ in SPEECH_NOUNS for c in token.children)
            if _is_reporting(token) or message:
                found = self.speaker(token, None)
                if found is not None and found.text is not None:
                    return self._reported_speaker(token, found) or (found, token)
        return None

    def writing_spoke_before(self, pronoun: Token) -> _Speaker | None:
        """The unnamed writing that "it" opening a sentence stands for: the subject of the
        main verb of the sentence before, a verb of saying or showing, when that subject is
        a cable, report, letter or other writing ("the cable reveals NATO allies are
        concerned ... It says: '...'", "The report found that ... It said: '...'")."""
        sent = pronoun.sent
        if pronoun.i != sent.start or sent.start == 0:
            return None
        for verb in self.doc[sent.start - 1].sent:
            if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or self.in_quote(verb):
                continue
            if verb.lemma_.lower() not in CONTENT_VERBS | _SHOWING and not _is_reporting(verb):
                return None
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lemma_.lower() not in _WRITINGS_IT_STANDS_FOR:
                return None
            if self.mentions_in(subject.left_edge.idx, subject.right_edge.idx + 1):
                return None  # "a report by the ISW": its author speaks, named
            writing = self.speaker_of(subject)
            writing.name = writing.name or writing.text  # unnamed, it goes by its words
            return writing
        return None

    def speaker_over_relative(self, before: _Span, span: _Span) -> tuple[_Speaker, Token] | None:
        """The person who speaks in the main clause of the sentence before a quote that
        stands alone, when the quote in that sentence lies in a relative clause about
        someone else ("He also denied reports about a marine brigade which posted ...
        a 'last battle'. 'The information about the marines is fake.'": his, not the
        brigade's)."""
        if self.sentence_of(span.open_at) != self.sentence_of(before.start) + 1:
            return None
        inner = self.doc.char_span(before.start, before.end, alignment_mode="expand")
        if inner is None or not len(inner):
            return None
        text = doc_text(self.doc)
        if _SENTENCE_OPENING.search(text[: span.open_at]) is None:
            return None  # the quote must open its own sentence
        if before.close_at is None or text[: before.open_at].rstrip()[-1:] in {":", ","}:
            # not words the clause introduces ("Sir Robert Goodwill, who said: '...'"), which
            # the next quote may go on with
            return None
        found = self._main_speaker(inner[0].sent)
        if found is None or found[0].kind != "person" or not found[0].key:
            return None
        verb = found[1]
        relative = next(
            (a for a in inner[0].ancestors if a.dep_ == "relcl" and not self.in_quote(a)), None
        )
        if relative is None or verb not in relative.ancestors:
            return None
        return found

    def _reported_speaker(self, verb: Token, found: _Speaker) -> tuple[_Speaker, Token] | None:
        """The person whose speech an outlet reported in a sentence of its own ("On the
        stand he admitted he never met with a GOP source, the Washington Times reported."):
        a quotation standing alone after it goes on with that person's words, not the
        outlet's."""
        if verb.lemma_.lower() != "report" or found.kind == "person":
            return None
        for clause in verb.children:
            if clause.dep_ != "ccomp" or self.in_quote(clause) or not _is_reporting(clause):
                continue
            inner = self.speaker(clause, None)
            if inner is not None and inner.kind == "person":
                return inner, clause
        return None

    def speech_noun(
        self, span: _Span, verb: Token | None = None
    ) -> tuple[_Speaker | None, str | None]:
        """The X of "X's claim that '...'" or "remarks by X that '...'", with the noun as cue.

        With a ``verb`` of attribution, only a noun that lies between the quote
        and that verb counts ("Israel condemned remarks by Lavrov that ...":
        Lavrov's words, not Israel's).
        """
        inner = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if inner is None or not len(inner):
            return None, None
        node = inner.root
        child = node
        for _ in range(4):
            if node.head.i == node.i:
                return None, None
            child, node = node, node.head
            if self.in_quote(node):
                continue
            if node.lower_ in SPEECH_NOUNS and node.pos_ == "NOUN":
                break
            noun = _speech_object_before(node, child)
            if noun is not None:
                # "prompted warnings from Moscow that ... would 'cross a red line'": the
                # parser hung the noun's clause on the verb
                node = noun
                break
        else:
            return None, None
        if node.lower_ not in SPEECH_NOUNS:
            return None, None
        if verb is not None and (
            verb not in node.ancestors or child.dep_ not in ("acl", "ccomp", "relcl", "appos")
        ):
            # the noun must introduce the quote in a clause ("remarks by X that
            # ..."); "called his comments 'unacceptable'" is the caller's word
            return None, None
        owners = [c for c in node.children if c.dep_ == "poss"]
        for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
            owners += [c for c in prep.children if c.dep_ == "pobj"]
        for owner in owners:
            start, end = self.speaker_range(owner)
            text = doc_text(self.doc)
            for mark in (*POSSESSIVE_ENDINGS, *APOSTROPHES):
                if text[start:end].endswith(mark) and end - len(mark) > start:
                    end = len(text[:end].removesuffix(mark).rstrip())
                    break
            found = self.person_in(start, end, owner) or self.body_in(start, end, owner)
            if found is None and owner.pos_ == "NOUN" and owner.lower_ in PERSON_ROLES:
                found = self.speaker_of(owner, (start, end))  # "the president's promise"
            if found is None:
                # "her assertion that '...'"
                found = self.possessor(owner, _Speaker(text=text[start:end], start=start, end=end))
            return found, node.text
        return None, None

    def possessor(self, owner: Token, found: _Speaker) -> _Speaker:
        """``found`` resolved to the person "his" or "her" at ``owner`` stands for; as it is
        for any other possessive."""
        if owner.lower_ == "its":
            # "The council reiterated its previous assertion that it '...'": the body its
            # clause's subject names (not one that answers another's claim: "denied its")
            verb = owner.head.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            own = verb.pos_ == "VERB" and _verb_lemma(verb) not in _REJECTING_VERBS
            if own and subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                return self._as(found, self.speaker_of(subject))
        if owner.lower_ not in POSSESSIVE_PRONOUN_GENDERS:
            return found
        gender = POSSESSIVE_PRONOUN_GENDERS[owner.lower_]
        return self._as(found, self.resolve(owner.idx, gender, None, pronoun=owner))

    def named_after(self, subject: Token, start: int, end: int) -> _Speaker | None:
        """A person named after a described speaker and a comma ("A professor at the
        university, Artyom Lukin, told ..."; a role the tagger took for a name: "Russia's
        deputy Ambassador to the U.N., Dmitry Polyansky, said")."""
        if subject.pos_ not in ("NOUN", "PROPN") or subject.lower_ not in PERSON_ROLES:
            return None
        text = doc_text(self.doc)
        rest = text[end : end + 3]
        if not rest.startswith(","):
            return None
        after = end + 1 + (len(text[end + 1 :]) - len(text[end + 1 :].lstrip()))
        return self.person_named_at(after, after + 80, start)

    def named_after_lede(self, subject: Token, start: int, end: int) -> _Speaker | None:
        """The person a story's first sentence describes as someone who speaks ("A former
        U.S. ambassador to the United Nations on Sunday said he is 'optimistic' ...") and
        its second names as its subject ("Bill Richardson told ABC's 'This Week' ..."; see
        :meth:`_subject_of_second_sentence`); a public figure too where the description may
        be theirs (:meth:`_public_figure_described`). Not an unnamed source ("A senior U.S.
        official said"), whom the writer does not name."""
        # or a body's one head, definite ("the head of the World Health Organization has
        # warned ... Tedros Adhanom Ghebreyesus was speaking in Geneva"), however parsed
        office = (
            self.doc[subject.left_edge.i].lower_ == "the"
            and subject.lower_ in _HEADS_OF_BODIES
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
        )
        if subject.tag_ != "NN" or not _one_of_people(subject):
            return None
        if subject.dep_ not in _SUBJECTS and not office:
            return None
        anonymous = subject.lemma_.lower() in _ANONYMOUS_SOURCES
        if anonymous and subject.lemma_.lower() not in _OFFICIAL_SOURCES:
            return None
        if self.doc[subject.left_edge.i].lower_ not in _INDEFINITE and not office:
            return None
        later = self._subject_of_second_sentence(subject)
        if later is None or self._held_otherwise(subject, later):
            return None
        if anonymous and (later.actor_id or not self._introduced_with_office(later)):
            # "a top Ukrainian official has said. ... Oleg Ustenko, economic adviser to
            # Ukrainian President Volodymyr Zelensky, claimed": the official the second
            # sentence introduces by office (not "a senior U.S. official said ... President
            # Joe Biden said", one the writer keeps unnamed)
            return None
        if later.actor_id and not self._public_figure_described(subject, later):
            return None
        return self._as(_Speaker(text=doc_text(self.doc)[start:end], start=start, end=end), later)

    def person_named_at(self, at: int, limit: int, start: int) -> _Speaker | None:
        """The person whose mention begins at ``at`` (and ends by ``limit``), as a speaker
        whose phrase runs from ``start`` to the end of the name, else None."""
        person = self.person_mention_at(at, limit)
        return self._speaker_from(person, start, person["end_char"]) if person else None

    def person_mention_at(self, at: int, limit: int) -> dict | None:
        """The mention of a person that begins at ``at`` and ends by ``limit``, else None."""
        people = [
            m
            for m in self.mentions_in(at, limit)
            if m["actor_type"] == "person" and m["start_char"] == at
        ]
        return people[0] if people else None

    def name_given(self, subject: Token, start: int) -> _Speaker | None:
        """A person whose name a clause of the speaker phrase gives ("a retiree who gave
        only her first name, Tetyana", "a resident who gave his name as Leonid", "a woman
        named Olga Ivanova", "the artist known as WOSKerski", "A former technician of the
        nuclear plant, who asked to be called Serhii")."""
        asked = _name_asked_for(subject) if subject.pos_ == "NOUN" else None
        if asked is not None:
            person = self.person_named_at(asked.idx, asked.idx + len(asked), start)
            if person is not None:
                return person
        # and of a noun in apposition: "One soldier, an elder man called Serhiy, reported"
        described = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        for clause in [*subject.children, *(c for a in described for c in a.children)]:
            name = _name_called(clause) if subject.pos_ == "NOUN" else None
            if name is not None:
                first, end = name.left_edge.idx, name.idx + len(name)
                # the name after the titles that open it ("as Lieutenant Colonel Andrei Lapin")
                named = [
                    m
                    for m in self.mentions_in(first, end)
                    if m["actor_type"] == "person" and m["end_char"] == end
                ]
                person = self.person_named_at(
                    named[0]["start_char"] if named else first, end, start
                )
                if person is not None:
                    return person
                called = doc_text(self.doc)[first:end]
                kind = "person" if subject.lower_ in PERSON_ROLES else "organization"
                return _Speaker(
                    text=doc_text(self.doc)[start:end],
                    start=start,
                    end=end,
                    key=f"{UNREGISTERED_PREFIX}{called}",
                    name=called,
                    kind=kind,
                )
            if clause.dep_ not in ("relcl", "acl") or clause.lemma_ not in _NAME_GIVING_VERBS:
                continue
            for noun in clause.children:
                if noun.dep_ != "dobj" or noun.lemma_ != "name":
                    continue
                k = noun.i + 1
                while k < len(self.doc) and self.doc[k].lower_ in (",", "as", "only"):
                    k += 1
                if k == len(self.doc):
                    return None
                person = self.person_named_at(self.doc[k].idx, self.doc[k].sent.end_char, start)
                if person is not None:
                    return person
        # "One member of the public called Diana told Reuters": the parser hung the name on
        # the noun of the "of" phrase; a person named there is the one described
        of = [c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"]
        wholes = [p for c in of for p in c.children if p.pos_ == "NOUN"]
        one = subject.lemma_.lower() in _ONE_PERSON_NOUNS | {"member"}
        for clause in (c for whole in wholes if one for c in whole.children):
            name = _name_called(clause)
            if name is not None:
                person = self.person_named_at(name.left_edge.idx, name.idx + len(name), start)
                if person is not None and person.kind == "person":
                    return person
        return None

    def by_surname(self, subject: Token, start: int, end: int) -> _Speaker | None:
        """A person named in full elsewhere, whose surname (or first name) alone the NER
        missed or typed otherwise ("Dombrovskis wrote", "Ban told", "said Daniels"), or
        that the tagger took for a common noun opening its sentence ("Heath, who is an
        award-winning operator, sent a stark warning", after "Heath Ball")."""
        if not subject.text[:1].isupper():
            return None
        noun = subject.pos_ == "NOUN" and subject.is_title and subject.is_sent_start
        if subject.pos_ != "PROPN" and not noun:
            return None
        # after a particle, a surname only: the "Saud" of "bin Farhan Al Saud said" is no
        # Saud al-Shaalan named before
        mention = self.full_name(subject.text, first=not after_name_particle(subject))
        return self._speaker_from(mention, start, end) if mention is not None else None

    def full_name(self, name: str, *, first: bool = True) -> dict | None:
        """The one person named in full in the document whose first (with ``first``) or
        last word is ``name``.

        "Ban" is "Ban Ki-moon", "Daniels" "Brian Daniels", "Joe" "Joe Biden";
        None when no person or several people fit ("Biden" with Joe and Hunter).
        """
        if not name or len(name.split()) != 1:
            return None
        owners = {}
        for mention in self.mentions:
            words = (mention["actor_name"] or "").split()
            if (
                mention["actor_type"] == "person"
                and len(words) > 1
                and (name == words[-1] or (first and name == words[0]))
            ):
                # one person spelt with and without accents ("Micheál"/"Micheal Martin")
                key = mention["actor_id"] or unaccented(mention["actor_name"])
                owners.setdefault(key, mention)
        return next(iter(owners.values())) if len(owners) == 1 else None

    def resolve_organisation(self, char: int, role: str, found: _Speaker) -> _Speaker | None:
        """The organisation "the ministry" at ``char`` stands for: the one named most recently.

        The nearest earlier phrase outside quotes, within
        :data:`_HISTORY_SENTENCES` sentences, whose head is the same noun and
        that says more than "the ministry" ("Britain's defence ministry", "the
        Ministry of Defence"); it gives the name, and the id of a registered
        body named in it.
        """
        window = self.history_start(char)
        text = doc_text(self.doc)
        for token in reversed(self.doc[: self._token_at(char)]):
            if token.idx < window:
                break
            if token.lower_ not in _SAME_BODY_NOUNS.get(role, {role}) or self.in_quote(token):
                continue
            left = token.left_edge.i
            ofs = [
                c.right_edge.i
                for c in token.children
                if c.dep_ == "prep"
                and (c.lower_ == "of" or (c.lower_ == "for" and _names_after_for(c)))
            ]
            right = max([token.i, *ofs])
            if token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i > right:
                # "Swedish newspaper Expressen", "Human rights group Amnesty International":
                # the name after the description
                left, right = token.i + 1, token.head.i
            while left < token.i and (self.doc[left].is_punct or self.doc[left].lower_ == "the"):
                left += 1
            start, end = self.doc[left].idx, self.doc[right].idx + len(self.doc[right])
            words = self.doc[left : right + 1]
            if not any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in words):
                spoke = self.spoken_at(token)
                if spoke is not None:
                    return self._as(found, spoke)  # "its foreign ministry said ... the ministry"
                # "the embassy" stands for what an earlier "the embassy" stood for: the
                # reader follows the chain back to the name, however many sentences
                window = min(window, self.history_start(token.idx))
                continue
            named = self._apposed_to_body(token, token.left_edge.i)
            if named is not None:
                return self._as(found, named)  # "Europol, the EU's law enforcement agency"
            found.name = text[start:end]
            found.kind = "organization"
            body = self.body_by_alias(start, end) or self.body_in(start, end, token)
            if body is not None:
                found.actor_id, found.key, found.name = body.actor_id, body.key, body.name
                found.kind, found.side = body.kind, body.side
            return found
        return None

    def _apposed_to_body(self, noun: Token, left: int) -> _Speaker | None:
        """The organisation a role noun whose phrase starts at token ``left`` stands in
        apposition to ("According to Europol, the EU's law enforcement agency, ..."): the
        body named, not the description; by the parse, or by a comma right after the
        body's name, wherever the parser hung the noun."""
        heads = [noun.head] if noun.dep_ == "appos" else []
        after = noun.i + 1 < len(self.doc) and self.doc[noun.i + 1].text == ","
        set_off = left >= 2 and self.doc[left - 1].text == "," and after
        if set_off and noun.dep_ not in _SUBJECTS:
            heads.append(self.doc[left - 2])  # ", the EU's law enforcement agency,"
        for head in heads:
            for mention in self.mentions_in(head.sent.start_char, head.sent.end_char):
                if mention["actor_type"] == "organization" and (
                    mention["start_char"] <= head.idx < mention["end_char"]
                ):
                    start, end = mention["start_char"], mention["end_char"]
                    return self._speaker_from(mention, start, end)
        return None

    def aged(self, age: str, char: int) -> _Speaker | None:
        """The one person named before ``char`` with an age of ``age`` ("Kira Rudik, 36,",
        "36-year-old Kira Rudik", "Kira Rudik, aged 36")."""
        text = doc_text(self.doc)
        found = {}
        for mention in self.mentions_in(0, char):
            if mention["actor_type"] != "person" or self._char_in_quote(mention["start_char"]):
                continue
            after = text[mention["end_char"] : mention["end_char"] + 12]
            before = text[max(0, mention["start_char"] - 14) : mention["start_char"]]
            if re.match(rf",\s*(aged\s+)?{age}\b", after) or re.search(
                rf"\b{age}[-‐ ]year[-‐ ]old\s+$", before
            ):
                speaker = self._speaker_from(mention, mention["start_char"], mention["end_char"])
                found[speaker.key] = speaker
        return next(iter(found.values())) if len(found) == 1 else None

    def spoken_at(self, token: Token) -> _Speaker | None:
        """The identified speaker whose phrase holds ``token``, if one spoke there."""
        for _, speaker in self.history:
            inside = speaker.start is not None and speaker.start <= token.idx < (speaker.end or 0)
            if inside and (speaker.actor_id or speaker.key):
                return speaker
        return None

    def issuer(self, role: Token) -> _Speaker | None:
        """Who issued "the statement" at ``role``: the speaker of the verb whose object
        (or "in a statement") it was last, within :data:`_HISTORY_SENTENCES` sentences
        ("The company issued a statement ... 'X,' the statement read"), or else the author
        named with it ("a report by the IAEA ... the report said", "Horowitz's report"),
        however far back: news introduces a writing once and calls it "the report" from
        then on. A writing introduced with no author we know ("according to a joint
        statement", "its report") has none. "The report" first met with no author at all
        is the writing of the body that spoke in the sentence before it ("..., according
        to the Institute for the Study of War. The report argues ...")."""
        first = role
        for token in self.earlier_same_word(role, anywhere=True):
            first = token
            # "the family said in a statement released by the Foreign Office": the one
            # who said it in the statement before the one who released it; a report is
            # its publisher's, not the one who "dismissed the report" ("Peskov")
            found = self.issued_by(token)
            if found is not None and (role.lower_ in _ISSUED or _published(token)):
                return found
            found = self.author_of(token)
            if found is not None:
                return found
            if any(
                (c.dep_ == "det" and c.lower_ in ("a", "an"))
                or (c.dep_ == "poss" and c.ent_type_ not in _TIME_ENTITIES)
                for c in token.children
            ):
                # "according to a joint statement": introduced with no author (but "next
                # year's report" is owned by no one)
                return None
        return self._body_spoken_right_before(first)

    def _body_spoken_right_before(self, token: Token) -> _Speaker | None:
        """The organisation that speaks in the main clause ("X said ..." or "according to
        X") of the nearest sentence before ``token``'s in which anyone speaks, at most
        :data:`_WRITING_LOOKBACK` sentences back ("..., the office of the country's
        Prosecutor General disclosed. A Kiev resident is said to ... The statement said"):
        a named one, or a body the text names only by its office ("the office of the
        country's Prosecutor General"). None when that speaker is another."""
        sent = token.sent
        for _ in range(_WRITING_LOOKBACK):
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
            spoken = [self._main_according_to(sent), self._main_speaker(sent)]
            for spoke in spoken:
                if spoke is None or spoke[0].actor_id in PLATFORM_IDS:
                    continue  # "an announcement posted to Facebook"
                if spoke[0].kind == "organization" and (spoke[0].key or spoke[0].name):
                    return spoke[0]
                body = self.unnamed_body(spoke[0])
                if body is not None:
                    return body
            if any(spoken):
                return None
        return None

    def unnamed_body(self, speaker: _Speaker) -> _Speaker | None:
        """A speaker with no name that is a body named by its office ("the office of the
        country's Prosecutor General", "the United Nations's nuclear agency"), as an
        organisation called by those words; None for any other speaker."""
        if speaker.name or speaker.key or speaker.start is None or speaker.end is None:
            return None
        span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None or span.root.lower_ not in ORGANISATION_ROLES:
            return None
        return replace(speaker, name=speaker.text, kind="organization")

    def issued_by(self, token: Token) -> _Speaker | None:
        """The speaker of the verb whose object (or "in ...", "referred to ...") a statement
        is: "The company issued a statement", "Ms Stein attacked NATO in a tweet that read:
        '...'", "The embassy referred to an earlier statement"."""
        verb = token.head
        if token.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lemma_ in ("refer", "point"):
            verb = verb.head  # "the embassy referred to an earlier statement that ..."
        elif token.dep_ == "pobj" and verb.lower_ == "in":
            verb = verb.head
            # "attacked NATO on the night of the invasion in a tweet": the parser hung the
            # phrase on a noun of the sentence
            while verb.pos_ != "VERB" and verb.dep_ in ("pobj", "prep") and verb.head != verb:
                verb = verb.head
        elif token.dep_ != "dobj":
            return None
        if verb.pos_ != "VERB" or self.subject_of(verb) is None:
            return None
        return self.speaker(verb, None)

    def issuer_before(self, noun: Token) -> _Speaker | None:
        """Whose piece of speech a definite noun with no owner is ("the warning", "the
        letter"): the issuer of the same noun named before, within
        :data:`_ISSUER_SENTENCES` sentences and outside quotes, by its owner ("its
        warning", "the embassy's statement"), the verb it is the object of ("the senators
        wrote in a letter to Blinken"; :meth:`issued_by`) or the one it comes from ("A
        Facebook post from the plant"). None when no earlier one names its issuer."""
        lemma = noun.lemma_.lower()
        first = self.sentence_starts[max(0, self.sentence_of(noun.idx) - _ISSUER_SENTENCES)]
        for earlier in reversed(self.doc[: noun.left_edge.i]):
            if earlier.idx < first:
                return None
            if earlier.lemma_.lower() != lemma or earlier.pos_ != "NOUN" or self.in_quote(earlier):
                continue
            found = self._issuer_of_piece(earlier)
            if found is not None and (found.key or found.name):
                return found
        return None

    def _issuer_of_piece(self, piece: Token) -> _Speaker | None:
        """The owner, issuer or source of a piece of speech named at ``piece``
        (:meth:`issuer_before`), else None."""
        owner = next((c for c in piece.children if c.dep_ == "poss"), None)
        if owner is not None and not self.in_quote(owner):
            if owner.pos_ == "PRON":
                return self.possessor(owner, _Speaker(text=owner.text))
            return self.speaker_of(owner)
        source = next(
            (
                p
                for c in piece.children
                if c.dep_ == "prep" and c.lower_ in ("from", "by")
                for p in c.children
                if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")
            ),
            None,
        )
        if source is not None:
            return self.speaker_of(source)
        return self.issued_by(piece)

    def owned_body(self, subject: Token, start: int, end: int) -> _Speaker | None:
        """A body noun after a country's possessive or adjective ("Britain's defence
        ministry", "Russia’s defense ministry"): the country only modifies it, the body
        speaks. The registered body whose alias the phrase is, else the phrase itself as
        an unregistered organisation; None when no country or place comes before the noun.
        """
        if subject.lower_ not in ORGANISATION_ROLES or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        if subject.lower_ in ("kremlin", "army", "military"):
            return None  # named bodies or a state's forces, resolved as before
        text = doc_text(self.doc)
        first = start
        if text[first : first + 4].lower() == "the ":
            first += 4
        registered = self.body_by_alias(first, end)
        if registered is not None:
            registered.text, registered.start = text[start:end], start  # "The ..." kept
            return registered
        owners = [
            m
            for m in self.mentions_in(first, end)
            if m["actor_type"] in ("state", "place")
            and m["end_char"] <= subject.idx
            and not self.based(m)
        ]
        words = text[first:end].split()
        name = text[first:end]
        country = re.match(r"country[’']s\s+", name, re.IGNORECASE)
        its = re.match(r"its\s+", name, re.IGNORECASE)
        state = None
        if not owners and country is not None:
            # "the country's finance ministry": the state named most recently owns it
            state = self.recent_state(subject.idx)
        elif not owners and its is not None:
            # "Russia has banned ..., its foreign ministry has said": the state its
            # sentence is about
            state = self.state_subject_before(subject)
        if state is not None:
            owners = [state]
            name = f"{state['surface']}'s {name[(country or its).end() :]}"
            registered = self._body_called(name, start, end)
            if registered is not None:
                registered.text = text[start:end]
                return registered
        if not owners or not words or words[0].lower() in UNNAMED_MARKERS:
            return None
        return _Speaker(
            text=text[start:end],
            start=start,
            end=end,
            key=f"{UNREGISTERED_PREFIX}{name}",
            side=owners[0]["side"],
            name=name,
            kind="organization",
        )

    def recent_state(self, char: int) -> dict | None:
        """The mention of the state named most recently before ``char`` as a subject, else
        at all, outside quotes, within :data:`_HISTORY_SENTENCES` sentences."""
        states, subjects = self._states_between(self.history_start(char), char)
        # the country a sentence is about ("Belarus is unable to repay ... in Ukraine")
        return (subjects or states or [None])[-1]

    def state_subject_before(self, token: Token) -> dict | None:
        """The state that is the subject of a clause of ``token``'s sentence before it."""
        _, subjects = self._states_between(token.sent.start_char, token.idx)
        return subjects[-1] if subjects else None

    def _states_between(self, start: int, end: int) -> tuple[list[dict], list[dict]]:
        """The mentions of states between two offsets outside quotes, and those of them
        that are subjects."""
        states = [
            m
            for m in self.mentions_in(start, end)
            if m["actor_type"] == "state" and not self._char_in_quote(m["start_char"])
        ]
        return states, [m for m in states if self._mention_token(m).dep_ in _SUBJECTS]

    def _mention_token(self, mention: dict) -> Token:
        """The last token of a mention (its head, for a name)."""
        return self.doc[self._token_at(mention["end_char"] - 1)]

    def holder_of(self, writing: Token) -> Token | None:
        """The subject of the verb that holds up a sign, banner or poster whose words
        are quoted ("she held up a banner that said '...'"; "Activists ... displayed a
        banner that said ..."), or the noun a participle of holding describes ("protesters
        holding placards that said '...'"); None for any other phrase."""
        if writing.lemma_.lower() not in _HELD_WRITINGS or writing.dep_ != "dobj":
            return None
        verb = writing.head
        if _verb_lemma(verb) not in _HOLDING_VERBS:
            return None
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            held = verb.head  # "protesters holding placards that said '...'"
            return held if _one_of_people(held) and not self.in_quote(held) else None
        # the verb's own subject, or that of the verb it is joined to ("attached
        # themselves ... and displayed a banner") or that an adverbial participle hangs
        # on ("a protest Ovsyannikova staged last month, holding a banner")
        joined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
        for clause in (verb, verb.head if joined else None):
            if clause is None:
                break
            holder = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if holder is not None and not self.in_quote(holder):
                return holder
        return None

    def held_before(self, writing: Token) -> Token | None:
        """Who held "the sign" that reads, as the sentence before told ("Ovsyannikova ran onto
        the set ... with an anti-war sign ... The sign read, '...'"): the subject of the verb
        whose object or "with" phrase the sign was, in the two sentences before."""
        lemma = writing.lemma_.lower()
        first = writing.doc[writing.i - 1].lower_ if writing.i else ""
        if lemma not in _HELD_WRITINGS or first != "the" or writing.dep_ != "nsubj":
            return None
        start = writing.sent.start
        for _ in range(2):
            if start > 0:
                start = writing.doc[start - 1].sent.start
        for token in reversed(writing.doc[start : writing.sent.start]):
            if token.lemma_.lower() != lemma or self.in_quote(token):
                continue
            held = self.holder_of(token)
            if held is None and token.dep_ == "pobj" and token.head.lower_ == "with":
                verb = token.head.head
                held = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            return held if held is not None and _may_speak(held) else None
        return None

    def body_named_before(self, pronoun: Token) -> _Speaker | None:
        """The body "it" stands for when no body spoke before, as the subject of its
        sentence's main verb with no name before it ("It stated: '...'", "Last month, it
        announced", "'...,' it said"): a body that spoke in the sentence before, as the
        subject of its main verb of speaking ("A report by the Institute for the Study of
        War said ... It added"; "Vkusno & tochka said ... It said") or after "according
        to" ("..., according to Britain's defense ministry. '...,' it said"); else the
        last proper-named phrase of that sentence, not a person ("... in a 2011 edition
        of the US Army's World Equipment Guide. It stated: '...'")."""
        sent = pronoun.sent
        if not self._opens_sentence(pronoun):
            return None
        before = self._sentence_before_quote(sent)
        if before is None:
            return None
        spoke = self._main_speaker(before) or self._main_according_to(before)
        if spoke is not None:
            found = spoke[0]
            if found.kind == "person":
                return None
            return found if (found.name or found.actor_id) else self._proper_body(found)
        firm = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if (
            firm is not None
            and firm.lower_ in _FIRM_NOUNS
            and any(c.lower_ == "the" for c in firm.children)
            and not self.in_quote(firm)
        ):
            # "Starbucks entered Russia in 2007 ... The company had stopped shipments to
            # Russia in March. It said ...": the firm the story is about
            return self._firm_subject_before(firm)
        text = doc_text(self.doc)
        chunks = list(before.noun_chunks)
        # the subject of the main clause first; any later name only for an "It" that
        # opens its sentence
        subjects = [c for c in chunks if c.root.dep_ == "nsubj" and c.root.head.dep_ == "ROOT"]
        for chunk in subjects + (chunks[::-1] if pronoun.i == sent.start else []):
            if any(self.in_quote(t) for t in chunk) or chunk.root.tag_ != "NNP":
                continue
            if chunk not in subjects and chunk.root.ent_type_ in _PLACE_ENTITIES:
                continue  # "The company had stopped shipments to Russia in March. It said"
            if self._in_content(chunk.root) or chunk.root.ent_type_ in _TIME_ENTITIES:
                continue  # named in what someone said, not the one who says; "in March"
            mentions = self.mentions_in(chunk.start_char, chunk.end_char)
            if any(m["actor_type"] in ("person", "place") for m in mentions):
                return None
            holding = [
                m
                for m in mentions
                if m["actor_id"] and m["start_char"] <= chunk.root.idx < m["end_char"]
            ]
            if holding:
                return self._speaker_from(
                    holding[0], holding[0]["start_char"], holding[0]["end_char"]
                )
            end = chunk.end_char
            if chunk.end < len(self.doc) and self.doc[chunk.end].dep_ == "case":
                end = self.doc[chunk.end].idx + len(self.doc[chunk.end])  # "McDonald's"
            return _unregistered_body(text[chunk.start_char : end], chunk.start_char, end)
        return None

    def _firm_subject_before(self, firm: Token) -> _Speaker | None:
        """The body "the company" (or chain, firm ...) stands for: the proper name last the
        subject of a sentence's main verb before it, within :data:`_HISTORY_SENTENCES`
        sentences, when that name is no person or place."""
        window = self.history_start(firm.idx)
        sent = firm.sent
        while sent.start > 0:
            sent = self.doc[sent.start - 1].sent
            if sent.start_char < window:
                return None
            subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.tag_ != "NNP" or self.in_quote(subject):
                continue
            chunk = self.doc[subject.left_edge.i : subject.i + 1]
            mentions = self.mentions_in(chunk.start_char, chunk.end_char)
            if any(m["actor_type"] in ("person", "place") for m in mentions):
                return None
            registered = [m for m in mentions if m["actor_id"]]
            if registered:
                m = registered[-1]
                return self._speaker_from(m, m["start_char"], m["end_char"])
            if subject.ent_type_ not in ("ORG", ""):
                return None
            return _unregistered_body(chunk.text, chunk.start_char, chunk.end_char)
        return None

    def body_of_main_clause(self, pronoun: Token) -> _Speaker | None:
        """The body "it" in a relative clause stands for: the named body that is the
        subject of its sentence's main verb ("The Ukrainian government has published a
        blacklist of pundits whom it accuses of promoting '...'")."""
        clause = pronoun.head
        if clause.dep_ != "relcl" or self.in_quote(clause.head) or clause.head.i > pronoun.i:
            return None  # not 'The Kremlin "... the aggression" it said': no relative clause
        root = pronoun.sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i > pronoun.i or subject.pos_ == "PRON":
            return None
        if self.in_quote(subject):
            return None
        found = self.speaker_of(subject)
        named = found.actor_id or found.key
        return found if named and found.kind in ("organization", "state") else None

    def _opens_sentence(self, pronoun: Token) -> bool:
        """Whether a pronoun opens its sentence, or is the subject of its main verb with
        no name, pronoun or subject before it outside quotation marks ("Last month, it
        announced"; "'...,' it said"; not "When Moscow asked, it said")."""
        sent = pronoun.sent
        if pronoun.i == sent.start:
            return True
        doc, verb = self.doc, pronoun.head
        if (
            pronoun.dep_ == "nsubj"
            and doc[pronoun.i - 1].text == ","
            and verb.i == pronoun.i + 1
            and verb.i + 1 < len(doc)
            and doc[verb.i + 1].text in (",", ".")
            and _is_reporting(verb)
        ):
            return True  # "Direct payments provided '...' in the past, it said, while ..."
        if pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "ROOT":
            return False
        return not any(
            t.pos_ in ("PROPN", "PRON") or t.dep_ in ("nsubj", "nsubjpass")
            for t in sent[: pronoun.i - sent.start]
            if not self.in_quote(t)
        )

    def _sentence_before_quote(self, sent: Span) -> Span | None:
        """The sentence before ``sent`` with words outside quotation marks: not one
        inside a quotation that runs into ``sent`` (the parser may split a quotation into
        sentences of its own)."""
        for _ in range(_BODY_SENTENCES + 2):
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
            if any(not t.is_punct and not self.in_quote(t) for t in sent):
                return sent
        return None

    def _proper_body(self, found: _Speaker) -> _Speaker | None:
        """An unregistered body by the words naming it, a proper noun that is no person or
        place ("Vkusno & tochka") or a writing or study named with one ("the World Bank
        report", "the Resolution Foundation study")."""
        if found.text is None or found.start is None or found.end is None:
            return None
        span = self.doc.char_span(found.start, found.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        head = span.root
        writing = head.lemma_.lower() in _WRITINGS | _RECORD_NOUNS
        # a writing by a named body, not one of a country ("A report by a US think tank")
        named = any(t.tag_ == "NNP" and t.ent_type_ not in _ORIGIN_ENTITIES for t in span)
        if not (head.tag_ == "NNP" or (writing and named)):
            return None  # not "Galicians", "Record-high numbers of Swiss"
        mentions = self.mentions_in(found.start, found.end)
        if any(m["actor_type"] in ("person", "place") for m in mentions):
            return None
        return _unregistered_body(found.text, found.start, found.end)

    def body_by_alias(self, start: int, end: int) -> _Speaker | None:
        """A registered organisation whose alias is the phrase in other case
        ("Russia's defence ministry" for "Russia's Defence Ministry")."""
        return self._body_called(doc_text(self.doc)[start:end], start, end)

    def _body_called(self, name: str, start: int, end: int) -> _Speaker | None:
        """The registered organisation one of whose aliases is ``name`` in other case."""
        if self.aliases is None:
            self.aliases = _organisation_aliases(self.actors)
        actor_id = self.aliases.get(_fold_alias(name))
        if actor_id is None:
            return None
        actor = self.actors[actor_id]
        mention = {
            "actor_id": actor_id,
            "actor_name": actor["name"],
            "actor_type": actor["type"],
            "side": actor["side"],
        }
        return self._speaker_from(mention, start, end)

    def recent_organisation(
        self, char: int, *, speaking: bool = False, business: bool = False, group: bool = False
    ) -> _Speaker | None:
        """The organisation named most recently before ``char`` (outside quotes), within
        :data:`_HISTORY_SENTENCES` sentences: "Gazprom ... the company said". An
        organisation that spoke in that window comes first, registered or not ("Veon
        said ... 'told Reuters' ... the company said" is Veon), unless one named in the
        phrase of a later speaker ("the Confider newsletter from the Daily Beast
        reported"); a body that speaks unnamed ("According to the Russia 24 TV channel")
        hides the organisations before it. With ``speaking`` ("the newspaper", a medium
        that reports) only an organisation that spoke counts. With ``business`` ("the
        company") no institution counts ("the Central Clinical Hospital"), nor one that
        reported the news ("Reuters reported, citing sources"); with ``group`` ("the
        group") no organ of a state (:data:`_STATE_ORGANS`)."""
        window = self.history_start(char)
        spoke = next(
            (
                (position, speaker)
                for position, speaker in reversed(self.history)
                if window <= position < char
                and speaker.kind == "organization"
                and speaker.key
                and not (
                    business and speaker.start is not None and self._reported_news(speaker.start)
                )
                and not (group and _state_organ(speaker.name))
            ),
            None,
        )
        unnamed = self.unnamed_body_speaking(window, char)
        # "..., the company told ABC News. ..., the company said": the same body twice,
        # whichever organisation the first stood for
        same = unnamed is not None and unnamed.lower_ == self.doc[self._token_at(char)].lower_
        for mention in reversed(self.mentions_in(window, char)):
            if mention["actor_type"] != "organization" or self._char_in_quote(
                mention["start_char"]
            ):
                continue
            if self._addressee(mention):
                continue  # "a spokesperson told Reuters": the one told does not speak
            if self._platform_used(mention):
                continue  # "shared videos on Telegram ... The national railway operator"
            if group and self._modifier_only(mention):
                continue  # "blaming the invasion on NATO expansion ... the activist group"
            if unnamed is not None and mention["end_char"] <= unnamed.idx:
                break  # "According to the Russia 24 TV channel, ... the outlet said"
            found = self._speaker_from(mention, mention["start_char"], mention["end_char"])
            verb = self._speaking_verb_of(mention)
            if speaking and verb is None and not self._named_as_medium(mention):
                continue
            if business and self._no_business(mention):
                continue
            if group and (_state_organ(mention["surface"]) or _state_organ(found.name)):
                continue
            if spoke is None:
                return found
            # "... Rolling Stone ... the Confider newsletter from the Daily Beast reported
            # ... The site reported": an organisation in the phrase of a later speaker
            if verb is not None and verb.idx > spoke[0]:
                return found
        if spoke is None or (unnamed is not None and spoke[0] < unnamed.idx):
            if same:
                return self.recent_organisation(
                    unnamed.idx, speaking=speaking, business=business, group=group
                )
            return None
        return spoke[1]

    def bloc_named_before(self, char: int, ids: frozenset[str]) -> _Speaker | None:
        """The registered bloc of ``ids`` named last before ``char``, outside quotes,
        however far back: news names the EU once and calls it "the bloc" from then on."""
        for mention in reversed(self.mentions_in(0, char)):
            if mention["actor_id"] in ids and not self._char_in_quote(mention["start_char"]):
                return self._speaker_from(mention, mention["start_char"], mention["end_char"])
        return None

    def _named_as_medium(self, mention: dict) -> bool:
        """Whether a body is introduced with a noun of the media right before its name
        ("pro-Kremlin tabloid Komsomolskaya Pravda"), so that "the newspaper" may stand for
        it though it has not spoken."""
        at = self._token_at(mention["start_char"])
        return at > 0 and self.doc[at - 1].lower_ in _MEDIA_ROLES

    def _modifier_only(self, mention: dict) -> bool:
        """Whether a name only describes a common noun ("NATO expansion", "US imperialism"):
        it names no body that acts in the sentence."""
        token = self._mention_token(mention)
        head = token.head
        return (
            token.dep_ == "compound"
            and head.i > token.i
            and head.pos_ == "NOUN"
            and head.text.islower()
            and head.idx >= mention["end_char"]
        )

    def _platform_used(self, mention: dict) -> bool:
        """Whether a platform is named as where something was posted ("on Telegram", "his
        Telegram channel"), not as a company that acts."""
        if mention["actor_id"] not in PLATFORM_IDS:
            return False
        token = self._mention_token(mention)
        return (token.dep_ == "pobj" and token.head.lower_ in ("on", "via", "in")) or (
            token.dep_ == "compound" and token.head.pos_ == "NOUN"
        )

    def _no_business(self, mention: dict) -> bool:
        """Whether a named organisation cannot be "the company": an institution ("a window
        of the Central Clinical Hospital ... The company") or one that reported the news
        ("..., Reuters reported, citing sources. The company issued ...")."""
        words = mention["surface"].split()
        if words and words[-1].lower() in _INSTITUTIONS:
            return True
        return self._reported_news(mention["start_char"])

    def _reported_news(self, char: int) -> bool:
        """Whether the organisation named at ``char`` reports news there ("Reuters
        reported, citing ...", "CNN reported that ..."), not an object ("Gazprom reported
        a loss")."""
        verb = self._speaking_verb_of(self.doc[self._token_at(char)])
        if verb is None or verb.lemma_.lower() != "report":
            return False
        return not any(c.dep_ == "dobj" for c in verb.children)

    def unnamed_body_speaking(self, start: int, end: int) -> Token | None:
        """The last body noun between two offsets, outside quotes and outside any name,
        that speaks ("According to the Russia 24 TV channel", "the company said")."""
        for token in reversed(self.doc[self._token_at(start) : self._token_at(end)]):
            if token.lower_ not in ORGANISATION_ROLES or self.in_quote(token):
                continue
            if any(
                m["start_char"] <= token.idx < m["end_char"]
                for m in self.mentions_in(token.sent.start_char, token.sent.end_char)
            ):
                continue
            if self._speaking_verb_of(token) is not None:
                return token
        return None

    def _speaking_verb_of(self, mention: dict | Token) -> Token | None:
        """The verb of speaking whose subject (or agent) phrase holds a mention or token
        ("the Confider newsletter from the Daily Beast reported", "reported by Rolling
        Stone"), or the "according" of "according to" it follows."""
        if isinstance(mention, Token):
            node = mention
        else:
            span = self.doc.char_span(
                mention["start_char"], mention["end_char"], alignment_mode="expand"
            )
            if span is None or not len(span):
                return None
            node = span.root
        while node.dep_ in ("pobj", "prep", "compound", "poss", "appos") and node.head != node:
            if node.dep_ == "pobj" and (node.head.head.lower_, node.head.lower_) == ACCORDING_TO:
                return node.head.head  # "According to the Russia 24 TV channel, ..."
            written = node.head.head.lemma_ in SPEECH_NOUNS | _WRITTEN_NOUNS
            if node.dep_ == "pobj" and node.head.lower_ == "by" and written:
                return node.head.head  # "a recent article by New York Times"
            node = node.head
        if node.dep_ not in (*_SUBJECTS, "agent"):
            return None
        verb = node.head
        return verb if _is_reporting(verb) or _issues_speech(verb) else None

    def _addressee(self, mention: dict) -> bool:
        """Whether a mention is the one a verb of speaking addresses ("told Reuters"),
        not the speaker the parser made its object ("'...,' explained Yuliia")."""
        span = self.doc.char_span(
            mention["start_char"], mention["end_char"], alignment_mode="expand"
        )
        if span is None or not len(span):
            return False
        root = span.root
        if root.dep_ == "dobj" and self.inverted_subject(root.head) == root:
            return False
        if root.dep_ == "pobj" and root.head.lower_ == "to":
            root = root.head
        return root.dep_ in ("dobj", "dative", "prep") and _is_reporting(root.head)

    def group_of_main_clause(self, pronoun: Token) -> str | None:
        """The plural subject of the clause above that "they" in a relative clause stands
        for, as its words ("Finance ministers from the Group of Seven countries agreed to
        impose a cap on the price of Russian oil, which they said would reduce ...")."""
        clause = pronoun.head
        if clause.dep_ != "relcl" or clause.head.i > pronoun.i:
            return None
        # the nearest clause above with a subject: a plural one ("The announcement came
        # after finance ministers ... agreed to impose a cap ..., which they said")
        verb = next((a for a in clause.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        while verb is not None and not any(c.dep_ in _SUBJECTS for c in verb.children):
            verb = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return None
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        # a group that can speak ("senators", "ministries", "forces"), not "false flags"
        speaks = subject is not None and (
            _may_speak(subject) or subject.lemma_.lower() in ORGANISATION_ROLES | {"force"}
        )
        plural = speaks and subject.tag_ in ("NNS", "NNPS")
        if not plural or subject.i > clause.head.i or self.in_quote(subject):
            return None
        first, last = self.speaker_range(subject)
        return doc_text(self.doc)[first:last]

    def group_spoke_since(self, they: Token, body: _Speaker) -> str | None:
        """The words of a plural subject that spoke in the sentence before "they", after
        the body that "they" would otherwise stand for spoke ("But pro-Ukraine sources
        claimed ... Russian war bloggers had reported the crash ... They said that ...":
        the bloggers, not Ukraine); None when the body spoke there or later, or no such
        group did."""
        sentence = self.sentence_of(they.idx)
        if sentence == 0 or body.start is None:
            return None
        start = self.sentence_starts[sentence - 1]
        if body.start >= start:
            return None
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        for token in span[0].sent:
            plural = token.tag_ in ("NNS", "NNPS")
            plural = plural and token.lemma_.lower() in PERSON_ROLES | BODY_SPEAKERS
            if (
                plural
                and token.dep_ == "nsubj"
                and token.head.dep_ == "ROOT"
                and _is_reporting(token.head)
                and not self.in_quote(token)
            ):
                first, last = self.speaker_range(token)
                return doc_text(self.doc)[first:last]
        return None

    def group_before(self, char: int, *, chained: int = 2) -> str | None:
        """The plural subject of the sentence before "they" ("British officials did not
        ... They said: ..."), as its words, a group that speaks in it first, else the
        names of people joined by "and" who speak in it; None when there is none. A
        "they" that speaks there stands for the group it stood for, up to ``chained``
        sentences further back ("Western officials ... said ... , they added. However,
        they admitted that ...")."""
        sentence = self.sentence_of(char)
        if sentence == 0:
            return None
        start = self.sentence_starts[sentence - 1]
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        plural = [
            t
            for t in span[0].sent
            if t.dep_ == "nsubj"
            and (
                t.tag_ in ("NNS", "NNPS")
                # "The ransomware group claimed ... '...,' they wrote": a group that spoke
                or (t.lower_ in _COLLECTIVE_NOUNS and _is_reporting(t.head))
            )
            and not self.in_quote(t)
        ]
        # the group that spoke ("... after local authorities claimed she was carrying ...
        # They accused her of '...'"), else the subject of the main clause
        speaking = [t for t in plural if _is_reporting(t.head)]
        main = [t for t in plural if t.head.dep_ == "ROOT"]
        for token in speaking[:1] or main[:1]:
            first, last = self.speaker_range(token)
            # "Mr Aslin's family said ... They added": the family by its owner's full name
            # (not a pronoun's: "His family claim ... They say" may be anyone's)
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            named = owner is not None and owner.lower_ not in POSSESSIVE_PRONOUN_GENDERS
            relative = self.relative_of_named(token, _Speaker(start=first, end=last))
            return (relative if named else None) or doc_text(self.doc)[first:last]
        for token in span[0].sent:
            # "Mila Kunis and husband Ashton Kutcher announced ...": people joined by "and"
            # who spoke
            conjuncts = self.conjuncts(token) if token.dep_ == "nsubj" else []
            if conjuncts and _is_reporting(token.head) and not self.in_quote(token):
                return self.coordinated(token, conjuncts).name
        for token in span[0].sent:
            if (
                chained
                and token.lower_ == "they"
                and token.dep_ == "nsubj"
                and _is_reporting(token.head)
                and not self.in_quote(token)
            ):
                return self.group_before(token.idx, chained=chained - 1)
        return None

    def _token_at(self, char: int) -> int:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0].i if span is not None and len(span) else len(self.doc)

    # ----------------------------------------------------------------- indirect

    def indirect(self) -> list[dict]:
        """Reported content without marks, and content holding a quoted fragment.

        "X said (that) CONTENT", "CONTENT, X said", "X warned reporters
        CONTENT", "X made it clear that CONTENT": the content clause of a verb
        of :data:`CONTENT_VERBS`, or the sentence around a parenthetical
        "CONTENT, X said, ...";
        "according to X, CONTENT" and "CONTENT, according to X": the rest of
        the sentence. Content wholly inside quotation marks is direct speech
        and not repeated; content with a quoted fragment is ``mixed``.
        """
        rows: list[dict] = []
        seen: set[tuple[int, int]] = set()
        for token in self.doc:
            if self.in_quote(token):
                continue
            if token.pos_ in ("VERB", "AUX") and (
                token.lemma_.lower() in CONTENT_VERBS
                or _makes_clear(token)
                or _expressed_view(token) is not None
                or _points_out(token)
                or self._records_show(token)
                or _how_clause(token) is not None
            ):
                if any(c.dep_ == "neg" for c in token.children) or _shown_not_said(token):
                    continue  # "has not confirmed", "was not suggesting": nothing reported
                if _participle_after_number(token) or _impersonal_infinitive(token):
                    continue  # "the five declared nuclear powers": no verb; "It's hard to say"
                if token.lemma_.lower() == "conclude" and token.tag_ == "VB":
                    continue  # "One may conclude that", "forced to conclude that": no finding
                if token.dep_ == "xcomp" and token.head.lemma_.lower() in _DECLINING_VERBS:
                    continue  # "The official declined to say whether ...": nothing reported
                if token.lemma_.lower() in OBJECT_NOT_SPEECH and not _is_reporting(token):
                    continue  # "is thought to have claimed the lives of 60 civilians"
                if token.lemma_.lower() in _DONE_ONLY and not _done(token):
                    continue  # "is meant to reassure allies that ...": nothing said yet
                if token.lemma_.lower() in _SAID_ONLY and not _said(token):
                    continue  # "omitting to mention that ...": nothing said
                if token.lemma_.lower() in _AFFIRMING and _done_by_a_thing(token):
                    continue  # "the advance also reaffirms how much ...": no one's words
                lemma = token.lemma_.lower()
                if lemma in _ESTIMATING and not _estimate_stated(token):
                    continue  # "It is estimated that ...": no one's words
                clauses = [b for b in self._clauses(token) if not (b and b[0] <= token.idx < b[1])]
                if lemma in _INFORMING:
                    # what one is informed of follows ("notified Congress that ..."): not "X
                    # ... must inform the west's calculations", which shapes them
                    clauses = [b for b in clauses if b and b[0] > token.idx]
                inverted = self.inverted_source(token)
                subject = inverted if inverted is not None else self.subject_of(token)
                if subject is not None and subject.lower_ == "there" and subject.i < token.i:
                    continue  # "there's not one bit of evidence ... to say anything was wrong"
                if subject is not None and _thing_in_content(token, subject):
                    continue  # "added that the silence indicates ...": the one who added
                for found in [self._parenthetical_content(token), *clauses]:
                    bounds = self._within_paragraph(found, token.idx)
                    if bounds is None or bounds in seen:
                        continue
                    inside = bounds[0] <= token.idx < bounds[1]
                    if inside and self._quoted_but_a_word(bounds, token):
                        continue  # 'Therefore, he explained, "there is no need ..."': direct
                    # (nor the words before a "think tank" the parser read as a verb)
                    phrase = self._think_tank_phrase_start(subject) if subject is not None else 0
                    held = subject is not None and (
                        bounds[0] <= subject.idx < bounds[1]
                        or bounds[0] <= self.doc[phrase].idx < bounds[1]
                    )
                    if held and not inside:
                        # the speaker is never its own content: "X must 'surrender', a
                        # separatist leader in the self-proclaimed republic said"
                        bounds = self._before(bounds[0], self.speaker_range(subject)[0])
                        if bounds is None or bounds in seen:
                            continue
                    if lemma in _QUESTION_VERBS:
                        # "asked whether [CONTENT]": the question's word is not reported
                        opener = _QUESTION_OPENER.match(doc_text(self.doc), bounds[0])
                        if opener is not None and opener.end() < bounds[1]:
                            bounds = (opener.end(), bounds[1])
                    bounds = self._without_how(bounds)
                    if inverted is not None:
                        speaker = self.speaker_of(inverted)
                    elif lemma in _QUESTION_VERBS and not _names_asker(token):
                        # "When asked whether [...], the minister said": the question is
                        # reported, by an asker the text does not say (not the one asked)
                        speaker = _Speaker()
                    else:
                        speaker = self.speaker(token, None) or _Speaker()
                    seen.add(bounds)
                    rows.append(self._indirect_row(bounds, speaker, lemma, token.text))
            elif (misread := self._misread_report(token)) is not None:
                bounds = self._within_paragraph(misread[0], token.idx)
                if bounds is None or bounds in seen:
                    continue
                seen.add(bounds)
                rows.append(self._indirect_row(bounds, misread[1], misread[2], token.text))
            elif token.pos_ == "NOUN" and token.lemma_.lower() in _NOUN_CUES:
                found = self._noun_content(token)
                bounds = self._within_paragraph(found[0], token.idx) if found else None
                if bounds is None or bounds in seen:
                    continue
                seen.add(bounds)
                rows.append(self._indirect_row(bounds, found[1], None, token.text))
            elif token.lower_ == ACCORDING_TO[0] and token.i + 1 < len(self.doc):
                if self.doc[token.i + 1].lower_ != ACCORDING_TO[1]:
                    continue
                if _no_source(self.doc[token.i + 1]):
                    continue
                bounds = self._within_paragraph(self._according_content(token), token.idx)
                if bounds is None or bounds in seen:
                    continue
                speaker = self._according_speaker(self.doc[token.i + 1]) or _Speaker()
                seen.add(bounds)
                rows.append(self._indirect_row(bounds, speaker, None, ACCORDING_TO_CUE))
        rows.extend(r for r in self._headlines() if (r["start_char"], r["end_char"]) not in seen)
        return [row for row in rows if not self._contrast_after_content(row, rows)]

    def _contrast_after_content(self, row: dict, rows: list[dict]) -> bool:
        """Whether a content opens with "when in fact" or "whereas" right after another
        content of the same verb and speaker, set off by a comma: the writer's contrast, not
        more of what was said ("it said that Page was not an agency source, when in fact, he
        was")."""
        text = doc_text(self.doc)
        if not _CONTRAST_OPENING.match(text, row["start_char"]):
            return False
        return any(
            other is not row
            and other["cue"] == row["cue"]
            and other["speaker_start"] == row["speaker_start"]
            and other["end_char"] < row["start_char"]
            and re.fullmatch(r",\s*", text[other["end_char"] : row["start_char"]])
            for other in rows
        )

    def _quoted_but_a_word(self, bounds: tuple[int, int], verb: Token) -> bool:
        """Whether a content around its attribution ``verb`` is all in quotation marks but
        for one linking word before it ("Therefore, he explained, '...'", "But, he said,
        '...'"): the quotation says it (not "NATO, he added, 'also feels ...'")."""
        attribution = set(verb.subtree)
        words = [
            t
            for t in self.doc[self._token_at(bounds[0]) : self._token_at(bounds[1] - 1) + 1]
            if t.is_alpha and t not in attribution
        ]
        outside = [t for t in words if not self.in_quote(t)]
        linking = all(t.pos_ in ("ADV", "CCONJ", "SCONJ", "INTJ") for t in outside)
        return len(outside) < len(words) and len(outside) <= 1 and linking

    def _records_show(self, verb: Token) -> bool:
        """ "operator data showed", "filings show", "the inquiry found": records that report,
        as the gold counts them (a person "showed" or "found" nothing said); also an
        organisation's ("Russian Field sociological service, which found that", "the
        agency found that"), and the
        record a relative clause hangs on ("in a report that found")."""
        if verb.lemma_.lower() not in _SHOWING:
            return False
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is None:
            return False
        if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            subject = verb.head
        if subject.lemma_.lower() in _RECORD_NOUNS:
            return True
        if subject.lemma_.lower() in _FINDING_BODIES and verb.lemma_.lower() == "find":
            return True  # (a panel that "showed" shows footage)
        return any(
            m["actor_type"] == "organization" and m["start_char"] <= subject.idx < m["end_char"]
            for m in self.mentions_in(subject.sent.start_char, subject.sent.end_char)
        )

    def _misread_report(self, noun: Token) -> tuple[tuple[int, int] | None, _Speaker, str] | None:
        """The content and source of a verb of speaking the parser read as a plural noun:
        in "Ukraine's military claims it has managed to shoot down dozens" and "HSBC
        estimates Europe's four biggest storage holders will ...", "claims" and
        "estimates" head the sentence as nouns, the speaker hangs on them as a possessor
        or modifier, and the content as a clause right after them. Only where the
        clause has a subject and a finite verb of its own, and no determiner or
        preposition marks the word as a noun."""
        doc = self.doc
        lemma = _verb_read_as_noun(noun)
        if lemma is None or noun.i + 1 >= len(doc) or noun.dep_ not in ("ROOT", "ccomp", "conj"):
            return None
        left = list(noun.lefts)
        if not left or any(c.dep_ in ("det", "prep", "nummod") for c in left):
            return None
        if any(c.dep_ != "punct" and c.i < left[-1].i for c in noun.rights):
            return None
        clause = next(
            (
                c
                for c in noun.rights
                if c.dep_ in ("relcl", "ccomp", "acl")
                and c.left_edge.i == noun.i + 1
                and c.pos_ in ("VERB", "AUX")
                and any(s.dep_ in _SUBJECTS for s in c.children)
                and (c.tag_ in _FINITE_TAGS or any(a.tag_ in _FINITE_TAGS for a in c.children))
            ),
            None,
        )
        if clause is None:
            return None
        head = left[-1]
        start = noun.left_edge.idx
        end = doc[noun.i - 1].idx + len(doc[noun.i - 1])
        bounds = self._content(noun.i + 1, clause.right_edge.i, cue=noun)
        return bounds, self.speaker_of(head, (start, end)), lemma

    def _noun_content(self, noun: Token) -> tuple[tuple[int, int] | None, _Speaker] | None:
        """The "that" clause of a noun of speech ("Germany's announcement that it will send
        tanks", "a report in The New York Times that ...", "reports that ...") and its
        source: the possessor, the X of "in/by/from X", else none."""
        # a clause the parser made relative though "that" opens it as a conjunction ("his
        # unsupported claims that former Vice President Joe Biden helped ...")
        marks = [
            m
            for c in noun.children
            if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i
            for m in c.children
            if m.dep_ == "mark" and m.lower_ == "that"
        ]
        if not marks:
            marks = self._that_after_noun(noun)
        if not marks:
            return None
        mark = marks[0]
        clause = mark.head
        if any(t.pos_ in ("VERB", "AUX") for t in self.doc[noun.i + 1 : mark.i]):
            return None
        if clause.dep_ == "relcl" and not _whole_clause(clause):
            return None  # "a statement that Washington has interpreted as a threat"
        if clause.lemma_.lower() in _ANSWERING_VERBS and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass", "auxpass") for c in clause.children
        ):
            return None  # "a claim that Ukrainian officials greeted with scepticism": relative
        if _is_reporting(clause) and any(
            c.dep_ == "ccomp" and not any(g.dep_ in _SUBJECTS for g in c.children)
            for c in clause.children
        ):
            return None  # "an assertion that London said was false": relative, London's
        if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return None  # "made no direct assertion that ...": nothing asserted
        bounds = self._content(mark.i, clause.right_edge.i, cue=noun)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            source = next(
                (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS),
                None,
            )
            owner = next((c for c in source.children if c.dep_ == "pobj"), None) if source else None
        if owner is None:
            issuer = self._issuer_of(noun)
            if issuer is not None:
                # "Putin issued a statement that ...", "The president also offered the
                # reminder that ...": who puts the words out says them
                return bounds, self.speaker_of(issuer)
            if noun.lemma_.lower() in _OWNED_NOUN_CUES:
                return None  # "There is no suggestion that he broke the law": no one's
            return bounds, _Speaker()
        if owner.tag_ == "PRP$":
            # "its allegation that ...", "his claim that ...": whom the possessive stands for
            said = _Speaker(text=owner.text, start=owner.idx, end=owner.idx + len(owner.text))
            bound = self._subject_owning(noun, owner)
            if bound is not None:
                # "Erdogan said Putin was right in his claim that ...": the claim of the
                # subject of its own clause
                return bounds, self._as(said, self.speaker_of(bound))
            roles = [
                t
                for t in self.doc[owner.sent.start : owner.i]
                if t.pos_ == "NOUN"
                and t.lower_ in PERSON_ROLES
                and not self.mentions_in(t.idx, t.idx + len(t.text))
            ]
            if roles:
                # "the statement by the director-general ... and his assertion that ...":
                # the role named before it owns it, and no name gives it
                return bounds, said
            if owner.lower_ in POSSESSIVE_PRONOUN_GENDERS:
                return bounds, self.possessor(owner, said)
            if owner.lower_ == "its":
                return bounds, self._as(said, self.resolve_body(owner.idx, BODY_PRONOUNS["it"]))
            return bounds, _Speaker()
        # the owner without its "'s"
        return bounds, self.speaker_of(owner, (owner.left_edge.idx, owner.idx + len(owner.text)))

    def _quote_right_after(self, verb: Token) -> bool:
        """Whether a quotation opens right after a verb and a comma or colon."""
        doc = self.doc
        k = verb.i + 1
        return (
            k + 1 < len(doc) and doc[k].text in (",", ":") and self._opens_quote_at(doc[k + 1].idx)
        )

    def _issuer_of(self, noun: Token) -> Token | None:
        """The subject of a verb that puts out a piece of speech as its object ("issued a
        statement", "offered the reminder", "sent out a clarification")."""
        if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _ISSUING_VERBS:
            return None
        return self._subject_before(noun.head)

    def _subject_before(self, verb: Token) -> Token | None:
        """A verb's subject standing before it, outside quotation marks."""
        subject = self.subject_of(verb)
        if subject is None or subject.i > verb.i or self.in_quote(subject):
            return None
        return subject

    def _that_after_noun(self, noun: Token) -> list[Token]:
        """The "that" right after a noun of speech, past a word of time, whose clause the
        parser hung on the verb instead ("Putin was right in his claim yesterday that
        ..."), when that verb reports nothing of its own."""
        k = noun.i + 1
        while k < len(self.doc) and self.doc[k].dep_ == "npadvmod" and k - noun.i <= 2:
            k += 1
        if k >= len(self.doc):
            return []
        mark = self.doc[k]
        if mark.lower_ != "that" or mark.dep_ != "mark" or mark.head.dep_ != "ccomp":
            return []
        verb = mark.head.head
        if _is_reporting(verb) or verb.lemma_.lower() in CONTENT_VERBS or noun not in verb.subtree:
            return []
        return [mark]

    def _subject_owning(self, noun: Token, owner: Token) -> Token | None:
        """The named subject of the clause a noun of speech with "his" or "her" lies in, when
        that clause is reported by another ("Erdogan said Putin was right in his claim
        that ..."): the possessive stands for the nearer subject, not the speaker."""
        if owner.lower_ not in ("his", "her"):
            return None
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ccomp", "conj"):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN" or self.in_quote(subject):
            return None
        end = subject.idx + len(subject.text)
        person = any(
            m["actor_type"] == "person" and m["start_char"] <= subject.idx < m["end_char"]
            for m in self.mentions_in(subject.left_edge.idx, end + 1)
        )
        return subject if person else None

    def headline_source(self, start: int, end: int) -> _Speaker | None:
        """The source of a headline or bullet "CONTENT – SOURCE" whose content runs from
        ``start`` (after a bullet) to ``end`` (before closing marks): a named actor
        of at most :data:`_SOURCE_WORDS` words after a spaced dash that ends the line
        ("US seeks to reinforce Kiev's positions — White House")."""
        text = doc_text(self.doc)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:start].strip(" \t•*-–—\"'“‘«"):
            return None
        rest = text[end:line_end]
        found = re.match(r"^[\s\"'”’».,!?]*\s[–—-]\s+(?P<source>\S.*?)\s*$", rest)
        if found is None or len(found["source"].split()) > _SOURCE_WORDS:
            return None
        first = end + found.start("source")
        last = end + found.end("source")
        named = [m for m in self.mentions_in(first, last) if m["actor_type"] != "place"]
        if len(named) != 1:
            return None
        words = text[first : named[0]["start_char"]].split()
        if [w for w in words if w.lower() != "the"] or text[named[0]["end_char"] : last].strip():
            return None  # the source is the actor's name alone
        return self._speaker_from(named[0], first, last)

    def signed_by(self, span: _Span) -> _Speaker | None:
        """The name that signs a quotation after a dash, as readers' comments and
        epigraphs are signed: '"... Russian interference." — Arthur Zacharczyk "So much
        ..."'; the name alone, before the next quotation or the end of its line."""
        if span.close_at is None:
            return None
        text = doc_text(self.doc)
        # a quotation that opens its sentence or follows another one's signature, not one
        # inside a sentence ("... over impeachment: Trump '...' – Raw Story")
        before = text[: span.open_at].rstrip(" \t")
        signed_before = re.search(r"[\"”’][ \t]*[–—-][ \t]+[^\"“”.!?]{1,60}$", before)
        if before and before[-1] not in '.!?…\n"”’' and not signed_before:
            return None
        found = re.match(r"[ \t]*[–—-][ \t]+", text[span.close_at + 1 :])
        if found is None:
            return None
        first = span.close_at + 1 + found.end()
        named = [
            m
            for m in self.mentions_in(first, first + _MAX_SINGLE)
            if m["start_char"] == first and m["actor_type"] in ("person", "organization")
        ]
        if named:
            last = named[0]["end_char"]
        else:
            # a name the NER missed: two or three capitalised words ("— Ans Vorza")
            shaped = re.match(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}", text[first:])
            if shaped is None:
                return None
            last = first + shaped.end()
        after = text[last:].lstrip(" \t")
        if after and after[0] != "\n" and not self._opens_quote_at(len(text) - len(after)):
            return None
        if named:
            return self._speaker_from(named[0], named[0]["start_char"], named[0]["end_char"])
        name = text[first:last]
        key = f"{UNREGISTERED_PREFIX}{name}"
        return _Speaker(text=name, start=first, end=last, key=key, name=name, kind="person")

    def _opens_quote_at(self, char: int) -> bool:
        """Whether a quotation's opening mark stands at ``char``."""
        return any(span.open_at == char for span in self.spans)

    def _headlines(self) -> list[dict]:
        """Indirect rows of headlines and bullets "CONTENT – SOURCE" (see
        :meth:`headline_source`): the content, with no cue."""
        text = doc_text(self.doc)
        rows = []
        offset = 0
        for line in text.split("\n"):
            start, end = offset, offset + len(line)
            offset = end + 1
            dash = max(line.rfind(" – "), line.rfind(" — "), line.rfind(" - "))
            if dash < 0:
                continue
            first = start + len(line) - len(line.lstrip(" \t•*"))
            last = start + dash
            while last > first and text[last - 1] in _CLOSING_PUNCT | {" "}:
                last -= 1
            if last <= first or any(a <= first and last <= b for a, b in self.quoted):
                continue
            speaker = self.headline_source(first, last)
            span = self.doc.char_span(first, last, alignment_mode="expand")
            if speaker is None or span is None or len(_words(text[first:last])) < 3:
                continue
            if not any(t.pos_ in ("VERB", "AUX") for t in span):
                continue
            rows.append(self._indirect_row((first, last), speaker, None, None))
        return rows

    def _clauses(self, verb: Token) -> list[tuple[int, int] | None]:
        """Character bounds of the content clauses of one verb of speaking.

        The clause is the verb's ``ccomp`` ("said the talks failed"); a clause
        whose subject the parser made the verb's object ("added 'multiple
        threats' over a large area will 'test ...'") takes that object back; a
        reflexive subject is no speech ("declare itself a neutral country").
        Without a ``ccomp``, a "that" clause the parser hung on a noun or an
        adjective after the verb ("warned Putin in remarks ... that ...",
        "made it clear that ...") is the content.
        """
        relative = self._relative_misparsed(verb)
        if relative is not None:
            return [relative]
        found = []
        # dashes the parser took for a verb and its subject ("voices within the GOP ― what's
        # left of them, anyway ― are responding") head no clause
        dashed = any(c.dep_ in _SUBJECTS and c.text in DASHES for c in verb.children)
        clauses = [
            c
            for c in ([] if _makes_clear(verb) or _passive_of_what_is_said(verb) else verb.children)
            if c.dep_ == "ccomp"
            and not _closing_attribution(c)
            and not (dashed and c.text in DASHES)
            # a clause of time before a verb whose words follow it in quotation marks
            # ("shortly before a violent mob stormed the Capitol ..., she tweeted, '...'";
            # not "Rowling was 'canceled,' Putin said, 'just because ...'")
            and not (c.i < verb.i and _adverbial(c) and self._quote_right_after(verb))
        ]
        if verb.lemma_.lower() in _QUESTION_VERBS:
            # "Asked if Biden plans to meet ...": the question the parser made adverbial
            clauses += [
                c
                for c in verb.children
                if c.dep_ == "advcl"
                and c.i > verb.i
                and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
            ]
        joined = _clause_joined_after_object(verb) if not clauses else None
        if joined is not None:
            clauses.append(joined)  # "He added the new targets would also allow ..."
        how = _how_clause(verb)
        if how is not None and how not in clauses:
            # "told of how her mother managed to flee"; a verb that reports only such a
            # clause ("spoke about how ...") has no other content, and a clause the parser
            # split off right after it ("how what they saw | would stay with them") is its end
            after = [c for c in clauses if c.left_edge.i == how.right_edge.i + 1]
            if verb.lemma_.lower() not in CONTENT_VERBS:
                clauses = []
            if after:
                return [self._content(how.left_edge.i, after[0].right_edge.i, cue=verb)]
            clauses.append(how)
        inverted = self.inverted_subject(verb)
        if inverted is not None:
            clauses = [c for c in clauses if c != inverted.head]  # the speaker's clause
        source = _apposition_before(verb)
        for clause in [c for c in verb.children if c.dep_ == "csubj" and c.i < verb.i]:
            if source is not None and any(s.dep_ == "nsubj" for s in clause.children):
                # "Ascot is quoting again for the corridor, the facility's lead underwriter
                # said": the parser took the content for the subject and the speaker for an
                # apposition inside it
                found.append(self._content(clause.left_edge.i, source.left_edge.i - 2, cue=verb))
        joined_on: dict[int, int] = {}  # clause index -> right edge of the clause it runs into
        swallowed: set[int] = set()
        for first, second in itertools.pairwise(clauses):
            k = first.right_edge.i + 1
            while k < second.i and self.doc[k].is_punct:
                k += 1
            words_of_second = [t for t in second.subtree if not t.is_punct]
            starts_second = bool(words_of_second) and words_of_second[0].i == k
            quoted = any(
                t.text in _OPENING_PUNCT or t.tag_ == "``"
                for t in self.doc[first.right_edge.i + 1 : k]
            )
            if verb.i < first.i and quoted and starts_second:
                # "said the inquiry had just begun, 'so many more ... will be uncovered'":
                # one content running on into a quoted clause
                joined_on[first.i] = second.right_edge.i
                swallowed.add(second.i)
            elif (
                verb.i < first.i
                and second.left_edge.i == first.right_edge.i + 1
                and (
                    second.left_edge.tag_ in _FINITE_TAGS
                    and not any(c.dep_ in (*_SUBJECTS, "expl") for c in second.children)
                    and not any(
                        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS
                        for c in first.children
                    )
                )
            ):
                # "said 72 people returned from Ukraine were crew of civilian ships": the
                # parser split the subject (with its participle) from its verb; not a
                # clause with a finite verb of its own ("the U.S. would accept refugees,
                # and other countries ... have promised")
                joined_on[first.i] = second.right_edge.i
                swallowed.add(second.i)
        clauses = [c for c in clauses if c.i not in swallowed]
        if clauses and clauses[-1].i > verb.i:
            last = clauses[-1]
            end = joined_on.get(last.i, last.right_edge.i)
            more = (
                self._and_that_after(verb, end)
                or self._present_after(verb, end)
                or self._perfect_after(verb, last, end)
                or self._split_infinitive_after(verb, end)
                or self._backshifted_after(verb, end)
            )
            if more is not None:
                joined_on[last.i] = more  # "said she could hear airstrikes, and that she ..."
        for clause in clauses:
            opening = clause.left_edge
            subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
            # "said on social media that Urey had been suffering": a "that" the parser
            # made the object of the clause whose own subject follows it opens the clause
            taken_for_object = (
                opening.lower_ == "that"
                and opening.dep_ == "dobj"
                and opening.head.i == clause.i
                and any(c.dep_ in _SUBJECTS and c.i > opening.i for c in clause.children)
            )
            that_opens = (
                _that_as_conjunction(opening, clause) or taken_for_object
            ) and opening.i > verb.i
            if opening.tag_ in ("WDT", "WP") and opening.dep_ != "mark" and not that_opens:
                # "what officials said was a drone strike", "a video that he said was one of
                # the blasts": the relative pronoun is the clause's subject; the content is
                # what follows the verb
                if clause.i > verb.i and opening.i < verb.i:
                    found.append(self._content(verb.i + 1, clause.right_edge.i, cue=verb))
                elif verb.lemma_.lower() in _QUESTION_VERBS and opening.i > verb.i:
                    # "asked the minister what more the country needs": a reported
                    # question, its word part of what is asked
                    found.append(self._content(opening.i, clause.right_edge.i, cue=verb))
                continue
            if any(s.lower_.endswith(("self", "selves")) for s in subjects):
                continue
            marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
            if set(marks) & _WRITER_MARKS:
                continue  # "the source said – although it's not clear ...": the writer's
            if _relative(clause):
                continue  # "said in the interview, the full version of which will air"
            expletive = any(c.dep_ == "expl" for c in clause.children)
            # (not a verb after a modal: "Zaporozhye Region, 65% of ..., may be the next")
            modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
            participle = clause.tag_ in ("VBN", "VBG", "VB") and not modal
            if clause.i < verb.i and not subjects and not expletive and participle:
                continue  # "At a meeting ... focused on aid, X said that ...": no content
            if clause.i < verb.i and _joined_before(clause, verb):
                continue  # "The CSTO sent a mission, and its chief stated that ...": narration
            if clause.i < verb.i and clause == _participle_set_off_before(verb):
                continue  # "Bradley - joined by two others - said ...": the subject's aside
            if clause.i < verb.i and not _set_off(clause, verb):
                continue  # "The Liverpool left back told BBC Scotland: ...": a misread subject
            if clause.i < verb.i and _is_reporting(clause) and _after_quote(clause):
                # '"...," she said about funding, "...," Jean-Pierre said': one quotation
                # broken by its attribution, no reported content
                continue
            left, right = clause.left_edge.i, joined_on.get(clause.i, clause.right_edge.i)
            if that_opens:
                left += 1  # "told Congress earlier this month that Putin had planned ..."
            when = self.doc[left]
            if left == verb.i + 1 and when.dep_ in ("prep", "npadvmod") and when.head.i == clause.i:
                # "North Korea said in September it had never supplied ...", "Shoigu said
                # Tuesday 200,000 men have been mobilized": the time of the saying, which
                # the parser hung on the content
                time = when.subtree if when.dep_ == "npadvmod" else list(when.subtree)[1:]
                dated = all(t.ent_type_ in _TIME_ENTITIES for t in time)  # not "in" itself
                subject_next = any(
                    c.dep_ in _SUBJECTS and c.left_edge.i == when.right_edge.i + 1
                    for c in clause.children
                )
                if dated and subject_next:
                    left = when.right_edge.i + 1
            if clause.i > verb.i and left > verb.i + 1:
                left = self._fronted_purpose(verb, left)
            if clause.i > verb.i:
                right = self._contrast_of_claim(verb, right)
                right = self._before_writers_aside(left, right)
                comment = _sentential_relative(clause)
                if comment is not None and comment.left_edge.i - 2 < right:
                    right = comment.left_edge.i - 2  # before ", which he has called"
                right = self._before_next_report(verb, left, right)
            if clause.i < verb.i:  # "A, but B, he said": the whole sentence is his
                if self._goes_on_after(verb) is not None:
                    continue  # it runs on past the attribution: _parenthetical_content
                left = verb.sent.start
                right = max(c.right_edge.i for c in clauses if c.i < verb.i)
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i]
            # "told reporters and officials ...": listeners joined by "and" are no subject;
            # "claimed the slowdown ... and its loss of territory was a 'decision'" has one
            joined = (
                objects
                and _verb_lemma(verb) in _ADDRESSING_VERBS
                and any(t.dep_ == "cc" for t in objects[-1].children)
            )
            taken_back = not joined or clause.dep_ == "conj"  # a conjunct has no object
            split_off = objects and _subject_split_off(objects[-1], clause)
            if split_off and taken_back and not _holds_that(objects[-1]):
                left = objects[-1].left_edge.i
            found.append(self._content(left, right, cue=verb))
        view = _expressed_view(verb) if not clauses else None
        if view is not None:
            # "expressed concerns that ...": the clause hung on the view's noun
            found.append(self._content(view.left_edge.i, view.right_edge.i, cue=verb))
        elif not clauses:
            found.append(self._that_clause(verb) or self._that_misparsed(verb))
        if _verb_lemma(verb) in _DECLARING_VERBS or self._scene_found(verb):
            # "declared Russia a 'state sponsor of terrorism'", "declaring those regions to
            # be independent": a declaration naming something what it is, no clause of its
            # own, is an act, not reported content ("declared the protests were a coup" is)
            found = [b for b in found if b is None or self._has_finite_verb(b)]
        return found

    def _fronted_purpose(self, verb: Token, left: int) -> int:
        """Where a content starts that opens with a purpose the parser hung on the verb of
        speaking: "says [to get the animals to the United States, they have to clear
        customs]" (a "to" infinitive of the verb, set off by a comma before the clause)."""
        doc = self.doc
        word = left
        while word < len(doc) - 1 and doc[word].is_punct:
            word += 1  # the parser may give the comma to the clause
        if doc[word - 1].text != "," or verb.lemma_.lower() not in SAYING_VERBS:
            return left
        clause = doc[word].head
        opens = any(c.dep_ in _SUBJECTS and c.left_edge.i == word for c in clause.children)
        if not opens or _is_reporting(clause):
            return left  # "promised to 'make ...', he said": the attribution after it
        purposes = [
            c
            for c in verb.children
            if c.dep_ == "xcomp"
            and c.left_edge.i == verb.i + 1
            and c.right_edge.i == word - 2
            and doc[verb.i + 1].lower_ == "to"
        ]
        return verb.i + 1 if purposes else left

    @staticmethod
    def _scene_found(verb: Token) -> bool:
        """Whether a name "found" or "showed" someone doing something: "CBS News found
        teacher Sveltana Reznichenko taking stock of the filth" is a scene, not a finding
        (a survey or records that find or show report, even without a finite verb)."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return (
            _verb_lemma(verb) in _SHOWING
            and subject is not None
            and subject.pos_ == "PROPN"
            and any(c.dep_ == "ccomp" and c.tag_ == "VBG" for c in verb.children)
        )

    def _has_finite_verb(self, bounds: tuple[int, int]) -> bool:
        """Whether the words within character ``bounds`` are a clause with a finite verb
        (or auxiliary) at its root, not a noun or an infinitive with words after it ("Griner
        to be wrongfully detained, a charge Russia rejected")."""
        span = self.doc.char_span(*bounds, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        auxiliaries = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
        return any(t.tag_ in _FINITE_TAGS for t in (root, *auxiliaries))

    def _that_taken_for_a_pronoun(self, verb: Token, that: Token) -> tuple[int, int] | None:
        """ "Kirby told a virtual briefing that North Korea was attempting to obscure the
        shipments": the parser took ``that`` for a relative pronoun on the verb's object,
        though the clause has its own subject or object in the place it gives "that"; or on
        the statement the verb spoke in (:meth:`_that_after_vehicle`)."""
        head = that.head
        clause = next((a for a in (head, *head.ancestors) if a.dep_ == "relcl"), None)
        if clause is None or clause.head.i >= that.i:
            return None
        if self._that_after_vehicle(verb, that, clause):
            return self._content(that.i + 1, clause.right_edge.i)
        if not any(c.dep_ == that.dep_ and c.i != that.i for c in head.children):
            return None
        if clause.head.head.i != verb.i:
            return None
        return self._content(that.i + 1, clause.right_edge.i)

    def _that_after_vehicle(self, verb: Token, that: Token, clause: Token) -> bool:
        """'warned in a press release that prices will surge': "that" opens a clause with a
        subject of its own after the statement, release or interview the verb spoke in,
        which the parser made a relative clause with "that" for its object."""
        noun = clause.head
        if noun.lemma_.lower() not in _SPOKEN_IN or that.i != clause.left_edge.i:
            return False
        if not any(c.dep_ == "nsubj" and c.i != that.i for c in that.head.children):
            return False
        prep = noun.head
        return noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.i == verb.i

    def _without_how(self, bounds: tuple[int, int]) -> tuple[int, int]:
        """Content bounds without an opening "how" of manner ("told how [he helped ...]");
        "how easy it was", "how many died" keep it, the question being the content."""
        i = self._token_at(bounds[0])
        doc = self.doc
        if doc[i].lower_ != "how" or i + 1 >= len(doc) or doc[i + 1].idx >= bounds[1]:
            return bounds
        if doc[i + 1].pos_ in ("ADJ", "ADV") or doc[i + 1].lower_ in ("much", "many"):
            return bounds
        return doc[i + 1].idx, bounds[1]

    def _relative_misparsed(self, verb: Token) -> tuple[int, int] | None:
        """The content of a verb of speaking inside a relative clause, which the parser
        often hangs elsewhere: "in what Russia says was a Ukrainian strike", "which the
        World Bank has forecast could shrink by at least a third": a relative pronoun, the
        speaker, the verb and a finite verb right after it. The content runs from that
        verb to the end of its phrase, or of its clause when the parser made that verb the
        sentence's head or left it bare: up to a comma or a dash, or a second finite verb
        ("what officials said was a drone strike were inseparable")."""
        doc = self.doc
        k = verb.i + 1
        sent = verb.sent
        if k >= sent.end - 1 or self.in_quote(doc[k]) or doc[k].tag_ not in _FINITE_TAGS:
            return None
        subjects = [
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i and c.tag_ not in ("WP", "WDT")
        ]
        if not subjects:
            return None
        subject = subjects[-1]
        pronoun = subject.left_edge.i - 1
        if pronoun < sent.start or doc[pronoun].tag_ not in ("WP", "WDT"):
            return None
        between = doc[subject.right_edge.i + 1 : verb.i]
        if any(t.dep_ not in ("aux", "advmod", "neg") for t in between):
            return None
        head = doc[k]
        if head.dep_ in ("aux", "auxpass") and head.head.i > k:
            head = head.head
        right = head.right_edge.i
        misparsed = verb in head.subtree or right <= head.i
        if misparsed:
            right = sent.end - 1
        for word in doc[head.i + 1 : right + 1]:
            dash = word.text in ("–", "—", "-") and bool(doc[word.i - 1].whitespace_)
            stops = (
                dash
                or word.text in (",", ";", ":")
                or (misparsed and word.tag_ in _FINITE_TAGS and word.head.i != head.i)
            )
            if stops and not self.in_quote(word):
                right = word.i - 1
                break
        return self._content(k, right, cue=verb)

    def _before_next_report(self, verb: Token, left: int, right: int) -> int:
        """The end of a content before "and" opens another source's report, however the
        parser hung it ("Biden had said [there will be consequences for U.S. ties with
        Riyadh] and several senators urged the White House to ..."): a verb of speaking
        whose subject, a speaker's noun or name right after "and", stands outside any
        quotation; or the speaker's next act (see :meth:`_act_of_speaker`)."""
        doc = self.doc
        for token in doc[left : right + 1]:
            if token == verb or token.pos_ != "VERB" or self.in_quote(token):
                continue
            if not _is_reporting(token):
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is None:
                first = token.left_edge.i if self._act_of_speaker(token) else -1
            elif subject.i < token.i and subject.pos_ in ("NOUN", "PROPN"):
                # a speaker named or described, with a verb of its own tense ("and several
                # senators urged"; not "and the president's lawyers arguing", nor "and he
                # is not calling for", which may go on with the same speaker's content)
                speaker = _speaking_subject(subject, bodies=True) and token.tag_ != "VBG"
                first = subject.left_edge.i if speaker else -1
            else:
                continue
            if first - 1 > left and doc[first - 1].lower_ == "and":
                end = first - 2
                while end > left and doc[end].is_punct:
                    end -= 1
                return min(right, end)
        return right

    @staticmethod
    def _act_of_speaker(token: Token) -> bool:
        """Whether a verb of speaking with no subject, joined to the content's verb, is the
        speaker's next act: the content's subject cannot speak ("Kiev insists [the
        offensive was unprovoked] and has denied claims ..."; not "said Russia had invaded
        and claimed the land"), active, with a tense of its own (not "risks are growing and
        threatening to expand") that differs from the content verb's (not "Russian forces
        have stationed weapons ... and have denied workers access", one subject's acts)."""
        if token.dep_ != "conj" or any(c.dep_ == "auxpass" for c in token.children):
            return False
        if token.tag_ not in _FINITE_TAGS and not _auxiliary_first(token):
            return False
        if _verb_form(token) == _verb_form(token.head):
            return False
        subject = next((c for c in token.head.children if c.dep_ in _SUBJECTS), None)
        return subject is not None and not _speaking_subject(subject, bodies=True)

    def _before_writers_aside(self, left: int, right: int) -> int:
        """The end of a content before a dash that opens the writer's concession, a clause
        with a subject of its own ("Frank said he uncovered evidence that ... - though the
        claim ... has been met with scepticism"; not "- though did flag elections")."""
        doc = self.doc
        for k in range(left + 1, right):
            dash = doc[k].text in DASHES or (doc[k].text == "-" and doc[k - 1].whitespace_)
            if not dash or doc[k + 1].lower_ not in _WRITER_MARKS or self.in_quote(doc[k]):
                continue
            if k + 2 < len(doc) and doc[k + 2].pos_ in ("VERB", "AUX"):
                continue  # "- though did flag elections": the speaker goes on, no subject
            return k - 1
        return right

    def _contrast_of_claim(self, verb: Token, right: int) -> int:
        """The end of a content that goes on with ", but ..." ("Ukraine's military says it is
        not yet conscripting women, but some can be drafted"): a clause the parser joined
        to the verb of speaking with "but", with a subject of its own, no speech of its
        own and nothing after it in the sentence, is the speaker's qualification."""
        doc = self.doc
        for conj in (c for c in verb.children if c.dep_ == "conj" and c.i > right):
            between = doc[right + 1 : conj.left_edge.i]
            if [t.lower_ for t in between if not t.is_punct] != ["but"]:
                continue
            subjects = [c for c in conj.children if c.dep_ in _SUBJECTS]
            # no speech or thought of its own ("but analysts have speculated that ...")
            speech = any(c.dep_ == "ccomp" for c in conj.children) or any(
                _is_reporting(t)
                or (t.lemma_.lower() in CONTENT_VERBS - _SAID_ONLY)
                or (t.lemma_.lower() in _SAID_ONLY and _said(t))
                for t in conj.subtree
            )
            ends = all(t.is_punct for t in doc[conj.right_edge.i + 1 : verb.sent.end])
            quoted = any(self.in_quote(t) for t in conj.subtree)
            if subjects and not speech and ends and not quoted:
                return conj.right_edge.i
        return right

    def _that_misparsed(self, verb: Token) -> tuple[int, int] | None:
        """ "X said that ..." the parser did not parse as a clause ("that" as a
        preposition): the rest of the sentence after "that", when the verb has no
        object and the sentence no other verb of speaking after it."""
        doc = self.doc
        k = verb.i + 1
        if k + 1 >= len(doc) or doc[k].lower_ != "that" or self.in_quote(doc[k]):
            return None
        if doc[k].dep_ == "mark" or any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return None
        sent = verb.sent
        if any(_is_reporting(t) for t in doc[k + 1 : sent.end]):
            return None
        return self._content(k + 1, sent.end - 1)

    def _that_clause(self, verb: Token) -> tuple[int, int] | None:
        """A "that" clause right after the verb's object or phrase, with no verb between
        but a participle in a phrase ("wrote on messaging app Telegram that ..."), also
        where the parser took "that" for a relative pronoun on the object
        (:meth:`_that_taken_for_a_pronoun`) or for a relative adverb on a noun of the
        phrase ("said in a rare show of praise that ...", :func:`_said_in_phrase`).

        Not after a passive verb ("has been declared a signal that ..."), nor
        the clause of a noun of others' words or of knowledge ("responding to
        reports that ...", "denied rumors that ...").
        """
        doc = self.doc
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return None
        end = min(len(doc), verb.right_edge.i + 1, verb.i + _THAT_TOKENS)
        for k in range(verb.i + 1, end):
            word = doc[k]
            around = self.quote_around(word)
            if around is not None and around in self.terms:
                continue  # a title in the verb's phrase: 'told CBS' "Face the Nation" that'
            if word.text in ".;:!?" or around is not None:
                return None
            if word.pos_ in ("VERB", "AUX") and not _modifying_verb(word):
                return None
            if word.lower_ == "that" and word.dep_ in ("dobj", "nsubj", "nsubjpass"):
                found = self._that_taken_for_a_pronoun(verb, word)
                if found is not None:
                    return found
            conjunction = word.dep_ == "mark" or _that_as_conjunction(word, word.head)
            if word.lower_ != "that" or not conjunction:
                continue
            clause = word.head
            if clause.dep_ not in ("acl", "advcl", "ccomp", "relcl") or clause.i <= k:
                return None
            if clause.head.lemma_.lower() in _OTHERS_NOUNS and not _evidence_found(
                verb, clause.head
            ):
                return None
            titled = self.quote_around(clause.head) in self.terms
            if clause.dep_ == "relcl" and not _said_in_phrase(clause.head, verb, titled=titled):
                return None
            head = clause.head
            while (
                head.i != verb.i
                and head.i > verb.i
                and (
                    head.pos_ not in ("VERB", "AUX")
                    or _modifying_verb(head)
                    or self.quote_around(head) in self.terms
                )
            ):
                head = head.head
            if head.i != verb.i:
                return None
            return self._content(k + 1, clause.right_edge.i)
        return None

    def _within_paragraph(self, bounds: tuple[int, int] | None, cue: int) -> tuple[int, int] | None:
        """Content bounds cut to the paragraph of the cue at char ``cue``.

        A sentence the parser runs across a line break (a caption without a
        full stop above "'...,' he added") would otherwise report the
        caption. None when too little of the content is left.
        """
        if bounds is None:
            return None
        start, end = bounds
        text = doc_text(self.doc)
        line_start = text.rfind("\n", 0, cue) + 1
        line_end = text.find("\n", cue)
        line_end = len(text) if line_end < 0 else line_end
        if end <= line_start or start >= line_end:
            return None  # the cue's sentence ran over a line break into another line
        if "\n" not in text[start:end]:
            return bounds
        if cue >= end:
            start = text.rindex("\n", start, end) + 1
        else:
            end = text.index("\n", start, end)
        while start < end and (text[start].isspace() or text[start] in _OPENING_PUNCT):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in _CLOSING_PUNCT):
            end -= 1
        if len(_words(text[start:end])) < _MIN_CONTENT_TOKENS:
            return None
        if any(a <= start and end <= b for a, b in self.quoted):
            return None  # what is left is a quotation: direct speech, not repeated
        return start, end

    def _before(self, start: int, end: int) -> tuple[int, int] | None:
        """Content from ``start`` up to ``end``, without the marks and spaces before
        ``end``; None when fewer than :data:`_MIN_CONTENT_TOKENS` words are left, or
        when what is left is a quotation: direct speech, not repeated ('"...," Velimir
        Trajilovic, 74, a pensioner ..., told Reuters' with the name parsed into it)."""
        text = doc_text(self.doc)
        while end > start and (text[end - 1].isspace() or text[end - 1] in _CLOSING_PUNCT):
            end -= 1
        if len(_words(text[start:end])) < _MIN_CONTENT_TOKENS:
            return None
        if any(a <= start and end <= b for a, b in self.quoted):
            return None
        return start, end

    def _indirect_row(self, bounds: tuple[int, int], speaker: _Speaker, verb, cue) -> dict:
        start, end = bounds
        quoted = any(a < end and start < b for a, b in self.quoted)
        kind = "mixed" if quoted else "indirect"
        text = doc_text(self.doc)
        opened = not quoted and start > 0 and text[start - 1] in _OPENING_QUOTES
        if opened and text[: start - 1].rstrip().endswith(":"):
            # "He said yesterday on Telegram: 'Due to a significant shortage ... is operating
            # in emergency mode. In the same post, ...": a quotation opened after a colon that
            # the writer never closed is still direct speech
            kind = "direct"
        return _row(self.doc, start, end, speaker, verb, kind, cue)

    def _content(
        self, left: int, right: int, *, cue: Token | None = None
    ) -> tuple[int, int] | None:
        """Character bounds of a content clause, without "that", commas and end marks.

        The writer's additions after the content are cut off: a participle of
        speaking ("..., citing delays", "- seemingly referring to ...", "...,
        adding that ..."), a second verb of speaking of the same subject ("...
        and added that ...") and a nested attribution ("..., RIA reported").
        A clause that ends inside a quoted fragment, or right before a
        fragment that ends the sentence, runs to the fragment's end. None when
        the clause is too short, or lies wholly in one quotation.
        """
        doc = self.doc
        while left <= right and (
            (doc[left].lower_ == "that" and (doc[left].dep_ == "mark" or doc[left].tag_ == "IN"))
            or doc[left].is_punct
            or doc[left].is_space
        ):
            left += 1
        left = self._past_dateline(left, right)
        left = _past_time_of_cue(doc, left, right, cue)
        right = self._writer_additions(left, right, cue)
        while right >= left and (
            doc[right].is_punct or doc[right].is_space or doc[right].dep_ == "cc"
        ):
            right -= 1
        if right - left + 1 < _MIN_CONTENT_TOKENS:
            return None
        start, end = doc[left].idx, doc[right].idx + len(doc[right])
        outside = [t for t in doc[left : right + 1] if t.is_alpha and not self.in_quote(t)]
        if not outside:
            return None
        if any(a <= start and end <= b for a, b in self.quoted):
            return None
        return start, self._through_fragment(start, end)

    def _past_dateline(self, left: int, right: int) -> int:
        """The first token of content that opens a story after its dateline, which is no
        part of what was said: "WASHINGTON — [The U.S. ... aren't doing enough ...], a
        group of activists said", "KYIV, Ukraine (AP) — [...]"."""
        doc = self.doc
        if left > right or not (left == 0 or doc[left].is_sent_start):
            return left
        found = _DATELINE_OPENING.match(doc_text(self.doc), doc[left].idx)
        if found is None:
            return left
        after = next((t.i for t in doc[left : right + 1] if t.idx >= found.end()), left)
        return after

    def _writer_additions(self, left: int, right: int, cue: Token | None = None) -> int:
        """The last token index of the content before the writer's additions (see
        ``_content``); with the ``cue`` verb, a verb joined by "and" with no subject
        of its own, in the cue's form and not its head's, is the speaker's next act
        ("Putin said his country was withstanding them and pointed to ...")."""
        doc = self.doc
        for k in range(left + 1, right + 1):
            word = doc[k]
            if word.text == ":" and k + 1 <= right and doc[k + 1].is_quote:
                before = doc[left:k]
                finite = any(t.tag_ in _FINITE_TAGS for t in before)
                if finite and not _is_reporting(doc[k - 1]):
                    # '... for now: "A -- because ..."': the quotation after is whole (not
                    # 'reported she cried: "..."', nor 'that because of troubles: "..."')
                    return k - 1
            if self.in_quote(word):
                closing_comma = word.is_quote and doc[k - 1].text == ","
                if closing_comma and self._speaking_participle_after(k, right):
                    return k - 1  # '..."a game changer," describing them as ...'
                continue
            layer = self._source_layer(k, right)
            if layer is not None:
                return layer
            if (
                cue is not None
                and word.dep_ == "conj"
                and word.pos_ == "VERB"
                and doc[k - 1].lower_ in ("and", "but")
                and word.tag_ == cue.tag_
                and (word.head.tag_ != word.tag_ or _speaker_act(word))
                and not any(c.dep_ in _SUBJECTS for c in word.children)
                and not _shares_perfect(word)
            ):
                return k - 2
            joint = word.left_edge.i - 1
            if _withheld_detail(word) and doc[joint].lower_ in ("but", "and") and joint > left:
                return joint - 1  # "... killed but did not provide a name": the speaker's
            if word.text == "," and k + 2 <= right and not self.in_quote(doc[k + 1]):
                following = doc[k + 1]
                if following.lower_ in _CONTEXT_MARKS and following.dep_ in ("mark", "prep"):
                    return k - 1  # "..., as fears grow for those left": the writer's context
                if following.lower_ in _CONTRAST_MARKS and self._other_party(following):
                    return k - 1  # "..., while Ukraine's Azov Battalion is still fighting"
                if following.lower_ == "with" and any(
                    t.tag_ == "VBG" and t.lemma_.lower() in REPORTING_VERBS
                    for t in [*following.subtree, _word_after_time(following.right_edge)]
                ):
                    # "..., with the energy giant saying that ...", "..., with a source ...
                    # this week saying": another report
                    return k - 1
                if following.lower_ == "by" and doc[k + 2].lower_ == "saying":
                    # "..., Arestovich added, by saying there should be ...": what the one
                    # reported on said (not "by appealing for bodies", a deed in the content)
                    return k - 1
            if self._writer_sums_up(k, right):
                return k - 1  # "..., a step that would thrust Germany into recession"
            if word.text in (",", "-", "–", "—") and self._speaking_participle_after(k, right):
                return k - 1
            after = doc[k + 1] if k + 1 <= right else None
            if (
                word.text == ","
                and after is not None
                and after.tag_ == "VBG"
                and after.lemma_.lower() in _REACTION_PARTICIPLES
                and any(c.dep_ == "dobj" and c.lemma_.lower() in _REACTIONS for c in after.children)
                and not self.in_quote(after)
            ):
                return k - 1  # "..., drawing attacks from Jane Timken": what it brought on
            if (
                word.lemma_.lower() in CONTENT_VERBS
                and word.pos_ == "VERB"
                and word.dep_ in ("parataxis", "conj", "advcl")
            ):
                subjects = [c for c in word.children if c.dep_ in _SUBJECTS]
                phrase = list(word.subtree)
                closes = all(t.is_punct or t.is_space for t in doc[phrase[-1].i + 1 : right + 1])
                nested = (
                    closes
                    and word.dep_ in ("parataxis", "conj")
                    and [s.dep_ for s in subjects] == ["nsubj"]
                    and subjects[0].i < word.i
                    and phrase[0].i > left
                )
                if nested and doc[phrase[0].i - 1].is_punct:
                    return phrase[0].i - 1  # "..., Russian news agency RIA reported"
                has_clause = any(c.dep_ == "ccomp" for c in word.children)
                if word.dep_ == "conj" and not subjects and has_clause:
                    return k - 1  # "... and added that ...": the second verb's own content
                joined = phrase[0].i - 1
                if (
                    word.dep_ == "conj"
                    and [s.dep_ for s in subjects] == ["nsubj"]
                    and subjects[0].i < word.i
                    and _may_speak(subjects[0])  # not "the situation has added to strains"
                    and left < joined
                    and doc[joined].lower_ in ("but", "and")
                    and not any(c.dep_ == "mark" or c.tag_ == "MD" for c in word.children)
                ):
                    # "Ukraine says the battle is the biggest since World War Two but its
                    # president has vowed ...": another report (not "... and that he would
                    # never suggest it", the same content, nor "and the police will reveal
                    # the results", what is to come)
                    return joined - 1
        return right

    def _and_that_after(self, verb: Token, right: int) -> int | None:
        """The right edge of a second content that the parser joined to the verb of
        speaking, not to the first content ending at ``right``: "said she could hear
        airstrikes ..., and that she has had to hide ..."."""
        doc = self.doc
        k = right + 1
        while k < len(doc) and (doc[k].text == "," or doc[k].is_quote):
            k += 1
        if k + 1 >= len(doc) or doc[k].lower_ != "and" or doc[k + 1].lower_ != "that":
            return None
        clause = doc[k + 1].head
        if clause.head != verb or clause.dep_ != "conj" or clause.left_edge.i != k + 1:
            return None
        return clause.right_edge.i

    def _present_after(self, verb: Token, right: int) -> int | None:
        """The right edge of a verb in the present joined to a verb of speaking in the
        past right after its content, with no subject of its own and words in quotation
        marks: the content goes on ("Crump said Russia appears to have a slight
        advantage, but is 'lucky to capture a field in 24 hours'": the parser joined "is"
        to "said", whose tense it does not share)."""
        joined = self._verb_joined_after(verb, right, ("and", "but"), ("aux", "neg", "advmod"))
        if verb.tag_ != "VBD" or joined is None:
            return None
        if any(c.dep_ in (*_SUBJECTS, "expl") for c in joined.children):
            return None
        if joined.tag_ not in ("VBZ", "VBP") or _is_reporting(joined):
            return None  # not "but has refused to set goals", "but believes that ..."
        if any(c.dep_ == "ccomp" for c in joined.children):
            return None
        # the speaker's words in marks tell the content goes on ("and is expected to
        # meet ..." would be the writer's news of the speaker)
        if not any(self.in_quote(t) for t in joined.subtree):
            return None
        return joined.right_edge.i

    def _verb_joined_after(
        self, verb: Token, right: int, joiners: tuple[str, ...], over: tuple[str, ...]
    ) -> Token | None:
        """The verb the parser joined to ``verb`` by one of ``joiners`` right after a
        content ending at token ``right`` (past commas and closing marks), reached from the
        word after the joiner over dependents of ``over``; None when there is none."""
        doc = self.doc
        k = right + 1
        while k < len(doc) and (doc[k].text == "," or doc[k].is_quote):
            k += 1
        if k + 1 >= len(doc) or doc[k].lower_ not in joiners:
            return None
        joined = doc[k + 1]
        while joined.dep_ in over and joined.head.i > joined.i:
            joined = joined.head
        if joined.head != verb or joined.dep_ != "conj" or joined.left_edge.i != k + 1:
            return None
        return joined

    def _perfect_after(self, verb: Token, clause: Token, right: int) -> int | None:
        """The right edge of a past participle that the parser joined to the verb of
        speaking while the content's "has" (or "have", "had") is left with no object of
        its own: the perfect goes on ("argued that it has 'diligently' and actively
        implemented all Western sanctions")."""
        if clause.lemma_.lower() != "have" or any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in clause.children
        ):
            return None
        joined = self._verb_joined_after(verb, right, ("and", "but", "or"), ("neg", "advmod"))
        if joined is None:
            return None
        # (a regular past tense is the participle's form: "implemented" tagged VBD)
        participle = joined.tag_ == "VBN" or (joined.tag_ == "VBD" and joined.lower_[-2:] == "ed")
        if not participle:
            return None
        if any(c.dep_ in (*_SUBJECTS, "aux", "auxpass") for c in joined.children):
            return None
        return joined.right_edge.i

    def _backshifted_after(self, verb: Token, right: int) -> int | None:
        """The right edge of a clause that the parser joined by "and" to a verb of speaking
        in the past, right after its content, with a subject of its own and "would",
        "could" or "might": the reported future goes on ("said on Thursday that he was aware
        of the video and it would 'definitely be investigated'")."""
        doc = self.doc
        k = right + 1
        if verb.tag_ != "VBD" or k + 2 >= len(doc) or doc[k].lower_ != "and":
            return None
        joined = doc[k + 1]
        while joined.head.i > joined.i and joined.head.i - k <= 6:
            joined = joined.head
        if joined.head != verb or joined.dep_ != "conj" or joined.left_edge.i != k + 1:
            return None
        subjects = [c for c in joined.children if c.dep_ in _SUBJECTS]
        backshifted = any(
            c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in joined.children
        )
        if len(subjects) != 1 or subjects[0].i != k + 1 or not backshifted:
            return None
        if _is_reporting(joined):
            return None
        return joined.right_edge.i

    def _split_infinitive_after(self, verb: Token, right: int) -> int | None:
        """The right edge of a bare verb that the parser joined to the verb of speaking
        right after a content ending in "to" and a time or an adverb: the infinitive goes on
        ("recommended that Ukraine be granted candidate status to one day join the
        27-nation bloc")."""
        doc = self.doc
        k = right + 1
        if k >= len(doc) or right < 2:
            return None
        joined = doc[k]
        if joined.tag_ != "VB" or joined.dep_ != "conj" or joined.head != verb:
            return None
        if any(c.dep_ in (*_SUBJECTS, "aux", "cc") for c in joined.children):
            return None
        split = doc[max(0, right - 2) : right + 1]
        if not any(t.lower_ == "to" for t in split) or doc[right].lower_ == "to":
            return None
        return joined.right_edge.i

    def _speaking_participle_after(self, k: int, right: int) -> bool:
        """Whether a participle of speaking or of the speaker's reasons follows the mark
        at ``k`` ("..., citing delays", "- seemingly referring to ...", "..., adding")."""
        doc = self.doc
        if k + 1 > right:
            return False
        after = k + 1
        while after < right and doc[after].pos_ == "ADV":
            after += 1
        participle = doc[after]
        return (
            participle.tag_ == "VBG"
            and participle.lemma_.lower() in REPORTING_VERBS | _CONTEXT_PARTICIPLES
            and participle.dep_ in ("advcl", "xcomp", "conj", "acl", "ccomp")
        )

    def _writer_sums_up(self, k: int, right: int) -> bool:
        """Whether a comma or dash at ``k`` opens the writer's words on the content as a
        whole: "..., a step that would thrust Germany into recession", "... — a claim
        that Ukrainian officials greeted with some scepticism", "... — a statement
        dismissed by Kyiv as a pretext", "..., the first step on the lengthy path to
        membership"."""
        doc = self.doc
        if doc[k].text not in (",", "—", "–", "-") or k + 3 > right:
            return False
        article, noun, next_word = doc[k + 1], doc[k + 2], doc[k + 3]
        if self.in_quote(article):
            return False
        # "..., the first step on the lengthy path to membership", "a first step in":
        # where it stands
        ranked = (
            article.lower_ in ("the", "a")
            and noun.lower_ in _RANKS
            and next_word.lower_ in _SUMMING_NOUNS
            and k + 4 <= right
            and doc[k + 4].pos_ == "ADP"
        )
        if not ranked:
            if article.lower_ not in ("a", "an"):
                return False
            if noun.lower_ not in _SUMMING_NOUNS | SPEECH_NOUNS:
                return False
            if not (next_word.lower_ in ("that", "which") or next_word.tag_ == "VBN"):
                return False
        # "Russia says it is fighting neo-Nazis, a claim derided by Western powers, and
        # that it is threatened": an aside, and the content goes on
        rest = doc[k + 4 : right + 1]
        pairs = itertools.pairwise(rest)
        return not any(a.lower_ == "and" and b.lower_ == "that" for a, b in pairs)

    def _source_layer(self, k: int, right: int) -> int | None:
        """The last token index before ", according to Tass" closing the content at ``k``
        (its comma may stand inside a closing mark: '... "extremely important," according
        to Tass'): the source that reports the speaker, another layer, is no content."""
        doc = self.doc
        if k + 1 > right or doc[k].lower_ != ACCORDING_TO[0]:
            return None
        if doc[k + 1].lower_ != ACCORDING_TO[1]:
            return None
        before = k - 1
        while before > 0 and doc[before].is_quote and self.in_quote(doc[before - 1]):
            before -= 1  # past the closing mark: '..."extremely important," according'
        if doc[before].text != ",":
            return None
        phrase = {t.i for t in doc[k].subtree}
        if not all(t.is_punct or t.is_space or t.i in phrase for t in doc[k : right + 1]):
            return None
        return before - 1

    def _other_party(self, mark: Token) -> bool:
        """Whether the clause a contrast word opens has a named person or body for subject
        ("while the UK government estimates ...", not "while prices fell"), or is another
        report ("while Russian state media has described ...")."""
        clause = mark.head
        for subject in (c for c in clause.children if c.dep_ in _SUBJECTS):
            start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
            if any(m["actor_type"] != "place" for m in self.mentions_in(start, end)):
                return True
            if subject.pos_ == "NOUN" and _is_reporting(clause):
                return True
        return False

    def _through_fragment(self, start: int, end: int) -> int:
        """``end``, moved to the end of a quoted fragment the content stops in or before."""
        text = doc_text(self.doc)
        for a, b in self.quoted:
            if a < end < b:
                end = b  # "... was meant to “reduce ... prices”": the fragment's end
                break
            if a >= end:
                following = text[b:].lstrip()[:1]
                closes = not following or following in ".!?" or text[b - 2 : b - 1] in ".!?"
                if not text[end:a].strip() and closes:
                    end = b  # "... speak with Putin “if, in fact, ...”."
                break
        while end > start and (text[end - 1] in _CLOSING_PUNCT or text[end - 1].isspace()):
            end -= 1
        return end

    def _according_content(self, according: Token) -> tuple[int, int] | None:
        """The sentence around "according to X", without that phrase.

        Words before the phrase that only link the sentence ("However,",
        "But") do not count; a phrase inside the sentence ("Those costs,
        according to the official, would reach ...") gives the whole sentence,
        but a clause of its own after it ("..., according to AAA, and the price
        of crude oil fell") is not the source's.
        Content holding its own verb of speaking ("Peskov said X, according
        to Tass") is one layer more: Tass reports Peskov's words, which get
        their own row too; but a quotation with its attribution ("'...,' Lavrov
        told students, according to Kommersant") is the speaker's direct speech,
        and the source names where it was reported, no content of its own.
        """
        sent = according.sent
        phrase = list(according.subtree)
        first, last = phrase[0].i, phrase[-1].i
        last = self._name_closing(according, last)
        lead = sent.start
        while lead < first and (
            self.doc[lead].is_punct
            or self.doc[lead].is_space
            or self.doc[lead].lower_ in _LINK_WORDS
        ):
            lead += 1
        dashes = ("—", "–", "-")
        if last + 1 < sent.end and self.doc[last + 1].text in dashes:
            opening = [
                t.i
                for t in self.doc[lead:first]
                if t.text in dashes and t.whitespace_ and not self.in_quote(t)
            ]
            if opening and opening[-1] + 1 < first:
                # "Ukraine's infrastructure — the only target of the strikes, according to
                # Russia — has taken a pounding": the aside between the dashes
                return self._content(opening[-1] + 1, first - 1)
        before = [t for t in self.doc[lead:first] if not (t.is_punct or t.is_space)]
        after = [t for t in self.doc[last + 1 : sent.end] if not (t.is_punct or t.is_space)]
        if after and _hyphen_joined(self.doc, last) and self.doc[last].is_lower:
            # "according to Maria Berlinska, another member of the group who co-founded an
            # organization ...": the parser cut the phrase inside a word after a prefix; the
            # rest goes on (not inside a name: "... Gholam-Hossein Mohseni-Eje'i said: '...'")
            after = []
        if not before and after:
            left, right = last + 1, sent.end - 1
        elif before and (not after or self._joins_own_clause(after[0], first)):
            left, right = lead, first - 1
        elif before and after:
            left, right = lead, sent.end - 1
        else:
            return None
        if self._attributed_quotation(left, right):
            return None
        return self._content(left, right)

    def _attributed_quotation(self, left: int, right: int) -> bool:
        """Whether tokens ``left`` to ``right`` open with a quotation and hold, outside it,
        the verb of speaking that attributes it to a subject outside it ("'...,' Foreign
        Minister Sergey Lavrov told students"; not "Peskov said Putin's speech would be
        'extremely important'", the source's report of Peskov with a quoted fragment)."""
        tokens = self.doc[left : right + 1]
        words = [t for t in tokens if not (t.is_punct or t.is_space)]
        if not words or not self.in_quote(words[0]):
            return False
        return any(
            _is_reporting(t)
            and not self.in_quote(t)
            and any(c.dep_ in _SUBJECTS and not self.in_quote(c) for c in t.children)
            for t in tokens
        )

    def _name_closing(self, according: Token, last: int) -> int:
        """The last token of a person named in apposition after an "according to" phrase
        on a role that ends at token ``last`` ("according to the spokesman for the army
        of the Donetsk People's Republic (DPR), Eduard Basurin, ..."), else ``last``."""
        source = _source_of(self.doc[according.i + 1]) if according.i + 1 < len(self.doc) else None
        if source is None or source.lower_ not in PERSON_ROLES:
            return last
        person = self._name_closing_phrase(self.doc[last].idx + len(self.doc[last]))
        return self._token_at(person["end_char"] - 1) if person is not None else last

    def _name_closing_phrase(self, end: int) -> dict | None:
        """The mention of a person named in apposition after a phrase that ends at ``end``,
        set off by commas on both sides ("the spokesman for the army of the Donetsk
        People's Republic (DPR), Eduard Basurin, Ukrainian forces ..."; not the subject of
        the content after "according to the lawyer, Griner is reading ...")."""
        text = doc_text(self.doc)
        comma = _NAME_AFTER_PHRASE.match(text, end)
        if comma is None:
            return None
        person = self.person_mention_at(comma.end(), comma.end() + 80)
        if person is None or text[person["end_char"] : person["end_char"] + 1] not in ",.;":
            return None
        return person

    def _joins_own_clause(self, word: Token, phrase_start: int) -> bool:
        """Whether ``word`` after "CONTENT, according to X," opens a clause of its own,
        joined by "and", "but" or "while" to a sentence whose main verb came before the
        phrase ("Gas peaked at $5.01, according to AAA, and the price of crude oil fell"):
        the writer's next point, not the source's."""
        if word.lower_ not in _JOINING_WORDS or word.sent.root.i >= phrase_start:
            return False
        # "and" hangs on the first verb, "while" on its own
        clause = next(
            (c for c in word.head.children if c.dep_ == "conj" and c.i > word.i), word.head
        )
        subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
        # "Over 30 people were killed, according to authorities, and more than 100 were
        # wounded": a number for subject goes on with the source's count
        return clause.i > word.i and bool(subjects) and not any(s.like_num for s in subjects)

    def _parenthetical_content(self, verb: Token) -> tuple[int, int] | None:
        """The content around a parenthetical "CONTENT, X said, ..." (a verb without a clause).

        The parser hangs "X said" on the content's verb (``parataxis``, or
        ``conj`` after a comma or a closing mark); the content is the sentence
        before the attribution, or the whole sentence when the attribution
        stands inside it ("Ukrainian forces, the report said, have destroyed
        ..."), but not a clause after it that the writer adds ("..., the Post
        reported, as the State Department said ..."). It also takes the
        content the parser hung on the verb ("Shelling killed one, he
        reported": ``advcl``) and, for an attribution the sentence splitter
        cut off ("... for Europe.” he said."), the sentence before it.
        """
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        doc = self.doc
        sent = verb.sent
        if any(c.dep_ == "auxpass" for c in verb.children) and any(
            c.dep_ == "xcomp" for c in verb.children
        ):
            return None  # "..., and, across the country, Ukrainians have been told to stay home"
        if not subjects:
            hung = self._speaker_hung_before(verb)
            if hung is not None:
                return self._content(sent.start, hung.left_edge.i - 2)
            inverted = self.inverted_source(verb)
            if inverted is None:
                return None
            # "..., reported state-run news agency RIA Novosti": the sentence before it
            return self._content(sent.start, verb.left_edge.i - 1)
        opening = self._opening_attribution(verb, subjects)
        if opening is not None:
            return opening
        phrase = [t for t in verb.subtree if not (t.is_punct or t.is_space)] or [verb]
        first, last = phrase[0].i, phrase[-1].i
        # the name may have a first name before it ("senior Russian diplomat Alexey Drobinin")
        named = verb.dep_ == "relcl" and verb.head.i + 1 == subjects[0].left_edge.i
        named = named and subjects[0].i < verb.i
        described = verb.head.lemma_.lower() in BODY_NOUNS | PERSON_ROLES  # not "something"
        named = named and described and subjects[0].pos_ == "PROPN"
        if named:
            # "..., the news agency TASS reported on Wednesday": the parser hung the verb
            # on the noun before the name as a relative clause
            first = verb.head.left_edge.i
        if verb.dep_ == "ROOT":
            running_on = self._goes_on_after(verb)
            if running_on is not None:
                return self._content(sent.start, running_on)
            if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
                return None
            before = [c for c in subjects if c.i < verb.i]
            return self._content_before_root(verb, before[-1] if before else subjects[0])
        after_comma = first > sent.start and doc[first - 1].text in _PARENTHESIS_MARKS
        after = [t for t in doc[last + 1 : sent.end] if not (t.is_punct or t.is_space)]
        # "..., Zelenskyy said Saturday, a day after Gazprom suspended ...": a time the
        # writer adds after the attribution
        timed = len(after) > 2 and (
            after[0].lower_ in ("a", "an", "one", "two", "three", "hours", "days", "shortly")
            and any(t.lower_ in ("after", "before") for t in after[1:4])
        )
        # "..., like the culture seen in the West, Putin has said.": hung on a noun
        closing = verb.dep_ == "relcl" and after_comma and (not after or named or timed)
        if _closing_attribution(verb):
            return self._content(sent.start, first - 1)
        if closing and (
            any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in phrase)
            or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children)
        ):
            return None
        # "CONTENT, given that ..., Serbian President Aleksandar Vucic told local media": the
        # parser made the attribution a clause of the content's verb
        # (a finite verb: not "messages - some supportive, some threatening"; the subject
        # right after a plain comma, not a closing mark: "...,' he said", nor
        # "..., the courage and cruelty, that I have observed"; no relative: not "..., many
        # of whom signal their agreement"; no content of the verb's own: not "..., he estimated
        # only several thousand"; not a clause of its own: "... told Al Jazeera that of more
        # than 40,000 applications ..., it had denied 930")
        said_by = subjects[0].left_edge.i
        trailing = (
            # (or an adverbial clause: "..., both militarily and economically, Russian Foreign
            # Minister Sergey Lavrov has claimed", where the parser hung the adverbs on it)
            verb.dep_ in ("ccomp", "advcl")
            and (verb.tag_ in _FINITE_TAGS or any(c.dep_ == "aux" for c in verb.children))
            and doc[said_by - 1].text == ","
            and verb.head.dep_ == "ROOT"
            and verb.head.i < first <= said_by
            and not any(c.dep_ == "mark" for c in verb.children)
            and not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in phrase)
            and not any(
                c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and _verb_lemma(verb) != "tell")
                for c in verb.children
            )
        )
        if (
            verb.dep_ != "parataxis"
            # (or a plain dependent after a comma: "..., too, warns Romanian historian Dorin
            # Dobrincu")
            and not (verb.dep_ in ("conj", "dep") and after_comma)
            and not closing
            and not trailing
        ):
            return None
        if trailing:
            first = said_by  # the content keeps what the parser hung on the verb before it
        if first <= sent.start:
            return None
        added = (
            bool(after)
            and (
                (after[0].dep_ == "mark" and after[0].lower_ not in _REASON_MARKS)
                or (after[0].tag_ == "VBG" and after[0].lower_ != "including")
                # "..., Meta said, and it was running fake accounts", "..., the officials said,
                # with a decision to be made in November" (not "..., and that ...")
                or (after[0].lower_ in ("and", "with") and after[1:2] and after[1].lower_ != "that")
                # "..., it said, something which Biden has previously expressed concern
                # over": a noun phrase of the writer's on the content, with its relative
                or (
                    after[0].lower_ in ("something", "a", "an")
                    and any(t.tag_ in ("WDT", "WP") for t in after[1:5])
                )
                or (
                    after[0].lower_ in _ADDED_WORDS
                    # not after an attribution in brackets: "(the newspaper claims it was
                    # hacked) but its scale echoes ..." is the writer's
                    and not (doc[last + 1].text == "," and self._speaker_goes_on(after))
                )
            )
        )
        right = sent.end - 1 if after and not (added or timed) else first - 1
        return self._content(sent.start, right)

    def _opening_attribution(self, verb: Token, subjects: list[Token]) -> tuple[int, int] | None:
        """The content after an attribution that opens the sentence, which the parser hung on
        the content's verb: "Thies says shortly after, the International Fund for Animal
        Welfare contacted her organization" (the rest of the sentence, set off by a comma
        after the attribution's words)."""
        doc = self.doc
        sent = verb.sent
        root = verb.head
        if verb.dep_ != "ccomp" or root.dep_ != "ROOT" or root.i < verb.i:
            return None
        if not _is_reporting(verb) or not any(c.dep_ in _SUBJECTS for c in root.children):
            return None
        if _is_reporting(root):
            return None  # "Guterres promised to make ..., he said": the content, attributed
        subject = subjects[0]
        if subject.dep_ != "nsubj" or subject.left_edge.i != sent.start or subject.i > verb.i:
            return None
        named = self.mentions_in(subject.idx, subject.idx + len(subject.text))
        if not (named or _may_speak(subject)):
            return None
        # "says to get the animals there, they ..."
        purpose = doc[verb.i + 1].lower_ == "to" and verb.lemma_.lower() in SAYING_VERBS
        for child in verb.children:
            if child.i < verb.i or child.dep_ == "punct":
                continue
            if child.dep_ not in ("advmod", "npadvmod") and not (child.dep_ == "xcomp" and purpose):
                return None  # "was reported in the city ...", "promised to 'make ...'"
        comma = verb.right_edge.i + 1
        if doc[comma].text != "," or comma >= root.i:
            return None
        return self._content(verb.i + 1, sent.end - 1)

    def _goes_on_after(self, verb: Token) -> int | None:
        """The last token index of a content "CONTENT, X said" that goes on after the
        attribution with what the speaker said: "..., the governor said, including two who
        had to be taken to hospital", "..., the official said, but several other people
        lost their lives"; None when it does not."""
        doc = self.doc
        # not after a quotation: '"...," he said, including with a payment to households'
        # is the quotation and the writer's words, no content of its own
        if not any(
            c.dep_ == "ccomp" and c.i < verb.i and not self.in_quote(c) for c in verb.children
        ):
            return None
        if any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children):
            return None
        for child in verb.children:
            if child.i <= verb.i or doc[child.left_edge.i - 1].text != ",":
                continue
            after = [t for t in doc[child.left_edge.i : verb.sent.end] if not t.is_space]
            # "..., the governor said, including two who had to be taken to hospital"
            if child.dep_ == "prep" and child.lower_ == "including":
                return child.right_edge.i
            if child.dep_ == "cc" and self._speaker_goes_on(after):
                return verb.sent.end - 1
        return None

    def _speaker_goes_on(self, after: list[Token]) -> bool:
        """Whether "but" after a parenthetical attribution goes on with the speaker's
        words: a clause with a subject of its own that reports no one's words ("The man
        had been to the mass grave, he said, but they redirected him to the police"),
        not a verb of the speaker's ("..., he said, but gave no details") or another
        report ("..., a correspondent said, but many locals said they felt relief")."""
        if after[0].lower_ != "but" or len(after) < 3:
            return False
        verb = next((t for t in after if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")), None)
        if verb is None or not any(c.dep_ in _SUBJECTS and c.i > after[0].i for c in verb.children):
            return False
        return not any(t.lemma_.lower() in REPORTING_VERBS and t.pos_ == "VERB" for t in after[1:])

    def inverted_source(self, verb: Token) -> Token | None:
        """The source named after its verb at the end of a sentence, which the parser made
        the verb's object: "..., reported state-run news agency RIA Novosti"."""
        doc = self.doc
        if verb.dep_ not in ("conj", "parataxis") or verb.i == verb.sent.start:
            return None
        if doc[verb.left_edge.i - 1].text not in _PARENTHESIS_MARKS:
            return None
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        if len(objects) != 1 or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            return None
        source = objects[0]
        named = source.pos_ == "PROPN" or source.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")
        if not named or any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in source.children):
            return None
        rest = doc[source.i + 1 : verb.sent.end]
        if not all(t.is_punct or t.is_space or t.i in {u.i for u in source.subtree} for t in rest):
            return None
        return source

    def _content_before_root(self, verb: Token, subject: Token) -> tuple[int, int] | None:
        """ "CONTENT, he reported" parsed with the content as the verb's clause, or cut off."""
        doc = self.doc
        sent = verb.sent
        begin = subject.left_edge.i
        if begin <= sent.start:
            if sent.start == 0 or not doc[sent.start].is_lower or not doc[sent.start].is_alpha:
                return None
            before = doc[sent.start - 1].sent  # "... for Europe.” he said."
            if not any(self.in_quote(t) for t in before) or before.end != sent.start:
                return None
            return self._content(before.start, before.end - 1)
        comma = begin - 1
        while comma > sent.start and doc[comma].is_quote and doc[comma - 1].text == ",":
            comma -= 1  # '... lines "damaged and disconnected," Energoatom said'
        if doc[comma].text != ",":
            return None
        if any(
            c.dep_ in _SUBJECTS and c.i < subject.i and c.left_edge.i == sent.start
            for c in verb.children
        ):
            # "A fire ... left lines 'damaged', Energoatom said": the parser made the
            # content's subject a second subject of the verb
            return self._content(sent.start, comma - 1)
        for clause in verb.children:
            if clause.dep_ != "advcl" or clause.i > verb.i or clause.right_edge.i >= begin:
                continue
            if any(
                c.dep_ == "mark" or (c.tag_ == "WRB" and c.i == clause.left_edge.i)
                for c in clause.children
            ):
                # "As the war began, he said", "When Wallace responded that ..., Kennedy
                # answered": the time of the saying, no content
                return None
            if not any(c.dep_ in _SUBJECTS for c in clause.children):
                return None  # "Speaking to reporters, he said"
            if clause.left_edge.i > sent.start + 1:
                return None
            return self._content(sent.start, begin - 1)
        return None

    # ----------------------------------------------------------------- verb

    def attribution(self, span: _Span) -> Token | None:
        """The verb of attribution of a quoted span, or None."""
        inner = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if inner is None or not len(inner):
            return None
        put = self._put_it_beside(span, inner)
        if put is not None:
            self.verbs[span.open_at] = (span.paragraph, put)
            return put
        candidates = []
        inside = set(range(inner.start, inner.end))
        for token in inner:
            head = token.head
            if head.i == token.i or head.i in inside:
                continue
            node, steps = head, 0
            while steps < 8 and span.holds(node):
                if self.in_quote(node):
                    paragraph, earlier = self.verbs.get(self._quote_of(node.idx), (-1, None))
                    if earlier is not None and paragraph == span.paragraph:
                        rank = steps + len(self.doc)
                        candidates.append((rank, abs(earlier.i - token.i), earlier.i, earlier))
                    break
                if _is_reporting(node) and not (_unperformed(node) and self._in_content(node)):
                    # "... will take 'a few years', a senior defense official said": the
                    # closing attribution the parser hung on the verb
                    closing = [c for c in node.children if _closing_attribution(c)]
                    if closing and token.i < closing[0].left_edge.i:
                        node = closing[0]
                    candidates.append((steps, abs(node.i - token.i), node.i, node))
                    break
                if node.head.i == node.i:
                    break
                node, steps = node.head, steps + 1
            for clause in token.children:
                # '... an "energy attack" on Europe, Ukrainian President Volodymyr Zelenskyy
                # said Saturday, a day after ...': an attribution set off by a comma that
                # the parser hung on the quoted noun as a relative clause without a pronoun
                closing = clause.dep_ == "relcl" and clause.i >= inner.end
                if closing and _is_reporting(clause) and not _relative_pronoun(clause):
                    # the clause opens with its subject (not "..., with which he said")
                    own = any(
                        c.dep_ in _SUBJECTS and c.left_edge.i == clause.left_edge.i
                        for c in clause.children
                    )
                    if own and self.doc[clause.left_edge.i - 1].text == ",":
                        candidates.append((0, abs(clause.i - token.i), clause.i, clause))
        if _SENTENCE_OPENING.search(doc_text(self.doc)[: span.open_at]):
            # a quote that opens its sentence is no content of a verb of the sentence
            # before, however the parser ran the two together ("... on the frontlines.
            # 'Let me shake your hand ...,' local deputy Vera Sergeeva ... told")
            # (the verb of an earlier quote in the paragraph that this one goes on with
            # still counts)
            candidates = [c for c in candidates if c[3].i > inner.start or c[0] >= len(self.doc)]
        if candidates:
            verb = min(candidates)[3]
        else:
            verb = (
                self._nearby_verb(span, inner)
                or self._introducing_verb(span, inner)
                or self._telling_before_colon(span, inner)
            )
        if verb is not None and verb.i < inner.start:
            verb = self._nearer_speaker_verb(verb, inner) or verb
        elif verb is not None:
            # (a verb whose listener ends at the colon that opens the quote introduces it,
            # whatever the parser hung on the sentence after: "hit out at those who withdrew,
            # telling the crowd: '...' Texas Governor Greg Abbott ... told the crowd")
            before = self._speaking_right_before(span, inner) or self._telling_before_colon(
                span, inner
            )
            verb = before or self._introducing_verb(span, inner) or verb
        if verb is not None:
            verb = self._reporting_over_request(verb, inner[0]) or verb
            self.verbs[span.open_at] = (span.paragraph, verb)
        return verb

    def _put_it_beside(self, span: _Span, inner: Span) -> Token | None:
        """The "put it" right after a quotation ('"in the deep freeze", as Jan Egeland puts
        it'; '"Putin's price hike," as the White House put it - is ...') or right before
        it ('as Price puts it, "doubt the credibility"'): it attributes the words, whatever
        verb the sentence's other quotations have."""
        doc = self.doc
        k = inner.end
        while k < len(doc) and (doc[k].is_quote or doc[k].text in (",", "-", "–", "—")):
            k += 1
        if k < len(doc) and doc[k].lower_ == "as" and doc[k].dep_ == "mark":
            verb = doc[k].head
            if verb.i - k <= 8 and _puts_it(verb) and not self.in_quote(verb):
                return verb
        k = inner.start - 1
        while k >= 0 and (doc[k].is_quote or doc[k].text == ","):
            k -= 1
        if k > 0 and doc[k].lower_ == "it" and _puts_it(doc[k - 1]) and not self.in_quote(doc[k]):
            return doc[k - 1]
        return None

    def own_report_after(self, span: _Span, verb: Token) -> bool:
        """Whether a verb of speaking after a quote closed by its own full stop reports
        something of its own ("'... save water now.' The World Health Organization has
        warned of a 'humanitarian emergency'"): it opens the next sentence, so it does not
        attribute a quote that continues the one before it. A bare attribution ("'I
        resigned.' Andrusiv wrote on Telegram.") does."""
        if verb.i < self._token_at(span.end):
            return False
        closing = doc_text(self.doc)[span.start : span.end].rstrip()
        if not closing or closing[-1] not in ".!?":
            return False
        if not any(c.dep_ == "nsubj" and span.end <= c.idx < verb.idx for c in verb.children):
            return False  # '"Where are they?" asked Nazar Babych': an inverted attribution
        # its object is something reported ("did not answer the question"), unless it is
        # the one addressed ("asked him"); a verb denied reports nothing of the quote
        content = any(
            c.dep_ in ("ccomp", "xcomp", "neg")
            or (c.dep_ == "dobj" and c.pos_ not in ("PRON", "PROPN") and not _addressee(verb, c))
            for c in verb.children
        )
        reported = any(
            c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS | {"of"} for c in verb.children
        )
        # or a verb of speaking joined to it does ("Oil executives previously testified
        # before Congress ... but have insisted it is the result of ...")
        joined = any(
            c.dep_ == "conj" and _is_reporting(c) and any(g.dep_ == "ccomp" for g in c.children)
            for c in verb.children
        )
        return content or reported or joined or self._brings_own_quote(verb)

    def _brings_own_quote(self, verb: Token) -> bool:
        """Whether a verb brings a quotation of its own later in its sentence ("Grossi said
        in a statement that '...'", "Zelenskyy gushed at the compliment, saying, '...'"),
        unless a participle goes on from the quotation before ("tweeted, adding: '...'")
        or a full stop ends the verb's sentence first (the parser's glued sentences:
        "... asked him. 'No,' he responded")."""
        doc = verb.doc
        later = next((t for t in doc[verb.i + 1 : verb.sent.end] if self.in_quote(t)), None)
        if later is None:
            return False
        if any(c.dep_ == "advcl" and _verb_lemma(c) in _GOING_ON_VERBS for c in verb.children):
            return False
        return not any(t.text in _SENTENCE_ENDS for t in doc[verb.i + 1 : later.i])

    def _before_opening(self, span: _Span, inner: Span) -> int:
        """The index of the last token before a quotation's opening mark (-1 at the start)."""
        j = inner.start - 1
        while j >= 0 and self.doc[j].idx >= span.open_at:
            j -= 1
        return j

    def _speaking_right_before(self, span: _Span, inner: Span) -> Token | None:
        """A verb of speaking with its own subject right before the opening mark and a
        comma ("The attacker shouted, '...,' he said"): the words are the shouter's; the
        verb after reports the scene."""
        doc = self.doc
        j = self._before_opening(span, inner)
        if j < 1 or doc[j].text != "," or not span.holds(doc[j - 1]):
            return None
        verb = doc[j - 1]
        if self.in_quote(verb) or not _is_reporting(verb):
            return None
        return verb if any(c.dep_ == "nsubj" for c in verb.children) else None

    def _nearer_speaker_verb(self, verb: Token, inner: Span) -> Token | None:
        """A verb of speaking with its own subject between ``verb`` and the quote
        ("NATO said ..., with Jens Stoltenberg telling reporters: '...'")."""
        for token in reversed(self.doc[verb.i + 1 : inner.start]):
            if token.idx >= inner.start_char - 1 and self.in_quote(token):
                continue  # the opening mark
            if self.in_quote(token) or token.text in ".!?":
                break
            if _set_off_relative(token) and token.right_edge.i < inner.start:
                continue  # "the Financial Times, which first reported the claims, had '...'"
            own = [c for c in token.children if c.dep_ == "nsubj" and not self.in_quote(c)]
            if own and _is_reporting(token) and not _unperformed(token):
                if _within_subject_of(token, inner):
                    # "said allowing officials to post freely ... 'creates a harmful ...'":
                    # the verb is part of the quoted verb's subject, no attribution
                    continue
                if self._speaking_above(token, verb.i) is not None:
                    return None  # "said it expected the trial to conclude": the trial is mute
                return token
        return None

    def _bare_attribution(self, i: int) -> Token | None:
        """The verb of a sentence of bare attribution starting at token ``i``, right after
        a quote closed by a full stop ("“I resigned.” Viktor Andrusiv wrote on his
        Telegram channel."; "Navalny was quoted as saying."): a main verb of speaking
        with its subject before it and no content of its own."""
        doc = self.doc
        if doc[i].lower_ in _NEW_TOPIC and i + 1 < len(doc) and doc[i + 1].text == ",":
            return None  # '“... Mariupol is over.” Meanwhile, Andrew Roth reported on ...'
        for token in doc[i : i + _ATTRIBUTION_REACH]:
            if self.in_quote(token) or token.text in ".!?" or (token.is_sent_start and token.i > i):
                return None
            if token.dep_ != "ROOT" or not _is_reporting(token):
                continue
            if _perfect_progressive(token):
                return None  # "“...” Leclerc-Imhoff had been reporting from the city": his work
            if any(c.dep_ == "neg" for c in token.children):
                return None  # "'...' His father, Robert F. Kennedy Jr., has not yet commented."
            if _is_phrasal_reporting(token, PHRASAL_REPLYING):
                return None  # '“...” Nebenzia hit back at ...': a new act, not the quote's cue
            if any(
                c.dep_ in ("ccomp", "dobj", "xcomp", "csubj") and not _addressee(token, c)
                for c in token.children
            ):
                return None
            if any(c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS for c in token.children):
                return None  # "Poland immediately called for ...": its own demand
            own = any(t.dep_ == "ccomp" and t.i > token.i for t in token.subtree)
            if own and not _is_phrasal_reporting(token):
                # "“...” The governor ..., said in a video posted online that six missiles
                # were fired": content of its own, which the parser hung on a later word
                # (but "“...” The source went on to claim that ..." goes on from the quote)
                return None
            subject = self.subject_of(token)
            return token if subject is not None and i <= subject.i < token.i else None
        return None

    def _quote_of(self, char: int) -> int | None:
        i = bisect.bisect_right(self.quoted, (char, float("inf"))) - 1
        if i >= 0 and self.quoted[i][0] <= char < self.quoted[i][1]:
            return self.quoted[i][0]
        return None

    def _nearby_verb(self, span: _Span, inner: Span) -> Token | None:
        doc = self.doc
        last = inner[-1]
        sent = last.sent
        i = inner.end
        own = self.marks_of(span)
        alone = _SENTENCE_OPENING.search(doc_text(doc)[: span.open_at]) is not None
        while i < len(doc) and self.in_quote(doc[i]):
            if alone and self.quote_around(doc[i]) != own and doc[i].idx >= own[1]:
                # '“Why would I tell you? ...” “The world wants to know?” Doocy offered.':
                # another quotation follows one that stands alone; what comes after it
                # attributes that one (not a fragment's: 'is "working." "The unemployment
                # rate ...," he said')
                i = len(doc)
                break
            i += 1
        # the quote's last character before any mark of a quote inside it closes ("...
        # such as ‘death to the invaders,’” Meta spokesperson Drew Pusateri told)
        last = doc_text(doc)[span.start : span.end].rstrip("’'\"”» ")[-1:]
        ends_clause = last in {",", "?", "!"}
        if span.close_at is not None and self._quote_of(span.close_at) == span.close_at:
            # ended by the next quote's opening mark ("... happen? “We couldn't ...”"):
            # what follows that quote attributes that quote, not this one
            ends_clause, i = False, len(doc)
        # "... for Europe.” he said.": a lower-case pronoun or article after the mark
        # still attributes the quote, though the parser starts a sentence there
        lowered = i < len(doc) and doc[i].text in _LOWER_ATTRIBUTION
        # "!" or "?" before the mark and a capital after may end the sentence: then a
        # verb with a content clause of its own starts new speech
        closed_sentence = last in {"?", "!"} and i < len(doc) and doc[i].text[:1].isupper()
        if i < len(doc) and (ends_clause or lowered or doc[i].text in {",", "?", "!"}):
            opening = next((t.i for t in doc[i : i + 3] if not t.is_punct), i)
            for k, token in enumerate(doc[i : i + _ATTRIBUTION_REACH]):
                if self.in_quote(token) or token.text in ".!?" or not span.holds(token):
                    break
                # past a long apposition ("Velimir Trajilovic, 74, a pensioner ... who
                # wrote a book ..., told Reuters") only a main verb attributes, or one
                # whose subject opens right after the quote, wherever the parser hung it
                main = (
                    k < _ATTRIBUTION_NEAR
                    or token.dep_ in ("ROOT", "parataxis", "conj")
                    or any(
                        c.dep_ == "nsubj" and i <= c.i and c.left_edge.i <= opening
                        for c in token.children
                    )
                )
                if k < _ATTRIBUTION_NEAR and last == "," and _manner_of_saying(token, i):
                    return token  # '"Then that makes more sense. OK," Ingraham agreed.'
                if main and _is_reporting(token):
                    if closed_sentence and any(
                        c.dep_ == "ccomp" and not self.in_quote(c) for c in token.children
                    ):
                        break  # "... really good!” Nazar said his father is ...": his own words
                    if _after_which(token):
                        break  # '"... hurrah", at which the assembled forces responded': a reply
                    return token
        elif i < len(doc) and last in {".", "!", "?"}:
            bare = self._bare_attribution(i)
            if bare is not None:
                return bare
        first = inner[0]
        sent = first.sent
        j = inner.start - 1
        while j >= sent.start and doc[j].idx >= span.open_at:
            j -= 1
        if j >= 0 and j < sent.start and doc[j].text == ":":
            sent = doc[j].sent  # "saying: “...”" split off into a sentence of its own
        for k in range(j, sent.start - 1, -1):
            token = doc[k]
            if not span.holds(token):
                break
            if not self.in_quote(token) and _is_reporting(token):
                return self._speaking_above(token, sent.start) or token
        return None

    def _speaking_above(self, verb: Token, start: int) -> Token | None:
        """The verb of speaking above ``verb`` in its sentence when ``verb``'s subject
        cannot speak: "Griner's legal team said it expected the trial to conclude in
        August: '...'" is the team's (a trial concludes, it says nothing)."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or _may_speak(subject):
            return None
        return next(
            (
                t
                for t in verb.ancestors
                if start <= t.i < verb.i and _is_reporting(t) and not self.in_quote(t)
            ),
            None,
        )

    def _reporting_over_request(self, verb: Token, word: Token) -> Token | None:
        """The verb of speaking that reports a request when the quoted ``word`` lies in
        what was asked to be done: in "He said Interpol urged members to use its database
        to help 'track and trace' the weapons" the words in marks are his, not a request
        of Interpol's in its own words. Only where the request is the content of the
        report before it ("said Interpol urged"), not a verb beside it ("appealed ...
        and Kuleba called on the West to 'kill Russian exports'")."""
        if verb.lemma_.lower() not in _ADDRESSING_VERBS:
            return None
        node = word
        while node.head != node and node.head != verb:
            node = node.head
        if node.head != verb or node.dep_ != "xcomp" or verb.dep_ != "ccomp":
            return None
        outer = verb.head  # the request is the content of the outer report
        if outer.i > verb.i or not _is_reporting(outer) or self.in_quote(outer):
            return None
        if any(t.lower_ == "and" for t in self.doc[outer.i + 1 : verb.left_edge.i]):
            return None  # "appealed to ... and Kuleba called on the West to '...'": beside it
        return outer

    def _introducing_verb(self, span: _Span, inner: Span) -> Token | None:
        """A verb that is no verb of speaking but introduces the quote right after it: "He
        went on: '...'", "Olga chimed in: '...'", "Stephanopoulos pressed, '...'". Between
        the verb (and its particle) and the opening mark only a colon, or a comma when the
        verb opens its sentence after its subject, a name or a personal pronoun; the verb
        has its own subject and no object or clause of its own outside the quote."""
        doc = self.doc
        j = self._before_opening(span, inner)
        if j < 1 or doc[j].text not in (":", ",") or self.in_quote(doc[j]):
            return None
        k = j - 1
        opener = doc[doc[k].left_edge.i]
        if _inverted_opener(opener) and opener.head.i == k and self.subject_of(opener) == doc[k]:
            return opener  # 'Added Gerhardt, "This is our home."'
        while k > 0 and _particle_of(doc[k - 1], doc[k]):
            k -= 1  # "went on", "chimed in", "fired back" with "back" an adverb
        if k > 0 and doc[k].dep_ == "advmod" and doc[k].tag_ == "RB" and doc[k].head.i == k - 1:
            k -= 1  # "Giuliani's remarks Tuesday signify otherwise: '...'"
        verb = doc[k]
        if verb.pos_ != "VERB" or self.in_quote(verb) or verb.tag_ in ("VBG", "VB"):
            return None
        own = [c for c in verb.children if not self.in_quote(c)]
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "mark", "advcl", "attr") for c in own):
            return None
        subject = self.subject_of(verb)
        if subject is None or self.in_quote(subject) or subject.i > verb.i:
            return None
        named = subject.pos_ == "PROPN" or subject.lower_ in _PERSONAL_SUBJECTS
        if not named and (doc[j].text == "," or subject.pos_ != "NOUN"):
            return None
        if doc[j].text == ",":
            words = [t for t in doc[verb.sent.start : verb.i] if not t.is_punct]
            if any(t.i < subject.left_edge.i for t in words):
                return None  # "As the war went on, '...'": a clause of the writer's
        return verb

    def _telling_before_colon(self, span: _Span, inner: Span) -> Token | None:
        """A verb of speaking whose listener ends right before the colon that opens the
        quote, which the parser made a sentence of its own: "... after Vladimir Putin used
        a conference appearance to remind the audience: '...'"."""
        doc = self.doc
        j = self._before_opening(span, inner)
        if j < 2 or doc[j].text != ":" or self.in_quote(doc[j]):
            return None
        issued = self._statement_before_colon(doc[j])
        if issued is not None:
            return issued
        listener = doc[j - 1]
        while listener.dep_ in ("compound", "amod") and listener.head.i < j:
            listener = listener.head
        verb = listener.head
        if listener.dep_ not in ("dobj", "dative") or listener.right_edge.i != j - 1:
            return None
        # an infinitive has no subject of its own, which some verbs of speaking ask for
        speaking = _is_reporting(verb) or _verb_lemma(verb) in REPORTING_VERBS
        if not speaking or verb.pos_ != "VERB" or self.in_quote(verb):
            return None
        return verb

    def _statement_before_colon(self, colon: Token) -> Token | None:
        """The main verb of the clause before the colon that opens a quote, where it puts
        out a piece of speech with a subject of its own: "The ministry issued a statement
        on Monday: '...'", "White House officials sent out a clarification that ...: '...'"
        (the quote is the statement's words, its issuer speaks). The verb is the clause's
        main one, or one the parser hung on a word after the colon."""
        spoken = next(
            (
                t
                for t in self.doc[colon.sent.start : colon.i]
                if t.dep_ == "dobj" and t.lemma_.lower() in SPEECH_NOUNS and t.head.pos_ == "VERB"
            ),
            None,
        )
        if spoken is None or any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by"))
            for c in spoken.children
        ):
            # "He rejected Putin's claims: '...'", "A spokesman released a statement from
            # Johnson and Grassley: '...'": the words are another's
            return None
        verb = spoken.head
        if self.in_quote(verb) or not (verb.dep_ == "ROOT" or verb.head.i > colon.i):
            return None
        return verb if self._subject_before(verb) is not None else None

    # ----------------------------------------------------------------- speaker

    def inverted_subject(self, verb: Token) -> Token | None:
        """The speaker after a verb that follows its quote, where the parser made the
        speaker the subject of a clause of the rest of the sentence ("'...,' said Draghi,
        who resigned last month after key parties pulled support": Draghi the subject of
        "pulled"; "said a retiree who ..., her voice shaking"), or its object ("'...,' write
        Leonard and Krastev", "explained Yuliia", "reported the Institute for the Study of
        War"), never the object of a verb of addressing ("told Reuters"). A subject
        inside the quote is its words, not a speaker ('"Holy crap," snapped Cruz': the
        parser made "crap" the subject of "snapped")."""
        before = [c for c in verb.children if c.i < verb.i and self.in_quote(c)]
        quoted = any(c.dep_ == "ccomp" or c.dep_ in _SUBJECTS for c in before)
        subject = any(c.dep_ in _SUBJECTS and c not in before for c in verb.children)
        if subject or not quoted or verb.i + 1 >= len(self.doc):
            return None
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.i < verb.i or self.in_quote(clause):
                continue
            for subject in clause.children:
                if (
                    subject.dep_ == "nsubj"
                    and subject.pos_ in ("NOUN", "PROPN")
                    and subject.left_edge.i == verb.i + 1
                ):
                    return subject
        if verb.lemma_.lower() in _ADDRESSING_VERBS:
            return None  # "'...,' told Reuters": whom it was told to, not who spoke
        for source in verb.children:
            named = source.pos_ == "PROPN" or source.ent_type_ in ("PERSON", "ORG")
            # "'...,' added her husband, Viktor, 44": a description with the name set off
            named = named or any(
                c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in source.children
            )
            # "'...,' added one woman": right after the quote, whoever is named (a writing,
            # "'...,' read one post from Musk's account", is read by its issuer's rules)
            named = named or (source.pos_ == "NOUN" and _speaker_after_quote(verb, source))
            if source.dep_ == "dobj" and named and source.left_edge.i == verb.i + 1:
                # "'...,' write Leonard and his co-author Ivan Krastev", "explained
                # Yuliia": the parser made the speaker after the verb its object
                return source
        # '"...," said Eritha “Akile” Cainion after ...', '"...," said | Assistant Attorney
        # General Matthew G. Olsen of ...': a name (after its title) the parser broke up or
        # split off into a sentence of its own
        doc = self.doc
        k = verb.i + 1
        while k < min(len(doc), verb.i + 6) and doc[k].text[:1].isupper():
            starting = self.mentions_in(doc[k].idx, doc[k].idx + 200)
            if starting and starting[0]["start_char"] == doc[k].idx:
                person = starting[0]
                return self._mention_token(person) if person["actor_type"] == "person" else None
            k += 1
        return None

    def _subject_stranded_before(self, verb: Token) -> Token | None:
        """The speaker right before a verb of speaking that the parser left without a
        subject, having hung the words elsewhere: a noun phrase between a closing quotation
        mark and the verb ("'..., sometimes private cars,' an unidentified Western official
        told the paper"), or a name before an aside set off by commas ("but presidential
        adviser Oleksiy Arestovych, in a video posted on YouTube, said ...")."""
        doc = self.doc
        own = [c for c in verb.children if c.dep_ in _SUBJECTS and not self.in_quote(c)]
        if verb.i < 2 or own or self.in_quote(verb):
            return None
        perfect = verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children
        )
        if not _is_reporting(verb) or (verb.tag_ not in ("VBD", "VBZ", "VBP") and not perfect):
            return None
        k = verb.i - 1
        if doc[k].text == ",":
            m = k - 1
            while m > verb.sent.start and doc[m].text != "," and k - m < 15:
                m -= 1
            if doc[m].text != "," or m < 1 or doc[m - 1].ent_type_ != "PERSON":
                return None
            return None if self.in_quote(doc[m - 1]) else doc[m - 1]
        if (doc[k].dep_ == "aux" and doc[k].head.i == verb.i) or doc[k].text == ")":
            # "..., the head of the WHO has warned", "..., the United Nations (UN) says"
            return self._speaker_hung_before(verb)
        if doc[k].pos_ not in ("NOUN", "PROPN"):
            return None
        m = k
        while m > 0 and doc[m - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            m -= 1
            if k - m > 6:
                return None
        if m < 2 or not doc[m - 1].is_quote or not self.in_quote(doc[m - 2]):
            return self._speaker_hung_before(verb)
        return doc[k]

    def _speaker_hung_before(self, verb: Token) -> Token | None:
        """The head of a noun phrase between a comma and a verb of speaking that the parser
        joined to the content as a conjunct, hanging the phrase on the content's last noun:
        "The U.S. ... aren't doing enough to stop Russian attacks on Ukraine, a group of
        prominent Ukrainian activists said Friday" (the group made an apposition of
        Ukraine)."""
        doc = self.doc
        joined = verb.dep_ == "conj" and verb.head.i < verb.i
        # or the main verb after its content: "The world is facing 'formidable' challenges,
        # including Covid, ... and monkeypox, the head of the World Health Organization has
        # warned" (the head made an apposition of Covid)
        after_content = verb.dep_ == "ROOT" and any(
            c.dep_ == "ccomp" and c.i < verb.i for c in verb.children
        )
        # or a verb that ends its sentence, the parser having made the content a clause of
        # it ("More than 14 million people have fled ..., the United Nations (UN) says.")
        closing = verb.i + 1 < len(doc) and doc[verb.i + 1].text in (".", "!", "?")
        if not (joined or after_content or closing) or not _is_reporting(verb):
            return None
        k = verb.i - 1
        while k > verb.sent.start and doc[k].dep_ == "aux" and doc[k].head.i == verb.i:
            k -= 1
        if k > 2 and doc[k].text == ")" and doc[k - 2].text == "(":
            k -= 3  # an acronym in brackets after the name: "the United Nations (UN)"
        if doc[k].pos_ not in ("NOUN", "PROPN"):
            return None
        m = k
        while m > verb.sent.start and (
            doc[m - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or doc[m - 1].lower_ == "of"
        ):
            m -= 1
            if k - m > 8:
                return None
        if m < 2 or doc[m - 1].text != "," or m - 1 <= verb.sent.start:
            return None
        heads = [t for t in doc[m : k + 1] if not m <= t.head.i <= k]
        if len(heads) != 1 or heads[0].dep_ not in ("appos", "pobj", "conj", "dobj"):
            return None
        head = heads[0]
        if head.left_edge.i != m or self.in_quote(head):
            return None
        return head if head.pos_ in ("NOUN", "PROPN") else None

    def subject_of(self, verb: Token) -> Token | None:
        """The speaker token of a verb of attribution, climbing to a verb with a subject.

        "..., she read, quoting Bono": the one quoted speaks, not the reader. A dash the
        parser took for a subject is none ("what's left of them, anyway ― are responding").
        """
        subject = self._subject_token(verb)
        return None if subject is None or subject.text in DASHES else subject

    def _subject_token(self, verb: Token) -> Token | None:
        other = verb.doc[verb.i - 1] if verb.i > 0 else None
        if (
            other is not None
            and other.lower_ == "another"
            and other.head == verb
            and not any(c.dep_ in _SUBJECTS for c in verb.children)
        ):
            return other  # '... says "..." and another responds "...": someone else speaks
        outer = self._reporting_above(verb) or _reporting_beside(verb)
        if outer is not None:
            return self._subject_token(outer)
        quoting = [verb] if verb.lower_ == "quoting" else []
        quoting += [c for c in verb.children if c.dep_ == "advcl" and c.lower_ == "quoting"]
        for clause in quoting:
            source = next((c for c in clause.children if c.dep_ == "dobj"), None)
            if source is not None and source.pos_ == "PROPN" and not self.in_quote(source):
                return source
        inverted = self.inverted_subject(verb)
        if inverted is not None:
            return inverted
        stranded = self._subject_stranded_before(verb)
        if stranded is not None:
            return stranded
        doc = self.doc
        name = verb.head
        if (
            _inverted_opener(verb)
            and name.pos_ == "PROPN"
            and name.left_edge.i == verb.i
            and name.i + 1 < len(doc)
            and doc[name.i + 1].text in (",", ":")
            and not self.in_quote(name)
        ):
            return name  # 'Added Gerhardt, "This is our home."': the verb read as an adjective
        if (
            verb.dep_ in ("amod", "compound")
            and verb.i > 0
            and doc[verb.i - 1].is_quote
            and self.in_quote(doc[verb.i - 2])
            and name.pos_ == "PROPN"
            and name.i == verb.i + 1
            and all(t.is_punct for t in doc[name.left_edge.i : verb.i])
            and not self.in_quote(name)
        ):
            return name  # '"...," continued Yovanovitch, who served as ...': the same misreading
        asker = _asked_before_name(verb)
        if asker is not None and not self.in_quote(asker):
            return asker  # "Asked Biden last week: '...'": Biden asks
        # "for saying", "for having suggested"
        having = any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
        for_saying = (
            (verb.tag_ == "VBG" or having) and verb.dep_ == "pcomp" and verb.head.lower_ == "for"
        )
        if for_saying and verb.lemma_.lower() in _FOR_SAYING_VERBS:
            # "Kyiv has rebuked the French president, Emmanuel Macron, for saying ...": the
            # one rebuked (praised, thanked) for saying it says it; so does the subject of a
            # passive ("Raghavan is named on the list for suggesting that ...")
            rebuked = next(
                (c for c in verb.head.head.children if c.dep_ in ("dobj", "nsubjpass")), None
            )
            if rebuked is None and verb.head.head.pos_ == "VERB":
                # "hit back at ... Mick Lynch for claiming that ...", "rounded on X for
                # saying": the one the verb's "at" or "on" aims at
                rebuked = next(
                    (
                        p
                        for c in verb.head.head.children
                        if c.dep_ == "prep" and c.lower_ in ("at", "on") and c.i < verb.head.i
                        for p in c.children
                        if p.dep_ == "pobj"
                        and p.pos_ in ("PROPN", "NOUN", "PRON")
                        and p.ent_type_ not in ("DATE", "TIME")
                    ),
                    None,
                )
            if rebuked is not None and not self.in_quote(rebuked):
                return rebuked
        if (
            verb.tag_ == "VBG"
            and verb.dep_ == "acl"
            and verb.head.i < verb.i
            and verb.head.dep_ == "pobj"
            and verb.head.head.lower_ == "with"
            and _one_of_people(verb.head)  # (not "with a poster saying", "a slogan reading")
            and not any(c.dep_ in _SUBJECTS for c in verb.children)
            and not self.in_quote(verb.head)
        ):
            return verb.head  # "The audio ends with a man saying: '...'": the man speaks
        after = verb.right_edge.i + 1
        if (
            verb.dep_ == "acl"
            and verb.head.i < verb.i
            and verb.head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in _SUBJECTS for c in verb.children)
            and (
                (after < len(doc) and doc[after].text == ":")
                or (verb.head.dep_ == "ROOT" and doc[verb.i - 1].text == ",")
            )
        ):
            # "The Ukrainian foreign minister, Dmytro Kuleba, tweeted in response: '...'",
            # "Ukraine's president, Volodymyr Zelenskiy, acknowledged late on Sunday that
            # ...": the parser hung the verb on its subject as a clause
            return verb.head
        node, came_from = verb, None
        own = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if own and _preposition_read_as_mark(verb, own[0]):
            # "After the talks with Sall, the president of the European Council, Charles
            # Michel, tweeted": the parser made "After" a clause's mark and "the talks" the
            # subject; the one named right before the verb speaks (with those joined to it)
            left = _subject_on_left(verb)
            while left is not None and left.dep_ == "conj" and left.head.i > own[0].i:
                left = left.head
            if left is not None and left.i > own[0].i + 1 and not self.in_quote(left):
                return left
        set_off = _subject_of_participle_before(verb) if not own else None
        if set_off is not None and not self.in_quote(set_off):
            return set_off
        over_relative = _subject_over_relative(verb) if not own else None
        if over_relative is not None and not self.in_quote(over_relative):
            return over_relative
        named_with = _named_with(verb) if not own else None
        if named_with is not None and not self.in_quote(named_with):
            return named_with
        relative = _relative_clause_before(verb) if not own else None
        if relative is not None and not self.in_quote(relative):
            return relative
        # a clause the parser took for a relative one without its pronoun: "The con artist
        # repeatedly told the woman he loved her and insisted ...", "The Russian official
        # acknowledged the situation his family was in and allegedly told ..."
        contact = verb.head.dep_ == "relcl" and not _relative_pronoun(verb.head)
        if not own and verb.dep_ == "conj" and (verb.head.dep_ in ("ccomp", "acl") or contact):
            outer = verb.head.head
            if verb.head.dep_ in ("acl", "relcl") and outer.dep_ == "dobj":
                # "He repeated the assessment made by ..., that the goal of the strikes was to
                # scare the population, and urged the public to '...'": the content of the
                # verb's object
                outer = outer.head
            if _is_reporting(outer) and outer.i < verb.head.i and not self.in_quote(outer):
                # "Putin argued that the era was at an end and claimed that ...": the
                # parser joined the second verb to the first one's content
                node, came_from = outer, verb
        before = verb.i - 1
        while before > 0 and doc[before].is_quote:
            before -= 1  # '"a game changer," describing'
        # set off by a comma or a dash ("left ... with a 'better understanding' - calling it")
        participle = (
            verb.tag_ == "VBG" and verb.dep_ == "advcl" and doc[before].text in _ASIDE_MARKS
        )
        shown = verb.head if participle and not own else None
        if shown is not None and shown.lemma_.lower() in _DEPICTING_VERBS:
            seen = next((c for c in shown.children if c.dep_ == "dobj" and c.i < verb.i), None)
            named = seen is not None and any(t.ent_type_ == "PERSON" for t in seen.subtree)
            negated = any(c.dep_ in ("neg", "prt") for c in shown.children)  # "showed off"
            if named and not negated and not self.in_quote(seen):
                # "Russian state TV showed the head of ..., Vitaly Ganchev, saying in an
                # interview: '...'": the one shown speaks
                return seen
        if not own and participle and verb.head.dep_ == "ccomp" and not _is_reporting(verb.head):
            outer = verb.head.head
            inner = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
            named = any(c.pos_ == "PROPN" or c.ent_type_ for c in inner)
            if (
                _is_reporting(outer)
                and outer.i < verb.head.i
                and not self.in_quote(outer)
                and not named
            ):
                # "an official told ABC News that they will be 'a game changer,' describing
                # them as '...'": the participle after the content is the speaker's
                node, came_from = outer, verb
        if not own and participle and came_from is None:
            reporter = self._reporter_above_it_clause(verb)
            if reporter is not None:
                node, came_from = reporter, verb
        if not own and participle and not self.in_quote(verb.head):
            beside = [
                c
                for c in verb.head.children
                if c.dep_ == "parataxis"
                and c.i < verb.i
                and _is_reporting(c)
                and not self.in_quote(c)
                and any(s.dep_ in _SUBJECTS for s in c.children)
            ]
            if beside:
                # "Governments' ability ... would be crucial, Leonard said, warning that ...":
                # the participle after a parenthetical attribution is the speaker's
                node, came_from = beside[-1], verb
        for _ in range(6):
            if came_from is not None and self.in_quote(node):
                if came_from.dep_ in ("advcl", "csubj") and came_from.tag_ == "VBG":
                    # '"...," he said, "I think they will run out of steam," adding that
                    # ...', '"...," he said, urging the alliance "don't be shy"': the parser
                    # hung the participle on the quote, whose own verb of speaking it hung
                    # there too ("by saying" is another's deed, no such participle)
                    beside = [
                        c
                        for c in node.children
                        if c.dep_ == "parataxis"
                        and c.i < came_from.i
                        and _is_reporting(c)
                        and not self.in_quote(c)
                    ]
                    if beside:
                        node, came_from = beside[0], None
                        continue
                if node.head.i == node.i:
                    return None
                node, came_from = node.head, node
                continue
            # "quoted ... as saying", "reported ... as saying"
            quoted_as = node.lemma_.lower() in _QUOTING_VERBS and _as_phrase(node)
            if quoted_as:
                objects = [c for c in node.children if c.dep_ == "dobj"]
                if objects and not self.in_quote(objects[0]):
                    # "the AP quoted him as saying", "RIA reported Zakharova as saying":
                    # the object speaks
                    return objects[0]
            if came_from is not None and came_from.dep_ == "xcomp":
                controller = next(
                    (c for c in node.children if c.dep_ == "dobj" and c.i < came_from.i), None
                )
                controlled = node.lemma_.lower() in _OBJECT_CONTROL and controller is not None
                if controlled and not self.in_quote(controller):
                    return controller  # "This prompted her to write memos warning ..."
            cited = next((c for c in node.children if c.dep_ == "dobj"), None)
            if node.lemma_.lower() in ("quote", "cite") and cited is not None and _may_speak(cited):
                if came_from is not None and came_from.i > cited.i:
                    return cited
                # "quoted a senior official saying", and the clause the parser hung on the
                # verb itself: "cited American officials claiming U.S. intelligence '...'"
                speaking = any(
                    c.dep_ == "acl" and c.tag_ == "VBG" and _verb_lemma(c) in REPORTING_VERBS
                    for c in cited.children
                )
                if speaking and (came_from is None or came_from.i == cited.i):
                    return cited
            subjects = [c for c in node.children if c.dep_ in _SUBJECTS]
            after = [c for c in subjects if c.i > node.i and not self.in_quote(c)]
            # the verb right after a quotation's closing mark: 'A post shared by Ashton
            # Kutcher "...," said the Ukraine-born Kunis' (the parser made the words before
            # the quote a subject as well)
            inverted = node.i > 0 and self.doc[node.i - 1].is_quote and not self.in_quote(node)
            if after and (inverted or all(self.in_quote(c) for c in subjects if c.i < node.i)):
                # '"Victory, finally!" said Svitlana Galak': the parser made a word of the
                # quote before the verb a subject as well as the speaker after it
                subjects = after
            if subjects and _infinitive_given_thing(node, subjects):
                # "Sergei Lavrov made the comments to try to justify ...": the parser gave
                # the infinitive the object before it; the one who made them tries
                node, came_from = node.head, node
                continue
            if subjects and self._participle_on_content(node, came_from):
                # "Trump once again cracked that a deceased politician may be in hell,
                # suggesting ... '...'": the participle goes on with the one who spoke
                node, came_from = node.head, node
                continue
            if subjects:
                # of two subjects the parser gave one verb, the nearer one before it: a
                # dateline ("KYIV, Ukraine — President Zelenskyy has vowed") is no speaker
                before = [c for c in subjects if c.i < node.i]
                subject = before[-1] if before else subjects[0]
                if len(before) > 1 and _of_phrase_cut(before[-2], before[-1]):
                    subject = before[-2]
                named = next(
                    (
                        c
                        for c in subject.children
                        if c.dep_ == "nsubj" and c.i < subject.i and c.pos_ == "PROPN"
                    ),
                    None,
                )
                if subject.pos_ == "NOUN" and named is not None and not self.in_quote(named):
                    # "Dr Jack Watling, senior research fellow at defence and security think
                    # tank the Royal United Services Institute, told": a noun has no subject,
                    # the parser hung the name that speaks on it
                    return named
                if subject.dep_ == "nsubjpass" and quoted_as:
                    return subject  # "Navalny was quoted as saying"
                hearsay = node.lemma_.lower() in _HEARSAY_VERBS and any(
                    c.dep_ == "xcomp" and (c == came_from or _is_reporting(c))
                    for c in node.children
                )
                if subject.dep_ == "nsubjpass" and hearsay:
                    # "Aslin and Pinner are said to have admitted '...'", "the Kremlin is
                    # said to have told officials: '...'"
                    return subject
                joined = came_from is not None and came_from.dep_ == "conj"
                passive = came_from is not None and came_from.tag_ == "VBN" and not _done(came_from)
                joined = joined and _is_reporting(came_from) and not passive
                # a person or a body, not a thing or a place the parser joined ("the UK's
                # pledges were distributed quickly and said", "Russia was accused ... as
                # scientists warned")
                person = subject.pos_ == "PRON" or (
                    subject.pos_ == "PROPN" and subject.ent_type_ not in _PLACE_ENTITIES
                )
                person = person or subject.lower_ in _ONE_PERSON_NOUNS | {"old"}
                person = person or subject.ent_type_ in ("PERSON", "ORG")
                if subject.dep_ == "nsubjpass" and joined and person:
                    # "He was then asked how he felt ... and suggested it was '...'": the
                    # one asked goes on to speak (not "was picked up ... and later charged")
                    return subject
                if subject.dep_ == "nsubjpass" or subject.lower_ in ("it", "there"):
                    agent = _agent(node)
                    said_after = (
                        came_from is not None
                        and came_from.tag_ == "VBG"
                        and came_from.dep_ == "advcl"
                        and subject.dep_ == "nsubjpass"
                    )
                    if said_after and agent is not None and _no_one(agent):
                        # "Some of his supporters were angered by his decision ..., saying
                        # they felt '...'": a thing did it, those it was done to speak
                        return subject
                    if agent is not None:
                        return agent  # "was told by police to shout '...'"
                    # "Putin was forced to publicly acknowledge that ...", "Mobilised men
                    # are heard demanding: '...'" (the parser's predicate)
                    controlled = came_from is not None and came_from.dep_ in ("xcomp", "oprd")
                    if subject.dep_ == "nsubjpass" and controlled and _is_reporting(came_from):
                        return subject
                    participle = came_from is not None and came_from.tag_ == "VBG"
                    if subject.dep_ == "nsubjpass" and participle and node.dep_ == "ccomp":
                        # "X claimed that children had been taken, saying: '...'":
                        # the participle hangs on the passive content, X says it
                        node, came_from = node.head, node
                        continue
                    if subject.dep_ == "nsubjpass":
                        return None
                stating = _participle_made_subject(subject)
                if stating is not None and not self.in_quote(subject):
                    node, came_from = stating, subject  # see _participle_made_subject
                    continue
                if subject.dep_ == "csubj" and any(c.lower_ == "to" for c in subject.children):
                    # "To underline ..., Dr Oleksandr Stetsenko joked": an infinitive of
                    # purpose taken for the subject; the name right before the verb speaks
                    left = _subject_on_left(node)
                    if left is not None and left.pos_ == "PROPN" and not self.in_quote(left):
                        return left
                if subject.dep_ == "csubj" and subject.tag_ == "VBG" and subject.is_sent_start:
                    # "Commenting on ..., Oleksiy Arestovych, an adviser to Zelenskiy,
                    # told Bild": an opening participle taken for the subject; the
                    # name set off right before the verb speaks
                    named = _name_before(node)
                    if named is not None and not self.in_quote(named):
                        return named
                if subject.dep_ == "csubj" and subject.i < node.i:
                    source = _apposition_before(node)
                    if source is not None and not self.in_quote(source):
                        return source  # "CONTENT, the facility's lead underwriter said"
                if self.in_quote(subject) and node.tag_ == "VBD":
                    # "'I expect a tsunami of shutoffs,' Jean Su, a senior attorney at ...,
                    # which tracks the power industry, told Bloomberg": the parser took a
                    # word of the quote for the subject; the name set off after it speaks
                    named = self._name_after_quote(node)
                    if named is not None:
                        return named
                if subject.dep_ == "csubj" or self.in_quote(subject):
                    return None
                if subject.tag_ in ("WP", "WDT") and node.dep_ == "relcl":
                    return _named_by_apposition(node.head, who=subject.lower_ == "who")
                runs_to_verb = [
                    c
                    for c in subject.children
                    if c.dep_ == "appos" and c.i > subject.i and c.right_edge.i == node.i - 1
                ]
                opening = self.doc[subject.sent.start : subject.left_edge.i]
                last = next((t for t in reversed(opening) if not (t.is_space or t.is_quote)), None)
                if (
                    runs_to_verb
                    and self.doc[runs_to_verb[0].left_edge.i - 1].text == ","
                    and not (last is not None and last.text in {",", ".", "!", "?"})
                    and any(
                        t.pos_ == "VERB" or (t.pos_ in ("SCONJ", "ADP") and t.lower_ != "as")
                        for t in opening
                        if not self.in_quote(t)
                    )
                ):
                    # "After an attempt to take the capital Kyiv, Russia's defence ministry
                    # said", "Shortly before Russia's invasion, Beijing and Moscow
                    # announced": the end of an opening clause or phrase taken for the
                    # subject, the phrase right before the verb taken for its apposition
                    # ("as Faith Hillis, a professor ..., said" is no such phrase, nor the
                    # quote before "Sir Jeremy Fleming, head of GCHQ said"; nor a subject
                    # set off from the opening by its own comma: "On Tuesday, Patrick
                    # Ryder, the Pentagon's top spokesman told"; nor one after a sentence
                    # the parser ran into this one: "... 'manageable'.   Serhiy Haidai,
                    # Ukraine's governor of Luhansk, said")
                    return runs_to_verb[0]
                return subject
            agent = _agent(node)
            if agent is not None:
                return agent
            if node.dep_ == "acl" and node.tag_ == "VBN" and _described_as(node):
                # "One operation ... involved about 40 accounts described as 'inauthentic'":
                # no one is named who describes them (the sentence's subject does not)
                return None
            # '"...," Romanescou, 30, recalled': a past tense the parser read as a
            # participle describing the name before it ("Malyk, described as '...'",
            # with "as" and no object, is a participle: Malyk is described)
            described = (
                (node.dep_ == "acl" or (node.dep_ == "relcl" and not _relative_pronoun(node)))
                and node.head.pos_ == "PROPN"
                and node.head.i < node.i
                and not _described_as(node)
            )
            if node.tag_ in ("VBD", "VBZ", "VBP") or (described and node.tag_ == "VBN"):
                # "... and Lieutenant General Ben Hodges, former Commander of US Army
                # forces, told": a name the parser hung elsewhere, set off before the verb
                left = _subject_on_left(node) or _name_before(node) or _opening_name(node)
                if left is not None and not self.in_quote(left):
                    return left
                named = self._name_after_quote(node)
                if named is not None:
                    return named
            # a participle the parser made the subject of the quotation after it ('"...,"
            # he said, urging the alliance "don't be shy"') climbs into it, as above
            hung_on_quote = node.dep_ == "csubj" and node.tag_ == "VBG" and self.in_quote(node.head)
            # "Mobilised men are heard demanding: '...'": a participle the parser made the
            # predicate of its object climbs like a complement
            predicate = node.dep_ == "oprd" and node.tag_ == "VBG"
            # only the verb of speaking itself, or one joined to it ("describing ... or
            # calling"), not a participle climbed to from below ("after receiving warnings
            # for failing to identify ...")
            own_deed = came_from is None or came_from.dep_ == "conj"
            deed = _deed_of_verb(node) if own_deed else None
            if deed is not None:
                # "Biden hasn't shied away from describing the horrors as a 'genocide'":
                # the one who does the verb's deed says it ("for saying" is above)
                node, came_from = deed, node
                continue
            stating = _participle_made_subject(node)
            if stating is not None and not self.in_quote(node):
                node, came_from = stating, node  # see _participle_made_subject
                continue
            if (node.dep_ not in _CLIMB and not hung_on_quote and not predicate) or (
                node.head.i == node.i
            ):
                return None
            node, came_from = node.head, node
        return None

    def _participle_on_content(self, node: Token, came_from: Token | None) -> bool:
        """Whether a participle of speaking set off by a comma hangs on the content clause
        ("that ...") of a verb with a subject of its own, which the parser hung it on in
        place of that verb."""
        if came_from is None or came_from.tag_ != "VBG" or came_from.dep_ != "advcl":
            return False
        if not _is_reporting(came_from) or self.doc[came_from.left_edge.i - 1].text != ",":
            return False
        if node.dep_ != "ccomp" or node.head.pos_ != "VERB" or self.in_quote(node.head):
            return False
        that = next((c for c in node.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if that is None:
            return False
        if _is_reporting(node) and any(c.dep_ == "ccomp" for c in node.children):
            return False  # not "... reported that Yakunin stated that ..., telling": his
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and any(t.text == "," for t in self.doc[that.i : subject.i]):
            return False  # "told ... that it would, Yermak did not answer directly, saying": his
        return any(c.dep_ == "nsubj" and _may_speak(c) for c in node.head.children)

    def _name_after_quote(self, verb: Token) -> Token | None:
        """The name that opens right after a quote and a comma, before a verb the parser
        left subjectless ('"...," Velimir Trajilovic, 74, a pensioner from Prahovo who
        wrote a book about the German ships, told Reuters'): set off by a comma, it
        is the verb's subject however the parser hung it."""
        doc = self.doc
        marks = [t.i for t in doc[verb.sent.start : verb.i] if self.in_quote(t)]
        if not marks:
            return None
        i = marks[-1] + 1
        if i < verb.i and doc[i].text == ",":
            i += 1
        # a role in lower case may open the phrase ("'...,' local deputy Vera Sergeeva,
        # speaking in Russian, told one soldier")
        role = i
        while (
            role < min(i + 3, verb.i) and doc[role].is_lower and doc[role].pos_ in {"ADJ", "NOUN"}
        ):
            role += 1
        return _name_set_off(doc, role, verb.i)

    def _reporter_above_it_clause(self, participle: Token) -> Token | None:
        """The verb of speaking a participle of speaking goes on from when the parser hung
        it on a clause about a thing ("Kuleba blasted Germany for failing to give a
        '...' as to why it could not supply Kiev with battle tanks, accusing Berlin of
        ..."): the nearest verb of speaking above, with a subject of its own."""
        clause = participle.head
        if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children):
            return None
        node = clause
        for _ in range(_FRAGMENT_STEPS * 2):
            if node.dep_ not in ("pcomp", "pobj", "prep", "xcomp", "acl", "ccomp", "advcl"):
                return None
            node = node.head
            if self.in_quote(node):
                return None
            if _is_reporting(node) and any(c.dep_ in _SUBJECTS for c in node.children):
                return node if node.i < clause.i else None
        return None

    def _reporting_above(self, verb: Token) -> Token | None:
        """The verb of speaking whose content a participle of speaking after a comma hangs
        in ("Putin warned the world has entered ... in which Russia gets a bigger say,
        declaring that ..."): the speaker goes on speaking, not a clause of his words."""
        doc = self.doc
        if verb.tag_ != "VBG" or verb.i == 0 or doc[verb.i - 1].text != ",":
            return None
        node, through_content = verb, False
        while node.head.i != node.i:
            through_content = through_content or node.dep_ == "ccomp"
            node = node.head
            if self.in_quote(node):
                return None
            if _is_reporting(node) and node.i < verb.i:
                own = any(c.dep_ in _SUBJECTS for c in node.children)
                return node if through_content and own else None
        return None

    def speaker_range(self, subject: Token) -> tuple[int, int]:
        """Character range of the speaker phrase, cut before an appositive."""
        doc = self.doc
        right = subject.right_edge.i
        of_objects = _of_objects(subject)
        # ("a line of people chanting '...'": a participle of the noun after "of" too)
        of_participles = [c for o in of_objects for c in o.children if c.dep_ == "acl"]
        for child in [*subject.children, *of_participles]:
            # "an anonymous officer who said the explosion was '...'": the relative
            # clause holding the speech is not the speaker's name (or "a report that found
            # ..."), nor a participle that brings the quotation ("protesters holding
            # placards that said '...'", "a child screaming: '...'"; not "a man complaining
            # about the pitiful resources he has", a description)
            speaks = child.i > subject.i and (
                child.dep_ == "relcl" or (child.dep_ == "acl" and self._brings_quote(child))
            )
            cue = child.lemma_.lower() in CONTENT_VERBS | _SHOWING
            if speaks and (cue or any(_is_reporting(t) for t in child.subtree)):
                right = min(right, child.left_edge.i - 1)
            # a sentence the parser rooted in its subject, its verb of speaking hung on it
            # ("Mr Biden called the applications 'a watershed moment'"): the verb and what
            # follows are no part of the name
            misrooted = subject.dep_ == "ROOT" and child.dep_ == "acl" and child.i > subject.i
            if misrooted and _is_reporting(child):
                right = min(right, child.left_edge.i - 1)
        left, right = self._bounded(subject, right, {",", "(", "—", "–", "-", ";"})
        left = min(left, self._think_tank_phrase_start(subject))
        k = left
        while k < subject.i and doc[k].ent_type_ in _TIME_ENTITIES and _time_word(doc[k]):
            k += 1
        # "in March Russia's defence ministry admitted", "On Friday Russia's central bank
        # chief": a date the parser took into the name (not "1922 Committee treasurer",
        # "nine-year-old Masha")
        named = doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and not _time_word(doc[k])
        if left < k <= subject.i and named and doc[k].ent_iob_ != "I":
            left = k
        while left < right and (
            doc[left].is_punct
            or doc[left].is_space
            or _inverted_opener(doc[left])
            or (doc[left].pos_ == "VERB" and doc[left].dep_ == "amod" and _is_reporting(doc[left]))
        ):
            left += 1  # not "Added" of 'Added Gerhardt, "..."', "continued" of '"...," continued X'
        for mention in self.mentions_in(subject.sent.start_char, subject.idx + len(subject)):
            if (
                mention["actor_type"] == "person"
                and mention["end_char"] == subject.idx + len(subject)
                and mention["start_char"] < doc[left].idx
            ):
                # 'Eritha “Akile” Cainion': a name the parser split at its quotation marks
                return mention["start_char"], mention["end_char"]
        return doc[left].idx, doc[right].idx + len(doc[right])

    def _brings_quote(self, clause: Token) -> bool:
        """Whether a participle after a speaker's noun brings the words: it holds a
        quotation or runs into one after a colon, it has a content clause ("sources saying
        it contains the number"), or it tells how the words came ("a US official quoted by
        Reuters", "Telegram posts written by ...")."""
        doc = self.doc
        after = clause.right_edge.i + 1
        opens = after < len(doc) and (doc[after].text == ":" or self.in_quote(doc[after]))
        content = any(c.dep_ == "ccomp" for c in clause.children)
        passed_on = clause.tag_ == "VBN" and _verb_lemma(clause) in REPORTING_VERBS
        return opens or content or passed_on or any(self.in_quote(t) for t in clause.subtree)

    def _think_tank_phrase_start(self, subject: Token) -> int:
        """Where the phrase of a "think tank" the parser read as a verb and a noun starts:
        at the noun phrase holding the name before it ("the report by the Foundation for
        ... think tank said"); else at ``subject``."""
        doc = self.doc
        if not _think_tank(subject):
            return subject.i
        node = doc[subject.i - 2]
        while (
            node.dep_ != "appos"  # "..., the report by ...": set off from what it follows
            and node.head.i < node.i
            and node.head.pos_ in ("NOUN", "PROPN", "ADP", "DET")
            and not self.in_quote(node.head)
        ):
            node = node.head
        start = node.left_edge.i
        if any(doc[k].text in {",", ";", "(", ")"} for k in range(start, subject.i)):
            return subject.i
        return start

    def _bounded(self, subject: Token, right: int, right_stops: set[str]) -> tuple[int, int]:
        """Token range around ``subject`` up to the first stop mark or quote on either side."""
        doc = self.doc
        left = subject.left_edge.i
        for k in range(subject.i + 1, right + 1):
            # a hyphen inside a word ("Kara-Murza") is no stop, a spaced dash is
            joined = _hyphen_joined(doc, k - 1)
            if (doc[k].text in right_stops and not joined) or self.in_quote(doc[k]):
                right = k - 1
                break
        for k in range(subject.i - 1, left - 1, -1):
            if doc[k].text in {",", "(", ")", "—", "–", ";"} or self.in_quote(doc[k]):
                left = k + 1
                break
        while right > left and (doc[right].is_punct or doc[right].is_space):
            right -= 1
        return left, right

    def person_in(self, start: int, end: int, head: Token) -> _Speaker | None:
        """A named person in a speaker phrase, preferring the one holding the head."""
        people = [m for m in self.mentions_in(start, end) if m["actor_type"] == "person"]
        if not people:
            return None
        holding = [m for m in people if m["start_char"] <= head.idx < m["end_char"]]
        if not holding and head.lower_ in TITLE_WORDS:
            after = head.idx + len(head.text)
            holding = [m for m in people if 0 <= m["start_char"] - after <= 1]
        if not holding and head.lower_ in PERSON_ROLES:
            holding = [m for m in people if self._titled_by_place(m, head)]
            # "said Michael Greenberger Director of the University of Maryland Center":
            # the name opening the phrase, its role after it with no comma
            holding = holding or [
                m for m in people if m["start_char"] == start and 0 <= head.idx - m["end_char"] <= 1
            ]
        if not holding and head.lower_ in calendar_words():
            # 'Putin Friday warned': the parser made the day the head of the name
            holding = [m for m in people if 0 <= head.idx - m["end_char"] <= 1]
        if not holding and len(people) == 1 and self._title_before_name(head, people[0], end):
            holding = people
        if not holding:
            return None
        return self._speaker_from(holding[0], start, end)

    def _title_before_name(self, head: Token, person: dict, end: int) -> bool:
        """Whether a singular head in title case opens a title that runs, in title case
        but for its small words, to the name ending the phrase: "US Undersecretary of State
        for Arms Control and International Security Bonnie Jenkins said", whose parse made
        the name a conjunct inside the title (not "Friends of Alexei Navalny", a plural)."""
        if person["end_char"] != end or head.tag_ not in ("NN", "NNP") or head.idx >= end:
            return False
        if not head.text[:1].isupper() or head.idx >= person["start_char"]:
            return False
        between = [t for t in self.doc[head.i + 1 :] if t.idx < person["start_char"]]
        return all(t.text[:1].isupper() or t.lower_ in _TITLE_SMALL_WORDS for t in between)

    def _titled_by_place(self, mention: dict, role: Token) -> bool:
        """Whether a name ends the "of" phrase of a role with a place before it in its
        own noun phrase: "the governor of Odessa Maksym Marchenko" is Marchenko, but
        "the wife of Vladimir Kara-Murza" is not Kara-Murza."""
        span = self.doc.char_span(
            mention["start_char"], mention["end_char"], alignment_mode="expand"
        )
        if span is None or not len(span):
            return False
        name = span.root
        if name.dep_ != "pobj" or name.head.lower_ != "of" or name.head.head.i != role.i:
            return False
        return name.left_edge.i < span.start and name.right_edge.i < span.end

    def body_in(self, start: int, end: int, head: Token) -> _Speaker | None:
        """A registered body speaking in a phrase ("the Kremlin", "G7 Leaders"), or an
        organisation the NER found whose name holds the head ("Dutch telecoms operator
        Veon Ltd")."""
        found = [m for m in self.mentions_in(start, end) if not self.based(m)]
        bodies = [m for m in found if m["actor_id"]]
        holding = [
            m
            for m in found
            if (m["actor_id"] or m["actor_type"] == "organization")
            and m["start_char"] <= head.idx < m["end_char"]
        ]
        if holding:
            return self._speaker_from(holding[0], start, end)
        if head.lower_ in ORGANISATION_ROLES:
            # "the TASS news agency", "Russia's RIA news agency": the name that modifies
            # the organisation's noun is the organisation
            # (not a state, "no major U.S. bank", nor the platform of "the Baza Telegram
            # channel")
            naming = [
                m
                for m in found
                if (m["actor_id"] or m["actor_type"] == "organization")
                and m["actor_type"] not in ("state", "place")
                and m["actor_id"] not in PLATFORM_IDS
                and self._compound_of(self._mention_token(m), head)
            ]
            if naming:
                return self._speaker_from(naming[0], start, end)
        # not the alliance of "the NATO country's ministry of defence", one of its members
        # (nor Europe of "Leaders of nine NATO countries in Europe")
        members = any(self._member_named_by(m) for m in bodies)
        if head.lower_ in BODY_SPEAKERS and len({m["actor_id"] for m in bodies}) == 1:
            return None if members else self._speaker_from(bodies[0], start, end)
        return None

    def based(self, mention: dict) -> bool:
        """Whether a mention says only where a body is based ("the London-based group",
        "the US-based Institute for the Study of War"): no owner, no speaker."""
        return _BASED_RE.match(doc_text(self.doc), mention["end_char"]) is not None

    def _member_named_by(self, mention: dict) -> bool:
        """Whether a body names one of its members ("the NATO country", "an EU member
        state")."""
        token = self._mention_token(mention)
        while token.dep_ == "compound" and token.head.i != token.i:
            token = token.head
        return token.i != self._mention_token(mention).i and token.lemma_.lower() in _MEMBERS

    @staticmethod
    def _compound_of(token: Token, head: Token) -> bool:
        """Whether ``token`` modifies ``head`` as a compound, directly or through other
        compounds ("TASS" of "the TASS news agency")."""
        while token.dep_ == "compound" and token.head.i != token.i:
            token = token.head
            if token.i == head.i:
                return True
        return False

    def appositive_person(self, subject: Token, start: int) -> _Speaker | None:
        """A person named in apposition to a role ("Ukraine’s president, Volodymyr Zelenskiy,"),
        or after a second role joined to it ("president and CEO James R. Downing")."""
        # a name after a comma that the parser coordinated with no "and" is in apposition
        # ("One of the activists, former lieutenant colonel Michael Grant, 62, told")
        bare = not any(c.dep_ in ("cc", "preconj") for c in subject.children)
        roles = subject.pos_ == "NOUN" and subject.lower_ in PERSON_ROLES

        def joined(child: Token) -> bool:
            # "St. Jude president and CEO James R. Downing": a second role joined with
            # "and" to the first, before the one name, is the same person's
            return bare or (
                roles
                and any(c.dep_ == "compound" and c.lower_ in PERSON_ROLES for c in child.children)
            )

        found = self._apposed_mention(subject, ("person",), joined)
        if found is None and subject.lower_ == "one":
            # "One of her lawyers, Alexander Boikov, told": the parser set the name beside
            # the group the one is of
            group = _of_objects(subject)
            found = next(
                (f for g in group if (f := self._apposed_mention(g, ("person",), joined))),
                None,
            )
        if found is None:
            return None
        return self._speaker_from(found[1], start, found[1]["end_char"])

    def named_after_participle(self, subject: Token) -> _Speaker | None:
        """The one named after the comma that closes a participle opening the sentence,
        which the parser took for the subject and hung the name on as an apposition
        ("Writing on his Telegram channel, Medvedev, who ..., denounced")."""
        for token in subject.subtree:
            found = self._apposed_mention(
                token, ("person", "organization", "state"), lambda _: False
            )
            if found is not None and self.doc[found[0].left_edge.i - 1].text == ",":
                mention = found[1]
                return self._speaker_from(mention, mention["start_char"], mention["end_char"])
        return None

    def appositive_body(self, subject: Token, start: int) -> _Speaker | None:
        """The organisation named in apposition to a noun for a body ("One Ukrainian
        newspaper, Ukrayinska Pravda, says", "The Moscow-based think tank, the Centre for
        Strategic Research, estimated")."""
        if subject.lower_ not in BODY_NOUNS | _ANY_ORGANISATION_ROLES or subject.tag_ != "NN":
            return None  # "Two US outlets, the New York Times and ...": not one body
        found = self._apposed_mention(subject, ("organization", "state"), lambda _: False)
        if found is None:
            return None
        child, mention = found
        if mention["actor_id"]:
            return self._speaker_from(mention, start, mention["end_char"])
        # the words of the name, not the mention, which may have lost words that read as
        # titles ("The charity National Energy Action"), up to a comma that sets off more
        # ("The social media analytics firm Graphika, which worked with Facebook, said")
        after = [t for t in child.subtree if t.i > child.i and t.text in (",", "(")]
        last = after[0].i if after else child.right_edge.i + 1
        words = [t for t in child.subtree if not t.is_punct and t.i < last]
        end = words[-1].idx + len(words[-1])
        name = doc_text(self.doc)[words[0].idx : end]
        return _unregistered_body(doc_text(self.doc)[start:end], start, end, name=name)

    def _apposed_mention(
        self, subject: Token, kinds: tuple[str, ...], joined: Callable[[Token], bool]
    ) -> tuple[Token, dict] | None:
        """The word in apposition after ``subject`` (or coordinated with it, where
        ``joined`` accepts the conjunct) and the first mention of one of ``kinds`` that
        holds it."""
        for child in subject.children:
            apposed = child.dep_ == "appos" or (child.dep_ == "conj" and joined(child))
            if not apposed or child.i < subject.i or self.in_quote(child):
                continue
            left = child.left_edge.idx
            right = child.right_edge.idx + len(child.right_edge)
            stop = child.text.endswith(".") or (
                child.i + 1 < len(self.doc) and self.doc[child.i + 1].text == "."
            )
            if "person" in kinds and child.lower_.rstrip(".") in TITLE_WORDS and stop:
                # "said the pastor, Fr. Robert Hitchens,": the parser made the title the
                # apposition and left the name after its full stop
                right = child.idx + len(child) + 40
                titled = [m for m in self.mentions_in(child.idx, right) if m["actor_type"] in kinds]
                if titled and titled[0]["start_char"] - (child.idx + len(child)) <= 3:
                    return child, titled[0]
            for mention in self.mentions_in(left, right):
                if (
                    mention["actor_type"] in kinds
                    and mention["start_char"] <= child.idx < mention["end_char"]
                ):
                    return child, mention
        return None

    def _speaker_from(self, mention: dict, start: int, end: int) -> _Speaker:
        if mention["actor_type"] == "person" and not mention["actor_id"]:
            full = self.full_name(mention["actor_name"] or "")
            # "Vladimir, a pensioner ...": a first name introduced as someone of its own is
            # no registered person named in full with it (see actors._someone_else)
            introduced = mention.get("evidence") == "apposition"
            if full is not None and not (full["actor_id"] and introduced):
                mention = full
        actor = self.actors.get(mention["actor_id"]) if mention["actor_id"] else None
        return _Speaker(
            text=doc_text(self.doc)[start:end],
            start=start,
            end=end,
            actor_id=mention["actor_id"],
            key=_mention_key(mention),
            gender=actor["gender"] if actor else self.genders.get(mention["actor_name"], ""),
            side=mention["side"],
            name=actor["name"] if actor else mention["actor_name"],
            kind=mention["actor_type"],
        )

    def conjuncts(self, subject: Token) -> list[Token]:
        """The nouns coordinated with a subject ("Ukraine and the West")."""
        found, stack = [], [subject]
        while stack:
            token = stack.pop()
            for child in token.children:
                # a role after a comma is the name's apposition, not a second speaker
                # ("Tammy Thies, Founder and Executive Director of the Wildcat Sanctuary")
                apposed = child.lower_ in PERSON_ROLES and self.doc[child.i - 1].text == ","
                if (
                    child.dep_ == "conj"
                    and child.i > token.i
                    and child.pos_ in ("NOUN", "PROPN", "PRON")
                    and not self.in_quote(child)
                    and not apposed
                ):
                    found.append(child)
                    stack.append(child)
        return found

    def names_several(self, start: int, end: int) -> bool:
        """Whether a phrase joins different actors with "and" (a parse that missed it).

        The actors joined are both people or both bodies, so "US Navy Seal and
        author Chuck Pfarrer" stays one person.
        """
        for people in (True, False):
            found = [
                m
                for m in self.mentions_in(start, end)
                if (m["actor_type"] == "person") == people and m["actor_type"] != "place"
            ]
            if len({_mention_key(m) for m in found}) < 2:
                continue
            between = doc_text(self.doc)[found[0]["end_char"] : found[-1]["start_char"]]
            if any(word in ("and", "&") for word in between.lower().split()):
                return True
        return False

    def coordinated(self, subject: Token, conjuncts: list[Token]) -> _Speaker:
        """The whole of a coordinated subject; an id only when all of it is one actor."""
        doc = self.doc
        right = max(c.right_edge.i for c in conjuncts)
        stops = {"(", "—", "–", ";"}
        last = max(c.i for c in conjuncts)
        inside = [t.text for t in doc[subject.i + 1 : last]]
        if "(" in inside and inside.count("(") == inside.count(")"):
            # "Rep. James Comer (R-KY) and Rep. Nancy Mace (R-SC)": a parenthesis closed
            # before the next name does not end the subject
            stops, right = stops - {"("}, last
        left, right = self._bounded(subject, right, stops)
        start, end = doc[left].idx, doc[right].idx + len(doc[right])
        found = _Speaker(text=doc_text(doc)[start:end], start=start, end=end)
        heads = sorted([subject, *conjuncts], key=lambda t: t.i)
        ids = set()
        people: list[str] = []
        named: list[_Speaker] = []
        for head in heads:
            holding = [
                m
                for m in self.mentions_in(start, end)
                if m["start_char"] <= head.idx < m["end_char"]
            ]
            ids.add(holding[0]["actor_id"] if holding else None)
            if holding and holding[0]["actor_type"] == "person":
                one = self._speaker_from(holding[0], start, end)
                people.append(one.name or "")
                named.append(one)
        others = [
            h for h in heads if h.tag_ == "NNS" and any(c.lower_ == "other" for c in h.children)
        ]
        if len(named) == 1 and len(others) == len(heads) - 1:
            return named[0]  # "Marjorie Taylor Greene ... and other hardliners": the one named
        if self._joint_people(heads, people, start, end):
            # "Mila Kunis and husband Ashton Kutcher": a joint voice, named, of no one id
            found.name = ", ".join(people[:-1]) + " and " + people[-1]
        if len(ids) == 1 and None not in ids:
            actor_id = ids.pop()
            actor = self.actors.get(actor_id, {})
            found.actor_id, found.name = actor_id, actor.get("name")
            found.kind, found.side, found.key = actor.get("type"), actor.get("side"), actor_id
        return found

    def _joint_people(self, heads: list[Token], people: list[str], start: int, end: int) -> bool:
        """Whether coordinated heads are all named people, different ones, joined by "and",
        with no other person in the phrase ("David Averre and Chris Pleasance for
        MailOnline Vladimir Putin" is a byline run into the sentence; "Vladimir Putin,
        Andrey Gerus" no pair)."""
        if len(people) != len(heads) or len(heads) < 2 or not all(people):
            return False
        if len(set(people)) != len(people):
            return False
        between = doc_text(self.doc)[heads[0].idx : heads[-1].idx].lower().split()
        if "and" not in between and "&" not in between:
            return False
        persons = {
            _mention_key(m) for m in self.mentions_in(start, end) if m["actor_type"] == "person"
        }
        return len(persons) == len(heads)

    def speaker(self, verb: Token, span: _Span) -> _Speaker | None:
        """The speaker of a verb of attribution, resolved where possible; for a quotation
        (``span``), None for a thing that cannot speak in what another verb reports
        ("Russia's foreign ministry has said Western military support for Ukraine threatens
        '...'": the words are the ministry's, :func:`_speaker_of_mixed`)."""
        subject = self.subject_of(verb)
        if subject is None:
            return None
        if span is not None and _thing_in_content(verb, subject):
            return None
        return self.speaker_of(subject)

    def speaker_of(self, subject: Token, bounds: tuple[int, int] | None = None) -> _Speaker:
        """Resolve the phrase headed by ``subject`` (a speaker or a figure's claimant).

        ``bounds`` are the phrase's character offsets; by default the
        speaker range of ``subject`` (cut before an appositive).
        """
        found = self._speaker_of_phrase(subject, bounds)
        if found.name is None and found.actor_id is None:
            named = self.relative_named_before(subject, found)
            if named is not None:
                return self._as(found, named)
            found.name = self.relative_of_named(subject, found)
        writer = self.body_naming_writing(subject, found)
        if writer is not None:
            return writer
        tank = self.think_tank_named(subject)
        if tank is not None and found.name is None and found.actor_id is None:
            return self._as(found, tank)
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        spoken = subject.lemma_.lower() in SPEECH_NOUNS | _ANSWER_NOUNS
        spoken = spoken and subject.tag_ in ("NN", "NNS")
        unresolved = found.name is None and found.actor_id is None
        if (
            spoken
            and owner is not None
            and unresolved
            and owner.lower_ in POSSESSIVE_PRONOUN_GENDERS
        ):
            # "His headline-grabbing remarks included calling the German chancellor an
            # '...'", "his answer was simple: '...'": the owner of the remarks said it
            return self.possessor(owner, found)
        if (
            spoken
            and owner is not None
            and owner.pos_ in ("NOUN", "PROPN")
            and found.actor_id is None
            and not self.in_quote(owner)
            and subject.head.lemma_.lower() != "come"
        ):
            # "'...,' the embassy's statement read": the embassy named before speaks (not
            # "Kallas' announcement came two days after the mayor of Riga stated ...")
            return self._as(found, self.speaker_of(owner))
        piece = subject.lemma_.lower() in _ISSUED_PIECES and subject.pos_ == "NOUN"
        definite = self.doc[subject.left_edge.i].lower_ in ("the", "this", "that")
        if piece and definite and owner is None and unresolved:
            # "The State Department has escalated its warning ... The warning also noted,
            # '...'": the issuer of the same piece named before speaks
            issuer = self.issuer_before(subject)
            if issuer is not None:
                return self._as(found, issuer)
        if (
            found.name is None
            and found.actor_id is None
            and subject.lower_ in BODY_NAME_WORDS
            and subject.tag_ == "NNP"
            and not self.in_quote(subject)
            and _proper_name_words(found.text or "")
        ):
            # "the U.S. Financial Crimes Enforcement Network (FinCEN) said", a body's
            # proper name the NER missed
            return self._proper_body(found) or found
        return found

    def same_body_before(self, subject: Token, found: _Speaker) -> _Speaker | None:
        """The named body that spoke in the sentence before, called by the same noun there
        ("the report by the Foundation for the Defense of Democracies think tank said. ...,
        the think tank said")."""
        sent = subject.sent
        if sent.start == 0:
            return None
        spoke = self._main_speaker(self.doc[sent.start - 1].sent)
        if spoke is None or spoke[0].kind != "organization" or not spoke[0].key:
            return None
        side = self._role_side(subject)
        if side and spoke[0].side and side != spoke[0].side:
            return None  # "Russia's defence ministry said ... The French defence ministry"
        words = re.findall(r"\w+", (spoke[0].text or "").lower())
        return self._as(found, spoke[0]) if subject.lower_ in words else None

    def think_tank_named(self, subject: Token) -> _Speaker | None:
        """The body a "think tank" the parser read as a verb and a noun is named by: the
        proper name right before it ("the report by the Foundation for the Defense of
        Democracies think tank said")."""
        doc = self.doc
        if not _think_tank(subject):
            return None
        k = subject.i - 2
        small = ("of", "for", "and", "the")
        while k >= 0 and (doc[k].tag_ in ("NNP", "NNPS") or doc[k].lower_ in small):
            k -= 1
        start = k + 1
        while start < subject.i - 1 and not doc[start].tag_.startswith("NNP"):
            start += 1  # "for", "of" left over at the start
        if start >= subject.i - 1 or self.in_quote(doc[start]):
            return None
        first, last = doc[start].idx, doc[subject.i - 2].idx + len(doc[subject.i - 2])
        named = self.mentions_in(first, last)
        if any(m["actor_type"] in ("person", "place", "state") for m in named):
            return None  # "a US think tank" describes, it names no body
        registered = [m for m in named if m["actor_id"]]
        if registered:
            return self._speaker_from(
                registered[-1], registered[-1]["start_char"], registered[-1]["end_char"]
            )
        name = doc_text(doc)[first:last]
        return _unregistered_body(name, first, last)

    def body_naming_writing(self, subject: Token, found: _Speaker) -> _Speaker | None:
        """The body named before a writing it issued: "a Treasury Department analysis",
        "An Institute for the Study of War report", "A Guardian analysis of official
        figures" (not the figures' owner after the head, nor a person's "a Biden memo")."""
        lemma = subject.lemma_.lower()
        if found.actor_id or found.start is None or lemma not in _WRITINGS | _RECORD_NOUNS:
            return None
        if self.in_quote(subject):
            return None
        before = [
            m
            for m in self.mentions_in(found.start, subject.idx)
            if not self._char_in_quote(m["start_char"])
        ]
        if len(before) != 1 or before[0]["actor_type"] != "organization":
            return None
        body = before[0]
        if body["actor_id"] in PLATFORM_IDS:
            return None  # "A Facebook post from the plant": the platform wrote nothing
        opening = self.doc[self._token_at(body["start_char"])].is_sent_start
        lone = " " not in body["surface"] and not body["surface"].isupper()
        if not body["actor_id"] and opening and lone:
            return None  # "Media reports": a common word opening the sentence (not "IFW")
        between = doc_text(self.doc)[body["end_char"] : subject.idx].strip()
        if between and not re.fullmatch(r"(?:'s|’s)?(?:\s*[\w-]+)?", between):
            return None  # "the Kremlin's decision to publish a report": no writing of its own
        return self._as(found, self._speaker_from(body, body["start_char"], body["end_char"]))

    def _all_quoted(self, sentence: int) -> bool:
        """Whether every word of the sentence numbered ``sentence`` is inside quotes."""
        start = self.sentence_starts[sentence]
        end = (
            self.sentence_starts[sentence + 1]
            if sentence + 1 < len(self.sentence_starts)
            else len(doc_text(self.doc))
        )
        span = self.doc.char_span(start, end, alignment_mode="contract")
        return span is not None and all(self.in_quote(t) for t in span if t.is_alpha)

    def _owner_only(self, mention: dict) -> bool:
        """Whether a person is named only as the owner of a thing ("Putin's Russia"), not of
        words ("Razvozhayev's claims", "Graham's interview")."""
        token = self._mention_token(mention)
        words = SPEECH_NOUNS | _WRITTEN_NOUNS
        return token.dep_ == "poss" and token.head.lemma_.lower() not in words

    def named_at(self, token: Token) -> bool:
        """Whether a registered actor, or a name of several words, covers ``token`` ("The
        Guardian"; not "the 29-year-old Frenchwoman", a word the NER took for a body)."""
        return any(
            m["start_char"] <= token.idx < m["end_char"] and (m["actor_id"] or " " in m["surface"])
            for m in self.mentions_in(token.sent.start_char, token.sent.end_char)
        )

    def named_just_before(self, subject: Token, gender: str) -> _Speaker | None:
        """The person a pronoun at ``subject`` would stand for, if the only person named
        (outside quotes, and not as the owner of a thing: "in Putin's Russia - the
        reservist told") in its sentence before it, or else, when its sentence names no
        one before it, in the sentence before."""
        person = self.resolve(subject.idx, gender, None)
        if person is None or not person.key:
            return None
        sentence = self.sentence_of(subject.idx)
        named = self._people_named(self.sentence_starts[sentence], subject.idx)
        if not named:
            before = sentence - 1
            while before > 0 and self._all_quoted(before):
                before -= 1  # "'... raped me.' The great-grandmother added:": past her words
            named = self._people_named(self.sentence_starts[max(0, before)], subject.idx)
        return person if named == {person.key} else None

    def _people_named(self, start: int, end: int) -> set[str]:
        """The keys of the people named between two characters, outside quotes and not
        only as the owner of a thing."""
        return {
            _mention_key(m)
            for m in self.mentions_in(start, end)
            if m["actor_type"] == "person"
            and not self._char_in_quote(m["start_char"])
            and not self._owner_only(m)
        }

    def relative_of_named(self, subject: Token, found: _Speaker) -> str | None:
        """A relative or lawyer of the person "his" or "her" stands for, by that person's name.

        "Aiden Aslin ... According to his family, ..." is "Aiden Aslin's family"; "her
        lawyer" the lawyer of the woman named before. The speaker stays unnamed (no id):
        the name tells a reader whose relative speaks.
        """
        owned = self._relative_owner(subject, found)
        if owned is None:
            return None
        person, end = owned
        rest = doc_text(self.doc)[end : found.end].strip()
        return f"{person.name}'s {rest}"

    def _relative_owner(self, subject: Token, found: _Speaker) -> tuple[_Speaker, int] | None:
        """The person whose relative ``subject`` is ("his family", "Mr Aslin's family"), with
        where the owner's words end, or None."""
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if (
            owner is None
            or subject.lower_ not in _RELATIVE_NOUNS
            or subject.tag_ not in ("NN", "NNS")
            or found.start is None
            or owner.idx < found.start
        ):
            return None
        marker = next((c for c in owner.children if c.dep_ == "case"), owner)
        person = self._possessor(owner, found.start)
        if person is None or not person.name or person.kind not in ("person", None):
            return None
        return person, marker.idx + len(marker)

    def _possessor(self, owner: Token, start: int) -> _Speaker | None:
        """The person a possessive stands for: the one "his" or "her" resolves to, or a
        named person ("Mr Aslin's": by the name the owner goes by in full, from ``start``)."""
        if owner.lower_ in POSSESSIVE_PRONOUN_GENDERS:
            gender = POSSESSIVE_PRONOUN_GENDERS[owner.lower_]
            return self.resolve(owner.idx, gender, None, pronoun=owner)
        person = self.person_in(start, owner.idx + len(owner), owner)
        return person if person is not None and person.key else None

    def relative_named_before(self, subject: Token, found: _Speaker) -> _Speaker | None:
        """The relative a text named right after the same words ("his son Conor Kennedy ...
        his son told him: '...'" is Conor Kennedy's), else None."""
        owned = self._relative_owner(subject, found)
        if owned is None or doc_text(self.doc)[owned[1] : found.end].strip() != subject.text:
            return None
        return self.introduced_relative(subject, owned[0])

    def introduced_relative(self, relative: Token, person: _Speaker) -> _Speaker | None:
        """The one named before right after the same relative noun of the same person ("his
        son Conor Kennedy", "Kennedy's son Conor"), whom "his son" goes on to stand for."""
        for mention in self.mentions_in(0, relative.idx):
            if mention["actor_type"] != "person":
                continue
            first = self.doc[self._token_at(mention["start_char"])].i
            if first < 2 or self.doc[first - 1].lower_ != relative.lower_:
                continue
            owner = self.doc[first - 2]
            if owner.tag_ == "POS" and first >= 3:
                owner = self.doc[first - 3]  # "Kennedy's son Conor"
            elif owner.lower_ not in POSSESSIVE_PRONOUN_GENDERS:
                continue
            whose = self._possessor(owner, owner.left_edge.idx)
            if whose is not None and whose.key and whose.key == person.key:
                return self._speaker_from(mention, mention["start_char"], mention["end_char"])
        return None

    def _speaker_of_phrase(self, subject: Token, bounds: tuple[int, int] | None = None) -> _Speaker:
        conjuncts = self.conjuncts(subject)
        if _several_heads(subject, conjuncts):
            return self.coordinated(subject, conjuncts)
        if subject.tag_ == "VBG" and subject.dep_ == "nsubj" and subject.is_sent_start:
            named = self.named_after_participle(subject)
            if named is not None:
                return named
        start, end = bounds if bounds is not None else self.speaker_range(subject)
        text = doc_text(self.doc)[start:end]
        if self.names_several(start, end):
            return _Speaker(text=text, start=start, end=end)
        named = self.person_in(start, end, subject) or self.appositive_person(subject, start)
        named = named or self.appositive_body(subject, start)
        named = named or self.by_surname(subject, start, end)
        named = named or self.named_after(subject, start, end)
        named = named or self.name_given(subject, start)
        named = named or self.named_after_lede(subject, start, end)
        if named is not None:
            return named
        found = _Speaker(text=text, start=start, end=end)
        author = self.author_of(subject) or self.authors_of_writing(subject)
        if author is not None:
            return self._as(found, author)
        words = [t for t in self.doc[subject.left_edge.i : subject.i + 1] if t.idx >= start]
        lowered = {t.lower_ for t in words}
        if subject.lower_ in PRONOUN_GENDERS:
            resolved = self.resolve_pronoun(subject)
            return self._as(found, resolved)
        if [t.lower_ for t in words] == ["the", "source"]:
            # "A senior Western official, speaking on condition of anonymity, said ... the
            # source said": the unnamed source introduced before
            unnamed = self.unnamed_source(subject)
            # an official only where no source was introduced at all ("said one NATO source
            # ... a senior Norwegian official ... the source said" is the NATO source)
            sources = any(t.lemma_.lower() == "source" for t in self.doc[: subject.i])
            if unnamed is None and not sources:
                unnamed = self.unnamed_source(subject, voices=True)
            if unnamed is not None:
                found.name = unnamed[1]
                return found
        if subject.lower_ in _OF_A_PAIR and [t.lower_ for t in words] == ["the", subject.lower_]:
            return self._as(found, self.one_of_pair(subject))
        if _both_of_a_pair(words, subject):
            pair = self.pair_named_before(subject)
            if pair is not None:
                found.name = pair  # "Pelosi and Schumer announced ... the two Democrats wrote"
                return found
        age = _age_of(subject)
        if age is not None and "the" in lowered:
            # "The 36-year-old said", "the 54-year-old founder of Tinkoff Bank wrote": the
            # person introduced with that age, else the one a pronoun would stand for,
            # unless a role is an unnamed source's ("a 21-year-old soldier ... the
            # 21-year-old soldier told")
            unnamed = self.unnamed_source(subject) if subject.pos_ == "NOUN" else None
            if unnamed is not None:
                found.name = unnamed[1]
                return found
            gender = ROLE_GENDERS.get(subject.lower_, "")
            # an age before a role describes a private person: "the 21-year-old tank
            # commander" is not Putin, named before
            private = subject.pos_ == "NOUN"
            return self._as(
                found,
                self.aged(age, subject.idx)
                or self.resolve(subject.idx, gender, None, private=private),
            )
        if [t.lower_ for t in words] == ["the", subject.lower_] and subject.tag_ != "NNPS":
            side = DEMONYM_SIDES.get(subject.lower_)
            if side is not None and subject.lower_ not in ("us", "u.s."):
                # "The Russian noted ... but added: '...'": the person of that nationality
                # a pronoun would stand for
                return self._as(found, self.resolve(subject.idx, "", side))
        if _epithet(words, subject) and not self.named_at(subject):
            # "Jim Struthers has followed Scotland ... '...,' says the Tartan Army
            # stalwart", "Lyudmila ... The great-grandmother added": a description of
            # someone named before, whom a pronoun would stand for
            gender = _noun_gender(subject.lower_)
            owner = self.owner_of_speech(subject)  # "a speech by X, in which the ..."
            return self._as(found, owner or self.named_just_before(subject, gender))
        if subject.lower_ in OBJECT_PRONOUN_GENDERS and subject.dep_ == "dobj":
            # "the AP quoted him as saying"
            gender = OBJECT_PRONOUN_GENDERS[subject.lower_]
            return self._as(found, self.resolve(subject.idx, gender, None, pronoun=subject))
        if subject.lower_ in BODY_PRONOUNS:
            resolved = self.resolve_body(subject.idx, BODY_PRONOUNS[subject.lower_])
            if resolved is not None and subject.lower_ == "they":
                group = self.group_spoke_since(subject, resolved)
                if group is not None:
                    found.name = group  # "Russian war bloggers had reported ... They said"
                    return found
            if resolved is None and subject.lower_ == "they":
                resolved = self._singular_they(subject)
            if resolved is None and subject.lower_ == "they":
                found.name = self.group_of_main_clause(subject) or self.group_before(subject.idx)
            if resolved is None and subject.lower_ == "it" and bounds is None:
                resolved = self.body_named_before(subject) or self.body_of_main_clause(subject)
            if resolved is None and subject.lower_ == "it":
                resolved = self.writing_spoke_before(subject)
            return self._as(found, resolved)
        organ = self.body_of_organ(subject)
        if organ is not None:
            return self._as(found, organ)  # "its board of directors said"
        holder = self.account_holder(subject)
        if holder is not None and (holder.name or holder.actor_id):
            return self._as(found, holder)  # "The Twitter account for the national team"
        nickname = self.nickname_of(subject)
        if nickname is not None:
            kind = "person" if subject.lower_ in PERSON_ROLES else "organization"
            key = f"{UNREGISTERED_PREFIX}{nickname}"
            return _Speaker(text, start, end, key=key, name=nickname, kind=kind)
        if words and words[0].lower_ in ("this", "that") and subject.pos_ == "NOUN":
            earlier = self.described_before(subject)
            if earlier is not None:
                found.name = earlier  # "this person said": the person described before
                return found
        issued = subject.lower_ in _ISSUED or (
            subject.lower_ in _WRITINGS and subject.head.lemma_ in _WRITTEN_BY
        )
        holder = self.holder_of(subject) or self.held_before(subject)
        if holder is not None:
            # "Grey-haired trade unionists held signs that read '...'": the holders' words
            return self.speaker_of(holder)
        if issued and subject.dep_ in ("pobj", "dobj"):
            # "in a tweet that read: '...'": the relative clause's antecedent speaks for
            # the one who wrote it ("it passed a resolution that called on ...")
            issuer = self.issued_by(subject)
            if issuer is not None and issuer.name:
                return self._as(found, issuer)
        markers = lowered & UNNAMED_MARKERS
        if lowered & {"the", "this", "that"}:
            markers -= _DEFINITE_OK  # "the former housing secretary" is one known person
        # "two officials" count unnamed people; "the 93rd Mechanized Brigade" names a unit
        named_unit = subject.tag_ == "NNP"
        if markers or any(
            t.like_num and not (named_unit and t.ent_type_ == "ORDINAL") for t in words
        ):
            return self._as(found, self.named_in_lead_after(subject, markers))
        bodies = [m for m in self.mentions_in(start, end) if m["actor_id"]]
        holding = [m for m in bodies if m["start_char"] <= subject.idx < m["end_char"]]
        if holding:
            return self._speaker_from(holding[0], start, end)
        role = _ROLE_ABBREVIATIONS.get(subject.lower_, subject.lower_)  # "the PM"
        # "his ambassador", "their close friend": someone else than the one "his" stands for
        possessed = any(t.lower_ in ("his", "her", "their") and t.dep_ == "poss" for t in words)
        definite = any(t.lower_ in ("the", "this", "that") for t in words) or (
            possessed and role in PERSON_ROLES
        )
        # "Poland's president": a role owned by a named state or body is one person
        owned_role = any(t.dep_ == "poss" and t.pos_ == "PROPN" for t in words)
        definite = definite or (owned_role and role in PERSON_ROLES - OCCUPATION_ROLES)
        # "Foreign minister also noted that ...": an office opening its sentence without its
        # article, as some outlets write, is the one who holds it
        bare = bool(words) and words[0].is_sent_start and subject.text.islower()
        bare = bare and subject.tag_ == "NN" and role in DISTINCT_ROLES
        definite = definite or (bare and not any(t.dep_ in ("det", "poss") for t in words))
        # "the London-based group": where a body is based describes it, names none
        based = {
            w.i
            for t in words
            if t.lower_ == "based" and _BASED_RE.match(doc_text(self.doc), t.idx - 1)
            for w in self.doc[max(t.i - 2, 0) : t.i + 1]
        }
        # "the ministry", "the national team": a lower-case adjective says no more
        plain = [
            t
            for t in words[:-1]
            if t.i not in based
            and not (t.dep_ == "amod" and (t.text.islower() or t.lower_ in _WIDE_ADJECTIVES))
            and (t.lower_, subject.lower_) not in _TWO_WORD_ROLES  # "the think tank"
            and not (t.lower_ == "government" and t.dep_ == "compound")  # "the Government
            # department": a department of a government, no name
        ]
        # "the popular social media company": lower-case words describe a company, they
        # name none ("the news website Evropeyskaya Pravda" names itself, "the health
        # ministry's website" is another body's)
        described = (
            role in _ANY_ORGANISATION_ROLES
            and all(
                t.text.islower() and t.dep_ != "poss"
                for t in words[:-1]
                if t.dep_ != "det" and t.i not in based
            )
            and not any(
                t.pos_ == "PROPN" and t.i not in based
                for t in self.doc.char_span(start, end, "expand")
            )
        )
        if role in ORGANISATION_ROLES | _ANY_ORGANISATION_ROLES and definite and not described:
            # "Russia's defence ministry admitted ... The defence ministry said": the body
            # that spoke in the sentence before, by the same noun
            same = self.same_body_before(subject, found) if len(plain) > 1 else None
            if same is not None:
                return same
        if (
            role in ORGANISATION_ROLES | _ANY_ORGANISATION_ROLES
            and definite
            and (len(plain) <= 1 or described)
        ):
            resolved = self.resolve_organisation(subject.idx, role, found)
            if resolved is None and role in _BLOCS:
                resolved = self._as(found, self.bloc_named_before(subject.idx, _BLOCS[role]))
                resolved = resolved if resolved.actor_id else None
            # "a paper published in the New England Journal of Medicine ... the paper
            # noted": "the paper" is the paper introduced before, no organisation
            unnamed_before = any(
                c.lower_ in ("a", "an") and c.dep_ == "det"
                for t in self.earlier_same_word(subject)
                for c in t.children
            )
            if resolved is None and not unnamed_before:
                resolved = self.same_body_before(subject, found)
            # "the organization" in lower case, not "the Organisation for the Prohibition of
            # Chemical Weapons"
            any_body = role in _ANY_BODY_NOUNS and subject.text.islower()
            if (
                resolved is None
                and (role in _ANY_ORGANISATION_ROLES or any_body)
                and not unnamed_before
            ):
                medium = role in _SPEAKING_ROLES
                recent = self.recent_organisation(
                    subject.idx,
                    speaking=medium,
                    business=role in _BUSINESS_ROLES,
                    group=role == "group" or any_body,
                )
                near = len(plain) > 1 or role in _KINDS_OF_BUSINESS or any_body
                if near and recent is not None and recent.start is not None:
                    # "Shell told the BBC ... The gas giant said": a description stands
                    # for a body named in its sentence or the one before, not for any
                    # body named further back ("the SBU ... The national railway operator"),
                    # but for the main subject of the sentence before that ("McDonald's has
                    # said ... The move comes after it ... The fast food giant said")
                    gap = self.sentence_of(subject.idx) - self.sentence_of(recent.start)
                    topic = gap == 2 and self._main_subject_at(recent.start)
                    # one named in apposition is no other ("The state rail operator,
                    # Ukrzaliznytsia – which ... – said")
                    named_apart = any(
                        c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children
                    )
                    recent = recent if (gap <= 1 or topic) and not named_apart else None
                resolved = self._as(found, recent)
                resolved = resolved if resolved.name else None
                if resolved is None and described:
                    later = self.speaker_after(subject.idx, "", None, kind="organization")
                    if later is not None and role in _BUSINESS_ROLES and later.start is not None:
                        # "according to the manufacturer ... RIA Novosti reported": an
                        # agency reporting the news is no business described before it
                        later = None if self._reported_news(later.start) else later
                    resolved = self._as(found, later) if later is not None else None
            if resolved is not None:
                return resolved
        if role in PERSON_ROLES and subject.tag_ not in ("NNS", "NNPS") and definite:
            # "Russia's ambassador", not "his ambassador in Washington": a body named
            # before the role tells its side, one after it where it serves
            side = next(
                (m["side"] for m in bodies if m["side"] and m["end_char"] <= subject.idx), None
            )
            # "the Russian president": the nationality tells the side
            side = side or next(
                (ROLE_NATIONALITY_SIDES[w] for w in lowered if w in ROLE_NATIONALITY_SIDES), None
            )
            # "the former housing secretary and Newark MP": one person, either role
            roles = {role} | {c.lower_ for c in conjuncts if c.lower_ in PERSON_ROLES}
            # "the UN Secretary-General": an office of its own, no general named before it
            # (one a body owns, "the WHO's director-general", resolves as other roles do)
            office = (
                role == "general"
                and self.doc[subject.i - 1].text in ("-", "‐")
                and not owned_role
                and not any(t.tag_ == "POS" for t in words)
            )
            resolved = self.owner_of_speech(subject)
            resolved = (
                resolved
                or self.former_holder(subject, frozenset(roles))
                or self.same_role_before(subject)
                or self.resolve(
                    subject.idx,
                    ROLE_GENDERS.get(role, ""),
                    side,
                    role=frozenset(roles),
                    introduced=possessed or office,
                    skip=_content_of(subject.head),
                    private=self._office_of_a_thing(subject),
                    nationality=_nationality(subject),
                )
            )
            unnamed = self.unnamed_source(subject)
            named_at = (resolved.start or 0) if resolved is not None else -1
            if resolved is not None and resolved.key:
                named_at = max(named_at, self.last_named_at(resolved.key, subject.idx))
            # (or named after it, a public figure of the registry neither introduced with its
            # role nor speaking since: "A former aide says Ms Truss ... The aide said: '...'"
            # is the aide's, not Truss's; one not registered may be the unnamed one named,
            # "a senior Russian diplomat ... the deputy head of Moscow's delegation, Andrey
            # Belousov")
            stranger = (
                unnamed is not None
                and resolved is not None
                and resolved.actor_id is not None
                and resolved.key is not None
                and resolved.start is not None
                # (not one named after the role, nor the one the unnamed phrase stood for)
                and resolved.start < subject.idx
                and resolved.start != unnamed[0]
                and _head_word(unnamed[1]) == role
                and not any(t.lower_ in roles for t in self._words_around(resolved.key))
                and not any(
                    unnamed[0] < p < subject.idx and s.key == resolved.key for p, s in self.history
                )
            )
            if unnamed is not None and (named_at < unnamed[0] or stranger):
                # the person a story's second sentence named the source as ("a senior
                # United Nations official said ... Izumi Nakamitsu, UN High Representative
                # ... the official noted"; see named_after_lede)
                named = self.source_named(unnamed[1], subject.idx)
                if named is not None:
                    return self._as(found, named)
                found.name = unnamed[1]  # "A former soldier paid tribute ... the soldier wrote"
                return found
            if resolved is None and unnamed is None:
                later = self.speaker_after(
                    subject.idx, ROLE_GENDERS.get(role, ""), side, roles=frozenset(roles)
                ) or self.introduced_after(subject.idx, frozenset(roles), side)
                owned = _owned_by_person(subject) or any(
                    _owned_by_person(t) for t in self.earlier_same_word(subject)
                )  # "the prime minister's spokesman ... the spokesman"
                if later is not None and roles & INTRODUCED_ROLES and owned:
                    # "the prime minister's spokesman", "his spokesman": no one who speaks
                    # next (the prime minister) unless introduced as one
                    end = len(doc_text(self.doc))
                    later = later if self._introduced_as(later.key, role, end) else None
                resolved = later if self._same_owner(subject, later) else None
            return self._as(found, resolved)
        owned = self.owned_body(subject, start, end)
        if owned is not None:
            return owned
        if role in _WRITINGS and definite and len(words) <= 2:
            issuer = self.issuer(subject)
            if issuer is not None and not issuer.name:
                issuer = self.unnamed_body(issuer)  # "the agency released its report"
            if issuer is not None:
                return self._as(found, issuer)
        body = self.body_in(start, end, subject)
        if body is None and role in _SPOKE_BEFORE_ROLES and definite and len(words) == 2:
            # "..., said the Ukrainian government. The authorities said: '...'"; "...,
            # Russia's Defense Ministry said ... 'a result of the negotiation,' the military
            # explained"
            body = self._as(found, self.body_spoke_before(subject.idx))
            body = body if body.actor_id else None
        if body is None and role in BODY_SPEAKERS:
            body = self.people_of_body(subject, found)
        if body is None and definite and role in BODY_SPEAKERS:
            if role in _INTRODUCED_SOURCES and subject.tag_ == "NN":
                side = next((m["side"] for m in bodies if m["side"]), None)
                named = self.resolve(subject.idx, "", side, role=role, introduced=True)
                if named is not None:
                    return self._as(found, named)
            found.name = self.unnamed_before(subject)
            named = self.source_named(found.name, subject.idx) if found.name else None
            if named is not None:
                return self._as(found, named)  # see source_named
            fallback = role in _INTRODUCED_SOURCES and subject.tag_ == "NN"
            if (
                found.name is None
                and fallback
                and self.unnamed_before(subject, any_head=True) is None
            ):
                # no unnamed official before: "the Ukrainian official" is the person
                # named in the sentences before ("Anton Gerashchenko, advisor to ..."),
                # not one named in the official's own words
                side = next((m["side"] for m in bodies if m["side"]), None)
                # "the defense official": a department's official, named with no one, is
                # no public figure named before ("the Russian official" may be)
                private = any(
                    t.dep_ in ("compound", "amod") and t.lower_ not in DEMONYM_SIDES
                    for t in words[:-1]
                )
                resolved = self.resolve(subject.sent.start_char, "", side, private=private)
                return self._as(found, resolved)
        return body or found

    def _office_of_a_thing(self, role: Token) -> bool:
        """Whether a role is an office of a thing the text names with a common noun and no
        actor ("the president of Rishi Sunak's home temple in Southampton", "the head of
        the association"), whose holder is no public figure (not "the president of the
        country")."""
        for prep in role.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for thing in prep.children:
                if thing.dep_ != "pobj" or thing.pos_ != "NOUN":
                    continue
                if thing.lemma_.lower() in _STATE_NOUNS:
                    return False
                return not self.mentions_in(thing.idx, thing.idx + len(thing))
        return False

    def owner_of_speech(self, subject: Token) -> _Speaker | None:
        """The person whose speech a role speaks in, as the subject of a relative clause
        on it: "last week's speech by Antony Blinken, in which the secretary of state said
        ..." is Blinken's, "Putin's address, in which the president claimed ..." Putin's; or
        whose staff reports it: "Erdogan's office said the president had emphasised" is
        Erdogan's."""
        clause = subject.head
        staff = self._staff_speaking(subject)
        if staff is not None:
            owners = [c for c in staff.children if c.dep_ == "poss"]
            return self._person_of(owners)
        led = self._leader_of_subject(subject)
        if led is not None:
            return led
        if subject.dep_ != "nsubj" or clause.dep_ != "relcl":
            return None
        noun = clause.head
        by = noun.head if noun.dep_ == "pobj" and noun.head.lower_ in ("by", "of") else None
        if by is not None and by.head.lower_ in SPEECH_NOUNS:
            owners = [noun]  # the parser hung the clause on the speaker
        elif noun.lower_ in SPEECH_NOUNS:
            owners = [c for c in noun.children if c.dep_ == "poss"]
            for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "of")):
                owners += [c for c in prep.children if c.dep_ == "pobj"]
        else:
            return None
        return self._person_of(owners)

    def _leader_of_subject(self, role: Token) -> _Speaker | None:
        """The person who leads the body its sentence's main subject is named after, where
        that person was introduced with the role: "The Biden administration has opposed
        the move, with the president saying ..." is Biden's, though another president was
        named since."""
        root = role.sent.root
        body = next((c for c in root.children if c.dep_ in _SUBJECTS and c.i < role.i), None)
        if body is None or body.lemma_.lower() not in _LED_BODIES:
            return None
        owners = [c for c in body.children if c.dep_ in ("compound", "poss") and c.i < body.i]
        leader = self._person_of(owners)
        if leader is None or not any(
            _role_word(t, {role.lower_}) for t in self._words_around(leader.key)
        ):
            return None
        return leader

    def _person_of(self, owners: list[Token]) -> _Speaker | None:
        """The first person named by one of ``owners`` (possessors or objects of "by")."""
        for owner in owners:
            for mention in self.mentions_in(owner.left_edge.idx, owner.idx + len(owner)):
                if mention["actor_type"] == "person" and mention["end_char"] >= owner.idx:
                    return self._speaker_from(mention, mention["start_char"], mention["end_char"])
        return None

    def _staff_speaking(self, subject: Token) -> Token | None:
        """The staff noun that reports what a role said: "Erdogan's office said the
        president had emphasised ...", whose possessor the role stands for."""
        clause = subject.head
        if subject.dep_ != "nsubj" or clause.dep_ != "ccomp" or not _is_reporting(clause.head):
            return None
        outer = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if outer is None or outer.lemma_.lower() not in _STAFF_NOUNS or outer.i > subject.i:
            return None
        return outer

    def one_of_pair(self, word: Token) -> _Speaker | None:
        """The one "the latter" (the second) or "the former" (the first) stands for.

        At the start of a sentence: of two actors joined by "and"/"nor" in the sentence
        before ("decried by both Vladimir Zelensky and Antonio Guterres. The latter
        said"), else of the last two people named there ("Zelensky told CBS News that
        Putin could use nuclear weapons. The latter has warned"). Within a sentence, of
        the nouns joined last before it ("celebrated by the SBU and the country's Defense
        Ministry, with the latter claiming"), if both are actors. None otherwise.
        """
        sent = word.sent
        within = word.i - sent.start > 1
        first = sent.start if within or not sent.start else self.doc[sent.start - 1].sent.start
        named = [
            m
            for m in self.mentions_in(self.doc[first].idx, word.idx)
            if (m["actor_type"] == "person" or m["actor_id"])
            and not self._char_in_quote(m["start_char"])
        ]
        by_token = {self._mention_token(m).i: m for m in named}
        for token in reversed(self.doc[first : word.i]):
            joined = token.dep_ == "conj" and token.pos_ in ("NOUN", "PROPN")
            if not joined or token.head.pos_ not in ("NOUN", "PROPN"):
                continue
            if token.i in by_token and token.head.i in by_token:
                pair = by_token[token.head.i], by_token[token.i]
                break
            if within:
                return None
        else:
            if within:
                return None
            people: list[dict] = []
            for m in (m for m in named if m["actor_type"] == "person"):
                people = [p for p in people if _mention_key(p) != _mention_key(m)] + [m]
            if len(people) < 2:
                return None
            pair = people[-2], people[-1]
        chosen = pair[1] if word.lower_ == "latter" else pair[0]
        return self._speaker_from(chosen, chosen["start_char"], chosen["end_char"])

    def pair_named_before(self, subject: Token) -> str | None:
        """The two people "the two Democrats" or "both men" stand for: the last two people
        named (outside quotes) in the subject's sentence before it or in the sentence
        before, written together with "and" and at most a parenthesis and a title between
        ("House Speaker Nancy Pelosi (D-Calif.) and Chuck Schumer (D-N.Y.) announced"),
        as their names joined by "and"; None when the last two named are not so joined."""
        sentence = self.sentence_of(subject.idx)
        first = self.sentence_starts[max(0, sentence - 1)]
        people = [
            m
            for m in self.mentions_in(first, subject.idx)
            if m["actor_type"] == "person" and not self._char_in_quote(m["start_char"])
        ]
        if len(people) < 2:
            return None
        one, other = people[-2], people[-1]
        between = doc_text(self.doc)[one["end_char"] : other["start_char"]]
        if _mention_key(one) == _mention_key(other) or not _PAIR_JOIN_RE.fullmatch(between):
            return None
        names = [self._speaker_from(m, m["start_char"], m["end_char"]).name for m in (one, other)]
        return f"{names[0]} and {names[1]}" if all(names) else None

    def author_of(self, writing: Token) -> _Speaker | None:
        """The named author of a writing that speaks: "a statement from NATO", "a report
        by Climate Action Tracker", "a statement issued by Russia's defence ministry" speak
        for the alliance, the think tank, the ministry, and "memos" the one who wrote them
        ("she wrote memos warning ..."), and the body "its" stands for in "a statement from
        its board"; None when the phrase names no one the document knows ("a report from
        the scene") or a place it comes from ("reports from Moscow")."""
        if writing.lemma_.lower() not in _WRITINGS:
            return None
        verb = writing.head
        if writing.dep_ == "nsubj" and verb.dep_ in ("dobj", "ccomp") and verb.tag_ == "VBG":
            # "she wrote memos warning he would become a 'threat'": the parser made the
            # writing the subject of the words it carries, the object of the one who wrote
            writer = verb.head
            if writer.pos_ == "VERB" and writer.lemma_ in _WRITTEN_BY and writer.tag_ != "VBN":
                found = self.speaker(writer, None)
                if found is not None and (found.actor_id or found.key):
                    return found
        for child in writing.children:
            by = None
            if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                by = child
            elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_ in _WRITTEN_BY:
                by = next((c for c in child.children if c.dep_ == "agent"), None)
            author = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
            if author is None or author.pos_ not in ("NOUN", "PROPN"):
                continue
            if by.lower_ == "from" and author.ent_type_ in ("GPE", "LOC", "FAC"):
                continue  # "reports from Moscow", "posting from Kyiv": where, not who
            organ = self.body_of_organ(author)
            if organ is not None:
                return organ  # "a statement from its board of directors"
            found = self.speaker_of(author)
            if found.actor_id or found.key:
                return found
        owner = next((c for c in writing.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ in ("NOUN", "PROPN"):
            found = self.speaker_of(owner)  # "Horowitz's report", "Amnesty's report"
            if found.actor_id or found.key:
                return found
        return None

    def body_of_organ(self, noun: Token) -> _Speaker | None:
        """The body "its board of directors" or "its press service" speaks for: the owner
        named with the same organ before ("The company's board"), else the body "its"
        stands for (:meth:`resolve_body`)."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in ("its", "their"):
            return None
        press = noun.lower_ in ("service", "office") and any(
            c.dep_ == "compound" and c.lower_ == "press" for c in noun.children
        )
        if noun.lemma_.lower() not in _BODY_ORGANS and not press:
            return None
        for earlier in self.earlier_same_word(noun):
            # "The company's board of directors called for ... a statement from its board
            # of directors read": the owner named with the same organ before
            named = next((c for c in earlier.children if c.dep_ == "poss"), None)
            if named is not None and named.pos_ != "PRON":
                found = self.speaker_of(named)
                if (found.actor_id or found.key) and found.kind != "person":
                    return found
        pronoun = "it" if owner.lower_ == "its" else "they"
        found = self.resolve_body(owner.idx, BODY_PRONOUNS[pronoun])
        if found is None and noun.lemma_.lower() == "website":
            # "... despite the advice of the UK Foreign Office. Its website warns": the
            # body named last in the sentence before, though it did not speak
            start = self.sentence_starts[max(0, self.sentence_of(owner.idx) - 1)]
            named = [m for m in self.mentions_in(start, owner.idx) if m["actor_type"] != "place"]
            if named and named[-1]["actor_type"] == "organization":
                found = self._speaker_from(
                    named[-1], named[-1]["start_char"], named[-1]["end_char"]
                )
        return found if found is not None and found.kind != "person" else None

    def authors_of_writing(self, subject: Token) -> _Speaker | None:
        """The body whose writing "the authors of the report" wrote: the report's author
        or issuer (:meth:`issuer`)."""
        if subject.lemma_.lower() != "author":
            return None
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        writing = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if writing is None or writing.lemma_.lower() not in _WRITINGS | _RECORD_NOUNS:
            return None
        return self.author_of(writing) or self.issuer(writing)

    def named_in_lead_after(self, subject: Token, markers: set[str]) -> _Speaker | None:
        """The person an indefinite role in a news lead stands for: the next to speak, as
        :meth:`speaker_after` finds for a role no one named before ("..., a UN envoy said
        this week. Pramila Patten, the UN special representative ..., told AFP"), if
        no public figure of the registry (a lead that hides a name hides no president) and
        not introduced with another occupation."""
        if not markers <= _INDEFINITE or subject.tag_ != "NN" or subject.lower_ not in PERSON_ROLES:
            return None
        if self.sentence_of(subject.idx) >= _LEAD_SENTENCES:
            return None
        later = self.speaker_after(subject.idx, ROLE_GENDERS.get(subject.lower_, ""), None)
        if later is None:
            later = self._subject_of_second_sentence(subject)
        if later is None or later.actor_id:
            return None
        return None if self._held_otherwise(subject, later) else later

    def _held_otherwise(self, subject: Token, person: _Speaker) -> bool:
        """Whether a person is introduced with another occupation than a lead's role, and so
        is someone else: "an Associated Press reporter said ... said Jennifer Trahan, a
        clinical professor", "a spokesperson said ... European Budget Commissioner Johannes
        Hahn told reporters"."""
        if subject.lower_ in _RELATION_NOUNS:
            return False  # "an ally of Putin has said ... political analyst Alexander Dugin"
        held = {t.lower_ for t in self._words_around(person.key)} & (
            OCCUPATION_ROLES | _OFFICE_TITLES
        )
        if subject.lower_ in _OFFICIAL_SOURCES:
            # "a top Ukrainian official has said ... Oleg Ustenko, economic adviser to
            # Ukrainian President Volodymyr Zelensky": an adviser is an official
            held -= _OFFICIALS_HELD
        return bool(held) and subject.lower_ not in held

    def _subject_of_second_sentence(self, subject: Token) -> _Speaker | None:
        """The person the article's second sentence names first as the subject of its main
        verb, for a role in the first: "A Scottish woman says she feels a 'sense of guilt'
        ... Gillian Randlesome is hoping to host ...", "A Ukrainian man who has arrived in
        NI said ... Pastor Valentine Pavlenkov is part of ..." (a lead that names its
        subject next)."""
        if self.sentence_of(subject.idx) != 0 or len(self.sentence_starts) < 2:
            return None
        if subject.head.pos_ == "AUX" or subject.head.lemma_ == "be":
            return None  # not 'A Russian judge ... is ... after being shot in a suspected "..."'
        doc = self.doc
        second = doc[self._token_at(self.sentence_starts[1])].sent
        for mention in self.mentions_in(second.start_char, second.end_char):
            token = self._mention_token(mention)
            # not one the sentence acts upon: "... could be used in a prisoner swap, an aide
            # to President Vladimir Zelensky told local media. Vyacheslav Boguslaev was
            # accused of treason" (but "Maj Gen Rustam Minnekayev was quoted ...")
            acting = token.dep_ == "nsubj" or _is_reporting(second.root)
            if (
                mention["actor_type"] == "person"
                and self.by_key[_mention_key(mention)][0] is mention
                and token.dep_ in _SUBJECTS
                and acting
                and token.head == second.root
                and not self.in_quote(token)
            ):
                found = self._speaker_from(mention, mention["start_char"], mention["end_char"])
                gender = ROLE_GENDERS.get(subject.lower_, "")
                # "A woman says her son was killed. Oleksandr Petrenko, 19, ...": not him (as
                # this mention shows him: "Mrs Pavlenkov" later is another of the name)
                named = found.gender if found.actor_id else self.mention_gender(mention)
                return None if gender and named and named != gender else found
        return None

    def _introduced_with_office(self, person: _Speaker) -> bool:
        """Whether a person's first mention has a role set off after it ("Izumi Nakamitsu,
        UN High Representative for Disarmament Affairs,")."""
        mentions = self.by_key.get(person.key, ())
        if not mentions:
            return False
        name = self._mention_token(mentions[0])
        return any(c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") for c in name.children)

    def _public_figure_described(self, subject: Token, person: _Speaker) -> bool:
        """Whether a lead's role may describe a public figure of the registry ("A key ally of
        Vladimir Putin has praised ... Yevgeny Prigozhin"): not a plain occupation or an
        unnamed source ("a soldier said. Zelensky said"), and not one named with a high
        office ("an expert has warned. President Volodymyr Zelensky said")."""
        if subject.lower_ in _PLAIN_OCCUPATIONS | _ANONYMOUS_SOURCES:
            return False
        return not {t.lower_ for t in self._words_around(person.key)} & _HIGH_OFFICES

    def people_of_body(self, subject: Token, found: _Speaker) -> _Speaker | None:
        """The body whose people speak, named before: "officials at the ministry",
        "intelligence officials at the British body" give the ministry or body
        named most recently (a body speaking through its people)."""
        for prep in subject.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("at", "of", "from", "in"):
                continue
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                words = {t.lower_ for t in place.subtree}
                if place.lower_ not in ORGANISATION_ROLES | {"body"} or "the" not in words:
                    continue
                resolved = self.resolve_organisation(place.idx, place.lower_, found)
                if resolved is None:
                    resolved = self._as(found, self.recent_organisation(place.idx))
                return resolved if resolved.name else None
        return None

    def unnamed_source(self, role: Token, *, voices: bool = False) -> tuple[int, str] | None:
        """The unnamed person a definite role stands for, when introduced after anyone named
        with it: the nearest earlier "a former NZ soldier" (same head noun, or any noun
        of a person for "the man" or "the woman", indefinite,
        outside quotes, not in apposition to a name) within :data:`_HISTORY_SENTENCES`
        sentences, as its offset and words. With ``voices``, "the source" is also an
        official or a spokesperson introduced so."""
        window = self.history_start(role.idx)
        gender = ROLE_GENDERS.get(role.lower_, "")
        # "the man with a beard" is one described so before, not any man ("a Georgian man")
        marks = {
            t.lemma_.lower()
            for c in role.children
            if c.dep_ == "prep" and c.lower_ == "with" and c.i > role.i
            for t in c.subtree
            if t.pos_ == "NOUN"
        }
        for token in reversed(self.doc[: role.i]):
            if token.idx < window:
                break
            if marks and not marks & {t.lemma_.lower() for t in token.subtree}:
                continue
            # "the man" is whoever was introduced as "a Russian soldier", of his gender
            anyone = (
                role.lower_ in _ANY_PERSON_NOUNS
                and token.lower_ in PERSON_ROLES
                and token.tag_ == "NN"
                and ROLE_GENDERS.get(token.lower_, gender) == gender
            )
            # "a Russian soldier ... the active serviceman": another word for one who serves
            anyone = anyone or {role.lower_, token.lower_} <= _SERVING_NOUNS
            # "A senior Western official, speaking on condition of anonymity, said ... the
            # source said": the source is the official who spoke unnamed
            voice = role.lower_ == "source" and token.lower_ in _OFFICIAL_VOICES
            anyone = anyone or (voices and voice)
            if token.lower_ != role.lower_ and not anyone:
                continue
            if token.lower_ != role.lower_ and any(
                m["actor_type"] == "person"
                for m in self.mentions_in(token.sent.start_char, token.sent.end_char)
            ):
                continue  # "Ovsyannikova walked behind a news presenter": she is the one
            if self.in_quote(token) or token.dep_ == "appos":
                continue
            left = [t.lower_ for t in self.doc[token.left_edge.i : token.i]]
            if left and left[0] in ("a", "an", "one", "another"):
                first, last = self.speaker_range(token)
                joined = [c for c in token.children if c.dep_ == "cc" and c.i > token.i]
                if joined:  # "a Russian soldier and his wife": the soldier
                    before = self.doc[joined[0].i - 1]
                    last = min(last, before.idx + len(before))
                return first, doc_text(self.doc)[first:last].rstrip(" ,")
        return None

    def described_before(self, noun: Token) -> str | None:
        """The words of the source "this person" stands for: the nearest earlier phrase
        with the same head noun that says more ("the person familiar with Ukraine's
        requests"), outside quotes, within :data:`_HISTORY_SENTENCES` sentences, naming
        nobody."""
        for token in self.earlier_same_word(noun):
            first, last = self.speaker_range(token)
            if last - first <= len(token.text) + 4 or any(
                m["actor_type"] == "person" for m in self.mentions_in(first, last)
            ):
                return None
            return doc_text(self.doc)[first:last]
        return None

    def body_spoke_before(self, char: int) -> _Speaker | None:
        """The registered state or body that spoke last in the sentence before ``char``'s
        or in its own, if one did."""
        sentence = self.sentence_of(char)
        window = self.sentence_starts[max(0, sentence - 1)]
        return next(
            (
                speaker
                for position, speaker in reversed(self.history)
                if window <= position < char
                and speaker.actor_id
                and speaker.kind in ("organization", "state")
            ),
            None,
        )

    def source_named(self, words: str, char: int) -> _Speaker | None:
        """The person an unnamed source's words (as :meth:`unnamed_source` or
        :meth:`unnamed_before` give them, the last such words before ``char``) stand for,
        where they open a story and its second sentence names that source ("a senior United Nations official said ... Izumi
        Nakamitsu, UN High Representative ..., was asked ... the official noted"; see
        :meth:`named_after_lede`)."""
        start = doc_text(self.doc).rfind(words, 0, char)
        phrase = self.doc.char_span(start, start + len(words)) if start >= 0 else None
        if phrase is None:
            return None
        named = self.named_after_lede(phrase.root, start, start + len(words))
        return named if named is not None and named.kind == "person" else None

    def unnamed_before(self, role: Token, *, any_head: bool = False) -> str | None:
        """The unnamed source "the official" stands for: the nearest earlier "an
        emergency services official" (same head noun, indefinite or unnamed),
        outside quotes, however far back: news writing introduces the source once.
        With ``any_head``, any unnamed source counts ("a Kremlin source"). One introduced
        before with more words is the same source ("a senior U.S. defense official ...
        according to a defense official ... the official said"), named as introduced.
        One in apposition to a person's name is no unnamed source ("Vladimir Rogov, a
        senior Russian-appointed official in Zaporozhye Region").
        """
        found = None
        for token in reversed(self.doc[: role.i]):
            same = token.lower_ in BODY_SPEAKERS if any_head else token.lower_ == role.lower_
            if not same or self.in_quote(token) or self._apposed_to_name(token):
                continue
            left = [t.lower_ for t in self.doc[token.left_edge.i : token.i]]
            if left and left[0] in UNNAMED_MARKERS:
                first, last = self.speaker_range(token)
                words = doc_text(self.doc)[first:last]
                if found is None:
                    if any_head or left[0] not in ("a", "an"):
                        return words
                    found = words
                elif _says_more(words, found):
                    found = words
        return found

    def _apposed_to_name(self, token: Token) -> bool:
        """Whether ``token`` heads a phrase in apposition to a person's name."""
        if token.dep_ != "appos":
            return False
        head = token.head
        return any(
            m["actor_type"] == "person"
            for m in self.mentions_in(head.left_edge.idx, head.idx + len(head.text))
        )

    def according_to(self, span: _Span) -> _Speaker | None:
        """The X of "according to X" in the sentence of the quote."""
        inner = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if inner is None or not len(inner):
            return None
        for _, to in self._according_tos(inner[0].sent):
            found = self._according_speaker(to)
            if found is not None:
                return found
        return None

    def _according_speaker(self, to: Token) -> _Speaker | None:
        """The speaker of "according to X": a person named in X or in apposition to
        it ("according to the US president, Joe Biden"), else a body, else X resolved as
        any speaker ("according to the Russian president" named before)."""
        source = _source_of(to)
        if source is None or _no_source(to):
            return None
        # "according to a Facebook post by Sergiy Tomilenko", "a statement by the mayor":
        # the author of the words
        source = _author_of(source) or source
        start, end = self.speaker_range(source)
        named = self.person_in(start, end, source)
        named = named or self.appositive_person(source, start)
        if named is None and source.lower_ in PERSON_ROLES:
            # "the US president, Joe Biden", "the spokesman for the army of the Donetsk
            # People's Republic (DPR), Eduard Basurin": the name after the role or after the
            # whole phrase
            person = self._name_closing_phrase(source.idx + len(source))
            person = person or self._name_closing_phrase(end)
            if person is not None:
                return self._speaker_from(person, start, person["end_char"])
        if named is not None:
            return named
        if source.lower_ in PERSON_ROLES:
            # "according to the IMF counsellor": the person named with that role before
            # ("Tobias Adrian, the IMF's financial counsellor"), not the body of the phrase
            found = self.speaker_of(source)
            introduced = self._introduced_as(found.key, source.lower_, source.idx)
            if found.kind == "person" and found.name and introduced:
                return found
        # "according to Russia's Investigative Committee": the body speaks, not the state
        named = self.owned_body(source, start, end)
        if named is not None:
            return named
        found = [m for m in self.mentions_in(start, end) if not self.based(m)]
        phrase_end = len(doc_text(self.doc)[:end].rstrip(" ,.’'\"”"))
        # a body named by the whole phrase, not a piece the NER cut ("Times of" of "The
        # Times of London")
        holding = [
            m
            for m in found
            if m["actor_type"] == "organization"
            and m["start_char"] <= source.idx < m["end_char"]
            and m["end_char"] >= phrase_end
        ]
        bodies = holding or [m for m in found if m["actor_id"]]
        if bodies:
            # the body whose name holds the source ("according to Ukraine’s Centre for
            # Strategic Communications"), not the state that owns it
            return self._speaker_from(bodies[0], start, end)
        # "according to the Russian president": a role or pronoun resolved as any speaker's
        return self.speaker_of(source)

    def _as(self, found: _Speaker, resolved: _Speaker | None) -> _Speaker:
        if resolved is not None:
            found.actor_id = resolved.actor_id
            found.key = resolved.key
            found.gender = resolved.gender
            found.side = resolved.side
            found.name = resolved.name
            found.kind = resolved.kind
        return found

    def resolve(
        self,
        char: int,
        gender: str,
        side: str | None,
        *,
        role: str | frozenset[str] | None = None,
        introduced: bool = False,
        skip: frozenset[int] = frozenset(),
        chained: tuple[int, int, _Speaker] | None = None,
        pronoun: Token | None = None,
        addressed: frozenset[str] = frozenset(),
        private: bool = False,
        nationality: str | None = None,
    ) -> _Speaker | None:
        """The person a pronoun or a role at ``char`` stands for, if unambiguous.

        Candidates are the people who spoke and the people named (outside
        quotes) in the last :data:`_HISTORY_SENTENCES` sentences, with an
        agreeing gender and side. The nearest sentence wins, a person named
        as a subject counting two sentences nearer than one named elsewhere
        ("Putin's war"); two different people equally near leave it
        unresolved unless only one of them has the pronoun's gender for sure, goes on
        speaking (:meth:`_going_on`) or closed the sentence before with a bare verb of
        speaking (:meth:`_spoke_bare_before`).
        A role ("the minister") prefers a person introduced with that role;
        with ``introduced`` only such a person counts ("Ukrainian official
        Sergey Pashinsky ... the official noted"), and a person introduced with
        another office ("President Vladimir Putin") never stands for it ("the
        ambassador said"). People named at the
        characters of ``skip`` (the role's own words) are no candidates.
        ``chained`` is the distance in sentences, the offset and the person of
        an earlier pronoun; a ``pronoun`` inside a clause of a name
        ("Nazarii, who ... while he waited") stands nearest for that name. The
        people of ``addressed`` (the keys of whom the pronoun's verb addresses: "he
        told Blinken") are no candidates, and with ``private`` no registered actor is
        ("the soldier", "the defense official" named with no one). A role's
        ``nationality`` ("the Turkish president") rules out a person introduced with
        another one only ("Serbian President Aleksandar Vucic").
        """

        def agrees(speaker: _Speaker) -> bool:
            known = self.gender_of(speaker, char)
            gender_ok = not gender or not known or known == gender
            side_ok = not side or not speaker.side or speaker.side == side
            return speaker.kind == "person" and gender_ok and side_ok

        sentence = self.sentence_of(char)
        window = self.sentence_starts[max(0, sentence - _HISTORY_SENTENCES)]
        candidates: list[tuple[int, int, _Speaker]] = []
        spoken_of: set[int] = set()
        spoke: set[int] = set()
        for position, speaker in self.history:
            if window <= position < char and agrees(speaker):
                rank = sentence - self.sentence_of(position) + self._aside_penalty(position, char)
                candidates.append((rank, position, speaker))
                spoke.add(position)
        for mention in self.mentions_in(window, char):
            if mention["actor_type"] != "person" or self._char_in_quote(mention["start_char"]):
                continue
            if mention["start_char"] in skip:
                continue
            if is_transcript_label(doc_text(self.doc), mention["start_char"], mention["end_char"]):
                continue  # "ALMADI: ... he told me": the label's person speaks as "I"
            if pronoun is not None and self._names_a_thing(mention):
                continue  # "the victims of the Hitler regime ..., he said": no one of them
            first = self.by_key[_mention_key(mention)][0] is mention
            if (
                pronoun is not None
                and not first
                and self._reported_by(self._mention_token(mention), pronoun)
            ):
                spoken_of.add(mention["start_char"])
            found = self._speaker_from(mention, mention["start_char"], mention["end_char"])
            if agrees(found):
                rank = sentence - self.sentence_of(mention["start_char"])
                if pronoun is not None and self._holds_clause_of(mention, pronoun):
                    rank = -1  # "Donald Trump, who made a speech where he criticized ...": his
                else:
                    rank += self._distance_penalty(mention)
                candidates.append((rank, mention["start_char"], found))
        if chained is not None and agrees(chained[2]):
            candidates.append(chained)
        candidates = [
            c for c in candidates if c[2].key not in addressed and c[2].key not in self.quoted_keys
        ]
        if spoken_of and any(c[1] in spoke for c in candidates):
            # "'Disbelief,' Kelly said. Putin is a tyrant, he added": one named again in
            # what the pronoun's verb reports is whom it speaks of, when another has
            # spoken before; not one named there first ("Solicitor Dearbhla Minogue works
            # with the charity, she said"), nor with no one who spoke ("It took Vadym
            # Bobryntsev four days to bury his wife, he said")
            candidates = [c for c in candidates if c[1] not in spoken_of]
        if nationality is not None:
            candidates = [c for c in candidates if self._of_nation(c[2], nationality)]
        if role is not None:
            roles = frozenset({role}) if isinstance(role, str) else role
            introduced_ones = [
                c for c in candidates if any(self._introduced_as(c[2].key, r, char) for r in roles)
            ]
            if introduced_ones or roles & INTRODUCED_ROLES or introduced:
                candidates = introduced_ones
            else:
                # an office is named at first mention: someone named with it soon after
                # is likelier than someone named before without it
                later = (
                    self.introduced_after(char, roles, side) if roles <= DISTINCT_ROLES else None
                )
                if later is not None and agrees(later):
                    return later
                candidates = [c for c in candidates if not self._other_role(c[2].key, roles)]
                private = private or roles <= _PLAIN_OCCUPATIONS
        if private:
            # "the Russian soldier tells his wife": an occupation named with no one is no
            # public figure of the registry (Putin is no soldier)
            candidates = [c for c in candidates if not c[2].actor_id]
        if not candidates:
            return None
        going_on = self._went_on(candidates, spoke, pronoun)
        if going_on is not None:
            return going_on
        nearest = min(rank for rank, _, _ in candidates)
        only = candidates[0][2]
        if (
            pronoun is not None
            and gender
            and nearest == 1
            and self._opens_sentence(pronoun)
            and len({c[2].key for c in candidates}) == 1
            and only.key
            and not only.gender
        ):
            # "Cooper couldn't help laugh at the antics. He growled back": the one person
            # the pronoun opening the next sentence can stand for has its gender from now on
            self.pronoun_genders.setdefault(only.key, (gender, char))
        group = sorted((c for c in candidates if c[0] == nearest), key=lambda c: c[1])
        if len({c[2].key for c in group}) > 1 and gender:
            group = [c for c in group if self.gender_of(c[2], char) == gender]
        if len({c[2].key for c in group}) > 1 and pronoun is not None:
            group = self._going_on(group, spoke, pronoun)
        if len({c[2].key for c in group}) > 1 and pronoun is not None:
            group = self._spoke_bare_before(group, pronoun)
        if len({c[2].key for c in group}) > 1 and pronoun is not None:
            group = self._reporter_of_the_others(group)
        if len({c[2].key for c in group}) == 1:
            return group[-1][2]
        return None

    def _reporter_of_the_others(
        self, group: list[tuple[int, int, _Speaker]]
    ) -> list[tuple[int, int, _Speaker]]:
        """The one of ``group`` named as the subject of a verb of speaking whose content
        names all the others ("While Whelan's family members were sad that he wasn't freed,
        they were elated for Griner, David Whelan told the CBC. '...,' he said": David
        Whelan, not his brother he spoke of); else ``group``."""
        first = min(c[1] for c in group)
        start = self.sentence_starts[self.sentence_of(first)]
        reporters = []
        for candidate in group:
            others = [c[1] for c in group if c[2].key != candidate[2].key]
            for mention in self.by_key.get(candidate[2].key, ()):
                if not start <= mention["start_char"] <= max(c[1] for c in group):
                    continue
                token = self._mention_token(mention)
                verb = token.head
                # (not one a passive acts upon: "Mr Lavrov was also condemned by ..., Dani
                # Dayan")
                if token.dep_ != "nsubj" or not _is_reporting(verb):
                    continue
                if token.i > verb.i and token.left_edge.i != verb.i + 1:
                    continue  # a name far after the verb the parser made a second subject
                said = [t.idx for t in verb.subtree if t not in token.subtree]
                if said and all(min(said) <= p <= max(said) for p in others):
                    reporters.append(candidate)
                    break
        return reporters if len({c[2].key for c in reporters}) == 1 else group

    def _spoke_bare_before(
        self, group: list[tuple[int, int, _Speaker]], pronoun: Token
    ) -> list[tuple[int, int, _Speaker]]:
        """Of people equally near, the one whose bare verb of speaking closes the sentence
        before the pronoun's, the quote that follows being what was said ("Zelensky
        politely declined the gift, but Penn insisted. '...,' he said": Penn); the group
        as it is otherwise."""
        sentence = self.sentence_of(pronoun.idx)
        if sentence == 0:
            return group
        start = self.sentence_starts[sentence - 1]
        end = self.sentence_starts[sentence]
        words = [t for t in self.doc[self._token_at(start) : self._token_at(end)] if not t.is_punct]
        verb = words[-1] if words else None
        if verb is None or self.in_quote(verb) or not _is_reporting(verb):
            return group
        if any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep") for c in verb.children):
            return group
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN":
            return group
        named = self.mentions_in(subject.left_edge.idx, subject.idx + len(subject.text))
        keys = {_mention_key(m) for m in named}
        return [c for c in group if c[2].key in keys] or group

    def _went_on(
        self, candidates: list[tuple[int, int, _Speaker]], spoke: set[int], pronoun: Token | None
    ) -> _Speaker | None:
        """The one who spoke last, when "he added" goes on right after his words, in the
        same or the next sentence, with no one named since ("When ABC News’ Jonathan Karl
        noted that ..., Mulvaney said, '...' 'Get over it,' he added": Mulvaney, though Karl
        is the subject named nearer)."""
        if pronoun is None or pronoun.dep_ not in _SUBJECTS:
            return None
        if _verb_lemma(pronoun.head) not in _GOING_ON_VERBS:
            return None
        last = _last_to_speak(candidates, spoke)
        if last is None or self.sentence_of(pronoun.idx) - self.sentence_of(last[1]) > 1:
            return None
        if any(c[1] > last[1] and c[2].key != last[2].key for c in candidates):
            return None  # someone named after those words
        if self._reported_within(last[1]):
            return None
        return last[2]

    def _going_on(
        self, group: list[tuple[int, int, _Speaker]], spoke: set[int], pronoun: Token
    ) -> list[tuple[int, int, _Speaker]]:
        """Of people equally near, the one who spoke last, when the pronoun's verb goes
        on with what was said ("Costa's comments came after Olaf Scholz said, '...' He
        added: '...'" is Scholz's); the group as it is for any other verb."""
        if pronoun.dep_ not in _SUBJECTS or _verb_lemma(pronoun.head) not in _GOING_ON_VERBS:
            return group
        last = _last_to_speak(group, spoke)
        if last is None or self._reported_within(last[1]):
            # not one whose words another reports ("Peskov went on to say that Putin has
            # explained that '...' The Russian leader, he added, ...": Peskov goes on)
            return group
        return [c for c in group if c[2].key == last[2].key]

    def _reported_within(self, char: int) -> bool:
        """Whether the words or the verb of speaking at ``char`` lie in what another verb
        of speaking reports: two such verbs on the way up from there."""
        token = self.doc[self._token_at(char)]
        while token.is_punct and token.i > 0:
            token = self.doc[token.i - 1]  # a quote's last word, not its full stop
        chain = [token, *token.ancestors]
        return sum(1 for t in chain if _is_reporting(t) and not self.in_quote(t)) > 1

    def _reported_by(self, token: Token, pronoun: Token) -> bool:
        """Whether ``token`` lies in the content the pronoun's own verb of speaking
        reports, in its sentence ("Putin is a tyrant, he added"; "he said Putin was ..."):
        the one spoken of, not the speaker."""
        verb = pronoun.head
        if pronoun.dep_ not in _SUBJECTS or token.sent != pronoun.sent or not _is_reporting(verb):
            return False
        if any(c.dep_ == "ccomp" and token in c.subtree for c in verb.children):
            return True
        # a parenthetical verb the parser hung on its content: "Putin is a tyrant, he added"
        return (
            verb.dep_ in ("parataxis", "ccomp")
            and token.i < verb.i
            and token in verb.head.subtree
            and token not in verb.subtree
        )

    def _question_before(self, pronoun: Token) -> Token | None:
        """The "ask" (outside quotes) of the sentence before the answer a pronoun
        attributes: before the quotation that ends right before the pronoun, else before
        the pronoun's own sentence ("'...?' X asked him. 'No,' he responded")."""
        before = [(a, b) for a, b in self.quoted if b <= pronoun.idx]
        gap = doc_text(self.doc)[before[-1][1] : pronoun.idx] if before else None
        if gap is not None and not gap.strip(" ,’'\"”"):
            last = self._token_at(before[-1][0]) - 1  # the word before the opening mark
        else:
            last = pronoun.sent.start - 1
        while last >= 0 and (self.doc[last].is_quote or self.doc[last].is_space):
            last -= 1
        asked = next((a for a, b in self.quoted if last >= 0 and a <= self.doc[last].idx < b), None)
        if asked is not None:
            # the question itself runs to the answer ("Raddatz pressed Sullivan ...: '... (It)
            # sounds like ...' '...,' he argued"): the sentence that opens it asks
            last = self._token_at(asked) - 1
            while last >= 0 and (self.doc[last].is_quote or self.doc[last].is_space):
                last -= 1
        if last < 0:
            return None
        return next(
            (
                t
                for t in self.doc[last].sent
                if (t.lemma_.lower() == "ask" or _questions_before_colon(t))
                and not self.in_quote(t)
            ),
            None,
        )

    def _asker_before(self, pronoun: Token, ask: Token | None) -> str | None:
        """The key of the one who asked "him"/"her" right before, when the pronoun answers
        ("'...?' prosecutor Michael Keilty asked him. 'No,' he responded": the one asked
        answers, not the asker; so does "'...?' CNN's John Berman asked him. '...,' he
        said")."""
        if ask is None or pronoun.head.lemma_.lower() not in _ANSWERS | {"say"}:
            return None
        asked = any(c.dep_ == "dobj" and c.lower_ in ("him", "her") for c in ask.children)
        subject = next((c for c in ask.children if c.dep_ == "nsubj"), None)
        if asked and subject is not None and subject.lower_ not in PRONOUN_GENDERS:
            found = self._named_speaker(subject, ask)
            return found[0].key if found is not None and found[0].key else None
        return None

    def _one_asked_before(self, pronoun: Token, ask: Token | None) -> _Speaker | None:
        """The person asked right before by a role ("'...?' Stephanopoulos asked the
        ambassador. '...,' she said"), when the role resolves to a person of the
        pronoun's gender."""
        if ask is None or not _is_reporting(pronoun.head) or pronoun.lower_ not in PRONOUN_GENDERS:
            return None
        role = next((c for c in ask.children if c.dep_ == "dobj"), None)
        if role is None:
            return None
        # or the one named whom a question was put to ("Raddatz pressed Sullivan on ...:
        # '...' '...,' he argued")
        named = role.pos_ == "PROPN" and _questions_before_colon(ask)
        if not named and (role.pos_ != "NOUN" or role.lower_ not in PERSON_ROLES):
            return None
        if not named and not any(c.lower_ == "the" for c in role.children):
            return None
        found = self.speaker_of(role)
        gender = PRONOUN_GENDERS[pronoun.lower_]
        if found.kind == "person" and found.key and found.gender in ("", gender):
            return found
        return None

    def resolve_pronoun(self, pronoun: Token) -> _Speaker | None:
        """The person "he"/"she" stands for (see :meth:`resolve`), memoised per token.

        A reader follows a chain of pronouns: the nearest earlier "he" that is
        the subject of a clause (outside quotes, within :data:`_HISTORY_SENTENCES`
        sentences) stands for the same person, as near as that pronoun, unless
        someone else is named nearer ("Nazarii, 17, ... while he waited. ... he is
        still in Ukraine. '...,' he said").
        """
        memo = (pronoun.i, self.quoted_keys)
        if memo in self.pronouns:
            return self.pronouns[memo]
        self.pronouns[memo] = None  # no cycles
        chained = None
        window = self.history_start(pronoun.idx)
        for token in reversed(self.doc[: pronoun.i]):
            if token.idx < window:
                break
            if token.lower_ != pronoun.lower_ or token.dep_ not in _SUBJECTS:
                continue
            if self.in_quote(token):
                continue
            earlier = self.resolve_pronoun(token)
            if earlier is not None:
                distance = self.sentence_of(pronoun.idx) - self.sentence_of(token.idx)
                chained = (distance, token.idx, earlier)
            break
        addressed = frozenset(
            _mention_key(m)
            for m in self.mentions_in(pronoun.sent.start_char, pronoun.sent.end_char)
            if self._addressee(m) and _addressed_by(self._mention_token(m).head, pronoun.head)
        )
        ask = self._question_before(pronoun)
        asker = self._asker_before(pronoun, ask)
        if asker is not None:
            addressed |= {asker}
        asked = self._one_asked_before(pronoun, ask)
        if asked is not None:
            self.pronouns[memo] = asked
            return asked
        found = self.resolve(
            pronoun.idx,
            PRONOUN_GENDERS[pronoun.lower_],
            None,
            chained=chained,
            pronoun=pronoun,
            addressed=addressed,
        )
        found = self._unnamed_nearer(pronoun, found)
        found = self._role_nearer(pronoun, found)
        found = self._unnamed_subject_before(pronoun, found)
        self.pronouns[memo] = found
        return found

    def gender_of(self, speaker: _Speaker, char: int) -> str:
        """A person's gender at ``char``: as known from the registry, an honorific or a
        first name, or else as a "he"/"she" before ``char`` that stood for them gave it."""
        if speaker.gender:
            return speaker.gender
        gender, at = self.pronoun_genders.get(speaker.key or "", ("", char))
        return gender if at < char else ""

    def note_unnamed(self, position: int, speaker: _Speaker) -> None:
        """Remember an unnamed person who spoke at ``position`` (kept in text order)."""
        bisect.insort(self.unnamed_people, (position, speaker), key=lambda item: item[0])

    def note_unnamed_reporters(self) -> None:
        """Remember the unnamed spokespeople and officials who report speech without
        quotation marks ("A Downing Street spokesperson said Johnson told Zelenskiy ...
        She added that ..."), as those quoted are remembered when their quotations are
        read (not any unnamed person: "a doctor told her she didn't need stitches ... she
        explains" is the one told)."""
        for token in self.doc:
            if not _is_reporting(token) or self.in_quote(token):
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.left_edge.lower_ not in UNNAMED_MARKERS:
                continue
            if subject.lower_ not in _OFFICIAL_VOICES:
                continue
            speaker = self.speaker_of(subject)
            if _unnamed_person(speaker):
                self.note_unnamed(subject.idx, speaker)

    def _singular_they(self, pronoun: Token) -> _Speaker | None:
        """The unnamed spokesperson "they added" goes on with: one who spoke in the sentence
        right before, with no one named speaking since ("A government spokesperson said
        the '...' They added the schemes give people '...'", "They said these included
        '...'")."""
        if _verb_lemma(pronoun.head) not in _GOING_ON_VERBS | {"say"}:
            return None
        spoke = [(p, s) for p, s in self.unnamed_people if p < pronoun.idx]
        if not spoke:
            return None
        position, speaker = spoke[-1]
        if self.sentence_of(pronoun.idx) - self.sentence_of(position) != 1:
            return None
        if _head_word(speaker.text or "") not in SPOKES_ROLES:
            return None
        if any(position < p < pronoun.idx for p, _ in self.history):
            return None
        return _Speaker(name=speaker.name or speaker.text, kind="person")

    def _unnamed_nearer(self, pronoun: Token, found: _Speaker | None) -> _Speaker | None:
        """The unnamed person "he"/"she" stands for when that person spoke after anyone
        ``found`` was last named or spoke: "Putin's army ... A man, likely a Russian
        soldier, filming the brawl, said: '...' He added: '...'" is the man's, not Putin's.
        """
        gender = PRONOUN_GENDERS[pronoun.lower_]
        window = self.history_start(pronoun.idx)
        spoke = [
            (position, speaker)
            for position, speaker in self.unnamed_people
            if window <= position < pronoun.idx
            and (not gender or not _gender_of(speaker) or _gender_of(speaker) == gender)
        ]
        if not spoke:
            return found
        position, speaker = spoke[-1]
        head = _person_noun(speaker)
        for token in self.doc[self._token_at(position) : pronoun.i]:
            if (
                token.dep_ in _SUBJECTS
                and token.lower_ in _ONE_PERSON_NOUNS
                and token.lower_ != head
                and not self.in_quote(token)
            ):
                return found  # another unnamed person came on ("the PM's spokesman said")
        if found is not None:
            if not found.key:
                return found
            if self.last_named_at(found.key, pronoun.idx) > position:
                return found
        return _Speaker(name=speaker.name or speaker.text, gender=_gender_of(speaker))

    def _unnamed_subject_before(self, pronoun: Token, found: _Speaker | None) -> _Speaker | None:
        """The unnamed source a pronoun opening its sentence stands for when that source,
        as a definite noun ("the Russian soldier"), is the subject of the sentence before,
        which names no one: "... 300,000 men ordered to mobilise by Vladimir Putin. ... the
        Russian soldier highlighted the state of the vehicles. He told his partner: '...'"
        is the soldier's, introduced before as "a Russian soldier"."""
        sent = pronoun.sent
        open_to = found is None or found.key or found.actor_id  # not an unnamed one found
        # the pronoun opens its sentence or is the subject of its main verb ("Asking
        # forgiveness of the widow earlier, he said: '...'")
        opens = pronoun.i == sent.start or (
            pronoun.dep_ == "nsubj" and pronoun.head.i == sent.root.i
        )
        if not opens or sent.start == 0 or not open_to:
            return found
        before = self.doc[sent.start - 1].sent
        named_there = self.mentions_in(before.start_char, before.end_char)
        if any(m["actor_type"] == "person" for m in named_there):
            return found
        subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ not in _ONE_PERSON_NOUNS:
            # 'The agency also released a video in which the suspect ... confessed': the one
            # person the sentence's clauses have for subject
            people = [
                t
                for t in before
                if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _ONE_PERSON_NOUNS
            ]
            subject = people[0] if len(people) == 1 else subject
        gender = PRONOUN_GENDERS[pronoun.lower_]
        if (
            subject is None
            or subject.lower_ not in _ONE_PERSON_NOUNS
            or self.in_quote(subject)
            or not any(c.lower_ == "the" for c in subject.lefts)
            or (gender and ROLE_GENDERS.get(subject.lower_, gender) != gender)
        ):
            return found
        resolved = self.speaker_of(subject)
        if resolved.key or resolved.actor_id:
            # "the ministerial adviser explained. He emphasized": Andrusiv's; "The soldier had
            # no answer to that. ... he said": the soldier named before (Shishimarin), not a
            # Putin named since in a widow's question
            named = resolved.kind == "person" and gender in (
                "",
                self.gender_of(resolved, sent.start_char),
            )
            return resolved if named and not self._last_named_as_subject(found, subject) else found
        words = resolved.name or self.unnamed_before(subject)
        if not words and found is None:
            # met first as a definite noun ('a video in which the suspect ... confessed'),
            # with no one else for the pronoun to stand for
            words = self.doc[subject.left_edge.i : subject.i + 1].text
        if not words:
            return found
        return _Speaker(name=words, gender=gender)

    def _last_named_as_subject(self, found: _Speaker | None, before: Token) -> bool:
        """Whether ``found`` was last named before ``before`` as the subject of a sentence's
        main verb ("Carlson, meanwhile, has been a favorite ... The Fox News host has ...
        he promoted": the chain of subjects holds), not in a phrase about something else
        ("citing Russian President Vladimir Putin's justification", "with alliance head Jens
        Stoltenberg saying ...")."""
        if found is None or not found.key:
            return False
        named = [m for m in self.by_key.get(found.key, []) if m["end_char"] <= before.idx]
        token = self._mention_token(named[-1]) if named else None
        return token is not None and token.dep_ in _SUBJECTS and token.head.dep_ == "ROOT"

    def last_named_at(self, key: str, char: int) -> int:
        """Where the person of ``key`` was last named or spoke before ``char``, or -1."""
        named = [p for p, s in self.history if s.key == key and p < char]
        named += [m["start_char"] for m in self.by_key.get(key, []) if m["start_char"] < char]
        return max(named, default=-1)

    def _role_nearer(self, pronoun: Token, found: _Speaker | None) -> _Speaker | None:
        """The person an office stands for when that office spoke, in the sentence before the
        pronoun's or in its own, and no one was named (outside quotes) since: "Josep Borrell
        argued ... The region's governor denied that ... '...,' he told RIA Novosti" is
        the governor's (Anton Alikhanov, introduced with the office). Only a person
        introduced with the office and named before it counts, and only when ``found``
        holds no such office; but when the pronoun stands for no one (``found`` None), the
        office counts however it was resolved ("The Ukrainian president ... said he had
        ordered ... He said: '...'", Zelensky named only later)."""
        gender = PRONOUN_GENDERS[pronoun.lower_]
        sentences: set[int] = set()
        for token in reversed(self.doc[: pronoun.i]):
            if self.in_quote(token):
                continue  # the sentences of the quote the pronoun attributes do not count
            sentences.add(token.sent.start)
            if len(sentences) > 2:
                return found
            office = _ROLE_ABBREVIATIONS.get(token.lower_, token.lower_)
            if token.dep_ not in _SUBJECTS or office not in DISTINCT_ROLES:
                continue
            if not _is_reporting(token.head):
                continue
            role = self.speaker_of(token)
            if (
                role.kind != "person"
                or not role.key
                or (found is not None and role.key == found.key)
            ):
                return found
            if gender and role.gender and role.gender != gender:
                return found
            # a pronoun that stands for no one takes the office that spoke, however it was
            # resolved ("The Ukrainian president ... said he had ordered ... He said: '...'",
            # Zelensky named nowhere)
            sure = found is None
            if not sure and not self._introduced_as(role.key, office, token.idx):
                return found  # a role resolved by nearness alone is no surer than the pronoun
            if found is not None and self._introduced_as(found.key, office, token.idx):
                return found  # "The UK prime minister ... He said": Johnson holds the office
            if not sure and not any(
                m["start_char"] < token.idx for m in self.by_key.get(role.key, [])
            ):
                return found  # the role stands for someone named only later
            end = self.speaker_range(token)[1]
            if any(
                m["actor_type"] == "person" and not self._char_in_quote(m["start_char"])
                for m in self.mentions_in(end, pronoun.idx)
            ):
                return found  # "... US State Department spokesman Ned Price said ... He added"
            return role
        return found

    def speaker_after(
        self,
        char: int,
        gender: str,
        side: str | None,
        *,
        kind: str = "person",
        roles: frozenset[str] = frozenset(),
    ) -> _Speaker | None:
        """A role no one named before stands for the person who speaks next, in its own or
        the next sentence ("Poland's president has said ... 'unfortunate accident' ...
        Andrzej Duda said"), the first who agrees in gender and side. A role in the
        article's first sentences reaches :data:`_LEAD_AFTER_SENTENCES` sentences on: a
        news lead names the office and the story the person ("NATO's secretary general
        said ... Jens Stoltenberg told CBS News"). With ``kind`` "organization", a body
        described before its name ("the national energy company that runs the plant
        said. ... Energoatom said"). One introduced with an office other than ``roles``
        holds none of them ("Russia's defense minister had claimed ... Russian President
        Vladimir Putin on Thursday also claimed")."""
        sentence = self.sentence_of(char)
        limit = sentence + (_LEAD_AFTER_SENTENCES if sentence < _LEAD_SENTENCES else 1)
        for position, speaker in self.history:
            if position <= char or speaker.kind != kind:
                continue
            if self.sentence_of(position) > limit:
                return None
            gender_ok = not gender or not speaker.gender or speaker.gender == gender
            side_ok = not side or not speaker.side or speaker.side == side
            if roles and self._other_role(speaker.key, roles):
                continue
            if gender_ok and side_ok:
                return speaker
        return None

    def same_role_before(self, role: Token) -> _Speaker | None:
        """The person the same role stood for as a speaker a few sentences before ("the
        Kremlin's spokesman claimed ... Dmitry Peskov said ... the Kremlin spokesman
        stressed"), within :data:`_SAME_ROLE_SENTENCES` sentences; further back (up to
        :data:`_SAME_ROLE_FAR_SENTENCES`) when no one else named since was introduced with
        that role ("The Russian ambassador ... Andrei Kelin ... the ambassador said ...
        (thirteen sentences) ... The ambassador went on")."""
        sentence = self.sentence_of(role.idx)
        near = self.sentence_starts[max(0, sentence - _SAME_ROLE_SENTENCES)]
        first = self.sentence_starts[max(0, sentence - _SAME_ROLE_FAR_SENTENCES)]
        for earlier in reversed(self.doc[: role.i]):
            if earlier.idx < first:
                return None
            if earlier.lower_ != role.lower_ or self.in_quote(earlier):
                continue
            if self._role_office(earlier) != self._role_office(role):
                continue  # "The president said ... the vice president said"
            if len({_nationality(earlier), _nationality(role)} - {None}) > 1:
                continue  # "The French leader called ... The Russian leader insisted"
            if len({self._role_side(earlier), self._role_side(role)} - {None}) > 1:
                continue  # "Russia's president said ... The Ukrainian president said"
            verb = earlier.head
            if _unperformed(verb) and self._in_content(verb):
                continue  # "saying the country's president, Vladimir Putin, is not joking"
            if earlier.dep_ in _SUBJECTS and (_is_reporting(verb) or _issues_speech(verb)):
                found = self.speaker_of(earlier)
                if earlier.idx < near and not self._held_far_back(found, role, earlier):
                    return None
                side = self._role_side(role)
                if side and found.side and found.side != side:
                    return None  # "The president said ... The Ukrainian president said"
                return found if found.kind == "person" and found.name else None
        return None

    def _held_far_back(self, found: _Speaker, role: Token, earlier: Token) -> bool:
        """Whether the person a role stood for far back (:meth:`same_role_before`) still
        holds it at ``role``: named before that earlier role (not one named only after it,
        as "The UK prime minister ... Prime Minister Winston Churchill" may be read), and
        no one else introduced with the role since (:meth:`_other_holder`)."""
        named = [m["start_char"] for m in self.by_key.get(found.key, ())]
        if not named or min(named) > earlier.idx:
            return False
        return not self._other_holder(found, role, earlier.idx)

    def _other_holder(self, found: _Speaker, role: Token, since: int) -> bool:
        """Whether a person other than ``found``, named between ``since`` and ``role``
        (outside quotes), was introduced with ``role``'s word or its plural ("Republican
        governors such as Florida's Ron DeSantis ... The governor said")."""
        words = (role.lower_, f"{role.lower_}s")
        for mention in self.mentions_in(since, role.idx):
            if mention["actor_type"] != "person" or self._char_in_quote(mention["start_char"]):
                continue
            key = _mention_key(mention)
            if key == found.key:
                continue
            # "Florida Gov. Ron DeSantis"
            around = {_ROLE_ABBREVIATIONS.get(t.lower_, t.lower_) for t in self._words_around(key)}
            if around & set(words) or any(self._introduced_as(key, w, role.idx) for w in words):
                return True
        return False

    def _main_subject_at(self, char: int) -> bool:
        """Whether the name at ``char`` is the subject of its sentence's main verb."""
        name = self.doc[self._token_at(char)]
        while name.dep_ in ("compound", "flat") and name.head is not name:
            name = name.head
        return name.dep_ in _SUBJECTS and name.head.dep_ == "ROOT"

    def _role_side(self, role: Token) -> str | None:
        """The side a role serves, told by a nationality word ("the Ukrainian president")
        or by a named owner with a side ("Russia's president")."""
        nationality = _nationality(role)
        if nationality:
            return ROLE_NATIONALITY_SIDES[nationality]
        for owner in role.children:
            if owner.dep_ != "poss" or owner.i > role.i:
                continue
            found = self.mentions_in(owner.idx, owner.idx + len(owner.text))
            side = next((m["side"] for m in found if m["side"]), None)
            if side:
                return side
        return None

    def introduced_after(
        self, char: int, roles: frozenset[str], side: str | None
    ) -> _Speaker | None:
        """The first person named after ``char`` with one of ``roles``, within
        :data:`_INTRODUCED_AFTER_SENTENCES` sentences: "his ambassador in Washington
        called ... 'immediate threat' ... Russian Ambassador Anatoly Antonov said"."""
        limit = self.sentence_of(char) + _INTRODUCED_AFTER_SENTENCES
        for mention in self.mentions_in(char, len(doc_text(self.doc))):
            if self.sentence_of(mention["start_char"]) > limit:
                return None
            if mention["actor_type"] != "person" or self._char_in_quote(mention["start_char"]):
                continue
            key = _mention_key(mention)
            if any(self._introduced_as(key, r, char) for r in roles):
                found = self._speaker_from(mention, mention["start_char"], mention["end_char"])
                if not side or not found.side or found.side == side:
                    return found
        return None

    def _other_role(self, key: str | None, roles: frozenset[str]) -> bool:
        """Whether a person is introduced only with offices other than ``roles``; one the
        registry does not know, with no office, by a plain occupation ("NPR White House
        Correspondent Ayesha Rascoe" is not "The president")."""
        asked = SPOKES_ROLES if roles & INTRODUCED_ROLES else roles
        if not asked <= DISTINCT_ROLES:
            return False
        words = list(self._words_around(key))
        held = {t.lower_ for t in words} & DISTINCT_ROLES
        if not held and key and key.startswith(UNREGISTERED_PREFIX):
            named = [(m["start_char"], m["end_char"]) for m in self.by_key.get(key, ())]
            held = {
                t.lower_ for t in words if not any(a <= t.idx < b for a, b in named)
            } & _PLAIN_OCCUPATIONS  # not the name's own words ("Sarah Champion")
        same = {_SAME_OFFICE.get(r, r) for r in held}
        return bool(held) and not (held | same) & {_SAME_OFFICE.get(r, r) for r in asked}

    def resolve_body(self, char: int, kinds: frozenset[str]) -> _Speaker | None:
        """The body "they"/"it" at ``char`` stands for: the last speaker, if a body.

        A named body that spoke without quotation marks since the last quote, as the
        subject of the main verb of speaking of one of the sentences before, is nearer
        ("The embassy said the Razoni was the first vessel ... '...,' it said"). An
        unnamed speaker ("the unnamed source said") after that body blocks it.
        """
        sentence = self.sentence_of(char)
        unnamed = max((p for p in self.unnamed if p < char), default=-1)
        quoted = max((p for p, _ in self.history if p < char), default=-1)
        sent = self.doc[self._token_at(char)].sent
        for _ in range(_BODY_SENTENCES):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
            if max(quoted, unnamed) >= sent.start_char:
                break
            spoke = self._main_speaker(sent)
            named = spoke is not None and (spoke[0].actor_id or spoke[0].key or spoke[0].name)
            if named and spoke[0].kind in kinds:
                return spoke[0]
        for position, speaker in reversed(self.history):
            if position >= char:
                continue
            if position < unnamed:
                return None
            if sentence - self.sentence_of(position) > _BODY_SENTENCES:
                return None
            return speaker if speaker.kind in kinds and (speaker.actor_id or speaker.key) else None
        return None

    def _holds_clause_of(self, mention: dict, pronoun: Token) -> bool:
        """Whether a pronoun lies in a clause hung on a name ("Nazarii, who ... he")."""
        span = self.doc.char_span(
            mention["start_char"], mention["end_char"], alignment_mode="expand"
        )
        if span is None or not len(span):
            return False
        root = span.root
        # not the clause's own subject: "Putin, who he says he knows 'too well'" is the one
        # he knows, "his father, Gustav, who he said had to live with shame" the one he
        # spoke of (and "a conference with Zelensky, in which he urged" may be anyone's)
        return any(
            child.dep_ in ("relcl", "acl")
            and pronoun in child.subtree
            and not (pronoun.head == child and pronoun.dep_ in _SUBJECTS)
            for child in root.children
        )

    def _aside_penalty(self, position: int, char: int) -> int:
        """Sentences added to the distance of one who spoke at ``position`` from a
        pronoun or role at ``char``: one for a verb of speaking in a relative clause, an
        aside on a name ("Moore echoed William Burns, who said ... But, he said, '...'"
        is Moore's), or in an adverbial clause of an earlier sentence ("when Eric
        Swalwell criticized ..., noting that ..., Carlson was not happy. '...,' he
        griped" is Carlson's; but "While Zelensky admitted ..., on Friday he announced"
        is Zelensky's), none for any other."""
        i = self._token_at(position)
        if i >= len(self.doc):
            return 0
        clause = _first_conjunct(self.doc[i]).dep_
        earlier = self.sentence_of(position) < self.sentence_of(char)
        return _PENALTY_EMBEDDED if clause == "relcl" or (clause == "advcl" and earlier) else 0

    def _names_a_thing(self, mention: dict) -> bool:
        """Whether a person's name is only a word of a thing's name ("the Hitler regime",
        "the Biden administration"): it modifies a common noun after it that names no one
        ("Alexander Kots war correspondent", a comma left out, is the correspondent)."""
        root = self._mention_token(mention)
        head = root.head
        if root.dep_ != "compound" or head.pos_ != "NOUN" or head.i < root.i:
            return False
        return head.lower_ not in _ONE_PERSON_NOUNS and head.lower_ not in PERSON_ROLES

    def _distance_penalty(self, mention: dict) -> int:
        """Sentences added to a mention's distance.

        0 for the subject of a main clause, the agent of a passive one whose subject is
        words or a view ("This sentiment was echoed by X") or the X of "according to X", 1
        for the subject of another clause, 3 for any other mention.
        """
        span = self.doc.char_span(
            mention["start_char"], mention["end_char"], alignment_mode="expand"
        )
        if span is None or not len(span):
            return _PENALTY_OTHER
        root = span.root
        if _left_subject_of_root(span):
            return 0  # "..., White House press secretary Karine Jean-Pierre declined to ..."
        if _named_before_role_subject(span):
            return 0  # "Serhiy Haidai, Ukraine's governor of Luhansk, said"
        if root.dep_ == "appos":
            root = root.head
        if root.dep_ == "attr" and root.head.lemma_ == "be" and root.head.dep_ == "ROOT":
            return 0  # a person introduced by a copula: "One of them is Ohla"
        if root.dep_ == "pobj" and root.head.lower_ == ACCORDING_TO[1]:
            return 0 if root.head.head.lower_ == ACCORDING_TO[0] else _PENALTY_OTHER
        if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.dep_ == "ROOT":
            # the agent of a passive main verb whose subject is words or a view: "This
            # sentiment was echoed by Mr Wallace", "A similar opinion was shared by ..." (not
            # "Melnik was sacked by President Zelensky", "The pair were brought together by")
            passive = root.head.head
            subject = next((c for c in passive.children if c.dep_ == "nsubjpass"), None)
            if subject is not None and subject.lemma_.lower() in SPEECH_NOUNS | _VIEW_NOUNS:
                return 0
            if _judged_by_agent(passive):
                return 0  # "Mr Lavrov was also condemned by the head of ..., Dani Dayan"
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "including"
            and _is_reporting(root.head.head.head)
        ):
            root = root.head.head  # "Some, including Nachman Shai, ..., said": one of them
        elif (
            root.dep_ == "conj"
            and root.head.lower_ in PERSON_ROLES
            and root.head.dep_ in ("nsubj", "nsubjpass")
            and not any(
                m["actor_type"] == "person"
                for m in self.mentions_in(root.head.left_edge.idx, span.start_char)
            )
        ):
            # "security strategist and former CIA officer Matthew Kroenig analysed ...": the
            # parser joined the name to the first of its roles, the subject
            root = root.head
        if (
            root.dep_ == "poss"
            and root.head.lower_ in SPEECH_NOUNS | _ANSWER_NOUNS
            and root.head.dep_ in ("nsubj", "nsubjpass")
        ):
            # "Mr Chalmers' response was unlikely to calm ... '...,' he said" (but not
            # "he did not trust Mr Zelensky's remarks. '...,' he said")
            return 0
        if root.dep_ not in ("nsubj", "nsubjpass"):
            return _PENALTY_OTHER
        if root.dep_ == "nsubjpass" and root.head.dep_ == "ROOT" and _judged_by_agent(root.head):
            return _PENALTY_OTHER  # the one judged, spoken of: "Mr Lavrov was condemned by"
        verb = _first_conjunct(root.head)
        listed = verb.dep_ == "advcl" and verb.head.dep_ == "ROOT" and verb.i < verb.head.i
        if listed and not any(c.dep_ in (*_SUBJECTS, "expl") for c in verb.head.children):
            # "Skabeyeva has spread theories, overstated successes, ...": the parser made
            # the first of the listed verbs a clause of a later one that has no subject
            return 0
        if verb.dep_ == "ROOT" and any(c.dep_ == "mark" for c in verb.children):
            # "He urged leaders to supply weapons, so Putin could be defeated": the parser
            # made the clause of purpose the sentence's root and the main clause its object
            return _PENALTY_EMBEDDED
        return 0 if verb.dep_ == "ROOT" else _PENALTY_EMBEDDED

    def _introduced_as(self, key: str | None, role: str, char: int) -> bool:
        """Whether a person is named with a role ("Kremlin spokesman Dmitry Peskov").

        The role word at ``char`` itself (the one being resolved) does not count.
        """
        at = self._token_at(char)
        press = (
            role == "secretary" and 0 < at < len(self.doc) and self.doc[at - 1].lower_ == "press"
        )
        # "Kremlin spokesman Dmitry Peskov ... the Kremlin press secretary": the same office
        # "singer Maria Burmaka ... said the musician": a word for the field holds its trades
        roles = (
            SPOKES_ROLES if role in INTRODUCED_ROLES or press else _ROLE_FIELDS.get(role, {role})
        )
        for position, speaker in self.history:
            if position >= char:
                break
            # the same role resolved to this person before ("the Kremlin's spokesman ...
            # Dmitry Peskov said ... the Kremlin spokesman stressed")
            if speaker.key == key and speaker.text and self._names_role(speaker, roles):
                return True
        asked = self._role_office(self.doc[at]) if at < len(self.doc) else ""
        return any(
            _role_word(t, roles) and t.idx != char and self._role_office(t) == asked
            for t in self._words_around(key)
        )

    def _of_nation(self, person: _Speaker, nationality: str) -> bool:
        """Whether a person may hold a role of ``nationality`` ("the Turkish president"):
        one introduced with that nationality word ("his Turkish counterpart Recep Tayyip
        Erdogan"; "US President Joe Biden" is "the American president") or with none, not
        one introduced with another only ("Serbian President Aleksandar Vucic", "Belarusian
        leader Aleksandr Lukashenko" is no "Russian leader")."""
        # (one nation's words are one: "US", "U.S." and "American" are the United States')
        nation = DEMONYM_SIDES.get(nationality, nationality)
        words = [t for t in self._words_around(person.key) if t.dep_ in ("amod", "compound")]
        # (and the modifiers of a role right before a name, however parsed: "his Turkish
        # counterpart Recep Tayyip Erdogan"; not a host country, "ambassador to the US
        # Anatoly Antonov")
        for mention in self.by_key.get(person.key, ()):
            first = self._token_at(mention["start_char"])
            role = self.doc[first - 1] if first > 0 else None
            if role is not None and role.lower_ in PERSON_ROLES | _COUNTERPARTS:
                words += [c for c in role.children if c.dep_ in ("amod", "compound")]
        around = {
            DEMONYM_SIDES.get(t.lower_, t.lower_)
            for t in words
            if t.lower_ in ROLE_NATIONALITY_SIDES
            and t.pos_ in ("ADJ", "PROPN")
            and not any(w.lower_ in ("to", "in") for w in self.doc[max(0, t.i - 2) : t.i])
        }
        return not around or nation in around

    def _names_role(self, speaker: _Speaker, roles: frozenset[str] | set[str]) -> bool:
        """Whether a speaker's words name one of ``roles`` as a noun ("the Kremlin
        spokesman"; not the adjective of "Biden's official Twitter account", nor the owner
        of "The prime minister's spokesman", nor one who names the speaker: "named by
        ASTRA's source as ...")."""
        span = None
        if speaker.start is not None and speaker.end is not None:
            span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None:
            return bool(roles & set(_words(speaker.text.lower())))
        return any(
            _role_word(t, roles)
            and t.pos_ in ("NOUN", "PROPN")
            and t.dep_ != "poss"
            and not any(a.dep_ == "agent" for a in t.ancestors)
            for t in span
        )

    def _role_office(self, role: Token) -> str:
        """The words that make a role another office: "general" of "Secretary General",
        "Attorney General" (no press secretary, no attorney), "vice" of "the vice
        president" (no president), else ""."""
        doc = self.doc
        before = doc[role.i - 1].lower_ if role.i > 0 else ""
        after = doc[role.i + 1].lower_ if role.i + 1 < len(doc) else ""
        rank = before if before in _OFFICE_RANKS else ""
        return f"{rank} {after if after in _OFFICE_WORDS else ''}".strip()

    def former_holder(self, role: Token, roles: frozenset[str]) -> _Speaker | None:
        """The one person named before as a former holder of the role, for "the former
        president" ("Former President Donald Trump ... Russian President Vladimir Putin
        ... the former president called it 'genius'" is Trump, not Putin)."""
        if not any(c.lower_ in ("former", "ex") and c.i < role.i for c in role.children):
            return None
        found: dict[str | None, dict] = {}
        for mention in self.mentions_in(0, role.idx):
            if mention["actor_type"] != "person" or self._char_in_quote(mention["start_char"]):
                continue
            key = _mention_key(mention)
            if key in found:
                continue
            around = [t.lower_ for t in self._words_around(key) if t.idx < role.idx]
            if any(r in around for r in roles) and ("former" in around or "ex" in around):
                found[key] = mention
        if len(found) != 1:
            return None
        (mention,) = found.values()
        return self._speaker_from(mention, mention["start_char"], mention["end_char"])

    def _same_owner(self, role: Token, later: _Speaker | None) -> bool:
        """Whether a person named after a role that another office holds is introduced
        with that office: not "the prime minister's official spokesman ... RAC spokesman
        Simon Williams" (a role of a body or a state may be named without it: "Poland's
        president ... President Andrzej Duda")."""
        owner = next((c for c in role.children if c.dep_ == "poss"), None)
        if later is None or owner is None or owner.lower_ not in PERSON_ROLES:
            return later is not None  # "Poland's president ... President Andrzej Duda"
        return any(t.lower_ == owner.lower_ for t in self._words_around(later.key))

    def _words_around(self, key: str | None) -> Iterator[Token]:
        """The words within :data:`_ROLE_TOKENS` of each mention of a person, in the
        mention's phrase or the role it is apposed to: where a role introduces the name
        ("Kremlin spokesman Dmitry Peskov", "Anatoly Antonov, Russia's ambassador", "their
        host Serena Last")."""
        for mention in self.by_key.get(key, ()):
            span = self.doc.char_span(
                mention["start_char"], mention["end_char"], alignment_mode="expand"
            )
            if span is None:
                continue
            near = range(span.start - _ROLE_TOKENS, span.end + _ROLE_TOKENS)
            yield from (t for t in span.root.subtree if t.i in near)
            if span.root.dep_ == "appos" and span.root.head.i in near:
                yield span.root.head  # "their host, Serena Last": the role it is apposed to
            as_ = span.root.head  # "Republican governors such as Ron DeSantis"
            if (
                span.root.dep_ == "pobj"
                and as_.lower_ == "as"
                and as_.i > 0
                and self.doc[as_.i - 1].lower_ == "such"
                and as_.head.i in near
            ):
                yield as_.head

    def _char_in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self.quoted, (char, float("inf"))) - 1
        return i >= 0 and self.quoted[i][0] <= char < self.quoted[i][1]


def _after_which(verb: Token) -> bool:
    """Whether a verb opens with a preposition and "which" ("at which the crowd responded",
    "after which he added"): a clause about what followed the words before it."""
    return any(
        c.dep_ == "prep" and c.i < verb.i and any(g.lower_ in ("which", "whom") for g in c.children)
        for c in verb.children
    )


def _names_after_for(prep: Token) -> bool:
    """Whether a "for" goes on with a body's name ("The Organisation for the Prohibition of
    Chemical Weapons"): its object is written with a capital."""
    return any(c.dep_ == "pobj" and c.text[:1].isupper() for c in prep.children)


def _published(writing: Token) -> bool:
    """Whether a writing is the object of a verb of publishing ("RT published a report") or
    the medium of its verb ("detailed in a report")."""
    return writing.dep_ == "pobj" or writing.head.lemma_ in _WRITTEN_BY


def _source_of(to: Token) -> Token | None:
    """The X of "according to X": the object of its "to"."""
    return next((c for c in to.children if c.dep_ == "pobj"), None)


def _author_of(noun: Token) -> Token | None:
    """The Y of a common noun's "by Y" ("a post by Sergiy Tomilenko"); else None."""
    if noun.pos_ != "NOUN":
        return None
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    return None if by is None else next((c for c in by.children if c.dep_ == "pobj"), None)


def _no_source(to: Token) -> bool:
    """Whether the "to" of "according to" names a course, not a source ("going according
    to plan", "according to the rules")."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _COURSE_NOUNS for c in to.children)


def _asked_before_name(verb: Token) -> Token | None:
    """The name after "Asked" opening a sentence that ends in a colon before a quotation
    ("Asked Biden last week: '...'"): the parser made the asker the object of "asked"."""
    if verb.lower_ != "asked" or verb.i != verb.sent.start or verb.tag_ != "VBD":
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    name = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    if name is None or name.left_edge.i != verb.i + 1:
        return None
    end = max(c.right_edge.i for c in verb.children if c.i > verb.i and not c.is_punct)
    after = end + 1
    return name if after < len(verb.doc) and verb.doc[after].text == ":" else None


def _inverted_opener(token: Token) -> bool:
    """Whether a word opening its sentence is a verb of speaking in the past put before its
    speaker, which the parser read as part of the name ('Added Gerhardt, "..."')."""
    doc = token.doc
    opens = token.i == token.sent.start or (token.i > 0 and doc[token.i - 1].is_quote)
    return token.dep_ in ("amod", "compound") and opens and said_before_name(token)


def _several_heads(subject: Token, conjuncts: list[Token]) -> bool:
    """Whether coordinated nouns name several speakers, not one person's roles.

    "Trump and his allies" or "Ukraine and the West" are several; "author
    and commentator Candace Owens" is one: at least two of the heads must be
    names, plurals or pronouns.
    """
    heads = [subject, *conjuncts]
    actors = [t for t in heads if t.pos_ in ("PROPN", "PRON") or t.tag_ in ("NNS", "NNPS")]
    return len(conjuncts) > 0 and len(actors) >= 2


def _fold_alias(text: str) -> str:
    """A name case-folded, with one apostrophe and no dots in initials ("the U.K. Ministry of
    Defense" is the registry's "UK Ministry of Defense")."""
    folded = " ".join(text.replace("’", "'").casefold().split())
    return _INITIALS.sub(lambda m: m.group(0).replace(".", ""), folded)


#: Dotted initials ("u.k.", "u.s.").
_INITIALS = re.compile(r"\b(?:[a-z]\.){2,}")


def _organisation_aliases(actors: dict) -> dict[str, str]:
    """``{folded alias: actor_id}`` of the registered organisations (aliases of one only)."""
    found: dict[str, set[str]] = {}
    for actor_id, actor in actors.items():
        if actor["type"] == "organization":
            for alias in actor["aliases"]:
                found.setdefault(_fold_alias(alias), set()).add(actor_id)
    return {alias: next(iter(ids)) for alias, ids in found.items() if len(ids) == 1}


def _content_of(verb: Token) -> frozenset[int]:
    """Character offsets of the words a verb reports: its content clauses, and the
    sentence around a parenthetical "CONTENT, the representative said"."""
    tokens: list[Token] = []
    for child in verb.children:
        if child.dep_ == "ccomp":
            tokens.extend(child.subtree)
    if verb.dep_ == "parataxis":
        own = {t.i for t in verb.subtree}
        tokens.extend(t for t in verb.head.subtree if t.i not in own)
    return frozenset(t.idx for t in tokens)


def _mention_key(mention: dict) -> str:
    return mention["actor_id"] or f"unregistered:{mention['actor_name']}"


def _how_clause(verb: Token) -> Token | None:
    """The clause of "how" that a verb of telling or describing reports: "describes how his
    commander ordered him", "told of how her mother fled", "spoke about how ..."."""
    if verb.lemma_.lower() not in _HOW_VERBS:
        return None
    for child in verb.children:
        clause = None
        if child.dep_ == "ccomp":
            clause = child
        elif child.dep_ == "prep" and child.lower_ in ("of", "about"):
            clause = next((c for c in child.children if c.dep_ == "pcomp"), None)
        if clause is not None and clause.left_edge.lower_ == "how" and clause.i > verb.i:
            return clause
    return None


def _of_objects(token: Token) -> list[Token]:
    """The words an "of" after ``token`` governs ("lawyers" of "One of her lawyers")."""
    return [o for p in token.children if p.lower_ == "of" for o in p.children]


def _passive_of_what_is_said(verb: Token) -> bool:
    """Whether a passive verb of speaking has what is said for its subject ("the sanctions
    ... were announced over the weekend when ...", a subject the parser may have given to
    the verb before): it reports no clause of its own; not "it was announced that ...",
    nor a verb whose passive subject is the one addressed ("Ukrainians were warned
    that ...")."""
    if verb.lemma_.lower() in _ADDRESSING_VERBS | _PROMISING_VERBS:
        return False
    # "He’s argued that": the tagger's passive "’s" may be a "has"
    passive = any(c.dep_ == "auxpass" and c.lower_ not in ("'s", "’s") for c in verb.children)
    return passive and not any(
        (c.dep_ in _SUBJECTS and c.lower_ == "it")  # "it was announced", "it’s noted that"
        or (c.dep_ == "agent")  # "this was confirmed by the ministry": the speaker named
        for c in verb.children
    )


#: Verbs whose passive subject, as with :data:`_ADDRESSING_VERBS`, is the one promised or
#: told ("Russians were promised that ...", "people have been advised that ...").
_PROMISING_VERBS = frozenset(_words("promise reassure advise notify instruct"))


def _makes_clear(token: Token) -> bool:
    """ "X made it clear that ...": a statement, with its clause hung on "clear"."""
    return token.lemma_.lower() == "make" and any(
        c.lower_ == "clear" and c.dep_ in ("ccomp", "oprd", "acomp", "dobj") for c in token.children
    )


def _expressed_view(token: Token) -> Token | None:
    """The "that" clause of a view someone expressed ("American officials have expressed
    concerns that ...", "expressed optimism that ..."), hung on the view's noun; None for
    another verb or a view the gold does not count as said (:data:`_EXPRESSED_VIEWS`)."""
    if token.lemma_.lower() != "express":
        return None
    for noun in token.children:
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in _EXPRESSED_VIEWS:
            continue
        for clause in noun.children:
            opened = any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
            if clause.dep_ in ("acl", "ccomp") and clause.i > noun.i and opened:
                return clause
    return None


#: Views whose content one states in expressing them (the gold gives each an indirect item);
#: not "hope", "fear" or "belief", which it leaves without one.
_EXPRESSED_VIEWS = frozenset(
    _words(
        "concern disappointment frustration optimism confidence doubt skepticism scepticism "
        "surprise"
    )
)


def _points_out(token: Token) -> bool:
    """ "X pointed out that ...": a statement, its particle right after the verb."""
    after = token.i + 1
    return (
        after < len(token.doc)
        and _phrasal_particle(token, token.doc[after], _POINTING_OUT)
        and any(c.dep_ == "ccomp" for c in token.children)
    )


#: "point out" as a phrasal verb of stating (:func:`_points_out`).
_POINTING_OUT = frozenset({("point", "out")})


def _relative(clause: Token) -> bool:
    """Whether a clause is a relative clause the parser took for content: a relative
    pronoun in it that no relative clause of its own holds ("the full version of
    which will air")."""
    for token in clause.subtree:
        if token.tag_ not in ("WDT", "WP", "WP$") or token.lower_ not in _RELATIVES:
            continue
        if token.dep_ == "det":
            continue  # "an idea of which country ...": a question's determiner, no relative
        if _sentential_relative(clause) is not None and token.i > clause.i:
            continue  # "decreased, which he has called ...": a comment on the whole content
        doc = clause.doc
        if (
            token.i < clause.i
            and any(t.text == "," for t in doc[clause.left_edge.i : token.i])
            and any(t.text == "," for t in doc[token.i : clause.i])
        ):
            # "Zaporozhye Region, 65% of the territory of which is without gas supply, may be
            # the next": an aside on the clause's subject, set off by commas
            continue
        node = token
        while node.i != clause.i and node.dep_ != "relcl" and node.head.i != node.i:
            if node.head.i != clause.i and any(c.dep_ == "relcl" for c in node.children):
                # "bisect the oblast, all of which Russia holds": the parser hung the
                # relative clause on "all", in apposition deep in the content (but "added
                # -- all of which Russia has said are for exercises" is all relative)
                break
            node = node.head
        if node.i == clause.i:
            return True
    return False


#: Forms of "call" after which a quotation is what the caller calls a thing.
_CALLS = frozenset(_words("call calls called term terms termed dub dubs dubbed"))
#: Auxiliaries and adverbs between a caller and "call" ("which he has called", "what they
#: would call", "which he often called").
_AUXILIARIES_OF_CALLING = frozenset(_words("has had have would might may could often also"))
#: Words between "what" and "call" that leave no one calling: a passive, a generic "you".
_NO_CALLER = frozenset(_words("be been being is are was were you"))


def _called_by_someone(before: list[str]) -> bool:
    """Whether the words ``before`` a quotation end in "what" or "which", a subject other
    than "it", and "call" ("what he called its 'neutrality'", "which the White House has
    called", "what Putin calls a"): a word of whoever calls it so, which the `dev/` gold
    quotes, not the distance "what it calls 'provocations'" keeps (a term)."""
    words = [w.casefold() for w in before[-8:]]
    if words and words[-1] in _TERM_DETERMINERS:
        words = words[:-1]
    if len(words) > 1 and words[-1] == "as" and words[-2] in _CALLS:
        words = words[:-1]  # "what he termed as a 'bad peace'"
    if not words or words[-1] not in _CALLS:
        return False
    opener = max((i for i, w in enumerate(words) if w in ("what", "which")), default=None)
    if opener is None:
        return False
    subject = [w for w in words[opener + 1 : -1] if w not in _AUXILIARIES_OF_CALLING]
    if any(w in _NO_CALLER for w in subject) or subject == ["one"]:
        return False  # "what has been called", "what you (or one) might call": no one's
    return bool(subject) and subject != ["it"] and len(subject) <= 4


def _sentential_relative(clause: Token) -> Token | None:
    """The relative clause on a whole content clause that someone named speaks in, set off
    by a comma after it: "He added that [the purchase of chicks decreased], which he has
    called 'majorly concerning'" (the parser's adverbial clause with "which" its object and
    a subject of its own); else None."""
    doc = clause.doc
    for child in clause.children:
        if child.i < clause.i or child.dep_ not in ("advcl", "relcl", "ccomp"):
            continue
        first = child.left_edge
        k = first.i - 1
        while k > 0 and doc[k].is_quote:
            k -= 1  # 'insisted it was "off the record," which NPR has denied'
        if first.lower_ != "which" or first.i == 0 or doc[k].text != ",":
            continue
        if child.dep_ == "ccomp" and first.head != child:
            continue  # "the 'partial mobilisation' he announced, which X said aimed ..., was"
        subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
        speaks = _verb_lemma(child) in REPORTING_VERBS | _NAMING_VERBS
        if subject is not None and subject.i > first.i and speaks:
            return child
    return None


def _issues_speech(token: Token) -> bool:
    """A verb whose object is a noun of speech ("issued a comment", "released a
    statement"): its subject speaks, so a later "it said" stands for it."""
    return token.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ in SPEECH_NOUNS for c in token.children
    )


def _set_off_relative(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause set off by commas on both sides (", which
    first reported the claims,")."""
    if verb.dep_ != "relcl":
        return False
    doc = verb.doc
    start, end = verb.left_edge.i, verb.right_edge.i
    return (
        start > 0 and doc[start - 1].text == "," and end + 1 < len(doc) and doc[end + 1].text == ","
    )


#: Prepositions that make a noun of speech the thing reacted to ("Commenting on recent
#: statements by Macron that ...", "responding to claims from Moscow that ..."), not the
#: channel of the verb's own speaker ("said in a statement Monday that ...").
_REACTING_TO = frozenset({"on", "to", "about", "over", "against"})


def _speech_object_before(verb: Token, clause: Token) -> Token | None:
    """The noun of speech, object of ``verb`` or of a preposition of reacting
    (:data:`_REACTING_TO`), right before a "that" clause the parser hung on the verb
    ("prompted warnings from Moscow that ...", "Commenting on recent statements by Macron
    that ..."), else None."""
    if clause.dep_ != "ccomp" or clause.left_edge.lower_ != "that":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in _REACTING_TO
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return next(
        (
            noun
            for noun in objects
            if noun.lower_ in SPEECH_NOUNS
            and noun.pos_ == "NOUN"
            and noun.right_edge.i + 1 == clause.left_edge.i
        ),
        None,
    )


def _reporting_beside(verb: Token) -> Token | None:
    """The verb of speaking whose speaker goes on in a participle after a comma that the
    parser hung on a sentence about "it": "It comes after Putin warned the West ...,
    adding that he is 'not bluffing'" (Putin adds, not "it")."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or _is_reporting(head):
        return None
    if verb.doc[verb.i - 1].text != ",":
        return None
    subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
    if not subjects or subjects[0].lower_ not in ("it", "this"):
        return None
    before = [
        c
        for c in head.children
        if c.dep_ == "advcl"
        and c.i < verb.i
        and _is_reporting(c)
        and any(s.dep_ in _SUBJECTS for s in c.children)
    ]
    return before[-1] if before else None


def _first_conjunct(token: Token) -> Token:
    """The first of the conjuncts a token belongs to ("said" in "said and added")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _name_asked_for(subject: Token) -> Token | None:
    """The name a speaker asked to be called by or identified as, in a relative clause of the
    speaker's phrase wherever the parser hung it ("A former technician of the nuclear plant,
    who asked to be called Serhii": on "plant")."""
    for clause in subject.subtree:
        if clause.dep_ != "relcl" or clause.lemma_.lower() != "ask":
            continue
        for verb in clause.children:
            if verb.dep_ != "xcomp" or verb.lower_ not in ("called", "identified", "named"):
                continue
            for name in verb.subtree:
                if name.pos_ == "PROPN" and name.dep_ in ("oprd", "attr", "pobj", "dobj"):
                    return name
    return None


def _name_called(clause: Token) -> Token | None:
    """The proper noun a participle after a noun names it by ("a woman named Olga
    Ivanova", "the artist known as WOSKerski", "The commanding officer, named by ASTRA's
    source as Lieutenant Colonel Andrei Lapin", where the parser hangs the "as" on the
    agent, "Another man, who was also named Serhiy"), else None."""
    # "Another man, who was also named Serhiy, ...": a passive relative clause too
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    if clause.dep_ != "acl" and not (clause.dep_ == "relcl" and passive):
        return None
    if clause.lower_ not in ("named", "called", "known"):
        return None
    heads = [c for c in clause.children if c.dep_ in ("oprd", "attr", "dobj")]
    agents = [p for c in clause.children if c.dep_ == "agent" for p in c.children]
    heads += [
        p
        for c in [*clause.children, *(c for a in agents for c in a.children)]
        if c.dep_ == "prep" and c.lower_ == "as"
        for p in c.children
    ]
    names = [h for h in heads if h.pos_ == "PROPN" and h.dep_ in ("oprd", "attr", "dobj", "pobj")]
    if not names or any(t.pos_ != "PROPN" for t in names[0].lefts):
        return None
    return names[0]


def _age_of(token: Token) -> str | None:
    """The age of "the 36-year-old" headed by ``token`` ("old"), or of the noun it
    describes ("the 36-year-old mother"), else None; "the 69-year old" is the same age."""
    if token.lower_ != "old":
        described = (c for c in token.children if c.dep_ == "amod" and c.lower_ == "old")
        return next((_age_of(c) for c in described), None) if token.pos_ == "NOUN" else None
    for year in token.children:
        if year.lower_ in ("year", "years") and year.dep_ in ("npadvmod", "compound"):
            number = next((c for c in year.children if c.like_num and c.dep_ == "nummod"), None)
            if number is not None and number.text.isdigit():
                return number.text
    return None


def _estimate_stated(verb: Token) -> bool:
    """Whether an estimate is someone's statement: it has a subject other than an
    impersonal "it" ("It is estimated that ...") and a finite clause ("officials estimate
    Ukraine has ...", not "estimated the total to be in the hundreds")."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "it" for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return not any(a.lower_ == "to" for c in clauses for a in c.children if a.dep_ == "aux")


def _verb_read_as_noun(token: Token) -> str | None:
    """The lemma of a present-tense verb of speaking the tagger read as a plural noun
    ("claims", "estimates", "insists", "denies"), else None."""
    word = token.lower_
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or not word.endswith("s"):
        return None
    for stem in (word[:-3] + "y" if word.endswith("ies") else None, word[:-2], word[:-1]):
        if stem and stem in CONTENT_VERBS:
            return stem
    return None


def _participle_read_as_noun(token: Token) -> str | None:
    """The lemma of a participle of speaking the tagger read as a noun with a subject of
    its own ("with an official at the ministry stating: '...'"), else None."""
    word = token.lower_
    if token.pos_ != "NOUN" or token.tag_ != "NN" or not word.endswith("ing") or len(word) < 6:
        return None
    if not any(c.dep_ == "nsubj" for c in token.children):
        return None
    stem = word[:-3]
    doubled = stem[:-1] if stem[-1] == stem[-2] else None  # "admitting"
    return next((v for v in (stem, stem + "e", doubled) if v and v in REPORTING_VERBS), None)


def _unnamed_person(speaker: _Speaker) -> bool:
    """Whether a speaker is one person the text introduces without a name: "A man", "a
    Russian soldier", "one local resident" (an indefinite singular noun of a person), or
    a definite one that stands for such ("the Russian soldier" after "a Russian soldier", "the
    unnamed soldier"). Another definite one ("The former Ukrainian politician") may be
    someone named before."""
    if speaker.key or speaker.actor_id or speaker.kind or not speaker.text:
        return False
    words = _letter_words(speaker.name or speaker.text)
    if words[:2] == ["the", "unnamed"]:
        return bool(_person_noun(speaker))  # "the unnamed soldier said"
    if words and words[0] == "the" and words[-1] in _KEPT_UNNAMED:
        # "The hospitalised source said", resolved to no one named (where "the official"
        # or "the spokesman" may be the one named before whom the resolver missed)
        return True
    if words and words[0] == "the":
        return bool(_described_noun(words))  # "The man behind the camera described ..."
    return bool(words) and words[0] in UNNAMED_MARKERS and bool(_person_noun(speaker))


def _described_noun(words: list[str]) -> str:
    """The noun of one person in a definite description that says which one by the words
    after it ("the man behind the camera", "the woman holding the phone"), or "": an
    unnamed person the text introduces so, as "a man" would."""
    roles = _ONE_PERSON_NOUNS - _ASKING_ROLES
    nouns = [
        k
        for k, w in enumerate(words[1:3], start=1)
        if w in roles and words[k + 1 : k + 2] != ["s"]  # not the owner of "the girl's ..."
    ]
    return words[nouns[0]] if nouns and nouns[0] < len(words) - 1 else ""


#: Words that open a phrase saying more of the person noun before them ("a man from ...").
_DESCRIBING_WORDS = frozenset(_words("of from in at with who whose"))


def _person_noun(speaker: _Speaker) -> str:
    """The noun of one person an unnamed speaker is called by ("man" of "A man,"), or "".
    A description may run on past it ("a man complaining about the resources he has",
    which the text then calls "The man"): the head of the words in the article counts
    when the description holds it."""
    roles = _ONE_PERSON_NOUNS - _ASKING_ROLES
    words = _letter_words(speaker.name or speaker.text or "")
    if words and words[-1] in roles:
        return words[-1]
    head = _head_word(speaker.text or "")
    if head in roles and head in words:
        return head
    if words and words[0] in UNNAMED_MARKERS:
        # 'A man from the south-eastern Zaporozhye Region', 'an employee of an active
        # recruiting station in Kiev': the noun the phrase after it says more of
        for k in range(1, min(4, len(words) - 1)):
            if words[k] in roles and words[k + 1] in _DESCRIBING_WORDS:
                return words[k]
    return _described_noun(words) if words and words[0] == "the" else ""


def _letter_words(text: str) -> list[str]:
    """The words of a phrase in lower case, without punctuation ("A man," -> a, man)."""
    return re.findall(r"[a-z]+", text.lower())


def _head_word(text: str) -> str:
    """The last word of a phrase, in lower case ("A man," -> "man"); for one who speaks for
    a body, the word before the body's phrase ("A spokesman for the United Nations High
    Commissioner for Refugees" -> "spokesman"; not "an ally of the Prime Minister", who is
    no voice of his)."""
    words = _letter_words(text)
    cut = next(
        (
            k
            for k, w in enumerate(words)
            if k > 0 and w in _PHRASE_PREPOSITIONS and words[k - 1] in _OFFICIAL_VOICES
        ),
        None,
    )
    words = words[:cut]
    return words[-1] if words else ""


#: Prepositions that open a phrase after a speaker's noun ("a spokesman for the ministry").
_PHRASE_PREPOSITIONS = frozenset(_words("for of at from with in on"))


def _gender_of(speaker: _Speaker) -> str:
    """A speaker's gender, or the one its head noun carries ("A woman" -> "f")."""
    return speaker.gender or ROLE_GENDERS.get(_head_word(speaker.text or ""), "")


def _named_by_apposition(noun: Token, *, who: bool = False) -> Token:
    """The name a description stands in apposition to, where it follows that name
    ("Putin, a longtime KGB officer who has called ..." -> Putin); with ``who``, also
    where the relative clause hangs on a body named in the description ("Valery Markus,
    a senior sergeant of the 47th Armed Forces Battalion, who wrote ..." -> Markus); else
    the noun."""
    head = noun.head
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and head.pos_ == "PROPN" and head.i < noun.i:
        return head
    if who and noun.dep_ == "pobj" and noun.ent_type_ != "PERSON":
        for step in list(noun.ancestors)[:4]:
            if step.dep_ == "appos" and step.pos_ == "NOUN" and step.head.i < step.i:
                named = step.head
                return named if named.pos_ == "PROPN" and named.ent_type_ == "PERSON" else noun
    return noun


def _perfect_progressive(verb: Token) -> bool:
    """Whether a verb is in a perfect progressive form ("had been reporting", "has been
    writing"): an activity going on before, not the act of saying a quote."""
    if verb.tag_ != "VBG":
        return False
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return "been" in auxiliaries


def _verb_lemma(token: Token) -> str:
    """A verb's lemma in lower case, as corrected where the lemmatizer misreads it."""
    return MISREAD_LEMMAS.get(token.lower_, token.lemma_.lower())


#: Verbs that voice what their object names ("raised concerns about ...") and those objects.
_VOICING_VERBS = frozenset(_words("raise voice express"))
_VOICED_NOUNS = frozenset(_words("concern fear doubt objection alarm criticism outrage anger"))


def _voices_concern(token: Token) -> bool:
    """A verb that voices a concern, a fear or an objection, with a subject that can speak:
    "Human Rights Watch raised concerns about 'the lack of protections'" (its quoted words
    are the subject's); not "the move raised concerns"."""
    if token.pos_ != "VERB" or _verb_lemma(token) not in _VOICING_VERBS:
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _VOICED_NOUNS for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and _speaking_subject(subject, bodies=True)  # not "This has ..."


def _done_by_a_thing(verb: Token) -> bool:
    """Whether a verb's subject is a common noun that says nothing: a thing ("the advance
    reaffirms how much ..."), not one who may speak, a body, a writing or a record ("the
    ministry reaffirmed that ...", "the data reaffirm that ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return False
    return not (_may_speak(subject) or subject.lemma_.lower() in _RECORD_NOUNS)


def _speaking_subject(subject: Token, *, bodies: bool = False) -> bool:
    """Whether a subject is a speaker: a name, "he"/"she", a role ("the top diplomat"); with
    ``bodies`` also any personal pronoun and a body ("the charity"). "Data", "This", a
    title in quotation marks are not."""
    pronouns = PRONOUN_GENDERS.keys() | (
        _PERSONAL_SUBJECTS | BODY_PRONOUNS.keys() if bodies else set()
    )
    nouns = PERSON_ROLES | (BODY_NOUNS if bodies else frozenset())
    return subject.pos_ == "PROPN" or subject.lower_ in pronouns or subject.lemma_.lower() in nouns


#: Nouns that describe one person, not as an office or occupation ("the stalwart", "the
#: South Carolina Republican"); and endings that make a noun such a description.
_EPITHET_NOUNS = frozenset(
    _words(
        """
    stalwart republican democrat conservative liberal member pal magnate tycoon mogul star
    legend icon hero heroine bride groom bridegroom mum dad newlywed retiree pensioner
    teenager youngster fan supporter campaigner
    """
    )
)
_EPITHET_ENDING = re.compile(
    r"(?:[a-z]{3}(?<!l)ist|[a-z]{2}alist|ian|[a-z](?:wo)?man|mother|father|wife|husband|daughter)$"
)
#: Descriptions of the article's own writer, never of someone named before ("The
#: columnist urged Washington to ...").
_WRITER_NOUNS = frozenset(_words("columnist"))
#: Head nouns that other rules read (offices, occupations, bodies, writings, nationalities).
_KNOWN_HEADS = (
    PERSON_ROLES
    | _ONE_PERSON_NOUNS
    | ORGANISATION_ROLES
    | _ANY_ORGANISATION_ROLES
    | BODY_SPEAKERS
    | _WRITINGS
    | _RECORD_NOUNS
    | SPEECH_NOUNS
    | frozenset(DEMONYM_SIDES)
)


def _noun_gender(noun: str) -> str:
    """The gender a noun's last part carries, by :data:`ROLE_GENDERS` ("frenchwoman",
    "great-grandmother" -> "f"), or ""."""
    parts = [role for role in ROLE_GENDERS if len(role) >= 3 and noun.endswith(role)]
    return ROLE_GENDERS[max(parts, key=len)] if parts else ""


def _epithet(words: list[Token], subject: Token) -> bool:
    """Whether "the ... NOUN" describes a person named before, with a noun that is no
    office, occupation, body or writing we know (those have rules of their own); not one
    related to another ("The wife of Vladimir Kara-Murza")."""
    noun = subject.lower_
    return (
        len(words) >= 2
        and words[0].lower_ == "the"
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
        and subject.tag_ in ("NN", "NNP")
        and noun not in _KNOWN_HEADS | _WRITER_NOUNS
        and (noun in _EPITHET_NOUNS or _EPITHET_ENDING.search(noun) is not None)
    )


def _addressee(verb: Token, child: Token) -> bool:
    """Whether ``child`` is the one ``verb`` ("told") was said to, not what was said: a
    named person, outlet or body, a personal pronoun, or those who listen ("“...”
    Cheong Seong-Chang, a researcher at the Sejong Institute, told ABC News.")."""
    if child.dep_ != "dobj" or _verb_lemma(verb) != "tell":
        return False
    return (
        child.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")
        or child.pos_ in ("PROPN", "PRON")
        or child.lemma_.lower() in _LISTENERS
    )


def _puts_it(token: Token) -> bool:
    """Whether a verb is the "put it" of '"in the deep freeze", as Jan Egeland puts it':
    the words quoted are the subject's way of saying it."""
    return (
        token.lemma_.lower() == "put"
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].lower_ == "it"
        and token.doc[token.i + 1].head.i == token.i
        and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < token.i for c in token.children)
    )


def _is_phrasal_reporting(token: Token, phrasal: frozenset = PHRASAL_REPORTING) -> bool:
    """A main verb with its particle right after it that reports speech ('"...," Mr
    Trump went on', '"...," Kilmeade chimed in'), one of ``phrasal``; not 'went on to
    say', 'went on television', nor '"...," they cried as the shelling went on'."""
    if token.pos_ != "VERB" or token.dep_ not in ("ROOT", "conj"):
        return False
    after = token.i + 1
    if after >= len(token.doc) or not _phrasal_particle(token, token.doc[after], phrasal):
        return False
    return not any(c.dep_ in ("xcomp", "dobj") for c in token.children)


def _phrasal_particle(verb: Token, word: Token, phrasal: frozenset = PHRASAL_REPORTING) -> bool:
    """Whether ``word`` is the particle of ``verb`` right after it, parsed as a particle,
    a bare preposition or an adverb, and the two are one of ``phrasal``."""
    return (
        word.head.i == verb.i
        and word.i == verb.i + 1
        and word.dep_ in ("prt", "prep", "advmod")
        and not list(word.children)
        and (_verb_lemma(verb), word.lower_) in phrasal
    )


def _particle_of(verb: Token, word: Token) -> bool:
    """Whether ``word``, right after ``verb``, is its particle: parsed as one or as a bare
    preposition ("went on", "chimed in"), or of a phrasal verb of attribution ("fired
    back" with "back" an adverb)."""
    plain = word.dep_ in ("prt", "prep") and not list(word.children)
    return plain or _phrasal_particle(verb, word)


#: Verbs of putting questions to someone, which attribute only the words a colon opens
#: ("Raddatz pressed Sullivan on the message ...: '...'"; not "pressed ahead").
_QUESTIONING_BEFORE_COLON = frozenset(_words("press quiz grill"))


def _questions_before_colon(token: Token) -> bool:
    """Whether a verb of :data:`_QUESTIONING_BEFORE_COLON` puts a question to someone
    named as its object, in the words a colon after it opens."""
    if token.pos_ != "VERB" or _verb_lemma(token) not in _QUESTIONING_BEFORE_COLON:
        return False
    asked = next((c for c in token.children if c.dep_ == "dobj"), None)
    if asked is None or not (asked.pos_ == "PROPN" or asked.lower_ in ("him", "her", "them")):
        return False
    return any(c.text == ":" and c.i > asked.i for c in token.children)


def _is_reporting(token: Token) -> bool:
    if _is_phrasal_reporting(token) or _voices_concern(token) or _puts_it(token):
        return True
    if _questions_before_colon(token):
        return True
    if _reported_from(token):
        return False  # a byline: "Daryna Mayer reported from Kyiv"
    if _verb_read_as_noun(token) and any(c.dep_ == "nsubj" for c in token.children):
        return True  # '"...," the IAEA report states.': a noun with a subject is a verb
    if _participle_read_as_noun(token):
        return True
    lemma = _verb_lemma(token)
    if token.pos_ not in ("VERB", "AUX") or lemma not in REPORTING_VERBS:
        return False
    if lemma in _RECALLED_ONLY and not _done(token):
        return False  # "'...,' he remembered"; not "must remember the words of Scripture: '...'"
    if lemma in INTRANSITIVE_ONLY:
        if lemma in _FINITE_ONLY and token.tag_ not in ("VBD", "VBZ", "VBP"):
            return False  # "what the West has to offer"
        return not any(c.dep_ in ("xcomp", "dobj", "prep", "dative") for c in token.children)
    if lemma in CLAUSE_ONLY:
        # "reassure" only when done: not "is meant to reassure allies that ...", "can be
        # reassured that ..."
        done = lemma not in _DONE_ONLY or _done(token)
        if lemma in _SAID_ONLY and not _said(token):
            return False
        clauses = [c for c in token.children if c.dep_ == "ccomp"]
        if lemma in _THAT_ONLY:
            # "recommended that Ukraine be granted ...", not "would recommend Marcos Jr. and
            # his officials try to ..."
            clauses = [c for c in clauses if any(m.lower_ == "that" for m in c.children)]
        return done and bool(clauses)
    if _participle_after_number(token):
        return False
    if lemma in _BY_SPEAKERS_ONLY:
        # "'...,' Lavrov revealed", "the top diplomat reminded"; not "data for each show
        # revealed that 'House of the Dragon' passed both"
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None or any(t.is_quote for t in subject.subtree):
            return False  # '"Guard" reminds us that ...', '"The Tonight Show" host revealed'
        # "the office of the Prosecutor General disclosed"; not "This newspaper revealed"
        return _speaking_subject(subject) or subject.lower_ in ORGANISATION_ROLES - _MEDIA_ROLES
    if _shown_not_said(token) or _made_to_wonder(token):
        return False
    if lemma in OBJECT_NOT_SPEECH:
        text = doc_text(token.doc)
        for child in token.children:
            if child.dep_ != "dobj" or child.i < token.i or child.pos_ not in ("NOUN", "NUM"):
                continue
            between = text[token.idx + len(token) : child.idx]
            # 'added "multiple concurrent threats" ...' reports words; 'boasts an informal
            # "IT army"', the marks inside the object after its determiner, names a thing
            first = child.left_edge
            named = first.pos_ == "DET" and not text[token.idx + len(token) : first.idx].strip()
            if not named and any(mark in between for mark in (":", *_DOUBLE, *_SINGLE)):
                continue
            if _speaker_after_quote(token, child) and child.lower_ not in _TOLL_NOUNS:
                continue  # "'We are Ukraine,' added her husband": the speaker after the verb
            if not _object_split_from_clause(token, child):
                return False
    return True


def _withheld_detail(verb: Token) -> bool:
    """Whether a verb joined to the content with no subject of its own tells what the
    speaker did not give ("said a U.S. citizen had been killed in Ukraine but did not
    provide a name"): the speaker's act, not the content."""
    return (
        verb.dep_ == "conj"
        and verb.lemma_.lower() in _DETAIL_VERBS
        and any(c.dep_ == "neg" for c in verb.children)
        and not any(c.dep_ in (*_SUBJECTS, "auxpass") for c in verb.children)
    )


def _shares_perfect(verb: Token) -> bool:
    """Whether a verb joined by "and" to a past participle after "had"/"has"/"have" (or a
    passive's "was") is a participle of that perfect too, whatever its tag ("said that
    Russian forces had shot and killed 10 people": "killed" tagged as a past tense like
    "said")."""
    head = verb.head
    if verb.lemma_.lower() in REPORTING_VERBS or verb.lemma_.lower() == "point":
        return False  # "had withstood them and pointed to ...": the speaker's next act
    # (or of a passive: "said she was prevented from sleeping for two days and questioned
    # for 14 hours")
    if head.tag_ != "VBN":
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children):
        return True
    # (a participle with no object, passive too; not a verb with an object or a clause of
    # its own: "said Kherson was being restored to Ukrainian control and ordered any
    # remaining Russian troops to surrender", "acknowledged that '... were obtained
    # unlawfully' and agreed 'that ...'" are the speaker's next acts)
    passive = any(c.dep_ == "auxpass" for c in head.children)
    objects = ("dobj", "ccomp", "xcomp", "dative", "attr", "oprd")
    return passive and not any(c.dep_ in objects for c in verb.children)


#: Verbs that make a reader do something: "make you wonder", "leaves one wondering".
_CAUSATIVE_VERBS = frozenset({"make", "leave", "let"})
#: Subjects that stand for anyone: "you", "one", "us".
_GENERIC_SUBJECTS = frozenset({"you", "one", "us", "me"})


def _made_to_wonder(token: Token) -> bool:
    """A verb of speaking that anyone is made to do ("countries ... make you wonder if
    they really do not have anyone that can '...'"): no one speaks there."""
    if token.dep_ not in ("ccomp", "xcomp") or token.head.lemma_ not in _CAUSATIVE_VERBS:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        subject = next((c for c in token.head.children if c.dep_ == "dobj"), None)
    return subject is not None and subject.lower_ in _GENERIC_SUBJECTS


def _impersonal_infinitive(token: Token) -> bool:
    """Whether a verb is the infinitive after "it is ADJECTIVE" ("It's hard to say how many
    Russians believe ...", "it is fair to say that ..."): the writer's own remark, no one
    reported (not "Zelensky was quick to say that ...", whose subject speaks)."""
    be = token.head
    if token.dep_ != "xcomp" or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    ):
        return False
    if be.pos_ == "ADJ" and be.dep_ == "acomp":
        be = be.head  # "It is too early to say": the infinitive hangs from the adjective
    elif not any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in be.children):
        return False
    if be.lemma_ != "be":
        return False
    subject = next((c for c in be.children if c.dep_ in ("nsubj", "expl")), None)
    return subject is not None and subject.lower_ == "it"


def _participle_after_number(token: Token) -> bool:
    """Whether a participle the parser made a verb with a number for its subject describes
    the noun after it ("it feared the five declared nuclear powers were teetering"): a
    past participle with no auxiliary says nothing on its own."""
    if token.tag_ != "VBN" or token.i + 1 >= len(token.doc):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    number = token.doc[token.i - 1] if token.i > 0 else None
    return (
        number is not None
        and number.pos_ == "NUM"
        and number.head == token
        and number.dep_ == "nsubj"
        and token.doc[token.i + 1].pos_ in ("ADJ", "NOUN")
    )


def _speaker_after_quote(verb: Token, obj: Token) -> bool:
    """Whether the object right after a verb that follows a quote closed by a comma, "!" or
    "?" is the quote's speaker, inverted ("'We are free,' added one woman"); not after a
    fragment ('"hegemonic policy" justified Russian actions'), nor a writing ("'...,' read
    one post from Musk's account", which its issuer speaks)."""
    mark = verb.doc[verb.i - 1] if verb.i > 0 else None
    if mark is None or not mark.is_quote or obj.left_edge.i != verb.i + 1:
        return False
    if obj.lemma_.lower() in _WRITINGS | _HELD_WRITINGS | SPEECH_NOUNS:
        return False
    return doc_text(verb.doc)[: mark.idx].rstrip()[-1:] in (",", "!", "?")


#: Conjunctions that open a clause of time, cause or condition.
_ADVERBIAL_MARKS = frozenset(
    _words("before after when while since until because although though if once unless")
)


def _adverbial(clause: Token) -> bool:
    """Whether a clause opens with a conjunction of time, cause or condition before its
    subject ("before a violent mob stormed the Capitol")."""
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    return any(
        m.dep_ == "mark" and m.lower_ in _ADVERBIAL_MARKS and (subject is None or m.i < subject.i)
        for m in clause.children
    )


def _shown_not_said(verb: Token) -> bool:
    """Whether pictures are the subject of "suggest" ("The photos suggest the vehicles are
    second-hand", "Satellite imagery suggests ..."): what they show, no one says; nor does
    evidence or information that suggests or indicates ("there is no evidence to suggest
    that ...", "Preliminary information indicates that ...")."""
    lemma = _verb_lemma(verb)
    if lemma not in ("suggest", "indicate"):
        return False
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in _EVIDENCE_NOUNS - {
        "information"
    }:
        return True  # (but "information from the probe indicating that ..." reports)
    shown = _EVIDENCE_NOUNS | (_PICTURES if lemma == "suggest" else frozenset())
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in shown for c in verb.children)


def _object_split_from_clause(verb: Token, obj: Token) -> bool:
    """Whether the object of a verb is the subject of its content clause, split off by the
    parser: "claimed the slowdown ... and its loss of territory | was a 'conscious
    decision'" has a subjectless clause right after the object; "claimed the lives of 60
    civilians" is the other sense of the verb, whatever the parser hangs after it. The
    parser may also join the clause's verb to the verb of speaking ("He added the new
    targets would also allow ...": "allow" a conjunct of "added"): see
    :func:`_clause_joined_after_object`."""
    if obj.lemma_.lower() in _TOLL_NOUNS:
        return False
    return (
        any(c.dep_ == "ccomp" and _subject_split_off(obj, c) for c in verb.children)
        or _clause_joined_after_object(verb) is not None
    )


def _plain_act(verb: Token) -> bool:
    """Whether a verb that reports speech only without a plain object has one that is no
    word of speech: "boasts an informal 'IT army'", "added mobilisation to the list of
    'exceptional cases'" (not "add one important proviso - that ...")."""
    if _verb_lemma(verb) not in OBJECT_NOT_SPEECH or _is_reporting(verb):
        return False
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS for c in verb.children)


def _clause_joined_after_object(verb: Token) -> Token | None:
    """The verb of a content clause that the parser joined to the verb of speaking as a
    conjunct, its subject taken for the object: "He added [the new targets] would also
    allow ...". The conjunct opens with its auxiliary right after the object and has no
    subject (not "added the figures and said ...", two acts, nor "pledged support for
    Ukraine as the country marked ...", whose verb in the past tense is a clause of its
    own); the object of "tell" or one holding "that" is the one addressed ("told a meeting
    of ministers that rises ... were exacerbating ...")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects or objects[-1].lemma_.lower() in _TOLL_NOUNS or _verb_lemma(verb) == "tell":
        return None
    if _holds_that(objects[-1]):
        return None  # "told a meeting of ministers that ...": the one addressed
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "conj" and _auxiliary_first(c) and _subject_split_off(objects[-1], c)
        ),
        None,
    )


def _verb_form(verb: Token) -> str:
    """A verb's tense as written: its first auxiliary ("have" of "have denied", "could"),
    else its tag."""
    first = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    return first.lemma_.lower() if first is not None else verb.tag_


def _holds_that(obj: Token) -> bool:
    """Whether a verb's object holds a "that" ("assured the man that fingerprints were
    being taken and would be kept"): the one addressed, whose clause the parser hung on
    it, is no subject split off from the content."""
    return any(t.lower_ == "that" for t in obj.subtree)


def _auxiliary_first(verb: Token) -> bool:
    """Whether a verb's phrase opens with an auxiliary of tense or mood ("would also
    allow", "have been carried out"), not "to"."""
    first = verb.left_edge
    return first.dep_ in ("aux", "auxpass") and first.head == verb and first.tag_ != "TO"


def _subject_split_off(obj: Token, clause: Token) -> bool:
    """Whether a content clause without a subject starts right after the verb's object,
    which is then the clause's subject the parser split off ("added 'multiple concurrent
    threats' over a large area will 'test ...'"; not "told the BBC there ..."), with the
    words of its "of" or "from" phrase the parser hung on the verb ("cautioned lessons from
    the end of World War One need to be heeded")."""
    after = obj.right_edge.i + 1
    hung = [
        c
        for c in obj.head.children
        if c.dep_ == "prep" and c.i == after and c.lower_ in ("of", "from")
    ]
    if hung:
        after = hung[0].right_edge.i + 1
    return clause.left_edge.i == after and not any(
        c.dep_ in (*_SUBJECTS, "expl") for c in clause.children
    )


def _subject_of_participle_before(verb: Token) -> Token | None:
    """The subject the parser gave to a participle set off by commas before a verb that has
    none: "IMF Managing Director Kristalina Georgieva, noting the grim backdrop ..., warned
    that ..."; else None."""
    clause = _participle_set_off_before(verb)
    return next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause else None


#: Prepositions whose participle is a deed of the verb's subject: "shied away from
#: describing", "by calling", "after saying", "without naming" ("while saying" and "when
#: calling" the parser makes clauses, not prepositions).
_DEED_PREPOSITIONS = frozenset(_words("from by after before without in"))


def _participle_made_subject(participle: Token) -> Token | None:
    """The verb a participle of speaking after a comma goes with when the parser made it the
    subject of what it states: "Blinken also discussed the mass graves ..., stating the
    actions of Russian forces ... are not acts of rogue units but fit a 'clear pattern'"
    ("stating" the subject of "are", itself the content of "discussed") is Blinken's deed;
    None for any other word."""
    clause = participle.head
    if (
        participle.dep_ != "csubj"
        or participle.tag_ != "VBG"
        or not _is_reporting(participle)
        or participle.i == 0
        or participle.doc[participle.i - 1].text != ","
        or clause.dep_ != "ccomp"
        or not participle.i < clause.i
        or not clause.head.i < participle.i
    ):
        return None
    return clause.head


def _deed_of_verb(node: Token) -> Token | None:
    """The verb a participle after one of :data:`_DEED_PREPOSITIONS` hangs on, through an
    adverb ("shied away from describing"); else None."""
    if node.dep_ != "pcomp" or node.tag_ != "VBG" or node.head.lower_ not in _DEED_PREPOSITIONS:
        return None
    above = node.head.head
    if above.dep_ == "advmod" and above.head.pos_ in ("VERB", "AUX"):
        above = above.head
    return above if above.pos_ in ("VERB", "AUX") and above.i != node.i else None


def _within_subject_of(token: Token, inner: Span) -> bool:
    """Whether a token lies in the clause that is the subject of a verb inside a quotation
    ("allowing officials to post freely ... 'creates a harmful information imbalance'"; not
    "something Putin had said would 'cross a red line'", a relative clause of the subject's
    noun, which attributes the words)."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "csubj" and inner.start <= ancestor.head.i < inner.end:
            return True
    return False


#: Words set beside a picture or a story: their words are their publisher's.
_CAPTIONS = frozenset(_words("caption headline title subtitle"))
#: Things made to carry words, which speak for whoever made them.
_MADE_THINGS = _WRITINGS | _HELD_WRITINGS | _PICTURES | _CAPTIONS
#: Nouns of people gathered, besides the nouns that count people ("crowds chanting").
_CROWD_NOUNS = frozenset(_words("crowd mob throng"))


def _no_one(token: Token) -> bool:
    """Whether a noun names a thing, not a person, people or a body ("his decision",
    "the attack"; not "police", "the ministry", "Russia")."""
    return (
        token.pos_ == "NOUN"
        and not token.ent_type_
        and not _one_of_people(token)
        and token.lemma_.lower() not in BODY_SPEAKERS
    )


def _one_of_people(token: Token) -> bool:
    """Whether a word names a person or people: a name, a role, or a noun that counts
    people ("protesters", "people", "crowds"); not a thing ("a news broadcast", "a
    caption")."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "PROPN"
        or token.ent_type_ in ("PERSON", "NORP")
        or lemma in PERSON_ROLES | _CROWD_NOUNS
        or lemma in load_people_words()["noun"]
    )


def _subject_over_relative(verb: Token) -> Token | None:
    """The subject of the main clause for a participle set off by a comma that the parser
    hung on a relative clause before it: "Mr Trump hit out at those who withdrew, telling
    the crowd: '...'" (Trump tells, not those who withdrew)."""
    relative = verb.head
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or relative.dep_ != "relcl":
        return None
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if not any(c.tag_ in ("WP", "WDT") and c.dep_ in _SUBJECTS for c in relative.children):
        return None  # a clause read as relative without its pronoun ("... that even the
        # Atlantic Council wrote about it, describing ...")
    main = next((a for a in relative.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if main is None:
        return None
    return next((c for c in main.children if c.dep_ == "nsubj"), None)


def _named_with(verb: Token) -> Token | None:
    """The one a "with" phrase names right before a participle that has no subject: "...,
    with Mikhail Podoliak, a top aide to President Vladimir Zelensky, warning it was ..."
    (the parser hung the participle on the sentence's verb, whose subject is another)."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 2:
        return None
    for token in doc[verb.sent.start : verb.i]:
        if token.lower_ != "with" or token.dep_ != "prep" or token.head.pos_ not in ("VERB", "AUX"):
            continue  # not "said during an interview with CNN, adding that ..."
        if token.i == 0 or doc[token.i - 1].text not in _ASIDE_MARKS:
            continue  # set off from the clause: not "Biden met with Zelensky, saying ..."
        named = next((c for c in token.children if c.dep_ == "pobj"), None)
        if named is None or named.pos_ == "PRON":
            continue
        # (not "with a caption calling the 'Ghost of Kyiv' an 'angel'": whose caption it is)
        described = (
            verb.dep_ == "acl"
            and verb.head.i + 1 == verb.i
            and verb.head.lemma_.lower() not in _MADE_THINGS
        )
        # (not "the French and German leaders", who are the ones the clause named)
        again = named.left_edge.lower_ == "the" and named.lemma_.lower() in PERSON_ROLES
        if (
            described
            and not again
            and verb.head in (named, *[c for p in named.children for c in p.children])
        ):
            # "with crowds chanting '...'", "with a line of people chanting '...'": the
            # participle describes who speaks, whatever noun names them
            return named
        edge = named.right_edge.i
        who = any(
            c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children)
            for c in named.children
        )
        if (
            (_may_speak(named) or _one_of_people(named) or who)
            and named.i + 1 < edge
            and doc[named.i + 1].text == ","
            and edge + 2 == verb.i
            and doc[edge + 1].text == ","
        ):
            # "with Russian educators, who were consultants for the show, telling the team
            # ...": an aside opened after the name closes before the participle
            return named
        if not _may_speak(named):
            continue  # not "with heavy weapons, saying": the weapons say nothing
        if _word_after_time(named.right_edge) == verb:
            # "with Navalny urging", "with Sen. Kevin Cramer, R-S.D., saying" (the aside's
            # closing comma is the name's), "with a source ... this week saying", not
            # "with Zelensky, saying" (the clause's)
            return named
    return None


def _word_after_time(token: Token) -> Token:
    """The word after ``token`` past a time phrase that follows it ("a source ... this week
    [saying]", "... on Tuesday [saying]"), as :func:`_before_time` reads one before."""
    doc = token.doc
    k = token.i + 1
    opens = k + 1 < len(doc) and doc[k].lower_ in _TIME_PREPOSITIONS
    if opens and doc[k + 1].ent_type_ in _TIME_ENTITIES:
        k += 1  # "on" of "on Tuesday"
    while k < len(doc) - 1 and doc[k].ent_type_ in _TIME_ENTITIES:
        k += 1
    return doc[min(k, len(doc) - 1)]


def _relative_clause_before(verb: Token) -> Token | None:
    """The one a reporting relative clause right before a participle is about: "could
    provoke Russian President Vladimir Putin, who has warned the U.S. to stop arming
    Ukraine, saying there could be ..." (the parser hung the participle on the sentence's
    verb); else None."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    for clause in doc[verb.i - 2].ancestors:
        if clause.dep_ != "relcl" or clause.right_edge.i != verb.i - 2:
            continue
        who = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if who is None or who.lower_ not in ("who", "which") or not _is_reporting(clause):
            return None
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and (_one_of_people(subject) or subject.lower_ in PRONOUN_GENDERS):
            return None  # 'officials dismissed questions from reporters who asked ..., suggesting'
        return clause.head if _one_of_people(clause.head) else None
    return None


#: Marks that set off an aside: "X, noting ..., warned", "X - joined by two others - said".
_ASIDE_MARKS = frozenset({",", "-", "–", "—"})


def _participle_set_off_before(verb: Token) -> Token | None:
    """The participle set off by commas or dashes between a verb without a subject and the
    subject the parser gave to the participle instead ("Justice Ann Walsh Bradley - joined
    by the court's two other liberals - said ..."); else None."""
    doc = verb.doc
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "ccomp") or clause.i > verb.i:
            continue
        if clause.tag_ not in ("VBG", "VBN"):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subject is None or subject.right_edge.i not in (clause.i - 2, clause.i - 1):
            continue  # the subject's phrase may hold the comma that closes it
        mark = doc[clause.i - 1].text
        after = clause.right_edge.i + 1
        closed = after < len(doc) and doc[after].text == mark and after == verb.i - 1
        set_off = closed or (mark == "," and doc[after].text == ",")
        if (
            mark in _ASIDE_MARKS
            and set_off
            and (clause.dep_ == "advcl" or subject.pos_ in ("PROPN", "NOUN"))
        ):
            return clause
    return None


#: Prepositions of time the parser reads as the mark of a clause when a noun follows
#: ("After the talks with Sall, ... Charles Michel, tweeted").
_TIME_MARKS = frozenset(_words("after before following since"))


def _preposition_read_as_mark(verb: Token, subject: Token) -> bool:
    """Whether the verb's subject opens with a preposition of time the parser made the
    verb's mark, set off from the verb by a comma: a phrase of time, not the subject."""
    if subject.pos_ != "NOUN":
        return False  # "after Jamie Dimon, the CEO of ..., warned": a clause after all
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < subject.i), None)
    if mark is None or mark.lower_ not in _TIME_MARKS or mark.i + 1 != subject.left_edge.i:
        return False
    return any(t.text == "," for t in verb.doc[subject.i : verb.i])


def _says_more(fuller: str, words: str) -> bool:
    """Whether an unnamed source's words are another's with more said ("a senior U.S.
    defense official", "a defense official"): every word of the shorter is in the longer,
    its first article aside."""
    short = words.lower().split()[1:]
    return len(fuller.split()) > len(short) + 1 and set(short) <= set(fuller.lower().split())


def _subject_on_left(verb: Token) -> Token | None:
    """The head of the noun phrase right before a verb the parser left subjectless."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0:
        if doc[k].pos_ in ("ADV", "PART") and doc[k].dep_ in ("advmod", "neg"):
            k -= 1
        elif doc[k].ent_type_ in _TIME_ENTITIES:
            k = _before_time(doc, k)  # "Jersey police yesterday acknowledged"
        elif doc[k].text == ")" and "(" in (t.text for t in doc[verb.sent.start : k]):
            # "Sen. Chris Murphy (D-Conn.) on Sunday called"
            k = max(t.i for t in doc[verb.sent.start : k] if t.text == "(") - 1
        else:
            break
    if k > 0 and doc[k].text == "," and doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ == "appos":
        # "In a letter to Musk, Ukraine's commander-in-chief, Gen. Zaluzhniy, praised":
        # the name set off by commas, which the parser hung on the noun before it
        return doc[k - 1]
    if k < 0 or doc[k].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    token = doc[k]
    while token.dep_ in ("pobj", "prep", "compound", "amod", "poss") and token.head.i < verb.i:
        token = token.head
    return token if token.pos_ in ("NOUN", "PROPN", "PRON") else None


def _nationality(role: Token) -> str | None:
    """The nationality word before a role ("the French president"), lower-cased."""
    return next(
        (c.lower_ for c in role.children if c.lower_ in ROLE_NATIONALITY_SIDES and c.i < role.i),
        None,
    )


def _proper_name_words(text: str) -> bool:
    """Whether a phrase is one proper name of three words or more: each word capitalised
    but a leading "the" and the small words of names ("of", "for", "on"); not "The defense
    ministry", "its Defense Ministry", "the Defense Ministry" (whose country the reader
    knows from before) or two bodies joined by "and"."""
    words = re.sub(r"^(?:the|The)\s+", "", text).split()
    if len(words) < 3:
        return False
    # "and" inside a name's "of" phrase ("Ministry of Science and ICT") joins no bodies
    joined = "and" in words and "of" in words[: words.index("and")]
    small = {"of", "for", "on", "and"} if joined else {"of", "for", "on"}
    if not words or words[0].lower() in ("its", "their", "his", "her", "our", "my", "your"):
        return False
    return all(w[:1].isupper() or w in small for w in words)


#: Endings of Slavic family names that tell a woman's ("Nazarova", "Zakharova",
#: "Navalnaya"); not "-nova" ("Casanova"), nor "-ska" ("Deripaska" is a man). English
#: spells many women's names in the man's form ("Marianna Vyshemirsky"), so no ending
#: tells a man's.
_WOMANS_SURNAME_RE = re.compile(r"(?:(?<=[^n])ova|eva|aya)$")


def _gender_of_name(name: str, first_names: dict[str, str]) -> str:
    """The gender a full name tells: a woman's family name over the first name ("Nino
    Nazarova": Nino is a man's name in Italy), else the first name's."""
    words = name.split()
    if len(words) > 1 and len(words[-1]) >= 5 and _WOMANS_SURNAME_RE.search(words[-1].lower()):
        return "f"
    return first_names.get(words[0], "") if words else ""


def _state_organ(name: str | None) -> bool:
    """Whether an organisation's name says it is an organ of a state ("Federal Bureau of
    Investigation", "Russian authorities"), by any of its words."""
    return any(w in _STATE_ORGANS for w in re.findall(r"[a-z]+", (name or "").lower()))


def _unregistered_body(text: str, start: int, end: int, *, name: str | None = None) -> _Speaker:
    """An organisation the registry does not know, spoken of by ``text`` at the character
    offsets ``start``-``end`` and named ``name`` (by default ``text``), without a leading
    "the"."""
    name = re.sub(r"^(?:the|The)\s+", "", name or text)
    return _Speaker(
        text=text,
        start=start,
        end=end,
        key=f"{UNREGISTERED_PREFIX}{name}",
        name=name,
        kind="organization",
    )


def _past_time_of_cue(doc: Doc, left: int, right: int, cue: Token | None) -> int:
    """The content's first token past a phrase of time right after the cue, which the
    parser hung on the content's verb: "The JCC said late on Saturday it had authorized
    ..." reports when it said so."""
    if cue is None or not cue.i < left < right or doc[left].dep_ != "prep":
        return left
    between = doc[cue.i + 1 : left]
    if any(t.pos_ != "ADV" for t in between):
        return left
    phrase = list(doc[left].subtree)
    if not any(t.ent_type_ in ("DATE", "TIME") for t in phrase):
        return left
    after = phrase[-1].i + 1
    if after > right or doc[after].dep_ not in _SUBJECTS:
        return left
    return after


def _speaker_act(verb: Token) -> bool:
    """Whether a verb of speaking joined to a content clause whose subject cannot speak
    is the speaker's ("Russia said avoiding a nuclear clash was its priority, but accused
    the West of ...": avoiding accuses no one)."""
    if not _is_reporting(verb):
        return False
    acts_on = ("dobj", "ccomp", "prep", "dative", "prt", "advcl")
    if not any(c.dep_ in acts_on for c in verb.children):
        return False  # "risks ... are still growing and threatening to expand": the risks'
    subjects = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
    return not subjects or not any(_may_speak(s) for s in subjects)


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the first part of a word joined by a hyphen ("co" of
    "co-founded", "Kara" of "Kara-Murza"): a hyphen right after it with no space on either
    side."""
    return (
        i + 1 < len(doc)
        and not doc[i].whitespace_
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
    )


def _may_speak(token: Token) -> bool:
    """Whether the one quoted or cited can have said something: a name, someone, a body or
    a writing ("cited officials, saying"); not "cited complications ..., saying", whose
    saying is the subject's."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ in ("PROPN", "PRON")
        or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or lemma in _ONE_PERSON_NOUNS | BODY_NOUNS | _WRITINGS
        or lemma in PERSON_ROLES
        or lemma in _MEDIA_ROLES
        or token.lower_ == "media"  # "Russian state media has described ..."
    )


def _infinitive_given_thing(verb: Token, subjects: list[Token]) -> bool:
    """Whether the parser gave an infinitive ("to try", no "for" before its subject) a
    subject that is a thing that cannot speak, the object of the verb it hangs on."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if any(c.dep_ == "mark" for c in verb.children) or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ not in ("ccomp", "xcomp", "advcl") or verb.head.i > verb.i:
        return False
    return all(c.pos_ == "NOUN" and not _may_speak(c) for c in subjects)


def _thing_in_content(verb: Token, subject: Token) -> bool:
    """Whether ``subject`` is a thing that cannot speak (a common noun, not one that
    :func:`_may_speak` or another rule reads) of a verb that things do too ("threatens",
    "suggests") in the content clause of another verb of speaking."""
    if _verb_lemma(verb) not in _THINGS_DO_TOO or subject.pos_ != "NOUN":
        return False
    if _may_speak(subject) or subject.lemma_.lower() in _KNOWN_HEADS:
        return False
    return verb.dep_ == "ccomp" and _is_reporting(verb.head)


def _named_before_role_subject(span: Span) -> bool:
    """A name set off by a comma or a dash right before the subject of the main verb,
    which the parser took for the subject instead of the name: "Serhiy Haidai, Ukraine's
    governor of Luhansk, said" (the name opening its sentence), "Close Putin crony Nikolai
    Patrushev - secretary of the Russian security council - repeated" (the name inside
    the subject the parser made of its apposition)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text not in _ASIDE_MARKS:
        return False
    opens = span.start == span.sent.start
    root = span.sent.root
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.i > span.end
        and (c.left_edge.i <= span.start or (opens and c.left_edge.i <= span.end + 1))
        for c in root.children
    )


def _judged_by_agent(verb: Token) -> bool:
    """Whether ``verb`` is a passive verb of judging with a named agent ("was condemned by
    the head of Israel's Yad Vashem Holocaust memorial, Dani Dayan")."""
    if _verb_lemma(verb) not in _JUDGING_VERBS or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        if any(t.ent_type_ == "PERSON" for c in agent.children for t in c.subtree):
            return True
    return False


def _left_subject_of_root(span: Span) -> bool:
    """Whether ``span`` is the phrase right before the main verb of its sentence, which
    the parser left subjectless after a long opening clause ("When asked if ..., White
    House press secretary Karine Jean-Pierre on Tuesday declined ...", the name hung on
    the clause's object): the verb's subject as a reader takes it."""
    root = span.sent.root
    if root.pos_ not in ("VERB", "AUX") or root.i < span.end:
        return False
    if any(c.dep_ in (*_SUBJECTS, "expl") for c in root.children):
        return False
    left = _subject_on_left(root)
    return left is not None and span.start <= left.i < span.end


def _before_time(doc: Doc, k: int) -> int:
    """The index before the time phrase that ends at token ``k`` ("yesterday", "on
    Tuesday"), which stands between a subject and its verb and is no subject itself."""
    while k >= 0 and doc[k].ent_type_ in _TIME_ENTITIES:
        k -= 1
    if k >= 0 and doc[k].pos_ == "ADP" and doc[k].lower_ in _TIME_PREPOSITIONS:
        k -= 1
    return k


def _joined_before(clause: Token, verb: Token) -> bool:
    """Whether a clause before a verb of speaking is joined to the speaker's own clause by
    "and" or "but" ("The CSTO sent a mission, and mission chief Sidorov stated that ..."):
    a sentence of its own the parser made the verb's content, where fronted content
    ("The talks failed, he said") has only a comma."""
    words = [t for t in clause.subtree if not t.is_punct]
    while words and words[-1].pos_ == "CCONJ":
        words.pop()  # the parser may hang the "and" on the clause before it
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i]
    if not words or not subjects:
        return False
    between = verb.doc[words[-1].i + 1 : subjects[-1].left_edge.i]
    joining = [t for t in between if not t.is_punct]
    return len(joining) == 1 and joining[0].pos_ == "CCONJ"


def _set_off(clause: Token, verb: Token) -> bool:
    """Whether a clause before a verb of speaking is set off from it as fronted content is:
    by a mark (a comma, a dash, a closing quotation mark: "The talks failed, he said") or,
    in text that dropped the comma, by the verb's own subject ("The talks failed he said"),
    also one after it ("... Poland said the official", the parser's object of "said").
    Without either it is no content but the subject the parser misread as a clause ("The
    Liverpool left back told BBC Scotland": "left" read as a verb)."""
    between = verb.doc[clause.left_edge.i : verb.i]
    marked = any(t.is_punct and t.tag_ != "HYPH" for t in between)
    inverted = _verb_lemma(verb) not in _ADDRESSING_VERBS and any(
        c.dep_ == "dobj" and c.i > verb.i for c in verb.children
    )
    return marked or inverted or any(c.dep_ in _SUBJECTS for c in verb.children)


def _of_phrase_cut(first: Token, second: Token) -> bool:
    """Whether the parser cut the last word of ``first``'s "of" phrase off as a second
    subject: "Richard Lane of debt charity StepChange added" (Lane speaks, for the
    charity), not a dateline before the subject ("KYIV, Ukraine — Zelenskyy said")."""
    preps = [c for c in first.children if c.dep_ == "prep" and c.i > first.i]
    return (
        first.pos_ == "PROPN"
        and second.ent_type_ != "PERSON"  # "ONS director of statistics Darren Morgan said"
        and bool(preps)
        and preps[-1].lower_ in ("of", "at", "from")
        and preps[-1].right_edge.i + 1 == second.left_edge.i
    )


#: What a verb that says how words were said may have besides its subject: '"...," he
#: agreed', '"...," Putin smiled wryly', '"...," she laughed' (no object, no phrase).
_MANNER_CHILDREN = frozenset({"nsubj", "punct", "advmod", "npadvmod"})


def _manner_of_saying(verb: Token, after: int) -> bool:
    """Whether ``verb`` is a main verb that tells how the words of a quotation closed by a
    comma just before ``after`` were said, with its subject right after the quotation and
    nothing else to say: '"Then that makes more sense. OK," Ingraham agreed.', '"...," he
    laughed'. The quotation is what it did; no verb of speaking is needed."""
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if any(c.dep_ not in _MANNER_CHILDREN for c in verb.children if c.i >= after):
        return False  # (the parser may hang the quotation itself on the verb)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and subjects[0].left_edge.i == after


def _closing_attribution(verb: Token) -> bool:
    """Whether a verb of speaking closes its sentence after a comma, with its subject
    and nothing it reports of its own, though the parser hung it as a clause on a verb
    before it: "The administration has promised HIMARS that will take years to deliver,
    a senior defense official said last month." The official's words are the sentence
    before the comma, not what the administration promised."""
    if verb.dep_ != "ccomp" or verb.head.i > verb.i or not _is_reporting(verb):
        return False
    if not any(c.dep_ in _SUBJECTS and c.i < verb.i for c in verb.children):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "csubj") for c in verb.children):
        return False
    phrase = [t for t in verb.subtree if not (t.is_punct or t.is_space)]
    first, last = phrase[0].i, phrase[-1].i
    doc = verb.doc
    if first <= verb.sent.start or doc[first - 1].text != ",":
        return False
    return all(t.is_punct or t.is_space for t in doc[last + 1 : verb.sent.end])


def _after_quote(verb: Token) -> bool:
    """Whether a verb and its subject follow right after a quotation's closing mark and a
    comma ('"...," she said'): the quotation's attribution. (After a full stop the
    quotation ended the sentence before: '"... blood." The bank, for its part, said'.)"""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i]
    k = (subjects[0].left_edge.i if subjects else verb.i) - 1
    marks = []
    while k >= 0 and verb.doc[k].is_punct:
        marks.append(verb.doc[k])
        k -= 1
    return any(t.text == "," for t in marks) and any(t.is_quote for t in marks)


def _apposition_before(verb: Token) -> Token | None:
    """The phrase set off by a comma right before a verb that the parser made an
    apposition of the word before the comma ("..., the facility's lead underwriter said")."""
    doc = verb.doc
    if verb.i < 2:
        return None
    token = doc[verb.i - 1]
    if token.dep_ != "appos" or token.pos_ not in ("NOUN", "PROPN"):
        return None
    start = token.left_edge.i
    return token if start > 0 and doc[start - 1].text == "," else None


def _name_before(verb: Token) -> Token | None:
    """The name of the phrase set off by a comma right before a verb ("..., Oleksiy
    Arestovych, an adviser to Zelenskiy, told"): climbing from the last word before
    the comma through prepositions and an apposition to the proper noun it describes.
    A time phrase may stand between ("Mykhailo Fedorov, Ukraine's vice prime minister,
    on Wednesday called"), and the phrase may end in a relative clause on the name
    ("Captain John Craddock, commander, Task Force 69, which is responsible for ...,
    said")."""
    doc = verb.doc
    k = verb.i - 1
    if k >= 0 and doc[k].ent_type_ in _TIME_ENTITIES:
        k = _before_time(doc, k)
    if k < 1 or doc[k].text != ",":
        return None
    token = doc[k - 1]
    relative = next(
        (
            a
            for a in token.ancestors
            if a.dep_ == "relcl" and a.right_edge.i == k - 1 and doc[a.left_edge.i - 1].text == ","
        ),
        None,
    )
    if relative is not None and relative.head.i < relative.i:
        # the name the clause is on, however the parser hung that name
        return relative.head if relative.head.pos_ == "PROPN" else None
    participle = token.head.head if token.head.lower_ == "as" else token.head
    if _name_called(participle) == token:
        return token  # "one Ukrainian soldier, known as Olha, said": the name it goes by
    while token.dep_ in ("pobj", "prep", "compound", "amod", "conj") and token.head.i < verb.i:
        token = token.head
    if token.dep_ == "appos" and token.head.pos_ == "PROPN":
        token = token.head  # "Ben Hodges, former Commander of ...": the name described
    return token if token.pos_ == "PROPN" else None


def _relative_pronoun(clause: Token) -> bool:
    """Whether a relative clause opens with its pronoun ("who said"); one without may be
    a verb the parser took for a reduced relative ("Fedorov, ..., on Wednesday called")."""
    return any(c.tag_ in ("WDT", "WP", "WP$") or c.lower_ == "that" for c in clause.children)


def _opening_name(verb: Token) -> Token | None:
    """The name that opens the sentence, set off by commas from a phrase that runs to
    the verb ("President Biden, in a statement Wednesday night praising the vote, said"):
    the parser hung it on the phrase; it is the verb's subject."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    name = _name_set_off(doc, verb.sent.start, verb.i - 1)
    if name is None or name.dep_ in ("nsubj", "nsubjpass"):
        return None
    if name.ent_type_ not in ("PERSON", "ORG", "NORP", ""):
        return None
    between = doc[name.i + 2 : verb.i - 1]
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP") for t in between):
        return None  # "Biden, who had said ..., added" keeps a clause of its own
    return name


def _name_set_off(doc: Doc, start: int, limit: int) -> Token | None:
    """The last word of the proper name that runs from ``start`` to a comma before
    ``limit`` ("Velimir Trajilovic, ...", "Jean-Marie Le Pen, ..."), or None."""
    end = start
    while end < limit and (doc[end].pos_ == "PROPN" or doc[end].text in NAME_HYPHENS):
        end += 1
    if end == start or end >= limit or doc[end].text != "," or doc[end - 1].pos_ != "PROPN":
        return None
    return doc[end - 1]


def _as_phrase(verb: Token) -> bool:
    """Whether a verb has an "as" phrase ("quoted him as saying", "described as"), or a
    participle's "as" that the parser hung on the noun of a phrase of the verb ("quoted in
    the indictment as telling the agent")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            return True
        if child.dep_ != "prep":
            continue
        for noun in child.children:
            if noun.dep_ == "pobj" and any(
                as_.dep_ == "prep"
                and as_.lower_ == "as"
                and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in as_.children)
                for as_ in noun.children
            ):
                return True
    return False


def _described_as(verb: Token) -> bool:
    """A participle with "as" and no object: "Malyk, described as '...'" (passive)."""
    return _as_phrase(verb) and not any(c.dep_ == "dobj" for c in verb.children)


#: Words of a date, beside the months and weekdays of :func:`calendar_words`, that the parser
#: may take into a name after it ("last week Russia's ...").
_RELATIVE_TIME_WORDS = frozenset(
    _words("last next this early mid late week month year weekend yesterday today tomorrow")
)


def _time_word(token: Token) -> bool:
    """Whether a token is a word or day number of a date ("March", "Friday", "24")."""
    return token.lower_ in calendar_words() | _RELATIVE_TIME_WORDS or (
        token.is_digit and len(token.text) <= 2
    )


def _think_tank(subject: Token) -> bool:
    """Whether a subject is the "tank" of a "think tank" the parser read as a verb and a
    noun, with a word before it that may name the tank."""
    return (
        subject.lower_ == "tank" and subject.i >= 2 and subject.doc[subject.i - 1].lower_ == "think"
    )


def _whole_clause(clause: Token) -> bool:
    """Whether a clause the parser made relative lacks none of its parts, so that its
    "that" opens it as a conjunction ("claims that Biden helped his son"): not a verb of
    speaking ("an accusation that the government said threatened ..."), nor one with a
    preposition left without its object ("the report that the article was based on") or
    "as" without an object before it ("a statement that Washington interpreted as a
    threat")."""
    if _is_reporting(clause):
        return False
    objects = {c.dep_ for c in clause.children} & {"dobj", "nsubjpass", "ccomp", "xcomp"}
    for child in clause.children:
        if child.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in child.children):
            return False
        if child.dep_ == "prep" and child.lower_ == "as" and not objects:
            return False
    return True


def _that_as_conjunction(that: Token, clause: Token) -> bool:
    """Whether a "that" the parser took for a relative adverb opens a content clause
    ("told Congress earlier this month that Putin had planned ...", "said at the time that
    the U.S. should ..."), or for a second subject ("told CBS Evening News that manpower is
    far from ..."): it is no subject or object of its clause, which has a subject of its
    own after it."""
    return (
        that.lower_ == "that"
        and that.dep_ in ("advmod", "nsubj")
        and that.head.i == clause.i
        and any(c.dep_ in _SUBJECTS and c.i > that.i for c in clause.children)
    )


def _said_in_phrase(noun: Token, verb: Token, *, titled: bool = False) -> bool:
    """Whether a noun whose "that" clause the parser made relative stands in a phrase of
    the verb's circumstances ("said at the time that ...", "said in a rare show of praise
    that ..."), not in its object ("underline the seriousness of the threat that the
    Government believes ...", where "that" is the object of the clause) nor in a time the
    clause dates ("said on the day that Russia invaded"), unless the noun is in a title
    (``titled``: 'an interview with ABC "This Week" that ...')."""
    if noun.lemma_.lower() in _WHEN_NOUNS and not titled:
        return False
    while noun.i != verb.i:
        if noun.dep_ not in ("pobj", "prep", "appos", "compound") or noun.i < verb.i:
            return False
        noun = noun.head
    return True


def _modifying_verb(word: Token) -> bool:
    """A participle or gerund inside a noun phrase ("wrote on messaging app Telegram that
    ...", "in a widely shared video"), not a verb with a clause of its own ("by
    highlighting that ...")."""
    if word.tag_ not in ("VBG", "VBN"):
        return False
    if word.dep_ in ("amod", "compound"):
        return True
    return word.dep_ == "pcomp" and any(c.dep_ == "dobj" for c in word.children)


def _names_asker(verb: Token) -> bool:
    """Whether a verb of asking names who asks: its active subject ("Kennedy asked
    whether") or its agent ("asked by a reporter why"); "he was asked whether" does not."""
    if _agent(verb) is not None:
        return True
    return any(c.dep_ in ("nsubj", "csubj") for c in verb.children)


def _agent(verb: Token) -> Token | None:
    """Who did a passive verb: "described by Guterres as '...'", or the author of the
    writing it was done in ("described in a tweet by UN Secretary-General Antonio Guterres
    as '...'")."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    for child in verb.children:
        writing = next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.lower_ != "in" or writing is None or writing.lemma_.lower() not in _WRITINGS:
            continue
        by = next((c for c in writing.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        author = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        if author is not None:
            return author
    return None

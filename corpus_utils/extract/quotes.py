"""Quotes: direct quotations and who said them.

:func:`extract_quotes` finds quoted spans by their marks and then looks for
the speaker in the dependency parse around them:

1. **Marks.** Curly, straight and guillemet double quotes are paired per
   paragraph (line); whether a mark opens or closes is read from the
   characters around it, so a closing glyph used as an opener
   (``infrastructure ” supports``) still opens. A quote left open at the end
   of a paragraph ends there (wire style: the next paragraph reopens it).
   Single quotes count only as a pair outside double quotes, so apostrophes
   ("Russia’s", "allies'") are never quote marks.
2. **Verb.** From the quoted tokens the parse is climbed to the nearest
   verb of attribution (:data:`REPORTING_VERBS`); failing that, the nearest
   one right after the closing mark or before the opening mark in the same
   sentence (the colon form "Zelenskiy added: “...”").
3. **Speaker.** The verb's subject (climbing from "saying", "adding" or a
   conjoined verb to the verb that has one; the agent of a passive; "X
   quoted Y as saying": Y), cut before an appositive ("Inna Sydorchuk, 52,
   a resident ..." gives "Inna Sydorchuk").
4. **Resolution.** A registered person named in the speaker text gives
   ``speaker_id``; any named person (registered or found by the NER) gives
   ``speaker_name``. "he"/"she" and a definite role ("the spokeswoman", "the
   US president", "the Ambassador") take the nearest person who spoke or was
   named in the last few sentences with an agreeing gender (registry, or for
   unregistered people an honorific or a common first name from
   ``data/quote_first_names.csv``) and side; a person named as the subject of
   a main clause counts as nearer than one named elsewhere, and two different
   people equally near leave it unresolved. A spokesperson role only takes a
   person introduced as one. "they"/"it" take the last speaker when it was a
   group, organisation or state. A body speaking through its people ("G7
   Leaders", "Kremlin officials") gives the body's id; an unnamed source ("an
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
   same paragraph ("But 'negotiations ...' become dangerous") takes its speaker.
7. **Nouns of speech and organisations.** "Lavrov's claim that '...'" and
   "remarks by X that '...'" give X (``cue`` the noun); "according to the
   US president, Joe Biden" gives the person in apposition; "the ministry
   said" takes the organisation named most recently ("Britain's defence
   ministry").
8. **Kinds.** ``kind`` is ``direct`` for words in marks reported as said,
   ``term`` for scare quotes, titles and named terms (after "so-called",
   "the song", ... or a short noun phrase after a possessive or article with
   no attribution: "Russia's 'rebirth'"): a term is emitted with no speaker,
   verb or cue. ``indirect`` rows are the content clause of a verb of
   speaking (:data:`CONTENT_VERBS`: "X said (that) CONTENT", "CONTENT, X
   said", "X warned reporters that CONTENT") or the rest of the sentence of
   "according to X"; the span excludes the cue, "that" and end punctuation.
   ``mixed`` is such a clause holding a quoted fragment, which also keeps its
   own ``direct`` row. Verbs of thinking or wanting give no rows.

``speaker_id`` is the registry id, or for a person the registry does not know
the stable id ``unregistered:<full name>`` (the key of
``actors.actor_key``), also when the speaker text is "he" or a role;
``speaker_name`` is the display name and ``speaker_text`` the words in the
article. ``cue`` is the reporting word as written ("said", "according to",
"claim"), None for a quotation standing alone.

Each quote is one contiguous span: a quotation running over two paragraphs
gives two rows with the same speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from corpus_utils.extract.actors import TITLE_WORDS, load_first_names, registry_index
from corpus_utils.extract.nlp import doc_text


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
    specify clarify characterize characterise proclaim
    """
    )
)
#: Verbs of attribution only when used without a complement verb ("the
#: spokeswoman continued" reports speech; "they would continue to provide" does not).
INTRANSITIVE_ONLY = frozenset({"continue"})
#: Words introducing attribution without a verb ("according to X").
ACCORDING_TO = ("according", "to")
#: Personal pronouns that may name a speaker, with the gender they agree with.
PRONOUN_GENDERS = {"he": "m", "she": "f"}
#: Pronouns that stand for a body, with the actor types they may stand for.
BODY_PRONOUNS = {
    "they": frozenset({"group", "organization", "state"}),
    "it": frozenset({"organization", "state"}),
}
#: Honorifics before a name that tell its gender ("Mr Kalachev").
HONORIFIC_GENDERS = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f"}
#: Role nouns that only stand for a person introduced with that role ("the
#: spokesman" is not the president named before him).
INTRODUCED_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: Words that introduce a person as a spokesperson ("press secretary" included).
SPOKES_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "press", "secretary"})
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
}
#: Words that make a speaker unnamed ("an unnamed U.S. official").
UNNAMED_MARKERS = frozenset(
    _words(
        """
    a an one some another several unnamed anonymous unidentified senior many most other
    two three four five few former ex
    """
    )
)
#: Head nouns of a speaker that stand for a body ("G7 Leaders", "Kremlin officials").
BODY_SPEAKERS = frozenset(
    _words(
        """
    leader leaders official officials spokesperson spokesman spokeswoman spokespeople
    ministry statement diplomat diplomats source sources representative representatives
    """
    )
)
#: Nouns of occupation that stand for one named person when definite ("the
#: military expert noted").
OCCUPATION_ROLES = frozenset(
    _words(
        """
    expert analyst historian professor scholar strategist researcher economist lawyer
    doctor nurse teacher writer author journalist reporter correspondent blogger
    activist veteran soldier commander officer pilot prosecutor investigator scientist
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
    underscore recall respond reply answer boast charge counter retort lament accuse
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
    allegation allegations description call appeal plea insistence declaration
    announcement admission denial suggestion tweet post letter
    """
    )
)
#: Words right before an opening mark that make the quoted words a title or a
#: term, not speech ("the so-called 'special operation'", "the song 'Stefania'").
TERM_MARKERS = frozenset(
    _words(
        """
    so-called song film movie book album novel poem documentary show series operation
    titled entitled dubbed nicknamed slogan campaign programme program hashtag motto
    doctrine plan initiative called named
    """
    )
)
#: Most words of a quotation that may be a scare quote or a term.
_TERM_WORDS = 3
#: Determiners and possessives before a short quoted noun phrase that make it a
#: term ("Russia's 'rebirth'", "the 'liberation'").
_TERM_DETERMINERS = frozenset(_words("'s ’s the a an its their his her this these those our"))
#: Head nouns of a definite subject that stand for the organisation named most
#: recently ("the ministry said" -> "Britain's defence ministry").
ORGANISATION_ROLES = frozenset(
    _words(
        """
    ministry department agency office army military government company committee council
    embassy court institute commission kremlin administration service bureau command
    organisation organization alliance bank firm group party union
    """
    )
)

_DOUBLE = {"“": "open", "„": "open", "«": "open", "”": "close", "»": "close", '"': "either"}
_SINGLE = {"‘": "open", "‹": "open", "’": "close", "›": "close", "'": "either"}
_LEFT_BOUNDARY = set("([{—–-/:;") | set(_DOUBLE) | set(_SINGLE)
_RIGHT_BOUNDARY = set(".,;:!?)]}—–-…") | set(_DOUBLE) | set(_SINGLE)
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_CLIMB = ("advcl", "xcomp", "conj", "acl", "pcomp", "prep", "pobj", "dobj", "ccomp", "relcl")
_MAX_SINGLE = 300
#: Sentences back (from the pronoun's own) searched for the person it stands for.
_HISTORY_SENTENCES = 6
#: Sentences back searched for the body "they"/"it" stands for.
_BODY_SENTENCES = 2
#: Sentences added to the distance of a person named as the subject of a
#: subordinate clause, and of one named otherwise ("Putin's war", "met Biden").
_PENALTY_EMBEDDED = 1
_PENALTY_OTHER = 3
#: Most tokens of a sentence of bare attribution ("Trump continued.").
_ATTRIBUTION_TOKENS = 6
#: Tokens around a name searched for the role it is introduced with.
_ROLE_TOKENS = 5
#: Sentences after an attributed quote within which an unattributed quote of
#: the same paragraph continues it.
_CONTINUE_SENTENCES = 1
#: Paragraphs (a photo caption between) over which a quote left open continues.
_CONTINUE_PARAGRAPHS = 3
#: Words that only link a sentence to the one before ("However, according to X, ...").
_LINK_WORDS = frozenset(_words("however but and yet so also still now meanwhile moreover"))
#: Fewest tokens of an indirect content clause.
_MIN_CONTENT_TOKENS = 3


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
        doubles = _pair_doubles(line)
        singles = _pair_singles(line, doubles)
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
    for i, char in enumerate(line):
        if char not in _DOUBLE:
            continue
        kind = _mark_kind(line, i, _DOUBLE)
        if open_at is None:
            if kind != "close":
                open_at, clear_opener = i, kind == "open"
        elif kind == "open":
            pairs.append((open_at, i))
            open_at, clear_opener = i, True
        else:
            pairs.append((open_at, i))
            open_at = None
    if open_at is not None and clear_opener:
        pairs.append((open_at, None))
    return pairs


def _pair_singles(line: str, doubles: list[tuple[int, int | None]]) -> list[tuple[int, int]]:
    inside = [(a, len(line) if b is None else b) for a, b in doubles]
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for i, char in enumerate(line):
        if char not in _SINGLE or any(a <= i <= b for a, b in inside):
            continue
        before = line[i - 1] if i > 0 else " "
        after = line[i + 1] if i + 1 < len(line) else " "
        if before.isalnum() and after.isalnum():
            continue
        if open_at is None:
            if (before.isspace() or before in _LEFT_BOUNDARY) and after.isalnum():
                open_at = i
        elif (after.isspace() or after in _RIGHT_BOUNDARY) and not before.isspace():
            if i - open_at <= _MAX_SINGLE and not any(open_at < a < i for a, _ in inside):
                pairs.append((open_at, i))
            open_at = None
    return pairs


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
    quotes: list[dict] = []
    previous: tuple[_Span, _Speaker, str | None, int | None] | None = None
    for span in spans:
        if context.is_term(span):
            quotes.append(_row(doc, span.start, span.end, _Speaker(), None, "term", None))
            continue
        verb = context.attribution(span)
        speaker = context.speaker(verb, span) if verb is not None else None
        cue = verb.text if verb is not None and speaker is not None else None
        if speaker is None:
            speaker = context.according_to(span)
            cue = ACCORDING_TO_CUE if speaker is not None else None
        if speaker is None and verb is None:
            speaker, cue = context.speech_noun(span)
        if speaker is None and verb is not None:
            cue = verb.text
        verb_lemma = verb.lemma_.lower() if verb is not None else None
        verb_at = verb.idx if verb is not None else None
        if (speaker is None or speaker.text is None) and previous is not None and verb is None:
            before, last_speaker, last_verb, last_at = previous
            if context.continues_quote(before, last_at, span):
                speaker, verb_lemma, verb_at = last_speaker, last_verb, last_at
        speaker = speaker or _Speaker()
        quotes.append(_row(doc, span.start, span.end, speaker, verb_lemma, "direct", cue))
        previous = (span, speaker, verb_lemma, verb_at)
        if speaker.key:
            context.remember(span.start, speaker)
        elif speaker.text is not None:
            context.unnamed.append(span.start)
    quotes.extend(context.indirect())
    quotes.sort(key=lambda q: (q["start_char"], -q["end_char"]))
    return quotes


def _title_case(quoted: str) -> bool:
    """Whether quoted words are a title: at most five words, each long one capitalised."""
    words = re.findall(r"[^\W\d_]+", quoted)
    long_words = [w for w in words if len(w) > 3]
    return 0 < len(words) <= 5 and bool(long_words) and all(w[0].isupper() for w in long_words)


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
    if speaker_id is None and speaker.kind == "person" and speaker.key:
        speaker_id = speaker.key
    return {
        "start_char": start,
        "end_char": end,
        "quote": doc_text(doc)[start:end],
        "speaker_text": speaker.text,
        "speaker_start": speaker.start,
        "speaker_end": speaker.end,
        "speaker_id": speaker_id,
        "verb": verb,
        "speaker_name": speaker.name,
        "kind": kind,
        "cue": cue,
    }


class _Context:
    """The parse, mentions and speaker history of one document."""

    def __init__(self, doc: Doc, mentions: list[dict], spans: list[_Span], actors: dict):
        self.doc = doc
        self.actors = actors
        self.mentions = sorted(mentions, key=lambda m: (m["start_char"], m["end_char"]))
        self.mention_starts = [m["start_char"] for m in self.mentions]
        self.quoted = sorted(
            (s.open_at, (s.close_at + 1) if s.close_at is not None else s.end) for s in spans
        )
        self.sentence_starts = [sent.start_char for sent in doc.sents]
        self.history: list[tuple[int, _Speaker]] = []
        self.unnamed: list[int] = []
        self.verbs: dict[int, tuple[int, Token]] = {}
        self.by_key: dict[str, list[dict]] = {}
        for mention in self.mentions:
            self.by_key.setdefault(_mention_key(mention), []).append(mention)
        self.genders = self._unregistered_genders()
        self._collect_named_speakers()

    # ----------------------------------------------------------------- helpers

    def in_quote(self, token: Token) -> bool:
        i = bisect.bisect_right(self.quoted, (token.idx, float("inf"))) - 1
        return i >= 0 and self.quoted[i][0] <= token.idx < self.quoted[i][1]

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

    def _unregistered_genders(self) -> dict[str, str]:
        """Gender of unregistered people from an honorific ("Mr") or a common first name."""
        first_names = load_first_names()
        genders: dict[str, str] = {}
        for mention in self.mentions:
            if mention["actor_id"] or mention["actor_type"] != "person":
                continue
            before = doc_text(self.doc)[max(0, mention["start_char"] - 6) : mention["start_char"]]
            words = before.split()
            gender = HONORIFIC_GENDERS.get(words[-1].lower(), "") if words else ""
            name = mention["actor_name"] or ""
            gender = gender or first_names.get(name.split()[0] if name else "", "")
            if gender and not genders.get(name):
                genders[name] = gender
        return genders

    def continues(self, before: _Span, verb_at: int | None, span: _Span) -> bool:
        """Whether only the attribution of ``before`` lies between two quotes.

        A sentence between them other than the one holding the verb at
        ``verb_at`` or a short attribution ("Trump continued.") ends the
        quotation, which matters most in texts glued into one paragraph.
        """
        start = before.close_at + 1 if before.close_at is not None else before.end
        first = bisect.bisect_left(self.sentence_starts, start)
        last = bisect.bisect_left(self.sentence_starts, span.open_at)
        for k in range(first, last):
            sent_start = self.sentence_starts[k]
            if self._char_in_quote(sent_start) or not doc_text(self.doc)[sent_start].strip():
                continue
            sent = self.doc.char_span(sent_start, sent_start + 1, alignment_mode="expand")[0].sent
            holds_verb = verb_at is not None and sent.start_char <= verb_at < sent.end_char
            short = len(sent) <= _ATTRIBUTION_TOKENS and any(_is_reporting(t) for t in sent)
            if not (holds_verb or short):
                return False
        return True

    def remember(self, char: int, speaker: _Speaker) -> None:
        bisect.insort(self.history, (char, speaker), key=lambda item: item[0])

    def _collect_named_speakers(self) -> None:
        for token in self.doc:
            if not _is_reporting(token) or self.in_quote(token):
                continue
            subject = self.subject_of(token)
            if subject is None or subject.lower_ in PRONOUN_GENDERS:
                continue
            if subject.lower_ in BODY_PRONOUNS or _several_heads(subject, self.conjuncts(subject)):
                continue
            start, end = self.speaker_range(subject)
            named = self.person_in(start, end, subject) or self.body_in(start, end, subject)
            if named is not None:
                self.remember(token.idx, named)

    # ----------------------------------------------------------------- kinds

    def is_term(self, span: _Span) -> bool:
        """Whether quoted words are a title, a term or a scare quote, not speech.

        A quotation right after a title word ("the song", "so-called",
        "dubbed") is a term; so is a quotation of at most :data:`_TERM_WORDS`
        words inside a sentence that follows a determiner or a possessive
        ("Russia's 'rebirth'", "the 'liberation'"), holds no verb and has no
        attribution.
        """
        text = doc_text(self.doc)
        before = text[span.paragraph_start : span.open_at].split()
        if not before:
            return False
        last = before[-1].casefold()
        if last in TERM_MARKERS:
            return True
        possessive = last.endswith(("'s", "’s", "s'", "s’")) or last in _TERM_DETERMINERS
        if possessive and _title_case(text[span.start : span.end]):
            return True  # a programme, a paper or an order: CNN's "State of the Union"
        inner = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if inner is None or len([t for t in inner if t.is_alpha]) > _TERM_WORDS:
            return False
        if any(t.pos_ in ("VERB", "AUX") for t in inner):
            return False
        if not (last.endswith(("'s", "’s")) or last in _TERM_DETERMINERS):
            return False
        return self.attribution(span) is None

    def continues_quote(self, before: _Span, verb_at: int | None, span: _Span) -> bool:
        """Whether an unattributed quote continues the previous one (and takes its speaker).

        In the same paragraph: only the previous quote's attribution (or a
        short one) lies between them, or the quote follows within
        :data:`_CONTINUE_SENTENCES` sentences (a sentence of narration, a
        partial quote: "But 'negotiations ...' become dangerous"). A quote
        that opens a paragraph continues the quote of the previous paragraph,
        or one left open (wire style) up to :data:`_CONTINUE_PARAGRAPHS`
        paragraphs back, across a photo caption.
        """
        if before.paragraph == span.paragraph:
            if self.continues(before, verb_at, span):
                return True
            gap = self.sentence_of(span.open_at) - self.sentence_of(before.end)
            return gap <= _CONTINUE_SENTENCES
        if not span.opens_paragraph:
            return False
        if before.paragraph == span.paragraph - 1:
            return True
        gap = span.paragraph - before.paragraph
        return before.close_at is None and gap <= _CONTINUE_PARAGRAPHS

    def speech_noun(self, span: _Span) -> tuple[_Speaker | None, str | None]:
        """The X of "X's claim that '...'" or "remarks by X that '...'", with the noun as cue."""
        inner = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if inner is None or not len(inner):
            return None, None
        node = inner.root
        for _ in range(4):
            if node.head.i == node.i:
                return None, None
            node = node.head
            if self.in_quote(node):
                continue
            if node.lower_ in SPEECH_NOUNS and node.pos_ == "NOUN":
                break
        else:
            return None, None
        if node.lower_ not in SPEECH_NOUNS:
            return None, None
        owners = [c for c in node.children if c.dep_ == "poss"]
        for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
            owners += [c for c in prep.children if c.dep_ == "pobj"]
        for owner in owners:
            start, end = self.speaker_range(owner)
            text = doc_text(self.doc)
            for mark in ("'s", "’s", "'", "’"):
                if text[start:end].endswith(mark) and end - len(mark) > start:
                    end = len(text[:end].removesuffix(mark).rstrip())
                    break
            found = self.person_in(start, end, owner) or self.body_in(start, end, owner)
            if found is None:
                found = _Speaker(text=text[start:end], start=start, end=end)
            return found, node.text
        return None, None

    def named_after(self, subject: Token, start: int, end: int) -> _Speaker | None:
        """A person named after a described speaker and a comma ("A professor at the
        university, Artyom Lukin, told ...")."""
        if subject.pos_ != "NOUN" or subject.lower_ not in PERSON_ROLES:
            return None
        text = doc_text(self.doc)
        rest = text[end : end + 3]
        if not rest.startswith(","):
            return None
        after = end + 1 + (len(text[end + 1 :]) - len(text[end + 1 :].lstrip()))
        people = [
            m
            for m in self.mentions_in(after, after + 80)
            if m["actor_type"] == "person" and m["start_char"] == after
        ]
        if not people:
            return None
        return self._speaker_from(people[0], start, people[0]["end_char"])

    def by_surname(self, subject: Token, start: int, end: int) -> _Speaker | None:
        """A person named in full elsewhere, whose surname alone the NER missed ("Dombrovskis wrote")."""
        if subject.pos_ != "PROPN" or not subject.text[:1].isupper():
            return None
        owners = {
            _mention_key(m): m
            for m in self.mentions
            if m["actor_type"] == "person"
            and len((m["actor_name"] or "").split()) > 1
            and m["actor_name"].split()[-1] == subject.text
        }
        if len(owners) != 1:
            return None
        mention = next(iter(owners.values()))
        found = self._speaker_from(mention, start, end)
        return found

    def resolve_organisation(self, char: int, role: str, found: _Speaker) -> _Speaker | None:
        """The organisation "the ministry" at ``char`` stands for: the one named most recently.

        The nearest earlier phrase outside quotes, within
        :data:`_HISTORY_SENTENCES` sentences, whose head is the same noun and
        that says more than "the ministry" ("Britain's defence ministry", "the
        Ministry of Defence"); it gives the name, and the id of a registered
        body named in it.
        """
        window = self.sentence_starts[max(0, self.sentence_of(char) - _HISTORY_SENTENCES)]
        text = doc_text(self.doc)
        for token in reversed(self.doc[: self._token_at(char)]):
            if token.idx < window:
                break
            if token.lower_ != role or self.in_quote(token):
                continue
            left = token.left_edge.i
            ofs = [c.right_edge.i for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
            right = max([token.i, *ofs])
            while left < token.i and (self.doc[left].is_punct or self.doc[left].lower_ == "the"):
                left += 1
            start, end = self.doc[left].idx, self.doc[right].idx + len(self.doc[right])
            words = self.doc[left : right + 1]
            if not any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in words):
                continue
            found.name = text[start:end]
            found.kind = "organization"
            body = self.body_in(start, end, token)
            if body is not None:
                found.actor_id, found.key, found.name = body.actor_id, body.key, body.name
                found.kind, found.side = body.kind, body.side
            return found
        return None

    def _token_at(self, char: int) -> int:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0].i if span is not None and len(span) else len(self.doc)

    # ----------------------------------------------------------------- indirect

    def indirect(self) -> list[dict]:
        """Reported content without marks, and content holding a quoted fragment.

        "X said (that) CONTENT", "CONTENT, X said", "X warned reporters
        CONTENT": the content clause of a verb of :data:`CONTENT_VERBS`, or
        the sentence around a parenthetical "CONTENT, X said, ...";
        "according to X, CONTENT" and "CONTENT, according to X": the rest of
        the sentence. Content wholly inside quotation marks is direct speech
        and not repeated; content with a quoted fragment is ``mixed``.
        """
        rows: list[dict] = []
        seen: set[tuple[int, int]] = set()
        for token in self.doc:
            if self.in_quote(token):
                continue
            if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in CONTENT_VERBS:
                parenthetical = self._parenthetical_content(token)
                if parenthetical is not None and parenthetical not in seen:
                    speaker = self.speaker(token, None) or _Speaker()
                    seen.add(parenthetical)
                    lemma = token.lemma_.lower()
                    rows.append(self._indirect_row(parenthetical, speaker, lemma, token.text))
                for clause in (c for c in token.children if c.dep_ == "ccomp"):
                    if clause.left_edge.tag_ in ("WDT", "WP"):
                        continue  # "attacks that scholars say may be crimes": no clause to span
                    bounds = self._content(clause.left_edge.i, clause.right_edge.i)
                    if bounds is None or bounds in seen:
                        continue
                    speaker = self.speaker(token, None) or _Speaker()
                    seen.add(bounds)
                    lemma = token.lemma_.lower()
                    rows.append(self._indirect_row(bounds, speaker, lemma, token.text))
            elif token.lower_ == ACCORDING_TO[0] and token.i + 1 < len(self.doc):
                if self.doc[token.i + 1].lower_ != ACCORDING_TO[1]:
                    continue
                bounds = self._according_content(token)
                if bounds is None or bounds in seen:
                    continue
                speaker = self._according_speaker(self.doc[token.i + 1]) or _Speaker()
                seen.add(bounds)
                rows.append(self._indirect_row(bounds, speaker, None, ACCORDING_TO_CUE))
        return rows

    def _indirect_row(self, bounds: tuple[int, int], speaker: _Speaker, verb, cue) -> dict:
        start, end = bounds
        quoted = any(a < end and start < b for a, b in self.quoted)
        return _row(self.doc, start, end, speaker, verb, "mixed" if quoted else "indirect", cue)

    def _content(self, left: int, right: int) -> tuple[int, int] | None:
        """Character bounds of a content clause, without "that", commas and end marks.

        None when the clause is too short, or lies wholly in one quotation.
        """
        doc = self.doc
        while left <= right and (
            (doc[left].lower_ == "that" and (doc[left].dep_ == "mark" or doc[left].tag_ == "IN"))
            or doc[left].is_punct
            or doc[left].is_space
        ):
            left += 1
        while right >= left and (doc[right].is_punct or doc[right].is_space):
            right -= 1
        if right - left + 1 < _MIN_CONTENT_TOKENS:
            return None
        start, end = doc[left].idx, doc[right].idx + len(doc[right])
        outside = [t for t in doc[left : right + 1] if t.is_alpha and not self.in_quote(t)]
        if len(outside) < _MIN_CONTENT_TOKENS - 1:
            return None
        if any(a <= start and end <= b for a, b in self.quoted):
            return None
        return start, end

    def _according_content(self, according: Token) -> tuple[int, int] | None:
        """The sentence around "according to X", without that phrase.

        Words before the phrase that only link the sentence ("However,",
        "But") do not count; a phrase inside the sentence ("Those costs,
        according to the official, would reach ...") gives the whole sentence.
        Content holding its own verb of speaking with a subject ("according
        to a person in the room, ... he said") is left to that verb.
        """
        sent = according.sent
        phrase = list(according.subtree)
        first, last = phrase[0].i, phrase[-1].i
        lead = sent.start
        while lead < first and (
            self.doc[lead].is_punct
            or self.doc[lead].is_space
            or self.doc[lead].lower_ in _LINK_WORDS
        ):
            lead += 1
        before = [t for t in self.doc[lead:first] if not (t.is_punct or t.is_space)]
        after = [t for t in self.doc[last + 1 : sent.end] if not (t.is_punct or t.is_space)]
        if not before and after:
            left, right = last + 1, sent.end - 1
        elif before and not after:
            left, right = lead, first - 1
        elif before and after:
            left, right = lead, sent.end - 1
        else:
            return None
        for token in self.doc[left : right + 1]:
            if (
                token.lemma_.lower() in CONTENT_VERBS
                and token.pos_ == "VERB"
                and not self.in_quote(token)
                and any(c.dep_ in _SUBJECTS for c in token.children)
            ):
                return None
        return self._content(left, right)

    def _parenthetical_content(self, verb: Token) -> tuple[int, int] | None:
        """The content around a parenthetical "CONTENT, X said, ..." (a verb without a clause).

        The parser hangs "X said" on the content's verb (``parataxis``); the
        content is the sentence before the attribution, or the whole sentence
        when the attribution stands inside it ("Ukrainian forces, the report
        said, have destroyed ...").
        """
        if verb.dep_ != "parataxis" or not any(c.dep_ in _SUBJECTS for c in verb.children):
            return None
        sent = verb.sent
        phrase = list(verb.subtree)
        first, last = phrase[0].i, phrase[-1].i
        after = [t for t in self.doc[last + 1 : sent.end] if not (t.is_punct or t.is_space)]
        right = sent.end - 1 if after else first - 1
        if first <= sent.start:
            return None
        return self._content(sent.start, right)

    # ----------------------------------------------------------------- verb

    def attribution(self, span: _Span) -> Token | None:
        """The verb of attribution of a quoted span, or None."""
        inner = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if inner is None or not len(inner):
            return None
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
                if _is_reporting(node):
                    candidates.append((steps, abs(node.i - token.i), node.i, node))
                    break
                if node.head.i == node.i:
                    break
                node, steps = node.head, steps + 1
        verb = min(candidates)[3] if candidates else self._nearby_verb(span, inner)
        if verb is not None:
            self.verbs[span.open_at] = (span.paragraph, verb)
        return verb

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
        while i < len(doc) and self.in_quote(doc[i]):
            i += 1
        ends_clause = span.end > 0 and doc_text(doc)[span.end - 1] in ",?!"
        if i < len(doc) and (ends_clause or doc[i].text in {",", "?", "!"}):
            for token in doc[i : i + 10]:
                if self.in_quote(token) or token.text in ".!?" or not span.holds(token):
                    break
                if _is_reporting(token):
                    return token
        first = inner[0]
        sent = first.sent
        j = inner.start - 1
        while j >= sent.start and doc[j].idx >= span.open_at:
            j -= 1
        for k in range(j, sent.start - 1, -1):
            token = doc[k]
            if not span.holds(token):
                break
            if not self.in_quote(token) and _is_reporting(token):
                return token
        return None

    # ----------------------------------------------------------------- speaker

    def subject_of(self, verb: Token) -> Token | None:
        """The speaker token of a verb of attribution, climbing to a verb with a subject."""
        node, came_from = verb, None
        for _ in range(6):
            if came_from is not None and self.in_quote(node):
                if node.head.i == node.i:
                    return None
                node, came_from = node.head, node
                continue
            if came_from is not None and node.lemma_.lower() in ("quote", "cite"):
                objects = [c for c in node.children if c.dep_ == "dobj"]
                if objects and came_from.i > objects[0].i:
                    return objects[0]
            subjects = [c for c in node.children if c.dep_ in _SUBJECTS]
            if subjects:
                subject = subjects[0]
                if subject.dep_ == "nsubjpass" or subject.lower_ in ("it", "there"):
                    agent = _agent(node)
                    if agent is not None:
                        return agent
                    if subject.dep_ == "nsubjpass":
                        return None
                if subject.dep_ == "csubj" or self.in_quote(subject):
                    return None
                if subject.tag_ in ("WP", "WDT") and node.dep_ == "relcl":
                    return node.head
                return subject
            agent = _agent(node)
            if agent is not None:
                return agent
            if node.tag_ in ("VBD", "VBZ", "VBP"):
                left = _subject_on_left(node)
                if left is not None and not self.in_quote(left):
                    return left
            if node.dep_ not in _CLIMB or node.head.i == node.i:
                return None
            node, came_from = node.head, node
        return None

    def speaker_range(self, subject: Token) -> tuple[int, int]:
        """Character range of the speaker phrase, cut before an appositive."""
        doc = self.doc
        left, right = self._bounded(subject, subject.right_edge.i, {",", "(", "—", "–", "-", ";"})
        while left < right and (doc[left].is_punct or doc[left].is_space):
            left += 1
        return doc[left].idx, doc[right].idx + len(doc[right])

    def _bounded(self, subject: Token, right: int, right_stops: set[str]) -> tuple[int, int]:
        """Token range around ``subject`` up to the first stop mark or quote on either side."""
        doc = self.doc
        left = subject.left_edge.i
        for k in range(subject.i + 1, right + 1):
            if doc[k].text in right_stops or self.in_quote(doc[k]):
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
        if not holding:
            return None
        return self._speaker_from(holding[0], start, end)

    def body_in(self, start: int, end: int, head: Token) -> _Speaker | None:
        """A registered body speaking in a phrase ("the Kremlin", "G7 Leaders")."""
        bodies = [m for m in self.mentions_in(start, end) if m["actor_id"]]
        holding = [m for m in bodies if m["start_char"] <= head.idx < m["end_char"]]
        if holding:
            return self._speaker_from(holding[0], start, end)
        if head.lower_ in BODY_SPEAKERS and len({m["actor_id"] for m in bodies}) == 1:
            return self._speaker_from(bodies[0], start, end)
        return None

    def appositive_person(self, subject: Token, start: int) -> _Speaker | None:
        """A person named in apposition to a role ("Ukraine’s president, Volodymyr Zelenskiy,")."""
        for child in subject.children:
            if child.dep_ != "appos" or child.i < subject.i or self.in_quote(child):
                continue
            left = child.left_edge.idx
            right = child.right_edge.idx + len(child.right_edge)
            people = [m for m in self.mentions_in(left, right) if m["actor_type"] == "person"]
            holding = [m for m in people if m["start_char"] <= child.idx < m["end_char"]]
            if holding:
                return self._speaker_from(holding[0], start, holding[0]["end_char"])
        return None

    def _speaker_from(self, mention: dict, start: int, end: int) -> _Speaker:
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
                if (
                    child.dep_ == "conj"
                    and child.i > token.i
                    and child.pos_ in ("NOUN", "PROPN", "PRON")
                    and not self.in_quote(child)
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
        left, right = self._bounded(subject, right, {"(", "—", "–", ";"})
        start, end = doc[left].idx, doc[right].idx + len(doc[right])
        found = _Speaker(text=doc_text(doc)[start:end], start=start, end=end)
        heads = [subject, *conjuncts]
        ids = set()
        for head in heads:
            holding = [
                m
                for m in self.mentions_in(start, end)
                if m["start_char"] <= head.idx < m["end_char"]
            ]
            ids.add(holding[0]["actor_id"] if holding else None)
        if len(ids) == 1 and None not in ids:
            actor_id = ids.pop()
            actor = self.actors.get(actor_id, {})
            found.actor_id, found.name = actor_id, actor.get("name")
            found.kind, found.side, found.key = actor.get("type"), actor.get("side"), actor_id
        return found

    def speaker(self, verb: Token, span: _Span) -> _Speaker | None:
        """The speaker of a verb of attribution, resolved where possible."""
        subject = self.subject_of(verb)
        if subject is None:
            return None
        conjuncts = self.conjuncts(subject)
        if _several_heads(subject, conjuncts):
            return self.coordinated(subject, conjuncts)
        start, end = self.speaker_range(subject)
        text = doc_text(self.doc)[start:end]
        if self.names_several(start, end):
            return _Speaker(text=text, start=start, end=end)
        named = self.person_in(start, end, subject) or self.appositive_person(subject, start)
        named = named or self.by_surname(subject, start, end)
        named = named or self.named_after(subject, start, end)
        if named is not None:
            return named
        found = _Speaker(text=text, start=start, end=end)
        words = [t for t in self.doc[subject.left_edge.i : subject.i + 1] if t.idx >= start]
        lowered = {t.lower_ for t in words}
        if subject.lower_ in PRONOUN_GENDERS:
            resolved = self.resolve(subject.idx, PRONOUN_GENDERS[subject.lower_], None)
            return self._as(found, resolved)
        if subject.lower_ in BODY_PRONOUNS:
            resolved = self.resolve_body(subject.idx, BODY_PRONOUNS[subject.lower_])
            return self._as(found, resolved)
        if lowered & UNNAMED_MARKERS or any(t.like_num for t in words):
            return found
        bodies = [m for m in self.mentions_in(start, end) if m["actor_id"]]
        holding = [m for m in bodies if m["start_char"] <= subject.idx < m["end_char"]]
        if holding:
            return self._speaker_from(holding[0], start, end)
        role = subject.lower_
        definite = any(t.lower_ in ("the", "this", "that") for t in words) or (
            role in OCCUPATION_ROLES and any(t.lower_ in ("his", "her", "their") for t in words)
        )
        if role in ORGANISATION_ROLES and definite and len(words) <= 2:
            resolved = self.resolve_organisation(subject.idx, role, found)
            if resolved is not None:
                return resolved
        if role in PERSON_ROLES and subject.tag_ not in ("NNS", "NNPS") and definite:
            side = next((m["side"] for m in bodies if m["side"]), None)
            resolved = self.resolve(subject.idx, ROLE_GENDERS.get(role, ""), side, role=role)
            return self._as(found, resolved)
        return self.body_in(start, end, subject) or found

    def according_to(self, span: _Span) -> _Speaker | None:
        """The X of "according to X" in the sentence of the quote."""
        inner = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if inner is None or not len(inner):
            return None
        sent = inner[0].sent
        for token in sent:
            if token.lower_ == ACCORDING_TO[0] and not self.in_quote(token):
                nxt = token.nbor(1) if token.i + 1 < len(self.doc) else None
                if nxt is None or nxt.lower_ != ACCORDING_TO[1]:
                    continue
                found = self._according_speaker(nxt)
                if found is not None:
                    return found
        return None

    def _according_speaker(self, to: Token) -> _Speaker | None:
        """The speaker of "according to X": a person named in X or in apposition to
        it ("according to the US president, Joe Biden"), else a body, else X's words."""
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if not objects:
            return None
        start, end = self.speaker_range(objects[0])
        named = self.person_in(start, end, objects[0])
        named = named or self.appositive_person(objects[0], start)
        if named is None and objects[0].lower_ in PERSON_ROLES:
            named = self._apposition_after(objects[0], start)
        if named is not None:
            return named
        bodies = [m for m in self.mentions_in(start, end) if m["actor_id"]]
        if bodies:
            return self._speaker_from(bodies[0], start, end)
        return _Speaker(text=doc_text(self.doc)[start:end], start=start, end=end)

    def _apposition_after(self, role: Token, start: int) -> _Speaker | None:
        """A person named right after a role and a comma ("the US president, Joe Biden")."""
        doc = self.doc
        k = role.i + 1
        if k >= len(doc) or doc[k].text != ",":
            return None
        after = doc[k + 1].idx if k + 1 < len(doc) else None
        people = [
            m
            for m in self.mentions_in(after or 0, (after or 0) + 80)
            if m["actor_type"] == "person" and m["start_char"] == after
        ]
        if after is None or not people:
            return None
        return self._speaker_from(people[0], start, people[0]["end_char"])

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
        self, char: int, gender: str, side: str | None, *, role: str | None = None
    ) -> _Speaker | None:
        """The person a pronoun or a role at ``char`` stands for, if unambiguous.

        Candidates are the people who spoke and the people named (outside
        quotes) in the last :data:`_HISTORY_SENTENCES` sentences, with an
        agreeing gender and side. The nearest sentence wins, a person named
        as a subject counting two sentences nearer than one named elsewhere
        ("Putin's war"); two different people equally near leave it
        unresolved unless only one of them has the pronoun's gender for sure.
        A role ("the minister") prefers a person introduced with that role.
        """

        def agrees(speaker: _Speaker) -> bool:
            gender_ok = not gender or not speaker.gender or speaker.gender == gender
            side_ok = not side or not speaker.side or speaker.side == side
            return speaker.kind == "person" and gender_ok and side_ok

        sentence = self.sentence_of(char)
        window = self.sentence_starts[max(0, sentence - _HISTORY_SENTENCES)]
        candidates: list[tuple[int, int, _Speaker]] = []
        for position, speaker in self.history:
            if window <= position < char and agrees(speaker):
                candidates.append((sentence - self.sentence_of(position), position, speaker))
        for mention in self.mentions_in(window, char):
            if mention["actor_type"] != "person" or self._char_in_quote(mention["start_char"]):
                continue
            found = self._speaker_from(mention, mention["start_char"], mention["end_char"])
            if agrees(found):
                rank = sentence - self.sentence_of(mention["start_char"])
                rank += self._distance_penalty(mention)
                candidates.append((rank, mention["start_char"], found))
        if role is not None:
            introduced = [c for c in candidates if self._introduced_as(c[2].key, role, char)]
            if introduced or role in INTRODUCED_ROLES:
                candidates = introduced
        if not candidates:
            return None
        nearest = min(rank for rank, _, _ in candidates)
        group = sorted((c for c in candidates if c[0] == nearest), key=lambda c: c[1])
        if len({c[2].key for c in group}) > 1 and gender:
            group = [c for c in group if c[2].gender == gender]
        if len({c[2].key for c in group}) == 1:
            return group[-1][2]
        return None

    def resolve_body(self, char: int, kinds: frozenset[str]) -> _Speaker | None:
        """The body "they"/"it" at ``char`` stands for: the last speaker, if a body.

        An unnamed speaker ("the unnamed source said") after that body blocks it.
        """
        sentence = self.sentence_of(char)
        unnamed = max((p for p in self.unnamed if p < char), default=-1)
        for position, speaker in reversed(self.history):
            if position >= char:
                continue
            if position < unnamed:
                return None
            if sentence - self.sentence_of(position) > _BODY_SENTENCES:
                return None
            return speaker if speaker.kind in kinds and speaker.actor_id else None
        return None

    def _distance_penalty(self, mention: dict) -> int:
        """Sentences added to a mention's distance.

        0 for the subject of a main clause or the X of "according to X", 1 for
        the subject of another clause, 3 for any other mention.
        """
        span = self.doc.char_span(
            mention["start_char"], mention["end_char"], alignment_mode="expand"
        )
        if span is None or not len(span):
            return _PENALTY_OTHER
        root = span.root
        if root.dep_ == "appos":
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ == ACCORDING_TO[1]:
            return 0 if root.head.head.lower_ == ACCORDING_TO[0] else _PENALTY_OTHER
        if root.dep_ not in ("nsubj", "nsubjpass"):
            return _PENALTY_OTHER
        verb = root.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return 0 if verb.dep_ == "ROOT" else _PENALTY_EMBEDDED

    def _introduced_as(self, key: str | None, role: str, char: int) -> bool:
        """Whether a person is named with a role ("Kremlin spokesman Dmitry Peskov").

        The role word at ``char`` itself (the one being resolved) does not count.
        """
        roles = SPOKES_ROLES if role in INTRODUCED_ROLES else {role}
        doc = self.doc
        for mention in self.by_key.get(key, ()):
            span = doc.char_span(
                mention["start_char"], mention["end_char"], alignment_mode="expand"
            )
            if span is None:
                continue
            near = range(span.start - _ROLE_TOKENS, span.end + _ROLE_TOKENS)
            if any(t.lower_ in roles and t.i in near and t.idx != char for t in span.root.subtree):
                return True
        return False

    def _char_in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self.quoted, (char, float("inf"))) - 1
        return i >= 0 and self.quoted[i][0] <= char < self.quoted[i][1]


def _several_heads(subject: Token, conjuncts: list[Token]) -> bool:
    """Whether coordinated nouns name several speakers, not one person's roles.

    "Trump and his allies" or "Ukraine and the West" are several; "author
    and commentator Candace Owens" is one: at least two of the heads must be
    names, plurals or pronouns.
    """
    heads = [subject, *conjuncts]
    actors = [t for t in heads if t.pos_ in ("PROPN", "PRON") or t.tag_ in ("NNS", "NNPS")]
    return len(conjuncts) > 0 and len(actors) >= 2


def _mention_key(mention: dict) -> str:
    return mention["actor_id"] or f"unregistered:{mention['actor_name']}"


def _is_reporting(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or lemma not in REPORTING_VERBS:
        return False
    if lemma in INTRANSITIVE_ONLY:
        return not any(c.dep_ in ("xcomp", "dobj", "prep") for c in token.children)
    return True


def _subject_on_left(verb: Token) -> Token | None:
    """The head of the noun phrase right before a verb the parser left subjectless."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].pos_ in ("ADV", "PART") and doc[k].dep_ in ("advmod", "neg"):
        k -= 1
    if k < 0 or doc[k].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    token = doc[k]
    while token.dep_ in ("pobj", "prep", "compound", "amod", "poss") and token.head.i < verb.i:
        token = token.head
    return token if token.pos_ in ("NOUN", "PROPN", "PRON") else None


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None

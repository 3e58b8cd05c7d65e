"""How each sentence reads on its own, from its parse: what the brief needs to quote it alone.

A brief takes single sentences out of their articles. One that leans on the sentence before
it ("He also said …", "The ABC News report came after …", "Just hours earlier, …") reads as
nonsense there, and one that evaluates without saying who judges ("Trump appeared to
rationalize …", "Importantly, Washington also needs …") is the writer's analysis, not a
report. Each sentence gets a ``SentenceRole``: its kind (report | statement | analysis |
fragment | question), why it leans on an earlier sentence, in words, and its subject.

The signals are grammatical (subject, determiners, the main verb and its modifiers), so they
hold for any outlet; the short word lists below are closed classes of English (connectives,
demonstratives, sentence adverbs), each with where it was seen.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from storydesk.annotate.cues import CUE_LEMMAS
from storydesk.annotate.doers import action_of, claims, doer, reported_clause
from storydesk.annotate.quote_marks import quote_spans
from storydesk.annotate.wordnet import load as load_wordnet
from storydesk.article import Article, SentenceRole

# Sentence openers that continue the sentence before (seen: "But skepticism grew …", "However,
# Article 21 …", "Meanwhile, a leaked audio …" in the example; "Still, Ukrainian delegate …"
# in Newslooks' copy; "And he said, the President." on an AP page of the Zyte set).
CONNECTIVES = frozenset({
    "and", "but", "or", "nor", "so", "yet", "also", "however", "meanwhile", "still",
    "instead", "moreover", "furthermore", "nonetheless", "nevertheless", "thus", "therefore",
    "hence", "besides", "likewise", "similarly", "additionally", "otherwise", "then",
    "indeed", "accordingly", "conversely", "again", "plus", "too",
})  # fmt: skip
# Adverbs on the main verb that say "as well as what was just said" ("Trump also said he
# hopes …", "Bevz also clarified …" in the example; "TMZ also reports …" in ECB+ topic 1).
CONTINUING = frozenset({"also", "too", "again", "further", "likewise", "meanwhile"})
# Main verbs that go on from an earlier statement ("He added that …", "Heller reiterated").
CONTINUING_VERBS = frozenset({"add", "reiterate", "echo", "repeat", "elaborate"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such"})
POSSESSIVES = frozenset({"his", "her", "their", "its"})
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "them", "this", "that", "these",
                      "those", "one"})  # fmt: skip
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
# Nouns that stand for something said or done just before ("shell nouns", Schmid 2000): as a
# subject with "the" and nothing that says which one, they point back ("The ABC News report
# came after …", "The warning set off alarm …", "The move drew criticism …").
SHELL_NOUNS = frozenset({
    "report", "reports", "move", "announcement", "comment", "comments", "remark", "remarks",
    "decision", "warning", "statement", "news", "development", "step", "update", "incident",
    "claim", "claims", "revelation", "admission", "request", "offer", "episode",
    "reaction", "response", "criticism", "call", "appeal", "threat", "accusation",
})  # fmt: skip
# Recorded documents a story has just described, pointed back to as "the text", "the
# transcript" (not ``documents.DOCUMENT_NOUNS``, the documents a figure counts: plan, bill).
RECORDED_NOUNS = frozenset({
    "text", "transcript", "recording", "video", "footage", "document", "documents", "letter",
    "memo", "draft", "audio", "tape", "photo", "photos", "image", "images", "post", "tweet",
})  # fmt: skip
# Sentence adverbs by which the writer, not a source, judges ("Importantly, Washington also
# now needs …" in the example's Al Jazeera copy; "Ironically, …" on a fundus opinion page).
EVALUATIVE = frozenset({
    "importantly", "notably", "clearly", "arguably", "undoubtedly", "surely", "obviously",
    "crucially", "ironically", "frankly", "unfortunately", "fortunately", "perhaps",
    "probably", "apparently", "evidently", "inevitably", "remarkably", "tellingly",
    "understandably", "predictably", "sadly", "thankfully", "admittedly",
})  # fmt: skip
# Main verbs of impression: "Trump appeared to rationalize key aspects of the plan".
SEEMING = frozenset({"appear", "seem", "look"})
EPISTEMIC = frozenset({"may", "might"})
# Speech cues that report a reaction rather than an announcement ("warned", "urged").
REACTING = frozenset({
    "warn", "urge", "stress", "caution", "praise", "denounce", "blast", "insist", "argue",
    "vow", "thank", "lament", "complain", "reiterate", "echo", "emphasise", "emphasize",
    "criticise", "criticize", "condemn", "welcome", "slam", "call", "retort", "dismiss",
})  # fmt: skip
RELATIVE_TIME = frozenset({"earlier", "later", "afterwards", "afterward"})
SAME_DAY = frozenset({"day", "morning", "afternoon", "evening", "night"})


class RoleAnnotator:
    name = "roles"
    requires: tuple[str, ...] = ("text", "sentence_spans", "entities")
    assigns: tuple[str, ...] = ("roles",)

    def __call__(self, article: Article, doc: Doc) -> None:
        people = [(e.start, e.end) for e in article.entities if e.type == "PERSON"]
        quotes = [(q.start, q.end) for q in quote_spans(article.text)]
        roles = []
        for start, end in article.sentence_spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            roles.append(role(span, quotes, people) if span is not None and len(span) else
                         SentenceRole("fragment"))
        article.roles = roles


def role(sentence: Span, quotes: list[tuple[int, int]],
         people: list[tuple[int, int]]) -> SentenceRole:
    """``quotes``: quoted stretches of the text (a quote may run over several sentences);
    ``people``: character spans of the article's PERSON mentions."""
    quoted = {t.i for t in sentence if any(s <= t.idx < e for s, e in quotes)}
    root = sentence.root
    subject = subject_of(root)
    found = SentenceRole(kind=kind_of(sentence, root, quoted, subject))
    found.subject = " ".join(t.text for t in subject.subtree) if subject is not None else None
    found.claims = claims(root) if root.pos_ in ("VERB", "AUX") else []
    clause = reported_clause(root)
    agent = doer(clause) if clause is not None else None
    if clause is not None and agent is not None:
        found.agent_start, found.agent_end = agent.idx, agent.idx + len(agent.text)
        found.action = action_of(clause)
    if any(s < sentence.start_char < e for s, e in quotes):
        found.kind = "statement"
        found.leans_on = "goes on with a quote opened in an earlier sentence"
    else:
        found.leans_on = leans_on(sentence, root, subject, quoted, people)
    return found


def kind_of(sentence: Span, root: Token, quoted: set[int], subject: Token | None) -> str:
    text = sentence.text.rstrip("”\"’' ")
    if text.endswith("?"):
        return "question"
    if root.pos_ not in ("VERB", "AUX") or (
        subject is None and root.tag_ in ("VBN", "VBG") and not _helpers(root)
    ):
        return "fragment"  # "4 years old Conflict.", "Speaking in the European Parliament …"
    attributed = bool(quoted) or _speech(root) or _according_to(sentence)
    if _speech(root) and (quoted or root.lemma_.lower() in REACTING):
        return "statement"
    if not attributed and _judged(sentence, root, quoted):
        return "analysis"
    return "report"


def leans_on(sentence: Span, root: Token, subject: Token | None, quoted: set[int],
             people: list[tuple[int, int]]) -> str | None:
    """Why the sentence cannot be read without the one before it, or None."""
    opening = next((t for t in sentence if t.i not in quoted and t.is_alpha), None)
    if opening is not None and opening.lower_ in CONNECTIVES and opening.i == _first_word(sentence):
        return f"opens with “{opening.text}”"
    for child in root.children:
        if child.dep_ in ("advmod", "cc") and child.lower_ in CONTINUING and child.i not in quoted:
            return f"“{child.text}” continues an earlier sentence"
    if root.lemma_.lower() in CONTINUING_VERBS and not any(c.dep_ == "xcomp" for c in
                                                           root.children):
        return f"“{root.text}” continues an earlier statement"
    relative = _relative_time(sentence, quoted)
    if relative:
        return f"dated by an earlier sentence (“{relative}”)"
    if subject is not None and subject.i not in quoted:
        found = _refers_back(subject, people)
        if found:
            return found
    return _object_refers_back(root, quoted)


def _object_refers_back(root: Token, quoted: set[int]) -> str | None:
    """A sentence about "the text", "the report" it does not name: "The FT has not
    independently verified the text." (the example's FT copy; AP's stock line "… has not
    independently verified the transcript" in Newslooks' copy), "WeWork declined to comment
    on the report." (venturebeat.com, Zyte set)."""
    for child in _objects(root):
        if child.i in quoted or child.pos_ != "NOUN":
            continue
        determiners = {c.lower_ for c in child.children if c.dep_ in ("det", "poss")}
        restricted = any(c.dep_ in ("prep", "acl", "relcl", "compound", "amod", "appos")
                         for c in child.children)
        if determiners & ({"the"} | DEMONSTRATIVES) and not restricted and (
            child.lower_ in SHELL_NOUNS | RECORDED_NOUNS
        ):
            return f"object points back (“{' '.join(t.text for t in child.subtree)}”)"
    return None


def _refers_back(subject: Token, people: list[tuple[int, int]]) -> str | None:
    words = list(subject.subtree)
    phrase = " ".join(t.text for t in words)
    if subject.lower_ in PRONOUNS and len(words) == 1:
        return f"pronoun subject “{subject.text}”"
    determiners = [c for c in subject.children if c.dep_ in ("det", "poss")]
    if any(d.lower_ in DEMONSTRATIVES | POSSESSIVES for d in determiners):
        return f"subject points back (“{phrase}”)"
    if not any(d.lower_ == "the" for d in determiners) or subject.pos_ != "NOUN":
        return None
    restricted = any(c.dep_ in ("prep", "acl", "relcl", "ccomp", "appos") for c in
                     subject.children)
    if subject.lower_ in SHELL_NOUNS and not restricted:
        return f"subject points back (“{phrase}”)"
    named = any(start < subject.right_edge.idx + len(subject.right_edge) and
                end > subject.left_edge.idx for start, end in people)
    if _person_noun(subject) and not named and not any(t.pos_ == "PROPN" and t.ent_type_ in
                                                       ("PERSON",) for t in words):
        return f"subject points back (“{phrase}”)"
    return None


def _person_noun(token: Token) -> bool:
    """"the two men", "the official", "the US president": people not named here (the first
    sense of the noun is a person in WordNet)."""
    wordnet = load_wordnet()
    senses = wordnet.synsets(token.lemma_.lower(), "n")[:1]
    return any(wordnet.synset(key).lexname == "noun.person" for key in senses)


def _objects(root: Token) -> list[Token]:
    """Objects of the main verb, through an infinitive and a preposition ("declined to
    comment on the report")."""
    found: list[Token] = []
    frontier = [root]
    while frontier:
        node = frontier.pop()
        for child in node.children:
            if child.dep_ in ("dobj", "pobj"):
                found.append(child)
            elif child.dep_ in ("xcomp", "prep"):
                frontier.append(child)
    return found


def _relative_time(sentence: Span, quoted: set[int]) -> str | None:
    """ "Just hours earlier", "days later", "the same day", "the next morning": a time told
    against the sentence before."""
    for token in sentence:
        if token.i in quoted:
            continue
        if token.lower_ in RELATIVE_TIME and token.pos_ == "ADV" and any(
            c.dep_ == "npadvmod" for c in token.children
        ):
            return " ".join(t.text for t in token.subtree)
        modifiers = {c.lower_ for c in token.children}
        if (token.lower_ in SAME_DAY and modifiers & {"same", "next", "following", "previous"}
                and modifiers & {"the", "that"}):
            return " ".join(t.text for t in token.subtree)
    return None


def _judged(sentence: Span, root: Token, quoted: set[int]) -> bool:
    """The writer judges: an evaluative sentence adverb, an impression verb ("appeared to"),
    an epistemic modal on the main verb, or the writer's own "I" and "we"."""
    if root.lemma_.lower() in SEEMING and any(c.dep_ == "xcomp" for c in root.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in EPISTEMIC for c in root.children):
        return True
    first = next((t for t in sentence if t.is_alpha), None)
    if first is not None and first.i not in quoted and first.lower_ in EVALUATIVE:
        return True  # the opening adverb, however the parser tags it ("Ironically Nichols")
    for token in sentence:
        if token.i in quoted:
            continue
        if token.lower_ in EVALUATIVE and token.dep_ == "advmod" and token.head == root:
            return True
        if token.lower_ in FIRST_PERSON and token.pos_ == "PRON":
            return True
    return False


def _speech(root: Token) -> bool:
    return root.lemma_.lower() in CUE_LEMMAS


def _according_to(sentence: Span) -> bool:
    return any(t.lower_ == "according" and t.nbor(1).lower_ == "to" for t in sentence
               if t.i + 1 < len(t.doc))


def _helpers(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in ("aux", "auxpass")]


def subject_of(root: Token) -> Token | None:
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    return subjects[0] if subjects else None


def _first_word(sentence: Span) -> int:
    return next((t.i for t in sentence if t.is_alpha), sentence.start)

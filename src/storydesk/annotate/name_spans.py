"""Name spans made whole: the small model cuts names at particles and hyphens.

``en_core_web_sm`` tags "Ursula von der" PERSON and "Leyen" GPE, "von der" PERSON beside a
"Leyen" GPE, "Ursula von" beside an untagged "der Leyen" (the example's Euronews and
Al Jazeera articles), and may stop a hyphenated given name at its hyphen ("Ban Ki" of "Ban
Ki-moon"). The tokens say where the name really ends:

* two spans with only surname particles between them (or one of them ending or starting in a
  particle) are one name ("Ursula von der" + "Leyen");
* a span ending in particles runs on over the capitalised words after them ("Ursula von" +
  "der Leyen"); one starting with particles takes the given name before them ("von der
  Leyen" after "Ursula");
* a person's span runs on over a hyphen glued to a proper noun no other span claims
  ("Ki-moon", "Jean-Claude"; never "Netanyahu-led").

The joined span is a PERSON when any piece was (the model's PERSON is the part it was sure
of), else the label of its longest piece. Spans are token offsets ``(start, end, label)``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storydesk.annotate.name_words import PARTICLES, ROLE_HEADS, ROLE_MODIFIERS

Span = tuple[int, int, str]
HYPHENS = frozenset({"-", "‐", "‑"})
NICKNAME_MARKS = {'"': '"', "“": "”", "(": ")", "‘": "’"}
_MAX_GIVEN = 2  # capitalised words taken before a leading particle ("Ursula", "Anna Maria")


def whole_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with names cut at particles, hyphens or nicknames joined again, in text
    order."""
    joined = _join_across_particles(doc, sorted(spans))
    extended = [_extend(doc, span, joined) for span in joined]
    return _with_nicknames(doc, _join_across_particles(doc, extended))


def _with_nicknames(doc: Doc, spans: list[Span]) -> list[Span]:
    """A given name, a nickname in quotes or brackets, a surname: one person ('Kimani "Kiki"
    Gray', 'Luis Gerardo "Jerry" Ortiz', ECB+ 16 and 19, where the model tags "Luis
    Gerardo" alone, or the nickname and surname as a WORK_OF_ART). The spans it overlaps
    give way, unless one of them is not a person's."""
    for start, end in _nickname_names(doc):
        inside = [s for s in spans if s[0] < end and start < s[1]]
        if all(label == "PERSON" for _, _, label in inside):
            spans = sorted([s for s in spans if s not in inside] + [(start, end, "PERSON")])
    return spans


def _nickname_names(doc: Doc) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for i, token in enumerate(doc):
        closing = NICKNAME_MARKS.get(token.text)
        if closing is None or i == 0 or not _is_name_word(doc[i - 1]):
            continue
        inner = i + 1
        while inner < len(doc) and inner - i <= 2 and _is_name_word(doc[inner]):
            inner += 1
        if inner == i + 1 or inner >= len(doc) - 1 or doc[inner].text != closing:
            continue
        if not _is_name_word(doc[inner + 1]) or doc[inner + 1].pos_ != "PROPN":
            continue
        start = i - 1
        while start > 0 and i - start < 3 and _is_name_word(doc[start - 1]):
            start -= 1
        end = inner + 2
        while end < len(doc) and end - inner < 3 and _is_name_word(doc[end]):
            end += 1
        found.append((start, end))
    return found


def is_particle(token: Token) -> bool:
    return token.text.islower() and token.text in PARTICLES


def _is_name_word(token: Token) -> bool:
    """A capitalised word that can be part of a name (not a title: "President von der Leyen"
    keeps "President" out)."""
    word = token.text
    if not word[:1].isupper() or not word.isalpha():
        return False
    folded = word.casefold()
    return folded not in ROLE_HEADS and folded not in ROLE_MODIFIERS


def _join_across_particles(doc: Doc, spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in spans:
        if merged and _joinable(doc, merged[-1], span):
            merged[-1] = _union(merged[-1], span)
        else:
            merged.append(span)
    return merged


def _joinable(doc: Doc, left: Span, right: Span) -> bool:
    gap = doc[left[1] : right[0]]
    if right[0] < left[1] or not all(is_particle(t) for t in gap):
        return False
    if any(not t.whitespace_ for t in gap) or not doc[left[1] - 1].whitespace_:
        return False  # "Kyiv’s" or punctuation glued between: not one name
    edge_particle = is_particle(doc[left[1] - 1]) or is_particle(doc[right[0]])
    return len(gap) > 0 or edge_particle


def _union(left: Span, right: Span) -> Span:
    labels = (left[2], right[2])
    if "PERSON" in labels:
        label = "PERSON"
    else:
        label = left[2] if left[1] - left[0] >= right[1] - right[0] else right[2]
    return (min(left[0], right[0]), max(left[1], right[1]), label)


def _extend(doc: Doc, span: Span, spans: list[Span]) -> Span:
    start, end, label = span
    taken = {i for s, e, _ in spans if (s, e) != (start, end) for i in range(s, e)}
    if is_particle(doc[end - 1]):
        end = _run_on(doc, end, taken)
    if is_particle(doc[start]):
        start = _given_names_before(doc, start, taken)
    elif start > 0 and is_particle(doc[start - 1]):
        before = start
        while before > 0 and is_particle(doc[before - 1]):
            before -= 1
        given = _given_names_before(doc, before, taken)
        if given < before:
            start = given
    if label == "PERSON":
        start, end = _hyphenated(doc, start, end, taken)
    return (start, end, label)


def _run_on(doc: Doc, end: int, taken: set[int]) -> int:
    """Past more particles, over the capitalised words that finish the name."""
    position = end
    while position < len(doc) and is_particle(doc[position]) and position not in taken:
        position += 1
    finish = position
    while finish < len(doc) and finish not in taken and _is_name_word(doc[finish]):
        finish += 1
    return finish if finish > position else end


def _given_names_before(doc: Doc, start: int, taken: set[int]) -> int:
    position = start
    while (
        position > 0
        and start - position < _MAX_GIVEN
        and position - 1 not in taken
        and _is_name_word(doc[position - 1])
        and doc[position - 1].whitespace_
    ):
        position -= 1
    return position


def _hyphenated(doc: Doc, start: int, end: int, taken: set[int]) -> tuple[int, int]:
    while end + 1 < len(doc) and _glued_piece(doc, end, end + 1, taken):
        end += 2
    while start - 2 >= 0 and _glued_piece(doc, start - 1, start - 2, taken):
        start -= 2
    return start, end


def _glued_piece(doc: Doc, hyphen: int, piece: int, taken: set[int]) -> bool:
    """``doc[hyphen]`` is a hyphen glued on both sides, and ``doc[piece]`` beyond it a proper
    noun no other span claims: "Ki-moon", "Jean-Claude"; never "Netanyahu-led" (a verb)."""
    token = doc[hyphen]
    if token.text not in HYPHENS or hyphen in taken or piece in taken:
        return False
    if token.whitespace_ or doc[hyphen - 1].whitespace_:
        return False
    return doc[piece].text.isalpha() and doc[piece].pos_ == "PROPN"

"""The words a pattern cannot match without (checker/gate.py): patterns are tried only on sentences
holding one of them, so a wrong word would lose claims silently."""

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.discovery import builtin_rules
from checker.gate import candidates, fold, literals, words
from checker.rule import Pattern
from checker.toml_rules import load_toml_rule


@pytest.mark.parametrize(
    "source, expected",
    [
        (r"death toll", {"death"}),  # the longest run of literal text ("death" and "toll" are equally long: the first)
        (r"(?:killed|killing|claimed the lives of) \d+", {"killed", "killing", "claimed"}),
        (r"(?:truce|ceasefire)s? of \d+ days", {"truce", "ceasefire"}),  # the alternation beats "of", "days" is shorter
        (r"\d+ (?:more )?hostages", {"hostages"}),  # an optional word is not needed
        (r"(?:aid )+trucks", {"trucks"}),
        (r"(?:Hamas|militants)(?:-led)? attacked", {"attacked"}),
        (r"released \d+ Palestinian prisoners", {"palestinian", "prisoners", "released"} & {"palestinian"}),
    ],
)
def test_words_of_a_regex(source, expected):
    assert words(source) == frozenset(expected)


@pytest.mark.parametrize(
    "source",
    [
        r"\d+ (?:of|in) \w+",  # only words shorter than three letters
        r"(?:hostages?|\d+)",  # one branch has no word
        r"\p{Lu}\w+ said",  # syntax only the regex module reads: no words rather than wrong ones
        r"[[a-z]--[aeiou]]+ killed",  # a set operation of the regex module
        r"(?:killed)?\d+",
    ],
)
def test_no_words_when_none_can_be_told(source):
    assert words(source) is None


def test_every_pattern_has_words_and_every_example_holds_them():
    """Each pattern of a rule pack (the earthquake example's) is gated, and its words are in every sentence it
    matches. (The built-in rules declare vocabulary, not patterns.)"""
    pack = Path(__file__).resolve().parent.parent / "examples" / "earthquake" / "rules" / "earthquake.toml"
    for rule in (load_toml_rule(pack),):
        assert rule.patterns
        for pattern in rule.patterns:
            needed = words(pattern.compiled.pattern)
            assert needed, f"{rule.code}: no words in {pattern.regex!r}: it would be tried on every sentence"
        regexes = tuple(p.compiled.pattern for p in rule.patterns)
        patterned = {p.metric for p in rule.patterns}
        for example in rule.examples:
            for claim in example.claims:
                if claim.metric not in patterned:
                    continue  # read by the frames, not a pattern
                allowed = candidates(claim.quote, regexes)
                assert any(rule.patterns[i].metric == claim.metric for i in allowed), claim.quote


def test_words_are_found_in_any_case_as_the_patterns_fold_it():
    regexes = ("straße", r"freed \d+", r"\d+ (?:of|in) \w+")
    assert candidates("Die STRASSE ist zu", regexes) == {0, 2}  # "ß" folds to "ss"; the last needs no word
    assert candidates("Hostages FREED on Monday", regexes) == {1, 2}
    assert regex.search("straße", "Die STRASSE ist zu", regex.I | regex.V1)
    assert candidates("Hamas FREED 3 HOSTAGES in İstanbul", ("istanbul",)) == {
        0
    }  # İ is i, as the regex module folds it
    assert regex.search("istanbul", "in İstanbul", regex.I | regex.V1)


def test_words_match_what_the_regex_module_matches():
    """Words come from Python's parser of the pattern the regex module compiles: they must agree."""
    pattern = Pattern(r"(?:freed|released) {count} (?:more )?hostages", "hostages.released")
    compiled = pattern.compiled
    needed = words(compiled.pattern)
    masked = "Hamas RELEASED \ue000\ue000 more hostages on Sunday"
    assert compiled.search(masked) and candidates(masked, (compiled.pattern,)) == {0}
    assert not candidates("Hamas is still holding 59 captives", (compiled.pattern,))
    assert needed == frozenset({"hostages"})  # the longest word the pattern needs


@pytest.mark.parametrize(
    "source, expected",
    [
        ("Gaza", {"gaza"}),
        ("hostage|captive", {"hostage", "captive"}),
        ("Gaza|West Bank|Palestinian", {"gaza", "west bank", "palestinian"}),
        (
            r"\bGaza\b",
            None,
        ),  # word boundaries: a substring test would find "Gazans" where the regex does not... and does
        ("Gaza|", None),  # an empty alternative matches everywhere
        ("West  Bank", None),
        ("U.N.", None),
        ("hostages?", None),
        ("aid_worker", None),
    ],
)
def test_literal_topics(source, expected):
    assert literals(source) == (None if expected is None else frozenset(expected))


_TRICKY = (
    "GAZA gaza Gaża ĠAZA HOSTAGE Hoſtage hoSTAGE ﬁ ß SS İ ı K K Captive CAPTİVE Palestinian PALESTİNİAN "
    "west bank WEST BANK"
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TRICKY.split() + [" ", "’s", "-", "\n", "s"]), max_size=12))
def test_a_literal_topic_is_found_where_its_regex_is(pieces):
    """The substring test on case-folded text finds each built-in topic exactly where its regex (ignoring
    case, with full case folding) does, also with letters that fold to two or to ASCII."""
    text = "".join(pieces)
    for rule in builtin_rules():
        exact = literals(rule.topic) if rule.topic else None
        if exact is not None:
            assert (rule.compiled_topic.search(text) is not None) == any(w in fold(text) for w in exact), rule.topic


def test_the_builtin_topics_are_word_lists():
    """Every built-in topic is a list of words, so none is searched with the regex engine (extraction.py)."""
    assert all(literals(r.topic) is not None for r in builtin_rules() if r.topic)

from __future__ import annotations

from retrieval.acronyms import aliases, with_aliases
from retrieval.vocabulary import terms


def test_an_initialism_stands_for_the_name_the_text_spells_it_with():
    table = aliases([
        "The Mayor gave his update on the Tees Valley Combined Authority (TVCA).",
        "COSLA wrote to the Convention of Scottish Local Authorities' leaders.",
        "The Police and Crime Commissioner (PCC) attended.",
    ])
    assert table["tvca"] == tuple(terms("Tees Valley Combined Authority"))
    assert table["cosla"] == tuple(terms("Convention of Scottish Local Authorities"))  # "of" gives its letter
    assert table["pcc"] == tuple(terms("Police Crime Commissioner"))  # "and" is passed over


def test_an_initialism_no_text_spells_stands_for_nothing():
    assert aliases(["The AGM was held in the Village Hall.", "MINUTES OF THE MEETING"]) == {}
    assert aliases(["The PC and the CC met."]) == {}  # two letters stand for too many names to read


def test_a_sentence_gains_the_name_of_its_initialism_and_the_initialism_of_the_name_it_spells():
    table = {"ijb": tuple(terms("Integration Joint Board"))}
    short = terms("The IJB approved the budget.")
    assert set(terms("Integration Joint Board")) <= set(with_aliases(short, table))
    spelt = terms("The Integration Joint Board approved the budget.")
    assert "ijb" in with_aliases(spelt, table)
    plain = terms("The Council approved the budget.")
    assert with_aliases(plain, table) == plain

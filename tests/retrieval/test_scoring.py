"""What a question is about, once the words naming where to look are set aside."""
from __future__ import annotations

from retrieval.scoring import score_sentences, topic_terms
from retrieval.vocabulary import terms
from tests.retrieval.passages import hits, make_chunk


def _chunks(*titles: str):
    return [make_chunk("Apologies were received from Councillor Jones.", f"doc{i}", council="Torfaen",
                       committee="Council", title=title) for i, title in enumerate(titles)]


def test_council_committee_and_year_say_where_to_look():
    question = "Who sent apologies to Torfaen council in 2018?"
    assert topic_terms(terms(question), hits(*_chunks("Minutes"))) == terms("who sent apologies")


def test_a_title_most_papers_bear_says_where_to_look_but_one_paper_s_title_does_not():
    question = "Who sent apologies to Torfaen council?"
    one_of_three = hits(*_chunks("Minutes", "Apologies (Agenda Item 1)", "Minutes"))
    assert "apolog" in topic_terms(terms(question), one_of_three)
    two_of_three = hits(*_chunks("Apologies", "Apologies (Agenda Item 1)", "Minutes"))
    assert "apolog" not in topic_terms(terms(question), two_of_three)


def test_every_word_is_the_topic_when_all_name_the_papers():
    assert topic_terms(terms("Torfaen council"), hits(*_chunks("Minutes"))) == terms("Torfaen council")


def test_a_line_under_a_title_shares_the_title_s_topic():
    # The line that answers sits under the agenda title that holds the question's words.
    chunk = make_chunk("Increasing Skills for the Economy - College Extension\n"
                       "(a) Jane Morrow, Principal\n"
                       "Council Tax Reduction Scheme\n(a) Alan Price, Head of Finance", "doc", council="Torfaen")
    scored = {c.readable: c for c in score_sentences("Who was to speak about the college extension?", hits(chunk))}
    under = next(c for text, c in scored.items() if "Jane Morrow" in text)
    other = next(c for text, c in scored.items() if "Head of Finance" in text)
    assert under.topical > other.topical
    assert under.score > other.score


def test_an_aside_in_brackets_shares_the_topic_of_the_sentence_before():
    chunk = make_chunk("The minutes of the previous meeting held on 18th July 2024 were approved as a correct record.\n"
                       "(Moved by Councillor N Arkey and seconded by Councillor B Clarke)\n"
                       "Councillor S Doyle sent apologies.", "doc", council="Tamworth")
    scored = {c.readable: c for c in score_sentences("Who moved the approval of the 18 July 2024 minutes?", hits(chunk))}
    aside = next(c for text, c in scored.items() if "Arkey" in text)
    before = next(c for text, c in scored.items() if "approved" in text)
    assert aside.topical > 0.5 * before.topical  # it is about those minutes, though it names only who moved


def test_a_deputy_s_office_is_not_the_office_asked_for():
    chunk = make_chunk("Resolved: That Councillor Gillian Heesom be appointed Vice Chairman of the Panel for the ensuing "
                       "year.\nCouncillor Bernard Peters was elected Chairman.", "doc", council="Staffordshire")
    scored = {c.readable: c for c in score_sentences("Who did the panel pick as its chairman?", hits(chunk))}
    chairman = next(c for text, c in scored.items() if "Peters" in text)
    vice = next(c for text, c in scored.items() if "Heesom" in text)
    assert chairman.score >= vice.score  # the vice chairman's appointment says nothing of the chairman
    asked = {c.readable: c for c in score_sentences("Who did the panel pick as its vice chairman?", hits(chunk))}
    assert next(c for t, c in asked.items() if "Heesom" in t).score > next(c for t, c in asked.items() if "Peters" in t).score


def test_a_word_of_an_office_s_name_is_the_topic_though_the_council_s_name_shares_it():
    chunks = [make_chunk("Councillor A Hudson (Ceremonial Mayor) in the chair.\nMr I Stewart - City Mayor", "doc",
                         council="Salford City Council", committee="Council")]
    question = "Who was Salford's City Mayor in September 2014?"
    assert "citi" in topic_terms(terms(question), hits(*chunks), question)
    assert "citi" not in topic_terms(terms("Who sent apologies to Salford City Council?"), hits(*chunks),
                                     "Who sent apologies to Salford City Council?")
    scored = {c.readable: c for c in score_sentences(question, hits(*chunks))}
    assert next(c for t, c in scored.items() if "Stewart" in t).score > next(c for t, c in scored.items() if "Hudson" in t).score


def test_the_body_an_office_is_of_still_says_where_to_look():
    chunks = [make_chunk("Councillor Reid was elected Chair.", "doc", council="Torfaen", committee="Planning Committee")]
    for question in ("Who was chair of the Planning Committee?", "Who chaired the planning committee?"):
        assert "plan" not in topic_terms(terms(question), hits(*chunks), question)


def test_a_person_named_with_an_honorific_outranks_capitalised_words_that_name_a_body():
    chunk = make_chunk("9 Lake District Local Access Forum - Review of Operating Costs (pdf).\n"
                       "Present: Mr W Jefferson OBE (Chairman), Mr J M Hayton (Deputy Chairman), Dr A J Barker.",
                       "doc", council="Lake District National Park Authority", committee="Authority")
    scored = {c.readable: c for c in score_sentences("Who chaired the Lake District authority in October 2011?",
                                                     hits(chunk))}
    person = next(c for t, c in scored.items() if "Jefferson" in t)
    forum = next(c for t, c in scored.items() if "Forum" in t)
    assert person.fact == 1.0 and forum.fact < 1.0
    assert forum.seen == 1.0  # the refusal model still reads both as naming someone


def test_a_sentence_using_an_initialism_is_on_the_topic_of_the_name_it_stands_for():
    chunk = make_chunk("The Mayor gave his update regarding the Tees Valley Combined Authority (TVCA).\n"
                       "The next meeting of the TVCA Board was scheduled to take place on 19 July 2024.\n"
                       "Councillor S Doyle sent apologies.", "doc", council="Middlesbrough")
    scored = {c.readable: c for c in score_sentences("When is the next Tees Valley Combined Authority board?", hits(chunk))}
    board = next(c for text, c in scored.items() if "19 July" in text)
    apologies = next(c for text, c in scored.items() if "Doyle" in text)
    assert board.topical >= 0.8
    assert board.score > apologies.score


def test_who_was_absent_is_answered_by_the_apologies():
    minutes = make_chunk("WELCOME The Provost welcomed the new Head of Planning to his first meeting.\n"
                         "APOLOGIES: Councillors Alan Brown, David Shaw and Eric Ross.", "council-2015")
    scored = score_sentences("Who was absent?", hits(minutes))
    apologies = next(c for c in scored if c.readable.startswith("APOLOGIES"))
    assert apologies.topical > 0 and apologies.score == max(c.score for c in scored)


def test_the_question_s_own_numbers_cut_out_of_a_code_leave_no_figure():
    # "2018/19" asked about must not turn "BCa/19/3" into a stray "3" that reads as the figure asked for.
    title = "13/06/2019 - BCa/19/3 HOUSING REVENUE ACCOUNT FINANCIAL OUTTURN 2018/19 ref: 385 Recommendations Approved"
    figure = "That the transfer of £491k, being the HRA surplus for the year, be noted."
    passage = make_chunk(f"{title}\n{figure}", "babergh", council="Babergh", committee="Cabinet")
    question = "How big was Babergh's housing revenue account surplus for 2018/19?"
    stated = {c.readable.rstrip("."): c.seen for c in score_sentences(question, hits(passage))}
    assert stated[title] < 1.0
    assert stated[figure.rstrip(".")] == 1.0


def test_a_venue_label_answers_where_a_meeting_was_held_and_nothing_else():
    venue = "Venue: The Drill Hall, Denne Road, Horsham"
    passage = make_chunk(f"{venue}\nThe minutes of the last meeting were approved.", "horsham", council="Horsham",
                         committee="Council")

    def topical(question: str) -> float:
        return {c.readable.rstrip("."): c.topical for c in score_sentences(question, hits(passage))}[venue]

    assert topical("Where was the council meeting held?") > 0
    assert topical("Who chaired the council meeting?") == 0

"""Whether a composed answer answers: it adds to the question and states what kind of thing is asked."""
from retrieval.answered import NOT_ANSWERED, adds_nothing, lacks_figure, lacks_statement, why_unanswered


def test_an_answer_that_only_restates_the_question_adds_nothing():
    asked = "What did the Arup structural survey of Ledbury Towers find?"
    assert adds_nothing(asked, ["Ledbury Towers Arup Structural Survey Report"])  # the paper's title
    assert not adds_nothing(asked, ["The survey found the towers' concrete panels sound until 2040."])
    assert not adds_nothing("Who chaired the Cabinet?", ["Cllr Ken Lupton (Chairman)"])


def test_an_answer_that_says_no_adds_what_the_question_lacks():
    question = "Did the Mayor have any special announcements in February 2024?"
    assert not adds_nothing(question, ["The Mayor had no special announcements."])
    assert adds_nothing(question, ["Mayor's special announcements"])
    assert adds_nothing("Were there no deputations?", ["There were no deputations."])  # the question said no itself


def test_a_figure_asked_for_is_not_answered_by_quotes_without_one():
    asked = "How much did the budget task and finish group expect to save?"
    assert lacks_figure(asked, ["Budget and Finance - Report by Director (herewith) 12", "Total Page:16"])
    assert lacks_figure(asked, ["The group met in 2024 and considered Minute No. 34."])  # a year and a label
    assert not lacks_figure(asked, ["The group expected to save £1.2m by March 2026."])
    counted = "How many people responded to the consultation?"
    assert not lacks_figure(counted, ["Forty-two people responded."])  # a count in words is a figure
    assert lacks_figure(counted, ["Members agreed on a consultation."])
    assert not lacks_figure("Who chaired the meeting and how many attended?", ["Cllr Jones chaired it."])  # two asks


def test_a_statement_asked_for_is_not_answered_by_headings():
    asked = "What did the Mayor announce for Black History Month?"
    headings = ["Announcements To receive any announcements from the Mayor", "Black History Month The Mayo"]
    assert lacks_statement(asked, headings)
    assert not lacks_statement(asked, ["The Mayor announced a civic reception on 12 October."])
    assert not lacks_statement(asked, ["The Mayor spoke of the month's events and thanked the organisers."])
    assert not lacks_statement("Who was elected chairman?", ["Election of Chairman: Cllr Ann Smith"])  # not asked


def test_an_answer_answers_only_when_every_check_passes_and_says_which_failed():
    asked = "What did the panel conclude about the plan?"
    assert why_unanswered(asked, ["POLICE AND CRIME PLAN - APRIL 2013"]) == NOT_ANSWERED["lacks_statement"]
    assert why_unanswered(asked, ["The panel concluded the plan was sound."]) is None
    assert why_unanswered("How much did it cost?", ["The committee discussed the costs of the scheme with the contractor."]) == NOT_ANSWERED["lacks_figure"]
    # A list item's quote leaves out the lead-in the reader sees it under; the figure there is given.
    counted = "How many core objectives does the strategy have?"
    item = ["To provide sustainable and accessible services"]
    assert why_unanswered(counted, item) == NOT_ANSWERED["lacks_figure"]
    assert why_unanswered(counted, item, ["There were four core objectives to the strategy: " + item[0]]) is None


def test_a_question_that_only_names_a_budget_is_not_held_to_a_figure():
    asked = "What did the cabinet do with the budget proposals for 2024/25?"
    assert not lacks_figure(asked, ["Endorse the budget proposals for the year 2024/25, as summarised in this report."])
    assert lacks_figure("What budget did the authority agree for 2021/22?", ["Meeting commenced at 9.30am."])


def test_one_of_a_period_is_a_figure():
    assert not lacks_figure("For how long was the contract extended?", ["It was agreed to extend it for one year."])
    assert lacks_figure("How many members voted for it?", ["One of the members asked a question."])


def test_a_request_asked_of_a_body_is_not_held_to_a_statement():
    asked = "What was the cabinet asked to do about the land at Stone Lodge?"
    assert not lacks_statement(asked, ["(a) an ‘in principle’ decision to appropriate the land for planning purposes;"])


def test_an_ordinal_is_no_count():
    asked = "How many councillors were present at the special meeting?"
    assert lacks_figure(asked, ["On the 105th Anniversary of the Battle of the Somme the 36th (Ulster) Division ..."])
    assert not lacks_figure(asked, ["Twelve councillors were present."])

"""Theory papers on the instructor side: their format, the public paper file, the key, scoring.

A paper `exam_l{N}_theory` is built from the level's bank: the release gets the public
paper file (stems and options, `course.exam.PaperFile`), the judges' gold folder gets
`key.json` (the same file plus each question's right answer and explanation). The judge
draws the candidate's paper again from the seed and scores it; nothing else knows the key.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from autograder.judging.rules import Finding, Verdict
from course.exam import PaperFile, Section, draw_paper
from course.messages import translations

THEORY_PAPER = re.compile(r"^exam_l([345])_theory$")
KEY_FILE = "key.json"
ANSWER_ITEM = "theory_answers"  # the paper's one graded item: the whole answer file
MULTIPLE_CHOICE = ("all-or-nothing", "partial")


def theory_level(paper_id: str) -> int | None:
    match = THEORY_PAPER.match(paper_id)
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class TheoryFormat:
    minutes: int
    sections: tuple[Section, ...]
    multiple_choice: str


def theory_format(level: int, papers_file: Path) -> TheoryFormat:
    """The level's paper format from exams/papers.yml (the shared format, then the level's overrides)."""
    theory = yaml.safe_load(Path(papers_file).read_text(encoding="utf-8"))["theory"]
    settings = {**theory, **((theory.get("levels") or {}).get(level) or {})}
    rule = settings.get("multiple_choice", "all-or-nothing")
    if rule not in MULTIPLE_CHOICE:
        raise ValueError(f"{papers_file}: multiple_choice must be one of {', '.join(MULTIPLE_CHOICE)}, not {rule!r}")
    return TheoryFormat(int(settings["minutes"]), tuple(Section(s["type"], int(s["count"]), float(s["points"]))
                                                        for s in settings["sections"]), rule)


def public_record(question) -> dict:
    """What a candidate may see of a bank question: never `correct`, `answer` or `explain`."""
    record = {"id": question.id, "type": question.type, "function": question.function, "content": question.content,
              "stem": {"en": question.stem["en"], "zh": question.stem["zh"]}}
    if question.type != "tf":
        record["options"] = [{"id": o.id, "en": o.en, "zh": o.zh} for o in question.options]
    return record


def paper_and_key(paper_id: str, questions: list, weights: dict, form: TheoryFormat,
                  opens_at: str | None = None, closes_at: str | None = None) -> tuple[PaperFile, dict]:
    level = theory_level(paper_id)
    paper = PaperFile(paper_id, level, form.minutes, form.sections, dict(weights),
                      tuple(public_record(q) for q in sorted(questions, key=lambda q: q.id)), opens_at, closes_at)
    key = {"paper": paper.to_dict(), "multiple_choice": form.multiple_choice,
           "key": {q.id: {"correct": list(q.correct), "explain": q.explain, "content": q.content} for q in questions}}
    return paper, key


def unfillable(paper: PaperFile) -> list[str]:
    """Why the pool cannot fill the paper's sections, if it cannot."""
    problems = []
    for section in paper.sections:
        have = sum(1 for q in paper.questions if q["type"] == section.type)
        if have < section.count:
            problems.append(f"{paper.paper}: the bank has {have} {section.type} questions, the paper needs "
                            f"{section.count} (change exams/papers.yml or add questions)")
    return problems


@dataclass(frozen=True)
class Response:
    question_id: str
    type: str
    chosen: list  # option ids, or ["true"] / ["false"]
    correct: bool
    points: float
    max_points: float
    content: str


def chosen_of(value) -> list:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return sorted(set(value))
    return []


def score_responses(key: dict, answers: dict, seed: int) -> list[Response]:
    """One response per question of the candidate's paper, in the order they saw it."""
    paper = PaperFile.from_dict(key["paper"])
    partial = key.get("multiple_choice") == "partial"
    responses = []
    for question in draw_paper(paper, seed):
        right = set(key["key"][question.id]["correct"])
        chosen = chosen_of(answers.get(question.id))
        earned = question.points if set(chosen) == right else 0.0
        if partial and question.type == "multiple" and chosen and set(chosen) < right:
            earned = question.points * len(chosen) / len(right)
        responses.append(Response(question.id, question.type, chosen, set(chosen) == right, earned, question.points,
                                  key["key"][question.id]["content"]))
    return responses


def judge_theory(answer: dict, gold: Path, seed: int) -> Verdict:
    """The judge of a theory paper: its score out of the paper's points, with what each
    wrong answer should have been and why (shown only after the paper closes)."""
    key = json.loads((Path(gold) / KEY_FILE).read_text(encoding="utf-8"))
    answers = answer.get("answers") if isinstance(answer, dict) else None
    responses = score_responses(key, answers if isinstance(answers, dict) else {}, seed)
    earned, total = sum(r.points for r in responses), sum(r.max_points for r in responses)
    findings = [Finding(earned == total, **translations("exam.judged.score", earned=earned, total=total,
                                                        count=len(responses)))]
    records = {record["id"]: record for record in key["paper"]["questions"]}
    for number, response in enumerate(responses, start=1):
        if response.correct:
            continue
        item = key["key"][response.question_id]
        shown = right_answer_text(records[response.question_id], item["correct"])
        findings.append(Finding(False, **translations("exam.judged.wrong", number=number, question=response.question_id),
                                expected=f"{shown} · {item['explain']['en']} · {item['explain']['zh']}"))
    return Verdict(earned / total if total else 0.0, tuple(findings))


def right_answer_text(record: dict, correct: list) -> str:
    """The right answer as the candidate saw it: the options' words (their ids are not shown)."""
    if record["type"] == "tf":
        return " / ".join(translations("exam.judged." + ("true" if correct == ["true"] else "false")).values())
    options = {o["id"]: o for o in record["options"]}
    return "; ".join(f"{options[c]['en']} / {options[c]['zh']}" for c in correct)


def key_answers(key: dict, seed: int) -> dict:
    """The right answer file of the paper drawn with `seed` (for the build's proof and
    simulated candidates; never written anywhere a candidate can read)."""
    paper = PaperFile.from_dict(key["paper"])
    answers = {}
    for question in draw_paper(paper, seed):
        right = key["key"][question.id]["correct"]
        answers[question.id] = right if question.type == "multiple" else right[0]
    return answers

"""Simulated candidates sitting a paper, so the whole exam loop runs in demo time.

Candidates are those who sat the level's practical paper, with the skill they sat it with,
else the course's roster when it has enough people, otherwise made up as `course simulate`
makes them. On a theory paper a
candidate of skill s answers each question of their own draw right with probability s, and
otherwise chooses a wrong option or leaves it blank. Practical papers are lesson-shaped:
their candidates come from `autograder.simulate` with the paper's typical mistakes.

Hand-ins go to nbgrader's exchange inbound folder, as `nbgrader submit` leaves them, and one
candidate hands in twice (once before the close, once after) and one only after the close,
when the paper has a close time; `collect_paper` then takes what counts. Which two is drawn
from the seed among the candidates between the best and the blank one, so any of them may
be the one who hands in late.
"""

import random
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from autograder.config import CourseConfig
from autograder.exams.papers import read_key
from autograder.exams.sittings import read_schedule, set_due_date
from autograder.grading.roster import Trainee, add_to_roster, read_roster
from autograder.grading.submissions import write_timestamp
from autograder.nbgrader_course import nbgrader_settings
from autograder.simulate import _people, _profile, simulate_cohort
from course.exam import PaperFile, draw_paper
from course.variant import seed_for
from course.widgets.files import write_json_atomically
from course.widgets.quiz import answer_file_for

TWICE, LATE = "twice", "late"


def inbound_dir(config: CourseConfig) -> Path:
    return Path(nbgrader_settings(config).Exchange.root) / config.course_id / "inbound"


def simulate_theory(config: CourseConfig, paper_id: str, candidates: int, seed: int) -> list[Trainee]:
    key = read_key(config, paper_id)
    paper = PaperFile.from_dict(key["paper"])
    release = config.release_dir(paper_id)
    if not release.exists():
        raise FileNotFoundError(f"{paper_id} has no release in {config.course_dir}: run `course paper release` first")
    rng = random.Random(seed)
    people = _candidates(config, paper_id, candidates) or _people(rng, candidates)
    closes = read_schedule(config).get(paper_id, {}).get("closes_at")
    close = datetime.fromisoformat(closes) if closes else None
    timings = _timings(len(people), seed) if close else {}
    cohort = []
    for index, person in enumerate(people):
        for earlier in inbound_dir(config).glob(f"{person.trainee}+{paper_id}+*"):
            shutil.rmtree(earlier)  # a new simulation replaces this candidate's simulated hand-ins
        profile, skill = _profile(index, candidates, misbehaving=False)
        if _sat_practical(config, paper_id, person.trainee):  # the same skill on both papers
            profile, skill = person.profile, float(person.skill)
        drawn = draw_paper(paper, seed_for(paper_id, person.trainee))
        answers = {} if profile == "blank" else _answers(drawn, key, skill, random.Random(f"{seed}-{person.trainee}"))
        started = (close or datetime.now(timezone.utc)) - timedelta(minutes=paper.minutes + 5)
        timing = timings.get(index, "")
        if timing == TWICE:  # a first hand-in with most answers, then the whole paper after the close
            most = dict(list(answers.items())[: len(answers) * 3 // 4])
            _hand_in(config, release, paper_id, person.trainee, most, started, started + timedelta(minutes=75))
            _hand_in(config, release, paper_id, person.trainee, answers, started, close + timedelta(minutes=10))
        elif timing == LATE:
            _hand_in(config, release, paper_id, person.trainee, answers, started, close + timedelta(minutes=20))
        else:
            _hand_in(config, release, paper_id, person.trainee, answers, started, started + timedelta(minutes=60))
        cohort.append(Trainee(person.trainee, person.family_name, person.given_name,
                              profile + (f" ({timing})" if timing else ""), f"{skill:.2f}"))
    add_to_roster(config, cohort)
    return cohort


def _timings(count: int, seed: int) -> dict[int, str]:
    """{candidate index: TWICE or LATE} for two candidates drawn from the seed, never the best
    or the last (the key's and the blank paper's results stay on time)."""
    middle = list(range(1, count - 1))
    if len(middle) < 2:
        return {}
    twice, late = random.Random(f"{seed}:hand-ins").sample(middle, 2)
    return {twice: TWICE, late: LATE}


def _candidates(config: CourseConfig, paper_id: str, count: int) -> list[Trainee]:
    """Who sits the theory paper: those who sat the level's practical paper first, else the
    course's roster when it has enough people (none: make them up)."""
    roster = list(read_roster(config).values())
    sat = [person for person in roster if _sat_practical(config, paper_id, person.trainee)]
    pool = sat if len(sat) >= count else roster
    return pool[:count] if len(pool) >= count else []


def _sat_practical(config: CourseConfig, paper_id: str, trainee: str) -> bool:
    practical = paper_id.replace("_theory", "_practical")
    return config.submitted_dir(trainee, practical).exists()


def _answers(drawn: list, key: dict, skill: float, rng: random.Random) -> dict:
    answers = {}
    for question in drawn:
        right = key["key"][question.id]["correct"]
        if rng.random() < skill:
            answers[question.id] = right if question.type == "multiple" else right[0]
            continue
        if rng.random() < 0.2:
            continue  # left blank
        if question.type == "tf":
            answers[question.id] = "false" if right == ["true"] else "true"
        else:
            wrong = [option for option, _ in question.options if option not in right]
            if question.type == "multiple":  # a typical slip: one right option missed, or a wrong one added
                answers[question.id] = sorted(right[1:] + wrong[:1]) if wrong else right[1:]
            else:
                answers[question.id] = rng.choice(wrong)
    return answers


def _hand_in(config, release: Path, paper_id: str, trainee: str, answers: dict, started: datetime,
             submitted: datetime) -> Path:
    """One hand-in, laid out as `nbgrader submit` leaves it in the exchange."""
    submitted += timedelta(microseconds=random.randrange(1, 10**6))  # hand-ins of two runs never share a time
    stamp = submitted.strftime("%Y-%m-%d %H:%M:%S.%f %Z")
    folder = inbound_dir(config) / f"{trainee}+{paper_id}+{stamp}+{random.Random(stamp + trainee).randrange(10**9)}"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(release, folder)
    write_json_atomically(answer_file_for(paper_id, folder), {
        "quiz": paper_id, "started_at": started.isoformat(timespec="seconds"), "answers": answers})
    write_timestamp(folder, submitted)
    return folder


def simulate_practical(config: CourseConfig, paper_id: str, candidates: int, seed: int) -> list[Trainee]:
    """Submissions of a practical paper straight into submitted/ (no late or double hand-ins)."""
    paper_config = config.with_(lessons_dir=config.exams_dir / "practical")
    return [s.person for s in simulate_cohort(paper_config, paper_id, candidates, seed, misbehaving=False)]


def collect_paper(config: CourseConfig, paper_id: str) -> int:
    """nbgrader's collect --before-duedate: per candidate the last hand-in before the close
    (or, with none before it, the last one), into submitted/; the others stay in inbound."""
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange.default.collect import ExchangeCollect

    set_due_date(config, paper_id)
    settings = nbgrader_settings(config)
    settings.CourseDirectory.assignment_id = paper_id
    coursedir = CourseDirectory(config=settings)
    collect = ExchangeCollect(coursedir=coursedir, authenticator=Authenticator(config=settings), config=settings)
    collect.before_duedate = True
    collect.check_owner = False
    collect.update = True
    collect.start()
    return len(collect.src_records)

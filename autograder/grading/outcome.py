"""How grading one submission went: a status, and a message naming trainee, file and task."""

from dataclasses import dataclass

OK, TIMEOUT, OUT_OF_MEMORY, CRASHED = "ok", "timeout", "out-of-memory", "crashed"
SANDBOX_VIOLATION, TAMPERED = "sandbox-violation", "tampered"
INVALID, FAILED = "invalid-notebook", "grader-error"
ANSWER_REJECTED, JUDGE_ERROR = "answer-rejected", "judge-error"  # an answer refused unread; a judge failed
UNGRADED = (INVALID, FAILED)  # nothing of the notebook was graded
RETRIED = (INVALID, FAILED, JUDGE_ERROR)  # graded again on the next run: the cause may be gone
# a submission of several notebooks takes its worst notebook's status; what a second run may
# fix ranks highest, so the whole submission is graded again
SEVERITY = (OK, ANSWER_REJECTED, TIMEOUT, CRASHED, OUT_OF_MEMORY, TAMPERED, SANDBOX_VIOLATION, JUDGE_ERROR, INVALID,
            FAILED)


@dataclass(frozen=True)
class Outcome:
    status: str
    detail: str = ""


def combined(trainee: str, outcomes: list[Outcome]) -> Outcome:
    """One submission's outcome from its notebooks': the worst status, every notebook's detail
    (each already naming its notebook) joined under the trainee's name once."""
    status = max((o.status for o in outcomes), default=OK,
                 key=lambda s: SEVERITY.index(s) if s in SEVERITY else len(SEVERITY))
    details = [o.detail.removeprefix(f"{trainee}: ") for o in outcomes if o.detail]
    return Outcome(status, f"{trainee}: {'; '.join(details)}" if details else "")

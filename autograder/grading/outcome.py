"""How grading one submission went: a status, and a message naming trainee, file and task."""

from dataclasses import dataclass

OK, TIMEOUT, OUT_OF_MEMORY, CRASHED = "ok", "timeout", "out-of-memory", "crashed"
SANDBOX_VIOLATION, TAMPERED = "sandbox-violation", "tampered"
INVALID, FAILED = "invalid-notebook", "grader-error"
ANSWER_REJECTED, JUDGE_ERROR = "answer-rejected", "judge-error"  # an answer refused unread; a judge failed
UNGRADED = (INVALID, FAILED)  # nothing of the notebook was graded
RETRIED = (INVALID, FAILED, JUDGE_ERROR)  # graded again on the next run: the cause may be gone


@dataclass(frozen=True)
class Outcome:
    status: str
    detail: str = ""

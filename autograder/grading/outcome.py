"""How grading one submission went: a status, and a message naming trainee, file and task."""

from dataclasses import dataclass

OK, TIMEOUT, OUT_OF_MEMORY, CRASHED = "ok", "timeout", "out-of-memory", "crashed"
SANDBOX_VIOLATION, TAMPERED = "sandbox-violation", "tampered"
INVALID, FAILED = "invalid-notebook", "grader-error"
UNGRADED = (INVALID, FAILED)  # nothing of the notebook was graded


@dataclass(frozen=True)
class Outcome:
    status: str
    detail: str = ""

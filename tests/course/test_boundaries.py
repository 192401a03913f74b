"""The trainee runtime runs in the trainee's kernel: it must never reach the instructor side."""

import ast

from autograder.config import REPO


def test_course_never_imports_autograder():
    for path in (REPO / "course").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(name.split(".")[0] == "autograder" for name in names), path

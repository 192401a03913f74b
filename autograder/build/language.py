"""Keep the prose and hints of one language; cells without a language stay."""

from autograder.lesson.source import SourceCell


def select_language(cells: list[SourceCell], lang: str) -> list[SourceCell]:
    return [cell for cell in cells if cell.lang in (None, lang)]

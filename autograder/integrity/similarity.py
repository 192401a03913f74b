"""`course similarity`: answer code that looks copied between trainees (nbgrader#1837).

MOSS's method: trainees' answer cells are tokenised and normalised (every name becomes
the same token, every string and number too; comments and layout vanish), cut into
k-token windows, hashed, and winnowed (the smallest hash of each run of w windows is
kept), which guarantees that any match of w+k-1 tokens shows up in both fingerprint sets.
Fingerprints of the code everyone was given (the release's answer cells) are ignored, and
so is code a large part of the cohort shares (the common way to write it); a pair is
suspicious when most of the smaller answer's remaining fingerprints appear in the other.
"""

import hashlib
import io
import itertools
import keyword
import tokenize
from dataclasses import dataclass, field

import nbformat

from autograder.config import CourseConfig
from autograder.grading.notebooks import read_submitted_notebook
from autograder.grading.submissions import find_submissions

K, WINDOW = 10, 4  # tokens per k-gram; k-grams per winnowing window
THRESHOLD, MIN_SHARED = 0.7, 6  # share of the smaller answer's fingerprints; and at least this many
COMMON_AT_LEAST = 5  # fingerprints held by more trainees than this (or a fifth of them) are common idiom


@dataclass
class AnswerCode:
    trainee: str
    lines: list[str]
    fingerprints: dict[int, int] = field(default_factory=dict)  # hash → line (1-based) where it starts


@dataclass(frozen=True)
class Match:
    first: str
    second: str
    score: float  # share of the smaller answer's fingerprints found in the other
    regions: list[tuple[tuple[int, int], tuple[int, int]]]  # matching line ranges, first then second


def answer_code(notebook: nbformat.NotebookNode) -> str:
    """The trainee's own code: their answer cells, in order."""
    return "\n".join(cell.source for cell in notebook.cells
                     if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("solution"))


def normalised_tokens(code: str) -> list[tuple[str, int]]:
    """(token, line) with names, strings and numbers made alike and layout and comments gone."""
    tokens = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(code).readline):
            if token.type in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT,
                              tokenize.DEDENT, tokenize.ENDMARKER):
                continue
            text = token.string
            if token.type == tokenize.NAME and not keyword.iskeyword(text):
                text = "N"
            elif token.type == tokenize.STRING:
                text = "S"
            elif token.type == tokenize.NUMBER:
                text = "0"
            tokens.append((text, token.start[0]))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass  # half-written code: compare what could be read
    return tokens


def fingerprints(code: str) -> dict[int, int]:
    tokens = normalised_tokens(code)
    grams = [(_hash(" ".join(t for t, _ in tokens[i:i + K])), tokens[i][1]) for i in range(len(tokens) - K + 1)]
    chosen: dict[int, int] = {}
    for start in range(max(len(grams) - WINDOW + 1, 1 if grams else 0)):
        window = grams[start:start + WINDOW]
        smallest = min(window, key=lambda gram: gram[0])
        chosen.setdefault(smallest[0], smallest[1])
    return chosen


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def compare_cohort(config: CourseConfig, lesson_id: str, threshold: float = THRESHOLD,
                   notebook_id: str | None = None) -> tuple[list[Match], dict[str, list[str]]]:
    """Suspicious pairs of a lesson's cohort, and each trainee's answer code by line; for an
    assignment of several notebooks, of one notebook (`notebook_id`)."""
    release = config.release_dir(lesson_id) / f"{notebook_id or lesson_id}.ipynb"
    given = set(fingerprints(answer_code(nbformat.read(release, as_version=4)))) if release.exists() else set()
    answers = []
    for submission in find_submissions(config, [lesson_id]):
        notebook, _ = read_submitted_notebook(submission.of_notebook(notebook_id or lesson_id))
        if notebook is None:
            continue
        code = answer_code(notebook)
        answers.append(AnswerCode(submission.trainee, code.splitlines(),
                                  {h: line for h, line in fingerprints(code).items() if h not in given}))
    return find_matches(answers, threshold), {answer.trainee: answer.lines for answer in answers}


def find_matches(answers: list[AnswerCode], threshold: float = THRESHOLD) -> list[Match]:
    # an inverted index, so a cohort of thousands is not compared pair by pair
    holders: dict[int, list[int]] = {}
    for index, answer in enumerate(answers):
        for fingerprint in answer.fingerprints:
            holders.setdefault(fingerprint, []).append(index)
    # code many trainees share is the common way to write it, evidence of nothing
    common = {h for h, indexes in holders.items() if len(indexes) > max(COMMON_AT_LEAST, len(answers) // 5)}
    distinctive = [len(answer.fingerprints.keys() - common) for answer in answers]
    shared: dict[tuple[int, int], int] = {}
    for fingerprint, indexes in holders.items():
        if fingerprint not in common:
            for pair in itertools.combinations(indexes, 2):
                shared[pair] = shared.get(pair, 0) + 1
    matches = []
    for (a, b), count in shared.items():
        smaller = min(distinctive[a], distinctive[b])
        score = count / smaller if smaller else 0.0
        if count >= MIN_SHARED and score >= threshold:
            matches.append(Match(answers[a].trainee, answers[b].trainee, round(score, 3),
                                 _regions(answers[a], answers[b])))
    return sorted(matches, key=lambda m: (-m.score, m.first, m.second))


def strongest_pairs(matches) -> list[Match]:
    """One match per pair of trainees, the highest scoring (pairs found in several notebooks)."""
    best: dict[tuple[str, str], Match] = {}
    for match in matches:
        if (match.first, match.second) not in best or match.score > best[(match.first, match.second)].score:
            best[(match.first, match.second)] = match
    return sorted(best.values(), key=lambda m: (-m.score, m.first, m.second))


def _regions(first: AnswerCode, second: AnswerCode) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Matching line ranges, merged where consecutive fingerprints land on nearby lines."""
    pairs = sorted((first.fingerprints[h], second.fingerprints[h]) for h in first.fingerprints.keys() & second.fingerprints)
    regions: list[list[int]] = []
    for line_a, line_b in pairs:
        if regions and line_a - regions[-1][1] <= 2 and abs(line_b - regions[-1][3]) <= 3:
            regions[-1][1], regions[-1][3] = line_a, max(regions[-1][3], line_b)
            regions[-1][2] = min(regions[-1][2], line_b)
        else:
            regions.append([line_a, line_a, line_b, line_b])
    return [((a0, a1 + 2), (b0, b1 + 2)) for a0, a1, b0, b1 in regions]


def side_by_side(match: Match, first_lines: list[str], second_lines: list[str], width: int = 60) -> str:
    """The matching regions of a pair, one column per trainee."""
    out = [f"{match.first}  ~  {match.second}   similarity {match.score:.0%}"]
    for (a0, a1), (b0, b1) in match.regions:
        left, right = first_lines[a0 - 1:a1], second_lines[b0 - 1:b1]
        out.append(f"  lines {a0}-{a1} | lines {b0}-{b1}")
        for l, r in itertools.zip_longest(left, right, fillvalue=""):
            out.append(f"    {l[:width]:<{width}} | {r[:width]}")
    return "\n".join(out)

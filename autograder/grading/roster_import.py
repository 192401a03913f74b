"""`course roster import FILE`: trainees from a CSV or XLSX sheet with columns id, name, cohort, email.

Nothing is written unless every row is good: an unknown column, a missing or malformed id, a
duplicate id or a malformed email stops the import with a message naming the row (as a
spreadsheet numbers it: the header is row 1). Imported trainees replace roster entries with
the same id and join the others; then nbgrader's student table learns their names and emails.
"""

import csv
import re
from pathlib import Path

from autograder.config import CourseConfig
from autograder.grading.roster import Trainee, read_roster, register_roster, write_roster

COLUMNS = ("id", "name", "cohort", "email")
# ids name folders (submitted/<id>/) and gradebook keys: letters, digits, . _ - and at most 128 long
TRAINEE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class RosterInvalid(ValueError):
    """A roster file that cannot be imported; the message names the file and row."""


def import_roster(config: CourseConfig, path: Path) -> list[Trainee]:
    """Add the trainees of `path` to the course roster and nbgrader's gradebook; return them."""
    trainees = read_roster_file(path)
    roster = read_roster(config)
    roster.update({t.trainee: t for t in trainees})
    write_roster(config, list(roster.values()))
    register_roster(config)
    return trainees


def read_roster_file(path: Path) -> list[Trainee]:
    """The trainees of a CSV or XLSX roster file, checked row by row."""
    header, rows = _read_sheet(Path(path))
    header = [str(h or "").strip().lower() for h in header]
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise RosterInvalid(f"{path}: row 1: unknown column(s) {', '.join(map(repr, unknown))}; "
                            f"the columns are {', '.join(COLUMNS)}")
    if "id" not in header:
        raise RosterInvalid(f"{path}: row 1: no 'id' column; the columns are {', '.join(COLUMNS)}")
    trainees, seen = [], {}
    for number, values in rows:
        row = {column: str(value if value is not None else "").strip() for column, value in zip(header, values)}
        if not any(row.values()):
            continue  # blank lines at the end of a sheet
        trainee = row.get("id", "")
        if not TRAINEE_ID.fullmatch(trainee):
            raise RosterInvalid(f"{path}: row {number}: malformed id {trainee!r}: use letters, digits, '.', '_' "
                                f"or '-' (at most 128, starting with a letter or digit)")
        if trainee in seen:
            raise RosterInvalid(f"{path}: row {number}: duplicate id {trainee!r} (first on row {seen[trainee]})")
        seen[trainee] = number
        email = row.get("email", "")
        if email and not EMAIL.fullmatch(email):
            raise RosterInvalid(f"{path}: row {number}: malformed email {email!r}")
        # one name column: it fills nbgrader's last-name field, which exports read first
        trainees.append(Trainee(trainee, family_name=row.get("name", ""), given_name="",
                                cohort=row.get("cohort", ""), email=email))
    return trainees


def _read_sheet(path: Path) -> tuple[list, list[tuple[int, list]]]:
    """(header, [(row number, values)]) of the first sheet of an XLSX file or of a CSV file."""
    if not path.exists():
        raise RosterInvalid(f"{path}: no such file")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook
        try:
            sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
        except Exception as error:  # openpyxl raises several kinds for a file that is not a workbook
            raise RosterInvalid(f"{path}: not a readable XLSX workbook: {error}") from error
        lines = [list(values) for values in sheet.iter_rows(values_only=True)]
    elif path.suffix.lower() == ".csv":
        try:
            # utf-8-sig: a CSV saved by Excel starts with a byte-order mark
            with path.open(encoding="utf-8-sig", newline="") as handle:
                lines = list(csv.reader(handle))
        except UnicodeDecodeError as error:
            raise RosterInvalid(f"{path}: not UTF-8 text ({error}); save the CSV as UTF-8") from error
    else:
        raise RosterInvalid(f"{path}: a roster is a .csv or .xlsx file")
    if not lines:
        raise RosterInvalid(f"{path}: row 1: the file is empty; the columns are {', '.join(COLUMNS)}")
    return lines[0], list(enumerate(lines[1:], start=2))

"""The trainee's chosen values on disk: `<name>.tuning.json` beside the notebook, written
atomically, read back when the cell runs again, and set aside (never lost) when unreadable."""

import json
from pathlib import Path

from course.messages import text
from course.widgets.files import set_aside, write_json_atomically

ANSWER_SUFFIX = ".tuning.json"


def answer_file_for(name: str, folder: Path | str = ".") -> Path:
    """Where a playground's choice lives: beside the notebook, so it is submitted with it."""
    return Path(folder) / f"{name}{ANSWER_SUFFIX}"


def save_choice(path: Path, name: str, chosen: dict, lang: str) -> str:
    """Write the choice; "" when saved, else the notice to show."""
    try:
        write_json_atomically(path, {"playground": name, "chosen": chosen})
    except OSError as error:
        return text("tuning.file_unwritable", lang, file=path.name, error=error.strerror or error)
    return ""


def read_choice(path: Path, name: str, hyperparameters: dict, lang: str) -> tuple[dict, str]:
    """The saved choice (or {}) and a notice ("" when none): a file that cannot be read as
    a choice of this playground is set aside, unchanged, and the notice says where."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, ""
    except (OSError, UnicodeDecodeError):
        return {}, _set_aside(path, text("tuning.reason_not_json", lang), lang)
    try:
        data = json.loads(raw)
    except ValueError:
        return {}, _set_aside(path, text("tuning.reason_not_json", lang), lang)
    chosen = data.get("chosen") if isinstance(data, dict) and data.get("playground") == name else None
    if not isinstance(chosen, dict):
        return {}, _set_aside(path, text("tuning.reason_wrong_shape", lang), lang)
    for key, value in chosen.items():
        if key not in hyperparameters or value not in hyperparameters[key].values:
            return {}, _set_aside(path, text("tuning.reason_unknown_value", lang, name=key, value=value), lang)
    return chosen, ""


def _set_aside(path: Path, reason: str, lang: str) -> str:
    try:
        aside = set_aside(path).name
    except OSError as error:
        aside = f"? ({error.strerror or error})"
    return text("tuning.file_set_aside", lang, file=path.name, reason=reason, aside=aside)

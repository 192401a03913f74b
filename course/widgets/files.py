"""Answer files written whole or not at all, and unreadable ones set aside, never lost."""

import json
import os
import tempfile
import time
from pathlib import Path


def write_json_atomically(path: Path, data) -> None:
    """Write `data` as JSON to a temporary file beside `path`, then rename it over `path`,
    so a reader never sees half a file."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def set_aside(path: Path) -> Path:
    """Rename an unreadable answer file to an unused `<name>.broken-<time>[-n]`; returns the new path."""
    path = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside, number = path.with_name(f"{path.name}.broken-{stamp}"), 2
    while aside.exists():
        aside, number = path.with_name(f"{path.name}.broken-{stamp}-{number}"), number + 1
    os.replace(path, aside)
    return aside

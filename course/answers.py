"""Answers leave the trainee's kernel as plain data, never as live objects.

At grading, the hidden region of a check cell calls `submit("item", name=value, …)`. The
values are encoded as JSON (with small type tags for tuples, numpy arrays and pandas
frames; never pickle) into `.answers/<item>.json`. The grader decodes them in its own
process and judges them there, so an object with a rigged `__eq__`, a patched numpy or a
redefined helper in the kernel cannot change a verdict: only different answers can.
"""

import json
import math
import os
import tempfile
from pathlib import Path

ANSWERS_DIR = ".answers"
# Bounds checked before anything is allocated, so a small answer file cannot expand on
# decoding (a huge string dtype, a shape or index larger than its data, a zip of zeros).
MAX_ANSWER_BYTES = 16 << 20  # one answer file
MAX_DECODED_BYTES = 256 << 20  # what one answer may become in memory
MAX_ITEM_BYTES = 1024  # one array element (a fixed-width string of 256 characters)
# beyond skops' defaults: a dtype (as a SimpleImputer stores) is data, not code
SKOPS_ALSO_TRUSTED = ["numpy.dtype"]
TAG = "__course_type__"


class UnsupportedAnswer(TypeError):
    """A value that cannot leave the kernel as plain data."""


class RejectedAnswer(ValueError):
    """An answer file the grader refuses to decode: too large, or it would expand."""


def encode(value):
    """`value` as JSON-ready data; exact types kept by tags where JSON has none."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int) and type(value) is int:
        return value
    if isinstance(value, float) and type(value) is float:
        return value if math.isfinite(value) else {TAG: "float", "value": repr(value)}
    if type(value) in (list, tuple, set, frozenset):
        items = [encode(v) for v in (sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value)]
        return items if type(value) is list else {TAG: type(value).__name__, "items": items}
    if type(value) is dict:
        if not all(type(k) is str for k in value):
            raise UnsupportedAnswer("dictionary keys must be strings")
        return {TAG: "dict", "items": {k: encode(v) for k, v in value.items()}}
    module = type(value).__module__.split(".")[0]
    if module == "numpy":
        return _encode_numpy(value)
    if module == "pandas":
        return _encode_pandas(value)
    if module == "sklearn":
        return _encode_estimator(value)
    raise UnsupportedAnswer(f"a {type(value).__name__} cannot be submitted as an answer")


def _encode_numpy(value):
    import numpy as np

    if type(value) is np.ndarray and value.dtype.kind in "biufUS":
        return {TAG: "ndarray", "dtype": value.dtype.str, "shape": list(value.shape),
                "data": [encode(v) for v in value.ravel().tolist()]}
    if isinstance(value, np.generic) and type(value).__module__ == "numpy":
        return {TAG: "numpy-scalar", "dtype": value.dtype.str, "value": encode(value.item())}
    raise UnsupportedAnswer(f"a numpy {type(value).__name__} cannot be submitted as an answer")


def _encode_pandas(value):
    import pandas as pd

    if type(value) is pd.DataFrame:
        return {TAG: "DataFrame", "columns": [_encode_column(value.iloc[:, i]) for i in range(value.shape[1])],
                "index": _encode_index(value.index)}
    if type(value) is pd.Series:
        return {TAG: "Series", "column": _encode_column(value), "index": _encode_index(value.index)}
    if type(value) is pd.Timestamp:
        return {TAG: "Timestamp", "value": value.isoformat(), "unit": value.unit}
    raise UnsupportedAnswer(f"a pandas {type(value).__name__} cannot be submitted as an answer")


def _encode_column(series) -> dict:
    """One column with its exact dtype: datetimes as their integer ticks, categories as
    codes, everything else as plain values."""
    import pandas as pd

    dtype = series.dtype
    column = {"name": encode(series.name), "dtype": str(dtype)}
    if isinstance(dtype, pd.CategoricalDtype):
        column.update(codes=series.cat.codes.tolist(), categories=encode(series.cat.categories.tolist()),
                      ordered=bool(dtype.ordered))
    elif dtype.kind in "mM" and getattr(dtype, "tz", None) is None:
        column["ticks"] = series.to_numpy().view("int64").tolist()
    else:
        column["values"] = [encode(None if v is pd.NA else v) for v in series.tolist()]
    return column


def _encode_index(index) -> dict:
    import pandas as pd

    if type(index) is pd.RangeIndex:
        return {"range": [index.start, index.stop, index.step], "name": encode(index.name)}
    return {"column": _encode_column(index.to_series())}


def _encode_estimator(value):
    """A scikit-learn model in skops' format, which loads only known scikit-learn types."""
    import base64

    import skops.io

    return {TAG: "sklearn", "skops": base64.b64encode(skops.io.dumps(value)).decode("ascii")}


def decode(data):
    """The inverse of `encode`, run by the grader on data it does not trust."""
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict):
        return data
    kind = data.get(TAG)
    if kind == "dict":
        return {str(k): decode(v) for k, v in data["items"].items()}
    if kind in ("tuple", "set", "frozenset"):
        return {"tuple": tuple, "set": set, "frozenset": frozenset}[kind](decode(v) for v in data["items"])
    if kind == "float":
        return float(data["value"])
    if kind == "ndarray":
        import numpy as np
        dtype, shape = _plain_dtype(data["dtype"]), [int(n) for n in data["shape"]]
        if math.prod(shape) != len(data["data"]) or min(shape, default=0) < 0:
            raise RejectedAnswer(f"an array of shape {shape} cannot hold {len(data['data'])} values")
        _bounded(len(data["data"]) * dtype.itemsize)
        return np.array(decode(data["data"]), dtype=dtype).reshape(shape)
    if kind == "numpy-scalar":
        return _plain_dtype(data["dtype"]).type(decode(data["value"]))
    if kind == "DataFrame":
        import pandas as pd
        columns = [_decode_column(c) for c in data["columns"]]
        frame = pd.concat(columns, axis=1) if columns else pd.DataFrame()
        frame.index = _decode_index(data["index"])
        return frame
    if kind == "Series":
        series = _decode_column(data["column"])
        series.index = _decode_index(data["index"])
        return series
    if kind == "sklearn":
        import base64

        import skops.io
        # anything beyond skops' default trusted types (scikit-learn, numpy, scipy) and a
        # dtype is refused, so a submitted model can never run code of the trainee's
        content = base64.b64decode(data["skops"])
        _bounded_zip(content)
        return skops.io.loads(content, trusted=SKOPS_ALSO_TRUSTED)
    if kind == "Timestamp":
        import pandas as pd
        return pd.Timestamp(data["value"]).as_unit(data["unit"])
    raise ValueError(f"unknown answer type {kind!r}")


def _plain_dtype(text):
    """A numpy dtype of plain values (bool, numbers, strings) whose items are small."""
    import numpy as np

    dtype = np.dtype(str(text))
    if dtype.kind not in "biufUSmM" or dtype.itemsize > MAX_ITEM_BYTES or dtype.shape:
        raise RejectedAnswer(f"the type {text!r} is not a plain value of at most {MAX_ITEM_BYTES} bytes")
    return dtype


def _bounded(size: int) -> None:
    if size > MAX_DECODED_BYTES:
        raise RejectedAnswer(f"the answer would take {size >> 20} MB, more than {MAX_DECODED_BYTES >> 20} MB")


def _bounded_zip(content: bytes) -> None:
    """skops files are zip archives: refuse one that would unpack beyond the bound."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        _bounded(sum(member.file_size for member in archive.infolist()))


def _decode_column(column: dict):
    import numpy as np
    import pandas as pd

    name = decode(column["name"])
    dtype = str(column["dtype"])
    if dtype not in ("object", "category", "string", "str", "boolean") and not dtype.startswith(("Int", "UInt", "Float")):
        if not dtype.startswith("datetime64[") or "," not in dtype:  # tz-aware: pandas' own type
            _plain_dtype(dtype)
    if "codes" in column:
        categories = decode(column["categories"])
        values = pd.Categorical.from_codes(column["codes"], categories=categories, ordered=column["ordered"])
        return pd.Series(values, name=name)
    if "ticks" in column:
        return pd.Series(np.array(column["ticks"], dtype="int64").view(np.dtype(column["dtype"])), name=name)
    return pd.Series(decode(column["values"]), dtype=column["dtype"], name=name)


def _decode_index(index: dict):
    import pandas as pd

    if "range" in index:
        start, stop, step = (int(n) for n in index["range"])
        _bounded(8 * len(range(start, stop, step or 1)))
        return pd.RangeIndex(start, stop, step, name=decode(index["name"]))
    return pd.Index(_decode_column(index["column"]))


def submit(item_id: str, folder: Path | str = ".", **values) -> None:
    """Record the answer values of `item_id` for the grader to judge."""
    answers = Path(folder) / ANSWERS_DIR
    answers.mkdir(exist_ok=True)
    try:
        payload = {"item": item_id, "values": {name: encode(v) for name, v in values.items()}}
    except UnsupportedAnswer as error:
        payload = {"item": item_id, "unsupported": str(error)}
    text = json.dumps(payload, ensure_ascii=False, allow_nan=False)
    # written whole then renamed, so the grader never reads half an answer
    handle, temporary = tempfile.mkstemp(dir=answers, prefix=f".{item_id}-")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temporary, answers / f"{item_id}.json")


def read_answer(folder: Path | str, item_id: str) -> dict | None:
    """The decoded values submitted for `item_id` in `folder`, or None when there are none.

    Raises ValueError when the file is not a well-formed answer."""
    path = Path(folder) / ANSWERS_DIR / f"{item_id}.json"
    if not path.exists():
        return None
    if path.stat().st_size > MAX_ANSWER_BYTES:
        raise RejectedAnswer(f"the answer file is larger than {MAX_ANSWER_BYTES >> 20} MB")
    return decode_answer_file(path.read_text(encoding="utf-8"), item_id)


def decode_answer_file(text: str, item_id: str) -> dict:
    """The decoded values of one answer file's text (see `read_answer`)."""
    payload = json.loads(text)
    if isinstance(payload, dict) and "rejected" in payload:  # refused unread by the grading worker
        raise RejectedAnswer(str(payload["rejected"]))
    if not isinstance(payload, dict) or payload.get("item") != item_id:
        raise ValueError("the answer file is not for this item")
    if "unsupported" in payload:
        raise ValueError(payload["unsupported"])
    return {name: decode(v) for name, v in payload["values"].items()}

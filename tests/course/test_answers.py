"""Answers leave the kernel as plain data: exact types survive, live objects do not."""

import json

import numpy as np
import pandas as pd
import pytest

from course.answers import ANSWERS_DIR, RejectedAnswer, decode, encode, read_answer, submit


@pytest.mark.parametrize("value", [
    None, True, 3, 2.5, float("nan"), float("inf"), "上海", [1, "a"], (1, 2), {"a": [1.5]}, {1, 2},
    np.arange(6, dtype="int32").reshape(2, 3), np.float64(1.25), np.array(["x", "y"]),
])
def test_plain_values_round_trip_with_their_type(value):
    back = decode(encode(value))
    assert type(back) is type(value)
    if isinstance(value, np.ndarray):
        assert back.dtype == value.dtype and np.array_equal(back, value)
    elif isinstance(value, float) and value != value:
        assert back != back
    else:
        assert back == value


def test_frames_keep_columns_dtypes_and_dates():
    frame = pd.DataFrame({"city": ["上海", "北京"], "n": [1, 2], "x": [0.5, None],
                          "day": pd.to_datetime(["2026-03-05", "2026-03-06"])})
    back = decode(encode(frame))
    pd.testing.assert_frame_equal(back, frame)
    series = decode(encode(frame["n"]))
    pd.testing.assert_series_equal(series, frame["n"])


class AlwaysEqual(float):
    def __eq__(self, other):
        return True


@pytest.mark.parametrize("value", [AlwaysEqual(0), object(), lambda: 1, {1: "non-string key"}, np.array([object()])])
def test_live_objects_cannot_leave_the_kernel(value, tmp_path):
    submit("item", tmp_path, value=value)
    with pytest.raises(ValueError, match="cannot be submitted|keys must be strings"):
        read_answer(tmp_path, "item")


def test_submitted_answers_are_read_back(tmp_path):
    submit("item", tmp_path, total=3, names=["a"])
    assert read_answer(tmp_path, "item") == {"total": 3, "names": ["a"]}
    assert read_answer(tmp_path, "other") is None
    (tmp_path / ANSWERS_DIR / "other.json").write_bytes(b"\x00\xff garbage")
    with pytest.raises(ValueError):
        read_answer(tmp_path, "other")


def test_categories_indexes_and_missing_values_survive():
    frame = pd.DataFrame({"level": pd.Categorical(["low", "high", None], categories=["low", "medium", "high"],
                                                  ordered=True),
                          "name": pd.array(["a", None, "c"], dtype="string"),
                          "when": pd.to_datetime(["2026-01-01", None, "2026-01-03"])},
                         index=pd.Index(["x", "y", "z"], name="key"))
    pd.testing.assert_frame_equal(decode(encode(frame)), frame)
    empty = pd.DataFrame({"a": pd.Series([], dtype="int64")})
    pd.testing.assert_frame_equal(decode(encode(empty)), empty)


def test_a_fitted_scikit_learn_model_leaves_the_kernel_and_still_predicts(tmp_path):
    from sklearn.datasets import load_iris
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.linear_model import LogisticRegression

    X, y = load_iris(return_X_y=True)
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=300)).fit(X, y)
    submit("model", tmp_path, model=model)
    loaded = read_answer(tmp_path, "model")["model"]
    assert (loaded.predict(X) == model.predict(X)).all()


def test_a_tree_model_is_refused_because_its_nodes_could_crash_the_grader(tmp_path):
    from sklearn.datasets import load_iris
    from sklearn.tree import DecisionTreeClassifier

    X, y = load_iris(return_X_y=True)
    submit("model", tmp_path, model=DecisionTreeClassifier(max_depth=2).fit(X, y))
    with pytest.raises(Exception, match="Untrusted types"):
        read_answer(tmp_path, "model")


def test_a_model_with_code_of_its_own_is_refused(tmp_path):
    from sklearn.base import BaseEstimator

    class Sneaky(BaseEstimator):
        pass
    Sneaky.__module__ = "sklearn.sneaky"  # pretends to be scikit-learn's
    submit("model", tmp_path, model=Sneaky())
    with pytest.raises(Exception):
        read_answer(tmp_path, "model")


def test_a_pipeline_with_an_imputer_travels(tmp_path):
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    X, y = np.array([[1.0], [np.nan], [3.0], [4.0]]), np.array([0, 0, 1, 1])
    submit("model", tmp_path, model=make_pipeline(SimpleImputer(), LogisticRegression()).fit(X, y))
    assert list(read_answer(tmp_path, "model")["model"].predict(X)) == [0, 0, 1, 1]


@pytest.mark.parametrize("data", [
    {"__course_type__": "ndarray", "dtype": "<U100000000", "shape": [10], "data": ["a"] * 10},  # 4 GB of strings
    {"__course_type__": "ndarray", "dtype": "<i8", "shape": [1, 1], "data": [1, 2]},  # a shape its data cannot fill
    {"__course_type__": "Series", "column": {"name": None, "dtype": "int64", "values": [1]},
     "index": {"range": [0, 10 ** 12, 1], "name": None}},  # an index of a trillion rows
])
def test_a_small_answer_that_would_expand_is_refused_before_anything_is_allocated(data):
    assert len(json.dumps(data)) < 300
    with pytest.raises(RejectedAnswer):
        decode(data)


def test_a_zip_of_zeros_in_a_model_answer_is_refused_unpacked():
    import base64
    import io
    import zipfile

    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("weights.npy", bytes(300 << 20))
    assert len(packed.getvalue()) < 1 << 20
    with pytest.raises(RejectedAnswer):
        decode({"__course_type__": "sklearn", "skops": base64.b64encode(packed.getvalue()).decode()})

"""The generated speech clips match their gold: sound inside every gold segment, only
background hiss between them, and the released files carry no transcript."""

import csv
import json
import shutil
import subprocess
import sys
import wave

import numpy as np
import pytest

from autograder.config import REPO

FOLDER = REPO / "datasets" / "speech_calls"


@pytest.fixture(scope="module")
def calls():
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (apt-get install espeak-ng)")
    if not (FOLDER / "gold.json").exists():
        subprocess.run([sys.executable, str(FOLDER / "generate.py")], check=True)
    gold = json.loads((FOLDER / "gold.json").read_text(encoding="utf-8"))
    with open(FOLDER / "clips.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle)), gold


def loudness(path, window=0.05):
    """Root-mean-square level of each 50 ms window, and the window length in seconds."""
    with wave.open(str(path)) as handle:
        rate = handle.getframerate()
        samples = np.frombuffer(handle.readframes(handle.getnframes()), dtype="<i2") / 32768
    size = int(rate * window)
    frames = samples[: len(samples) // size * size].reshape(-1, size)
    return np.sqrt((frames ** 2).mean(axis=1)), window


def test_sound_is_inside_the_gold_segments_and_only_hiss_outside(calls):
    rows, gold = calls
    assert [r["id"] for r in rows] == sorted(gold) and {r["language"] for r in rows} == {"zh", "en"}
    for row in rows:
        level, step = loudness(FOLDER / row["file"])
        times = (np.arange(len(level)) + 0.5) * step
        inside = np.zeros(len(level), bool)
        for segment in gold[row["id"]]:
            inside |= (times > segment["start"]) & (times < segment["end"])
            covered = level[(times > segment["start"]) & (times < segment["end"])]
            # speech pauses between syllables and the knock between knocks, but much of a segment is loud
            assert np.mean(covered > 0.02) >= 0.4 and covered.max() > 0.05, (row["id"], segment)
        near = np.zeros(len(level), bool)
        for segment in gold[row["id"]]:
            near |= (times > segment["start"] - 0.1) & (times < segment["end"] + 0.1)
        assert level[~near].max() < 0.01, row["id"]   # the gaps hold hiss only
        assert float(row["seconds"]) == pytest.approx(len(level) * step, abs=step)


def test_released_files_hold_no_transcript(calls):
    rows, gold = calls
    released = (FOLDER / "clips.csv").read_text(encoding="utf-8")
    for segments in gold.values():
        for segment in segments:
            assert not segment["text"] or segment["text"] not in released

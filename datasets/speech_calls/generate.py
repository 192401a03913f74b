"""Generate the speech-labeling clips: short customer-service calls spoken by espeak-ng.

Each clip is a customer's sentence and the agent's reply (Chinese or English), written
for this course, spoken by Debian's `espeak-ng` in two voices, placed on a 16 kHz track
with silences between them, a knock (the `noise` class) in some clips and quiet
background hiss everywhere. Because the clips are made here, the gold segments (start,
end, who speaks, what is said) are known exactly.

Run:  python datasets/speech_calls/generate.py   (needs espeak-ng, numpy, scipy)
Writes call_01.wav … , clips.csv (released) and gold.json (judges only). The same
espeak-ng version gives byte-identical files (fixed seed, no network, no clock).
"""

import csv
import json
import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import numpy as np
from scipy.signal import resample_poly

SEED = 20261201
RATE = 16000                 # Hz, as most speech-labeling platforms store calls
HERE = Path(__file__).parent
VOICES = {                   # espeak-ng voice and pitch (0-99) of each speaker
    ("zh", "customer"): ("cmn", 35), ("zh", "agent"): ("cmn+f3", 70),
    ("en", "customer"): ("en-us", 35), ("en", "agent"): ("en-gb+f3", 70),
}
# clip id -> language, then the timeline: ("pause", seconds) | ("knock",) | (speaker, sentence)
CALLS = {
    "call_01": ("zh", [("pause", 0.5), ("customer", "你好，我买的耳机三天了还没发货"), ("pause", 0.7),
                       ("agent", "您好，我马上帮您查一下物流"), ("pause", 0.4)]),
    "call_02": ("en", [("pause", 0.4), ("customer", "hi, I want to return the blue jacket"), ("pause", 0.5),
                       ("knock",), ("pause", 0.5), ("agent", "sure, I can help you with that"), ("pause", 0.4)]),
    "call_03": ("zh", [("pause", 0.6), ("customer", "这个充电器用了两天就坏了"), ("pause", 0.4), ("knock",),
                       ("pause", 0.6), ("agent", "非常抱歉，我们给您换一个新的"), ("pause", 0.5)]),
    "call_04": ("en", [("pause", 0.5), ("customer", "my order arrived but the box was empty"), ("pause", 0.8),
                       ("agent", "I am sorry, let me check your order"), ("pause", 0.4)]),
}
CLASSES = ["customer", "agent", "noise"]


def speak(sentence: str, voice: str, pitch: int, scratch: Path) -> np.ndarray:
    """The sentence as float samples at RATE, its leading and trailing silence trimmed."""
    path = scratch / "say.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-p", str(pitch), "-s", "165", "-w", str(path), sentence],
                   check=True, capture_output=True)
    with wave.open(str(path)) as handle:
        source_rate = handle.getframerate()
        samples = np.frombuffer(handle.readframes(handle.getnframes()), dtype="<i2") / 32768.0
    samples = resample_poly(samples, RATE, source_rate)
    loud = np.flatnonzero(np.abs(samples) > 0.02)
    return samples[loud[0]:loud[-1] + 1] * 0.8 / max(np.abs(samples).max(), 1e-9)


def knock(rng: np.random.Generator) -> np.ndarray:
    """Three knocks on a door: decaying bursts of filtered noise, 0.5 s in all."""
    t = np.arange(int(0.12 * RATE)) / RATE
    one = rng.normal(0, 0.5, t.size) * np.exp(-t * 40) * np.sin(2 * np.pi * 180 * t)
    gap = np.zeros(int(0.07 * RATE))
    return np.concatenate([one, gap, one * 0.8, gap, one * 0.9])


def build_call(language: str, timeline: list, rng: np.random.Generator, scratch: Path):
    pieces, segments, at = [], [], 0
    for step in timeline:
        if step[0] == "pause":
            piece = np.zeros(int(step[1] * RATE))
        elif step[0] == "knock":
            piece = knock(rng)
            segments.append({"start": at / RATE, "end": (at + piece.size) / RATE, "label": "noise", "text": ""})
        else:
            speaker, sentence = step
            piece = speak(sentence, *VOICES[(language, speaker)], scratch)
            segments.append({"start": at / RATE, "end": (at + piece.size) / RATE, "label": speaker,
                             "text": sentence})
        pieces.append(piece)
        at += piece.size
    track = np.concatenate(pieces) + rng.normal(0, 0.004, at)   # background hiss, about 40 dB below speech
    for segment in segments:
        segment["start"], segment["end"] = round(segment["start"], 3), round(segment["end"], 3)
    return np.clip(track, -1, 1), segments


def write_wav(path: Path, samples: np.ndarray) -> None:
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes((samples * 32767).astype("<i2").tobytes())


def main() -> None:
    if shutil.which("espeak-ng") is None:
        sys.exit("espeak-ng is not installed: `apt-get install espeak-ng` (see the Makefile's SYSTEM_PACKAGES)")
    rng = np.random.default_rng(SEED)
    gold, rows = {}, []
    with tempfile.TemporaryDirectory() as scratch:
        for clip, (language, timeline) in CALLS.items():
            track, segments = build_call(language, timeline, rng, Path(scratch))
            write_wav(HERE / f"{clip}.wav", track)
            gold[clip] = segments
            rows.append({"id": clip, "file": f"{clip}.wav", "language": language,
                         "seconds": round(track.size / RATE, 3)})
    with open(HERE / "clips.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

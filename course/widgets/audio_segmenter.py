"""Speech labeling on audio clips: play, loop a stretch, mark its start and end, type
what is said and give it a class (who speaks, or noise).

Each change to a clip's segments is one `label` action holding the clip's whole segment
list `[{"start", "end", "label", "text"}]` (seconds, rounded to milliseconds), so undo
takes back exactly the last change and resume shows the segments as they were. A new
segment replaces any segment it overlaps, so segments never cross.
"""

import base64
import html
import wave
from pathlib import Path

import ipywidgets as w
import numpy as np

from course.widgets.audio_wave import AudioWave
from course.widgets.base import CLASS_COLORS, LabelingWidget
from course.widgets.keys import KeyAction
from course.messages import text
from course.widgets.text_classifier import _as_dict

WAVEFORM_COLUMNS = 800


def read_clip(path) -> tuple[bytes, float, list[float]]:
    """A WAV file's bytes, its length in seconds and its loudness per drawn column (0–1)."""
    data = Path(path).read_bytes()
    with wave.open(str(path)) as handle:
        rate, frames, width = handle.getframerate(), handle.getnframes(), handle.getsampwidth()
        channels = handle.getnchannels()
        raw = handle.readframes(frames)
    if width != 2:
        raise ValueError(f"{path}: only 16-bit PCM WAV files are supported")
    samples = np.abs(np.frombuffer(raw, dtype="<i2").reshape(-1, channels).mean(axis=1)) / 32768
    columns = np.array_split(samples, WAVEFORM_COLUMNS) if samples.size else []
    peaks = [round(float(c.max()), 3) if c.size else 0.0 for c in columns]
    top = max(peaks, default=0) or 1.0
    return data, frames / rate, [round(p / top, 3) for p in peaks]


class AudioSegmenter(LabelingWidget):
    """Segment, transcribe and label `clips` (item id -> path of a 16-bit WAV file, or a list)
    with `classes` (e.g. speakers and "noise")."""

    def __init__(self, exercise: str, clips, classes: list[str], **options):
        self.clips = {item: Path(path) for item, path in _as_dict(clips).items()}
        self._loaded: dict[str, tuple[str, float, list[float]]] = {}
        super().__init__(exercise, "segments", list(self.clips), classes, **options)
        self._keys.help = text("widgets.audio_keys_help", self.session.lang)

    # ---- view ------------------------------------------------------------------------------
    def _make_item_view(self) -> w.Widget:
        lang = self.session.lang
        # the page fills in the times, so their placeholders pass through unchanged
        slots = {"start": "{start}", "end": "{end}", "time": "{time}"}
        words = {key: text(f"widgets.audio_{key}", lang, **slots)
                 for key in ("play", "pause", "loop", "selection", "playhead")}
        self.wave = AudioWave(self._receive, classes=list(self.session.task.classes), colors=CLASS_COLORS,
                              words=words)
        self.transcript = w.Text(placeholder=text("widgets.audio_transcript_placeholder", lang),
                                 description=text("widgets.audio_transcript", lang),
                                 layout=w.Layout(width="800px", max_width="100%"),
                                 style={"description_width": "initial"})
        self.transcript.add_class("course-transcript")
        self._segment_list = w.HTML()
        help_line = w.HTML(f'<span style="font-size:12px">{html.escape(text("widgets.audio_help", lang))}</span>')
        return w.VBox([self.wave, self.transcript, help_line, self._segment_list])

    def _show_item(self, item: str) -> None:
        if item not in self._loaded:
            data, seconds, peaks = read_clip(self.clips[item])
            self._loaded = {item: ("data:audio/wav;base64," + base64.b64encode(data).decode("ascii"), seconds, peaks)}
        src, seconds, peaks = self._loaded[item]
        if self.wave.src != src:
            self.wave.selection = [0.0, 0.0]
            self.transcript.value = ""
            with self.wave.hold_sync():
                self.wave.src, self.wave.duration, self.wave.peaks = src, seconds, peaks
        segments = self.segments()
        self.wave.segments = segments
        self._segment_list.value = "".join(
            f'<div class="course-segment">{s["start"]:.2f}–{s["end"]:.2f} s · <b>{html.escape(s["label"])}</b>'
            f'{" · " + html.escape(s["text"]) if s["text"] else ""}</div>' for s in segments)

    def _chosen_classes(self, answer) -> set:
        return set()

    def _describe_answer(self, value) -> str:
        return text("widgets.audio_segments_done", self.session.lang, count=len(value))

    # ---- editing ----------------------------------------------------------------------------
    def segments(self) -> list[dict]:
        """The current clip's segments, in time order."""
        answer = self.session.current_answer
        return [dict(s) for s in answer.value] if answer and not answer.skipped else []

    def select(self, start: float, end: float) -> None:
        """Mark [start, end) seconds of the current clip as the stretch the next class applies to."""
        duration = self.wave.duration
        start, end = (round(max(0.0, min(float(t), duration)), 3) for t in (start, end))
        self.wave.selection = [start, end] if start < end else [0.0, 0.0]

    def mark(self, which: str, time: float) -> None:
        """Set the selection's start or end at `time` (keys `[` and `]` at the playhead)."""
        start, end = self.wave.selection
        time = round(max(0.0, min(float(time), self.wave.duration)), 3)
        if which == "start":
            start, end = time, end if end > time else time
        else:
            start, end = (start if start < time else 0.0), time
        self.wave.selection = [start, end]

    def add_segment(self, start: float, end: float, label: str, transcript: str = "") -> None:
        """Select [start, end), type `transcript` and choose `label`, as a trainee does by hand."""
        self.select(start, end)
        self.transcript.value = transcript
        self._on_action(KeyAction("choose", self.session.task.classes.index(label)))
        self.refresh()

    def pick(self, index: int) -> None:
        """Select segment `index` for editing: its stretch, its transcript."""
        segments = self.segments()
        if 0 <= index < len(segments):
            self.wave.selection = [segments[index]["start"], segments[index]["end"]]
            self.transcript.value = segments[index]["text"]

    def commit_transcript(self) -> None:
        """Save the typed text into the selected segment, when the selection is one."""
        start, end = self.wave.selection
        segments = self.segments()
        for segment in segments:
            if segment["start"] == start and segment["end"] == end and segment["text"] != self.transcript.value.strip():
                segment["text"] = self.transcript.value.strip()
                self.session.label(segments)
                self.refresh()
                return

    def _receive(self, content: dict) -> None:
        op = content.get("op")
        try:
            if op == "select":
                self.select(content["start"], content["end"])
            elif op == "mark" and content.get("which") in ("start", "end"):
                self.mark(content["which"], content["time"])
            elif op == "pick":
                self.pick(int(content["index"]))
            elif op == "commit":
                self.commit_transcript()
        except (KeyError, TypeError, ValueError):
            return  # a malformed message from the page changes nothing

    def _on_action(self, action: KeyAction) -> None:
        start, end = self.wave.selection
        if action.name == "choose":
            if start < end:
                kept = [s for s in self.segments() if s["end"] <= start or s["start"] >= end]
                new = {"start": start, "end": end, "label": self.session.task.classes[action.class_index],
                       "text": self.transcript.value.strip()}
                self.session.label(sorted(kept + [new], key=lambda s: (s["start"], s["end"])))
                self.wave.selection = [0.0, 0.0]
                self.transcript.value = ""
        elif action.name == "delete":
            if start < end:  # remove the segments inside the selection
                self.session.label([s for s in self.segments() if s["end"] <= start or s["start"] >= end])
                self.wave.selection = [0.0, 0.0]
                self.transcript.value = ""
        elif action.name == "accept":
            self.commit_transcript()
        else:
            self.session.perform(action)

"""Labeling widgets for lesson notebooks: every action is saved at once to
`<exercise>.labels.jsonl` beside the notebook, and reopening resumes from it.

The widgets know items, classes, AI pre-labels and the trainee's answers; never gold
labels (those stay with the grader, in `autograder/scoring`). See docs/widgets.md.
"""

from course.widgets.audio_segmenter import AudioSegmenter
from course.widgets.box_annotator import BoxAnnotator
from course.widgets.image_classifier import ImageClassifier
from course.widgets.review_queue import ReviewQueue
from course.widgets.session import LabelingSession, answer_file_for
from course.widgets.span_tagger import SpanTagger
from course.widgets.task import LabelTask
from course.widgets.text_classifier import TextClassifier

__all__ = ["AudioSegmenter", "BoxAnnotator", "ImageClassifier", "LabelTask", "LabelingSession", "ReviewQueue",
           "SpanTagger", "TextClassifier", "answer_file_for"]

"""A notebook file that is not valid JSON."""

EXPECT = {"status": "invalid-notebook", "zero": ["total", "tidy", "labels"]}


def mutate(notebook, folder, course_dir):
    return b'{"cells": [{"cell_type": "code", "source": "print(1)"'  # cut mid-way

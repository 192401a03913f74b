"""In a real kernel: an answer stub and a check cell that calls one show one plain line, not
a traceback, and stay errors (so grading is unchanged)."""

import json

import nbformat
from nbclient import NotebookClient


def test_stubs_show_one_plain_line_in_the_lesson_language_and_still_fail(tmp_path):
    (tmp_path / "lesson.json").write_text(json.dumps({"lesson": "demo", "lang": "zh", "items": {}}))
    cells = ["from course import check, expect",
             "def fit_model(rows):\n    # 在此编写你的代码\n    raise NotImplementedError()",
             "# 在此编写你的代码\nraise NotImplementedError()",       # an answer cell left as released
             "_fm_model = fit_model([1, 2])\ncheck('fit', expect(lambda: _fm_model, en='x', zh='x'))",
             "print('the run went on')"]
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    NotebookClient(notebook, timeout=60, allow_errors=True, resources={"metadata": {"path": str(tmp_path)}}).execute()
    stub_here, stub_called = (notebook.cells[i].outputs for i in (2, 3))
    for outputs, start in ((stub_here, "⏳ 还没有完成：请在这个单元格里"), (stub_called, "⏳ 还没有完成：这个单元格用到了")):
        assert [o.output_type for o in outputs] == ["error"]  # still an error: nbgrader scores it 0
        assert len(outputs[0].traceback) == 1 and outputs[0].traceback[0].startswith(start)
    assert notebook.cells[4].outputs[0].text == "the run went on\n"

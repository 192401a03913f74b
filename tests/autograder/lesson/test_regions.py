from autograder.lesson.regions import HIDDEN, SOLUTION, find_regions, region_lines, without_regions

CELL = "def f():\n    ### BEGIN SOLUTION\n    return 1\n    ### END SOLUTION\n"


def test_regions_are_found_like_nbgrader_finds_them():
    regions, problems = find_regions(CELL, SOLUTION)
    assert [(r.begin, r.end) for r in regions] == [(1, 3)] and problems == []
    assert region_lines(CELL, SOLUTION) == ["    return 1"]
    assert without_regions(CELL, SOLUTION) == "def f():"


def test_nested_and_stray_markers_are_problems():
    _, problems = find_regions("### BEGIN HIDDEN TESTS\n### BEGIN HIDDEN TESTS\n### END HIDDEN TESTS\n### END HIDDEN TESTS", HIDDEN)
    assert [p.offset for p in problems] == [1, 3]

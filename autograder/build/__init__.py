"""Lesson source → nbgrader source notebook, as a list of small named transforms.

Order matters: `select_language` runs first (hints and prose are chosen per language), then
`join_wrapped_prose` (so hints reach the manifest joined too), `collect_hints` before
`to_nbgrader_cells` (hint cells never become notebook cells), and `add_widget_rerun_note`
after `collect_hints` and `collect_judges`, on the cells that stay in the notebook.
"""

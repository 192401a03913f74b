"""Lesson source → nbgrader source notebook, as a list of small named transforms.

Order matters: `select_language` runs first (hints and prose are chosen per language),
`collect_hints` before `to_nbgrader_cells` (hint cells never become notebook cells).
"""

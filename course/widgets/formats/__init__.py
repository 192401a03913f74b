"""Exports of labels to the formats the field uses, and readers that load them back.

Each format is a pair of plain functions over plain data (item id -> value), so they work
on a session's labels, on a teammate's export, or on data a lesson gives.
"""

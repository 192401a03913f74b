"""Ending the kernel process from trainee code."""

ANSWERS = {"total": """
import os
os._exit(0)
"""}
EXPECT = {"status": "crashed", "zero": ["total"]}

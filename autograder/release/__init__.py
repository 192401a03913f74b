"""Releasing a built lesson through nbgrader, and the proofs every release must pass."""

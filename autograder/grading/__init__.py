"""Grading submissions through nbgrader into its gradebook, one trainee never stopping the rest."""

"""The cohort report (`course report`): see cohort_report.py for the order of its steps."""

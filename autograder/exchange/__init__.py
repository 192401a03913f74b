"""nbgrader's exchange on one machine or a shared folder: releases out, submissions in,
feedback back out, and the Jupyter settings trainees' servers need to see only their tools."""

"""The `course` command. Each area's subcommands live in their own module and register on `main`
when it is imported; `main` imports an area only when one of its commands runs. Add a new area
by writing its module and listing its commands here, with the short help `course --help` shows
(tests/autograder/cli/test_lazy_commands.py checks the list against the modules)."""

from autograder.cli.app import main

main.lazy_commands = {
    # lessons: build, release, simulate
    "new": ("lessons", "Write a bilingual skeleton lesson that builds and proves as it is."),
    "build": ("lessons", "Validate lesson sources and write nbgrader source notebooks, proving each one."),
    "release": ("lessons", "Run nbgrader generate_assignment for built lessons, in the language they were built "
                           "in, and scan the release for leaks."),
    "simulate": ("lessons", "Write a simulated cohort of submissions, from perfect to blank, into submitted/."),
    # grading
    "grade": ("grading", "Autograde every submission (nbgrader's steps, sandboxed parallel kernels), then print "
                         "and export the scores."),
    "feedback": ("grading", "Write each trainee's feedback page (scores and judges' messages, never hidden "
                            "tests), scanning every page for hidden material before it is kept."),
    "similarity": ("grading", "List pairs of trainees whose answer code looks copied, matching regions side by side."),
    # the course map and the standard's map
    "lessons": ("curriculum", "Print the lessons per level in the recommended order, with estimated hours and the "
                              "lessons each one builds on; exits non-zero if the map disagrees with the lessons."),
    "syllabus": ("syllabus", "Print, per level and work content, the lessons, graded items, theory questions and "
                             "practical tasks that cover it (MISSING where none), and write the same as CSV."),
    # exams
    "paper": ("exams", "Exam papers: theory papers drawn per candidate from the banks, mock practical papers."),
    # certification
    "keys": ("certification", "The issuer's Ed25519 signing key, kept outside the repository."),
    "certify": ("certification", "Apply each level's rules to the exam papers' scores, record every decision with "
                                 "its reasons, issue signed credentials to those who pass and revoke those that no "
                                 "longer hold."),
    "verify": ("certification", "Check credentials offline: each proof against the issuer's key, the validity "
                                "period and, with a status list, that it is not revoked."),
    "certificates": ("certification", "Write each certified candidate's bilingual certificate as PDF and HTML, with "
                                      "a QR code carrying the verification payload."),
    # the cohort: roster, report, exports
    "roster": ("report", "The course roster (roster.csv in the course directory, mirrored into nbgrader's students)."),
    "report": ("report", "Write the cohort report: one self-contained HTML page and an XLSX workbook (score "
                         "distributions, pass rates, mastery per work content, item analysis, hints, statuses, "
                         "at risk)."),
    "export": ("report", "Export grades, certification decisions or a per-trainee transcript as CSV or XLSX."),
    # nbgrader's exchange and a local hub
    "collect": ("exchange", "Bring trainees' submissions from nbgrader's exchange into submitted/ (nbgrader collect)."),
    "release-feedback": ("exchange", "Put the pages `course feedback` wrote into the exchange for trainees to fetch "
                                     "(nbgrader release_feedback)."),
    "hub": ("exchange", "Run a local JupyterHub for the cohort: one account per trainee and the instructor, one "
                        "exchange."),
}

__all__ = ["main"]

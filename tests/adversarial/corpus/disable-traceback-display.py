"""Switching traceback display off so that failing checks show no error (nbgrader PR#1324)."""

ANSWERS = {"total": """
ip = get_ipython()
ip.showtraceback = lambda *args, **kwargs: None
ip._showtraceback = lambda *args, **kwargs: None


def total(values):
    return -1
"""}
EXPECT = {"status": "ok", "zero": ["total"]}

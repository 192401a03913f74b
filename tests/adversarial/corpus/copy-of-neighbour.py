"""Two trainees hand in the same code with names changed; caught by `course similarity`."""

ANSWERS = {"total": """
def total(numbers):
    # add them all up
    accumulated = 0
    for number in numbers:
        accumulated = accumulated + number
    return accumulated
""", "tidy": """
def tidy(table):
    result = table.copy()
    result["city"] = result["city"].str.strip()
    return result
"""}
EXPECT = {"status": "ok", "zero": [], "similar_to": "copy-of-neighbour-original"}

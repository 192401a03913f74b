"""The original that copy-of-neighbour copied (it earns its points honestly)."""

ANSWERS = {"total": """
def total(values):
    running = 0
    for value in values:
        running = running + value
    return running
""", "tidy": """
def tidy(frame):
    cleaned = frame.copy()
    cleaned["city"] = cleaned["city"].str.strip()
    return cleaned
"""}
EXPECT = {"status": "ok", "zero": []}

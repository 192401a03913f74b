"""Sending the notebook's data out over the network."""

ANSWERS = {"total": """
import socket
connection = socket.create_connection(("127.0.0.1", 22), timeout=2)


def total(values):
    return int(sum(values))
"""}
EXPECT = {"status": "ok", "zero": ["total"]}

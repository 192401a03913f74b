"""Sending the notebook's data out over the network, to a port the test listens on."""

EXPECT = {"status": "ok", "zero": ["total"]}


def answers(target):
    # the answer is only defined when the data got out: a right total means the attack worked
    return {"total": f"""
import socket
with socket.create_connection(("127.0.0.1", {target.port}), timeout=2) as connection:
    connection.sendall(b"exfiltrated by a trainee")


def total(values):
    return int(sum(values))
"""}

"""Privacy (SPEC §9, issue 9): consents per purpose, the access request (a person's whole
file as PDF and JSON), and beside them retention, anonymisation and erasure.

Qt-free like the rest of the core: each module returns codes and plain data.
"""

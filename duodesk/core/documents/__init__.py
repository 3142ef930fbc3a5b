"""Printed documents: duo agreements, sign-in sheets and one-page person files (reportlab).

Qt-free: every word a document prints comes from the per-language text files under
``resources/documents/``, so a document's language is independent of the interface language.
"""

"""The sentences of the printed documents' errors, for the window and the command line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from duodesk.core.errors import DuoDeskError


def describe_document_error(error: DuoDeskError) -> str:
    """One or two sentences about a document that could not be made."""
    params = error.params
    if error.code == "invalid_value":
        return QCoreApplication.translate(
            "Documents", "Documents are printed in French (fr), Dutch (nl) or English (en).")
    return QCoreApplication.translate(
        "Documents",
        "The document could not be written to {path} ({detail}). Choose another folder, or "
        "close the file if it is open in a PDF reader, then try again.",
    ).format(path=params.get("path", ""), detail=params.get("detail", ""))

"""The words of consents and the access request (SPEC §9) for the window and the command
line: field names, the problems of a consent form, an unknown person."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from duodesk.core.errors import DuoDeskError

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)

# The fields of the consent forms and settings (``InvalidValue.params["field"]``).
CONSENT_FIELDS = frozenset({"purpose", "given_on", "withdrawn_on", "text_version"})
CONSENT_REASONS = frozenset({"already_withdrawn", "before_given"})


def consent_field(name: str) -> str:
    """A consent form's field as the form names it."""
    from duodesk import labels
    from duodesk.core.codes import ConsentPurpose

    for prefix in ("renew_", "text_version_"):
        if name.startswith(prefix):
            try:
                purpose = labels.label(ConsentPurpose(name.removeprefix(prefix)))
            except ValueError:
                break
            if prefix == "renew_":
                return translate("Consents", "Renew after (months), “{purpose}”").format(
                    purpose=purpose)
            return translate("Consents", "Current text version, “{purpose}”").format(
                purpose=purpose)
    names = {
        "purpose": translate("Consents", "Purpose"),
        "given_on": translate("Consents", "Given on"),
        "withdrawn_on": translate("Consents", "Withdrawn on"),
        "text_version": translate("Consents", "Text version"),
    }
    return names.get(name, name)


def is_privacy_error(error: DuoDeskError) -> bool:
    """Whether :func:`describe_privacy_error` words this error."""
    params = error.params
    field = str(params.get("field", ""))
    if error.code == "not_found":
        return params.get("record_type") == "consent" or (
            params.get("record_type") == "person" and bool(params.get("id")))
    return error.code == "invalid_value" and (
        field in CONSENT_FIELDS or field.startswith(("renew_", "text_version_"))
        or params.get("reason") in CONSENT_REASONS)


def describe_privacy_error(error: DuoDeskError) -> str:
    """One sentence about a refused consent or an unknown person."""
    params = error.params
    if error.code == "not_found" and params.get("record_type") == "person" and params.get("id"):
        return translate("Consents", "No mentee or mentor has the id {id}.").format(
            id=params["id"])
    if error.code == "not_found" and params.get("record_type") == "consent":
        return translate("Consents", "This consent no longer exists; it may have been "
                                     "removed with the file meanwhile.")
    field = consent_field(str(params.get("field", "")))
    reason = params.get("reason")
    if reason == "already_withdrawn":
        return translate("Consents", "This consent was already withdrawn.")
    if reason == "before_given":
        return translate("Consents", "{field}: a consent is withdrawn on or after the day it "
                                     "was given.").format(field=field)
    if reason == "required":
        return translate("Consents", "{field}: this field is required.").format(field=field)
    if reason == "date_in_future":
        return translate("Consents", "{field}: this date is in the future.").format(field=field)
    if reason == "date_implausible":
        return translate("Consents", "{field}: this date cannot be right.").format(field=field)
    if reason == "too_long":
        return translate("Consents", "{field}: at most {limit} characters.").format(
            field=field, limit=params.get("limit", ""))
    if reason == "out_of_range":
        return translate("Consents", "{field}: from {minimum} to {maximum}.").format(
            field=field, minimum=params.get("minimum", ""), maximum=params.get("maximum", ""))
    return translate("Consents", "{field}: choose a value from the list.").format(field=field)


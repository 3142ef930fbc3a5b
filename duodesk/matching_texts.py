"""Words for matching: criteria, hard rules, language and week-slot names, and the reasons
of a suggestion ("both speak Arabic; 4 km apart; IT sector; both free Wednesday evening").

The core's matching engine returns reason codes with parameters (``core.matching.Reason``);
this module, QtCore only, turns them into text in the language installed, for the window
and the command line alike. Sector names come from :mod:`duodesk.labels`.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from duodesk import labels
from duodesk.core.codes import Sector
from duodesk.core.matching import Reason

_CRITERIA = {
    "sector": QT_TRANSLATE_NOOP("MatchingCriterion", "Sector"),
    "languages": QT_TRANSLATE_NOOP("MatchingCriterion", "Languages"),
    "distance": QT_TRANSLATE_NOOP("MatchingCriterion", "Distance"),
    "availability": QT_TRANSLATE_NOOP("MatchingCriterion", "Availability"),
    "interests": QT_TRANSLATE_NOOP("MatchingCriterion", "Interests"),
    "waiting": QT_TRANSLATE_NOOP("MatchingCriterion", "Waiting time"),
}

_RULES = {
    "same_antenna": QT_TRANSLATE_NOOP("MatchingRule", "they belong to different antennas"),
    "mentee_waiting": QT_TRANSLATE_NOOP("MatchingRule", "the mentee is not waiting for a mentor"),
    "mentor_available": QT_TRANSLATE_NOOP("MatchingRule", "the mentor is not available"),
    "mentor_has_room": QT_TRANSLATE_NOOP("MatchingRule", "the mentor has no room for another duo"),
    "mentor_not_paused": QT_TRANSLATE_NOOP("MatchingRule", "the mentor is on pause"),
    "shared_language": QT_TRANSLATE_NOOP("MatchingRule", "no language that both speak well"),
    "gender_preference": QT_TRANSLATE_NOOP(
        "MatchingRule", "the mentee asked for a mentor of another gender"),
    "not_former_duo": QT_TRANSLATE_NOOP("MatchingRule", "they have already been a duo"),
}

# Names as used inside a sentence ("both speak Arabic"); languages not listed fall back to
# Qt's English name, then to the code.
_LANGUAGES = {
    "fr": QT_TRANSLATE_NOOP("LanguageName", "French"),
    "nl": QT_TRANSLATE_NOOP("LanguageName", "Dutch"),
    "en": QT_TRANSLATE_NOOP("LanguageName", "English"),
    "de": QT_TRANSLATE_NOOP("LanguageName", "German"),
    "ar": QT_TRANSLATE_NOOP("LanguageName", "Arabic"),
    "ber": QT_TRANSLATE_NOOP("LanguageName", "Berber"),
    "tr": QT_TRANSLATE_NOOP("LanguageName", "Turkish"),
    "es": QT_TRANSLATE_NOOP("LanguageName", "Spanish"),
    "pt": QT_TRANSLATE_NOOP("LanguageName", "Portuguese"),
    "it": QT_TRANSLATE_NOOP("LanguageName", "Italian"),
    "ro": QT_TRANSLATE_NOOP("LanguageName", "Romanian"),
    "pl": QT_TRANSLATE_NOOP("LanguageName", "Polish"),
    "bg": QT_TRANSLATE_NOOP("LanguageName", "Bulgarian"),
    "ru": QT_TRANSLATE_NOOP("LanguageName", "Russian"),
    "uk": QT_TRANSLATE_NOOP("LanguageName", "Ukrainian"),
    "sq": QT_TRANSLATE_NOOP("LanguageName", "Albanian"),
    "ku": QT_TRANSLATE_NOOP("LanguageName", "Kurdish"),
    "fa": QT_TRANSLATE_NOOP("LanguageName", "Persian"),
    "prs": QT_TRANSLATE_NOOP("LanguageName", "Dari"),
    "ps": QT_TRANSLATE_NOOP("LanguageName", "Pashto"),
    "ur": QT_TRANSLATE_NOOP("LanguageName", "Urdu"),
    "am": QT_TRANSLATE_NOOP("LanguageName", "Amharic"),
    "ti": QT_TRANSLATE_NOOP("LanguageName", "Tigrinya"),
    "so": QT_TRANSLATE_NOOP("LanguageName", "Somali"),
    "sw": QT_TRANSLATE_NOOP("LanguageName", "Swahili"),
    "ln": QT_TRANSLATE_NOOP("LanguageName", "Lingala"),
    "wo": QT_TRANSLATE_NOOP("LanguageName", "Wolof"),
    "ful": QT_TRANSLATE_NOOP("LanguageName", "Fula"),
    "rw": QT_TRANSLATE_NOOP("LanguageName", "Kinyarwanda"),
}

_SLOTS = {
    "mon_morning": QT_TRANSLATE_NOOP("MatchingSlot", "Monday morning"),
    "mon_afternoon": QT_TRANSLATE_NOOP("MatchingSlot", "Monday afternoon"),
    "mon_evening": QT_TRANSLATE_NOOP("MatchingSlot", "Monday evening"),
    "tue_morning": QT_TRANSLATE_NOOP("MatchingSlot", "Tuesday morning"),
    "tue_afternoon": QT_TRANSLATE_NOOP("MatchingSlot", "Tuesday afternoon"),
    "tue_evening": QT_TRANSLATE_NOOP("MatchingSlot", "Tuesday evening"),
    "wed_morning": QT_TRANSLATE_NOOP("MatchingSlot", "Wednesday morning"),
    "wed_afternoon": QT_TRANSLATE_NOOP("MatchingSlot", "Wednesday afternoon"),
    "wed_evening": QT_TRANSLATE_NOOP("MatchingSlot", "Wednesday evening"),
    "thu_morning": QT_TRANSLATE_NOOP("MatchingSlot", "Thursday morning"),
    "thu_afternoon": QT_TRANSLATE_NOOP("MatchingSlot", "Thursday afternoon"),
    "thu_evening": QT_TRANSLATE_NOOP("MatchingSlot", "Thursday evening"),
    "fri_morning": QT_TRANSLATE_NOOP("MatchingSlot", "Friday morning"),
    "fri_afternoon": QT_TRANSLATE_NOOP("MatchingSlot", "Friday afternoon"),
    "fri_evening": QT_TRANSLATE_NOOP("MatchingSlot", "Friday evening"),
    "sat_morning": QT_TRANSLATE_NOOP("MatchingSlot", "Saturday morning"),
    "sat_afternoon": QT_TRANSLATE_NOOP("MatchingSlot", "Saturday afternoon"),
    "sat_evening": QT_TRANSLATE_NOOP("MatchingSlot", "Saturday evening"),
    "sun_morning": QT_TRANSLATE_NOOP("MatchingSlot", "Sunday morning"),
    "sun_afternoon": QT_TRANSLATE_NOOP("MatchingSlot", "Sunday afternoon"),
    "sun_evening": QT_TRANSLATE_NOOP("MatchingSlot", "Sunday evening"),
}


def criterion_name(name: str) -> str:
    """The name of a soft criterion (``sector``, ``languages``…) for the score breakdown
    and the weights in Settings."""
    text = _CRITERIA.get(name)
    return QCoreApplication.translate("MatchingCriterion", text) if text else name


def rule_text(code: str) -> str:
    """Why a pair may not be proposed, for a hard rule's code (``rules.RULES``)."""
    text = _RULES.get(code)
    return QCoreApplication.translate("MatchingRule", text) if text else code


def language_name(code: str) -> str:
    """A language's name in the user's language, as used inside a sentence."""
    text = _LANGUAGES.get(code)
    if text:
        return QCoreApplication.translate("LanguageName", text)
    locale = QLocale(code)
    if locale.language() != QLocale.Language.C:
        return QLocale.languageToString(locale.language())
    return code


def slot_name(slot: str) -> str:
    """A half-day of the week (``wed_evening``) in words."""
    text = _SLOTS.get(slot)
    return QCoreApplication.translate("MatchingSlot", text) if text else slot


def _sector_name(code: str) -> str:
    try:
        return labels.label(Sector(code))
    except ValueError:
        return code


def _shown_value(reason: Reason) -> str:
    """The main parameter of a reason as shown: a language, sector or slot name, or an
    interest as written."""
    params = reason.params
    if reason.code == "shared_language":
        return language_name(params.get("language", ""))
    if reason.code == "sector":
        return _sector_name(params.get("sector", ""))
    if reason.code == "availability":
        return slot_name(params.get("slot", ""))
    return params.get("interest", "")


def _sentence(code: str, value: str) -> str:
    if code == "shared_language":
        return QCoreApplication.translate("MatchingReason", "both speak {language}").format(
            language=value)
    if code == "sector":
        return QCoreApplication.translate("MatchingReason", "{sector} sector").format(
            sector=value)
    if code == "availability":
        return QCoreApplication.translate("MatchingReason", "both free {slot}").format(
            slot=value)
    return QCoreApplication.translate("MatchingReason", "shared interest: {interest}").format(
        interest=value)


def reason_text(reason: Reason) -> str:
    """One reason of a suggestion in words."""
    params = reason.params
    if reason.code in _LISTED:
        return _sentence(reason.code, _shown_value(reason))
    if reason.code == "distance":
        if params.get("km") == "0":
            return QCoreApplication.translate("MatchingReason", "less than 1 km apart")
        return QCoreApplication.translate("MatchingReason", "{km} km apart").format(
            km=params.get("km", ""))
    if reason.code == "waiting":
        if params.get("days") == "1":
            return QCoreApplication.translate("MatchingReason", "waiting since yesterday")
        return QCoreApplication.translate("MatchingReason", "waiting for {days} days").format(
            days=params.get("days", ""))
    return reason.code


# Reasons that name one thing each: several of a kind are said in one go ("both speak
# French and Arabic").
_LISTED = frozenset({"shared_language", "sector", "availability", "interest"})


def _listing(values: list[str]) -> str:
    if len(values) == 1:
        return values[0]
    return QCoreApplication.translate("MatchingReason", "{first} and {last}").format(
        first=", ".join(values[:-1]), last=values[-1])


def reasons_text(reasons: Iterable[Reason]) -> str:
    """The reasons of a suggestion in one line, separated by semicolons, several reasons
    of one kind said together ("both free Monday evening and Wednesday evening")."""
    kinds: dict[str, list[Reason]] = {}
    for reason in reasons:
        kinds.setdefault(reason.code, []).append(reason)
    parts = []
    for code, items in kinds.items():
        if code in _LISTED:
            parts.append(_sentence(code, _listing([_shown_value(item) for item in items])))
        else:
            parts.extend(reason_text(item) for item in items)
    return QCoreApplication.translate("MatchingReason", "; ").join(parts)

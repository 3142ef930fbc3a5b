"""Checking and normalising what coordinators type or partners send (SPEC §3, §5).

Every check either returns the clean value or raises :class:`InvalidValue` with the field
and a reason code; none of them builds a sentence. Phone numbers have a strict check (for
forms) and a lenient one (for imports) that keeps an unrecognised number as typed and
returns the problem as a warning.

Reason codes raised here: ``required``, ``too_long`` (``limit``), ``email``, ``phone``,
``postal_code``, ``date_implausible``, ``date_in_future``, ``age_mentee`` and
``age_mentor`` (``min_age``, ``max_age``; never the person's age, so that an error
that reaches a log holds no personal data).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from duodesk.core.codes import PersonRole
from duodesk.core.errors import InvalidValue

# --- names ------------------------------------------------------------------------------------

# Particles written in lower case inside a name typed in capitals (VAN DER BERGHE → Van der
# Berghe): Dutch, French and Arabic ones common in Belgium. The first word always keeps
# its capital, as Belgian registers write "Van Damme", "De Smet", "El Amrani".
NAME_PARTICLES = frozenset({
    "van", "de", "der", "den", "des", "ter", "ten", "het", "le", "la", "les", "du",
    "d", "el", "al", "ben", "bin", "von", "da", "di", "dos", "del",
})
_SEPARATORS = re.compile(r"([\s\-'’]+)")

# Control characters that are not white space: no one types them, a damaged or exported
# file carries them (Excel's _x0007_), and they would follow the name into every document.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def clean_text(value: str | None) -> str:
    """``value`` trimmed with every run of white space made one space, control characters
    removed."""
    text = value or ""
    if not text.isprintable():  # rare: checked at C speed before any regular expression
        text = _CONTROL.sub("", text)
    return " ".join(text.split())


def is_all_capitals(value: str) -> bool:
    """Whether a name was typed in capitals (at least two letters, none in lower case)."""
    if value.isascii() and not value.isupper():
        # Plain ASCII with a lower-case letter or no letter at all: the usual case, decided
        # at C speed (ASCII has no title-case letters or lower-case marks to consider).
        return False
    letters = [ch for ch in value if ch.isalpha()]
    return len(letters) >= 2 and all(not ch.islower() for ch in letters) and any(
        ch.isupper() for ch in letters)


def _capitalised(piece: str) -> str:
    # "İ".lower() is two characters in Python; a Turkish capital I becomes a plain i here.
    lower = piece.replace("İ", "I").lower()
    return lower[:1].upper() + lower[1:]


def natural_case(value: str, *, particles: bool = True) -> str:
    """A name typed in capitals written the usual way; any other spelling kept as typed.

    ``DUPONT`` → ``Dupont``, ``VAN DER BERGHE`` → ``Van der Berghe``, ``O'BRIEN`` →
    ``O'Brien``, ``JEAN-PIERRE`` → ``Jean-Pierre``, ``BRAINE-LE-COMTE`` →
    ``Braine-le-Comte``. With ``particles=False`` (first names) every part is capitalised.
    """
    value = clean_text(value)
    if not is_all_capitals(value):
        return value
    # Even positions hold words, odd positions the separators between them.
    parts = _SEPARATORS.split(value)
    last = len(parts) - 1
    for index in range(0, len(parts), 2):
        word = parts[index]
        inner = 0 < index < last
        after_apostrophe = index > 0 and parts[index - 1][-1] in "'’"
        if particles and inner and not after_apostrophe and word.lower() in NAME_PARTICLES:
            parts[index] = word.lower()
        else:
            parts[index] = _capitalised(word)
    return "".join(parts)


def clean_name(value: str | None, field: str, *, required: bool = True, limit: int = 100,
               particles: bool = True) -> str:
    """A person's name trimmed, single-spaced and in natural case if typed in capitals."""
    text = natural_case(clean_text(value), particles=particles)
    if required and not text:
        raise InvalidValue(field=field, reason="required")
    if len(text) > limit:
        raise InvalidValue(field=field, reason="too_long", limit=limit)
    return text


def clean_optional_text(value: str | None, field: str, limit: int) -> str | None:
    """Free text trimmed (inner line breaks kept), ``None`` when empty."""
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > limit:
        raise InvalidValue(field=field, reason="too_long", limit=limit)
    return text


# --- email ------------------------------------------------------------------------------------


def normalise_email(value: str | None, field: str = "email") -> str | None:
    """A syntactically valid email address in lower case (no network look-up), or ``None``
    when empty; raises ``InvalidValue(reason="email")``."""
    text = (value or "").strip()
    if not text:
        return None
    from email_validator import EmailNotValidError, validate_email

    try:
        checked = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        raise InvalidValue(field=field, reason="email") from None
    normalised = str(checked.normalized).lower()
    if len(normalised) > 254:
        raise InvalidValue(field=field, reason="too_long", limit=254)
    return normalised


# --- phone ------------------------------------------------------------------------------------

PHONE_REGION = "BE"


def normalise_phone(value: str | None, field: str = "phone") -> str | None:
    """A phone number in E.164 (``+32470123456``), read as Belgian unless it starts with
    ``+`` or ``00``; ``None`` when empty; raises ``InvalidValue(reason="phone")``.

    Accepts ``0470 12 34 56``, ``+32 470/12.34.56``, ``0032470123456``, ``02 512 34 56``
    and foreign numbers written with their country code.
    """
    text = clean_text(value)
    if not text:
        return None
    import phonenumbers

    try:
        number = phonenumbers.parse(text, PHONE_REGION)
    except phonenumbers.NumberParseException:
        raise InvalidValue(field=field, reason="phone") from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidValue(field=field, reason="phone")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@dataclass(frozen=True)
class PhoneCheck:
    """A phone number to store, and the problem found with it if it was kept as typed."""

    value: str | None
    warning: InvalidValue | None = None


def normalise_phone_lenient(value: str | None, field: str = "phone") -> PhoneCheck:
    """Like :func:`normalise_phone`, but a number that cannot be read is kept as typed
    (trimmed, at most 32 characters) with the ``InvalidValue`` as a warning."""
    try:
        return PhoneCheck(normalise_phone(value, field))
    except InvalidValue as problem:
        return PhoneCheck(clean_text(value)[:32], problem)


# --- postal codes ----------------------------------------------------------------------------

_POSTAL_CODE = re.compile(r"^(?:B|BE)?\s*-?\s*(\d{4})$", re.IGNORECASE)


@cache
def belgian_localities() -> dict[str, str]:
    """Belgian postcodes and the locality the ``countrystatecity-postal-codes`` list (ODbL)
    gives for each; read once, on first use."""
    from countrystatecity_postal_codes import get_postcodes_of_country

    return {entry.code: entry.localityName or "" for entry in get_postcodes_of_country("BE")}


def normalise_postal_code(value: str | None, field: str = "postal_code") -> str | None:
    """A known Belgian postcode (``B-1000`` → ``1000``), ``None`` when empty; raises
    ``InvalidValue(reason="postal_code")``."""
    text = clean_text(value)
    if not text:
        return None
    match = _POSTAL_CODE.match(text)
    if match is None or match.group(1) not in belgian_localities():
        raise InvalidValue(field=field, reason="postal_code")
    return match.group(1)


def locality_of(postal_code: str | None) -> str | None:
    """The locality the postcode list gives for a postcode (one per postcode), if any."""
    if not postal_code:
        return None
    return belgian_localities().get(postal_code) or None


def postal_code_and_municipality(
    postal_code: str | None, municipality: str | None
) -> tuple[str | None, str | None]:
    """The checked postcode and the municipality: the one typed (kept as typed, only put in
    natural case if typed in capitals), or else the locality of the postcode."""
    code = normalise_postal_code(postal_code)
    typed = clean_name(municipality, "municipality", required=False)
    return code, typed or locality_of(code)


# --- dates and ages ------------------------------------------------------------------------

OLDEST_PLAUSIBLE_AGE = 110
MENTEE_MIN_AGE, MENTEE_MAX_AGE = 18, 33
MENTOR_MIN_AGE = 50
EARLIEST_RECORD_DATE = date(2000, 1, 1)


def age_on(birth_date: date, day: date) -> int:
    """Age in whole years on ``day``."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)


def check_birth_date(birth_date: date | None, today: date, field: str = "birth_date") -> None:
    """Refuse a birth date in the future or more than 110 years ago (a ``1900-01-01``
    placeholder, a year typed ``2200``): ``InvalidValue(reason="date_implausible")``."""
    if birth_date is None:
        return
    if birth_date > today or age_on(birth_date, today) > OLDEST_PLAUSIBLE_AGE:
        raise InvalidValue(field=field, reason="date_implausible")


def check_record_date(value: date | None, today: date, field: str, *,
                      future_allowed: bool = False) -> None:
    """Refuse a date of the programme's records before 2000 (``date_implausible``) or, unless
    allowed, after today (``date_in_future``)."""
    if value is None:
        return
    if value < EARLIEST_RECORD_DATE or value.year > today.year + 10:
        raise InvalidValue(field=field, reason="date_implausible")
    if not future_allowed and value > today:
        raise InvalidValue(field=field, reason="date_in_future")


def check_age_for_role(
    birth_date: date | None,
    role: PersonRole,
    registered_on: date,
    override_reason: str | None = None,
    field: str = "birth_date",
) -> str | None:
    """Check the age at registration against the programme's rule for the role (mentees 18
    to 33, mentors 50 and over). Outside it, raise ``InvalidValue(reason="age_mentee" or
    "age_mentor")`` unless the coordinator gave a reason to override the rule.

    Returns the override reason to store: the one given when the rule was overridden,
    else ``None``.
    """
    reason = clean_optional_text(override_reason, "age_override_reason", 1000)
    if birth_date is None:
        return None
    age = age_on(birth_date, registered_on)
    if role == PersonRole.MENTEE:
        if MENTEE_MIN_AGE <= age <= MENTEE_MAX_AGE:
            return None
        if reason:
            return reason
        raise InvalidValue(field=field, reason="age_mentee", min_age=MENTEE_MIN_AGE,
                           max_age=MENTEE_MAX_AGE)
    if age >= MENTOR_MIN_AGE:
        return None
    if reason:
        return reason
    raise InvalidValue(field=field, reason="age_mentor", min_age=MENTOR_MIN_AGE)

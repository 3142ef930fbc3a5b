"""Which field a partner's column holds, told by its name (SPEC §5.1).

Column names are compared as *keys*: accents, case, punctuation and spacing removed, so
that ``Né(e) le``, ``NE LE`` and ``né le`` are one name. Each field has its names in
French, Dutch and English; a name that is none of them is compared once more without a
trailing ``(…)`` remark or a leading "the/le/de".

National register number columns (NISS, INSZ, Rijksregisternummer…) are recognised so as
never to be mapped: SPEC §5.4 forbids storing them, whatever the column is called.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from duodesk.core.imports.source import ImportField
from duodesk.core.text import fold

HEADER_SEARCH_ROWS = 30  # SPEC §5.1: the header row lies within the first 30 rows
MIN_RECOGNISED = 3  # ... and has at least three recognised column names

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_REMARK = re.compile(r"\([^)]*\)|\[[^]]*\]")


def header_key(text: object) -> str:
    """A column name folded to letters and digits only (``"Né(e) le"`` → ``"neele"``)."""
    if text is None:
        return ""
    return _NON_ALNUM.sub("", fold(str(text)))


_F = ImportField
# Names as partners write them; each is folded with header_key, so accents, case, spaces
# and punctuation need not be spelled out.
_NAMES: dict[ImportField, tuple[str, ...]] = {
    _F.FULL_NAME: (
        "nom complet", "nom et prénom", "nom prénom", "nom + prénom", "nom/prénom",
        "prénom nom", "prénom et nom", "identité", "candidat", "candidate", "bénéficiaire",
        "naam en voornaam", "naam + voornaam", "naam voornaam", "volledige naam",
        "voornaam en naam", "voornaam naam", "kandidaat", "cliënt", "full name", "name",
        "candidate name", "participant", "participant name", "jobseeker", "nom du candidat",
        "naam kandidaat", "nom du bénéficiaire",
    ),
    _F.LAST_NAME: (
        "nom", "nom de famille", "nom famille", "naam", "achternaam", "familienaam",
        "famillienaam", "last name", "lastname", "surname", "family name", "name (last)",
        "nom (famille)",
    ),
    _F.FIRST_NAME: (
        "prénom", "prénoms", "prenom usuel", "voornaam", "voornamen", "roepnaam",
        "first name", "firstname", "given name", "forename", "first names",
    ),
    _F.GENDER: (
        "sexe", "genre", "geslacht", "gender", "sex", "m/f", "h/f", "m/v", "f/m", "v/m",
        "civilité", "aanspreking", "title",
    ),
    _F.BIRTH_DATE: (
        "date de naissance", "date naissance", "né le", "né(e) le", "née le", "naissance",
        "ddn", "geboortedatum", "geboren op", "geb datum", "geboorte", "date of birth",
        "birth date", "birthdate", "dob", "born", "born on", "birthday",
    ),
    _F.EMAIL: (
        "e-mail", "email", "mail", "courriel", "adresse e-mail", "adresse mail",
        "adresse électronique", "e-mailadres", "emailadres", "mailadres", "email address",
        "e-mail address",
    ),
    _F.PHONE: (
        "gsm", "téléphone", "tél", "tel", "tél.", "portable", "mobile", "numéro de téléphone",
        "n° de téléphone", "n° gsm", "numéro gsm", "telefoon", "telefoonnummer", "gsm-nummer",
        "gsmnummer", "mobiel", "phone", "phone number", "telephone", "mobile phone",
        "cell phone", "téléphone portable", "tel/gsm", "téléphone/gsm", "telefoon/gsm",
    ),
    _F.POSTAL_CODE: (
        "code postal", "cp", "c.p.", "postcode", "post code", "zip", "zip code", "zipcode",
        "postal code", "postnummer", "npa",
        # A cell with both ("1060 Saint-Gilles") fills the postcode and the municipality.
        "code postal et localité", "code postal / localité", "cp + localité", "cp localité",
        "code postal et commune", "cp commune", "postcode en gemeente", "postcode + gemeente",
        "postcode gemeente", "postcode woonplaats", "postcode en woonplaats",
        "zip code and city", "postcode and town",
    ),
    _F.MUNICIPALITY: (
        "commune", "localité", "ville", "domicile", "lieu de résidence", "gemeente",
        "woonplaats", "stad", "plaats", "deelgemeente", "city", "town", "municipality",
        "locality", "place of residence",
    ),
    _F.LANGUAGES: (
        "langues", "langue", "langues parlées", "langue(s)", "connaissances linguistiques",
        "talen", "taal", "gesproken talen", "talenkennis", "languages", "language",
        "spoken languages", "languages spoken",
    ),
    _F.SECTORS: (
        "secteur", "secteurs", "secteur souhaité", "secteur d'activité", "domaine",
        "sector", "sectoren", "gewenste sector", "sectors", "field", "desired sector",
        "industry",
    ),
    _F.EDUCATION_LEVEL: (
        "niveau d'études", "niveau d'étude", "niveau études", "niveau de formation",
        "niveau scolaire", "diplôme", "dernier diplôme", "diplôme le plus élevé", "études",
        "opleidingsniveau", "opleiding", "diploma", "hoogste diploma", "studieniveau",
        "scholingsniveau", "education", "education level", "level of education",
        "highest diploma", "degree", "qualification",
    ),
    _F.DIPLOMA_RECOGNISED: (
        "équivalence", "équivalence diplôme", "diplôme reconnu", "reconnaissance diplôme",
        "équivalence du diplôme", "gelijkwaardigheid", "diploma erkend", "erkenning diploma",
        "gelijkschakeling", "diploma recognised", "diploma recognized", "recognition",
    ),
    _F.REFERRAL_DATE: (
        "date d'orientation", "date orientation", "orienté le", "date d'envoi",
        "date de référence", "date d'inscription", "date de la demande",
        "datum aanmelding", "aanmeldingsdatum", "aangemeld op", "datum doorverwijzing",
        "doorverwezen op", "datum verwijzing", "referral date", "date of referral",
        "referred on", "date referred",
    ),
    _F.REFERRER_CONTACT: (
        "référent", "référente", "conseiller", "conseillère", "conseiller référent",
        "personne de contact", "envoyé par", "orienté par", "assistant social",
        "contactpersoon", "consulent", "bemiddelaar", "begeleider", "trajectbegeleider",
        "doorverwijzer", "maatschappelijk werker", "referrer", "referred by", "counsellor",
        "counselor", "adviser", "advisor", "caseworker", "case worker", "contact person",
    ),
    _F.PROFESSIONAL_PROJECT: (
        "projet professionnel", "projet", "métier recherché", "métier visé", "métier",
        "emploi recherché", "objectif professionnel", "profession souhaitée",
        "beroepsproject", "beroepsdoel", "gezocht beroep", "gewenst beroep", "beroep",
        "jobdoel", "professional project", "career goal", "job sought", "desired job",
        "target job", "occupation",
    ),
    _F.DRIVING_LICENCE: (
        "permis", "permis de conduire", "permis b", "rijbewijs", "rijbewijs b",
        "driving licence", "driving license", "driver's license", "drivers licence",
        "licence",
    ),
    _F.JOBSEEKER_SERVICE: (
        "inscrit comme demandeur d'emploi", "inscription", "organisme", "service emploi",
        "ingeschreven bij", "inschrijving", "werkzoekend ingeschreven",
        "jobseeker registration", "registered with", "employment service",
    ),
    _F.NOTES: (
        "remarque", "remarques", "commentaire", "commentaires", "observations", "notes",
        "note", "infos", "informations", "opmerking", "opmerkingen", "commentaar",
        "bemerkingen", "notities", "info", "remarks", "comments", "comment",
    ),
}

# A column holding national register numbers is never mapped (SPEC §5.4).
_NATIONAL_NUMBER_NAMES = (
    "niss", "n° niss", "numéro niss", "nn", "n° national", "numéro national",
    "numéro de registre national", "registre national", "rn", "n° rn", "insz",
    "inss", "insz-nummer", "rijksregisternummer", "rijksregister", "rrn",
    "national number", "national register number", "national registry number",
    "national id", "nrn", "ssin", "bis", "numéro bis", "bisnummer",
)

_LOOKUP: dict[str, ImportField] = {
    header_key(name): field_ for field_, names in _NAMES.items() for name in names
}
_NATIONAL_KEYS = frozenset(header_key(name) for name in _NATIONAL_NUMBER_NAMES)
_NATIONAL_PARTS = ("registrenational", "rijksregister", "niss", "insz", "nationalnumber",
                   "nationalregister", "numeronational")
_LEADING_ARTICLE = re.compile(r"^(?:the|le|la|les|de|het|uw|votre|your)\s+", re.IGNORECASE)


def is_national_number_column(header: object) -> bool:
    """Whether a column name says it holds national register numbers."""
    key = header_key(header)
    if not key:
        return False
    return key in _NATIONAL_KEYS or any(part in key for part in _NATIONAL_PARTS)


@lru_cache(maxsize=4096)
def _recognise_text(text: str) -> ImportField | None:
    if is_national_number_column(text):
        return None
    key = header_key(text)
    if not key:
        return None
    found = _LOOKUP.get(key)
    if found is None:
        # "Téléphone (GSM)", "Langues [parlées]", "Le nom": a remark or an article around a
        # known name.
        plain = _LEADING_ARTICLE.sub("", _REMARK.sub(" ", text).strip())
        found = _LOOKUP.get(header_key(plain))
    return found


def recognise(header: str) -> ImportField | None:
    """The field a column name stands for, or ``None`` (unknown, empty, or a national
    register number, which is never mapped)."""
    if header is None:
        return None
    return _recognise_text(str(header).strip())


def guess_mapping(headers: Sequence[object]) -> dict[int, ImportField]:
    """Column index → field for the columns whose names are recognised. When two columns
    have names of the same field, the first one is mapped; a file with a full-name column
    and separate name columns keeps the separate ones."""
    mapping: dict[int, ImportField] = {}
    taken: set[ImportField] = set()
    for index, header in enumerate(headers):
        field_ = recognise(header) if isinstance(header, str) else None
        if field_ is None or field_ in taken:
            continue
        mapping[index] = field_
        taken.add(field_)
    if ImportField.FULL_NAME in taken and ImportField.LAST_NAME in taken:
        # "Nom" + "Nom complet": the split columns say more than the joined one.
        mapping = {i: f for i, f in mapping.items() if f != ImportField.FULL_NAME}
    return mapping


def _is_header(cells: Sequence[object]) -> bool:
    fields = [recognise(c) for c in cells if isinstance(c, str) and c.strip()]
    known = [f for f in fields if f is not None]
    names = {ImportField.LAST_NAME, ImportField.FULL_NAME}
    return len(known) >= MIN_RECOGNISED and any(f in names for f in known)


def find_header_row(rows_of_cells: Iterable[Sequence[object]]) -> int | None:
    """The 0-based index of the header row among the first 30 rows: the first with at least
    three recognised column names, one of them a last name or a full name (SPEC §5.1)."""
    for index, cells in enumerate(rows_of_cells):
        if index >= HEADER_SEARCH_ROWS:
            return None
        if _is_header(cells):
            return index
    return None


def unmapped_columns(headers: Sequence[str], mapping: Mapping[int, ImportField]) -> list[int]:
    """The indexes of the named columns that the mapping leaves out (listed in the report
    and not stored, SPEC §5.4)."""
    return [i for i, name in enumerate(headers) if name.strip() and i not in mapping]

"""Partners: the organisations that refer candidates (SPEC §3 Partner), and the column
mapping of their referral files, saved per partner so that the next file from the same
partner is read the same way without asking (SPEC §5.1).

A saved mapping is ``{header text: field code or None}``: ``None`` remembers a column the
coordinator chose to leave out. Headers are compared with accents, case, punctuation and
spacing ignored, like the automatic recognition does.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duodesk.core.codes import AuditAction, PartnerKind
from duodesk.core.database import Database
from duodesk.core.errors import InvalidValue, NotFound
from duodesk.core.models import Partner
from duodesk.core.services import audit
from duodesk.core.services.person_form import code_of
from duodesk.core.text import fold
from duodesk.core.validation import clean_optional_text, clean_text, normalise_email

NAME_LIMIT = 160
_NOT_WORD = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class PartnerView:
    """A partner as the screens show it; ``import_mapping`` is the saved column mapping."""

    id: uuid.UUID
    name: str
    kind: PartnerKind
    contact_name: str | None
    contact_email: str | None
    contact_phone: str | None
    import_mapping: dict[str, str | None]


def header_key(text: str) -> str:
    """A header as compared: accents, case, punctuation and spacing ignored."""
    return _NOT_WORD.sub("", fold(text))


def _view(partner: Partner) -> PartnerView:
    mapping = partner.import_mapping if isinstance(partner.import_mapping, dict) else {}
    return PartnerView(partner.id, partner.name, PartnerKind(partner.kind),
                       partner.contact_name, partner.contact_email, partner.contact_phone,
                       {str(k): (str(v) if v else None) for k, v in mapping.items()})


class PartnerService:
    """List, create and edit partners, and keep their import mappings."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def partners(self) -> list[PartnerView]:
        """Every partner, by name (accents and case ignored)."""
        with self.db.read() as session:
            found = session.scalars(select(Partner)).all()
            return sorted((_view(p) for p in found), key=lambda p: fold(p.name))

    def get(self, partner_id: uuid.UUID) -> PartnerView:
        """One partner; raises ``NotFound``."""
        with self.db.read() as session:
            partner = session.get(Partner, partner_id)
            if partner is None:
                raise NotFound(record_type="partner")
            return _view(partner)

    def find_by_name(self, name: str) -> PartnerView | None:
        """The partner of that name (accents, case and spacing ignored), if any."""
        wanted = fold(name)
        return next((p for p in self.partners() if fold(p.name) == wanted), None)

    def save(self, name: str, kind: PartnerKind | str, *, contact_name: str | None = None,
             contact_email: str | None = None, contact_phone: str | None = None,
             partner_id: uuid.UUID | None = None) -> PartnerView:
        """Create a partner, or edit the one with ``partner_id``. Raises ``InvalidValue``
        (``name`` required, too long or already used; ``kind`` unknown; ``contact_email``)
        or ``NotFound``."""
        name = clean_text(name)
        if not name:
            raise InvalidValue(field="name", reason="required")
        if len(name) > NAME_LIMIT:
            raise InvalidValue(field="name", reason="too_long", limit=NAME_LIMIT)
        member = code_of(PartnerKind, kind, "kind")
        if member is None:
            raise InvalidValue(field="kind", reason="required")
        values = {
            "name": name,
            "kind": member,
            "contact_name": clean_optional_text(contact_name, "contact_name", 160),
            "contact_email": normalise_email(contact_email, "contact_email"),
            "contact_phone": clean_optional_text(contact_phone, "contact_phone", 32),
        }
        with self.db.write() as session:
            others = session.execute(select(Partner.id, Partner.name)).all()
            if any(fold(other.name) == fold(name) and other.id != partner_id
                   for other in others):
                raise InvalidValue(field="name", reason="duplicate")
            if partner_id is None:
                partner = Partner(**values)
                session.add(partner)
                session.flush()
                audit.record(session, AuditAction.CREATE, "partner", partner.id, list(values))
                return _view(partner)
            found = session.get(Partner, partner_id)
            if found is None:
                raise NotFound(record_type="partner")
            changed = [key for key, value in values.items() if getattr(found, key) != value]
            for key in changed:
                setattr(found, key, values[key])
            if changed:
                audit.record(session, AuditAction.UPDATE, "partner", found.id, changed)
            return _view(found)

    def count(self) -> int:
        with self.db.read() as session:
            return session.scalar(select(func.count()).select_from(Partner)) or 0

    # --- import mappings ------------------------------------------------------------------
    def save_mapping(self, partner_id: uuid.UUID, mapping: Mapping[str, str | None]) -> None:
        """Remember how this partner's columns are read: header text → field code, or
        ``None`` for a column left out. Merged into what was saved before, so that a file
        with fewer columns keeps the others' choices."""
        with self.db.write() as session:
            save_mapping(session, partner_id, mapping)

    def saved_mapping(self, partner_id: uuid.UUID) -> dict[str, str | None]:
        """The saved mapping of a partner, keyed by :func:`header_key` of each header."""
        view = self.get(partner_id)
        return {header_key(header): field for header, field in view.import_mapping.items()}


def save_mapping(session: Session, partner_id: uuid.UUID,
                 mapping: Mapping[str, str | None]) -> None:
    """:meth:`PartnerService.save_mapping` inside the caller's transaction (the import's)."""
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise NotFound(record_type="partner")
    saved = dict(partner.import_mapping or {})
    # One entry per header as compared, the latest spelling winning.
    keys = {header_key(header): header for header in saved}
    for header, field in mapping.items():
        old = keys.get(header_key(header))
        if old is not None:
            saved.pop(old, None)
        saved[header] = field
        keys[header_key(header)] = header
    if saved != partner.import_mapping:
        partner.import_mapping = saved
        audit.record(session, AuditAction.UPDATE, "partner", partner_id, ["import_mapping"])

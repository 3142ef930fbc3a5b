"""The audit trail (SPEC §3 Audit entry): who did what to which record, naming fields but
never their values, so that an erased person leaves no trace in it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from duodesk.core.codes import AuditAction
from duodesk.core.models import AppSetting, AuditEntry, utc_now
from duodesk.core.privacy import audit_fields

CURRENT_COORDINATOR_KEY = "current_coordinator_id"


def current_coordinator_id(session: Session) -> uuid.UUID | None:
    """The coordinator this database's user said they are (Settings → Who I am)."""
    query = select(AppSetting.value).where(AppSetting.key == CURRENT_COORDINATOR_KEY)
    value = session.scalar(query)
    return uuid.UUID(value) if value else None


def record(
    session: Session,
    action: AuditAction,
    record_type: str,
    record_id: uuid.UUID | None,
    fields: Iterable[str] = (),
    at: datetime | None = None,
) -> None:
    """Add one audit entry in the caller's transaction (``at``: an aware moment, by
    default now; services with their own clock pass theirs)."""
    fields = list(fields)
    audit_fields.check(record_type, fields)  # a code the audit log could not name
    session.add(AuditEntry(
        at=at or utc_now(),
        coordinator_id=current_coordinator_id(session),
        action=action,
        record_type=record_type,
        record_id=record_id,
        fields=",".join(sorted(fields)) or None,
    ))

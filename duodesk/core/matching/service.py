"""The matching service (SPEC §7): ranked mentors for one mentee, and an optimal proposal
for the whole waiting pool. Nothing here writes a duo: the coordinator confirms each one
through the duo service.

Each call is one read session: the pool is read into arrays (:mod:`.pool`), every pair is
scored at once (:mod:`.engine`) and plain :class:`Suggestion` objects come back. NumPy and
SciPy are imported on the first call, not when the program starts.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, select

from duodesk.core.codes import LanguageLevel, MenteeStatus, MentorStatus
from duodesk.core.database import Database
from duodesk.core.errors import MenteeNotWaiting, NotFound
from duodesk.core.matching import weights as stored_weights
from duodesk.core.matching.results import PairCheck, Suggestion
from duodesk.core.matching.weights import MatchingWeights
from duodesk.core.models import Mentee, Mentor, Person, PersonLanguage
from duodesk.core.progress import Progress

if TYPE_CHECKING:
    from duodesk.core.matching.pool import Pool

# Mentors worth reading: the others can never be proposed (the rules say so again).
CANDIDATE_MENTOR_STATUSES = (MentorStatus.AVAILABLE.value, MentorStatus.IN_DUO.value)
GOOD_LEVELS = (LanguageLevel.GOOD, LanguageLevel.FLUENT, LanguageLevel.NATIVE)


def _parse_id(value: uuid.UUID | str) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        return None


class MatchingService:
    """Matching on one database. ``today`` (a date, or a function giving it) decides who is
    on pause and how long mentees have waited; tests pass a fixed day."""

    def __init__(self, db: Database, today: date | Callable[[], date] = date.today) -> None:
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today if isinstance(self._today, date) else self._today()

    # --- weights ---------------------------------------------------------------------------
    def weights(self) -> MatchingWeights:
        """The weights of the soft criteria stored in the database (or the defaults)."""
        with self.db.read() as session:
            return stored_weights.load_weights(session)

    def save_weights(self, weights: MatchingWeights) -> MatchingWeights:
        """Store new weights; ``InvalidValue`` when one is out of range or all are 0."""
        with self.db.write() as session:
            return stored_weights.save_weights(session, weights)

    # --- suggestions ---------------------------------------------------------------------
    def suggestions(self, mentee_id: uuid.UUID | str, limit: int = 20) -> list[Suggestion]:
        """The mentors that may be proposed to a waiting mentee, best first, at most
        ``limit``. Raises ``NotFound`` (``record_type`` ``mentee``) for an unknown id and
        ``MenteeNotWaiting`` for a mentee who is not on the waiting list."""
        from duodesk.core.matching.engine import ranked_mentors, score_pool, suggestions_of
        from duodesk.core.matching.pool import load_pool

        with self.db.read() as session:
            mentee = self._waiting_mentee(session, mentee_id)
            mentors = _candidate_mentors(mentee.antenna_id)
            # Read only the mentors who can speak with the mentee (and of the gender asked
            # for): the rules are checked again on the arrays, this only reads less.
            spoken = [row.language for row in mentee.languages if row.level in GOOD_LEVELS]
            mentors = mentors.where(Mentor.__table__.c.id.in_(
                select(PersonLanguage.person_id).where(PersonLanguage.language.in_(spoken),
                                                       PersonLanguage.level.in_(GOOD_LEVELS))))
            if mentee.preferred_mentor_gender is not None:
                persons = Person.__table__
                mentors = mentors.where(Mentor.__table__.c.id.in_(
                    select(persons.c.id).where(
                        persons.c.gender == mentee.preferred_mentor_gender.value)))
            pool = load_pool(session, select(Mentee.id).where(Mentee.id == mentee.id),
                             mentors, self.today())
            weights = stored_weights.load_weights(session)
        scores = score_pool(pool, weights)
        return suggestions_of(pool, scores, [(0, k) for k in ranked_mentors(scores, 0, limit)])

    def pool_proposal(self, progress: Progress | None = None) -> list[Suggestion]:
        """The best set of duos for every waiting mentee at once: allowed pairs only, each
        mentee at most once, each mentor within their free places, a mentor for as many
        mentees as possible and, among such proposals, the highest total score (an optimal
        assignment, not a greedy one). Ordered by score, best first. ``progress`` reports
        the steps and can cancel (``Cancelled``)."""
        from duodesk.core.matching.engine import optimal_pairs, score_pool, suggestions_of
        from duodesk.core.matching.pool import load_pool

        progress = progress or Progress()
        steps = 4
        progress.step(0, steps)
        with self.db.read() as session:
            waiting = _living(select(Mentee.__table__.c.id).where(
                Mentee.__table__.c.status == MenteeStatus.WAITING.value), Mentee.__table__)
            pool = load_pool(session, waiting, _candidate_mentors(), self.today())
            weights = stored_weights.load_weights(session)
        progress.step(1, steps)
        scores = score_pool(pool, weights)
        progress.step(2, steps)
        assert pool.mentors.free_places is not None
        pairs = optimal_pairs(scores, pool.mentors.free_places)
        progress.step(3, steps)
        proposal = suggestions_of(pool, scores, pairs)
        proposal.sort(key=lambda item: (-item.score, item.mentee_name))
        progress.step(steps, steps)
        return proposal

    def check_pair(self, mentee_id: uuid.UUID | str, mentor_id: uuid.UUID | str) -> PairCheck:
        """Score one pair whatever its statuses, and name the hard rules it breaks (for a
        coordinator who changes the mentor of a proposed duo). ``NotFound`` when either
        is unknown."""
        from duodesk.core.matching.engine import score_pool, suggestion
        from duodesk.core.matching.rules import broken_rules

        with self.db.read() as session:
            pool = self._pair_pool(session, mentee_id, mentor_id)
            weights = stored_weights.load_weights(session)
        scores = score_pool(pool, weights)
        return PairCheck(suggestion(pool, scores, 0, 0), broken_rules(pool, 0, 0))

    # --- helpers -------------------------------------------------------------------------
    def _waiting_mentee(self, session: Any, mentee_id: uuid.UUID | str) -> Mentee:
        parsed = _parse_id(mentee_id)
        mentee = session.get(Mentee, parsed) if parsed else None
        if mentee is None:
            raise NotFound(record_type="mentee", id=str(mentee_id))
        if mentee.status != MenteeStatus.WAITING or mentee.anonymised_at is not None:
            # An anonymised file keeps its status for the figures; it waits for nobody.
            raise MenteeNotWaiting(status=str(mentee.status))
        return mentee

    def _pair_pool(self, session: Any, mentee_id: uuid.UUID | str,
                   mentor_id: uuid.UUID | str) -> Pool:
        from duodesk.core.matching.pool import load_pool

        mentee, mentor = _parse_id(mentee_id), _parse_id(mentor_id)
        if mentee is None:
            raise NotFound(record_type="mentee", id=str(mentee_id))
        if mentor is None:
            raise NotFound(record_type="mentor", id=str(mentor_id))
        pool = load_pool(session, select(Mentee.id).where(Mentee.id == mentee),
                         select(Mentor.id).where(Mentor.id == mentor), self.today())
        if len(pool.mentees) != 1:
            raise NotFound(record_type="mentee", id=str(mentee_id))
        if len(pool.mentors) != 1:
            raise NotFound(record_type="mentor", id=str(mentor_id))
        return pool


def _candidate_mentors(antenna_id: Any = None) -> Select[Any]:
    """The ids of the mentors worth reading (of one antenna, if given); plain tables, so
    that the database looks at the mentors' status index only."""
    mentors, persons = Mentor.__table__, Person.__table__
    query = _living(select(mentors.c.id).where(
        mentors.c.status.in_(CANDIDATE_MENTOR_STATUSES)), mentors)
    if antenna_id is not None:
        query = query.where(persons.c.antenna_id == antenna_id)
    return query


def _living(query: Select[Any], role_table: Any) -> Select[Any]:
    """``query`` on a role's table, without the anonymised files (their statuses are kept
    for the figures: a tombstone "waiting" or "available" is nobody to match)."""
    persons = Person.__table__
    return query.join(persons, persons.c.id == role_table.c.id).where(
        persons.c.anonymised_at.is_(None))

"""The import's shortcuts give what the long way gives: a commit leaves its plan as it was
(only the rows a merge changes are copied), and each fast path of the cleaning agrees with
the library call it saves, over many generated values."""

from __future__ import annotations

import copy

from duodesk.core.database import Database
from duodesk.core.imports.plan import DuplicateChoice
from tests.core.imports.service_helpers import describe, import_service, make_table, person_row


def test_a_commit_merging_a_repeat_leaves_the_plan_as_it_was(db: Database) -> None:
    """A row merged into the file an earlier row creates changes that file, never the
    plan: a cancelled commit retried, or the wizard's preview, still sees the plan."""
    rows = [person_row(1, GSM="", Langues=""),
            person_row(2, Courriel="import1@example.org", Prénom="Aminata")]
    service = import_service(db)
    table = make_table(rows)
    plan = service.plan(table, service.suggest_mapping(table, None), partner_id=None)
    before = copy.deepcopy([row.clean for row in plan.rows])

    result = service.commit(plan, {3: DuplicateChoice.MERGE}, describe=describe)

    assert (result.imported, result.merged) == (1, 1)
    assert [row.clean for row in plan.rows] == before
    assert plan.rows[0].clean.columns["phone"] is None
    assert plan.rows[0].clean.languages == {}

"""Names are listed as French and Dutch readers expect, accents folded: Élodie after Elise,
not after Zoë (SPEC §12)."""

from __future__ import annotations

from duodesk.core.context import Services


def test_coordinators_are_listed_with_accents_folded(services: Services) -> None:
    organisation = services.organisation
    existing = {view.name for view in organisation.coordinators()}
    for name in ("Zoë Martin", "Élodie Dubois", "eric Durand", "Ömer Yılmaz", "Elise Fontaine"):
        organisation.save_coordinator(name, None, None)
    names = [view.name for view in organisation.coordinators() if view.name not in existing]
    assert names == ["Elise Fontaine", "Élodie Dubois", "eric Durand", "Ömer Yılmaz",
                     "Zoë Martin"]

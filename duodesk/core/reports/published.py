"""The figures DUO for a JOB publishes about its impact (``seeds/impact.txt``, "Our impact"),
each tied to the indicator of SPEC §8 that reproduces it from the records.

The published sentences, in the order of the page:

* mentees — 72 % "find a job, internship, or qualifying training within 12 months"
  (``mentee_positive_outcome``: job_stable, job_other, internship, training); 70 % "define a
  concrete and realistic professional project with their mentor"; 90 % "feel more confident
  and autonomous in their job search"; 80 % "have expanded their professional and/or social
  network";
* mentors — 82 % "start supporting another young person after their first duo"
  (``mentor_another_duo``); 84 % "improve or develop their skills in terms of coaching";
  96 % "feel more useful as an active member of society"; 61 % "find that the DUO experience
  brings added value to their professional and personal life".
"""

from __future__ import annotations

from decimal import Decimal

# Indicator name → published percent. Mentor figures are not in the page's order (82 % comes
# first there) but keyed by the indicator each one measures.
PUBLISHED: dict[str, Decimal] = {
    "mentee_positive_outcome": Decimal(72),
    "mentee_professional_project": Decimal(70),
    "mentee_more_confident": Decimal(90),
    "mentee_network_expanded": Decimal(80),
    "mentor_coaching_skills": Decimal(84),
    "mentor_feels_useful": Decimal(96),
    "mentor_added_value": Decimal(61),
    "mentor_another_duo": Decimal(82),
}

# Where the figures come from, for the reports' footnote.
SOURCE = "DUO for a JOB, “Our impact”"


def published(name: str) -> Decimal | None:
    """The published percent for the indicator ``name``; ``None`` if none is published."""
    return PUBLISHED.get(name)

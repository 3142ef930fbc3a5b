"""Distances between Belgian postcodes, for the distance criterion of matching.

The coordinates come from the ``countrystatecity-postal-codes`` package (ODbL), which holds
one locality per postcode; they are read once, on first use. Distances are great-circle
distances (haversine) between the postcodes' reference points, computed for whole arrays at
once: the engine compares thousands of mentors in one call.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import numpy as np

EARTH_RADIUS_KM = 6371.0088


@cache
def postcode_coordinates() -> dict[str, tuple[float, float]]:
    """Latitude and longitude (degrees) of every Belgian postcode of the list."""
    from countrystatecity_postal_codes import get_postcodes_of_country

    found = {}
    for entry in get_postcodes_of_country("BE"):
        if entry.latitude is not None and entry.longitude is not None:
            found[entry.code] = (float(entry.latitude), float(entry.longitude))
    return found


def coordinates(postcodes: Sequence[str | None]) -> np.ndarray:
    """An ``(n, 2)`` array of the coordinates (radians) of ``postcodes``; ``NaN`` for an
    empty or unknown postcode."""
    known = postcode_coordinates()
    out = np.full((len(postcodes), 2), np.nan)
    for row, code in enumerate(postcodes):
        point = known.get(code or "")
        if point is not None:
            out[row] = point
    return np.radians(out)


def distance_km(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The ``(len(a), len(b))`` matrix of distances in km between two sets of points made by
    :func:`coordinates`; ``NaN`` where a postcode is unknown."""
    lat1, lon1 = a[:, :1], a[:, 1:]
    lat2, lon2 = b[:, 0][None, :], b[:, 1][None, :]
    half = (np.sin((lat2 - lat1) / 2) ** 2
            + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(half, 0.0, 1.0)))

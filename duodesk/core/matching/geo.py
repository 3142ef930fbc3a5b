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


@cache
def _points() -> tuple[dict[str, int], np.ndarray]:
    """Each postcode's row in a table of points on the unit sphere; the last row, ``NaN``,
    stands for an unknown postcode."""
    known = postcode_coordinates()
    degrees = np.array([*known.values(), (np.nan, np.nan)], dtype=np.float64)
    latitude, longitude = np.radians(degrees[:, 0]), np.radians(degrees[:, 1])
    table = np.stack([np.cos(latitude) * np.cos(longitude),
                      np.cos(latitude) * np.sin(longitude), np.sin(latitude)], axis=1)
    return {code: row for row, code in enumerate(known)}, table


def coordinates(postcodes: Sequence[str | None]) -> np.ndarray:
    """An ``(n, 3)`` array of the points of ``postcodes`` on the unit sphere; ``NaN`` for an
    empty or unknown postcode."""
    rows, table = _points()
    unknown = len(table) - 1
    found = np.fromiter((rows.get(code or "", unknown) for code in postcodes), dtype=np.int64,
                        count=len(postcodes))
    return table[found]


def distance_km(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The ``(len(a), len(b))`` matrix of distances in km (``float32``) between two sets of
    points made by :func:`coordinates`; ``NaN`` where a postcode is unknown.

    The great-circle distance from the straight chord between the points (a square root of
    squared differences) instead of four trigonometric functions per pair; the arc is taken
    from the chord by ``2 R asin(chord / 2)``, the same as the haversine formula gives.
    """
    # The squared chord, axis by axis, in float32: the points' coordinates are near 1, so
    # their differences keep a precision of about a metre. No matrix product: a BLAS
    # product of width 3 spends its time starting threads on a busy two-core laptop.
    a, b = a.astype(np.float32), b.astype(np.float32)
    chord = np.subtract.outer(a[:, 0], b[:, 0])
    chord *= chord
    for axis in (1, 2):
        step = np.subtract.outer(a[:, axis], b[:, axis])
        step *= step
        chord += step
    np.sqrt(chord, out=chord)
    chord *= np.float32(0.5)
    np.arcsin(np.minimum(chord, np.float32(1.0), out=chord), out=chord)
    chord *= np.float32(2 * EARTH_RADIUS_KM)
    return chord

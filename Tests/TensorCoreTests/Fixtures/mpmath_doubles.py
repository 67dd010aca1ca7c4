"""Doubles from mpmath values, shared by the table scripts (make_elementary_tables.py, make_asin_table.py): the double
nearest a value, and a value as a double-double (hi, lo). Correct at any mpmath precision at least 107 bits; the
scripts set 400."""

import math

import mpmath
from mpmath import mpf


def rnd(v):
    """v rounded to the nearest double (ties to even), exactly."""
    d = float(mpmath.nstr(v, 40)) if v != 0 else 0.0
    best = d
    for cand in (math.nextafter(d, -math.inf), d, math.nextafter(d, math.inf)):
        if abs(mpf(cand) - v) < abs(mpf(best) - v):
            best = cand
    return best


def dd(v):
    """v as a double-double: the double nearest v, then the double nearest the rest (together within 2^-106 of v)."""
    hi = rnd(v)
    lo = rnd(v - mpf(hi))
    assert abs(mpf(hi) + mpf(lo) - v) <= abs(v) * mpf(2) ** -106
    return hi, lo

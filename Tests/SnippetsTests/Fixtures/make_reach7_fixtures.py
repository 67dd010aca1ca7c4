#!/usr/bin/env python3
"""Writes what CPython and NumPy print for tutorial constructs the reach probe found docbuild refusing (issue 10).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach7_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/70-reach7-datetimes-packbits-accumulation-dtypes.txt`; rerunning gives identical bytes.

`Benchmarks/reach_probe.py` listed these among the refusals left in published tutorials: `np.datetime64` and
`np.timedelta64` (NumPy's 100 exercises 33 and 34, the Python Data Science Handbook, NumPy's user guide),
`np.unpackbits` (exercise 70), and `np.cumsum(a, dtype=float)` (exercise 75's moving average). Each block below is
what docbuild now runs as CPython and NumPy do, the statements that raise included, with NumPy's own messages. What
docbuild refuses instead (`np.datetime64('today')`, which changes with the build's date; writes into date arrays;
units finer than nanoseconds) is in `Tests/SnippetsTests/Reach7RefusalTests.swift`.
"""

import pathlib

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "70-reach7-datetimes-packbits-accumulation-dtypes.txt"

DATETIME_SCALARS = [
    # Parsing ISO 8601 text: the unit follows the text's precision.
    "np.datetime64('2016-07-01')",
    "np.datetime64('2016-07')",
    "np.datetime64('2016')",
    "np.datetime64('2016-07-01T12')",
    "np.datetime64('2016-07-01T12:30')",
    "np.datetime64('2016-07-01T12:30:15')",
    "np.datetime64('2016-07-01T12:30:15.5')",
    "np.datetime64('2016-07-01T12:30:15.1234')",
    "np.datetime64('2016-07-01T12:30:15.123456789')",
    "np.datetime64('2016-07-01 12:30')",
    "np.datetime64('1969-12-31T23:59:59.999')",
    "np.datetime64('-0001-01-01')",
    "np.datetime64('10000-01-01')",
    "np.datetime64('2000-02-29'), np.datetime64('1900-02-28'), np.datetime64('2400-12-31')",
    # A unit argument converts, flooring to a coarser unit.
    "np.datetime64('2016-07-15', 'M')",
    "np.datetime64('2016-07', 'D')",
    "np.datetime64('2016-07-01T12', 'D')",
    "np.datetime64('2016-07-01', 'W'), np.datetime64('2016-07-07', 'W')",
    "np.datetime64('2016-07-01', 'Y')",
    "np.datetime64('2016-07-01', 'ns')",
    "np.datetime64('2016-07-01T12', 'm')",
    "np.datetime64('1969-07-01', 'M'), np.datetime64('1969-07-01', 'Y')",
    "np.datetime64(10, 'D'), np.datetime64(-1, 'h'), np.datetime64(1467376215123, 'ms')",
    "np.datetime64(np.datetime64('2016-07-01'), 'h')",
    "np.datetime64(np.datetime64('2016-07-01T12:30'))",
    "np.datetime64('NaT'), np.datetime64('nat', 'D'), np.datetime64()",
    "np.datetime64(10)",
    "np.datetime64('2016-02-30')",
    "np.datetime64('2015-02-29')",
    "np.datetime64('2016-13')",
    "np.datetime64('2016-00-10')",
    "np.datetime64('garbage')",
    "np.datetime64('2016-07-01T25')",
    "np.datetime64('2016-07-01T12:60')",
    "np.datetime64('2016-07-01', 'xx')",
    "np.datetime64('2016-07-01', 5)",
    "np.datetime64(5.0, 'D')",
    # Timedeltas.
    "np.timedelta64(1), np.timedelta64(1, 'D'), np.timedelta64(-3, 'h'), np.timedelta64(1, 'Y')",
    "np.timedelta64('NaT'), np.timedelta64('NaT', 'D'), np.timedelta64('5')",
    "np.timedelta64(np.timedelta64(2, 'h'), 'm'), np.timedelta64(np.int64(5), 's')",
    "np.timedelta64(1.5, 'D')",
    "np.timedelta64(1, 'W'), np.timedelta64(3, 'ms'), np.timedelta64(7, 'us'), np.timedelta64(9, 'ns')",
    # str and print.
    "str(np.timedelta64(1, 'D')), str(np.timedelta64(1)), str(np.timedelta64(2, 'ms'))",
    "str(np.timedelta64(-1, 'W')), str(np.timedelta64(1, 'Y')), str(np.timedelta64(1, 'M'))",
    "str(np.timedelta64(1, 'h')), str(np.timedelta64(1, 'm')), str(np.timedelta64(1, 's'))",
    "str(np.timedelta64(1, 'us')), str(np.timedelta64(1, 'ns')), str(np.timedelta64('NaT'))",
    "str(np.datetime64('2016-07-01')), str(np.datetime64('NaT')), str(np.datetime64('2016-07-01T12:30:15.500'))",
    "print(np.datetime64('2016-07-01'), np.timedelta64(3, 'D'), np.datetime64('2016-07-01T01', 'h'))",
    "print(np.datetime64('NaT', 'D'), np.timedelta64('NaT', 's'))",
    "f'{np.datetime64(\"2016-07-01\")} and {np.timedelta64(2, \"h\")}'",
    # Types and dtypes.
    "np.datetime64('2016-07-01').dtype, np.timedelta64(1).dtype, np.datetime64('NaT').dtype",
    "np.dtype('datetime64[D]'), np.dtype('M8[D]'), np.dtype('m8'), np.dtype('<m8[ms]')",
    "str(np.dtype('M8[D]')), np.dtype('M8[D]').name, np.dtype('M8[D]').kind, np.dtype('M8[D]').str",
    "np.dtype('M8[D]').char, np.dtype('M8[D]').itemsize, np.dtype('m8[D]').type, np.dtype('M8[s]').type",
    "np.datetime64('2016-07-01').dtype.name, np.timedelta64(1).dtype.str, np.timedelta64(1).dtype.name",
    "np.datetime_data(np.dtype('M8[D]')), np.datetime_data(np.dtype('m8[ms]')), np.datetime_data('m8')",
    "type(np.datetime64('2016-07-01')), type(np.timedelta64(1))",
    "np.datetime64('2016-07-01').ndim, np.datetime64('2016-07-01').shape",
    "np.dtype('datetime64[xx]')",
    "x = np.datetime64('2016-07-01')",
    "x.dtype == np.dtype('M8[D]'), x.dtype == 'datetime64[D]', x.dtype != 'M8[s]', x.dtype == np.float64",
    "isinstance(x, np.datetime64), isinstance(x, np.timedelta64), isinstance(x, np.generic), isinstance(x, np.number)",
    "t = np.timedelta64(1, 'D')",
    "isinstance(t, np.timedelta64), isinstance(t, np.signedinteger), isinstance(t, np.ndarray)",
    "sorted([np.datetime64('2016-07-02'), np.datetime64('2016-07-01'), np.datetime64('2015-12-31')])",
    "max(np.datetime64('2016-07-02'), np.datetime64('2016-07-01')), min([np.timedelta64(3, 'h'), np.timedelta64(1, 'D')])",
    "np.datetime64(10**18, 'D'), np.datetime64(-10**17, 'D')",
    "[np.datetime64('2016-07-01'), np.timedelta64(5, 'm')], (np.datetime64('NaT'),)",
]

DATETIME_ARITHMETIC = [
    # NumPy's 100 exercises, 33: yesterday, today and tomorrow (of a fixed date).
    "today = np.datetime64('2016-07-01')",
    "yesterday = today - np.timedelta64(1)",
    "tomorrow = today + np.timedelta64(1)",
    "yesterday, today, tomorrow",
    "today - np.timedelta64(1, 'D'), today + np.timedelta64(1, 'h'), today + np.timedelta64(90, 'm')",
    "np.datetime64('2016-07') + np.timedelta64(1, 'D')",
    "np.datetime64('2016-07') + np.timedelta64(1, 'Y')",
    "np.datetime64('2016-07-01') - np.datetime64('2016-01-01')",
    "np.datetime64('2016-07-01') - np.datetime64('2016-01')",
    "np.datetime64('2016-07') - np.datetime64('2016-07-01T12')",
    "np.datetime64('2016-07-01T12:30:15.5') - np.datetime64('2016-07-01')",
    "np.datetime64('2016-07-01', 'h') - np.datetime64('2016-07-01T12:30', 'm')",
    "np.datetime64('2016-07-01') + np.datetime64('2016-01-01')",
    "np.datetime64('2016-07-01') + 1, 2 + np.datetime64('2016-07-01'), np.datetime64('2016-07-01') - 3",
    "np.datetime64('2016-07-01') + True, np.datetime64('2016-07-01') + np.int32(3)",
    "np.datetime64('2016-01-31', 'M') + 1",
    "np.datetime64('2016-02-29') + np.timedelta64(365, 'D')",
    "np.datetime64('2016-07-01') * 2",
    "np.datetime64('2016-07-01') - 1.5",
    "np.datetime64('2016-07-01') + np.timedelta64(1, 'M')",
    "np.datetime64('2016-07-01') - np.timedelta64(1, 'Y')",
    "np.timedelta64(5, 'D') - np.datetime64('2016-07-01')",
    "np.timedelta64(5, 'D') + np.datetime64('2016-07-01')",
    "np.timedelta64(3, 'D') * 2, 2 * np.timedelta64(5, 'D'), np.timedelta64(3, 'D') * 1.5",
    "np.timedelta64(-3, 'D') * 1.5, np.timedelta64(3, 'D') * True",
    "np.timedelta64(3, 'D') / 2, np.timedelta64(-3, 'D') / 2, np.timedelta64(-3, 'D') // 2",
    "np.timedelta64(-3, 'D') / 2.0, np.timedelta64(7, 'h') / 0.5",
    "np.timedelta64(3, 'D') / np.timedelta64(2, 'h'), np.timedelta64(3, 'D') // np.timedelta64(2, 'h')",
    "np.timedelta64(3, 'D') % np.timedelta64(2, 'h'), np.timedelta64(-7, 'D') % np.timedelta64(2, 'D')",
    "np.timedelta64(-7, 'D') // np.timedelta64(2, 'D'), np.timedelta64(10, 'D') / np.timedelta64(1, 'W')",
    "np.timedelta64(5, 'D') / np.timedelta64(0, 'D'), np.timedelta64(5, 'D') / 0, np.timedelta64(5, 'D') // 0",
    "np.timedelta64(5, 'D') % np.timedelta64(0, 'D')",
    "np.timedelta64(5, 'D') + 2, np.timedelta64(5) + np.timedelta64(3, 'h')",
    "np.timedelta64(5, 'D') + 2.5",
    "np.timedelta64(1, 'D') + np.timedelta64(1, 'M')",
    "np.timedelta64(1, 'Y') + np.timedelta64(1, 'M'), np.timedelta64(1, 'W') - np.timedelta64(1, 'D')",
    "np.timedelta64(3, 'D') * np.timedelta64(2, 'D')",
    "-np.timedelta64(3, 'D'), +np.timedelta64(3, 'D'), abs(np.timedelta64(-3, 'D'))",
    "np.datetime64('2016-07-01') + np.timedelta64('NaT'), np.datetime64('2016-07-01') - np.datetime64('NaT')",
    "np.timedelta64(3, 'D') + np.timedelta64('NaT'), np.timedelta64('NaT', 'h') * 2",
    # Comparisons, NaT unequal to everything.
    "np.datetime64('2016-07-01') < np.datetime64('2016-07-02')",
    "np.datetime64('2016-07-01') == np.datetime64('2016-07-01T00:00'), np.datetime64('2016-07') == np.datetime64('2016-07-01')",
    "np.datetime64('2016') < np.datetime64('2016-07-01'), np.datetime64('2016-07-01T12:00') > np.datetime64('2016-07-01')",
    "np.datetime64('NaT') == np.datetime64('NaT'), np.datetime64('2016-07-01') != np.datetime64('NaT')",
    "np.datetime64('2016-07-01') < np.datetime64('NaT'), np.datetime64('2016-07-01') >= np.datetime64('NaT')",
    "np.datetime64('2016-07-01') == 3, np.datetime64('2016-07-01') != 3",
    "np.datetime64('2016-07-01') > 3",
    "np.timedelta64(5, 'D') > 3, np.timedelta64(5, 'D') == 5, np.timedelta64(2, 'h') < np.timedelta64(1, 'D')",
    "np.timedelta64(1, 'Y') < np.timedelta64(400, 'D')",
    "np.timedelta64(1, 'Y') == np.timedelta64(12, 'M'), np.timedelta64(1, 'Y') > np.timedelta64(11, 'M')",
    "np.datetime64('2016-07-01') == np.timedelta64(3, 'D')",
    "np.datetime64('2016-07-01') < np.timedelta64(3, 'D')",
    "np.datetime64('2016-07-01') == None, np.datetime64('2016-07-01') != None",
]

DATETIME_ARRAYS = [
    # NumPy's 100 exercises, 34: all the days of July 2016.
    "Z = np.arange('2016-07', '2016-08', dtype='datetime64[D]')",
    "print(Z)",
    "Z",
    "Z.dtype, Z.shape, Z.ndim, Z.size, Z.itemsize, Z.nbytes, len(Z)",
    "Z[0], Z[-1], Z[1:3], Z[::10]",
    "Z[[0, 5]], Z[np.arange(31) % 7 == 0]",
    "Z.reshape(31, 1)[:3]",
    "Z.reshape(31, 1)[2, 0], Z.reshape(1, 31).T[:2]",
    "Z.max(), Z.min(), np.max(Z), np.min(Z), Z.argmax(), Z.argmin()",
    "Z[5] in Z, np.datetime64('2016-08-01') in Z",
    "list(Z[:3])",
    "[d for d in Z[:2]]",
    "np.diff(Z[:4])",
    "Z[1:4] - Z[0]",
    "Z[:3] + np.arange(3)",
    "Z[:3] + np.timedelta64(12, 'h')",
    "Z[:3] - Z[3:6]",
    "Z[:4] > np.datetime64('2016-07-02')",
    "(Z[5] - Z[0]) // np.timedelta64(2, 'D'), np.floor((Z[:6] - Z[0]) / np.timedelta64(2, 'D')).astype(int)",
    "(Z[:4] - Z[0]) / np.timedelta64(1, 'W')",
    "Z[:3] + np.array([1.0])",
    "Z[:3] + Z[:2]",
    "np.arange('2016-07-01', '2016-07-05', dtype='datetime64[D]')",
    "np.arange('2016-07', '2016-12', dtype='datetime64[M]')",
    "np.arange('2016-07-01', '2016-07-03', dtype='datetime64[h]')",
    "np.arange('2016-07-01', '2016-07-03', 12, dtype='datetime64[h]')",
    "np.arange(np.datetime64('2016-07-01'), np.datetime64('2016-07-10'), np.timedelta64(2, 'D'))",
    "np.arange(np.datetime64('2016-07-01'), np.datetime64('2016-07-10'), 3)",
    "np.arange(np.datetime64('2016-07-01'), np.datetime64('2016-07-03'), np.timedelta64(12, 'h'))",
    "np.arange(np.datetime64('2016-07'), np.datetime64('2016-07-03'))",
    "np.arange('2016-07', '2016-08', dtype='datetime64[W]')",
    "np.arange(3, dtype='timedelta64[D]'), np.arange(0, 10, 3, dtype='m8[h]')",
    "np.arange('2016-07-01', 5, dtype='datetime64[D]')",
    "np.arange(np.datetime64('2016-07-01'), 3)",
    "np.arange('2016-07-01', '2016-07-03', dtype='datetime64')",
    "np.arange('2016-07-05', '2016-07-01', dtype='datetime64[D]')",
    "np.arange('2016-07-05', '2016-07-01', -2, dtype='datetime64[D]')",
    "np.arange(np.datetime64('2016-07-01'), np.datetime64('2016-07-10'), np.timedelta64(1, 'M'))",
    "np.arange('2016-07-01', '2016-07-05', 0, dtype='datetime64[D]')",
    # np.array with date dtypes.
    "np.array(['2016-07-01', '2016-08-01'], dtype='datetime64')",
    "np.array(['2016-07-01', '2016-08-01'], dtype='datetime64[M]')",
    "np.array(['2016-07-01', 'NaT'], dtype='datetime64[D]')",
    "print(np.array(['2016-07-01', 'NaT'], dtype='datetime64[D]'))",
    "np.array(['2016-07-01T10', '2016-08'], dtype='datetime64')",
    "np.array([1, 2, 3], dtype='timedelta64[D]'), np.array([1, 2, -30], dtype='m8[s]')",
    "np.array([1, 2, -30, 'NaT'], dtype='m8[s]')",
    "print(np.array([1, 2, -30, 'NaT'], dtype='m8[s]'))",
    "np.array([1, 2], dtype='M8[D]'), np.array(['2016-07-01', 5], dtype='M8[D]')",
    "np.array([np.datetime64('2016-07-01'), np.datetime64('2016-07-01T12')])",
    "np.array([np.timedelta64(1, 'D'), np.timedelta64(3, 'h')])",
    "np.array(np.datetime64('2016-07-01'))",
    "np.array([['2016-07-01', '2016-07-02'], ['2017-01-01', '2018-12-31']], dtype='datetime64[D]')",
    "print(np.array([['2016-07-01', '2016-07-02'], ['2017-01-01', '2018-12-31']], dtype='datetime64[D]'))",
    "np.array(['2016-07-01T12:30:15.25', '2016-07-01'], dtype='datetime64')",
    "np.array(['2016', '1969'], dtype='datetime64'), np.array(['2016-03', '1969-11'], dtype='datetime64')",
    "np.array([], dtype='datetime64[D]'), np.array([], dtype='m8[s]')",
    "np.array(['-0001-01-01', '2016-07-01'], dtype='datetime64[D]')",
    "np.array(['2016-07-01', 'bad'], dtype='datetime64[D]')",
    "np.array(['2016-07-01', 'NaT', 'NaT'], dtype='datetime64')",
    "np.array([1, 100000, -5, 'NaT'], dtype='timedelta64[ms]').reshape(2, 2)",
    "np.isnat(np.array(['2016-07-01', 'NaT'], dtype='M8[D]')), np.isnat(np.datetime64('NaT'))",
    "np.isnat(np.array([1.0]))",
    "np.sort(np.array(['2016-07-05', 'NaT', '2016-07-01'], dtype='datetime64[D]'))",
    "np.array(['2016-07-05', '2016-07-01'], dtype='datetime64[D]') > np.datetime64('2016-07-02')",
    "np.array([1, 2, 3], dtype='m8[D]') * np.array([2, 0, -1])",
    "np.array([1, 2, 3], dtype='m8[D]') + np.array([[1], [2]], dtype='m8[h]')",
    "np.array([1, 2, 3], dtype='m8[D]') + np.array([1, 2], dtype='m8[D]')",
    "-np.array([1, -2, 'NaT'], dtype='m8[D]'), abs(np.array([1, -2], dtype='m8[D]'))",
    # Long arrays wrap at 75 columns; the dtype moves to its own line when it does not fit.
    "np.arange('2016-07-01', '2016-07-03', 7, dtype='datetime64[h]')",
    "np.arange('2016-07-01T00:00', '2016-07-01T00:30', 7, dtype='datetime64[s]')",
    "print(np.arange('2016-07-01', '2016-07-02', 9, dtype='datetime64[m]'))",
    "np.arange(0, 200, 17, dtype='m8[us]')",
    "print(np.arange(-50, 200000, 9999, dtype='m8[ns]'))",
]

DATETIME_CONVERSIONS = [
    "d = np.datetime64('2016-07-01')",
    "d.astype('datetime64[M]'), d.astype('datetime64[s]'), d.astype('datetime64[W]'), d.astype('M8[D]')",
    "d.astype(int), d.astype(np.int64), d.astype(float), d.astype(bool), d.astype(np.int32)",
    "d.astype('timedelta64[D]')",
    "np.datetime64('2016-07-01T12:30:15').astype('datetime64[D]')",
    "np.datetime64('1969-12-31T23:59:59.999').astype('datetime64[s]')",
    "np.datetime64('1969-07-01').astype('datetime64[M]'), np.datetime64('1969-07-01').astype('datetime64[Y]')",
    "np.datetime64('2016-07-01T12:30:15.123').astype('datetime64[ms]').astype(int)",
    "np.timedelta64(3, 'D').astype(int), np.timedelta64(3, 'D').astype('timedelta64[h]')",
    "np.timedelta64(90, 'm').astype('timedelta64[h]'), np.timedelta64(-90, 'm').astype('timedelta64[h]')",
    "np.timedelta64(1, 'Y').astype('timedelta64[M]'), np.timedelta64(3, 'D').astype('datetime64[D]')",
    "A = np.array(['2016-07-01', '2016-08-15', '1999-12-31'], dtype='datetime64[D]')",
    "A.astype('datetime64[M]'), A.astype('datetime64[Y]')",
    "A.astype('datetime64[Y]').astype(int) + 1970",
    "A.astype(float), A.astype(np.int64), A.astype('datetime64[h]')",
    "(A.astype('datetime64[M]') - A.astype('datetime64[Y]')).astype(int) + 1",
    "(A - A.astype('datetime64[M]')).astype(int) + 1",
    "np.datetime_as_string(A), np.datetime_as_string(A, unit='M'), np.datetime_as_string(A, unit='s')",
    "np.datetime_as_string(np.datetime64('2016-07-01T12:30'), unit='D')",
    "np.datetime_as_string(np.datetime64('2016-07-01'), unit='s')",
    "np.datetime_as_string(np.array(['2016-07-01T12:30:15.5'], dtype='datetime64[ms]'))",
    # Business days.
    "np.busday_count('2016-07-01', '2016-08-01'), np.busday_count('2016-07-01', '2016-06-01')",
    "np.busday_count(np.datetime64('2016-07-01'), np.datetime64('2016-08-01'), weekmask='Mon Tue')",
    "np.busday_count('2016-07-01', '2016-08-01', holidays=['2016-07-04'])",
    "np.busday_count('2016-07-01', '2016-08-01', weekmask='1010100')",
    "np.busday_count(['2016-07-01', '2016-07-02'], '2016-08-01')",
    "np.busday_count('2016-07-02', '2016-07-02')",
    "np.busday_count('2016-07-01', '2016-08-01', weekmask='1111')",
    "np.is_busday(np.datetime64('2016-07-02')), np.is_busday('2016-07-04', holidays=['2016-07-04'])",
    "np.is_busday(np.arange('2016-07-01', '2016-07-08', dtype='datetime64[D]'))",
    "np.busday_offset('2016-07-02', 1, roll='forward'), np.busday_offset('2016-07-01', 5)",
    "np.busday_offset('2016-07-02', 0, roll='backward'), np.busday_offset('2016-07-01', -5)",
    "np.busday_offset('2016-07-01', [1, 2, 3])",
    "np.busday_offset('2016-07-01', np.array([[1], [2]]))",
    "np.busday_offset('2016-07-02', 1, roll='modifiedfollowing'), np.busday_offset('2016-07-30', 1, roll='modifiedfollowing')",
    "np.busday_offset('2016-07-31', 0, roll='modifiedfollowing'), np.busday_offset('2016-07-02', 0, roll='nat')",
    "np.busday_offset('2016-05-01', 0, roll='modifiedpreceding'), np.busday_offset('2016-07-02', 0, roll='preceding')",
    "np.busday_offset('2016-07-02', 1)",
    "np.busday_offset('2016-07-02', 1, roll='bad')",
    "np.busday_offset('2016-07-01', 2, holidays=['2016-07-04'], weekmask=[1, 1, 1, 1, 1, 0, 0])",
]

PACKBITS = [
    # NumPy's 100 exercises, 70: integers to their binary digits.
    "I = np.array([0, 1, 2, 3, 15, 16, 32, 64, 128], dtype=np.uint8)",
    "print(np.unpackbits(I[:, np.newaxis], axis=1))",
    "np.packbits([1, 0, 1]), np.packbits([True] * 9, bitorder='little')",
    "np.packbits(np.array([[1, 0, 1], [0, 1, 1]]), axis=1)",
    "np.packbits(np.array([[1, 0, 1], [0, 1, 1]]), axis=0)",
    "np.packbits(np.array([[1, 0, 1], [0, 1, 1]]), axis=-1)",
    "np.packbits(np.array([2, 0, -1])), np.packbits(np.array(5)), np.packbits(np.array([1, 0, 1], dtype=np.int8))",
    "np.packbits(np.array([[1, 0], [1, 1]])), np.packbits(np.arange(20) % 3 == 0)",
    "np.packbits(np.ones((2, 3, 10), dtype=bool), axis=2)",
    "np.packbits(np.array([1.0]))",
    "np.packbits([])",
    "np.packbits([1], bitorder='x')",
    "np.packbits(np.array([[1, 1]]), axis=2)",
    "np.unpackbits(np.array([3], dtype=np.uint8)), np.unpackbits(np.uint8(5))",
    "np.unpackbits(np.array([3, 255], dtype=np.uint8), count=10)",
    "np.unpackbits(np.array([3, 255], dtype=np.uint8), count=-3)",
    "np.unpackbits(np.array([3, 255], dtype=np.uint8), count=None)",
    "np.unpackbits(np.array([3, 255], dtype=np.uint8), count=20)",
    "np.unpackbits(np.array([3, 255], dtype=np.uint8), count=-30)",
    "np.unpackbits(np.array([[3], [4]], dtype=np.uint8), axis=1, bitorder='little')",
    "np.unpackbits(np.array([[3], [4]], dtype=np.uint8), axis=0, count=3)",
    "np.unpackbits(np.array([3]))",
    "np.unpackbits(np.array([1], dtype=np.int8))",
    "B = np.packbits(np.array([[1, 0, 1, 1, 0, 0, 1, 0, 1], [0, 1, 1, 1, 1, 1, 1, 1, 0]]), axis=1)",
    "B, np.unpackbits(B, axis=1, count=9)",
]

ACCUMULATION_DTYPES = [
    # NumPy's 100 exercises, 75: a moving average with the running sum in float64.
    "def moving_average(a, n=3):\n"
    "    ret = np.cumsum(a, dtype=float)\n"
    "    ret[n:] = ret[n:] - ret[:-n]\n"
    "    return ret[n - 1:] / n",
    "Z = np.arange(20)",
    "print(moving_average(Z, n=3))",
    "np.cumsum(Z, dtype=float), Z.cumsum(dtype=np.float64)",
    "np.cumsum(np.arange(100, 110), dtype=np.int8)",
    "np.cumsum(np.arange(250, 260), dtype=np.uint8), np.cumsum(np.arange(6).reshape(2, 3), axis=0, dtype=np.int16)",
    "np.cumsum(np.array([1.5, 2.5, -0.7]), dtype=int), np.cumsum([True, True, False], dtype=np.int32)",
    "np.cumsum(np.arange(6).reshape(2, 3), axis=1, dtype=np.float64)",
    "np.prod(np.arange(1, 20), dtype=np.int8), np.prod(np.arange(1, 30), dtype=float)",
    "np.arange(1, 10).prod(dtype=np.uint16), np.prod(np.arange(1, 7).reshape(2, 3), axis=0, dtype=np.int32)",
    "np.prod([1.5, 2.5], dtype=int), np.prod(np.arange(1, 7).reshape(2, 3), axis=1, keepdims=True, dtype=float)",
    "np.sum(np.arange(5), dtype=np.int8), np.arange(300).sum(dtype=np.uint8), np.mean(np.arange(5), dtype=np.float64)",
    "np.cumprod(np.arange(1, 8), dtype=float), np.cumprod(np.arange(1, 8), dtype=np.int64)",
]


def main():
    statements = (DATETIME_SCALARS + DATETIME_ARITHMETIC + DATETIME_ARRAYS + DATETIME_CONVERSIONS + PACKBITS
                  + ACCUMULATION_DTYPES)
    header = (
        f"# 70-reach7-datetimes-packbits-accumulation-dtypes: generated by make_reach7_fixtures.py from Python and "
        f"NumPy {np.__version__}; tutorial code the reach probe found refused, as CPython runs it."
    )
    write_transcript(OUTPUT, header, statements, {"np": np, "__name__": "__main__"}, quiet=True)


if __name__ == "__main__":
    main()

"""Datasets as sources: values derived from tables, series validators, vintages.

:func:`evaluate_datasets` is the one entry point the engine calls for a sheet, and
:func:`claim_entries` what the cross-source pass reads of it.

- ``table``, ``small``: reading a declared dataset (pandas; plain Python for small CSVs)
- ``derive``: values derived from a dataset, as intervals, with their provenance
- ``vintages``: every published version of a cell
- ``detect``, ``pauses``, ``swings``, ``vocabulary``: the series detectors (``frames``:
  what they share); ``validate``: run with pandera
- ``run``: a series check's outcome; ``evaluate``: all of a sheet's datasets
"""

from factcheck.series.evaluate import (
    SERIES_ARGS,
    SERIES_VALIDATORS,
    DatasetResult,
    claim_entries,
    dataset_files,
    evaluate_datasets,
)

__all__ = ["SERIES_ARGS", "SERIES_VALIDATORS", "DatasetResult", "claim_entries", "dataset_files",
           "evaluate_datasets"]

"""factcheck: check that the numbers and dates in reporting add up."""

__version__ = "0.1.0"

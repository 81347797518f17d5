"""The consistency engine: reported numbers as intervals, relations as verdicts."""

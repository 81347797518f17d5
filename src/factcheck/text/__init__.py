"""Text processing: normalisation, quote location, numeric mentions."""

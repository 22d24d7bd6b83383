"""User-facing errors: the CLI prints these as one line, never as a traceback."""


class RaidenError(Exception):
    """A problem with the user's input or environment, worded for the user.

    The message should name the file, the record (index) and the field where that applies,
    e.g. ``data/train.json: record 12: keywords: must not be empty``.
    """

"""raiden-r1: RAIDEN-R1 role-awareness training (data -> reward -> train -> eval)."""

__version__ = "0.1.0"

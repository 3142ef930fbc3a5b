"""Services: one class per area, one session per unit of work, plain dataclasses out."""

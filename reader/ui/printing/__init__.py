"""Laying the printed handout out on pages (Qt print support, loaded only when printing)."""

"""Leaf widgets: each offers signals and slots and never reaches into a sibling."""

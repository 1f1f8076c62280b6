"""Feature controllers: each owns one feature's actions, widgets, state and connections."""

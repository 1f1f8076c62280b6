"""Qt infrastructure the whole application shares: start-up, language, settings, palette."""

"""What screen readers are given beyond what Qt exposes by itself."""

"""The glossary: loading it, finding its terms in a text, and which entry a query names."""

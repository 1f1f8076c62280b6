"""Tools that make what is shipped: the icon's PNG sizes and the offline bundle.

Run from a checkout on a computer with the internet; not part of the installed reader (the wheel
leaves this package out).
"""

"""Candor: trustworthy AI reply suggestions for helpdesks."""

__version__ = "0.1.0"

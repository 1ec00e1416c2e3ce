"""``python -m leakscan``: the same command line as ``leakscan``."""

from leakscan.cli import main

main()
